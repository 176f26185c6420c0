"""Photo metadata autosave: edits are written about half a second after typing stops (at most
1.5 s after the first unsaved edit while typing goes on), off the GUI thread; switching photo or
article writes at once. A failed write keeps its fields pending and is retried."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.domain.errors import NotFoundError, WorkstationError
from workstation.domain.photo import Photo
from workstation.ui.tasks import SerialWriter

if TYPE_CHECKING:
    from workstation.services.photos import PhotoService

SAVE_IDLE_MS = 500
SAVE_DEADLINE_MS = 1500
TEXT_FIELDS = ("caption", "credit", "alt_text", "photographer", "copyright", "source")
KEEP_LOCATION = "keep_location"

SaveFn = Callable[[int, dict[str, object]], Photo]
ReadFn = Callable[[str], object]


def save_photo_fields(photos: PhotoService, photo_id: int, changes: dict[str, object]) -> Photo:
    """Write the changed fields of one photo (text fields by name, and keep_location)."""
    texts = {name: str(value) for name, value in changes.items() if name in TEXT_FIELDS}
    keep = changes.get(KEEP_LOCATION)
    metadata = replace(photos.get(photo_id).metadata, **texts) if texts else None
    return photos.update_metadata(photo_id, metadata, keep_location=bool(keep) if keep is not None else None)


class PhotoMetadataSaver(QObject):
    saved = Signal(object)  # the Photo as stored
    failed = Signal(str)  # a message naming what was not saved
    state_changed = Signal(str)  # "Editing…", "Saving…", "Saved", "Not saved"

    def __init__(self, save: SaveFn, read: ReadFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._read = read
        self._writer = SerialWriter(self)
        self._photo_id: int | None = None
        self._dirty: set[str] = set()
        self._failed_now = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_IDLE_MS)
        self._timer.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(SAVE_DEADLINE_MS)
        self._deadline.timeout.connect(self.flush)

    @property
    def photo_id(self) -> int | None:
        return self._photo_id

    @property
    def has_pending(self) -> bool:
        return bool(self._dirty) or self._writer.busy

    def set_photo(self, photo_id: int | None, *, force: bool = False) -> bool:
        """Switch photos; the previous one's edits are written first. If that fails (reported
        through `failed`) the previous photo stays current with its edits pending and False is
        returned, unless `force`: then they are given up (see `pending_changes` first)."""
        if not self.flush_now() and not force:
            return False
        ok = not self._dirty
        self._photo_id = photo_id
        self._dirty.clear()
        self._timer.stop()
        self._deadline.stop()
        return ok

    def pending_changes(self) -> dict[str, object]:
        """The fields not yet written, with their current values."""
        return {name: self._read(name) for name in sorted(self._dirty)}

    def mark(self, field: str) -> None:
        if self._photo_id is None:
            return
        if not self._dirty:
            self.state_changed.emit("Editing…")
            self._deadline.start()
        self._dirty.add(field)
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        if not self._dirty or self._photo_id is None:
            return
        photo_id, changes = self._photo_id, {name: self._read(name) for name in self._dirty}
        self._dirty.clear()
        self.state_changed.emit("Saving…")
        self._writer.submit(
            lambda: self._save(photo_id, changes),
            self._on_writer_saved,
            lambda exc: self._on_writer_failed(photo_id, changes, exc),
        )

    def flush_now(self) -> bool:
        """Write everything now and wait for it; True when nothing is left unsaved."""
        self._failed_now = False
        self.flush()
        self._writer.wait()
        return not self._dirty and not self._failed_now

    def shutdown(self) -> bool:
        ok = self.flush_now()
        self._writer.shutdown()
        return ok

    def _on_writer_saved(self, photo: Photo) -> None:
        if not self._dirty:
            self.state_changed.emit("Saved")
        self.saved.emit(photo)

    def _on_writer_failed(self, photo_id: int, changes: dict[str, object], exc: BaseException) -> None:
        self._failed_now = True
        gone = isinstance(exc, NotFoundError)
        if photo_id == self._photo_id and not gone:
            for name in changes:
                self._dirty.add(name)  # read again and retried at the next idle
            self._timer.start()
            self._deadline.start()
        self.state_changed.emit("Not saved")
        message = str(exc) if isinstance(exc, WorkstationError) else f"{type(exc).__name__}: {exc}"
        self.failed.emit(message)
