"""The formatting commands applied to the body: each Markdown edit of domain/markdown_format,
markdown_links and markdown_blocks goes in through one QTextCursor edit block, so it is one step of
the body's own undo history (Ctrl+Z takes it back whole), and the words stay selected."""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher

from PySide6.QtGui import QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from workstation.domain.markdown_blocks import set_heading, toggle_bullets, toggle_numbers, toggle_quote
from workstation.domain.markdown_edit import TextEdit
from workstation.domain.markdown_format import toggle_bold, toggle_italic
from workstation.domain.markdown_links import clipboard_link, link_target, remove_link, set_link
from workstation.ui.articles import link_dialog

Operation = Callable[[str, int, int], TextEdit | None]


class _Offsets:
    """str indices <-> QTextCursor positions, which count UTF-16 units: an emoji is one
    character of a Python str and two positions of a cursor."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._wide = bool(text) and max(text) > "\uffff"

    def position(self, index: int) -> int:
        if not self._wide:
            return index
        return len(self._text[:index].encode("utf-16-le")) // 2

    def index(self, position: int) -> int:
        if not self._wide:
            return position
        return len(self._text.encode("utf-16-le")[: 2 * position].decode("utf-16-le", errors="ignore"))


class BodyFormatter:
    """Bold, italic, links, headings, quotes and lists on the body's selection (or the word
    at its cursor). `parent` is the window the link dialog opens over."""

    def __init__(self, body: QPlainTextEdit, parent: QWidget) -> None:
        self._body = body
        self._parent = parent

    def selection(self) -> tuple[str, int, int]:
        """The body's text and its selection as str indices."""
        text = self._body.toPlainText()
        cursor = self._body.textCursor()
        offsets = _Offsets(text)
        return text, offsets.index(cursor.selectionStart()), offsets.index(cursor.selectionEnd())

    def apply(self, operation: Operation) -> bool:
        """Run an operation on the selection; False when it had nothing to do."""
        text, start, end = self.selection()
        edit = operation(text, start, end)
        if edit is None:
            return False
        self.apply_edit(text, edit)
        return True

    def apply_edit(self, text: str, edit: TextEdit) -> None:
        """One edit block: one undo step. The selection goes where the edit says."""
        body = self._body
        if edit.changes_text:
            before = _Offsets(text)
            cursor = QTextCursor(body.document())
            cursor.beginEditBlock()
            # Only the characters that change are replaced, last first: a photo in the range
            # (one object character carrying its reference) is never typed over, and stays.
            old = text[edit.start : edit.end]
            matcher = SequenceMatcher(None, old, edit.replacement, autojunk=False)
            for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
                if tag == "equal":
                    continue
                cursor.setPosition(before.position(edit.start + i1))
                cursor.setPosition(before.position(edit.start + i2), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(edit.replacement[j1:j2], QTextCharFormat())
            cursor.endEditBlock()
            text = edit.apply(text)
        after = _Offsets(text)
        cursor = body.textCursor()
        cursor.setPosition(after.position(edit.selection[0]))
        cursor.setPosition(after.position(edit.selection[1]), QTextCursor.MoveMode.KeepAnchor)
        body.setTextCursor(cursor)
        body.ensureCursorVisible()

    def toggle_bold(self) -> bool:
        return self.apply(toggle_bold)

    def toggle_italic(self) -> bool:
        return self.apply(toggle_italic)

    def set_heading(self, level: int) -> bool:
        return self.apply(lambda text, start, end: set_heading(text, start, end, level))

    def toggle_quote(self) -> bool:
        return self.apply(toggle_quote)

    def toggle_bullets(self) -> bool:
        return self.apply(toggle_bullets)

    def toggle_numbers(self) -> bool:
        return self.apply(toggle_numbers)

    def edit_link(self) -> bool:
        """Ask for the link's address (an http(s) address on the clipboard is offered for a
        new link) and its text; write, change or remove the link."""
        text, start, end = self.selection()
        target = link_target(text, start, end)
        if target is None:
            return False
        url = target.url or clipboard_link(QGuiApplication.clipboard().text())
        answer = link_dialog.ask_link(self._parent, target.text, url, target.existing)
        if answer is None:
            return False
        # An answer with no address is Remove Link.
        edit = set_link(text, target, answer.text, answer.url) if answer.url else remove_link(text, target)
        self.apply_edit(text, edit)
        self._body.setFocus()
        return True
