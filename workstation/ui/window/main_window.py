"""The main window: it lays out the list, the editor pages and the side panel, and wires the
parts that do the work: WindowState (layout between sessions, writing mode), then, once the
store is open, EditingArea (the open article and its panels) and ArticleCommands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from workstation import APP_NAME
from workstation.domain.article import ArticleContent, ArticleSummary
from workstation.domain.i18n import format_number, translate
from workstation.domain.text import plural
from workstation.services.managed_config import ManagedConfig
from workstation.ui.articles.list_model import ArticleListModel
from workstation.ui.articles.list_pane import ArticleListPane
from workstation.ui.common import alerts
from workstation.ui.common.announce import Announcer
from workstation.ui.common.signals import AppSignals
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.common.value_label import ValueLabel
from workstation.ui.window.actions import WindowActions
from workstation.ui.window.empty_state import EmptyStateWidget
from workstation.ui.window.preferences import Preferences, load_preferences
from workstation.ui.window.store_recovery import WindowRecovery
from workstation.ui.window.window_dialogs import WindowDialogs
from workstation.ui.window.window_state import WindowState

if TYPE_CHECKING:
    from workstation.services.workspace import Workspace
    from workstation.ui.window.article_commands import ArticleCommands
    from workstation.ui.window.editing_area import EditingArea
    from workstation.ui.window.trash_commands import TrashCommands

SETTINGS_FILE = "settings.ini"
PAGE_LOADING, PAGE_EMPTY, PAGE_ARTICLES = range(3)


class MainWindow(QMainWindow):
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
        self.list_model = ArticleListModel(parent=self)
        self.list_pane = ArticleListPane(self.list_model)
        self.commands = WindowActions(self)
        self._build_central()
        self._build_status_bar()
        self.commands.build_menus()
        self.state = WindowState(
            self,
            self.settings,
            self.commands,
            self.splitter,
            self.list_pane,
            self.side_tabs,
            quiet_in_writing=(self.count_label,),
        )
        self._wire()
        self.dialogs = WindowDialogs(self)
        self._set_workspace_actions_enabled(False)
        self.state.restore()
        # Built with the store (attach_workspace), after the first paint: the window shows the
        # article list sooner.
        self.editing: EditingArea
        self.article_commands: ArticleCommands
        self.trash_commands: TrashCommands
        self._total: int | None = None  # articles outside the trash, counted when they change

    # -- construction ------------------------------------------------------------------------

    def _build_central(self) -> None:
        loading = QLabel(translate("MainWindow", "Opening the store…"))
        loading.setObjectName("loadingLabel")
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state = EmptyStateWidget()
        self.no_selection = QLabel(
            translate("MainWindow", "Select an article in the list, or press Ctrl+N for a new one.")
        )
        self.no_selection.setObjectName("noSelectionLabel")
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_pages = QStackedWidget()
        self.editor_pages.setObjectName("editorPages")
        self.editor_pages.addWidget(self.no_selection)
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setAccessibleName(translate("MainWindow", "Side panel"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for widget in (self.list_pane, self.editor_pages, self.side_tabs):
            self.splitter.addWidget(widget)
        for index, stretch in enumerate((1, 2, 1)):  # a wider window widens the editor most
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setCollapsible(1, False)

        self.pages = QStackedWidget()
        self.pages.setObjectName("mainPages")
        for page in (loading, self.empty_state, self.splitter):
            self.pages.addWidget(page)
        self.store_recovery = WindowRecovery(self, self.pages, self._set_workspace_actions_enabled)

    def _build_status_bar(self) -> None:
        # Named "what: value" (ValueLabel): a fixed name would hide the value from a screen reader.
        self.count_label = ValueLabel(translate("MainWindow", "Articles"))
        self.count_label.setObjectName("articleCountLabel")
        self.word_count_label = ValueLabel(translate("MainWindow", "Words, characters and reading time"))
        self.word_count_label.setObjectName("wordCountLabel")
        self.save_state_label = ValueLabel(translate("MainWindow", "Save state"))
        self.save_state_label.setObjectName("saveStateLabel")
        self.announcer = Announcer(self)
        self.statusBar().messageChanged.connect(self.announcer.say)  # errors and reports
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.word_count_label)
        self.statusBar().addPermanentWidget(self.save_state_label)

    def _wire(self) -> None:
        """What works before the store is open; the rest is wired by the parts built with it."""
        a = self.commands
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self._on_find_triggered)
        a.show_trash.toggled.connect(self.list_pane.trash_toggle.setChecked)
        a.writing_mode.toggled.connect(self.state.set_writing_mode)
        # Del acts on the list only (in a field it deletes text): Move to Trash, or in the Trash
        # view Delete permanently; the one not available is disabled, so the key is never ambiguous.
        for list_action in (a.trash, a.delete_permanently):
            list_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.list_pane.table.addAction(list_action)
            self.removeAction(list_action)
        self.empty_state.new_requested.connect(a.new.trigger)
        self.empty_state.sample_requested.connect(a.open_sample.trigger)
        self.empty_state.import_requested.connect(a.import_markdown.trigger)
        self.list_pane.query_changed.connect(self._on_list_pane_query_changed)
        self.list_pane.trash_toggle.toggled.connect(a.show_trash.setChecked)
        self.signals.articles_changed.connect(self._on_signals_articles_changed)
        self.signals.taxonomy_changed.connect(self._on_signals_taxonomy_changed)

    # -- the store ---------------------------------------------------------------------------

    def show_first_page(self, rows: list[ArticleSummary], total: int) -> None:
        """Show the list read at start-up while the store opens (see store.first_page)."""
        self.list_model.show_rows(rows)
        self.pages.setCurrentIndex(PAGE_ARTICLES if total else PAGE_EMPTY)
        self.count_label.setText(plural(total, "article"))

    def attach_workspace(self, workspace: Workspace) -> None:
        from workstation.ui.window.article_commands import ArticleCommands
        from workstation.ui.window.editing_area import EditingArea, WindowParts
        from workstation.ui.window.trash_commands import TrashCommands

        parts = WindowParts(
            window=self,
            actions=self.commands,
            signals=self.signals,
            tasks=self.tasks,
            settings=self.settings,
            managed=self.managed,
            list_pane=self.list_pane,
            editor_pages=self.editor_pages,
            no_selection=self.no_selection,
            side_tabs=self.side_tabs,
            word_count_label=self.word_count_label,
            save_state_label=self.save_state_label,
            announcer=self.announcer,
        )
        self.workspace = workspace
        self.editing = EditingArea(parts, workspace)
        self.state.attach_writing(self.editing.writing)
        self.article_commands = ArticleCommands(parts, workspace, self.editing, self._new_article_content)
        self.trash_commands = TrashCommands(parts, workspace, self.editing)
        self.apply_preferences(self.prefs)
        self.list_model.set_service(workspace.articles)
        self._on_signals_taxonomy_changed()
        self._set_workspace_actions_enabled(True)
        self.store_recovery.banner.show_for(workspace)
        self._show_right_page(recount=True)
        if self.list_model.rowCount() and self.pages.currentIndex() == PAGE_ARTICLES:
            from workstation.ui.window.session import reopen_last_article

            if not reopen_last_article(self.settings, self.editing, self.list_pane):
                self.list_pane.table.setFocus()  # the usual first choice

    def _set_workspace_actions_enabled(self, enabled: bool) -> None:
        for action in self.commands.workspace_actions():
            action.setEnabled(enabled and action not in self.store_recovery.locked_actions())
        self.empty_state.setEnabled(enabled and not self.store_recovery.locked_actions())
        self._update_trash_actions()

    def _show_right_page(self, *, recount: bool = False) -> None:
        if self.workspace is None:
            return
        query = self.list_model.query
        if recount or self._total is None:
            self._total = self.workspace.articles.count()
        total = self._total
        self.pages.setCurrentIndex(PAGE_ARTICLES if total or query.is_filtered else PAGE_EMPTY)
        text, shown = plural(total, "article"), self.list_model.rowCount()
        if query.trashed:
            text = translate("MainWindow", "In the Trash: {n}").format(n=plural(shown, "article"))
        elif query.is_filtered:
            more = "+" if self.list_model.canFetchMore() else ""
            template = translate("MainWindow", "{shown}{more} of {articles} match")
            text = template.format(shown=format_number(shown), more=more, articles=text)
        self.count_label.setText(text)

    def _on_signals_articles_changed(self, _ids: list[int]) -> None:
        self.list_pane.refresh()
        self._show_right_page(recount=True)
        self._update_trash_actions()

    def _on_signals_taxonomy_changed(self) -> None:
        if self.workspace is None:
            return
        sections = self.workspace.taxonomy.sections()
        tags = [tag.name for tag in self.workspace.taxonomy.tags()]
        self.editing.set_taxonomy(sections, tags)
        self.list_pane.set_sections(sections)
        self.list_pane.set_tags(tags)

    def _on_list_pane_query_changed(self) -> None:
        self._show_right_page()
        self.announcer.say(self.count_label.text())  # what a search or filter found
        self._update_trash_actions()

    def _update_trash_actions(self) -> None:
        in_trash = self.list_model.query.trashed
        enabled = self.workspace is not None and not self.workspace.read_only
        self.commands.trash.setEnabled(enabled and not in_trash)
        self.commands.restore.setEnabled(enabled and in_trash)
        self.commands.delete_permanently.setEnabled(enabled and in_trash)

    def _on_find_triggered(self) -> None:
        if not self.list_pane.isVisible():
            self.commands.show_list.setChecked(True)
        self.list_pane.search_field.setFocus()
        self.list_pane.search_field.selectAll()

    # -- preferences -------------------------------------------------------------------------

    def apply_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs
        if self.workspace is not None:
            self.editing.apply_preferences(prefs)

    def _new_article_content(self) -> ArticleContent:
        return ArticleContent(byline=self.prefs.new_article_byline(), language=self.prefs.default_language)

    # -- quitting ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        editing = self.editing if self.workspace is not None else None
        if editing is not None and not editing.flush_edits():
            keep_open = not alerts.confirm(
                self,
                translate("MainWindow", "Unsaved changes"),
                translate("MainWindow", "Your latest edits could not be saved. Quit anyway and lose them?"),
                translate("MainWindow", "Quit"),
            )
            if keep_open:
                event.ignore()
                return
        if editing is not None:
            from workstation.ui.window.session import remember_open_article

            remember_open_article(self.settings, editing)  # before leaving writing mode moves it
            editing.shutdown()
        self.state.save()
        self.tasks.wait_all()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        event.accept()


def quit_after_first_paint(window: MainWindow) -> None:
    """For smoke tests: quit as soon as the window has painted with the store open."""
    window.repaint()
    QTimer.singleShot(0, QApplication.quit)
