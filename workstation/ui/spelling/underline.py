"""The red wavy underline, in text documents (through a highlighter) and under a QLineEdit
(an overlay: QLineEdit has no character formats)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
)
from PySide6.QtWidgets import QLineEdit, QWidget

from workstation.services.spelling.tokens import Word

RED = QColor("#d0281e")
FENCE_STATE = 1  # the block ends inside a fenced code block


def mark(highlighter: QSyntaxHighlighter, words: Sequence[Word]) -> None:
    """Add the underline to the formats the block already has (bold, a link's colour): one
    format range per run of like characters, not one a character (a range a character made
    each keystroke's layout and paint of the block 3 ms slower: benchmarks/bench_spelling.py)."""
    for word in words:
        start = word.start
        while start < word.end:
            base = highlighter.format(start)
            end = start + 1
            while end < word.end and highlighter.format(end) == base:
                end += 1
            fmt = QTextCharFormat(base)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(RED)
            highlighter.setFormat(start, end - start, fmt)
            start = end


def rehighlight_quietly(highlighter: QSyntaxHighlighter, block: QTextBlock | None = None) -> None:
    """Re-check a document (or one block) without it saying its text changed: Qt's rehighlight
    emits contentsChanged, which a field reports as an edit (the editor would save the article,
    a headline would report textChanged). Layout and paint follow all the same (the document
    tells its layout directly)."""
    document = highlighter.document()
    was = document.blockSignals(True)
    try:
        if block is None:
            highlighter.rehighlight()
        else:
            highlighter.rehighlightBlock(block)
    finally:
        document.blockSignals(was)


class SpellHighlighter(QSyntaxHighlighter):
    """A plain field's highlighter (headline, standfirst, caption, alt text): only spelling."""

    def __init__(self, document: object, check: Callable[[QSyntaxHighlighter, str], None]) -> None:
        super().__init__(document)  # type: ignore[call-overload]
        self._check = check

    def highlightBlock(self, text: str) -> None:
        self._check(self, text)


def wave(painter: QPainter, left: float, right: float, y: float) -> None:
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        x = min(x + 2.0, right)
        path.lineTo(QPointF(x, y - 1.5 if up else y + 0.5))
        up = not up
    painter.drawPath(path)


class LineUnderline(QWidget):
    """Drawn over a QLineEdit (mouse events pass through): a wave under each misspelt word.
    The field keeps its class, its behaviour and its objectName."""

    def __init__(self, line: QLineEdit, misspelt: Callable[[str], list[Word]]) -> None:
        super().__init__(line)
        self.setObjectName(f"{line.objectName()}SpellUnderline")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._line = line
        self._misspelt = misspelt
        self.words: list[Word] = []
        line.textChanged.connect(self.recheck)
        line.cursorPositionChanged.connect(lambda *_: self.update())  # the text may scroll
        line.installEventFilter(self)
        self.setGeometry(line.rect())
        self.recheck()

    def recheck(self) -> None:
        self.words = self._misspelt(self._line.text())
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._line and event.type() is QEvent.Type.Resize:
            self.setGeometry(self._line.rect())
        return False

    def word_x(self, index: int) -> float:
        """Where character `index` starts, in the field: from the caret's place, as the field
        scrolled its text (QLineEdit's cursor rectangle starts 5 px before the caret)."""
        line = self._line
        metrics = line.fontMetrics()
        text = line.text()
        caret = line.cursorPosition()
        origin = line.cursorRect().left() + 5 - metrics.horizontalAdvance(text[:caret])
        return origin + metrics.horizontalAdvance(text[:index])

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.words or self._line.echoMode() is not QLineEdit.EchoMode.Normal:
            return
        metrics = self._line.fontMetrics()
        y = (self.height() - metrics.height()) / 2 + metrics.ascent() + 2.5
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(RED, 1.0))
        for word in self.words:
            wave(painter, self.word_x(word.start), self.word_x(word.end), y)
        painter.end()
