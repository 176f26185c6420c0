"""Autosave: edits are kept in memory for at most the idle interval, then written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.domain.article import Article
from workstation.domain.errors import WorkstationError

AUTOSAVE_IDLE_MS = 2000


class AutosaveController(QObject):
    """Collects field edits for one article and writes them after 2 s of idle, or at once on
    flush(). A failed write keeps the edits pending, so nothing typed is dropped."""

    saved = Signal(object)  # Article
    state_changed = Signal(str)  # "Editing…", "Saving…", "Saved 14:02", or an error text
    failed = Signal(str)

    def __init__(
        self, save: Callable[[int, dict[str, object]], Article], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._article_id: int | None = None
        self._pending: dict[str, object] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_IDLE_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def set_interval(self, msecs: int) -> None:
        self._timer.setInterval(msecs)

    def set_article(self, article_id: int | None) -> None:
        """Switch to another article; the previous one's edits are written first."""
        self.flush()
        self._article_id = article_id

    def record(self, field: str, value: object) -> None:
        if self._article_id is None:
            return
        self._pending[field] = value
        self.state_changed.emit("Editing…")
        self._timer.start()

    def flush(self) -> bool:
        """Write pending edits now. True when nothing is left unsaved."""
        self._timer.stop()
        if not self._pending or self._article_id is None:
            return True
        changes = dict(self._pending)
        self.state_changed.emit("Saving…")
        try:
            article = self._save(self._article_id, changes)
        except WorkstationError as exc:
            self.state_changed.emit("Not saved")
            self.failed.emit(str(exc))
            self._timer.start()  # try again after the next idle period
            return False
        # Only drop what was written; edits made meanwhile stay pending.
        for key, value in changes.items():
            if self._pending.get(key) == value:
                del self._pending[key]
        local = datetime.now().astimezone()
        self.state_changed.emit(f"Saved {local:%H:%M}")
        self.saved.emit(article)
        return not self._pending
