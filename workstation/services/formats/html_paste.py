"""Clipboard HTML (Word, LibreOffice, Google Docs, a browser) -> clean Markdown for the body.

The steps, each on what the one before left:

1. The fragment: between <!--StartFragment--> and <!--EndFragment--> when the app marks it.
2. nh3, the sanitizer, in front: only text structure is kept (paragraphs, headings, emphasis,
   links, lists, quotes, tables, pictures); scripts, styles, comments (Office's
   <!--[if ...]> blocks with their VML and XML), head, forms and Office's namespaced tags
   (<o:p>, <w:…>, <v:…>) go. Of the attributes only href, src, alt, Word's paragraph classes and
   the few style properties that carry meaning survive (font-weight, font-style, mso-list).
   javascript: and data: links are dropped, their text kept.
3. The meaning the apps put in styles becomes tags (BeautifulSoup over nh3's small output):
   Google Docs' <b style="font-weight:normal" id="docs-internal-guid-…"> wrapper is not bold,
   its <span style="font-weight:700"> is, and font-style:italic is italic; Word's list
   paragraphs (mso-list, with the bullet or number as text) become real lists, its MsoQuote
   paragraphs a quote and MsoTitle a heading; lists that Google Docs nests as siblings go inside
   their item; headings move down a level when the paste has an <h1> (the page's headline is the
   only <h1>); a table becomes one paragraph a row, its cells separated by " · ".
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
from urllib.parse import parse_qs, unquote, urlsplit
from urllib.request import url2pathname

import nh3

from workstation.services.formats.body_markdown import html_to_markdown

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

_KEPT_TAGS = {
    "p", "div", "br", "hr", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "b",
    "strong", "i", "em", "span", "a", "ul", "ol", "li", "blockquote", "pre", "code", "img", "table",
    "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "sup", "sub",
}  # fmt: skip
_DROPPED_WITH_CONTENT = {
    "script", "style", "title", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "select", "textarea", "button", "xml", "head",
}  # fmt: skip
_ATTRIBUTES = {"*": {"style", "class"}, "a": {"href"}, "img": {"src", "alt"}, "ol": {"start"}}
_URL_SCHEMES = {"http", "https", "mailto", "data", "file", "cid", "blob"}  # cid, blob: named as unreadable
# Word's paragraph styles that mean something on the page.
_WORD_CLASSES = frozenset({"MsoTitle", "MsoQuote", "MsoIntenseQuote"})
_MEANINGFUL_STYLE = re.compile(r"^\s*(font-weight|font-style|mso-list)\s*:\s*([^;]+?)\s*$", re.IGNORECASE)

_FRAGMENT = re.compile(r"<!--\s*StartFragment\s*-->(.*)<!--\s*EndFragment\s*-->", re.DOTALL | re.IGNORECASE)
_WORD_LIST = re.compile(r"\bl(\d+)\s+level(\d+)", re.IGNORECASE)
_NUMBERED_MARKER = re.compile(r"^\(?(?:\d{1,4}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]$")
_DATA_URL = re.compile(
    r"^data:(?P<type>[\w.+-]+/[\w.+-]+)?(?P<params>(?:;[^,;]*)*?),(?P<data>.*)$", re.DOTALL
)
_NBSP_RUNS = re.compile(r"[ \u00a0]*\u00a0[ \u00a0]*")
_BOLD_WEIGHTS = frozenset({"bold", "bolder", "600", "700", "800", "900"})
CELL_SEPARATOR = " · "
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


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    if name == "style":
        matches = (_MEANINGFUL_STYLE.match(part) for part in value.split(";"))
        kept = [f"{m.group(1).lower()}:{m.group(2).strip()}" for m in matches if m is not None]
        return ";".join(kept) or None
    if name == "class":
        kept = [c for c in value.split() if c in _WORD_CLASSES]
        return " ".join(kept) or None
    if tag == "a" and name == "href":
        return value if value.strip().lower().startswith(("http://", "https://", "mailto:")) else None
    return value


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
        attribute_filter=_filter_attribute,
        url_schemes=_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


# -- 3: meaning from styles --------------------------------------------------------------------


def _styles(tag: Tag) -> dict[str, str]:
    style = str(tag.get("style") or "")
    pairs = (part.split(":", 1) for part in style.split(";") if ":" in part)
    return {key.strip().lower(): value.strip().lower() for key, value in pairs}


def _wrap_contents(soup: BeautifulSoup, tag: Tag, name: str) -> None:
    wrapper = soup.new_tag(name)
    for child in list(tag.contents):
        wrapper.append(child.extract())
    tag.append(wrapper)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _styles_to_tags(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(style=True):
        styles = _styles(tag)
        weight = styles.get("font-weight", "")
        if tag.name in ("b", "strong") and weight in ("normal", "400", "lighter", "300"):
            tag.unwrap()  # Google Docs' wrapper of the whole paste, not bold
            continue
        # A heading is bold and a quote often italic by the page's style, not for emphasis.
        if weight in _BOLD_WEIGHTS and tag.name not in (*_HEADINGS, "b", "strong"):
            _wrap_contents(soup, tag, "strong")
        italic = styles.get("font-style") in ("italic", "oblique")
        if italic and tag.name not in (*_HEADINGS, "i", "em", "blockquote"):
            _wrap_contents(soup, tag, "em")


def _word_list_item(tag: Tag) -> tuple[int, int, bool] | None:
    """(list id, level, numbered) for a Word list paragraph, its bullet taken out; else None."""
    match = _WORD_LIST.search(_styles(tag).get("mso-list", ""))
    if tag.name != "p" or match is None:
        return None
    marker = ""
    for ignored in tag.find_all(style=re.compile(r"mso-list:\s*ignore", re.IGNORECASE)):
        marker = marker or ignored.get_text().replace("\u00a0", " ").strip()
        ignored.decompose()
    return int(match.group(1)), int(match.group(2)), bool(_NUMBERED_MARKER.match(marker))


def _word_lists(soup: BeautifulSoup) -> None:
    from bs4 import Tag

    """Word's list paragraphs (marked by _mark_word_lists), in runs of siblings, as nested
    <ul>/<ol>."""
    for paragraph in soup.find_all("p"):
        if paragraph.parent is None or not _is_word_list_paragraph(paragraph):
            continue
        run: list[Tag] = [paragraph]
        sibling = paragraph.next_sibling
        while sibling is not None:
            if isinstance(sibling, str) and not sibling.strip():
                sibling = sibling.next_sibling
                continue
            if not _is_word_list_paragraph(sibling):
                break
            assert isinstance(sibling, Tag)
            run.append(sibling)
            sibling = sibling.next_sibling
        _build_list(soup, run)


def _is_word_list_paragraph(node: object) -> bool:
    from bs4 import Tag

    return (
        isinstance(node, Tag)
        and node.name == "p"
        and "mso-list" in _styles(node)
        and bool(_WORD_LIST.search(_styles(node)["mso-list"]))
    )


def _build_list(soup: BeautifulSoup, run: list[Tag]) -> None:
    stack: list[tuple[int, Tag]] = []  # (level, list tag)
    for paragraph in run:
        match = _WORD_LIST.search(_styles(paragraph).get("mso-list", ""))
        level = int(match.group(2)) if match else 1
        numbered = paragraph.get("data-numbered") == "1"
        while stack and stack[-1][0] > level:
            stack.pop()
        if not stack or stack[-1][0] < level:
            new_list = soup.new_tag("ol" if numbered else "ul")
            if stack:
                parent_items = stack[-1][1].find_all("li", recursive=False)
                (parent_items[-1] if parent_items else stack[-1][1]).append(new_list)
            else:
                paragraph.insert_before(new_list)
            stack.append((level, new_list))
        item = soup.new_tag("li")
        for child in list(paragraph.contents):
            item.append(child.extract())
        stack[-1][1].append(item)
        paragraph.decompose()


def _mark_word_lists(soup: BeautifulSoup) -> None:
    """Each Word list paragraph says whether its list is numbered; its bullet text goes."""
    for paragraph in soup.find_all("p"):
        found = _word_list_item(paragraph)
        if found is not None:
            paragraph["data-numbered"] = "1" if found[2] else "0"


def _word_paragraph_styles(soup: BeautifulSoup) -> None:
    for paragraph in soup.find_all("p", class_=True):
        classes = set(paragraph.get("class") or [])
        if "MsoTitle" in classes:
            paragraph.name = "h1"
        elif classes & {"MsoQuote", "MsoIntenseQuote"}:
            previous = paragraph.find_previous_sibling()
            if previous is not None and previous.name == "blockquote" and previous.get("data-word") == "1":
                previous.append(paragraph.extract())
            else:
                quote = soup.new_tag("blockquote", attrs={"data-word": "1"})
                paragraph.insert_before(quote)
                quote.append(paragraph.extract())


def _nest_sibling_lists(soup: BeautifulSoup) -> None:
    """<ol><li>1</li><ul>…</ul></ol> (Google Docs) -> the <ul> inside the <li> before it."""
    for nested in soup.find_all(["ul", "ol"]):
        parent = nested.parent
        if parent is None or parent.name not in ("ul", "ol"):
            continue
        previous = nested.find_previous_sibling("li")
        if previous is not None:
            previous.append(nested.extract())
        else:
            item = soup.new_tag("li")
            nested.insert_before(item)
            item.append(nested.extract())


def _tight_list_items(soup: BeautifulSoup) -> None:
    """<li><p>text</p></li> (Google Docs, LibreOffice) as <li>text</li>: one paragraph in an
    item is the item's text, not a loose list's paragraph."""
    for item in soup.find_all("li"):
        paragraphs = item.find_all("p", recursive=False)
        if len(paragraphs) == 1:
            paragraphs[0].unwrap()


def _google_redirect(href: str) -> str:
    """Google Docs sends links through https://www.google.com/url?q=<the link>&sa=D…."""
    parts = urlsplit(href)
    if parts.hostname in ("www.google.com", "google.com") and parts.path == "/url":
        target = parse_qs(parts.query).get("q", [""])[0]
        if target.lower().startswith(("http://", "https://")):
            return target
    return href


def _links(soup: BeautifulSoup) -> None:
    for link in soup.find_all("a"):
        href = str(link.get("href") or "")
        if href:
            link["href"] = _google_redirect(href)
        else:
            link.unwrap()  # a javascript: or data: link, or an anchor: its text stays


def _drop_empty_blocks(soup: BeautifulSoup) -> None:
    """Paragraphs with nothing to read (Word's <o:p>&nbsp;</o:p>, LibreOffice's <p><br/></p>)."""
    for block in soup.find_all(["p", "div", *_HEADINGS, "li"]):
        empty = not block.get_text().strip(" \t\r\n\u00a0") and block.find("img") is None
        if block.parent is not None and empty:
            block.decompose()


def _shift_headings(soup: BeautifulSoup) -> None:
    headings = soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])
    shift = 1 if any(h.name == "h1" for h in headings) else 0
    for heading in headings:
        for emphasis in heading.find_all(["b", "strong"]):
            emphasis.unwrap()  # a heading is bold already: "## **Title**" says nothing more
        if shift:
            heading.name = f"h{min(6, int(heading.name[1]) + shift)}"


_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")


def _inline_cell(cell: Tag) -> list[object]:
    """A table cell's content as inline nodes: its paragraphs and list items joined by spaces."""
    for nested in cell.find_all(["table", "ul", "ol"]):
        nested.unwrap()
    for block in cell.find_all(list(_BLOCKS)):
        block.insert_after(" ")
        block.unwrap()
    for line_break in cell.find_all("br"):
        line_break.replace_with(" ")
    return [child.extract() for child in list(cell.contents)]


def _tables_to_text(soup: BeautifulSoup) -> None:
    """A table reads as text: a paragraph a row, cells separated by " · " (a header row bold).
    A table of one column (a layout table) gives its cells' content as it is."""
    for table in reversed(soup.find_all("table")):
        rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
        cells = [[c for c in row.find_all(["td", "th"]) if c.find_parent("tr") is row] for row in rows]
        if all(len(row) <= 1 for row in cells):
            for row in cells:
                for cell in row:
                    table.insert_before(cell)
                    cell.unwrap()
            table.decompose()
            continue
        for row in cells:
            texts = [_inline_cell(cell) for cell in row]
            if not any(str(node).strip() for nodes in texts for node in nodes):
                continue
            paragraph = soup.new_tag("p")
            target = paragraph
            if row and all(cell.name == "th" for cell in row):
                target = soup.new_tag("strong")
                paragraph.append(target)
            for index, nodes in enumerate(texts):
                if index:
                    target.append(CELL_SEPARATOR)
                for node in nodes:
                    target.append(node)  # type: ignore[arg-type]
            table.insert_before(paragraph)
        for caption in table.find_all("caption"):
            caption.name = "p"
            table.insert_before(caption.extract())
        table.decompose()


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


def _take_images(soup: BeautifulSoup) -> tuple[PastedImage, ...]:
    images: list[PastedImage] = []
    seen: set[str] = set()
    for figure in soup.find_all("figure"):
        if figure.find("img") is not None:
            for caption in figure.find_all("figcaption"):
                caption.decompose()  # the picture's caption goes with the picture
    for img in soup.find_all("img"):
        src = str(img.get("src") or "")
        alt = " ".join(str(img.get("alt") or "").split())
        img.decompose()
        if not src or src in seen:
            continue
        seen.add(src)
        images.append(_image(src, alt))
    return tuple(images)


# -- all of it ---------------------------------------------------------------------------------

_RICH_TAGS = (
    "b",
    "strong",
    "i",
    "em",
    "a",
    *_HEADINGS,
    "ul",
    "ol",
    "blockquote",
    "table",
    "pre",
    "code",
    "hr",
)


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
    _styles_to_tags(soup)
    _mark_word_lists(soup)
    _word_lists(soup)
    _word_paragraph_styles(soup)
    _nest_sibling_lists(soup)
    _tight_list_items(soup)
    _links(soup)
    _shift_headings(soup)
    images = _take_images(soup)
    _drop_empty_blocks(soup)
    _tables_to_text(soup)
    rich = bool(images) or soup.find(_RICH_TAGS) is not None
    for tag in soup.find_all(True):
        for attribute in ("style", "class", "data-numbered", "data-word"):
            if attribute in tag.attrs:
                del tag.attrs[attribute]
    markdown = _normalize_spaces(html_to_markdown(soup))
    return PastedHtml(markdown=markdown.strip("\n"), images=images, source=source, rich=rich)
