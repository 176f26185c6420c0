"""Links in the body's Markdown: Link… (Ctrl+K) on a selection, the word at the cursor, a
bare address, or a link that is there (its address changes, or it goes); and the check of an
address as the editor types it. Standard library only.

Only [text](url) is written, with addresses the page keeps (http, https, mailto: the
sanitizer drops others). Photo references are never linked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from workstation.domain.markdown_edit import IMAGE, LINK, TextEdit, clamp, combine, line_bounds
from workstation.domain.markdown_format import BARE_URL, Untouchable, word_at

LINK_SCHEMES = ("http", "https", "mailto")  # the page keeps links of these (the sanitizer)
_HOST = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s/:]+@(?:[\w-]+\.)+[a-z]{2,}$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """What Link… works on: text[start:end], shown as `text` in the dialog, and the address of
    the link that is there already (existing), or one found in the text (a bare address)."""

    start: int
    end: int
    text: str
    url: str = ""
    existing: bool = False
    title: str = ""  # an existing link's title ("…"), kept when its address changes


@dataclass(frozen=True, slots=True)
class LinkAddress:
    """An address as typed, checked: url is what the link gets ("" when it cannot be used) and
    problem the sentence that says why not."""

    url: str
    problem: str = ""


def _unescape(text: str) -> str:
    return re.sub(r"\\([\[\]])", r"\1", text)


def link_target(text: str, start: int, end: int) -> LinkTarget | None:
    """The link the selection (or cursor) is in, else the selection, else the word at the
    cursor, else the cursor itself (a new link is inserted there); None in a photo reference."""
    start, end = clamp(text, start, end)
    line_start, line_end = line_bounds(text, start)
    for match in LINK.finditer(text, line_start, line_end):
        inside = match.start() <= start and end <= match.end()
        around = text[start:end].strip() == match.group() and start <= match.start()
        if inside or around:
            url = match.group("url")
            title = (match.group("title") or "").strip()
            return LinkTarget(
                match.start(), match.end(), _unescape(match.group("text")), url.strip("<>"), True, title
            )
    if start == end:
        word = word_at(text, start)
        if word is Untouchable.IMAGE:
            return None
        if word is None:
            return LinkTarget(start, start, "")
        start, end = word
    selected = text[start:end]
    start += len(selected) - len(selected.lstrip())
    end -= len(selected) - len(selected.rstrip())
    if any(m.start() < end and start < m.end() for m in IMAGE.finditer(text, line_start, max(end, line_end))):
        return None
    words = " ".join(text[start:end].split())
    return LinkTarget(start, end, words, words if BARE_URL.fullmatch(words) else "")


def _escape_text(text: str) -> str:
    return re.sub(r"(?<!\\)([\[\]])", r"\\\1", " ".join(text.split()))


def _escape_url(url: str) -> str:
    return (
        url.replace(" ", "%20")
        .replace("(", "%28")
        .replace(")", "%29")
        .replace("<", "%3C")
        .replace(">", "%3E")
    )


def set_link(text: str, target: LinkTarget, link_text: str, url: str) -> TextEdit:
    """The target as [link_text](url); with no link text the address is shown. The link's
    text is selected afterwards; a link inserted at the cursor leaves the caret after it."""
    shown = link_text.strip() or url.removeprefix("mailto:")
    title = f" {target.title}" if target.title else ""
    label = _escape_text(shown)
    link = f"[{label}]({_escape_url(url.strip())}{title})"
    edit = combine(text, [(target.start, target.end, link)], target.start, target.start)
    if target.start == target.end and not target.text:
        caret = target.start + len(link)
        return TextEdit(edit.start, edit.end, edit.replacement, (caret, caret))
    return TextEdit(edit.start, edit.end, edit.replacement, (target.start + 1, target.start + 1 + len(label)))


def remove_link(text: str, target: LinkTarget) -> TextEdit:
    """The link's text without the link; the text is selected."""
    match = LINK.match(text, target.start, target.end)
    label = match.group("text") if match else target.text
    edit = combine(text, [(target.start, target.end, label)], target.start, target.start)
    return TextEdit(edit.start, edit.end, edit.replacement, (target.start, target.start + len(label)))


def link_address(raw: str) -> LinkAddress:
    """An address typed for a link: http(s) and mailto are kept; a bare www.site.se or
    site.se/page gets https://, an e-mail address mailto:."""
    typed = raw.strip()
    if not typed:
        return LinkAddress("", "Type or paste the address the link goes to.")
    if any(char.isspace() for char in typed):
        return LinkAddress("", "An address has no spaces: check what was pasted.")
    scheme = typed.split(":", 1)[0].lower() if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", typed) else ""
    if not scheme or (scheme not in LINK_SCHEMES and typed[len(scheme) + 1 : len(scheme) + 2].isdigit()):
        if _EMAIL.match(typed):
            return LinkAddress(f"mailto:{typed}")
        if _HOST.match(typed):
            return LinkAddress(f"https://{typed}")
        return LinkAddress("", "This is not a web address: it should look like https://example.com/page.")
    if scheme not in LINK_SCHEMES:
        return LinkAddress(
            "", "A link goes to a web page (http:// or https://) or an e-mail address (mailto:)."
        )
    if scheme == "mailto":
        ok = _EMAIL.match(typed[len("mailto:") :].split("?", 1)[0])
        return (
            LinkAddress(typed) if ok else LinkAddress("", "The e-mail address after mailto: is incomplete.")
        )
    host = urlsplit(typed).hostname or ""
    if not host or not typed.lower().startswith(f"{scheme}://"):
        return LinkAddress("", "The address has no site name after the //.")
    return LinkAddress(typed)


def clipboard_link(clipboard: str) -> str:
    """The http(s) address the clipboard holds (to offer for a new link), or ""."""
    typed = clipboard.strip()
    if "\n" in typed or not re.match(r"^https?://", typed, re.IGNORECASE):
        return ""
    return link_address(typed).url
