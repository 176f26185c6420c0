"""Typography as the editor types (domain/typography.py): a straight quote becomes the
language's, " - " the spaced en dash, "5 km" keeps its number and unit together in Swedish.

Each correction is its own undo step after the typed character, so Ctrl+Z right after it
restores what was typed, as in a word processor. Fields are watched through an event filter
that lets the field handle the key first; the rule then reads only the caret's line."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from workstation.domain.typography import ALL_RULES, Correction, TypographyRules, autocorrect, corrects_after

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_INDENTED_CODE = re.compile(r"^(?: {4}|\t)(?![ \t]*(?:[-*+]|\d+[.)])\s)")
_KEY_PRESS = QEvent.Type.KeyPress
_SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
_ALT_GR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier  # Windows reports AltGr so


def field_text(edit: QPlainTextEdit) -> str:
    """A text field's text with the no-break spaces typed in it (toPlainText makes them spaces)."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def in_fenced_code(block: QTextBlock) -> bool:
    """Whether a Markdown fence (``` or ~~~) opened above `block` is still open. Read only when a
    correction would apply, so typing plain words costs nothing of it."""
    fences = 0
    previous = block.previous()
    while previous.isValid():
        if _FENCE.match(previous.text()):
            fences += 1
        previous = previous.previous()
    return fences % 2 == 1


class TypingCorrections(QObject):
    """Watches text fields and corrects typography after a typed character. `language` gives
    the article's language; `rules` the Preferences' choice (each rule can be off)."""

    def __init__(self, language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rules: TypographyRules = ALL_RULES
        self._markdown: set[QWidget] = set()
        self._busy = False
        self._corrected_line: QLineEdit | None = None  # a line field whose last key was corrected

    def watch(
        self, widget: QLineEdit | QPlainTextEdit, *, markdown: bool = False, filter_keys: bool = True
    ) -> None:
        """Correct what is typed in `widget`; a Markdown field also skips its fenced and
        indented code. A field that reports its typed keys itself (the body: an event filter
        would see its every event, a cost on each keystroke) calls typed() instead."""
        if filter_keys:
            widget.installEventFilter(self)
        if markdown:
            self._markdown.add(widget)

    def typed(self, widget: QPlainTextEdit, event: QKeyEvent) -> None:
        """After `widget` handled the key press `event`: correct what it typed."""
        if self._busy or not self.rules.any:
            return
        text = event.text()
        if text.isalnum() and not corrects_after(text):
            # A letter or digit changes nothing unless it follows "--" (a dash): most keystrokes
            # end here, without reading the line.
            position = widget.textCursor().position()
            if widget.document().characterAt(position - 2) != "-":
                return
        if widget.isReadOnly():
            return
        shortcut = event.modifiers() & _SHORTCUT_MODIFIERS and event.modifiers() & _ALT_GR != _ALT_GR
        if len(text) == 1 and text.isprintable() and not shortcut and event.isAccepted():
            self.after_typing(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != _KEY_PRESS or self._busy or not self.rules.any:
            return False
        assert isinstance(event, QKeyEvent)
        if watched is self._corrected_line and event.matches(QKeySequence.StandardKey.Undo):
            return self._undo_line_correction(watched)
        text = event.text()
        shortcut = event.modifiers() & _SHORTCUT_MODIFIERS and event.modifiers() & _ALT_GR != _ALT_GR
        typing = len(text) == 1 and text.isprintable() and not shortcut
        if not typing or not isinstance(watched, QLineEdit | QPlainTextEdit):
            return False
        self._busy = True
        try:
            watched.event(event)  # the field types the character first: one undo step of its own
        finally:
            self._busy = False
        if event.isAccepted() and not watched.isReadOnly():
            self.after_typing(watched)
        return True

    def _undo_line_correction(self, widget: QLineEdit) -> bool:
        """QLineEdit's undo selects the text it restores, and the next key would replace it:
        after undoing a correction the caret stands after what was typed, as before it."""
        self._corrected_line = None
        widget.undo()
        if widget.hasSelectedText():
            end = widget.selectionEnd()
            widget.deselect()
            widget.setCursorPosition(end)
        return True

    def after_typing(self, widget: QLineEdit | QPlainTextEdit) -> bool:
        """Apply the correction the caret's line asks for; True if one was made."""
        if isinstance(widget, QLineEdit):
            self._corrected_line = None
            if widget.hasSelectedText():
                return False
            caret = widget.cursorPosition()
            line = widget.text()[:caret]
            fix = autocorrect(line, self.language(), self.rules)
            if fix is None:
                return False
            widget.setSelection(fix.start, caret - fix.start)
            widget.insert(fix.text + line[fix.end :])  # its own undo step: a replaced selection
            self._corrected_line = widget
            return True
        cursor = widget.textCursor()
        if cursor.hasSelection():
            return False
        block = cursor.block()
        line = block.text()[: cursor.positionInBlock()]
        fix = autocorrect(line, self.language(), self.rules)
        if fix is None or (widget in self._markdown and self._in_code(block, line)):
            return False
        self._apply(widget, block, fix, line)
        return True

    @staticmethod
    def _in_code(block: QTextBlock, line: str) -> bool:
        return bool(_INDENTED_CODE.match(line)) or in_fenced_code(block)

    @staticmethod
    def _apply(widget: QPlainTextEdit, block: QTextBlock, fix: Correction, line: str) -> None:
        """Replace up to the caret, so undoing it leaves the caret where typing goes on."""
        edit = QTextCursor(widget.document())
        edit.setPosition(block.position() + fix.start)
        edit.setPosition(block.position() + len(line), QTextCursor.MoveMode.KeepAnchor)
        edit.beginEditBlock()  # a step of its own, never merged with the typing before it
        edit.insertText(fix.text + line[fix.end :], QTextCharFormat())
        edit.endEditBlock()
