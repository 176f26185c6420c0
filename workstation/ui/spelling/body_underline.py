"""The body's underlines, drawn over its viewport rather than as character formats.

Qt's highlighter marks a block with any format dirty each time it runs over it (a relayout and
a repaint of the field: about 3 ms a keystroke here, measured in benchmarks/bench_typing.py
with prose full of unknown words), so the body's misspellings are found in the Markdown
highlighter's one pass (SpellingController.check_block) and kept per block text; this overlay
paints a wave under those of the visible blocks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, cast

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPen, QPixmap, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit

from workstation.services.spelling.tokens import Word
from workstation.ui.spelling.underline import RED, wave

BlockWords = Callable[[QTextBlock], Sequence[Word]]  # the misspelt words of a block, in block offsets


class _PaintHooked(Protocol):
    """The body field (ui/articles' BodyTextEdit) calls its paint_hook after each paint."""

    paint_hook: Callable[[QPaintEvent], None] | None


def _x(line: object, position: int) -> float:
    answer = line.cursorToX(position)  # type: ignore[attr-defined]
    return float(answer[0] if isinstance(answer, tuple) else answer)


class BodyUnderline(QObject):
    """Paints through the body's paint hook, right after the viewport's own paint: no widget
    over the text (a child over the viewport made each keystroke's repaint 1-2 ms dearer)."""

    def __init__(self, edit: QPlainTextEdit, misspelt: BlockWords) -> None:
        super().__init__(edit)
        self.setObjectName("bodySpellUnderline")
        self._edit = edit
        self._misspelt = misspelt
        self._tile: tuple[float, QBrush] | None = None
        cast(_PaintHooked, edit).paint_hook = self.paint

    def update(self) -> None:
        self._edit.viewport().update()

    def visible_words(self) -> list[str]:
        """The words underlined in the visible blocks, top to bottom (for tests)."""
        return [word.text for block in self._visible_blocks() for word in self._misspelt(block)]

    def _visible_blocks(self) -> list[QTextBlock]:
        edit = self._edit
        blocks: list[QTextBlock] = []
        block = edit.firstVisibleBlock()
        offset = edit.contentOffset()
        bottom = edit.viewport().height()
        while block.isValid():
            top = edit.blockBoundingGeometry(block).translated(offset).top()
            if top > bottom:
                break
            if block.isVisible():
                blocks.append(block)
            block = block.next()
        return blocks

    def _brush(self) -> QBrush:
        """A tile of the wave, at the screen's pixel ratio: filled under each word in one call
        (a painter path a word, antialiased, cost a millisecond a paint with many words)."""
        ratio = self._edit.devicePixelRatioF()
        if self._tile is None or self._tile[0] != ratio:
            pixmap = QPixmap(int(4 * ratio), int(3 * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(RED, 1.0))
            wave(painter, 0.0, 4.0, 2.0)
            painter.end()
            self._tile = (ratio, QBrush(pixmap))
        return self._tile[1]

    def paint(self, event: QPaintEvent) -> None:
        edit = self._edit
        offset = edit.contentOffset()
        clip = event.rect()
        painter: QPainter | None = None
        # A keystroke repaints the caret's paragraph: when the repaint lies within it, that
        # block alone is looked at (finding blocks by position costs 0.1 ms a paint).
        caret_block = edit.textCursor().block()
        caret_geometry = edit.blockBoundingGeometry(caret_block).translated(offset)
        # (Qt's repaint of a block reaches a pixel beyond it each way.)
        if caret_geometry.top() - 2 <= clip.top() and clip.bottom() <= caret_geometry.bottom() + 2:
            if not self._misspelt(caret_block):
                return
            block = caret_block
        else:
            block = edit.cursorForPosition(QPoint(0, max(0, clip.top()))).block()
        descent = edit.fontMetrics().descent()
        while block.isValid():
            geometry = edit.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > clip.bottom():
                break
            current, block = block, block.next()
            if geometry.bottom() < clip.top() or not current.isVisible():
                continue
            words = self._misspelt(current)
            layout = current.layout()
            if not words or layout is None:
                continue
            if painter is None:
                painter = QPainter(edit.viewport())
            for word in words:
                start = word.start
                while start < word.end:  # a word the wrap splits: a wave on each line
                    line = layout.lineForTextPosition(start)
                    if not line.isValid():
                        break
                    end = min(word.end, line.textStart() + line.textLength())
                    top = geometry.top() + line.y() + line.ascent() + min(descent, 3) - 1.0
                    left = geometry.left() + _x(line, start)
                    right = geometry.left() + _x(line, end)
                    painter.setBrushOrigin(QPointF(left, top))
                    painter.fillRect(QRectF(left, top, right - left, 3.0), self._brush())
                    start = max(end, start + 1)
        if painter is not None:
            painter.end()
