"""ArticleListModel: the article list as a lazily fetched Qt table over ArticleService."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from workstation.domain.article import ArticleSummary
from workstation.domain.i18n import QT_TRANSLATE_NOOP, format_number, translate
from workstation.domain.publication_state import SiteState, worst
from workstation.domain.query import ArticleQuery, SortKey
from workstation.domain.timefmt import relative_time
from workstation.ui.common.state_icons import elsewhere_icon, state_icon
from workstation.ui.common.table_model import RIGHT_ALIGNED, AnyIndex, ColumnTable

if TYPE_CHECKING:
    from workstation.services.articles import ArticleService

PAGE_SIZE = 200
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (header, sort key) per column, in display order.
COLUMNS: tuple[tuple[str, SortKey], ...] = (
    (QT_TRANSLATE_NOOP("Columns", "Headline"), SortKey.HEADLINE),
    (QT_TRANSLATE_NOOP("Columns", "Section"), SortKey.SECTION),
    (QT_TRANSLATE_NOOP("Columns", "Status"), SortKey.STATUS),
    (QT_TRANSLATE_NOOP("Columns", "Byline"), SortKey.BYLINE),
    (QT_TRANSLATE_NOOP("Columns", "Updated"), SortKey.UPDATED),
    (QT_TRANSLATE_NOOP("Columns", "Words"), SortKey.WORDS),
    (QT_TRANSLATE_NOOP("Columns", "Read"), SortKey.WORDS),
    # The publication state marker: last in the model (the other columns keep their numbers),
    # shown first by the list pane. It does not sort.
    (QT_TRANSLATE_NOOP("Columns", "Site"), SortKey.UPDATED),
)
HEADLINE, SECTION, STATUS, BYLINE, UPDATED, WORDS, READ, SITE = range(len(COLUMNS))
# Reads the publication states of articles by id (OutboxService.article_states).
StateSource = Callable[[Sequence[int]], Mapping[int, tuple[SiteState, ...]]]
_NUMERIC = frozenset({WORDS, READ})


def _site_line(state: SiteState) -> str:
    """'Herald: Published · In sync with the site': the site's status (what the Status column
    said before it was the workflow's), then the state; a post not made yet has only the state."""
    publication = state.publication
    if publication is None or publication.remote_id is None or publication.remote_status is None:
        return f"{state.site}: {state.sentence()}"
    return f"{state.site}: {publication.remote_status.label} · {state.sentence()}"


class ArticleListModel(ColumnTable, QAbstractTableModel):
    """Rows arrive a page at a time as the view scrolls, so 100,000 articles cost one page."""

    column_headers = tuple(header for header, _key in COLUMNS)
    right_aligned = _NUMERIC

    def __init__(self, articles: ArticleService | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._articles = articles
        self._query = ArticleQuery()
        self._rows: list[ArticleSummary] = []
        self._exhausted = True
        self._state_source: StateSource | None = None
        self._states: dict[int, tuple[SiteState, ...]] = {}
        self._marker_in_headline = False  # the Site column is hidden (a narrow list)

    # -- loading -----------------------------------------------------------------------------

    def set_service(self, articles: ArticleService) -> None:
        self._articles = articles
        self.reload()

    def set_state_source(self, source: StateSource | None) -> None:
        self._state_source = source
        self.refresh_states()

    def refresh_states(self, article_ids: Sequence[int] | None = None) -> None:
        """Read the publication states again (of these articles, or of every row loaded)."""
        if self._state_source is None or not self._rows:
            return
        ids = [r.id for r in self._rows] if article_ids is None else list(article_ids)
        found = self._state_source(ids)
        for article_id in ids:
            self._states.pop(article_id, None)
        self._states.update(found)
        self.dataChanged.emit(self.index(0, SITE), self.index(len(self._rows) - 1, SITE))

    def set_marker_in_headline(self, on: bool) -> None:
        """Show the state's icon (and its words in the tooltip) in the headline's cell."""
        if on != self._marker_in_headline:
            self._marker_in_headline = on
            if self._rows:
                self.dataChanged.emit(self.index(0, HEADLINE), self.index(len(self._rows) - 1, HEADLINE))

    def site_states(self, article_id: int) -> tuple[SiteState, ...]:
        return self._states.get(article_id, ())

    def _read_states(self, rows: list[ArticleSummary]) -> None:
        if self._state_source is not None and rows:
            self._states.update(self._state_source([r.id for r in rows]))

    @property
    def query(self) -> ArticleQuery:
        return self._query

    def set_query(self, query: ArticleQuery) -> None:
        self._query = query
        self.reload()

    def reload(self, keep_rows: int = 0) -> None:
        """Fetch again from the top, at least as many rows as were shown (keeps the scroll)."""
        wanted = max(PAGE_SIZE, keep_rows)
        rows = self._articles.list(self._query, 0, wanted) if self._articles else []
        self._states = {}
        self._read_states(rows)
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < wanted
        self.endResetModel()

    def show_rows(self, rows: list[ArticleSummary]) -> None:
        """Show rows read before the service exists (the start-up first page)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = True  # nothing to fetch until the service is set
        self.endResetModel()

    def update_summary(self, summary: ArticleSummary) -> bool:
        """Show new values for a row in place (after an autosave): no query, no jump."""
        row = self.row_of(summary.id)
        if row < 0:
            return False
        self._rows[row] = summary
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return True

    def refresh(self) -> None:
        self.reload(keep_rows=len(self._rows))

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._articles is None:
            return
        page = self._articles.list(self._query, len(self._rows), PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self._read_states(page)
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- access ------------------------------------------------------------------------------

    def summary(self, row: int) -> ArticleSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: int) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        return -1

    # -- Qt model interface ------------------------------------------------------------------

    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(COLUMNS):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if column == SITE:
            return self._site_data(summary, role)
        if column == HEADLINE and self._marker_in_headline and role == Qt.ItemDataRole.DecorationRole:
            return self._site_data(summary, role)
        if column == HEADLINE and self._marker_in_headline and role == Qt.ItemDataRole.ToolTipRole:
            states = self._site_data(summary, role)
            return "\n\n".join(filter(None, (summary.headline, states))) or None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == HEADLINE:
            return summary.headline or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return RIGHT_ALIGNED
        if role == ARTICLE_ID_ROLE:
            return summary.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if section != SITE or orientation != Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "ArticleListModel",
                "Where it stands on the sites: sending, edited here since it was sent, conflict, failed…",
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("ArticleListModel", "Site state")
        return None  # an icon wide: no title (the column menu names it "Site")

    def _site_data(self, summary: ArticleSummary, role: int) -> Any:
        """An icon for the state that matters most; every site's state in the tooltip. On no
        site here, what the article keeps of a site elsewhere (a grey globe)."""
        states = self._states.get(summary.id, ())
        shown = worst(states)
        if role == ARTICLE_ID_ROLE:
            return summary.id
        if shown is None:
            return self._elsewhere_data(summary, role)
        if role == Qt.ItemDataRole.DecorationRole:
            return state_icon(shown.state)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return "\n".join(_site_line(s) for s in states)
        return None

    @staticmethod
    def _elsewhere_data(summary: ArticleSummary, role: int) -> Any:
        elsewhere = summary.published_elsewhere
        if elsewhere is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return elsewhere_icon()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return elsewhere.elsewhere_label
        return None

    @staticmethod
    def _display(summary: ArticleSummary, column: int) -> str:
        if column == HEADLINE:
            return summary.headline or translate("ArticleListModel", "(no headline)")
        if column == SECTION:
            return summary.section_name
        if column == STATUS:
            return summary.status.label
        if column == BYLINE:
            return summary.byline
        if column == UPDATED:
            return relative_time(summary.updated_at)
        if column == WORDS:
            return format_number(summary.word_count)
        return f"{summary.reading_minutes} min"

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or column == SITE:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=COLUMNS[column][1], descending=descending))
