"""The text fields spell checking watches, behind one face: a document field (QPlainTextEdit:
headline, standfirst, body, caption, alt text) or a line field (QLineEdit: byline, source note).
Positions are offsets in the field's text, one per character as the widget counts them."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QSyntaxHighlighter, QTextBlock, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from workstation.services.spelling.tokens import Word, line_words
from workstation.ui.spelling.body_underline import BodyUnderline
from workstation.ui.spelling.underline import FENCE_STATE, LineUnderline


@dataclass
class SpellField:
    name: str  # "body", "headline", "caption", ...
    label: str  # "Body": as the panel shows it
    widget: QPlainTextEdit | QLineEdit
    markdown: bool = False  # fences and spans count (the body)
    highlighter: QSyntaxHighlighter | None = None
    underline: LineUnderline | None = field(default=None, repr=False)
    overlay: BodyUnderline | None = field(default=None, repr=False)  # the body's underlines

    @property
    def focus_widget(self) -> QWidget:
        return self.widget

    def text(self) -> str:
        if isinstance(self.widget, QLineEdit):
            return self.widget.text()
        # One character per position (a photo in the body included); paragraphs end in \n.
        return self.widget.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def word_at(self, position: int) -> Word | None:
        """The checkable word at (or just before) a position, in field offsets."""
        if isinstance(self.widget, QLineEdit):
            words, offset = line_words(self.widget.text())[0], 0
        else:
            block = self.widget.document().findBlock(position)
            previous = block.previous()
            in_fence = self.markdown and previous.isValid() and previous.userState() == FENCE_STATE
            words, offset = line_words(block.text(), in_fence=in_fence)[0], block.position()
        for word in words:
            if word.start + offset <= position <= word.end + offset:
                return Word(word.start + offset, word.end + offset, word.text, word.language)
        return None

    def select(self, start: int, end: int) -> None:
        """Show a range selected (the panel's jump), the field focused."""
        widget = self.widget
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.setSelection(start, end - start)
            return
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()

    def replace(self, start: int, end: int, text: str) -> None:
        """Replace a range as one undoable edit (a suggestion taken); never in a read-only
        field (an article in the Trash)."""
        widget = self.widget
        if widget.isReadOnly():
            return
        if isinstance(widget, QLineEdit):
            widget.setSelection(start, end - start)
            widget.insert(text)
            return
        cursor = QTextCursor(widget.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)

    def block(self, position: int) -> QTextBlock | None:
        if isinstance(self.widget, QLineEdit):
            return None
        return self.widget.document().findBlock(position)
