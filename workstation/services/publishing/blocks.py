"""The body's HTML as WordPress block markup, so editors on the site keep editing real blocks.

Input is the renderer's sanitized HTML (the preview's body). Each top-level element becomes a
core block: paragraph, heading, list, quote, image (a figure with caption), separator, code,
table; anything else becomes a Custom HTML block rather than one opaque Classic block.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser

_VOID = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"})
_IMG = re.compile(r"<img\b(?:[^>\"]|\"[^\"]*\")*>", re.IGNORECASE)
_ATTR = re.compile(r'([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"]*)"')
_LINKED_IMAGE = re.compile(
    r"^<a\b[^>]*>\s*(<img\b(?:[^>\"]|\"[^\"]*\")*>)\s*</a>$", re.IGNORECASE | re.DOTALL
)


@dataclass(frozen=True, slots=True)
class BlockImage:
    """An uploaded photo the body shows: its media id, URL on the site and caption."""

    media_id: int
    src: str
    caption_html: str = ""
    alt: str = ""


@dataclass(frozen=True, slots=True)
class _Element:
    tag: str
    outer: str
    inner: str
    attrs: dict[str, str]


class _TopLevelSplitter(HTMLParser):
    """Finds the top-level elements of a fragment, keeping their exact source text."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._source = source
        self._line_starts = [0]
        for match in re.finditer("\n", source):
            self._line_starts.append(match.end())
        self._depth = 0
        self._start = 0
        self._inner_start = 0
        self._tag = ""
        self._attrs: dict[str, str] = {}
        self.elements: list[_Element] = []
        self.stray: list[str] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        text = self.get_starttag_text() or ""
        if self._depth == 0:
            start = self._offset()
            if tag in _VOID:
                self.elements.append(_Element(tag, text, "", _attr_dict(attrs)))
                return
            self._start, self._inner_start, self._tag = start, start + len(text), tag
            self._attrs = _attr_dict(attrs)
        if tag not in _VOID:
            self._depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._depth == 0:
            self.elements.append(_Element(tag, self.get_starttag_text() or "", "", _attr_dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or self._depth == 0:
            return
        self._depth -= 1
        if self._depth == 0:
            end_start = self._offset()
            end = self._source.index(">", end_start) + 1
            self.elements.append(
                _Element(
                    self._tag,
                    self._source[self._start : end],
                    self._source[self._inner_start : end_start],
                    self._attrs,
                )
            )

    def handle_data(self, data: str) -> None:
        if self._depth == 0 and data.strip():
            self.stray.append(data.strip())


def _attr_dict(attrs: list[tuple[str, str | None]]) -> dict[str, str]:
    return {name: value or "" for name, value in attrs}


def _comment(name: str, attrs: Mapping[str, object] | None = None) -> str:
    if attrs:
        return f"<!-- wp:{name} {json.dumps(attrs, separators=(',', ':'), ensure_ascii=False)} -->"
    return f"<!-- wp:{name} -->"


def _block(name: str, markup: str, attrs: Mapping[str, object] | None = None) -> str:
    return f"{_comment(name, attrs)}\n{markup}\n<!-- /wp:{name} -->"


def _with_class(start_tag: str, class_name: str) -> str:
    """An HTML start tag with a class added (the block editor expects its classes on the markup)."""
    match = re.search(r'\sclass="([^"]*)"', start_tag)
    if match:
        classes = f"{class_name} {match.group(1)}".strip()
        return start_tag[: match.start()] + f' class="{classes}"' + start_tag[match.end() :]
    return start_tag[:-1].rstrip("/").rstrip() + f' class="{class_name}">'


def image_block(alt: str, image: BlockImage) -> str:
    attrs: dict[str, object] = {"id": image.media_id, "sizeSlug": "large", "linkDestination": "none"}
    alt = image.alt or alt
    caption = ""
    if image.caption_html:
        caption = f'<figcaption class="wp-element-caption">{image.caption_html}</figcaption>'
    markup = (
        f'<figure class="wp-block-image size-large"><img src="{html.escape(image.src)}" '
        f'alt="{html.escape(alt)}" class="wp-image-{image.media_id}"/>{caption}</figure>'
    )
    return _block("image", markup, attrs)


def _image_or_nothing(src: str, alt: str, images: Mapping[str, BlockImage]) -> str:
    """A picture that was not uploaded (not a stored photo) has no address on the site: it goes."""
    image = images.get(src)
    return image_block(alt, image) if image is not None else ""


def _image_in(element: _Element) -> tuple[str, str] | None:
    """(src, alt) if a paragraph holds nothing but one picture (Markdown's ![alt](src))."""
    inner = element.inner.strip()
    linked = _LINKED_IMAGE.match(inner)
    if linked:
        inner = linked.group(1)
    if not _IMG.fullmatch(inner):
        return None
    attrs = {name.lower(): html.unescape(value) for name, value in _ATTR.findall(inner)}
    return attrs.get("src", ""), attrs.get("alt", "")


_CAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.IGNORECASE | re.DOTALL)


def _web_picture(element: _Element) -> str | None:
    """A figure of a picture already on the web (a pulled post's image): an image block
    pointing at it, with its caption."""
    img = _IMG.search(element.inner)
    if img is None:
        return None
    attrs = {name.lower(): value for name, value in _ATTR.findall(img.group(0))}
    src = attrs.get("src", "")
    if not src.startswith(("http://", "https://")):
        return None
    caption = _CAPTION.search(element.inner)
    caption_html = (
        f'<figcaption class="wp-element-caption">{caption.group(1)}</figcaption>' if caption else ""
    )
    markup = (
        f'<figure class="wp-block-image size-large"><img src="{src}" alt="{attrs.get("alt", "")}"/>'
        f"{caption_html}</figure>"
    )
    return _block("image", markup, {"sizeSlug": "large", "linkDestination": "none"})


def element_to_block(element: _Element, images: Mapping[str, BlockImage]) -> str:
    tag = element.tag
    if tag == "p":
        picture = _image_in(element)
        if picture is not None:
            src, alt = picture
            return _image_or_nothing(src, alt, images)
        return _block("paragraph", element.outer)
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        level = int(tag[1])
        return _block("heading", element.outer, {"level": level} if level != 2 else None)
    if tag in ("ul", "ol"):
        return _block("list", element.outer, {"ordered": True} if tag == "ol" else None)
    if tag == "blockquote":
        start = element.outer[: len(element.outer) - len(element.inner) - len("</blockquote>")]
        return _block("quote", _with_class(start, "wp-block-quote") + element.inner + "</blockquote>")
    if tag == "hr":
        return _block("separator", '<hr class="wp-block-separator has-alpha-channel-opacity"/>')
    if tag == "img":
        return _image_or_nothing(element.attrs.get("src", ""), element.attrs.get("alt", ""), images)
    if tag == "pre":
        start = element.outer[: len(element.outer) - len(element.inner) - len("</pre>")]
        return _block("code", _with_class(start, "wp-block-code") + element.inner + "</pre>")
    if tag == "figure":
        web = _web_picture(element)
        if web is not None:
            return web
    if tag == "table":
        return _block("table", f'<figure class="wp-block-table">{element.outer}</figure>')
    return _block("html", element.outer)


def html_to_blocks(fragment: str, images: Mapping[str, BlockImage] | None = None) -> str:
    """Block markup for an HTML fragment; `images` maps an <img> src (an ewsphoto: URL) to its
    uploaded media. Pictures not in `images` are left out."""
    splitter = _TopLevelSplitter(fragment)
    splitter.feed(fragment)
    splitter.close()
    blocks = [block for element in splitter.elements if (block := element_to_block(element, images or {}))]
    blocks.extend(_block("paragraph", f"<p>{html.escape(text)}</p>") for text in splitter.stray)
    return "\n\n".join(blocks)


def paragraph_block(inner_html: str, class_name: str = "") -> str:
    """A paragraph block, with an extra class the site's theme may style (byline, source note)."""
    if class_name:
        return _block("paragraph", f'<p class="{class_name}">{inner_html}</p>', {"className": class_name})
    return _block("paragraph", f"<p>{inner_html}</p>")
