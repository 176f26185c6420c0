"""Text measures shared by the list, the editor and the page: words, reading time, slugs, the
text a reader sees of a Markdown body, and counts in words ("3 tags")."""

from __future__ import annotations

import math
import re
import unicodedata

WORDS_PER_MINUTE = 250

# A word is a run of letters/digits, allowing inner apostrophes and hyphens ("Jong-Un", "don't").
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Markdown syntax that is not prose: link targets, image sources, HTML tags.
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_HTML_TAG = re.compile(r"<[^>]+>")


def count_words(*texts: str) -> int:
    """Words as a reader counts them, ignoring Markdown link targets and HTML tags."""
    total = 0
    for text in texts:
        if not text:
            continue
        prose = _HTML_TAG.sub(" ", _LINK_TARGET.sub("]", text))
        total += sum(1 for _ in _WORD.finditer(prose))
    return total


# Markdown syntax a reader never sees (reader_text).
_FENCE_LINE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RULE_LINE = re.compile(r"^ {0,3}([-*_])( *\1){2,} *$")
_DEFINITION_LINE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S")
# Quote markers, then a list marker (with a task box), then a heading's hashes, at a line's start.
_LINE_MARKERS = re.compile(
    r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?(?:#{1,6}(?:[ \t]+|$))?"
)
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_CODE_SPAN_PART = re.compile(r"(`+)(.+?)\1")
_IMAGE = re.compile(r"!\[(?:\\.|[^\]\\\n])*\]\([^)\n]*\)")  # photo: references and any other image
_INLINE_LINK = re.compile(r"\[((?:\\.|[^\]\\\n])*)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>")
_EMPHASIS = re.compile(r"\*+|_+|~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<])")


def _emphasis_marker(match: re.Match[str]) -> str:
    """'' for an emphasis marker; a `*` between spaces ('5 * 3'), an escaped one and an `_`
    inside a word (snake_case) are text."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    marker = match.group()
    if before == "\\" or (before.isspace() and after.isspace()):
        return marker
    if marker[0] == "_" and before.isalnum() and after.isalnum():
        return marker
    return ""


def _reader_inline(text: str) -> str:
    # Each pattern runs only where its syntax can be: most lines of prose hold none of it.
    if "![" in text:
        text = _IMAGE.sub("", text)
    if "](" in text or "][" in text:
        text = _INLINE_LINK.sub(r"\1", text)
    if "<" in text:
        text = _HTML_TAG.sub("", _AUTOLINK.sub(r"\1", text))
    if "*" in text or "_" in text or "~~" in text:
        text = _EMPHASIS.sub(_emphasis_marker, text)
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text


def reader_text(markdown: str) -> str:
    """The text a reader sees of a Markdown body, for the editor's counters: photo references
    (and other images) go, and so does the syntax (`**`, `*`, `_`, `#`, `>`, list markers, code
    backticks and fences, rules, link targets, HTML tags); link text and code stay. One line
    for each line of the body that shows text, its spaces collapsed as a page shows them;
    blank lines are left out."""
    if not markdown:
        return ""
    lines: list[str] = []
    fence: str | None = None
    for line in markdown.splitlines():
        opening = _FENCE_LINE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            elif line.strip():
                lines.append(line.strip())
            continue
        if opening:
            fence = opening.group(1)
            continue
        if _RULE_LINE.match(line) or _DEFINITION_LINE.match(line):
            continue
        marker = _LINE_MARKERS.match(line)
        heading = marker is not None and "#" in marker.group()
        text = line[marker.end() :] if marker else line
        if heading:
            text = _CLOSING_HASHES.sub("", text)
        # Code spans keep their text as written; Markdown inside them is not syntax.
        parts: list[str] = []
        last = 0
        for span in _CODE_SPAN_PART.finditer(text) if "`" in text else ():
            parts.append(_reader_inline(text[last : span.start()]))
            parts.append(span.group(2))
            last = span.end()
        parts.append(_reader_inline(text[last:]))
        shown = " ".join("".join(parts).rstrip("\\").split())  # as a page shows it: one space
        if shown:
            lines.append(shown)
    return "\n".join(lines)


def reading_minutes(words: int) -> int:
    """Reading time as the page shows it: words / 250 rounded up, at least one minute."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def slugify(text: str) -> str:
    """A URL slug: lower case ASCII letters, digits and hyphens ("Sport & Fotboll" -> "sport-fotboll")."""
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 tag', '3 tags'; `many` where adding an s is wrong ('2 articles were')."""
    return f"{n} {one if n == 1 else (many if many is not None else one + 's')}"


def name_key(name: str) -> str:
    """The case-insensitive identity of a tag or section name."""
    return " ".join(name.casefold().split())
