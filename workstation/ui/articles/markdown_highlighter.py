"""Light Markdown highlighting for the body: headings, emphasis, links, quotes and lists; and
whatever a hook adds in the same pass (spell checking's underlines: one highlighter, so each
keystroke re-runs one block once).

QSyntaxHighlighter re-runs only for the block being edited, so typing stays cheap."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument


def _format(color: str | None = None, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    return fmt


class MarkdownHighlighter(QSyntaxHighlighter):
    HEADING = re.compile(r"^(#{1,6})\s.*$")
    QUOTE = re.compile(r"^\s{0,3}>.*$")
    LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
    STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
    # Single markers only: "**bold**" is not read as "*" + "*bold*" + "*".
    EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?![*_\s])(.+?)(?<![*_\s])\1(?![*_\w])")
    LINK = re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)")
    CODE = re.compile(r"`[^`\n]+`")
    LINE_BREAK = re.compile(r"<br\s*/?>")  # Shift+Enter's line break: there, but quiet
    # What any of the inline patterns needs: a line of prose without one (most of a body's, the
    # one being typed) is searched once, not once a pattern.
    INLINE = re.compile(r"[*_`\[<]")

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._heading = _format("#1d3a6e", bold=True)
        self._quote = _format("#5b6470", italic=True)
        self._list = _format("#a0522d", bold=True)
        self._strong = _format(bold=True)
        self._emphasis = _format(italic=True)
        self._link = _format("#0b63ce")
        self._link.setFontUnderline(True)
        self._code = _format("#8a2b5a")
        self._code.setFontFixedPitch(True)
        self._line_break = _format("#8a8f98")
        # Called after the Markdown formats of each block (the window sets spell checking's).
        self.block_hook: Callable[[QSyntaxHighlighter, str], None] | None = None

    def highlightBlock(self, text: str) -> None:
        self._markdown(text)
        if self.block_hook is not None:
            self.block_hook(self, text)

    def _markdown(self, text: str) -> None:
        if not text:
            return
        if self.HEADING.match(text):
            self.setFormat(0, len(text), self._heading)
            return
        if self.QUOTE.match(text):
            self.setFormat(0, len(text), self._quote)
        marker = self.LIST.match(text)
        if marker:
            self.setFormat(0, marker.end(), self._list)
        if self.INLINE.search(text) is None:
            return
        for pattern, fmt in (
            (self.STRONG, self._strong),
            (self.EMPHASIS, self._emphasis),
            (self.CODE, self._code),
            (self.LINK, self._link),
            (self.LINE_BREAK, self._line_break),
        ):
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
