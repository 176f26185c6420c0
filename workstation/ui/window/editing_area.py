"""The editing area, built when the store opens: the editor and its autosave, and the side
panels that follow the open article (Preview, Photos, History, Outbox). It opens the article
chosen in the list in all of them, writes edits, and is the EditorHost the features ask."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QWidget,
)

from workstation import APP_NAME
from workstation.domain.article import Article, ArticleChanges, ArticleContent, ArticleSummary
from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.domain.taxonomy import SectionNode
from workstation.services.managed_config import ManagedConfig
from workstation.services.workspace import Workspace
from workstation.ui.articles.autosave import AutosaveController, SavedArticle
from workstation.ui.articles.counts_status import ArticleCounts, CountsStatus
from workstation.ui.articles.editor import ArticleEditorWidget
from workstation.ui.articles.list_pane import ArticleListPane
from workstation.ui.articles.outline_panel import OutlinePanel
from workstation.ui.articles.trash_banner import TrashBanner
from workstation.ui.articles.writing_view import WritingView
from workstation.ui.common import alerts
from workstation.ui.common.announce import Announcer
from workstation.ui.common.signals import AppSignals
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.history.panel import HistoryPanel
from workstation.ui.photos import PhotoPanel
from workstation.ui.photos.body import photo_mime_contents
from workstation.ui.preview.controller import PreviewController
from workstation.ui.preview.tab import PreviewTab
from workstation.ui.preview.zoom import FIT, format_zoom, parse_zoom
from workstation.ui.publishing import PublishingController
from workstation.ui.window.actions import WindowActions
from workstation.ui.window.edit_undo import EditUndo, focused_text_widget
from workstation.ui.window.find_wiring import FindWiring
from workstation.ui.window.preferences import Preferences
from workstation.ui.window.spelling_wiring import SpellingWiring

T = TypeVar("T")


@dataclass(frozen=True)
class WindowParts:
    """What the main window builds before the store opens and shares with what comes after."""

    window: QMainWindow
    actions: WindowActions
    signals: AppSignals
    tasks: TaskRunner
    settings: QSettings
    managed: ManagedConfig
    list_pane: ArticleListPane
    editor_pages: QStackedWidget
    no_selection: QWidget
    side_tabs: QTabWidget
    word_count_label: QLabel
    save_state_label: QLabel
    announcer: Announcer


def guarded(parent: QWidget, work: Callable[[], T]) -> T | None:
    """Run a service call; a WorkstationError becomes a message, never a crash."""
    try:
        return work()
    except WorkstationError as exc:
        alerts.show_error(parent, APP_NAME, str(exc))
        return None


class EditingArea(QObject):
    def __init__(self, parts: WindowParts, workspace: Workspace) -> None:
        super().__init__(parts.window)
        self._parts = parts
        self.workspace = workspace
        tasks = parts.tasks
        self.editor = ArticleEditorWidget()
        editor = self.editor
        self.writing = WritingView(editor, editor.headline_edit, editor.standfirst_edit, editor.body_edit)
        self.autosave = AutosaveController(self._save_changes, self.editor.value, self)
        self.history_panel = HistoryPanel(tasks=tasks)
        self.preview_tab = PreviewTab()
        self.preview = PreviewController(self, self.editor.body_edit, self.preview_tab, tasks, self)
        self.photo_panel = PhotoPanel(tasks=tasks)
        self.outline_panel = OutlinePanel(self.editor.body_edit)
        self.publishing = PublishingController(
            self,
            parts.window,
            tasks=tasks,
            signals=parts.signals,
            settings=parts.settings,
            actions=parts.actions,
        )
        parts.editor_pages.addWidget(self.editor)
        for page, title in (
            (self.preview_tab, translate("EditingArea", "Preview")),
            (self.outline_panel, translate("EditingArea", "Outline")),
            (self.photo_panel, translate("EditingArea", "Photos")),
            (self.history_panel, translate("EditingArea", "History")),
            (self.publishing.panel, translate("EditingArea", "Outbox")),
        ):
            parts.side_tabs.addTab(page, title)
        # Tab follows the screen: the side panel (made with the window) after the editor, and
        # its tab bar's scroll arrows no stops of their own (the arrow keys switch tabs).
        QWidget.setTabOrder(self.editor.body_edit, parts.side_tabs)
        for arrow in parts.side_tabs.tabBar().findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editor.add_top_bar(self.publishing.bar)
        self.trash_banner = TrashBanner()
        self.editor.add_top_bar(self.trash_banner)  # above the publication bar
        self.edit_undo = EditUndo(parts.actions, self.editor, self)
        self.formatting = parts.actions.format.attach(self.editor, parts.settings, parts.window)
        parts.window.statusBar().addWidget(self.publishing.notice)
        self.counts_status = CountsStatus(parts.word_count_label, parts.window)
        self._add_after_word_count(self.counts_status.widgets())
        self._wire()
        self.find = FindWiring(parts, self)  # the find bar and Replace in Selected Articles
        self.spelling = SpellingWiring(parts, self)  # underlines, suggestions, the Spelling tab
        # A caption and an alt text are the article's text too: typed in its language.
        form = self.photo_panel.form
        for field in (form.caption_edit, form.alt_edit):
            self.editor.typing.watch(field)
        self.history_panel.set_service(workspace.articles, workspace.photos)
        self.photo_panel.set_service(workspace.photos)
        self.publishing.attach(workspace, parts.managed.destinations)

    def _wire(self) -> None:
        parts, editor, body = self._parts, self.editor, self.editor.body_edit
        self.publishing.install()
        # Photos: the Photos tab, or dropped and pasted on the body (a reference goes in there).
        self.photo_panel.set_body_source(body.markdown)
        self.photo_panel.insert_reference.connect(body.photo_chips.insert_block)
        self.photo_panel.photos_changed.connect(self._on_photo_panel_photos_changed)
        # The body shows its photos as thumbnails with their captions, as the Photos tab has them.
        chips, thumbnails = body.photo_chips, self.photo_panel.thumbnails
        chips.set_thumbnails(thumbnails)
        thumbnails.ready.connect(chips.thumbnail_changed)
        thumbnails.failed.connect(chips.thumbnail_changed)
        self.photo_panel.refreshed.connect(self._on_photo_panel_refreshed)
        self.photo_panel.metadata_saved.connect(chips.update_photo)
        chips.activated.connect(self._on_body_photo_activated)
        body.photo_extractor = photo_mime_contents
        body.files_dropped.connect(lambda paths: self.photo_panel.import_paths(paths, insert_in_body=True))
        body.image_dropped.connect(lambda image: self.photo_panel.import_image(image, insert_in_body=True))
        self.preview_tab.field_activated.connect(self.go_to_field)
        self.preview_tab.set_width_preset(
            str(parts.settings.value("preview/width", self.preview_tab.width_preset))
        )
        self.preview_tab.width_preset_changed.connect(
            lambda name: parts.settings.setValue("preview/width", name)
        )
        self._remember_preview_window(parts.settings)
        self.preview_tab.detached_changed.connect(parts.actions.preview_window.setChecked)
        parts.list_pane.before_query = self.autosave.flush_now
        parts.list_pane.model.set_state_source(self.workspace.outbox.article_states)
        self.publishing.states_changed.connect(parts.list_pane.refresh_states)
        parts.list_pane.current_article_changed.connect(self._on_list_pane_current_article_changed)
        editor.field_changed.connect(self.autosave.mark)
        editor.field_changed.connect(self.preview.on_editor_field_changed)
        editor.counts_changed.connect(self._on_editor_counts_changed)
        self.counts_status.target_chosen.connect(editor.set_word_target)
        self.autosave.state_changed.connect(self._on_autosave_state_changed)
        self.autosave.saved.connect(self._on_autosave_saved)
        self.autosave.failed.connect(self._on_autosave_failed)
        self.history_panel.restored.connect(self._on_history_panel_restored)
        # A restore replaces the text: write pending keystrokes first, so they become a revision.
        self.history_panel.about_to_restore.connect(lambda _id: self.autosave.flush_now())
        a = parts.actions
        a.add_photos.triggered.connect(self._on_add_photos_triggered)
        a.photo_library.triggered.connect(self._on_photo_library_triggered)
        # The Edit menu's clipboard items act on the focused field; a paste's report is shown.
        a.cut.triggered.connect(lambda: self._on_clipboard_triggered("cut"))
        a.copy.triggered.connect(lambda: self._on_clipboard_triggered("copy"))
        a.paste.triggered.connect(lambda: self._on_clipboard_triggered("paste"))
        a.paste_plain.triggered.connect(self._on_paste_plain_triggered)
        body.paste_reported.connect(lambda text: self.show_status(text, 10000))
        a.show_preview.triggered.connect(self.toggle_preview)
        a.word_target.triggered.connect(self.counts_status.open_popup)
        a.preview_window.toggled.connect(self._on_preview_window_toggled)
        a.publish.triggered.connect(self.publishing.open_publish)
        a.destinations.triggered.connect(self.publishing.open_destinations)
        a.pull.triggered.connect(self.publishing.open_pull)
        a.open_in_browser.triggered.connect(self.publishing.open_current_in_browser)
        a.unpublish.triggered.connect(lambda: self.publishing.withdraw(trash=False))
        a.trash_on_site.triggered.connect(lambda: self.publishing.withdraw(trash=True))
        a.show_outbox.triggered.connect(self.publishing.show_outbox)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    # -- preferences -------------------------------------------------------------------------

    def apply_preferences(self, prefs: Preferences) -> None:
        self.editor.set_body_font(prefs.body_font())
        # What is typed follows the site's house style too: a site that prints straight quotes
        # must not get curly ones stored in its bodies (the page cannot take them back).
        self.editor.typing.rules = prefs.typing_rules().both(self.workspace.house_style.style().typography)
        self.autosave.set_interval(prefs.autosave_ms)
        self._apply_template(prefs.template_dir)

    def _apply_template(self, template_dir: str) -> None:
        """Preview and export with the page template of the preferences (or the default)."""
        rendering = self.workspace.rendering
        try:
            rendering.use_template(Path(template_dir) if template_dir else None)
        except WorkstationError as exc:
            message = translate("EditingArea", "{exc}\nThe default template is used instead.").format(exc=exc)
            alerts.show_error(self._parts.window, translate("EditingArea", "Page template not used"), message)
            rendering.use_template(None)
        self.preview.attach(self.workspace)

    # -- the open article --------------------------------------------------------------------

    def _on_list_pane_current_article_changed(self, article_id: int | None) -> None:
        if article_id != self.editor.article_id:
            self.show_article(article_id)

    def show_article(self, article_id: int | None) -> None:
        parts = self._parts
        previous = self.editor.article_id
        if not self.autosave.set_article(None):
            # The previous article's edits could not be written: stay on it, keep them.
            if previous is not None:
                parts.list_pane.select_article(previous, quiet=True)
            return
        if article_id is None:
            self._set_read_only(False)
            self.editor.clear()
            parts.editor_pages.setCurrentWidget(parts.no_selection)
            self.history_panel.show_article(None, None)
            self.preview.show_article(None)
            self.photo_panel.show_article(None)
            self.publishing.show_article(None)
            self.counts_status.clear()
            return
        articles = self.workspace.articles
        article = guarded(parts.window, lambda: articles.get(article_id))
        if article is None:
            return
        self.editor.body_edit.photo_chips.set_photos(None)  # until the Photos tab has read them
        self._set_read_only(article.is_trashed)
        self.editor.load(article)
        self.outline_panel.refresh()
        self.find.article_shown()
        # A trashed article is shown, never written: no autosave, so no revision either.
        self.autosave.set_article(None if article.is_trashed or self.workspace.read_only else article.id)
        parts.editor_pages.setCurrentWidget(self.editor)
        self.history_panel.show_article(article.id, article.content)
        self.preview.show_article(article.id)
        self.photo_panel.show_article(article.id)
        self.publishing.show_article(article.id)
        parts.save_state_label.setText("")

    def _set_read_only(self, read_only: bool) -> None:
        """An article in the Trash: every field, its photos and its history read-only, under the
        "In the Trash" banner (whose Restore makes it editable again)."""
        self.trash_banner.setVisible(read_only)
        read_only = read_only or self.workspace.read_only  # a read-only store: the window's banner says so
        self.editor.set_read_only(read_only)
        self.photo_panel.set_read_only(read_only)
        self.history_panel.set_read_only(read_only)
        self.formatting.update_enabled()

    def _save_changes(self, article_id: int, changes: ArticleChanges, note: str = "") -> SavedArticle:
        # On the writer thread.
        articles = self.workspace.articles
        article = (
            articles.update(article_id, changes, note=note) if note else articles.update(article_id, changes)
        )
        return SavedArticle(article, ArticleSummary.of(article))

    def _on_autosave_saved(self, saved: SavedArticle) -> None:
        # Update the row in place: reloading a filtered list of 100,000 on every autosave
        # would stall typing, and the row should not jump while it is being edited.
        article = saved.article
        self._parts.list_pane.model.update_summary(saved.summary)
        # Its marker (edited here) read now: a state read with the write could be older than
        # one the outbox has shown since (a publish sent meanwhile).
        self._parts.list_pane.model.refresh_states([article.id])
        if article.id == self.editor.article_id:
            self.history_panel.show_article(article.id, article.content)
            self.preview.article_saved(article)
            self.publishing.article_saved(article)  # edited here since it was sent

    def _on_autosave_state_changed(self, text: str) -> None:
        self._parts.save_state_label.setText(text)
        # A save is said once a minute at most while typing; the first after a failure at once
        # (the failure itself is said with its reason, in the status bar).
        if self.autosave.state == "saved":
            self._parts.announcer.say_now_and_then("save", text)
        elif self.autosave.state == "not saved":
            self._parts.announcer.forget("save")

    def _on_autosave_failed(self, message: str) -> None:
        self.show_status(
            translate("EditingArea", "Not saved: {message}. Your text is kept; retrying.").format(
                message=message
            ),
            10000,
        )

    def reload_article(self, article: Article) -> None:
        """The store's copy changed from outside the editor (the site's version taken, a pull)."""
        if article.id == self.editor.article_id:
            self.editor.load(article)
            self.history_panel.show_article(article.id, article.content)
            self.preview.article_saved(article)

    def _on_history_panel_restored(self, article: Article) -> None:
        self.editor.load(article)
        self._parts.signals.articles_changed.emit([article.id])

    def set_taxonomy(self, sections: list[SectionNode], tags: list[str]) -> None:
        self.editor.set_sections(sections)
        self.editor.set_known_tags(tags)
        self.history_panel.set_section_names({n.section.id: n.path_text for n in sections})
        self.preview.set_sections(sections)

    def _on_editor_counts_changed(self, counts: ArticleCounts) -> None:
        if self.editor.article_id is not None:
            self.counts_status.show_counts(counts)

    def _add_after_word_count(self, widgets: list[QWidget]) -> None:
        """Between the word count and the save state (the bar has no insert-after)."""
        bar, save_state = self._parts.window.statusBar(), self._parts.save_state_label
        bar.removeWidget(save_state)
        for widget in [*widgets, save_state]:
            bar.addPermanentWidget(widget)
        save_state.show()

    def _on_app_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Leaving the editor (to the list, a dialog, another app) saves at once. The focus also
        # moves while the window is being deleted, the editor with it.
        if old is None or not shiboken6.isValid(self.editor) or not self.editor.isAncestorOf(old):
            return
        if not (new and self.editor.isAncestorOf(new)):
            self.autosave.flush()

    # -- side panels -------------------------------------------------------------------------

    def show_preview_tab(self) -> None:
        self.show_side_tab(self.preview_tab)

    def toggle_preview(self) -> None:
        tabs = self._parts.side_tabs
        if self.preview_tab.detached:
            self.preview_tab.raise_window()
        elif tabs.isVisible() and tabs.currentWidget() is self.preview_tab:
            self._parts.actions.show_side.setChecked(False)
        else:
            self.show_preview_tab()

    def _remember_preview_window(self, settings: QSettings) -> None:
        """The preview's zoom and its window's place, from one session to the next."""
        tab = self.preview_tab
        tab.set_zoom(parse_zoom(settings.value("preview/zoom", FIT)))
        tab.zoom_changed.connect(lambda zoom: settings.setValue("preview/zoom", format_zoom(zoom)))
        geometry = settings.value("preview/window_geometry")
        tab.window_geometry = geometry if isinstance(geometry, QByteArray) else None
        tab.window_geometry_changed.connect(lambda value: settings.setValue("preview/window_geometry", value))

    def _on_preview_window_toggled(self, on: bool) -> None:
        if on:
            self.preview_tab.detach()
        else:
            self.preview_tab.attach()

    def _show_photos_tab(self) -> bool:
        if self.editor.article_id is None:
            return False
        self.show_side_tab(self.photo_panel)
        return True

    def _on_add_photos_triggered(self) -> None:
        if self._show_photos_tab():
            self.photo_panel.add_photos()

    def _on_photo_library_triggered(self) -> None:
        if self._show_photos_tab():
            self.photo_panel.open_library()

    def _on_photo_panel_refreshed(self, article_id: int) -> None:
        if article_id == self.editor.article_id:
            model = self.photo_panel.model
            photos = (model.photo(row) for row in range(model.rowCount()))
            self.editor.body_edit.photo_chips.set_photos(photo for photo in photos if photo is not None)

    def _on_body_photo_activated(self, ref: str) -> None:
        """A double-click on a photo in the body: that photo's fields in the Photos tab."""
        if not self._show_photos_tab():
            return
        panel = self.photo_panel
        for row in range(panel.model.rowCount()):
            photo = panel.model.photo(row)
            if photo is not None and photo.sha256.startswith(ref):
                panel.select_photo(photo.id)
                panel.form.caption_edit.setFocus()
                return
        self.show_status(
            translate(
                "EditingArea",
                "This photo is not attached to the article: attach it from the library (Photos tab, "
                "Library…).",
            ),
            10000,
        )

    def _on_photo_panel_photos_changed(self, article_id: int) -> None:
        if article_id == self.editor.article_id:
            self.preview.refresh_base()  # the featured photo, captions and credits on the page
            self.preview.check_now()

    # -- the clipboard -----------------------------------------------------------------------

    def _on_clipboard_triggered(self, name: str) -> None:
        text = focused_text_widget()
        if text is not None:
            getattr(text, name)()

    def _on_paste_plain_triggered(self) -> None:
        text = focused_text_widget()
        if text is self.editor.body_edit:
            self.editor.body_edit.paste_plain_text()
        elif text is not None:
            text.paste()  # the other fields hold plain text only

    # -- quitting ----------------------------------------------------------------------------

    def shutdown(self) -> None:
        self.publishing.shutdown()  # the job being sent goes back to the queue
        self.autosave.shutdown()
        self.photo_panel.shutdown()
        self.preview_tab.release()
        self.spelling.shutdown()

    # -- EditorHost --------------------------------------------------------------------------

    def current_article_id(self) -> int | None:
        return self.editor.article_id

    def editor_content(self) -> ArticleContent:
        return self.editor.content()

    def flush_edits(self) -> bool:
        return self.autosave.flush_now()

    def has_unsaved_edits(self) -> bool:
        return self.autosave.has_pending

    def show_status(self, text: str, msecs: int = 0) -> None:
        self._parts.window.statusBar().showMessage(text, msecs)

    def select_article(self, article_id: int) -> None:
        self._parts.list_pane.select_article(article_id)

    def article_changed_elsewhere(self, article: Article, *, text_changed: bool) -> bool:
        self._parts.list_pane.model.update_summary(ArticleSummary.of(article))
        if article.id != self.editor.article_id:
            return False
        if text_changed:
            if self.autosave.has_pending:
                return False  # never drop typing; the History tab has the site's revision
            self.reload_article(article)
        else:  # the site's dates (a publish never changes the workflow status)
            self.preview.article_saved(article)
        return True

    def go_to_field(self, field: str) -> None:
        if field.startswith("photo"):
            self._show_photos_tab()
            return
        editor = self.editor
        widgets: dict[str, QWidget] = {
            "headline": editor.headline_edit,
            "standfirst": editor.standfirst_edit,
            "body": editor.body_edit,
            "section": editor.section_picker,
            "byline": editor.byline_edit,
            "tags": editor.tag_editor.input,
        }
        widget = widgets.get(field.split(".")[0])
        if widget is not None:
            widget.setFocus()

    def show_side_tab(self, page: QWidget) -> None:
        self._parts.actions.show_side.setChecked(True)
        self._parts.side_tabs.setCurrentWidget(page)

    def set_side_tab_label(self, page: QWidget, text: str, tooltip: str) -> None:
        tabs = self._parts.side_tabs
        index = tabs.indexOf(page)
        if index >= 0:
            tabs.setTabText(index, text)
            tabs.setTabToolTip(index, tooltip)
