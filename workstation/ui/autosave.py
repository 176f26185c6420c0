"""Autosave: edits stay in memory for at most the idle interval, then are written off the GUI
thread. Switching article, losing focus and closing write at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.domain.article import Article
from workstation.domain.errors import WorkstationError
from workstation.ui.tasks import SerialWriter

AUTOSAVE_IDLE_MS = 2000
# Continuous typing never goes idle: the first unsaved edit also starts this deadline, so at
# most this much typing (plus one write) is ever only in memory.
AUTOSAVE_DEADLINE_MS = 1500

SaveFn = Callable[[int, dict[str, object]], Article]
ReadFn = Callable[[str], object]


class AutosaveController(QObject):
    """Remembers which fields of one article changed; reads their values only when saving.
    A failed write marks its fields changed again, so nothing typed is dropped."""

    saved = Signal(object)  # Article, after a write succeeded
    state_changed = Signal(str)  # "Editing…", "Saving…", "Saved 14:02", "Not saved"
    failed = Signal(str)

    def __init__(self, save: SaveFn, read: ReadFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._read = read
        self._writer = SerialWriter(self)
        self._article_id: int | None = None
        self._dirty: set[str] = set()
        self._failed_now = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_IDLE_MS)
        self._timer.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(AUTOSAVE_DEADLINE_MS)
        self._deadline.timeout.connect(self.flush)

    @property
    def has_pending(self) -> bool:
        return bool(self._dirty) or self._writer.busy

    @property
    def article_id(self) -> int | None:
        return self._article_id

    @property
    def interval(self) -> int:
        return self._timer.interval()

    def set_interval(self, msecs: int) -> None:
        self._timer.setInterval(msecs)
        self._deadline.setInterval(min(msecs, AUTOSAVE_DEADLINE_MS))

    def set_article(self, article_id: int | None) -> bool:
        """Switch articles; the previous one's edits are written first. If that fails the
        previous article stays current (its edits are still pending) and False is returned."""
        if not self.flush_now():
            return False
        self._article_id = article_id
        self._dirty.clear()
        return True

    def mark(self, field: str) -> None:
        if self._article_id is None:
            return
        if not self._dirty:
            self.state_changed.emit("Editing…")
            self._deadline.start()
        self._dirty.add(field)
        self._timer.start()

    def flush(self) -> None:
        """Start writing what changed, in the background."""
        self._timer.stop()
        self._deadline.stop()
        if not self._dirty or self._article_id is None:
            return
        article_id, changes = self._article_id, {f: self._read(f) for f in self._dirty}
        self._dirty.clear()
        self.state_changed.emit("Saving…")
        self._writer.submit(
            lambda: self._save(article_id, changes),
            self._on_writer_saved,
            lambda exc: self._on_writer_failed(article_id, changes, exc),
        )

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

    def _on_writer_saved(self, article: Article) -> None:
        if not self._dirty:
            self.state_changed.emit(f"Saved {datetime.now().astimezone():%H:%M}")
        self.saved.emit(article)

    def _on_writer_failed(self, article_id: int, changes: dict[str, object], exc: BaseException) -> None:
        self._failed_now = True
        if article_id == self._article_id:
            self._dirty.update(changes)  # re-read and retried at the next idle
            self._timer.start()
            self._deadline.start()
        self.state_changed.emit("Not saved")
        message = str(exc) if isinstance(exc, WorkstationError) else f"{type(exc).__name__}: {exc}"
        self.failed.emit(message)
