"""The view of two versions compared (the History tab, a conflict with a site): a read-only
QTextBrowser that shows stored photos (ewsphoto:<sha256>) as thumbnails and loads nothing else,
follows no link."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from workstation.domain.urls import PHOTO_SCHEME

PhotoSource = Callable[[str], tuple[str, bytes] | None]  # sha256 -> (MIME type, bytes)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_THUMBNAIL_PIXELS = 320  # decoded once at twice the shown width: sharp at 200% scaling
_CACHED = 48


class DiffView(QTextBrowser):
    def __init__(
        self,
        name: str,
        accessible_name: str,
        photo_source: PhotoSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(10)
        self.photo_source = photo_source
        self._thumbnails: dict[str, QImage] = {}

    def loadResource(self, _type: int, name: QUrl | str) -> object:
        url = QUrl(name)
        if url.scheme().lower() != PHOTO_SCHEME:
            return None  # nothing from the network, nor any other file
        return self._thumbnail(url.path().lower())

    def _thumbnail(self, sha: str) -> QImage | None:
        if sha in self._thumbnails:
            return self._thumbnails[sha]
        if self.photo_source is None or not _SHA256.fullmatch(sha):
            return None
        try:
            found = self.photo_source(sha)
        except Exception:  # noqa: BLE001 - a photo gone missing is a missing thumbnail, not an error
            found = None
        image = QImage.fromData(found[1]) if found is not None else QImage()
        if image.isNull():
            return None
        if image.width() > _THUMBNAIL_PIXELS:
            image = image.scaledToWidth(_THUMBNAIL_PIXELS, Qt.TransformationMode.SmoothTransformation)
        if len(self._thumbnails) >= _CACHED:
            self._thumbnails.pop(next(iter(self._thumbnails)))
        self._thumbnails[sha] = image
        return image
