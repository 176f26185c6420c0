"""The main window: layout and signal wiring only; the work is in services and widgets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation import APP_NAME, __version__
from workstation.domain.article import Article
from workstation.domain.errors import WorkstationError
from workstation.ui import alerts
from workstation.ui.autosave import AutosaveController
from workstation.ui.models.article_list_model import (
    ARTICLE_ID_ROLE,
    HEADLINE,
    UPDATED,
    ArticleListModel,
)
from workstation.ui.signals import AppSignals
from workstation.ui.tasks import TaskRunner
from workstation.ui.widgets.article_editor import ArticleEditorWidget
from workstation.ui.widgets.empty_state import EmptyStateWidget

if TYPE_CHECKING:
    from workstation.services.workspace import Workspace

SETTINGS_FILE = "settings.ini"
PAGE_LOADING, PAGE_EMPTY, PAGE_ARTICLES = range(3)


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 480)
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.signals = AppSignals(self)
        self.tasks = TaskRunner(self)
        self.settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)

        self.list_model = ArticleListModel(parent=self)
        self.autosave = AutosaveController(self._save_changes, self)
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._wire()
        self._set_workspace_actions_enabled(False)
        self._restore_geometry()

    # -- construction ------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.pages = QStackedWidget()
        self.pages.setObjectName("mainPages")
        loading = QLabel("Opening the store…")
        loading.setObjectName("loadingLabel")
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state = EmptyStateWidget()

        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName("Search articles")
        self.search_field.setPlaceholderText("Search headline, text, byline, tags  (Ctrl+F)")
        self.search_field.setClearButtonEnabled(True)
        self.article_list = QTableView()
        self.article_list.setObjectName("articleList")
        self.article_list.setAccessibleName("Articles")
        self.article_list.setModel(self.list_model)
        self.article_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Newest first until the editor clicks another column.
        self.article_list.horizontalHeader().setSortIndicator(UPDATED, Qt.SortOrder.DescendingOrder)
        self.article_list.setSortingEnabled(True)
        self.article_list.setAlternatingRowColors(True)
        self.article_list.setShowGrid(False)
        self.article_list.setWordWrap(False)
        self.article_list.verticalHeader().hide()
        self.article_list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.article_list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HEADLINE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(44)
        for column, width in ((1, 84), (2, 78), (3, 64), (4, 112), (5, 56), (6, 52)):
            header.resizeSection(column, width)

        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(8, 8, 0, 8)
        list_layout.addWidget(self.search_field)
        list_layout.addWidget(self.article_list, 1)

        self.editor = ArticleEditorWidget()
        self.no_selection = QLabel("Select an article in the list, or press Ctrl+N for a new one.")
        self.no_selection.setObjectName("noSelectionLabel")
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_pages = QStackedWidget()
        self.editor_pages.addWidget(self.no_selection)
        self.editor_pages.addWidget(self.editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.editor_pages)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.pages.addWidget(loading)
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)

    def _action(
        self, text: str, name: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("&New Article", "newAction", QKeySequence.StandardKey.New)
        self.sample_action = self._action("Open &Sample Article", "openSampleAction")
        self.import_action = self._action("&Import Markdown…", "importAction", "Ctrl+I")
        self.export_action = self._action("&Export as Markdown…", "exportAction", "Ctrl+E")
        self.save_action = self._action("&Save Checkpoint", "checkpointAction", QKeySequence.StandardKey.Save)
        self.quit_action = self._action("&Quit", "quitAction", QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.duplicate_action = self._action("&Duplicate", "duplicateAction", "Ctrl+D")
        self.trash_action = self._action("Move to &Trash", "trashAction", QKeySequence.StandardKey.Delete)
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.article_list.addAction(self.trash_action)
        self.find_action = self._action("&Find in List", "findAction", QKeySequence.StandardKey.Find)
        self.about_action = self._action(f"&About {APP_NAME}", "aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for action in (self.new_action, self.import_action, self.export_action, self.sample_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.duplicate_action)
        edit_menu.addAction(self.trash_action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.save_state_label = QLabel()
        self.save_state_label.setObjectName("saveStateLabel")
        self.count_label = QLabel()
        self.count_label.setObjectName("articleCountLabel")
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.save_state_label)

    def _wire(self) -> None:
        self.new_action.triggered.connect(self.new_article)
        self.sample_action.triggered.connect(self.open_sample)
        self.import_action.triggered.connect(self.import_markdown)
        self.export_action.triggered.connect(self.export_markdown)
        self.save_action.triggered.connect(self.checkpoint)
        self.quit_action.triggered.connect(self.close)
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.trash_action.triggered.connect(self.trash_selected)
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.empty_state.new_requested.connect(self.new_article)
        self.empty_state.sample_requested.connect(self.open_sample)
        self.empty_state.import_requested.connect(self.import_markdown)
        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        self.article_list.selectionModel().currentRowChanged.connect(self._on_article_list_current_changed)
        self.editor.field_changed.connect(self.autosave.record)
        self.autosave.state_changed.connect(self.save_state_label.setText)
        self.autosave.saved.connect(self._on_autosave_saved)
        self.autosave.failed.connect(lambda message: alerts.show_error(self, "Not saved", message))
        self.signals.articles_changed.connect(self._on_signals_articles_changed)
        self.signals.taxonomy_changed.connect(self._on_signals_taxonomy_changed)

    # -- the store ---------------------------------------------------------------------------

    def attach_workspace(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.list_model.set_service(workspace.articles)
        self.editor.set_sections(workspace.taxonomy.sections())
        self._set_workspace_actions_enabled(True)
        self._show_right_page()
        if self.list_model.rowCount() and self.pages.currentIndex() == PAGE_ARTICLES:
            self.article_list.setFocus()

    def _set_workspace_actions_enabled(self, enabled: bool) -> None:
        for action in (
            self.new_action,
            self.sample_action,
            self.import_action,
            self.export_action,
            self.save_action,
            self.duplicate_action,
            self.trash_action,
            self.find_action,
        ):
            action.setEnabled(enabled)
        self.empty_state.setEnabled(enabled)

    def _show_right_page(self) -> None:
        assert self.workspace is not None
        total = self.workspace.articles.count()
        searching = self.list_model.query.is_filtered
        self.pages.setCurrentIndex(PAGE_ARTICLES if total or searching else PAGE_EMPTY)
        shown = self.list_model.rowCount()
        more = "+" if self.list_model.canFetchMore() else ""
        noun = "article" if total == 1 else "articles"
        self.count_label.setText(
            f"{total:,} {noun}" if not searching else f"{shown:,}{more} of {total:,} {noun} match"
        )
        self.sample_action.setEnabled(True)

    # -- commands ----------------------------------------------------------------------------

    def new_article(self) -> None:
        if self.workspace is None:
            return
        self.autosave.flush()
        article = self._guard(lambda: self.workspace.articles.create() if self.workspace else None)
        if isinstance(article, Article):
            self.signals.articles_changed.emit([article.id])
            self.select_article(article.id)
            self.editor.headline_edit.setFocus()

    def open_sample(self) -> None:
        if self.workspace is None:
            return
        from workstation.services.sample import open_sample_article

        workspace = self.workspace
        article = self._guard(lambda: open_sample_article(workspace))
        if isinstance(article, Article):
            self.signals.taxonomy_changed.emit()
            self.signals.articles_changed.emit([article.id])
            self.select_article(article.id)

    def import_markdown(self) -> None:
        if self.workspace is None:
            return
        files = alerts.ask_markdown_files(self)
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> None:
        """Import off the GUI thread; report every file that failed, keep the rest."""
        if self.workspace is None:
            return
        importer = self.workspace.importer
        self.statusBar().showMessage(f"Importing {len(paths)} file(s)…")
        self.tasks.run(lambda: importer.import_files(paths), self._on_import_done, self._on_task_failed)

    def _on_import_done(self, outcomes: list[object]) -> None:
        from workstation.services.importing import ImportOutcome

        done = [o for o in outcomes if isinstance(o, ImportOutcome) and o.article is not None]
        failed = [o for o in outcomes if isinstance(o, ImportOutcome) and o.error is not None]
        self.statusBar().showMessage(f"Imported {len(done)} of {len(outcomes)} file(s).", 8000)
        self.signals.taxonomy_changed.emit()
        self.signals.articles_changed.emit([o.article.id for o in done if o.article])
        if done and done[-1].article:
            self.select_article(done[-1].article.id)
        if failed:
            alerts.show_error(self, "Some files were not imported", "\n".join(str(o.error) for o in failed))

    def export_markdown(self) -> None:
        article_id = self.editor.article_id
        if self.workspace is None or article_id is None:
            return
        self.autosave.flush()
        from workstation.services.exporting import article_to_markdown, write_atomically

        article = self.workspace.articles.get(article_id)
        suggested = str(Path.home() / f"{article.headline or 'article'}.md")
        path = alerts.ask_save_file(self, "Export as Markdown", suggested, "Markdown (*.md)")
        if path:
            self._guard(lambda: write_atomically(Path(path), article_to_markdown(article)))

    def checkpoint(self) -> None:
        article_id = self.editor.article_id
        if self.workspace is None or article_id is None:
            return
        if self.autosave.flush():
            workspace = self.workspace
            self._guard(lambda: workspace.articles.checkpoint(article_id))
            self.statusBar().showMessage("Checkpoint saved.", 4000)

    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        if self.workspace is None or not ids:
            return
        self.autosave.flush()
        workspace = self.workspace
        copy = self._guard(lambda: workspace.articles.duplicate(ids[0]))
        if isinstance(copy, Article):
            self.signals.articles_changed.emit([copy.id])
            self.select_article(copy.id)

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if self.workspace is None or not ids:
            return
        self.autosave.flush()
        workspace = self.workspace
        self._guard(lambda: workspace.articles.trash(ids))
        if self.editor.article_id in ids:
            self._show_article(None)
        self.signals.articles_changed.emit(ids)
        self.statusBar().showMessage(f"Moved {len(ids)} article(s) to the trash.", 6000)

    # -- list and editor ---------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.article_list.selectionModel().selectedRows()})
        ids = [self.list_model.summary(row) for row in rows]
        return [summary.id for summary in ids if summary is not None]

    def select_article(self, article_id: int) -> None:
        row = self.list_model.row_of(article_id)
        if row < 0:
            return
        index = self.list_model.index(row, 0)
        self.article_list.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.article_list.scrollTo(index)

    def _on_article_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ARTICLE_ID_ROLE) if current.isValid() else None
        if article_id != self.editor.article_id:
            self._show_article(article_id)

    def _show_article(self, article_id: int | None) -> None:
        self.autosave.set_article(None)
        if article_id is None or self.workspace is None:
            self.editor_pages.setCurrentWidget(self.no_selection)
            return
        workspace = self.workspace
        article = self._guard(lambda: workspace.articles.get(article_id))
        if isinstance(article, Article):
            self.editor.load(article)
            self.autosave.set_article(article.id)
            self.editor_pages.setCurrentWidget(self.editor)

    def _save_changes(self, article_id: int, changes: dict[str, object]) -> Article:
        assert self.workspace is not None
        return self.workspace.articles.update(article_id, **changes)

    def _on_autosave_saved(self, article: Article) -> None:
        self.signals.articles_changed.emit([article.id])

    def _on_signals_articles_changed(self, _ids: list[int]) -> None:
        current = self.editor.article_id
        self.list_model.refresh()
        if current is not None:
            self.select_article_quietly(current)
        if self.workspace is not None:
            self._show_right_page()

    def select_article_quietly(self, article_id: int) -> None:
        """Re-select after the list reloaded, without reloading the editor."""
        row = self.list_model.row_of(article_id)
        if row >= 0:
            model = self.article_list.selectionModel()
            model.blockSignals(True)
            model.setCurrentIndex(
                self.list_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            model.blockSignals(False)
            self.article_list.viewport().update()

    def _on_signals_taxonomy_changed(self) -> None:
        if self.workspace is not None:
            self.editor.set_sections(self.workspace.taxonomy.sections())

    def _on_search_field_text_changed(self, text: str) -> None:
        from dataclasses import replace

        self.list_model.set_query(replace(self.list_model.query, search=text))
        if self.workspace is not None:
            self._show_right_page()

    def _on_find_action_triggered(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _on_about_action_triggered(self) -> None:
        alerts.show_info(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n\nDraft, preview and publish articles.\n"
            f"Data directory: {self.data_dir}",
        )

    def _on_task_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        alerts.show_error(self, "Something went wrong", str(exc))

    def _guard(self, work: object) -> object:
        """Run a service call; a WorkstationError becomes a message box, never a crash."""
        assert callable(work)
        try:
            return work()
        except WorkstationError as exc:
            alerts.show_error(self, APP_NAME, str(exc))
            return None

    # -- window state ------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            screen = self.screen().availableGeometry()
            self.resize(min(1280, int(screen.width() * 0.9)), min(800, int(screen.height() * 0.9)))
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([640, 640])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.autosave.flush():
            keep_open = not alerts.confirm(
                self,
                "Unsaved changes",
                "Your latest edits could not be saved. Quit anyway and lose them?",
                "Quit",
            )
            if keep_open:
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        self.tasks.wait_all()
        if self.workspace is not None:
            self.workspace.close()
        event.accept()


def quit_after_first_paint(window: MainWindow) -> None:
    """For smoke tests: quit as soon as the window has painted with the store open."""
    from PySide6.QtWidgets import QApplication

    window.repaint()
    QTimer.singleShot(0, QApplication.quit)
