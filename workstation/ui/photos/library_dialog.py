"""PhotoLibraryDialog: every stored photo, searchable, with the articles that use each; reuse one
in the current article, or delete the photos no article uses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.domain.photo import Photo, PhotoUse
from workstation.ui.common import alerts
from workstation.ui.common.factory import push_button
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.photos.delegates import TILE_THUMB, PhotoTileDelegate
from workstation.ui.photos.metadata_form import photo_info
from workstation.ui.photos.models import PhotoItem, PhotoListModel, missing_fields, use_label
from workstation.ui.photos.thumbnails import ThumbnailCache

if TYPE_CHECKING:
    from workstation.services.photos import PhotoService

SEARCH_DELAY_MS = 250
PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class _Found:
    text: str
    items: list[PhotoItem]


def find_photos(photos: PhotoService, text: str) -> _Found:
    """On a worker thread: the library's photos matching `text`, each with where it is used."""
    found = photos.search(text, limit=PAGE_SIZE)
    return _Found(text, [PhotoItem(photo, uses=tuple(photos.where_used(photo.id))) for photo in found])


class PhotoLibraryDialog(QDialog):
    """Signals: `attached(photo_id)` after a photo was added to the article; `removed(count)`
    after unused photos were deleted; `loaded(count)` each time results are shown."""

    attached = Signal(int)
    removed = Signal(int)
    loaded = Signal(int)

    def __init__(
        self,
        photos: PhotoService,
        article_id: int | None,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        thumbnails: ThumbnailCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoLibrary")
        self.setAccessibleName(translate("PhotoLibraryDialog", "Photo library"))
        self.setWindowTitle(translate("PhotoLibraryDialog", "Photo library"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumSize(640, 440)
        self.resize(900, 620)
        self._photos = photos
        self._article_id = article_id
        self._tasks = tasks if tasks is not None else TaskRunner(self)
        self.thumbnails = thumbnails if thumbnails is not None else ThumbnailCache(photos, self._tasks, self)
        self.model = PhotoListModel(self.thumbnails, self)
        self._generation = 0
        self._finished = False
        self._busy = False
        self._build()
        self.reload()

    def _build(self) -> None:
        self.search_field = QLineEdit()
        self.search_field.setObjectName("photoLibrarySearch")
        self.search_field.setAccessibleName(translate("PhotoLibraryDialog", "Search photos"))
        self.search_field.setPlaceholderText(
            translate("PhotoLibraryDialog", "Search caption, credit, photographer, source or file name")
        )
        self.search_field.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("photoLibraryCount")
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.count_label)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_field.textChanged.connect(lambda _t: self._search_timer.start())

        self.photo_grid = QListView()
        self.photo_grid.setObjectName("photoLibraryList")
        self.photo_grid.setAccessibleName(translate("PhotoLibraryDialog", "Photos in the library"))
        self.photo_grid.setModel(self.model)
        delegate = PhotoTileDelegate(self.photo_grid)
        self.photo_grid.setItemDelegate(delegate)
        self.photo_grid.setViewMode(QListView.ViewMode.IconMode)
        self.photo_grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_grid.setMovement(QListView.Movement.Static)
        self.photo_grid.setUniformItemSizes(True)
        self.photo_grid.setSpacing(4)
        self.photo_grid.setWordWrap(False)
        self.photo_grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.photo_grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.photo_grid.setIconSize(TILE_THUMB)
        self.photo_grid.setMinimumWidth(TILE_THUMB.width() * 2 + 48)
        self.photo_grid.selectionModel().selectionChanged.connect(self._on_photo_grid_selection_changed)
        self.photo_grid.doubleClicked.connect(self._on_photo_grid_double_clicked)

        self.preview_label = QLabel()
        self.preview_label.setObjectName("photoLibraryPreview")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setFixedHeight(180)
        self.preview_label.setStyleSheet("background: #e3e6ea; border-radius: 4px;")
        self.title_label = QLabel()
        self.title_label.setObjectName("photoLibraryTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("photoLibraryDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.uses_label = QLabel()
        self.uses_label.setObjectName("photoLibraryUses")
        self.uses_label.setAccessibleName(translate("PhotoLibraryDialog", "Where this photo is used"))
        self.uses_label.setWordWrap(True)
        self.uses_label.setTextFormat(Qt.TextFormat.PlainText)
        self.uses_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QWidget()
        details.setObjectName("photoLibraryDetails")
        details.setMinimumWidth(240)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(8, 0, 0, 0)
        details_layout.setSpacing(8)
        for widget in (self.preview_label, self.title_label, self.detail_label, self.uses_label):
            details_layout.addWidget(widget)
        details_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("photoLibrarySplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.photo_grid)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 280])

        make_button = partial(push_button, auto_default=False)
        self.remove_unused_button = make_button(
            translate("PhotoLibraryDialog", "Remove unused photos…"),
            "photoLibraryRemoveUnused",
            translate("PhotoLibraryDialog", "Delete every photo that no article uses, with its files"),
        )
        self.remove_unused_button.clicked.connect(self._on_remove_unused_button_clicked)
        self.use_button = make_button(
            translate("PhotoLibraryDialog", "Use in this article"), "photoLibraryUseButton"
        )
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.close_button = make_button(translate("PhotoLibraryDialog", "Close"), "photoLibraryClose")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_unused_button)
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.thumbnails.ready.connect(self._on_thumbnails_ready)
        self._show_selected()

    # -- public API --------------------------------------------------------------------------

    @property
    def article_id(self) -> int | None:
        return self._article_id

    def search(self, text: str) -> None:
        """Search now (as typing does after a pause)."""
        self.search_field.setText(text)
        self.reload()

    def reload(self) -> None:
        self._search_timer.stop()
        self._generation += 1
        generation, text, photos = self._generation, self.search_field.text().strip(), self._photos
        self.count_label.setText(translate("PhotoLibraryDialog", "Searching…"))
        self._tasks.run(
            lambda: find_photos(photos, text),
            lambda found: self._on_found(generation, found),
            lambda exc: self._on_search_failed(generation, exc),
        )

    def selected_photo(self) -> Photo | None:
        item = self._selected_item()
        return item.photo if item is not None else None

    def select_photo(self, photo_id: int) -> bool:
        row = self.model.row_of(photo_id)
        if row >= 0:
            self.photo_grid.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def use_selected(self) -> bool:
        """Add the selected photo to the article (inline; a photo already there keeps its role)."""
        item = self._selected_item()
        if item is None or self._article_id is None or self._used_here(item):
            return False
        article_id, photo_id = self._article_id, item.photo.id
        try:
            self._photos.attach(article_id, photo_id)
        except WorkstationError as exc:
            alerts.show_error(self, translate("PhotoLibraryDialog", "Photo not added"), str(exc))
            return False
        self.attached.emit(photo_id)
        self.reload()
        return True

    def remove_unused(self) -> bool:
        """Ask, then delete every photo no article uses (off the GUI thread); `removed` follows."""
        if self._busy or not alerts.confirm_remove_unused(self):
            return False
        self._busy = True
        self.remove_unused_button.setEnabled(False)
        photos = self._photos
        self._tasks.run(photos.remove_unused, self._on_unused_removed, self._on_remove_failed)
        return True

    def done(self, result: int) -> None:
        self._finished = True
        super().done(result)

    def _on_use_button_clicked(self) -> None:
        self.use_selected()

    def _on_remove_unused_button_clicked(self) -> None:
        self.remove_unused()

    # -- results -----------------------------------------------------------------------------

    def _on_found(self, generation: int, found: _Found) -> None:
        if self._finished or generation != self._generation:
            return
        kept = self.selected_photo()
        self.model.set_items(found.items)
        count = len(found.items)
        noun = "photo" if count == 1 else "photos"
        if count >= PAGE_SIZE:
            self.count_label.setText(
                translate("PhotoLibraryDialog", "The newest {count} {noun}; search to narrow").format(
                    count=count, noun=noun
                )
            )
        elif found.text:
            self.count_label.setText(
                translate("PhotoLibraryDialog", "{count} {noun} match").format(count=count, noun=noun)
            )
        else:
            self.count_label.setText(f"{count} {noun}")
        row = self.model.row_of(kept.id) if kept is not None else -1
        if row < 0 and count:
            row = 0
        if row >= 0:
            self.photo_grid.setCurrentIndex(self.model.index(row, 0))
        self._show_selected()
        self.loaded.emit(count)

    def _on_search_failed(self, generation: int, exc: BaseException) -> None:
        if not self._finished and generation == self._generation:
            self.count_label.setText(
                translate("PhotoLibraryDialog", "The library could not be read: {exc}").format(exc=exc)
            )

    def _on_unused_removed(self, removed: list[Photo]) -> None:
        self._busy = False
        if self._finished:
            return
        self.remove_unused_button.setEnabled(True)
        alerts.show_removed(self, len(removed))
        self.removed.emit(len(removed))
        self.reload()

    def _on_remove_failed(self, exc: BaseException) -> None:
        self._busy = False
        if self._finished:
            return
        self.remove_unused_button.setEnabled(True)
        alerts.show_error(self, translate("PhotoLibraryDialog", "Unused photos not removed"), str(exc))

    # -- selection ---------------------------------------------------------------------------

    def _selected_item(self) -> PhotoItem | None:
        rows = self.photo_grid.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _used_here(self, item: PhotoItem) -> bool:
        return any(use.article_id == self._article_id for use in item.uses or ())

    def _on_photo_grid_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_selected()

    def _on_photo_grid_double_clicked(self, _index: QModelIndex) -> None:
        self.use_selected()

    def _on_thumbnails_ready(self, _key: str) -> None:
        if not self._finished:
            self._show_preview(self._selected_item())

    def _show_selected(self) -> None:
        item = self._selected_item()
        self._show_preview(item)
        if item is None:
            self.title_label.setText("")
            self.detail_label.setText(
                translate("PhotoLibraryDialog", "Select a photo to see where it is used.")
            )
            self.uses_label.setText("")
        else:
            photo = item.photo
            self.title_label.setText(photo.metadata.caption.strip() or photo.original_filename)
            lines = [photo_info(photo)]
            if photo.metadata.credit_line:
                lines.append(photo.metadata.credit_line)
            if photo.metadata.photographer:
                lines.append(
                    translate("PhotoLibraryDialog", "Photographer: {photographer}").format(
                        photographer=photo.metadata.photographer
                    )
                )
            missing = missing_fields(photo.metadata)
            if missing:
                lines.append(
                    translate("PhotoLibraryDialog", "Needed to publish: {join}").format(
                        join=" and ".join(missing)
                    )
                )
            self.detail_label.setText("\n".join(lines))
            self.uses_label.setText(_uses_block(item.uses or ()))
        used_here = item is not None and self._used_here(item)
        self.use_button.setEnabled(item is not None and self._article_id is not None and not used_here)
        self.use_button.setText(
            translate("PhotoLibraryDialog", "Already in this article")
            if used_here
            else translate("PhotoLibraryDialog", "Use in this article")
        )
        if self._article_id is None:
            self.use_button.setToolTip(translate("PhotoLibraryDialog", "Open an article first"))
        else:
            self.use_button.setToolTip("")

    def _show_preview(self, item: PhotoItem | None) -> None:
        pixmap = self.thumbnails.pixmap(item.photo) if item is not None else None
        if pixmap is None:
            self.preview_label.clear()
            return
        size = QSize(self.preview_label.width() or 260, self.preview_label.height())
        self.preview_label.setPixmap(
            pixmap.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )


def _uses_block(uses: tuple[PhotoUse, ...] | list[PhotoUse]) -> str:
    if not uses:
        return translate("LibraryDialog", "Not used by any article. “Remove unused photos” deletes it.")
    return translate("LibraryDialog", "Used in:\n") + "\n".join(f"• {use_label(use)}" for use in uses)
