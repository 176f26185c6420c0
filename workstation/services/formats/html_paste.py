"""Clipboard HTML (Word, LibreOffice, Google Docs, a browser) -> clean Markdown for the body.

The steps, each on what the one before left:

1. The fragment: between <!--StartFragment--> and <!--EndFragment--> when the app marks it.
2. nh3, the sanitizer, in front: only text structure is kept (paragraphs, headings, emphasis,
   links, lists, quotes, tables, pictures); scripts, styles, comments (Office's
   <!--[if ...]> blocks with their VML and XML), head, forms and Office's namespaced tags
   (<o:p>, <w:…>, <v:…>) go. Of the attributes only href, src, alt, Word's paragraph classes and
   the few style properties that carry meaning survive (font-weight, font-style, mso-list).
   javascript: and data: links are dropped, their text kept.
3. The meaning the apps put in their markup becomes plain structure (office_html.py, on
   BeautifulSoup over nh3's small output): Google Docs' normal-weight <b> wrapper is not bold
   and its 700-weight spans are, Word's mso-list paragraphs are lists, a table reads as a
   paragraph a row, and so on.
4. Pictures are taken out of the text, never linked: each is reported (PastedImage) for the
   Photos tab to import (inline data and local files) or to name as left out (the web).
5. markdownify with the body's dialect (services/formats/body_markdown.py).

Pure and Qt-free: the editor runs it off the GUI thread for a large page.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import nh3

from workstation.services.formats.body_markdown import html_to_markdown
from workstation.services.formats.office_html import restructure

if TYPE_CHECKING:
    from bs4 import Tag

_KEPT_TAGS = {
    "p", "div", "br", "hr", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "b",
    "strong", "i", "em", "span", "a", "ul", "ol", "li", "blockquote", "pre", "code", "img", "table",
    "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "sup", "sub",
}  # fmt: skip
_DROPPED_WITH_CONTENT = {
    "script", "style", "title", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "select", "textarea", "button", "xml", "head",
}  # fmt: skip
_ATTRIBUTES = {"*": {"style"}, "a": {"href"}, "img": {"src", "alt"}, "ol": {"start"}}
_URL_SCHEMES = {"http", "https", "mailto", "data", "file", "cid", "blob"}  # cid, blob: named as unreadable
# Word's paragraph styles that mean something on the page.
_WORD_CLASSES = {"MsoTitle", "MsoQuote", "MsoIntenseQuote"}
_MEANINGFUL_STYLES = {"font-weight", "font-style", "mso-list"}

_FRAGMENT = re.compile(r"<!--\s*StartFragment\s*-->(.*)<!--\s*EndFragment\s*-->", re.DOTALL | re.IGNORECASE)
_DATA_URL = re.compile(
    r"^data:(?P<type>[\w.+-]+/[\w.+-]+)?(?P<params>(?:;[^,;]*)*?),(?P<data>.*)$", re.DOTALL
)
_NBSP_RUNS = re.compile(r"[ \u00a0]*\u00a0[ \u00a0]*")
MAX_IMAGE_BYTES = 50 * 1024 * 1024  # a pasted picture larger than a camera's biggest JPEG is not one
IMAGE_TYPES = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/webp": ".webp"}


class ImageKind(Enum):
    """Where a pasted picture's pixels are."""

    EMBEDDED = "embedded"  # in the HTML itself (data:), as LibreOffice and browsers put them
    LOCAL_FILE = "file"  # a file on this computer (file:), as Word puts its clipboard copies
    WEB = "web"  # on a web server (http:, https:): never linked from the body
    UNREADABLE = "unreadable"  # no address that can be read (cid:, blob:, a broken data: URL)


@dataclass(frozen=True, slots=True)
class PastedImage:
    kind: ImageKind
    src: str
    alt: str = ""
    data: bytes | None = None  # EMBEDDED: the decoded bytes
    suffix: str = ""  # EMBEDDED: the file suffix its type has (".png")
    path: Path | None = None  # LOCAL_FILE: the file it names

    @property
    def name(self) -> str:
        """How a message names it: the file name, else the alt text, else its kind."""
        if self.kind is ImageKind.WEB:
            parts = urlsplit(self.src)
            file_name = unquote(parts.path.rsplit("/", 1)[-1])
            host = parts.hostname or "a web site"
            return f"{host}/{file_name}" if file_name else host
        if self.path is not None:
            return self.path.name
        return self.alt or "a picture"


@dataclass(frozen=True, slots=True)
class PastedHtml:
    """What a paste of HTML comes to: the Markdown, and the pictures it held."""

    markdown: str
    images: tuple[PastedImage, ...] = ()
    source: str = "a web page"  # "Word", "LibreOffice", "Google Docs" or "a web page"
    rich: bool = True  # False: nothing plain text lacks (no emphasis, link, heading, list, ...)
    notes: list[str] = field(default_factory=list)  # why a picture could not be read


def detect_source(html: str) -> str:
    head = html[:4000]
    if "urn:schemas-microsoft-com:office:word" in head or re.search(r"content=\"?Microsoft Word", head):
        return "Word"
    if re.search(r"content=\"LibreOffice", head, re.IGNORECASE):
        return "LibreOffice"
    if "docs-internal-guid" in head:
        return "Google Docs"
    return "a web page"


# -- 1 and 2: the fragment, sanitized --------------------------------------------------------


def sanitize(html: str) -> str:
    """The fragment, with only the structure this module reads (see the module's docstring)."""
    fragment = _FRAGMENT.search(html)
    if fragment is not None:
        html = fragment.group(1)
    return nh3.clean(
        html,
        tags=_KEPT_TAGS,
        clean_content_tags=_DROPPED_WITH_CONTENT,
        attributes=_ATTRIBUTES,
        allowed_classes={"p": _WORD_CLASSES},
        filter_style_properties=_MEANINGFUL_STYLES,
        url_schemes=_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


# -- 4: pictures -------------------------------------------------------------------------------


def _image(src: str, alt: str) -> PastedImage:
    lowered = src.strip().lower()
    if lowered.startswith(("http://", "https://")):
        return PastedImage(ImageKind.WEB, src, alt)
    if lowered.startswith("file:"):
        parts = urlsplit(src.strip())
        local = url2pathname(unquote(parts.path))
        return PastedImage(ImageKind.LOCAL_FILE, src, alt, path=Path(local))
    data_url = _DATA_URL.match(src.strip())
    if data_url is not None:
        media_type = (data_url.group("type") or "").lower()
        suffix = IMAGE_TYPES.get(media_type, "")
        if not suffix or ";base64" not in data_url.group("params").lower():
            return PastedImage(ImageKind.UNREADABLE, src[:60], alt)
        payload = re.sub(r"\s+", "", data_url.group("data"))
        if len(payload) * 3 // 4 > MAX_IMAGE_BYTES:
            return PastedImage(ImageKind.UNREADABLE, src[:60], alt)
        try:
            data = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            return PastedImage(ImageKind.UNREADABLE, src[:60], alt)
        return PastedImage(ImageKind.EMBEDDED, src[:60], alt, data=data, suffix=suffix)
    return PastedImage(ImageKind.UNREADABLE, src[:60], alt)


def _pictures(tags: list[Tag]) -> tuple[PastedImage, ...]:
    """Each picture once, in the order of the text (the tags are out of the text already)."""
    images: list[PastedImage] = []
    seen: set[str] = set()
    for img in tags:
        src = str(img.get("src") or "")
        if not src or src in seen:
            continue
        seen.add(src)
        images.append(_image(src, " ".join(str(img.get("alt") or "").split())))
    return tuple(images)


# -- all of it ---------------------------------------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")
_INNER_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")


def _normalize_spaces(markdown: str) -> str:
    """Runs of spaces and no-break spaces (Word's and Docs' way of spacing) as one space; a
    no-break space alone between two words (a French « », a thousands separator) stays. Code
    blocks keep their spaces."""

    def one(match: re.Match[str]) -> str:
        return "\u00a0" if match.group(0) == "\u00a0" else " "

    lines: list[str] = []
    in_code = False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
        elif not in_code:
            text = line.lstrip(" \u00a0")
            lead = line[: len(line) - len(text)]
            lead = "" if "\u00a0" in lead else lead  # spacing, not a list's indentation
            line = lead + _INNER_SPACES.sub(" ", _NBSP_RUNS.sub(one, text)).rstrip(" \u00a0")
        lines.append(line)
    return "\n".join(lines)


def convert_html(html: str) -> PastedHtml:
    """The Markdown and the pictures of a paste of HTML (see the module's docstring)."""
    from bs4 import BeautifulSoup

    source = detect_source(html)
    soup = BeautifulSoup(sanitize(html), "html.parser")
    found = restructure(soup)
    images = _pictures(found.images)
    markdown = _normalize_spaces(html_to_markdown(soup))
    return PastedHtml(
        markdown=markdown.strip("\n"), images=images, source=source, rich=found.rich or bool(images)
    )
