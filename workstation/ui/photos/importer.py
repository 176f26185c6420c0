"""Adding photos to an article: batches imported off the GUI thread with progress and cancel,
pasted or dropped image data saved as PNG first."""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QImage

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.domain.photo import Photo
from workstation.services.media.errors import PhotoFileError
from workstation.ui.common.tasks import TaskRunner, on_gui_thread

if TYPE_CHECKING:
    from workstation.services.photos import PhotoImportOutcome, PhotoService

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".gif", ".heic", ".heif"})


# -- what a drop or the clipboard holds ------------------------------------------------------


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drop or the clipboard names (folders included: they are reported)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def image_files(mime: QMimeData) -> list[Path]:
    """The local files with a photo's file extension."""
    return [path for path in local_files(mime) if path.suffix.lower() in IMAGE_SUFFIXES]


def image_data(mime: QMimeData) -> QImage | None:
    """Image pixels (a screenshot, an image copied in a browser or an editor), if any."""
    if not mime.hasImage():
        return None
    image = mime.imageData()
    return image if isinstance(image, QImage) and not image.isNull() else None


# -- batches ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhotoBatch:
    """Files and image data to import and attach to an article (None: the library only).
    With insert_in_body, the added photos' references go into the body afterwards."""

    article_id: int | None
    paths: tuple[Path, ...] = ()
    images: tuple[QImage, ...] = ()
    insert_in_body: bool = False

    @property
    def size(self) -> int:
        return len(self.paths) + len(self.images)


@dataclass
class PhotoImportResult:
    batch: PhotoBatch
    outcomes: list[PhotoImportOutcome] = field(default_factory=list)
    added: list[Photo] = field(default_factory=list)  # now in the article (or imported, for the library)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file name, why)
    cancelled: int = 0  # files not imported because the editor cancelled

    @property
    def article_id(self) -> int | None:
        return self.batch.article_id

    def failure_message(self) -> str:
        """Every failed file, one per line: 'broken.jpg: not a photo …'."""
        return "\n".join(f"{name}: {why}" for name, why in self.failures)

    def summary(self) -> str:
        """'Added 3 photos.', with 'Cancelled: 2 not added.' after a cancel."""
        count = len(self.added)
        text = translate("PhotoImportResult", "Added {count} photo{value}.").format(
            count=count, value="s" if count != 1 else ""
        )
        return (
            translate("PhotoImportResult", "{text} Cancelled: {cancelled} not added.").format(
                text=text, cancelled=self.cancelled
            )
            if self.cancelled
            else text
        )

    def error_report(self) -> tuple[str, str] | None:
        """The title and text of the one message naming every file that failed, or None."""
        count, total = len(self.failures), self.batch.size
        if not count:
            return None
        title = (
            translate("PhotoImportResult", "A photo was not added")
            if count == 1
            else translate("PhotoImportResult", "{count} photos were not added").format(count=count)
        )
        others = translate("PhotoImportResult", "; the others were added") if self.added else ""
        noun = "file" if total == 1 else "files"
        return title, translate(
            "PhotoImportResult", "{count} of {total} {noun} could not be added{others}:\n\n{failure_message}"
        ).format(count=count, total=total, noun=noun, others=others, failure_message=self.failure_message())


def _failure(outcome: PhotoImportOutcome) -> tuple[str, str]:
    error = outcome.error
    if isinstance(error, PhotoFileError):
        return outcome.path.name or error.path, error.message
    return outcome.path.name, str(error)


def save_images(images: tuple[QImage, ...], folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Pasted or dropped pixels as PNG files named after the moment ("pasted-photo-…png")."""
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    paths: list[Path] = []
    failures: list[tuple[str, str]] = []
    for number, image in enumerate(images, start=1):
        suffix = f"-{number}" if len(images) > 1 else ""
        path = folder / f"pasted-photo-{stamp}{suffix}.png"
        if image.save(str(path)):  # PNG, from the suffix
            paths.append(path)
        else:
            failures.append(
                (path.name, translate("Importer", "the pasted image could not be saved as a PNG file"))
            )
    return paths, failures


def run_batch(
    photos: PhotoService,
    batch: PhotoBatch,
    progress: Callable[[int, int, Path], None],
    cancelled: Callable[[], bool],
) -> PhotoImportResult:
    """On a worker thread: import every file on its own, attach the ones that went in (a photo
    already in the article keeps its place and role), and say what failed and why."""
    result = PhotoImportResult(batch)
    folder = Path(tempfile.mkdtemp(prefix="workstation-pasted-")) if batch.images else None
    try:
        paths = list(batch.paths)
        if folder is not None:
            saved, failures = save_images(batch.images, folder)
            paths += saved
            result.failures += failures
        result.outcomes = photos.import_files(paths, progress, cancelled)
        attached: set[int] = set()
        if batch.article_id is not None:
            attached = {item.photo.id for item in photos.for_article(batch.article_id)}
        for outcome in result.outcomes:
            if outcome.cancelled:
                result.cancelled += 1
            elif outcome.photo is None:
                result.failures.append(_failure(outcome))
            elif batch.article_id is None or outcome.photo.id in attached:
                result.added.append(outcome.photo)
            else:
                try:
                    result.added.append(photos.attach(batch.article_id, outcome.photo.id).photo)
                except WorkstationError as exc:
                    result.failures.append((outcome.path.name, str(exc)))
                attached.add(outcome.photo.id)
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    return result


class PhotoImportController(QObject):
    """Runs one batch at a time off the GUI thread; batches started meanwhile wait their turn.

    Signals: `started(total)`, `progress(done, total, file name)`, `finished(PhotoImportResult)`."""

    started = Signal(int)
    progress = Signal(int, int, str)
    finished = Signal(object)

    def __init__(self, photos: PhotoService | None, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._photos = photos
        self._tasks = tasks
        self._queue: list[PhotoBatch] = []
        self._running: PhotoBatch | None = None
        self._cancel = threading.Event()
        # The worker's progress calls, run later on the GUI thread (dropped once this is gone).
        self._report: Callable[[tuple[int, int, str]], None] = on_gui_thread(
            lambda update: self._on_worker_progress(*update), owner=self
        )

    def set_service(self, photos: PhotoService | None) -> None:
        self._photos = photos

    @property
    def busy(self) -> bool:
        return self._running is not None

    def start(self, batch: PhotoBatch) -> bool:
        """Import this batch now, or after the running one. False if there is nothing to do."""
        if self._photos is None or batch.size == 0:
            return False
        self._queue.append(batch)
        if self._running is None:
            self._next()
        return True

    def cancel(self) -> None:
        """Stop the running batch after the file in progress (it stores nothing); drop the rest."""
        self._cancel.set()
        self._queue.clear()

    def _next(self) -> None:
        photos = self._photos
        if not self._queue or photos is None:
            self._running = None
            return
        batch = self._queue.pop(0)
        self._running = batch
        self._cancel = threading.Event()
        cancel = self._cancel
        post = self._report
        self.started.emit(batch.size)

        def report(done: int, total: int, path: Path) -> None:
            post((done, total, path.name))

        self._tasks.run(
            lambda: run_batch(photos, batch, report, cancel.is_set),
            self._on_batch_done,
            lambda exc: self._on_batch_failed(batch, exc),
        )

    def _on_worker_progress(self, done: int, total: int, name: str) -> None:
        if self._running is not None and not self._cancel.is_set():
            self.progress.emit(done, total, name)

    def _on_batch_done(self, result: PhotoImportResult) -> None:
        self._running = None
        self.finished.emit(result)
        self._next()

    def _on_batch_failed(self, batch: PhotoBatch, exc: BaseException) -> None:
        result = PhotoImportResult(batch)
        message = str(exc) if isinstance(exc, WorkstationError) else f"{type(exc).__name__}: {exc}"
        names = [path.name for path in batch.paths] or [translate("PhotoImportController", "pasted image")]
        result.failures = [(", ".join(names), message)]
        self._on_batch_done(result)
