"""Edit › Undo and Redo: which history they act on, and the menu saying so.

Three histories: each text field's own (Ctrl+Z in the field goes straight to it); the editor's
undo stack (pickers, tags, word target, Replace All); and the window's last command on the list
(Move to Trash), offered until it is undone or another command takes its place. Undo takes the
list command when it is the newest step, or when the stack has nothing to undo; the menu item is
named after what it will undo ("Undo Move to Trash", "Undo Change Section")."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from workstation.domain.i18n import translate
from workstation.ui.articles.editor import ArticleEditorWidget
from workstation.ui.window.actions import WindowActions


def focused_text_widget() -> QLineEdit | QPlainTextEdit | None:
    focus = QApplication.focusWidget()
    return focus if isinstance(focus, QLineEdit | QPlainTextEdit) else None


class EditUndo(QObject):
    def __init__(
        self, actions: WindowActions, editor: ArticleEditorWidget, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._editor = editor
        stack = editor.undo_stack
        self._stack_index = stack.index()
        self._command: tuple[str, Callable[[], None]] | None = None  # (its name, how to undo it)
        self._command_newest = False  # no step was done on the stack since the command
        actions.undo.triggered.connect(self.undo)
        actions.redo.triggered.connect(self.redo)
        stack.indexChanged.connect(self._on_stack_index_changed)
        stack.undoTextChanged.connect(lambda _t: self._update_texts())
        stack.redoTextChanged.connect(lambda _t: self._update_texts())

    # -- the window's command ----------------------------------------------------------------

    def offer(self, name: str, undo: Callable[[], None]) -> None:
        """A command on the list that Edit › Undo can take back ('Move to Trash'); it replaces
        the one offered before."""
        self._command = (name, undo)
        self._command_newest = True
        self._update_texts()

    def withdraw(self) -> None:
        """The offered command can no longer be undone (undone, or changed by another)."""
        self._command = None
        self._update_texts()

    @property
    def offered(self) -> str:
        """The name of the command Edit › Undo would take back now ('' for none)."""
        return self._command[0] if self._command is not None and self._takes_command() else ""

    def _takes_command(self) -> bool:
        return self._command is not None and (self._command_newest or not self._editor.undo_stack.canUndo())

    # -- Edit › Undo and Redo ----------------------------------------------------------------

    def undo(self) -> None:
        if self._command is not None and self._takes_command():
            _name, undo = self._command
            self.withdraw()
            undo()
            return
        text = focused_text_widget()
        text.undo() if text is not None else self._editor.undo_stack.undo()

    def redo(self) -> None:
        text = focused_text_widget()
        text.redo() if text is not None else self._editor.undo_stack.redo()

    def _on_stack_index_changed(self, index: int) -> None:
        # A step done (or redone) on the stack after the command is newer than it; a clear (another
        # article opened) or an undo is not.
        if index > self._stack_index:
            self._command_newest = False
        self._stack_index = index
        self._update_texts()

    # The undo stack, deleted with the window after the actions, says so as it goes.
    def _update_texts(self) -> None:
        undo, redo = self._actions.undo, self._actions.redo
        if not (shiboken6.isValid(undo) and shiboken6.isValid(redo) and shiboken6.isValid(self._editor)):
            return
        stack = self._editor.undo_stack
        name = self.offered or stack.undoText()
        undo.setText(
            translate("EditUndo", "&Undo {name}").format(name=name)
            if name
            else translate("EditUndo", "&Undo")
        )
        redo_text = stack.redoText()
        redo.setText(
            translate("EditUndo", "&Redo {redo_text}").format(redo_text=redo_text)
            if redo_text
            else translate("EditUndo", "&Redo")
        )
