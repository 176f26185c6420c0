"""Photo metadata autosave: edits are written about half a second after typing stops (at most
1.5 s after the first unsaved edit while typing goes on), off the GUI thread; switching photo or
article writes at once. A failed write keeps its fields pending and is retried."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from workstation.domain.photo import Photo
from workstation.ui.common.field_saver import FieldSaver

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


class PhotoMetadataSaver(FieldSaver):
    """One photo's metadata: saved half a second after typing stops."""

    def __init__(self, save: SaveFn, read: ReadFn, parent: QObject | None = None) -> None:
        super().__init__(save, read, parent, idle_ms=SAVE_IDLE_MS, deadline_ms=SAVE_DEADLINE_MS)

    @property
    def photo_id(self) -> int | None:
        return self.target

    def set_photo(self, photo_id: int | None, *, force: bool = False) -> bool:
        return self.set_target(photo_id, force=force)

    def saved_label(self) -> str:
        return "Saved"
