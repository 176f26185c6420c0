"""Replace All as one undo step. Each text field keeps its own undo history, and the pickers
share the editor's QUndoStack (see the editor); a Replace All is one command on that stack and
one step in each field's own history, kept in step: Edit › Undo, Ctrl+Z on the find bar, or
Ctrl+Z in any of the fields undoes it in every field and in the photos' captions."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workstation.domain.find import undo_note
from workstation.domain.i18n import translate
from workstation.ui.articles.find_fields import Edit, FieldStep, TextField

PhotoChanges = dict[int, dict[str, str]]


class ReplaceAllCommand(QUndoCommand):
    """The fields' edits, done as one step of each field's history, and the photos' fields
    before and after. `write_photos` writes photo fields; `done(note)` runs after each do, undo
    and redo (the window saves it as a labelled revision); `guard()` marks our own edits."""

    def __init__(
        self,
        edits: list[tuple[TextField, list[Edit]]],
        photos_before: PhotoChanges,
        photos_after: PhotoChanges,
        note: str,
        *,
        write_photos: Callable[[PhotoChanges], object],
        done: Callable[[str], object],
        guard: Callable[[], AbstractContextManager[object]],
    ) -> None:
        super().__init__(translate("ReplaceAllCommand", "Replace All"))
        self._edits = edits
        self._photos_before = photos_before
        self._photos_after = photos_after
        self.note = note
        self._write_photos = write_photos
        self._done = done
        self._guard = guard
        self.steps: list[FieldStep] = []
        self.applied = False

    def redo(self) -> None:
        if self.applied:  # redone already from a field (ReplaceAllUndo.redo)
            return
        with self._guard():
            if not self.steps:
                self.steps = [field.replace_all(edits) for field, edits in self._edits]
            else:
                for step in self.steps:
                    step.redo()
            if self._photos_after:
                self._write_photos(self._photos_after)
        self.applied = True
        self._done(self.note)

    def undo(self) -> None:
        if not self.applied:  # undone already from a field (ReplaceAllUndo.undo)
            return
        with self._guard():
            for step in self.steps:
                step.undo()
            if self._photos_before:
                self._write_photos(self._photos_before)
        self.applied = False
        self._done(undo_note(self.note))


class ReplaceAllUndo(QObject):
    """The last Replace All while it can be undone. `released` when it left the stack (another
    article opened, or the stack dropped it): nothing is left to keep in step."""

    released = Signal()

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self.live: ReplaceAllCommand | None = None
        self._from_bar: ReplaceAllCommand | None = None  # until the bar's fields are edited
        stack.indexChanged.connect(self._on_stack_index_changed)

    def push(self, command: ReplaceAllCommand) -> None:
        """Do it (the stack runs redo()) and keep it in step from now on."""
        self.live = command
        self._from_bar = command
        self._stack.push(command)

    def fields_edited(self) -> None:
        """A field changed by itself (typed, or its own undo): if that was the field's undo or
        redo of the Replace All, do the same in the others (after this edit is over)."""
        live = self.live
        if live is None or not live.steps:
            return
        if live.applied and any(step.undone_in_field() for step in live.steps):
            QTimer.singleShot(0, self.undo)
        elif not live.applied and any(step.redone_in_field() for step in live.steps):
            QTimer.singleShot(0, self.redo)

    def undo(self) -> None:
        """Undo it in every field: through the stack when it is the stack's last step; after a
        later picker change (Change Section), by itself, so that Ctrl+Z in a field never leaves
        the other fields replaced (the stack's own undo of it then finds nothing to do)."""
        live = self.live
        if live is None or not live.applied:
            return
        if self._top() is live:
            self._stack.undo()
        else:
            live.undo()

    def redo(self) -> None:
        live = self.live
        if live is None or live.applied:
            return
        if self._next() is live:
            self._stack.redo()
        else:
            live.redo()

    def bar_may(self, redo: bool) -> bool:
        """Whether Ctrl+Z (redo: Ctrl+Shift+Z) in the find bar's fields is for the bar's last
        Replace All rather than the field's own typing."""
        last = self._from_bar
        if last is None or last is not self.live:
            return False
        return (not last.applied and self._next() is last) if redo else (last.applied and self._top() is last)

    def forget_bar(self) -> None:
        """The bar's fields were edited: their Ctrl+Z is their own again."""
        self._from_bar = None

    def _top(self) -> QUndoCommand | None:
        stack = self._stack
        return stack.command(stack.index() - 1) if stack.index() > 0 else None

    def _next(self) -> QUndoCommand | None:
        stack = self._stack
        return stack.command(stack.index()) if stack.index() < stack.count() else None

    def _on_stack_index_changed(self, _index: int) -> None:
        live, stack = self.live, self._stack
        if live is None or not shiboken6.isValid(stack):  # none, or the window is going
            return
        if not any(stack.command(i) is live for i in range(stack.count())):
            self.live = self._from_bar = None
            self.released.emit()
