"""The history of one article: its revisions, what changed since each, and restoring one."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTreeView,
    QWidget,
)

from workstation.domain.article import ArticleContent
from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.timefmt import relative_time
from workstation.services.rendering.page_diff_html import page_diff_to_html
from workstation.services.rendering.version_view import VersionComparer
from workstation.ui.common import alerts, side_panel
from workstation.ui.common.diff_view import DiffView
from workstation.ui.common.factory import push_button
from workstation.ui.history.revision_list_model import (
    REASON,
    SAVED,
    SIZE,
    RevisionChange,
    RevisionListModel,
    summarize_revisions,
)

if TYPE_CHECKING:
    from workstation.services.articles import ArticleService
    from workstation.services.photos import PhotoService
    from workstation.ui.common.tasks import TaskRunner

PAGE_EMPTY, PAGE_HISTORY = 0, 1
EMPTY_TEXT = QT_TRANSLATE_NOOP("Panel", "Select an article to see its history.")


@dataclass(frozen=True, slots=True)
class _Loaded:
    """What one background load brings back."""

    current: ArticleContent
    changes: list[RevisionChange]


class HistoryPanel(QWidget):
    """Revisions of the shown article, newest first; the selected one's differences from the current
    text; and "Restore this version". Revisions load off the GUI thread when a TaskRunner is given.

    Signals: `restored(Article)` after a restore (the owner reloads its editor); `about_to_restore(int)`
    with the article id, just before the restore is written (the owner saves pending edits first);
    `loaded(int)` with the article id, each time the list has been filled."""

    restored = Signal(object)
    about_to_restore = Signal(int)
    loaded = Signal(int)

    def __init__(
        self,
        articles: ArticleService | None = None,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setAccessibleName(translate("HistoryPanel", "History"))
        self._articles = articles
        self._tasks = tasks
        self._now = now
        self._article_id: int | None = None
        self._current: ArticleContent | None = None
        self._section_names: dict[int, str] = {}
        self._generation = 0  # a load whose generation is not the latest is stale and ignored
        self._loading = False
        self._diff_html = ""
        self._diff_stale = False  # a diff not rendered while the panel was out of sight
        self._comparer = VersionComparer()
        self._read_only = False  # an article in the Trash: its history is shown, not restored

        self.model = RevisionListModel(self, now=now)
        self._build()
        self._show_empty()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.empty_label = side_panel.empty_label(translate("Panel", EMPTY_TEXT), "historyEmptyLabel")

        title = side_panel.title_label(translate("HistoryPanel", "History"), "historyTitle")
        self.status_label = side_panel.status_label("historyStatusLabel")

        self.revision_list = QTreeView()
        self.revision_list.setObjectName("revisionList")
        self.revision_list.setAccessibleName(translate("HistoryPanel", "Revisions"))
        self.revision_list.header().setObjectName("revisionListHeader")
        self.revision_list.header().setAccessibleName(translate("HistoryPanel", "Revision columns"))
        self.revision_list.setModel(self.model)
        self.revision_list.setRootIsDecorated(False)
        self.revision_list.setUniformRowHeights(True)
        self.revision_list.setAlternatingRowColors(True)
        self.revision_list.setAllColumnsShowFocus(True)
        self.revision_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.revision_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revision_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        columns = self.revision_list.header()
        columns.setStretchLastSection(True)
        columns.setSectionResizeMode(SAVED, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(REASON, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.Stretch)
        self.revision_list.selectionModel().selectionChanged.connect(self._on_revision_list_selection_changed)

        self.diff_view = DiffView(
            "revisionDiff", translate("HistoryPanel", "Differences from the current text")
        )

        self.splitter = side_panel.splitter("historySplitter", self.revision_list, self.diff_view, (1, 2))

        self.restore_button = push_button(
            translate("HistoryPanel", "Restore this version"),
            "restoreRevisionButton",
            min_height=30,
            on_click=self._on_restore_button_clicked,
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)

        header = side_panel.header(title, self.status_label)
        self.pages = side_panel.pages(
            self, self.empty_label, header, self.splitter, buttons, grow=self.splitter
        )

    # -- public API --------------------------------------------------------------------------

    @property
    def article_id(self) -> int | None:
        return self._article_id

    @property
    def loading(self) -> bool:
        return self._loading

    def set_service(self, articles: ArticleService | None, photos: PhotoService | None = None) -> None:
        """With `photos`, the comparison shows the body's photos with their captions."""
        self._articles = articles
        self._comparer = VersionComparer(photos)
        self.diff_view.photo_source = photos.photo_bytes if photos is not None else None
        self.refresh()

    def set_section_names(self, names: Mapping[int, str]) -> None:
        """Section names for the diff (otherwise sections read "Section 3")."""
        self._section_names = dict(names)
        self._render_diff()

    def show_article(self, article_id: int | None, current: ArticleContent | None = None) -> None:
        """Show an article's history compared with `current` (loaded from the store when None)."""
        if article_id != self._article_id:
            self.model.clear()
        self._article_id = article_id
        self._current = current
        self.model.set_current(current)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Compare versions without restoring one (the article is in the Trash)."""
        self._read_only = read_only
        self._update_restore_button()

    def set_current(self, current: ArticleContent) -> None:
        """The text to compare with changed (the editor saved); the list itself is not reloaded."""
        self._current = current
        self.model.set_current(current)
        self._render_diff()
        self._update_restore_button()

    def refresh(self) -> None:
        """Load the revisions again (after a restore, an import, a checkpoint)."""
        self._generation += 1
        if self._article_id is None or self._articles is None:
            self._loading = False
            self._show_empty()
            return
        self.pages.setCurrentIndex(PAGE_HISTORY)
        self._loading = True
        self.status_label.setText(translate("HistoryPanel", "Loading…"))
        self._update_restore_button()
        generation, article_id = self._generation, self._article_id
        articles, current = self._articles, self._current

        def work() -> _Loaded:
            content = current if current is not None else articles.get(article_id).content
            return _Loaded(content, summarize_revisions(articles.revisions(article_id)))

        def done(result: _Loaded) -> None:
            self._on_load_finished(generation, article_id, result)

        def failed(error: BaseException) -> None:
            self._on_load_failed(generation, error)

        if self._tasks is None:
            try:
                result = work()
            except Exception as exc:  # noqa: BLE001 - reported in the panel, like a background failure
                failed(exc)
            else:
                done(result)
        else:
            self._tasks.run(work, done, failed)

    def selected_change(self) -> RevisionChange | None:
        rows = self.revision_list.selectionModel().selectedRows()
        return self.model.change(rows[0].row()) if rows else None

    def select_revision(self, revision_id: int) -> bool:
        row = self.model.row_of(revision_id)
        if row < 0:
            return False
        self.revision_list.setCurrentIndex(self.model.index(row, 0))
        return True

    def diff_html(self) -> str:
        """The HTML the diff view shows (tests, exports)."""
        if self._diff_stale:
            self._render_diff()
        return self._diff_html

    def showEvent(self, event: QShowEvent) -> None:
        if self._diff_stale:
            self._render_diff()
        super().showEvent(event)

    # -- loading -----------------------------------------------------------------------------

    def _on_load_finished(self, generation: int, article_id: int, result: _Loaded) -> None:
        if generation != self._generation or article_id != self._article_id:
            return  # the article changed (or a newer load started) meanwhile
        self._loading = False
        kept = self.selected_change()
        self._current = result.current
        self.model.set_current(result.current)
        self.model.set_changes(result.changes)
        count = len(result.changes)
        self.status_label.setText(
            translate("HistoryPanel", "{count} version{value}").format(
                count=count, value="s" if count != 1 else ""
            )
        )
        self._select_after_load(kept.revision.id if kept else None)
        self._render_diff()
        self._update_restore_button()
        self.loaded.emit(article_id)

    def _on_load_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.model.clear()
        self.status_label.setText("")
        self._set_diff_html(
            _message_html(
                translate("HistoryPanel", "The history could not be loaded: {error}").format(error=error)
            )
        )
        self._update_restore_button()

    def _select_after_load(self, previous_id: int | None) -> None:
        if previous_id is not None and self.select_revision(previous_id):
            return
        # The newest version that differs from the current text shows the latest changes.
        rows = self.model.rowCount()
        row = next((r for r in range(rows) if not self.model.is_current(r)), 0)
        if rows:
            self.revision_list.setCurrentIndex(self.model.index(row, 0))

    # -- showing -----------------------------------------------------------------------------

    def _show_empty(self) -> None:
        self.model.clear()
        self.status_label.setText("")
        self._set_diff_html("")
        self.pages.setCurrentIndex(PAGE_EMPTY)
        self._update_restore_button()

    def _set_diff_html(self, page: str) -> None:
        self._diff_html = page
        self.diff_view.setHtml(page)

    def _on_revision_list_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._render_diff()
        self._update_restore_button()

    def _render_diff(self) -> None:
        # In a tab out of sight the diff waits until the tab is shown: after a large change (a
        # 5,000-word paste) it costs ~100 ms of the GUI thread at each autosave.
        self._diff_stale = self.parentWidget() is not None and not self.isVisible()
        if self._diff_stale:
            return
        change = self.selected_change()
        if change is None or self._current is None:
            empty = (
                translate("HistoryPanel", "No versions yet.")
                if not self._loading and self.model.rowCount() == 0
                else ""
            )
            self._set_diff_html(_message_html(empty) if empty and self._article_id is not None else "")
            return
        when = relative_time(change.revision.saved_at, self._now() if self._now else None)
        result = self._comparer.compare(change.revision.content, self._current, self._section_names)
        self._set_diff_html(
            page_diff_to_html(
                result,
                title=translate("HistoryPanel", "Since the version of {when}:").format(when=when),
                legend=("added", "removed"),
                no_changes="This version matches the current text.",
            )
        )

    def _update_restore_button(self) -> None:
        change = self.selected_change()
        matches = change is not None and change.revision.content == self._current
        enabled = change is not None and self._articles is not None and not matches and not self._read_only
        self.restore_button.setEnabled(enabled)
        if self._read_only:
            self.restore_button.setToolTip(
                translate("HistoryPanel", "The article is in the Trash: restore it from there first.")
            )
        elif change is None:
            self.restore_button.setToolTip(translate("HistoryPanel", "Select a version to restore it."))
        elif matches:
            self.restore_button.setToolTip(
                translate("HistoryPanel", "This version matches the current text.")
            )
        else:
            self.restore_button.setToolTip(
                translate(
                    "HistoryPanel",
                    "Bring this version back. The current text stays in the history, so this can be undone.",
                )
            )

    # -- restoring ---------------------------------------------------------------------------

    def _on_restore_button_clicked(self) -> None:
        change = self.selected_change()
        article_id, articles = self._article_id, self._articles
        if change is None or article_id is None or articles is None or self._read_only:
            return
        when = relative_time(change.revision.saved_at, self._now() if self._now else None)
        if not alerts.confirm(
            self,
            translate("HistoryPanel", "Restore this version?"),
            translate(
                "HistoryPanel",
                "The article goes back to the version saved {when}.\n\nThe current text is kept in the "
                "history, so you can restore it again.",
            ).format(when=when),
            translate("HistoryPanel", "Restore"),
        ):
            return
        self.about_to_restore.emit(article_id)
        try:
            article = articles.restore_revision(article_id, change.revision.id)
        except WorkstationError as exc:
            alerts.show_error(self, translate("HistoryPanel", "Could not restore this version"), str(exc))
            return
        self._current = article.content
        self.model.set_current(article.content)
        self.restored.emit(article)
        if self._article_id == article_id:
            self.refresh()


def _message_html(text: str) -> str:
    return f'<p style="color:#666666;"><i>{html.escape(text)}</i></p>' if text else ""
