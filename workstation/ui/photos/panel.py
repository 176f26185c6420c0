"""The Photos side tab: the article's photos (featured first), the selected one's caption, credit
and alt text (saved as typed), and adding photos by dialog, drop or paste, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.photo import ArticlePhoto, Photo
from workstation.domain.photo_refs import find_photo_refs, photo_markdown
from workstation.ui.common import alerts, side_panel
from workstation.ui.common.factory import push_button
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.photos.delegates import PhotoRowDelegate
from workstation.ui.photos.import_bar import PhotoImportBar
from workstation.ui.photos.importer import PhotoBatch, PhotoImportController, PhotoImportResult, image_data
from workstation.ui.photos.importer import local_files as mime_files
from workstation.ui.photos.metadata_form import PhotoMetadataForm
from workstation.ui.photos.models import PhotoItem, PhotoListModel
from workstation.ui.photos.saver import PhotoMetadataSaver, save_photo_fields
from workstation.ui.photos.thumbnails import ThumbnailCache

if TYPE_CHECKING:
    from workstation.services.photos import PhotoService
    from workstation.ui.photos.crop_dialog import PhotoCropDialog
    from workstation.ui.photos.library_dialog import PhotoLibraryDialog

T = TypeVar("T")
PAGE_EMPTY, PAGE_PHOTOS = 0, 1
LIST_HINT, LIST_PHOTOS = 0, 1
NO_ARTICLE_TEXT = QT_TRANSLATE_NOOP("Panel", "Select an article to see its photos.")
NO_PHOTOS_TEXT = QT_TRANSLATE_NOOP(
    "Panel", "No photos yet.\n\nAdd photos…, drop image files here,\nor paste a photo (Ctrl+V)."
)


class PhotoPanel(QWidget):
    """Signals: `photos_changed(article_id)` after any change to the article's photos or their
    fields; `insert_reference(markdown)` with `![alt](photo:<sha256>)` for the body editor;
    `refreshed(article_id)` each time the list has been filled; `import_finished(result)`;
    `metadata_saved(Photo)`."""

    photos_changed = Signal(int)
    insert_reference = Signal(str)
    refreshed = Signal(int)
    import_finished = Signal(object)
    metadata_saved = Signal(object)

    def __init__(
        self,
        photos: PhotoService | None = None,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoPanel")
        self.setAccessibleName(translate("PhotoPanel", "Photos"))
        self.setAcceptDrops(True)
        self._photos = photos
        self._tasks = tasks if tasks is not None else TaskRunner(self)
        self._article_id: int | None = None
        self._generation = 0
        self._select_after_load: int | None = None
        self._selected_id: int | None = None
        self._resetting = False
        self._body_source: Callable[[], str] | None = None
        self._read_only = False  # the photos of an article in the Trash: shown, not changed

        self.thumbnails = ThumbnailCache(photos, self._tasks, self)
        self.model = PhotoListModel(self.thumbnails, self)
        self.importer = PhotoImportController(photos, self._tasks, self)
        self.form = PhotoMetadataForm()
        self.saver = PhotoMetadataSaver(self._save_fields, self.form.value, self)
        self._build()
        self._wire()
        self._show_article_page()

    # -- building ----------------------------------------------------------------------------

    def _action(self, text: str, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build(self) -> None:
        self.empty_label = side_panel.empty_label(translate("Panel", NO_ARTICLE_TEXT), "photoEmptyLabel")

        self.title_label = title = side_panel.title_label(translate("PhotoPanel", "Photos"), "photoTitle")
        self.status_label = side_panel.status_label("photoStatusLabel")
        self.add_button = push_button(
            translate("PhotoPanel", "Add photos…"), "photoAddButton", on_click=self.add_photos
        )
        self.library_button = push_button(
            translate("PhotoPanel", "Library…"),
            "photoLibraryButton",
            accessible=translate("PhotoPanel", "Photo library"),
            on_click=self.open_library,
        )
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(6)
        header.addWidget(self.status_label, 1)
        header.addWidget(self.add_button)
        header.addWidget(self.library_button)

        self.import_row = PhotoImportBar(self.importer)
        self.import_progress = self.import_row.progress
        self.import_cancel = self.import_row.cancel_button

        self.photo_list = QListView()
        self.photo_list.setObjectName("photoList")
        self.photo_list.setAccessibleName(translate("PhotoPanel", "Photos of this article"))
        self.photo_list.setModel(self.model)
        self.photo_list.setItemDelegate(PhotoRowDelegate(self.photo_list))
        self.photo_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.photo_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.photo_list.setUniformItemSizes(True)
        self.photo_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.photo_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list_hint = QLabel(translate("Panel", NO_PHOTOS_TEXT))
        self.list_hint.setObjectName("photoListHint")
        self.list_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_hint.setWordWrap(True)
        self.list_hint.setStyleSheet(
            "color: palette(placeholder-text); border: 2px dashed palette(mid); border-radius: 6px;"
            " padding: 16px;"
        )
        self.list_pages = QStackedWidget()
        self.list_pages.setObjectName("photoListPages")
        self.list_pages.addWidget(self.list_hint)
        self.list_pages.addWidget(self.photo_list)

        self.featured_button = push_button(
            translate("PhotoPanel", "Set as featured"),
            "photoFeaturedButton",
            accessible=translate("PhotoPanel", "Set as featured photo"),
            on_click=self.toggle_featured,
        )
        self.insert_button = push_button(
            translate("PhotoPanel", "Insert in body"), "photoInsertButton", on_click=self.insert_in_body
        )
        self.crop_button = push_button(
            translate("PhotoPanel", "Crop…"), "photoCropButton", on_click=self.open_crop_dialog
        )
        self.remove_button = push_button(
            translate("PhotoPanel", "Remove from article"),
            "photoRemoveButton",
            on_click=self.remove_from_article,
        )
        actions = QGridLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setHorizontalSpacing(6)
        actions.setVerticalSpacing(4)
        for position, button in enumerate(
            (self.featured_button, self.insert_button, self.crop_button, self.remove_button)
        ):
            actions.addWidget(button, position // 2, position % 2)
        self.context_actions = [
            self._action(
                translate("PhotoPanel", "Set as featured"), "photoFeaturedAction", self.toggle_featured
            ),
            self._action(translate("PhotoPanel", "Insert in body"), "photoInsertAction", self.insert_in_body),
            self._action(translate("PhotoPanel", "Crop…"), "photoCropAction", self.open_crop_dialog),
            self._action(
                translate("PhotoPanel", "Remove from article"), "photoRemoveAction", self.remove_from_article
            ),
        ]
        self.photo_list.addActions(self.context_actions)

        details = QWidget()
        details.setObjectName("photoDetails")
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 6, 4, 0)
        details_layout.setSpacing(8)
        details_layout.addLayout(actions)
        details_layout.addWidget(self.form)
        details_layout.addStretch(1)
        self.details_scroll = QScrollArea()
        self.details_scroll.setObjectName("photoDetailsScroll")
        self.details_scroll.setAccessibleName(translate("PhotoPanel", "Photo details"))
        self.details_scroll.setWidget(details)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.splitter = side_panel.splitter("photoSplitter", self.list_pages, self.details_scroll, (1, 1))
        self.splitter.setSizes([300, 420])
        self.pages = side_panel.pages(
            self, self.empty_label, header, self.import_row, self.splitter, grow=self.splitter
        )

        self.paste_action = QAction(translate("PhotoPanel", "Paste photo"), self)
        self.paste_action.setObjectName("photoPasteAction")
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.triggered.connect(lambda _checked=False: self.paste_from_clipboard())
        self.addAction(self.paste_action)

    def _wire(self) -> None:
        self.photo_list.selectionModel().selectionChanged.connect(self._on_photo_list_selection_changed)
        self.model.modelReset.connect(self._update_buttons)
        self.form.edited.connect(self.saver.mark)
        self.saver.saved.connect(self._on_saver_saved)
        self.saver.failed.connect(self._on_saver_failed)
        self.saver.state_changed.connect(self._on_saver_state_changed)
        self.importer.finished.connect(self._on_importer_finished)

    # -- public API --------------------------------------------------------------------------

    @property
    def article_id(self) -> int | None:
        return self._article_id

    @property
    def tasks(self) -> TaskRunner:
        return self._tasks

    def set_service(self, photos: PhotoService | None) -> None:
        self._leave_photo()
        self._photos = photos
        self.thumbnails.set_service(photos)
        self.importer.set_service(photos)
        self.refresh()

    def set_body_source(self, body: Callable[[], str] | None) -> None:
        """How to read the body as it is being edited: removing a photo the body still shows
        asks first (the reference would show nothing, and Remove unused photos could delete it)."""
        self._body_source = body

    def show_article(self, article_id: int | None) -> None:
        """Show this article's photos; the previous photo's edits are written first."""
        if article_id != self._article_id:
            self._leave_photo()
            self._set_items([])
            self._select(None)
            self._select_after_load = None
        self._article_id = article_id
        self.refresh()

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Show the article's photos without adding, removing, cropping or editing any."""
        if read_only:
            self.saver.flush_now()
        self._read_only = read_only
        self.form.set_read_only(read_only)
        self.paste_action.setEnabled(not read_only)
        self._update_buttons()

    def _editable(self) -> bool:
        return self._article_id is not None and self._photos is not None and not self._read_only

    def refresh(self, select: int | None = None) -> None:
        """Read the article's photos again (off the GUI thread), then select `select`, else
        the photo selected before, else the first."""
        self._generation += 1
        self._select_after_load = select if select is not None else self._selected_id
        self._show_article_page()
        photos, article_id = self._photos, self._article_id
        if photos is None or article_id is None:
            return
        self.saver.flush_now()  # the list must not read fields older than what is being written
        generation = self._generation
        self._tasks.run(
            lambda: photos.for_article(article_id),
            lambda items: self._on_list_loaded(generation, article_id, items),
            lambda exc: self._on_list_failed(generation, exc),
        )

    def selected_photo(self) -> Photo | None:
        rows = self.photo_list.selectionModel().selectedRows()
        return self.model.photo(rows[0].row()) if rows else None

    def select_photo(self, photo_id: int) -> bool:
        row = self.model.row_of(photo_id)
        if row < 0:
            return False
        self.photo_list.setCurrentIndex(self.model.index(row, 0))
        return self._selected_id == photo_id

    def flush_now(self) -> bool:
        """Write pending field edits now; True when nothing is left unsaved."""
        return self.saver.flush_now()

    def show_saved_photo(self, photo: Photo) -> None:
        """Its fields were written from outside the panel (a replace-all): show them as stored."""
        self.model.update_photo(photo)
        if photo.id == self._selected_id:
            self.form.load(photo)
        if self._article_id is not None and self.model.row_of(photo.id) >= 0:
            self.photos_changed.emit(self._article_id)

    def shutdown(self) -> None:
        """Before the store closes: write pending edits, stop imports, wait for workers."""
        self.importer.cancel()
        self.saver.shutdown()
        self._tasks.wait_all()

    # -- adding ------------------------------------------------------------------------------

    def add_photos(self) -> bool:
        if not self._editable():
            return False
        paths = alerts.ask_image_files(self)
        return self.import_paths(paths)

    def import_paths(self, paths: list[Path], *, insert_in_body: bool = False) -> bool:
        """Import these files and attach them to the shown article, off the GUI thread."""
        if self._article_id is None or self._read_only:
            return False
        batch = PhotoBatch(self._article_id, tuple(Path(p) for p in paths), insert_in_body=insert_in_body)
        return self.importer.start(batch)

    def import_image(self, image: QImage, *, insert_in_body: bool = False) -> bool:
        """Import pasted or dropped pixels (saved as a PNG file first)."""
        if self._article_id is None or self._read_only or image.isNull():
            return False
        batch = PhotoBatch(self._article_id, images=(image.copy(),), insert_in_body=insert_in_body)
        return self.importer.start(batch)

    def paste_from_clipboard(self) -> bool:
        """Photo files copied in a file manager, else image data (a screenshot, a copied image)."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self._editable():
            return False
        files = mime_files(mime)
        if files:
            return self.import_paths(files)
        image = image_data(mime)
        if image is not None:
            return self.import_image(image)
        self.status_label.setText(translate("PhotoPanel", "The clipboard holds no photo."))
        return False

    def cancel_import(self) -> None:
        self.import_row.cancel()

    # -- commands on the selected photo ------------------------------------------------------

    def toggle_featured(self) -> None:
        photo, photos, article_id = self.selected_photo(), self._photos, self._article_id
        if photo is None or photos is None or article_id is None or self._read_only:
            return
        featured = self._is_featured(photo.id)
        if self._guard(lambda: photos.set_featured(article_id, None if featured else photo.id)) is None:
            return
        self._changed(select=photo.id)

    def insert_in_body(self) -> None:
        photo = self.selected_photo()
        if photo is None or self._read_only:
            return
        alt = str(self.form.value("alt_text")) if self.form.photo_id == photo.id else photo.metadata.alt_text
        self.insert_reference.emit(photo_markdown(photo.sha256, alt.strip()))

    def remove_from_article(self) -> None:
        photo, photos, article_id = self.selected_photo(), self._photos, self._article_id
        if photo is None or photos is None or article_id is None or self._read_only:
            return
        if self._body_shows(photo) and not alerts.confirm_remove_shown(self, photo.original_filename):
            return
        if self._guard(lambda: photos.detach(article_id, photo.id)) is None:
            return
        self._leave_photo()  # its pending edits are still written: it stays in the library
        row = self.model.row_of(photo.id)
        following = self.model.photo(row + 1) or self.model.photo(row - 1)
        self._changed(select=following.id if following is not None else None)

    def open_crop_dialog(self) -> PhotoCropDialog | None:
        """Open the crop editor (window-modal, not blocking) for the selected photo."""
        photo, photos = self.selected_photo(), self._photos
        if photo is None or photos is None or self._read_only:
            return None
        from workstation.ui.photos.crop_dialog import PhotoCropDialog

        dialog = PhotoCropDialog(photos, photo, self._tasks, self)
        dialog.applied.connect(self._on_crop_dialog_applied)
        dialog.open()
        return dialog

    def open_library(self) -> PhotoLibraryDialog | None:
        """Open the photo library (window-modal, not blocking) for the shown article."""
        photos = self._photos
        if photos is None or self._read_only:
            return None
        from workstation.ui.photos.library_dialog import PhotoLibraryDialog

        self.saver.flush_now()
        dialog = PhotoLibraryDialog(photos, self._article_id, self._tasks, self, thumbnails=self.thumbnails)
        dialog.attached.connect(self._on_library_attached)
        dialog.open()
        return dialog

    # -- drag and drop -----------------------------------------------------------------------

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return (
            self._article_id is not None
            and not self._read_only
            and mime is not None
            and (bool(mime_files(mime)) or image_data(mime) is not None)
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if not self._accepts(event) or mime is None:
            event.ignore()
            return
        event.acceptProposedAction()
        files = mime_files(mime)
        if files:
            self.import_paths(files)
        else:
            image = image_data(mime)
            if image is not None:
                self.import_image(image)

    # -- loading -----------------------------------------------------------------------------

    def _show_article_page(self) -> None:
        has_article = self._article_id is not None and self._photos is not None
        self.pages.setCurrentIndex(PAGE_PHOTOS if has_article else PAGE_EMPTY)
        self._update_buttons()

    def _on_list_loaded(self, generation: int, article_id: int, items: list[ArticlePhoto]) -> None:
        if generation != self._generation or article_id != self._article_id:
            return
        wanted = self._select_after_load
        self._set_items([PhotoItem.of(item) for item in items])
        self.list_pages.setCurrentIndex(LIST_PHOTOS if items else LIST_HINT)
        count = len(items)
        self.title_label.setText(
            translate("PhotoPanel", "Photos ({count})").format(count=count)
            if count
            else translate("PhotoPanel", "Photos")
        )
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and self._selected_id is not None:
            row = self.model.row_of(self._selected_id)
        if row < 0 and count:
            row = 0
        if row >= 0:
            self._resetting = True
            try:
                self.photo_list.setCurrentIndex(self.model.index(row, 0))
            finally:
                self._resetting = False
        self._select(self.model.photo(row) if row >= 0 else None)
        self._update_buttons()
        self.refreshed.emit(article_id)

    def _on_list_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status_label.setText(
                translate("PhotoPanel", "The photos could not be read: {exc}").format(exc=exc)
            )

    def _set_items(self, items: list[PhotoItem]) -> None:
        self._resetting = True  # a reset's selection changes are not the editor's choice
        try:
            self.model.set_items(items)
        finally:
            self._resetting = False

    def _on_photo_list_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        if self._resetting:
            return
        if not self._select(self.selected_photo()):
            # The previous photo's edits could not be written: stay on it, keep them.
            previous = self.model.row_of(self._selected_id) if self._selected_id is not None else -1
            if previous >= 0:
                self._resetting = True
                try:
                    self.photo_list.setCurrentIndex(self.model.index(previous, 0))
                finally:
                    self._resetting = False

    def _select(self, photo: Photo | None) -> bool:
        """Show this photo's fields. The same photo again keeps what is typed (it may not be
        written yet); another one is shown once the previous one's edits are written."""
        new_id = photo.id if photo is not None else None
        if new_id == self._selected_id:
            if photo is not None:
                self.form.refresh_photo(photo)
            self._update_buttons()
            return True
        if not self.saver.set_photo(new_id):
            return False
        self._selected_id = new_id
        self.form.load(photo)
        self._update_buttons()
        return True

    def _leave_photo(self) -> None:
        """Write the shown photo's pending edits and let it go (before the list changes)."""
        photo_id = self.saver.photo_id
        pending: dict[str, object] = {}
        if not self.saver.set_photo(None):
            pending = self.saver.pending_changes()
            self.saver.set_photo(None, force=True)
        self._selected_id = None
        self.form.load(None)
        if pending and photo_id is not None:
            fields = "\n".join(f"{name}: {value}" for name, value in pending.items())
            alerts.show_error(
                self,
                translate("PhotoPanel", "Photo details not saved"),
                translate(
                    "PhotoPanel",
                    "These changes to photo {photo_id} could not be saved. Copy them and try "
                    "again:\n\n{fields}",
                ).format(photo_id=photo_id, fields=fields),
            )

    # -- slots -------------------------------------------------------------------------------

    def _save_fields(self, photo_id: int, changes: dict[str, object]) -> Photo:
        photos = self._photos
        if photos is None:
            raise WorkstationError(translate("PhotoPanel", "The photo store is closed."))
        return save_photo_fields(photos, photo_id, changes)

    def _on_saver_saved(self, photo: Photo) -> None:
        self.model.update_photo(photo)
        self.form.refresh_photo(photo)
        self.metadata_saved.emit(photo)
        if self._article_id is not None and self.model.row_of(photo.id) >= 0:
            self.photos_changed.emit(self._article_id)

    def _on_saver_failed(self, message: str) -> None:
        self.status_label.setText(translate("PhotoPanel", "Not saved: {message}").format(message=message))

    def _on_saver_state_changed(self, state: str) -> None:
        if self.saver.state != "editing":
            self.status_label.setText(state)

    def _on_importer_finished(self, result: PhotoImportResult) -> None:
        self.status_label.setText(result.summary())
        added = result.added
        if added and result.article_id is not None:
            if result.article_id == self._article_id:
                self.refresh(select=added[-1].id)
            self.photos_changed.emit(result.article_id)
            if result.batch.insert_in_body:
                self.insert_reference.emit(
                    "\n\n".join(photo_markdown(p.sha256, p.metadata.alt_text.strip()) for p in added)
                )
        report = result.error_report()
        if report is not None:
            alerts.show_error(self, *report)
        self.import_finished.emit(result)

    def _on_crop_dialog_applied(self, photo: Photo) -> None:
        self.model.update_photo(photo)
        self.form.refresh_photo(photo)
        if self._article_id is not None:
            self.photos_changed.emit(self._article_id)

    def _on_library_attached(self, photo_id: int) -> None:
        if self._article_id is not None:
            self._changed(select=photo_id)

    # -- helpers -----------------------------------------------------------------------------

    def _changed(self, select: int | None) -> None:
        self.refresh(select=select)
        if self._article_id is not None:
            self.photos_changed.emit(self._article_id)

    def _body_shows(self, photo: Photo) -> bool:
        body = self._body_source() if self._body_source is not None else ""
        return any(photo.sha256.startswith(ref.ref) for ref in find_photo_refs(body))

    def _is_featured(self, photo_id: int) -> bool:
        item = self.model.item(self.model.row_of(photo_id))
        return item is not None and item.featured

    def _guard(self, work: Callable[[], T]) -> T | bool | None:
        """Run a service call; a WorkstationError becomes a message. None when it failed."""
        try:
            result = work()
        except WorkstationError as exc:
            alerts.show_error(self, translate("PhotoPanel", "Photos"), str(exc))
            return None
        return True if result is None else result

    def _update_buttons(self) -> None:
        photo = self.selected_photo() if self.model.rowCount() else None
        ready = self._editable()
        self.add_button.setEnabled(ready)
        self.library_button.setEnabled(self._photos is not None and not self._read_only)
        featured = photo is not None and self._is_featured(photo.id)
        self.featured_button.setText(
            translate("PhotoPanel", "Unset featured")
            if featured
            else translate("PhotoPanel", "Set as featured")
        )
        self.featured_button.setAccessibleName(
            translate("PhotoPanel", "Unset featured photo")
            if featured
            else translate("PhotoPanel", "Set as featured photo")
        )
        self.context_actions[0].setText(self.featured_button.text())
        for button, action in zip(
            (self.featured_button, self.insert_button, self.crop_button, self.remove_button),
            self.context_actions,
            strict=True,
        ):
            button.setEnabled(ready and photo is not None)
            action.setEnabled(ready and photo is not None)

    def _index(self, row: int) -> QModelIndex:
        return self.model.index(row, 0)
