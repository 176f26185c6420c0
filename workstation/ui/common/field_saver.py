"""Autosave of fields: edits stay in memory for at most a short idle interval, then are written off the
GUI thread. One FieldSaver per kind of thing edited (an article's fields, a photo's metadata);
switching to another one, losing focus and closing write at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.domain.errors import NotFoundError, WorkstationError
from workstation.domain.i18n import translate
from workstation.ui.common.tasks import SerialWriter

AUTOSAVE_IDLE_MS = 2000
# Continuous typing never goes idle: the first unsaved edit also starts this deadline, so at
# most this much typing (plus one write) is ever only in memory.
AUTOSAVE_DEADLINE_MS = 1500

SaveFn = Callable[[int, dict[str, object]], Any]
ReadFn = Callable[[str], object]


class FieldSaver(QObject):
    """Remembers which fields of the current target (an id) changed and reads their values only
    when saving. A failed write marks its fields changed again, so nothing typed is dropped."""

    saved = Signal(object)  # what the save function returned, after a write succeeded
    state_changed = Signal(str)  # "Editing…", "Saving…", "Saved …", "Not saved", translated
    failed = Signal(str)  # a message naming what was not saved
    # What the last state_changed said, in words code may compare (its text is translated).
    state = "idle"  # "editing", "saving", "saved", "not saved"

    def __init__(
        self,
        save: SaveFn,
        read: ReadFn,
        parent: QObject | None = None,
        *,
        idle_ms: int = AUTOSAVE_IDLE_MS,
        deadline_ms: int = AUTOSAVE_DEADLINE_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._read = read
        self._writer = SerialWriter(self)
        self._target: int | None = None
        self._dirty: set[str] = set()
        self._failed_now = False
        self._deadline_ms = deadline_ms
        self._timer = self._single_shot(idle_ms)
        self._deadline = self._single_shot(min(idle_ms, deadline_ms))

    def _single_shot(self, msecs: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(self.flush)
        return timer

    @property
    def target(self) -> int | None:
        return self._target

    @property
    def has_pending(self) -> bool:
        return bool(self._dirty) or self._writer.busy

    @property
    def interval(self) -> int:
        return self._timer.interval()

    def set_interval(self, msecs: int) -> None:
        self._timer.setInterval(msecs)
        self._deadline.setInterval(min(msecs, self._deadline_ms))

    def set_target(self, target: int | None, *, force: bool = False) -> bool:
        """Switch to another target; the current one's edits are written first. If that fails
        the current target stays with its edits pending and False is returned, unless `force`:
        then they are given up (read pending_changes() first)."""
        if not self.flush_now() and not force:
            return False
        ok = not self._dirty
        self._target = target
        self._dirty.clear()
        self._timer.stop()
        self._deadline.stop()
        return ok

    def pending_changes(self) -> dict[str, object]:
        """The fields not yet written, with their current values."""
        return {name: self._read(name) for name in sorted(self._dirty)}

    def mark(self, field: str) -> None:
        if self._target is None:
            return
        if not self._dirty:
            self._say("editing", translate("FieldSaver", "Editing…"))
            self._deadline.start()
        self._dirty.add(field)
        self._timer.start()

    def flush(self) -> None:
        """Start writing what changed, in the background."""
        self._timer.stop()
        self._deadline.stop()
        if not self._dirty or self._target is None:
            return
        target, changes = self._target, {f: self._read(f) for f in self._dirty}
        self._dirty.clear()
        self._say("saving", translate("FieldSaver", "Saving…"))
        self._writer.run(
            self._write_call(target, changes),
            self._on_writer_saved,
            lambda exc: self._on_writer_failed(target, changes, exc),
        )

    def _write_call(self, target: int, changes: dict[str, object]) -> Callable[[], Any]:
        """The write to run on the writer thread (a subclass may add to what it says)."""
        return lambda: self._save(target, changes)

    def flush_now(self) -> bool:
        """Write everything now and wait for it. True when nothing is left unsaved."""
        self._failed_now = False
        self.flush()
        self._writer.wait()
        return not self._dirty and not self._failed_now

    def shutdown(self) -> bool:
        ok = self.flush_now()
        self._writer.shutdown()
        return ok

    def _say(self, state: str, text: str) -> None:
        self.state = state
        self.state_changed.emit(text)

    def saved_label(self) -> str:
        return translate("FieldSaver", "Saved {time}").format(time=f"{datetime.now().astimezone():%H:%M}")

    def _on_writer_saved(self, result: object) -> None:
        if not self._dirty:
            self._say("saved", self.saved_label())
        self.saved.emit(result)

    def _on_writer_failed(self, target: int, changes: dict[str, object], exc: BaseException) -> None:
        self._failed_now = True
        gone = isinstance(exc, NotFoundError)  # deleted meanwhile: nothing left to save into
        if target == self._target and not gone:
            self._dirty.update(changes)  # read again and retried at the next idle
            self._timer.start()
            self._deadline.start()
        self._say("not saved", translate("FieldSaver", "Not saved"))
        message = str(exc) if isinstance(exc, WorkstationError) else f"{type(exc).__name__}: {exc}"
        self.failed.emit(message)
