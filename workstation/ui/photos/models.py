"""PhotoListModel: photos as a list of thumbnails, for an article's Photos panel and the library.

Rows are set whole (loading happens elsewhere, off the GUI thread); a row's photo can be replaced
in place after an edit. Thumbnails come from a ThumbnailCache: until one has loaded, the
decoration is a placeholder, and the row changes when it arrives."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QPixmap

from workstation.domain.i18n import translate
from workstation.domain.photo import ArticlePhoto, Photo, PhotoMetadata, PhotoRole, PhotoUse
from workstation.ui.common.table_model import AnyIndex
from workstation.ui.photos.thumbnails import ThumbnailCache, thumbnail_key

PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1  # the Photo
PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 2
FEATURED_ROLE = Qt.ItemDataRole.UserRole + 3  # bool
MISSING_ROLE = Qt.ItemDataRole.UserRole + 4  # list[str]: "credit", "alt text"
CREDIT_LINE_ROLE = Qt.ItemDataRole.UserRole + 5  # "Photo: KCNA via AP/TT" or ""
USES_ROLE = Qt.ItemDataRole.UserRole + 6  # list[PhotoUse] or None (not loaded)
THUMBNAIL_ROLE = Qt.ItemDataRole.UserRole + 7  # QPixmap or None (loading or broken)

PLACEHOLDER_SIZE = QSize(96, 64)


@dataclass(frozen=True, slots=True)
class PhotoItem:
    """One row: a photo, whether it is the article's featured one, and (in the library) the
    articles that use it."""

    photo: Photo
    featured: bool = False
    uses: tuple[PhotoUse, ...] | None = None

    @classmethod
    def of(cls, item: ArticlePhoto) -> PhotoItem:
        return cls(item.photo, item.role is PhotoRole.FEATURED)


def missing_fields(metadata: PhotoMetadata) -> list[str]:
    """What the publish check asks for and these fields lack (domain.photo.photo_problems)."""
    missing = []
    if not metadata.credit.strip():
        missing.append("credit")
    if not metadata.alt_text.strip():
        missing.append(translate("Models", "alt text"))
    return missing


def photo_title(photo: Photo) -> str:
    """The caption's first line, else the file name."""
    caption = photo.metadata.caption.strip().splitlines()
    return caption[0] if caption else (photo.original_filename or photo.sha256[:12])


def _placeholder() -> QPixmap:
    pixmap = QPixmap(PLACEHOLDER_SIZE)
    pixmap.fill(QColor("#d9dce1"))
    return pixmap


class PhotoListModel(QAbstractListModel):
    def __init__(self, thumbnails: ThumbnailCache, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[PhotoItem] = []
        self._thumbnails = thumbnails
        self._placeholder: QPixmap | None = None
        thumbnails.ready.connect(self._on_thumbnails_ready)
        thumbnails.failed.connect(self._on_thumbnails_ready)

    # -- content -----------------------------------------------------------------------------

    def set_items(self, items: Sequence[PhotoItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def items(self) -> list[PhotoItem]:
        return list(self._items)

    def item(self, row: int) -> PhotoItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def photo(self, row: int) -> Photo | None:
        item = self.item(row)
        return item.photo if item is not None else None

    def row_of(self, photo_id: int) -> int:
        for row, item in enumerate(self._items):
            if item.photo.id == photo_id:
                return row
        return -1

    def update_photo(self, photo: Photo) -> None:
        """The photo changed (metadata, crop): show the new version where it is listed."""
        row = self.row_of(photo.id)
        if row < 0:
            return
        self._items[row] = replace(self._items[row], photo=photo)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items) or index.column() != 0:
            return None
        item = self._items[index.row()]
        photo = item.photo
        if role == Qt.ItemDataRole.DisplayRole:
            return photo_title(photo)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnails.pixmap(photo) or self._placeholder_pixmap()
        if role == THUMBNAIL_ROLE:
            return self._thumbnails.pixmap(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(item)
        if role == PHOTO_ROLE:
            return photo
        if role == PHOTO_ID_ROLE:
            return photo.id
        if role == FEATURED_ROLE:
            return item.featured
        if role == MISSING_ROLE:
            return missing_fields(photo.metadata)
        if role == CREDIT_LINE_ROLE:
            return photo.metadata.credit_line
        if role == USES_ROLE:
            return list(item.uses) if item.uses is not None else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- helpers -----------------------------------------------------------------------------

    def _placeholder_pixmap(self) -> QPixmap:
        if self._placeholder is None:
            self._placeholder = _placeholder()
        return self._placeholder

    def _tooltip(self, item: PhotoItem) -> str:
        photo = item.photo
        lines = [
            photo.original_filename or photo.sha256[:12],
            translate("PhotoListModel", "{width} × {height} px").format(
                width=photo.width, height=photo.height
            ),
        ]
        if item.featured:
            lines.insert(0, translate("PhotoListModel", "Featured photo"))
        if photo.metadata.credit_line:
            lines.append(photo.metadata.credit_line)
        missing = missing_fields(photo.metadata)
        if missing:
            lines.append(
                translate("PhotoListModel", "Needed to publish: {join}").format(join=" and ".join(missing))
            )
        if item.uses is not None:
            lines.append(uses_text(item.uses))
        return "\n".join(lines)

    def _accessible(self, item: PhotoItem) -> str:
        parts = [photo_title(item.photo)]
        if item.featured:
            parts.append("featured")
        missing = missing_fields(item.photo.metadata)
        if missing:
            parts.append(f"missing {' and '.join(missing)}")
        return ", ".join(parts)

    def _on_thumbnails_ready(self, key: str) -> None:
        for row, item in enumerate(self._items):
            if thumbnail_key(item.photo) == key:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, THUMBNAIL_ROLE])


def uses_text(uses: Sequence[PhotoUse] | None) -> str:
    """'Used in: Kim orders drones; Other story', 'Not used by any article', or '' (not loaded)."""
    if uses is None:
        return ""
    if not uses:
        return translate("Models", "Not used by any article")
    return translate("Models", "Used in: ") + "; ".join(use_label(use) for use in uses)


def use_label(use: PhotoUse) -> str:
    label = use.headline.strip() or translate("Models", "Untitled article")
    if use.role is PhotoRole.FEATURED:
        label += " (featured)"
    return label + (translate("Models", " (in the trash)") if use.trashed else "")
