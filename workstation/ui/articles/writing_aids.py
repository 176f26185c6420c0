"""Writing mode's aids on the body field: the dimmed paragraphs around the caret's, typewriter
centring, and page margins that act on the text. Each costs nothing per keystroke that a
plain editor would not spend (measured in benchmarks/bench_typing.py, typing_writing)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

from workstation.ui.common.selection_layers import layers_of

DIM_SHARE = 0.4  # the other paragraphs keep 40% of their contrast
DIM_PROPERTY = QTextFormat.Property.UserProperty + 71  # marks writing mode's extra selections
_MOUSE = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
)


def _mix(ink: QColor, paper: QColor, share: float) -> QColor:
    """`share` of the ink's contrast on the paper."""
    return QColor(
        round(paper.red() + (ink.red() - paper.red()) * share),
        round(paper.green() + (ink.green() - paper.green()) * share),
        round(paper.blue() + (ink.blue() - paper.blue()) * share),
    )


class FocusDim:
    """Every paragraph but the caret's in a lighter colour: two extra selections, before and
    after the current block, a layer of the body's extra selections (the find bar's matches and
    the misspellings are others).
    They follow the text as it is typed; they are set again only when the caret changes
    paragraph. Painted as the text's own format, they cost nothing per keystroke; a veil over
    the viewport cost 0.5 ms a repaint."""

    def __init__(self, body: QPlainTextEdit) -> None:
        self._body = body
        self.block_number = -1

    def apply(self) -> None:
        body = self._body
        document = body.document()
        block = body.textCursor().block()
        self.block_number = block.blockNumber()
        palette = body.palette()
        ink, paper = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        colour = _mix(ink, paper, DIM_SHARE)
        mine: list[QTextEdit.ExtraSelection] = []
        after = block.position() + block.length()
        ranges = ((0, block.position(), True), (after, document.characterCount() - 1, False))
        for start, end, keep_end in ranges:
            if end <= start:
                continue
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.setKeepPositionOnInsert(keep_end)  # typing at the paragraph's start stays bright
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            form = QTextCharFormat()
            form.setForeground(colour)
            form.setProperty(DIM_PROPERTY, True)
            selection.format = form
            mine.append(selection)
        layers_of(body).set("dim", mine)

    def clear(self) -> None:
        layers_of(self._body).set("dim", [])
        self.block_number = -1


def center_caret(body: QPlainTextEdit) -> None:
    """Scroll the caret's line to the middle, unless it is there: centerCursor() repaints the
    whole page even when nothing moves (3 ms a keystroke on a 5,000-word body)."""
    caret = body.cursorRect()
    off = caret.center().y() - body.viewport().height() / 2
    if abs(off) > caret.height() / 2:
        body.centerCursor()


def forward_margin_event(body: QPlainTextEdit, event: QEvent) -> bool:
    """Wheel and mouse events on the body's margins (outside its viewport, which take nothing
    by themselves) act on the text, as in a word processor's page margins (True: handled)."""
    kind = event.type()
    if kind == QEvent.Type.Wheel:
        QApplication.sendEvent(body.verticalScrollBar(), event)
        return True
    if kind in _MOUSE and isinstance(event, QMouseEvent):
        viewport = body.viewport()
        local = viewport.mapFrom(body, event.position().toPoint())
        inside = QPoint(
            max(0, min(viewport.width() - 1, local.x())), max(0, min(viewport.height() - 1, local.y()))
        )
        moved = QMouseEvent(
            event.type(),
            QPointF(inside),
            event.globalPosition(),
            event.button(),
            event.buttons(),
            event.modifiers(),
        )
        QApplication.sendEvent(viewport, moved)
        return True
    return False
