"""The main window: layout and signal wiring only; the work is in services and widgets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from workstation import APP_NAME
from workstation.domain.article import Article, ArticleContent, ArticleSummary
from workstation.domain.errors import WorkstationError
from workstation.services.managed_config import ManagedConfig
from workstation.ui.articles.list_model import ArticleListModel
from workstation.ui.articles.list_pane import ArticleListPane
from workstation.ui.common import alerts
from workstation.ui.common.signals import AppSignals
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.window.actions import WindowActions
from workstation.ui.window.empty_state import EmptyStateWidget
from workstation.ui.window.file_commands import FileCommandsWindow
from workstation.ui.window.preferences import Preferences, load_preferences, save_preferences

if TYPE_CHECKING:
    from workstation.services.workspace import Workspace
    from workstation.ui.articles.autosave import AutosaveController
    from workstation.ui.articles.editor import ArticleEditorWidget
    from workstation.ui.history.panel import HistoryPanel
    from workstation.ui.photos import PhotoPanel
    from workstation.ui.preview.controller import PreviewController
    from workstation.ui.preview.tab import PreviewTab
    from workstation.ui.publishing import PublishingController

SETTINGS_FILE = "settings.ini"
PAGE_LOADING, PAGE_EMPTY, PAGE_ARTICLES = range(3)
T = TypeVar("T")


class MainWindow(FileCommandsWindow):
    def __init__(
        self, data_dir: Path, parent: QWidget | None = None, managed: ManagedConfig | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 480)
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.signals = AppSignals(self)
        self.tasks = TaskRunner(self)
        self.settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
        self.managed = managed or ManagedConfig(path=None)  # the organisation's presets and locks
        self.prefs = load_preferences(self.settings, self.managed)
        self._writing_mode_restore: tuple[bool, bool, bool] | None = None

        self.list_model = ArticleListModel(parent=self)
        self.list_pane = ArticleListPane(self.list_model)
        self.commands = WindowActions(self)
        self._build_central()
        self._build_status_bar()
        self.commands.build_menus()
        self._wire()
        self._set_workspace_actions_enabled(False)
        self._restore_window_state()
        # The editor and the side panel are built with the store (build_editing_area), after
        # the first paint: the window shows the article list sooner.
        self.editor: ArticleEditorWidget
        self.autosave: AutosaveController
        self.history_panel: HistoryPanel
        self.preview_tab: PreviewTab
        self.preview: PreviewController
        self.photo_panel: PhotoPanel
        self.publishing: PublishingController
        self._editing_ready = False
        self._total: int | None = None  # articles outside the trash, counted when they change

    # -- construction ------------------------------------------------------------------------

    def _build_central(self) -> None:
        loading = QLabel("Opening the store…")
        loading.setObjectName("loadingLabel")
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state = EmptyStateWidget()
        self.no_selection = QLabel("Select an article in the list, or press Ctrl+N for a new one.")
        self.no_selection.setObjectName("noSelectionLabel")
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_pages = QStackedWidget()
        self.editor_pages.setObjectName("editorPages")
        self.editor_pages.addWidget(self.no_selection)
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setAccessibleName("Side panel")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for widget in (self.list_pane, self.editor_pages, self.side_tabs):
            self.splitter.addWidget(widget)
        for index, stretch in enumerate((4, 6, 3)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setCollapsible(1, False)

        self.pages = QStackedWidget()
        self.pages.setObjectName("mainPages")
        for page in (loading, self.empty_state, self.splitter):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.count_label.setObjectName("articleCountLabel")
        self.word_count_label = QLabel()
        self.word_count_label.setObjectName("wordCountLabel")
        self.word_count_label.setAccessibleName("Words, characters and reading time")
        self.save_state_label = QLabel()
        self.save_state_label.setObjectName("saveStateLabel")
        self.save_state_label.setAccessibleName("Save state")
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.word_count_label)
        self.statusBar().addPermanentWidget(self.save_state_label)

    def _wire(self) -> None:
        a = self.commands
        a.new.triggered.connect(self.new_article)
        a.open_sample.triggered.connect(self.open_sample)
        a.import_markdown.triggered.connect(self.import_markdown)
        a.export_markdown.triggered.connect(self.export_markdown)
        a.export_html.triggered.connect(self.export_html)
        a.export_pdf.triggered.connect(self.export_pdf)
        a.show_preview.triggered.connect(self.toggle_preview)
        a.add_photos.triggered.connect(self._on_add_photos_triggered)
        a.photo_library.triggered.connect(self._on_photo_library_triggered)
        a.checkpoint.triggered.connect(self.checkpoint)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self._on_undo_triggered)
        a.redo.triggered.connect(self._on_redo_triggered)
        a.find.triggered.connect(self._on_find_triggered)
        a.duplicate.triggered.connect(self.duplicate_selected)
        a.trash.triggered.connect(self.trash_selected)
        a.restore.triggered.connect(self.restore_selected)
        a.taxonomy.triggered.connect(self.open_taxonomy_manager)
        a.preferences.triggered.connect(self.open_preferences)
        a.show_list.toggled.connect(self.list_pane.setVisible)
        a.show_side.toggled.connect(self.side_tabs.setVisible)
        a.show_trash.toggled.connect(self.list_pane.trash_toggle.setChecked)
        a.writing_mode.toggled.connect(self.set_writing_mode)
        a.about.triggered.connect(self._on_about_triggered)
        a.trash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.list_pane.table.addAction(a.trash)
        self.removeAction(a.trash)
        self._leave_writing = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._leave_writing.setEnabled(False)
        self._leave_writing.activated.connect(lambda: a.writing_mode.setChecked(False))

        self.empty_state.new_requested.connect(self.new_article)
        self.empty_state.sample_requested.connect(self.open_sample)
        self.empty_state.import_requested.connect(self.import_markdown)
        self.list_pane.current_article_changed.connect(self._on_list_pane_current_article_changed)
        self.list_pane.query_changed.connect(self._on_list_pane_query_changed)
        self.list_pane.trash_toggle.toggled.connect(a.show_trash.setChecked)
        self.signals.articles_changed.connect(self._on_signals_articles_changed)
        self.signals.taxonomy_changed.connect(self._on_signals_taxonomy_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    def build_editing_area(self) -> None:
        """Build the editor, autosave and the History tab (once)."""
        if self._editing_ready:
            return
        from workstation.ui.articles.autosave import AutosaveController
        from workstation.ui.articles.editor import ArticleEditorWidget
        from workstation.ui.history.panel import HistoryPanel
        from workstation.ui.photos import PhotoPanel, insert_reference_block
        from workstation.ui.photos.body import photo_mime_contents
        from workstation.ui.preview.controller import PreviewController
        from workstation.ui.preview.tab import PreviewTab
        from workstation.ui.publishing import PublishingController

        self.editor = ArticleEditorWidget()
        self.autosave = AutosaveController(self._save_changes, self.editor.value, self)
        self.history_panel = HistoryPanel(tasks=self.tasks)
        self.preview_tab = PreviewTab()
        self.preview = PreviewController(self.editor, self.preview_tab, self.tasks, self)
        self.editor_pages.addWidget(self.editor)
        self.photo_panel = PhotoPanel(tasks=self.tasks)
        self.side_tabs.addTab(self.preview_tab, "Preview")
        self.side_tabs.addTab(self.photo_panel, "Photos")
        self.side_tabs.addTab(self.history_panel, "History")
        self.publishing = PublishingController(self)
        self.publishing.install()  # the Outbox tab, the publication bar, the Publish menu
        # Photos: the Photos tab, or dropped and pasted on the body (a reference goes in there).
        body = self.editor.body_edit
        self.photo_panel.set_body_source(body.toPlainText)
        self.photo_panel.insert_reference.connect(lambda markdown: insert_reference_block(body, markdown))
        self.photo_panel.photos_changed.connect(self._on_photo_panel_photos_changed)
        body.photo_extractor = photo_mime_contents
        body.files_dropped.connect(lambda paths: self.photo_panel.import_paths(paths, insert_in_body=True))
        body.image_dropped.connect(lambda image: self.photo_panel.import_image(image, insert_in_body=True))
        self.preview_tab.field_activated.connect(self.go_to_field)
        self.preview_tab.pdf_done.connect(self._on_preview_tab_pdf_done)
        self.preview_tab.set_width_preset(
            str(self.settings.value("preview/width", self.preview_tab.width_preset))
        )
        self.preview_tab.width_preset_changed.connect(
            lambda name: self.settings.setValue("preview/width", name)
        )
        self.list_pane.before_query = self.autosave.flush_now
        self.editor.field_changed.connect(self.autosave.mark)
        self.editor.counts_changed.connect(self._on_editor_counts_changed)
        self.editor.undo_stack.undoTextChanged.connect(self._on_undo_stack_undo_text_changed)
        self.editor.undo_stack.redoTextChanged.connect(self._on_undo_stack_redo_text_changed)
        self.autosave.state_changed.connect(self.save_state_label.setText)
        self.autosave.saved.connect(self._on_autosave_saved)
        self.autosave.failed.connect(self._on_autosave_failed)
        self.history_panel.restored.connect(self._on_history_panel_restored)
        # A restore replaces the text: write pending keystrokes first, so they become a revision.
        self.history_panel.about_to_restore.connect(lambda _id: self.autosave.flush_now())
        self._editing_ready = True
        self.apply_preferences(self.prefs)

    # -- the store ---------------------------------------------------------------------------

    def show_first_page(self, rows: list[ArticleSummary], total: int) -> None:
        """Show the list read at start-up while the store opens (see store.first_page)."""
        self.list_model.show_rows(rows)
        self.pages.setCurrentIndex(PAGE_ARTICLES if total else PAGE_EMPTY)
        noun = "article" if total == 1 else "articles"
        self.count_label.setText(f"{total:,} {noun}")

    def attach_workspace(self, workspace: Workspace) -> None:
        self.build_editing_area()
        self.workspace = workspace
        self._apply_template()
        self.history_panel.set_service(workspace.articles)
        self.photo_panel.set_service(workspace.photos)
        self.publishing.attach(workspace)
        self.list_model.set_service(workspace.articles)
        self._on_signals_taxonomy_changed()
        self._set_workspace_actions_enabled(True)
        self._show_right_page(recount=True)
        if self.list_model.rowCount() and self.pages.currentIndex() == PAGE_ARTICLES:
            self.list_pane.table.setFocus()

    def _set_workspace_actions_enabled(self, enabled: bool) -> None:
        for action in self.commands.workspace_actions():
            action.setEnabled(enabled)
        self.empty_state.setEnabled(enabled)
        self._update_trash_actions()

    def _show_right_page(self, *, recount: bool = False) -> None:
        if self.workspace is None:
            return
        query = self.list_model.query
        if recount or self._total is None:
            self._total = self.workspace.articles.count()
        total = self._total
        self.pages.setCurrentIndex(PAGE_ARTICLES if total or query.is_filtered else PAGE_EMPTY)
        noun = "article" if total == 1 else "articles"
        if query.trashed:
            self.count_label.setText(f"Trash: {self.list_model.rowCount():,} shown")
        elif query.is_filtered:
            more = "+" if self.list_model.canFetchMore() else ""
            self.count_label.setText(f"{self.list_model.rowCount():,}{more} of {total:,} {noun} match")
        else:
            self.count_label.setText(f"{total:,} {noun}")

    # -- commands ----------------------------------------------------------------------------

    def new_article(self) -> None:
        workspace = self.workspace
        if workspace is None or not self.autosave.flush_now():
            return
        content = ArticleContent(byline=self.prefs.new_article_byline(), language=self.prefs.default_language)
        article = self._guard(lambda: workspace.articles.create(content))
        if article is not None:
            self._leave_trash_view()
            self.signals.articles_changed.emit([article.id])
            self.select_article(article.id)
            self.editor.headline_edit.setFocus()

    def toggle_preview(self) -> None:
        if self.side_tabs.isVisible() and self.side_tabs.currentWidget() is self.preview_tab:
            self.commands.show_side.setChecked(False)
        else:
            self.show_preview_tab()

    def go_to_field(self, field: str) -> None:
        """Put the cursor in the field a publishing check names."""
        if not self._editing_ready:
            return
        widgets = {
            "headline": self.editor.headline_edit,
            "standfirst": self.editor.standfirst_edit,
            "body": self.editor.body_edit,
            "section": self.editor.section_picker,
            "byline": self.editor.byline_edit,
            "tags": self.editor.tag_editor.input,
        }
        if field.startswith("photo"):
            self._show_photos_tab()
            return
        widget = widgets.get(field.split(".")[0])
        if widget is not None:
            widget.setFocus()

    def checkpoint(self) -> None:
        current = self._open_article_saved()
        if current is None:
            return
        workspace, article_id = current
        if self._guard(lambda: workspace.articles.checkpoint(article_id)) is not None:
            self.statusBar().showMessage("Checkpoint saved.", 4000)
            self.history_panel.refresh()

    def duplicate_selected(self) -> None:
        ids = self.list_pane.selected_ids()
        workspace = self.workspace
        if workspace is None or not ids or not self.autosave.flush_now():
            return
        copy = self._guard(lambda: workspace.articles.duplicate(ids[0]))
        if copy is not None:
            self._leave_trash_view()
            self.signals.articles_changed.emit([copy.id])
            self.select_article(copy.id)

    def trash_selected(self) -> None:
        ids = self.list_pane.selected_ids()
        workspace = self.workspace
        if workspace is None or not ids or self.list_model.query.trashed or not self.autosave.flush_now():
            return
        if self._guard(lambda: workspace.articles.trash(ids)) is None and not self._exists(ids[0]):
            return
        if self.editor.article_id in ids:
            self._show_article(None)
        self.signals.articles_changed.emit(ids)
        self.statusBar().showMessage(f"Moved {len(ids)} article(s) to the trash.", 6000)

    def restore_selected(self) -> None:
        ids = self.list_pane.selected_ids()
        workspace = self.workspace
        if workspace is None or not ids or not self.list_model.query.trashed:
            return
        self._guard(lambda: workspace.articles.restore(ids))
        self.signals.articles_changed.emit(ids)
        self.statusBar().showMessage(f"Restored {len(ids)} article(s).", 6000)

    def _exists(self, article_id: int) -> bool:
        return self.workspace is not None and self.list_model.row_of(article_id) >= 0

    def open_taxonomy_manager(self) -> None:
        if self.workspace is None:
            return
        from workstation.ui.taxonomy.dialog import TaxonomyDialog

        dialog = TaxonomyDialog(self.workspace.taxonomy, self)
        dialog.changed.connect(self.signals.taxonomy_changed.emit)
        dialog.changed.connect(lambda: self.signals.articles_changed.emit([]))
        dialog.exec()
        dialog.deleteLater()

    def open_preferences(self) -> None:
        from workstation.ui.window.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self, locked=self.managed.locked)
        if dialog.exec():
            self.apply_preferences(dialog.preferences())
            save_preferences(self.settings, self.prefs, self.managed)
        dialog.deleteLater()

    def apply_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs
        if not self._editing_ready:
            return
        self.editor.set_body_font(prefs.body_font())
        self.autosave.set_interval(prefs.autosave_ms)
        self._apply_template()

    def _apply_template(self) -> None:
        """Preview and export with the page template of the preferences (or the default)."""
        workspace = self.workspace
        if workspace is None:
            return
        folder = Path(self.prefs.template_dir) if self.prefs.template_dir else None
        try:
            workspace.rendering.use_template(folder)
        except WorkstationError as exc:
            alerts.show_error(self, "Page template not used", f"{exc}\nThe default template is used instead.")
            workspace.rendering.use_template(None)
        self.preview.attach(workspace)

    def set_writing_mode(self, on: bool) -> None:
        """Full-screen writing: only the editor, until F11 or Esc."""
        if on and self._writing_mode_restore is None:
            self._writing_mode_restore = (
                self.commands.show_list.isChecked(),
                self.commands.show_side.isChecked(),
                self.isMaximized(),
            )
            self.list_pane.hide()
            self.side_tabs.hide()
            self.menuBar().hide()
            self.showFullScreen()
            if self._editing_ready:
                self.editor.body_edit.setFocus()
        elif not on and self._writing_mode_restore is not None:
            list_visible, side_visible, maximized = self._writing_mode_restore
            self._writing_mode_restore = None
            self.list_pane.setVisible(list_visible)
            self.side_tabs.setVisible(side_visible)
            self.menuBar().show()
            self.showMaximized() if maximized else self.showNormal()
        self._leave_writing.setEnabled(on)

    # -- list and editor ---------------------------------------------------------------------

    def _on_list_pane_current_article_changed(self, article_id: int | None) -> None:
        if self._editing_ready and article_id != self.editor.article_id:
            self._show_article(article_id)

    def _show_article(self, article_id: int | None) -> None:
        previous = self.editor.article_id
        if not self.autosave.set_article(None):
            # The previous article's edits could not be written: stay on it, keep them.
            if previous is not None:
                self.list_pane.select_article(previous, quiet=True)
            return
        workspace = self.workspace
        if article_id is None or workspace is None:
            self.editor.clear()
            self.editor_pages.setCurrentWidget(self.no_selection)
            self.history_panel.show_article(None, None)
            self.preview.show_article(None)
            self.photo_panel.show_article(None)
            self.publishing.show_article(None)
            self.word_count_label.clear()
            return
        article = self._guard(lambda: workspace.articles.get(article_id))
        if article is None:
            return
        self.editor.load(article)
        self.autosave.set_article(article.id)
        self.editor_pages.setCurrentWidget(self.editor)
        self.history_panel.show_article(article.id, article.content)
        self.preview.show_article(article.id)
        self.photo_panel.show_article(article.id)
        self.publishing.show_article(article.id)
        self.save_state_label.setText("")

    def _save_changes(self, article_id: int, changes: dict[str, object]) -> Article:
        assert self.workspace is not None
        return self.workspace.articles.update(article_id, **changes)

    def _on_autosave_saved(self, article: Article) -> None:
        # Update the row in place: reloading a filtered list of 100,000 on every autosave
        # would stall typing, and the row should not jump while it is being edited.
        self.list_model.update_summary(
            ArticleSummary(
                id=article.id,
                headline=article.headline,
                section_name=article.section.name if article.section else "",
                status=article.status,
                byline=article.byline,
                updated_at=article.updated_at,
                word_count=article.word_count,
                trashed=article.is_trashed,
            )
        )
        if article.id == self.editor.article_id:
            self.history_panel.show_article(article.id, article.content)
            self.preview.article_saved(article)

    def _show_photos_tab(self) -> bool:
        if not self._editing_ready or self.editor.article_id is None:
            return False
        self.commands.show_side.setChecked(True)
        self.side_tabs.setCurrentWidget(self.photo_panel)
        return True

    def _on_add_photos_triggered(self) -> None:
        if self._show_photos_tab():
            self.photo_panel.add_photos()

    def _on_photo_library_triggered(self) -> None:
        if self._show_photos_tab():
            self.photo_panel.open_library()

    def _on_photo_panel_photos_changed(self, article_id: int) -> None:
        if article_id == self.editor.article_id:
            self.preview.refresh_base()  # the featured photo, captions and credits on the page
            self.preview.check_now()

    def _on_autosave_failed(self, message: str) -> None:
        self.statusBar().showMessage(f"Not saved: {message}. Your text is kept; retrying.", 10000)

    def reload_article(self, article: Article) -> None:
        """The store's copy changed from outside the editor (the site's version taken, a pull)."""
        if self._editing_ready and article.id == self.editor.article_id:
            self.editor.load(article)
            self.history_panel.show_article(article.id, article.content)
            self.preview.article_saved(article)

    def _on_history_panel_restored(self, article: Article) -> None:
        self.editor.load(article)
        self.signals.articles_changed.emit([article.id])

    def _on_signals_articles_changed(self, _ids: list[int]) -> None:
        self.list_pane.refresh()
        self._show_right_page(recount=True)
        self._update_trash_actions()

    def _on_signals_taxonomy_changed(self) -> None:
        if self.workspace is None:
            return
        sections = self.workspace.taxonomy.sections()
        tags = [tag.name for tag in self.workspace.taxonomy.tags()]
        self.editor.set_sections(sections)
        self.editor.set_known_tags(tags)
        self.history_panel.set_section_names({n.section.id: n.path_text for n in sections})
        self.preview.set_sections(sections)
        self.list_pane.set_sections(sections)
        self.list_pane.set_tags(tags)

    def _on_list_pane_query_changed(self) -> None:
        self._show_right_page()
        self._update_trash_actions()

    def _update_trash_actions(self) -> None:
        in_trash = self.list_model.query.trashed
        enabled = self.workspace is not None
        self.commands.trash.setEnabled(enabled and not in_trash)
        self.commands.restore.setEnabled(enabled and in_trash)

    def _on_editor_counts_changed(self, words: int, characters: int, minutes: int) -> None:
        self.word_count_label.setText(f"{words:,} words · {characters:,} characters · {minutes} min read")

    def _on_app_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Leaving the editor (to the list, a dialog, another app) saves at once.
        if not self._editing_ready or old is None or not self.editor.isAncestorOf(old):
            return
        if not (new and self.editor.isAncestorOf(new)):
            self.autosave.flush()

    def _text_widget_with_focus(self) -> QLineEdit | QPlainTextEdit | None:
        focus = QApplication.focusWidget()
        return focus if isinstance(focus, QLineEdit | QPlainTextEdit) else None

    def _on_undo_triggered(self) -> None:
        if not self._editing_ready:
            return
        text = self._text_widget_with_focus()
        text.undo() if text is not None else self.editor.undo_stack.undo()

    def _on_redo_triggered(self) -> None:
        if not self._editing_ready:
            return
        text = self._text_widget_with_focus()
        text.redo() if text is not None else self.editor.undo_stack.redo()

    def _on_undo_stack_undo_text_changed(self, text: str) -> None:
        self.commands.undo.setText(f"&Undo {text}" if text else "&Undo")

    def _on_undo_stack_redo_text_changed(self, text: str) -> None:
        self.commands.redo.setText(f"&Redo {text}" if text else "&Redo")

    def _on_find_triggered(self) -> None:
        if not self.list_pane.isVisible():
            self.commands.show_list.setChecked(True)
        self.list_pane.search_field.setFocus()
        self.list_pane.search_field.selectAll()

    def _on_about_triggered(self) -> None:
        from workstation.ui.window.about_dialog import AboutDialog

        dialog = AboutDialog(self.data_dir, self.managed, self)
        dialog.exec()
        dialog.deleteLater()

    # -- window state ------------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            screen = self.screen().availableGeometry()
            self.resize(min(1400, int(screen.width() * 0.9)), min(860, int(screen.height() * 0.9)))
        splitter = self.settings.value("window/splitter")
        if not (isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)):
            self.splitter.setSizes([440, 600, 360])
        header = self.settings.value("window/list_header")
        if isinstance(header, QByteArray):
            self.list_pane.restore_header_state(header)
        self.commands.show_list.setChecked(self.settings.value("window/show_list", "true") != "false")
        self.commands.show_side.setChecked(self.settings.value("window/show_side", "true") != "false")
        self.list_pane.setVisible(self.commands.show_list.isChecked())
        self.side_tabs.setVisible(self.commands.show_side.isChecked())

    def save_window_state(self) -> None:
        if self._writing_mode_restore is not None:
            self.set_writing_mode(False)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/list_header", self.list_pane.header_state())
        self.settings.setValue("window/show_list", "true" if self.commands.show_list.isChecked() else "false")
        self.settings.setValue("window/show_side", "true" if self.commands.show_side.isChecked() else "false")
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._editing_ready and not self.autosave.flush_now():
            keep_open = not alerts.confirm(
                self,
                "Unsaved changes",
                "Your latest edits could not be saved. Quit anyway and lose them?",
                "Quit",
            )
            if keep_open:
                event.ignore()
                return
        if self._editing_ready:
            self.publishing.shutdown()  # the job being sent goes back to the queue
            self.autosave.shutdown()
            self.photo_panel.shutdown()
            self.preview_tab.release()
        self.save_window_state()
        self.tasks.wait_all()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        event.accept()


def quit_after_first_paint(window: MainWindow) -> None:
    """For smoke tests: quit as soon as the window has painted with the store open."""
    window.repaint()
    QTimer.singleShot(0, QApplication.quit)
