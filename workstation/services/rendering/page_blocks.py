"""A body's HTML (the preview's, or a post's content as the site holds it) as the page's blocks:
paragraphs, headings, quotes, list items and photos with their captions, in reading order.

Both sides of a comparison go through here, so the same text compares equal whatever produced
it: the markup kept is only what a reader sees (bold, italics, code, links, line breaks), every
other tag and attribute goes, and the text is escaped again when it is shown.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

from workstation.domain.page_diff import BlockKind, PageBlock


@dataclass(frozen=True, slots=True)
class PhotoIdentity:
    """A picture of the body as the comparison names it: a stored photo's SHA-256 (stored=True),
    else its address; and its caption as printed under it."""

    photo: str
    caption: str
    stored: bool


# (src, the img's classes, the figure's caption text or None without one) -> identity
PhotoNamer = Callable[[str, str, str | None], PhotoIdentity]


def plain_photo(src: str, _classes: str, caption: str | None) -> PhotoIdentity:
    """No store to ask: a picture is its address."""
    return PhotoIdentity(src, caption or "", stored=False)


_BLOCKS = {
    "p": BlockKind.PARAGRAPH,
    "div": BlockKind.PARAGRAPH,
    "h1": BlockKind.HEADING,
    "h2": BlockKind.HEADING,
    "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING,
    "h5": BlockKind.HEADING,
    "h6": BlockKind.HEADING,
    "li": BlockKind.ITEM,
    "pre": BlockKind.CODE,
    "tr": BlockKind.PARAGRAPH,
    "dt": BlockKind.PARAGRAPH,
    "dd": BlockKind.PARAGRAPH,
}
# Inside these a nested block tag (a <p> in a list item) is part of the same block.
_HOLDS_BLOCKS = {"li", "tr", "pre", "dd"}
_INLINE = {"strong": "b", "b": "b", "em": "i", "i": "i", "code": "code", "del": "s", "s": "s"}
_SKIP = {"script", "style", "template", "noscript"}
_SPACES = re.compile(r"\s+")


class _Block:
    def __init__(self, kind: BlockKind, tag: str) -> None:
        self.kind, self.tag = kind, tag
        self.text: list[str] = []
        self.markup: list[str] = []
        self.tagged = False  # markup holds more than escaped text

    def add_text(self, text: str) -> None:
        self.text.append(text)
        self.markup.append(html.escape(text, quote=False))

    def add_tag(self, tag: str) -> None:
        self.markup.append(tag)
        self.tagged = True


class _Parser(HTMLParser):
    def __init__(self, name_photo: PhotoNamer) -> None:
        super().__init__(convert_charrefs=True)
        self.name_photo = name_photo
        self.blocks: list[PageBlock] = []
        self.block: _Block | None = None
        self.quote_depth = 0
        self.skip_depth = 0
        self.figure: list[tuple[str, str]] | None = None  # (src, classes) of its pictures
        self.caption: list[str] | None = None
        self.open_inline: list[str] = []

    # -- blocks --------------------------------------------------------------------------------

    def _start_block(self, tag: str) -> None:
        self._flush()
        kind = _BLOCKS[tag]
        if kind is BlockKind.PARAGRAPH and self.quote_depth:
            kind = BlockKind.QUOTE
        self.block = _Block(kind, tag)

    def _flush(self) -> None:
        block, self.block = self.block, None
        if block is None:
            return
        text = "".join(block.text)
        if block.kind is not BlockKind.CODE:
            text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()
        else:
            text = text.strip("\n")
        if not text:
            return
        markup = ""
        if block.tagged:
            markup = _SPACES.sub(" ", "".join(block.markup)).strip()
            markup = re.sub(r"\s*<br>\s*", "<br>", markup)
        self.blocks.append(PageBlock(block.kind, text, markup))

    def _text_block(self) -> _Block:
        if self.block is None:
            self.block = _Block(BlockKind.QUOTE if self.quote_depth else BlockKind.PARAGRAPH, "")
        return self.block

    def _photo(self, src: str, classes: str, caption: str | None) -> None:
        identity = self.name_photo(src, classes, caption)
        self.blocks.append(
            PageBlock(BlockKind.PHOTO, identity.caption.strip(), "", identity.photo, identity.stored)
        )

    # -- parsing -------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth or tag in _SKIP:
            self.skip_depth += tag in _SKIP
            return
        values = {name: value or "" for name, value in attrs}
        if tag == "figure":
            self._flush()
            self.figure, self.caption = [], None
        elif tag == "figcaption" and self.figure is not None:
            self.caption = []
        elif tag == "img":
            src, classes = values.get("src", ""), values.get("class", "")
            if self.figure is not None:
                self.figure.append((src, classes))
            elif src:
                self._flush()
                self._photo(src, classes, None)
        elif tag == "blockquote":
            self._flush()
            self.quote_depth += 1
        elif tag == "hr":
            self._flush()
            self.blocks.append(PageBlock(BlockKind.RULE, "\u2015"))
        elif tag in _BLOCKS and self.figure is None:
            if self.block is not None and self.block.tag in _HOLDS_BLOCKS and tag != "li":
                self._text_block().add_text("\n")
            else:
                self._start_block(tag)
        elif tag in ("td", "th") and self.block is not None and self.block.text:
            self.block.add_text(" \u00b7 ")
        elif tag == "br":
            self._text_in_place("\n", "<br>")
        elif tag in _INLINE or tag == "a":
            self._inline_start(tag, values)

    def _inline_start(self, tag: str, values: dict[str, str]) -> None:
        if self.caption is not None or self.figure is not None:
            return
        if tag == "a":
            href = values.get("href", "")
            self._text_block().add_tag(f'<a href="{html.escape(href)}">' if href else "<a>")
            self.open_inline.append("a")
            return
        name = _INLINE[tag]
        self._text_block().add_tag(f"<{name}>")
        self.open_inline.append(name)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            self.skip_depth -= tag in _SKIP
            return
        if tag == "figure" and self.figure is not None:
            pictures, caption = self.figure, self.caption
            self.figure, self.caption = None, None
            text = " ".join("".join(caption).split()) if caption is not None else None
            if pictures:
                for src, classes in pictures:
                    self._photo(src, classes, text)
            elif text:
                self.blocks.append(PageBlock(BlockKind.PARAGRAPH, text))
        elif tag == "figcaption":
            return
        elif tag == "blockquote":
            self._flush()
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag in _BLOCKS and self.block is not None and self.block.tag == tag:
            self._flush()
        elif (tag in _INLINE or tag == "a") and self.block is not None:
            name = "a" if tag == "a" else _INLINE[tag]
            if name in self.open_inline:
                self.open_inline.remove(name)
                self.block.add_tag(f"</{name}>")

    def _text_in_place(self, text: str, tag: str) -> None:
        if self.caption is not None:
            self.caption.append(" ")
        elif self.figure is None:
            block = self._text_block()
            block.text.append(text)
            block.add_tag(tag)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.caption is not None:
            self.caption.append(data)
            return
        if self.figure is not None:
            return
        if self.block is None and not data.strip():
            return
        self._text_block().add_text(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_blocks(fragment: str, name_photo: PhotoNamer = plain_photo) -> tuple[PageBlock, ...]:
    """The blocks of an HTML fragment, in reading order."""
    parser = _Parser(name_photo)
    parser.feed(fragment)
    parser.close()
    return tuple(parser.blocks)
