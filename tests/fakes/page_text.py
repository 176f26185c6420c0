"""The visible text of an article as a reader reads it, block by block: from the preview's page
(the body, then the byline and source note of its footer) and from a post's content as the site
gives it (`content.rendered`, or the block markup we send). The tests that hold the preview to
the site compare the two.

Read with html.parser on its own, not with the app's renderer, so a mistake there cannot hide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

PHOTO = "[photo]"  # a figure's line starts with this, then its caption as printed
BYLINE_CLASSES = {"byline", "ews-byline"}
SOURCE_NOTE_CLASSES = {"source-note", "ews-source-note"}
# Elements whose text is one line: a paragraph, a heading, a list item, code.
_LINES = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd"}
_HIDDEN = {"head", "style", "script", "template", "noscript"}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PageText:
    body: tuple[str, ...]
    byline: str = ""
    source_note: str = ""


@dataclass
class _Open:
    tag: str
    classes: set[str]
    text: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    """Lines of every block inside the element matched by `inside` (the whole input without)."""

    def __init__(self, inside: tuple[str, str] | None) -> None:
        super().__init__(convert_charrefs=True)
        self.inside = inside  # (tag, class) of the region to read, e.g. ("div", "body")
        self.depth = 0 if inside else 1  # > 0 while in the region
        self.region_tags: list[str] = []
        self.hidden = 0
        self.stack: list[_Open] = []
        self.figure: _Open | None = None
        self.lines: list[tuple[set[str], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        if self.inside and tag == self.inside[0]:
            if self.depth:
                self.depth += 1
            elif self.inside[1] in classes:
                self.depth = 1
        if tag in _HIDDEN:
            self.hidden += 1
        if not self.depth or self.hidden:
            return
        if tag == "figure":
            self.figure = _Open(tag, classes)
        elif tag in _LINES and self.figure is None:
            self.stack.append(_Open(tag, classes))
        elif tag == "br":
            self._text(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if not self.depth:
            return
        if tag == "figure" and self.figure is not None:
            self.lines.append((self.figure.classes, f"{PHOTO} {_clean(self.figure.text)}".strip()))
            self.figure = None
        elif tag in _LINES and self.stack and self.stack[-1].tag == tag:
            block = self.stack.pop()
            text = _clean(block.text)
            if self.stack:  # a paragraph inside a list item is part of the item's line
                self.stack[-1].text.append(f" {text} ")
            elif text:
                self.lines.append((block.classes, text))
        if self.inside and tag == self.inside[0]:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.hidden:
            self._text(data)

    def _text(self, data: str) -> None:
        if self.figure is not None:
            self.figure.text.append(data)
        elif self.stack:
            self.stack[-1].text.append(data)
        elif data.strip():  # text outside any block (a quote's bare text): a line of its own
            self.lines.append((set(), _clean([data])))


def _clean(parts: list[str]) -> str:
    return _SPACES.sub(" ", "".join(parts)).strip()


def _lines(html_text: str, inside: tuple[str, str] | None = None) -> list[tuple[set[str], str]]:
    reader = _Reader(inside)
    reader.feed(html_text)
    reader.close()
    return reader.lines


def _split(lines: list[tuple[set[str], str]], body_only: bool = False) -> PageText:
    body, byline, note = [], "", ""
    for classes, text in lines:
        if classes & BYLINE_CLASSES:
            byline = text
        elif classes & SOURCE_NOTE_CLASSES:
            note = text
        elif not body_only:
            body.append(text)
    return PageText(tuple(body), byline, note)


def preview_text(page_html: str) -> PageText:
    """The preview page's body (inside its `div.body`), byline and source note (its footer)."""
    body = _split(_lines(page_html, ("div", "body")))
    closing = _split(_lines(page_html, ("footer", "attribution")), body_only=True)
    return PageText(body.body, closing.byline, closing.source_note)


def post_text(content_html: str) -> PageText:
    """A post's content: the byline and source-note paragraphs apart, the rest is the body."""
    return _split(_lines(content_html))


def count_byline(html_text: str, line: str) -> int:
    """How many times a byline line is printed in a page's or a post's visible text."""
    text = _clean(_visible(html_text))
    return text.count(line)


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in _HIDDEN
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in _HIDDEN
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def _visible(html_text: str) -> list[str]:
    reader = _Visible()
    reader.feed(html_text)
    reader.close()
    return reader.parts
