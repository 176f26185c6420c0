"""What Word, LibreOffice, Google Docs and browsers mean by their clipboard markup, made into
plain HTML structure on the parsed (and already sanitized) paste:

- Google Docs' <b style="font-weight:normal" id="docs-internal-guid-…"> wrapper is not bold;
  a <span style="font-weight:700"> is, and font-style:italic is italic (a heading's weight and a
  quote's italics are the page's look, not emphasis);
- Word's list paragraphs (mso-list, with the bullet or number as text) become nested lists, its
  MsoQuote paragraphs a quote and MsoTitle a heading;
- a list Google Docs nests beside its item goes inside the item, and an item's one paragraph is
  its text (a tight list, not a loose one);
- links through Google's redirect go straight to their target; a link without a web address
  (javascript:, data:, an anchor) is its text;
- headings move down a level when the paste has an <h1> (the page's headline is its only one);
- empty paragraphs (Word's <o:p>&nbsp;</o:p>, LibreOffice's <p><br/></p>) go;
- a table reads as text: a paragraph a row, the cells separated by " · ".

One walk over the tags finds what each rule needs (the tree is small after the sanitizer, but
a 5,000-word page still has a few thousand tags: ten find_all passes cost ~80 ms).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
CELL_SEPARATOR = " · "
_BOLD_WEIGHTS = frozenset({"bold", "bolder", "600", "700", "800", "900"})
_NORMAL_WEIGHTS = frozenset({"normal", "400", "lighter", "300"})
_WORD_LIST = re.compile(r"\bl(\d+)\s+level(\d+)", re.IGNORECASE)
_NUMBERED_MARKER = re.compile(r"^\(?(?:\d{1,4}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]$")
_BLOCKS = ("p", "div", *HEADINGS, "li", "blockquote", "pre")
# Tags whose presence means the paste has more than plain text has.
RICH_TAGS = frozenset(
    {"b", "strong", "i", "em", "a", *HEADINGS, "ul", "ol", "blockquote", "table", "pre", "code", "hr"}
)


@dataclass
class Found:
    """What the walk found, for the rules and for the caller."""

    images: list[Tag] = field(default_factory=list)
    rich: bool = False


def styles(tag: Tag) -> dict[str, str]:
    style = str(tag.get("style") or "")
    pairs = (part.split(":", 1) for part in style.split(";") if ":" in part)
    return {key.strip().lower(): value.strip().lower() for key, value in pairs}


def restructure(soup: BeautifulSoup) -> Found:
    """Apply every rule of the module's docstring to `soup`, in place."""
    found = Found()
    word_items: list[Tag] = []
    tags: dict[str, list[Tag]] = defaultdict(list)
    for tag in soup.find_all(True):
        if tag.get("style") and _style_to_tags(soup, tag, found, word_items):
            continue  # unwrapped
        tags[tag.name].append(tag)
    found.rich = found.rich or bool(word_items) or any(name in tags for name in RICH_TAGS)
    for link in tags["a"]:
        _link(link)
    for figure in tags["figure"]:
        if figure.find("img") is not None:
            for caption in figure.find_all("figcaption"):
                caption.decompose()  # the picture's caption goes with the picture
    if word_items:
        _word_lists(soup, word_items)

    def live(*names: str) -> list[Tag]:
        """The tags of these names still in the tree (a caption or list paragraph went)."""
        return [tag for name in names for tag in tags[name] if not tag.decomposed]

    for paragraph in live("p"):
        if paragraph.get("class"):
            _word_paragraph_style(soup, paragraph)
    _nest_sibling_lists(soup, live("ul", "ol"))
    _tight_list_items(live("li"))
    _shift_headings(live(*HEADINGS))
    found.images = live("img")
    for img in found.images:
        img.extract()
    _drop_empty_blocks(live("p", "div", "li", *HEADINGS))
    _tables_to_text(soup, live("table"))
    return found


# -- styles ------------------------------------------------------------------------------------


def _wrap_contents(soup: BeautifulSoup, tag: Tag, name: str) -> None:
    wrapper = soup.new_tag(name)
    for child in list(tag.contents):
        wrapper.append(child.extract())
    tag.append(wrapper)


def _style_to_tags(soup: BeautifulSoup, tag: Tag, found: Found, word_items: list[Tag]) -> bool:
    """Bold and italic from the style; a Word list paragraph noted. True if the tag went."""
    style = styles(tag)
    weight = style.get("font-weight", "")
    name = tag.name
    if name in ("b", "strong") and weight in _NORMAL_WEIGHTS:
        tag.unwrap()  # Google Docs' wrapper of the whole paste, not bold
        return True
    if weight in _BOLD_WEIGHTS and name not in (*HEADINGS, "b", "strong"):
        _wrap_contents(soup, tag, "strong")
        found.rich = True
    italic = style.get("font-style") in ("italic", "oblique")
    if italic and name not in (*HEADINGS, "i", "em", "blockquote"):
        _wrap_contents(soup, tag, "em")
        found.rich = True
    if name == "p" and "mso-list" in style:
        level = _WORD_LIST.search(style["mso-list"])
        if level is not None:
            tag["data-level"] = level.group(2)
            word_items.append(tag)
    return False


# -- Word --------------------------------------------------------------------------------------


def _is_word_item(node: object) -> bool:
    return getattr(node, "name", None) == "p" and node.get("data-level") is not None  # type: ignore[attr-defined]


def _word_lists(soup: BeautifulSoup, paragraphs: list[Tag]) -> None:
    """Word's list paragraphs, in runs of siblings, as nested <ul>/<ol>; a list is numbered
    when its first item's marker is a number or letter ("1.", "a)", "iv.")."""
    for paragraph in paragraphs:
        marker = ""
        for ignored in paragraph.find_all(style=re.compile(r"mso-list:\s*ignore", re.IGNORECASE)):
            marker = marker or ignored.get_text().replace("\u00a0", " ").strip()
            ignored.decompose()
        paragraph["data-numbered"] = "1" if _NUMBERED_MARKER.match(marker) else "0"
    for paragraph in paragraphs:
        if paragraph.parent is None:
            continue  # already in a list built from an item before it
        run = [paragraph]
        sibling = paragraph.next_sibling
        while sibling is not None:
            if isinstance(sibling, str) and not sibling.strip():
                sibling = sibling.next_sibling
                continue
            if not _is_word_item(sibling):
                break
            run.append(sibling)  # type: ignore[arg-type]
            sibling = sibling.next_sibling
        _build_list(soup, run)


def _build_list(soup: BeautifulSoup, run: list[Tag]) -> None:
    stack: list[tuple[int, Tag]] = []  # (level, list tag)
    for paragraph in run:
        level = int(str(paragraph.get("data-level") or 1))
        while stack and stack[-1][0] > level:
            stack.pop()
        if not stack or stack[-1][0] < level:
            new_list = soup.new_tag("ol" if paragraph.get("data-numbered") == "1" else "ul")
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


def _word_paragraph_style(soup: BeautifulSoup, paragraph: Tag) -> None:
    if paragraph.parent is None:
        return
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


# -- lists, links, headings ------------------------------------------------------------------


def _nest_sibling_lists(soup: BeautifulSoup, lists: list[Tag]) -> None:
    """<ol><li>1</li><ul>…</ul></ol> (Google Docs) -> the <ul> inside the <li> before it."""
    for nested in lists:
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


def _tight_list_items(items: list[Tag]) -> None:
    for item in items:
        paragraphs = item.find_all("p", recursive=False)
        if len(paragraphs) == 1:
            paragraphs[0].unwrap()


def google_redirect(href: str) -> str:
    """Google Docs sends links through https://www.google.com/url?q=<the link>&sa=D…."""
    parts = urlsplit(href)
    if parts.hostname in ("www.google.com", "google.com") and parts.path == "/url":
        target = parse_qs(parts.query).get("q", [""])[0]
        if target.lower().startswith(("http://", "https://")):
            return target
    return href


def _link(link: Tag) -> None:
    href = str(link.get("href") or "").strip()
    if href.lower().startswith(("http://", "https://", "mailto:")):
        link["href"] = google_redirect(href)
    else:
        link.unwrap()  # a javascript: or data: link, or an anchor: its text stays


def _shift_headings(headings: list[Tag]) -> None:
    shift = 1 if any(h.name == "h1" for h in headings) else 0
    for heading in headings:
        for emphasis in heading.find_all(["b", "strong"]):
            emphasis.unwrap()  # a heading is bold already: "## **Title**" says nothing more
        if shift:
            heading.name = f"h{min(6, int(heading.name[1]) + shift)}"


def _drop_empty_blocks(blocks: list[Tag]) -> None:
    for block in blocks:
        if not block.decomposed and block.parent is not None and not block.get_text().strip(" \t\r\n\u00a0"):
            block.decompose()


# -- tables ------------------------------------------------------------------------------------


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


def _tables_to_text(soup: BeautifulSoup, tables: list[Tag]) -> None:
    """A paragraph a row, cells separated by " · " (a header row bold). A table of one column
    (a layout table) gives its cells' content as it is."""
    for table in reversed(tables):  # the innermost first
        if table.parent is None:
            continue
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
