"""The headline field: one line of text that wraps on screen, so a long headline can be read whole
while it is edited. It grows to three lines with the text (then scrolls), never holds a line
break, and speaks QLineEdit's API (text, setText, cursorPosition, ...) so its callers need not
know it is a text area."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

from workstation.ui.common.typing_corrections import field_text

MAX_LINES = 3  # a headline longer than this scrolls inside the field
# Line breaks (and the spaces around them) from a paste, a drop or setText become one space.
_BREAKS = re.compile(r"[ \t]*[\r\n\u2028\u2029\x0b\x0c\x85]+[ \t]*")
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def one_line(text: str) -> str:
    """text as a headline holds it: line breaks inside become spaces, those at its ends go."""
    return _BREAKS.sub(" ", text.strip("\r\n\u2028\u2029\x0b\x0c\x85"))


class HeadlineEdit(QPlainTextEdit):
    """Enter and Return move on to the next field, as Tab does; pasted and dropped line breaks
    become spaces. textChanged carries the text, as QLineEdit's does."""

    textChanged = Signal(str)  # QLineEdit's: the text, on every change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._lines = 0
        # QPlainTextEdit's own textChanged() says nothing; the document's change carries the text.
        self.document().contentsChanged.connect(self._on_document_contents_changed)
        self._fit()

    # -- QLineEdit's API ---------------------------------------------------------------------

    def text(self) -> str:
        return field_text(self)  # a typed no-break space stays one

    def setText(self, text: str) -> None:
        """Replace the text (line breaks become spaces); the cursor goes to its end, as in QLineEdit."""
        self.setPlainText(one_line(text))
        self.moveCursor(QTextCursor.MoveOperation.End)

    def cursorPosition(self) -> int:
        return self.textCursor().position()

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self.text()))))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def setSelection(self, start: int, length: int) -> None:
        """Select length characters from start (a negative length selects backwards)."""
        end = max(0, min(start + length, len(self.text())))
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(start, len(self.text()))))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def selectedText(self) -> str:
        return self.textCursor().selectedText()

    def hasSelectedText(self) -> bool:
        return self.textCursor().hasSelection()

    def selectionStart(self) -> int:
        """Where the selection starts, or -1 without one."""
        cursor = self.textCursor()
        return cursor.selectionStart() if cursor.hasSelection() else -1

    def insert(self, text: str) -> None:
        """Type text over the selection, as one line."""
        self.insertPlainText(one_line(text))

    # -- one line ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS:
            # Enter never makes a line break: it moves on, as Tab does (Shift+Enter goes back).
            backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.focusNextPrevChild(not backwards)
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(one_line(source.text()))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    # -- height ------------------------------------------------------------------------------

    def _on_document_contents_changed(self) -> None:
        self._fit()
        self.textChanged.emit(self.text())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def visual_lines(self) -> int:
        """The lines the headline takes on screen at the field's width (at least one)."""
        layout = self.document().firstBlock().layout()
        return max(1, layout.lineCount() if layout is not None else 1)

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
        return self.fontMetrics().lineSpacing() * lines + frame + 2

    def _fit(self) -> None:
        """One to three lines high, as the text needs; only a change of line count relayouts."""
        lines = min(self.visual_lines(), MAX_LINES)
        if lines != self._lines or self.height() != self._height_for(lines):
            self._lines = lines
            self.setFixedHeight(self._height_for(lines))
        if self.visual_lines() <= MAX_LINES:
            self.verticalScrollBar().setValue(0)  # nothing hidden above the first line

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() is QEvent.Type.FontChange:
            self._lines = 0  # the same line count needs another height
            self._fit()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_for(max(self._lines, 1)))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for(1))
