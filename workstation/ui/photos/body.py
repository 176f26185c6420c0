"""The body editor and photos: what a drop or paste on the body carries, photo files or pixels
(the body itself inserts a photo's reference, ui/articles/photo_chips.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage

from workstation.ui.photos.importer import image_data, image_files


def photo_mime_contents(mime: QMimeData) -> tuple[list[Path], QImage | None]:
    """The photos a drop or paste carries: image files, else image pixels (else nothing)."""
    files = image_files(mime)
    if files:
        return files, None
    return [], None if mime.hasUrls() else image_data(mime)
