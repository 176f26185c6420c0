"""Find and replace, wired: the find bar under the open article's fields (its controller lives
in ui/articles), the photos' captions and alt text handed over from the Photos tab, and Edit ›
Replace in Selected Articles… with its undo offer in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from workstation.domain.article import Article
from workstation.domain.errors import WorkstationError
from workstation.domain.find import FindOptions
from workstation.domain.i18n import translate
from workstation.services.find_replace import ReplaceOutcome, ReplacePlan, UndoOutcome
from workstation.ui.articles.find_bar import FindBar
from workstation.ui.articles.find_controller import ArticleFindController
from workstation.ui.articles.find_targets import PhotoText
from workstation.ui.articles.replace_dialog import ReplaceArticlesDialog, ReplaceUndoOffer
from workstation.ui.common import alerts
from workstation.ui.photos import PhotoPanel
from workstation.ui.photos.saver import save_photo_fields

if TYPE_CHECKING:
    from workstation.ui.window.editing_area import EditingArea, WindowParts


class PhotoPanelTexts:
    """The Photos tab's captions and alt text for the find bar (ArticleFindController's
    PhotoTexts): as typed for the photo shown, as stored for the others; written through the
    calls the panel makes."""

    def __init__(self, panel: PhotoPanel, area: EditingArea) -> None:
        self._panel = panel
        self._area = area
        self._callback: Callable[[], None] | None = None

    def photo_texts(self) -> list[PhotoText]:
        panel = self._panel
        if panel.article_id is None or panel.article_id != self._area.editor.article_id:
            return []
        texts: list[PhotoText] = []
        for row in range(panel.model.rowCount()):
            photo = panel.model.photo(row)
            if photo is None:
                continue
            if panel.form.photo_id == photo.id:
                caption, alt = str(panel.form.value("caption")), str(panel.form.value("alt_text"))
            else:
                caption, alt = photo.metadata.caption, photo.metadata.alt_text
            texts.append(PhotoText(photo.id, photo.original_filename or photo.sha256[:12], caption, alt))
        return texts

    def _widget(self, field: str) -> QLineEdit | QPlainTextEdit:
        form = self._panel.form
        return form.caption_edit if field == "caption" else form.alt_edit

    def field_widget(self, photo_id: int, field: str) -> QLineEdit | QPlainTextEdit | None:
        return self._widget(field) if self._panel.form.photo_id == photo_id else None

    def reveal(self, photo_id: int, field: str) -> QLineEdit | QPlainTextEdit | None:
        panel = self._panel
        self._area.show_side_tab(panel)
        if not panel.select_photo(photo_id):
            return None
        widget = self._widget(field)
        panel.details_scroll.ensureWidgetVisible(widget)
        return widget

    def write(self, changes: dict[int, dict[str, str]]) -> bool:
        panel, photos = self._panel, self._area.workspace.photos
        panel.flush_now()
        try:
            for photo_id, fields in changes.items():
                panel.show_saved_photo(save_photo_fields(photos, photo_id, dict(fields)))
        except WorkstationError as exc:
            alerts.show_error(
                self._area.editor, translate("PhotoPanelTexts", "Photo captions not replaced"), str(exc)
            )
            return False
        return True

    def watch(self, callback: Callable[[], None] | None) -> None:
        form, panel = self._panel.form, self._panel
        signals = (form.caption_edit.textChanged, form.alt_edit.textChanged, panel.refreshed)
        if self._callback is not None:
            for signal in signals:
                signal.disconnect(self._on_changed)
        self._callback = callback
        if callback is not None:
            for signal in signals:
                signal.connect(self._on_changed)

    def _on_changed(self, *_args: object) -> None:
        if self._callback is not None:
            self._callback()


class _Host:
    """What the find bar asks of the editing area (FindHost)."""

    def __init__(self, area: EditingArea) -> None:
        self._area = area

    def save_now(self) -> bool:
        area = self._area
        return area.autosave.flush_now() and area.photo_panel.flush_now()

    def save_labelled(self, note: str) -> bool:
        return self._area.autosave.flush_labelled(note)

    def show_status(self, text: str, msecs: int = 0) -> None:
        self._area.show_status(text, msecs)


class FindWiring(QObject):
    def __init__(self, parts: WindowParts, area: EditingArea) -> None:
        super().__init__(parts.window)
        self._parts = parts
        self._area = area
        self.bar = FindBar()
        area.editor.add_bottom_bar(self.bar)
        self.controller = ArticleFindController(
            self.bar, area.editor, _Host(area), PhotoPanelTexts(area.photo_panel, area), self
        )
        self.undo_offer = ReplaceUndoOffer()
        parts.window.statusBar().addPermanentWidget(self.undo_offer)
        self.undo_offer.undo_requested.connect(self.undo_articles)
        self.dialog: ReplaceArticlesDialog | None = None
        self._outcome: ReplaceOutcome | None = None
        a = parts.actions
        a.find_in_article.triggered.connect(lambda: self.open(replace=False))
        a.replace_in_article.triggered.connect(lambda: self.open(replace=True))
        a.find_next.triggered.connect(self._on_find_next_triggered)
        a.find_previous.triggered.connect(self._on_find_previous_triggered)
        a.replace_in_articles.triggered.connect(self.open_articles_dialog)

    # -- in the open article -----------------------------------------------------------------

    def open(self, *, replace: bool) -> None:
        """Ctrl+F / Ctrl+H: the find bar for the open article; with none open, the list's search."""
        if self._area.editor.article_id is None or not self._area.editor.isVisible():
            self._parts.actions.find.trigger()
            return
        self.controller.open(replace=replace)

    def _on_find_next_triggered(self) -> None:
        if self._area.editor.article_id is not None:
            self.controller.find_next()

    def _on_find_previous_triggered(self) -> None:
        if self._area.editor.article_id is not None:
            self.controller.find_previous()

    def article_shown(self) -> None:
        self.controller.article_shown()

    # -- across the chosen articles ----------------------------------------------------------

    def _chosen_ids(self) -> list[int]:
        pane = self._parts.list_pane
        ids = pane.selected_ids()
        current = self._area.editor.article_id
        if not ids and current is not None:
            ids = [current]
        return ids

    def open_articles_dialog(self) -> ReplaceArticlesDialog | None:
        """Edit › Replace in Selected Articles…: window-modal, not blocking."""
        area, parts = self._area, self._parts
        ids = self._chosen_ids()
        if not ids:
            alerts.show_error(
                parts.window,
                translate("FindWiring", "Replace in Selected Articles"),
                translate(
                    "FindWiring",
                    "Select the articles to replace in (Ctrl+click or Shift+click in the list), then try "
                    "again.",
                ),
            )
            return None
        # The plan reads the store: what is typed in the open article and its photos goes in first.
        if not (area.flush_edits() and area.photo_panel.flush_now()):
            return None
        service = area.workspace.find_replace
        in_trash = parts.list_pane.model.query.trashed
        find_text = self.bar.find_edit.text() if self.bar.isVisible() else ""

        def plan(options: FindOptions, replacement: str) -> ReplacePlan:
            return service.plan(ids, options, replacement, include_trashed=in_trash)

        dialog = ReplaceArticlesDialog(
            len(ids), plan, service.apply, parts.tasks, parts.window, in_trash=in_trash, find_text=find_text
        )
        dialog.applied.connect(self._on_dialog_applied)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()  # the keyboard goes to it, with or without a window manager
        return dialog

    def _on_dialog_applied(self, outcome: ReplaceOutcome) -> None:
        self._outcome = outcome
        self._after_change(outcome.saved, outcome.article_ids, [p.photo_id for p in outcome.photos])
        if outcome.articles:
            self.undo_offer.offer(f"{outcome.summary}.")
            self._area.show_status("", 0)
        else:
            self._area.show_status(outcome.summary, 8000)

    def undo_articles(self) -> None:
        """The status bar's Undo: each article back as it was, off the GUI thread."""
        outcome = self._outcome
        if outcome is None:
            return
        area = self._area
        if not (area.flush_edits() and area.photo_panel.flush_now()):
            return
        self._outcome = None
        self.undo_offer.busy(translate("FindWiring", "Undoing…"))
        service = area.workspace.find_replace
        self._parts.tasks.run(
            lambda: service.undo(outcome),
            lambda undone: self._on_undone(outcome, undone),
            self._on_undo_failed,
        )

    def _on_undone(self, outcome: ReplaceOutcome, undone: UndoOutcome) -> None:
        if not shiboken6.isValid(self.undo_offer):
            return
        self.undo_offer.hide()
        self._after_change(undone.saved, list(undone.restored), [p.photo_id for p in outcome.photos])
        self._area.show_status(undone.summary, 10000)

    def _on_undo_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self.undo_offer):
            return
        self.undo_offer.hide()
        message = str(exc) if isinstance(exc, WorkstationError) else f"{type(exc).__name__}: {exc}"
        alerts.show_error(self._parts.window, translate("FindWiring", "Replacement not undone"), message)

    def _after_change(self, saved: tuple[Article, ...], article_ids: list[int], photo_ids: list[int]) -> None:
        """The list, the open article and its photos show what was written."""
        area = self._area
        self._parts.signals.articles_changed.emit(article_ids)
        current = area.editor.article_id
        for article in saved:
            if article.id == current:
                area.reload_article(article)
        panel = area.photo_panel
        if photo_ids and panel.article_id == current:
            photos = area.workspace.photos
            for photo_id in photo_ids:
                if panel.model.row_of(photo_id) >= 0:
                    panel.show_saved_photo(photos.get(photo_id))
