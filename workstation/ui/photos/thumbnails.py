"""Thumbnails of stored photos as QPixmaps: read off the GUI thread, kept for the session.

A thumbnail is named by the photo's SHA-256 and its crop, so a cached one is right until the crop
changes (a new crop is a new key). The file is read and decoded into a QImage on a worker thread
(QImage, unlike QPixmap, may be made there); the QPixmap is made on the GUI thread."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from workstation.domain.i18n import translate
from workstation.domain.photo import Photo
from workstation.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from workstation.services.photos import PhotoService

CACHE_LIMIT = 600  # thumbnails of 320 px: about 150 MiB at most, usually far less


def thumbnail_key(photo: Photo) -> str:
    crop = photo.effective_crop
    return f"{photo.sha256}:{crop.key if crop is not None else 'full'}"


def load_thumbnail(photos: PhotoService, photo: Photo) -> QImage:
    """On a worker thread: the thumbnail rendition (made now if needed) as a QImage."""
    for _attempt in range(2):  # a rendition may be replaced while it is read (a crop was applied)
        image = QImage(str(photos.thumbnail_path(photo)))
        if not image.isNull():
            return image
    raise OSError(
        translate("Thumbnails", "{original_filename}: the thumbnail could not be read").format(
            original_filename=photo.original_filename
        )
    )


class ThumbnailCache(QObject):
    """`pixmap(photo)` answers at once: the cached pixmap, or None while it loads. `ready(key)`
    follows when it has arrived (or failed: then `failed(key)` and `pixmap` keeps answering None)."""

    ready = Signal(str)
    failed = Signal(str)

    def __init__(self, photos: PhotoService | None, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._photos = photos
        self._tasks = tasks
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._loading: set[str] = set()
        self._broken: set[str] = set()
        self._generation = 0

    def set_service(self, photos: PhotoService | None) -> None:
        self._photos = photos
        self.clear()

    def clear(self) -> None:
        self._generation += 1
        self._pixmaps.clear()
        self._loading.clear()
        self._broken.clear()

    @property
    def busy(self) -> bool:
        return bool(self._loading)

    def is_broken(self, photo: Photo) -> bool:
        return thumbnail_key(photo) in self._broken

    def pixmap(self, photo: Photo) -> QPixmap | None:
        key = thumbnail_key(photo)
        found = self._pixmaps.get(key)
        if found is not None:
            self._pixmaps.move_to_end(key)
            return found
        self._load(key, photo)
        return None

    def _load(self, key: str, photo: Photo) -> None:
        photos = self._photos
        if photos is None or key in self._loading or key in self._broken:
            return
        self._loading.add(key)
        generation = self._generation
        self._tasks.run(
            lambda: load_thumbnail(photos, photo),
            lambda image: self._on_loaded(generation, key, image),
            lambda _exc: self._on_failed(generation, key),
        )

    def _on_loaded(self, generation: int, key: str, image: QImage) -> None:
        if generation != self._generation:
            return
        self._loading.discard(key)
        self._pixmaps[key] = QPixmap.fromImage(image)
        while len(self._pixmaps) > CACHE_LIMIT:
            self._pixmaps.popitem(last=False)
        self.ready.emit(key)

    def _on_failed(self, generation: int, key: str) -> None:
        if generation != self._generation:
            return
        self._loading.discard(key)
        self._broken.add(key)
        self.failed.emit(key)
