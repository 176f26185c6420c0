"""The left area: search as you type, filters (status, section, tag), the Trash view (its heading
with Restore and Delete permanently), the list and its context menu (built by the window)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.article import ArticleStatus, SiteStatus
from workstation.domain.i18n import translate
from workstation.domain.query import ArticleQuery, SortKey
from workstation.domain.taxonomy import SectionNode
from workstation.ui.articles.list_model import (
    ARTICLE_ID_ROLE,
    BYLINE,
    COLUMNS,
    HEADLINE,
    READ,
    SECTION,
    SITE,
    STATUS,
    UPDATED,
    WORDS,
    ArticleListModel,
)
from workstation.ui.articles.trash_view import TrashViewHeader

if TYPE_CHECKING:
    from workstation.ui.articles.search_highlight import SearchHighlightDelegate

SEARCH_DELAY_MS = 40  # coalesces fast typing; the list still updates well within 100 ms
_COLUMN_WIDTHS = {1: 84, 2: 78, 3: 64, 4: 104, 5: 56, 6: 52, SITE: 26}
# Shown until the editor picks columns from the header's context menu; the rest fit a wide list.
_DEFAULT_HIDDEN = (3, 5, 6)  # byline, words, read time
# A narrow list (a laptop, the editor given most of the width) keeps the headline readable: the
# columns shown give way in this order while the headline would be narrower than HEADLINE_ROOM.
# The marker gives way first: it then shows in the headline's cell instead (never lost).
_GIVE_WAY = (SITE, READ, WORDS, BYLINE, SECTION, UPDATED, STATUS)
HEADLINE_ROOM = 190


# The status filter's data for a site's status ("site:published"); a workflow status is its value.
_SITE_FILTER = "site:"


def _is_site(data: object) -> bool:
    return isinstance(data, str) and data.startswith(_SITE_FILTER)


def _combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(5)
    return combo


def _status_filter() -> QComboBox:
    """The workflow statuses, then (after a line) a site's: "Published on a site" and
    "Scheduled on a site", which the publications decide, not the article's Status."""
    combo = _combo("statusFilter", translate("ListPane", "Filter by status"))
    combo.addItem(translate("ListPane", "All statuses"), None)
    for status in ArticleStatus:
        combo.addItem(status.label, status.value)
    combo.insertSeparator(combo.count())
    for site_status in SiteStatus:
        combo.addItem(site_status.filter_label, f"{_SITE_FILTER}{site_status.value}")
    return combo


def _attention_toggle() -> QToolButton:
    """The "Needs attention" filter beside the others (domain.publication_state says which)."""
    button = QToolButton()
    button.setObjectName("attentionFilter")
    button.setAccessibleName(translate("ListPane", "Needs attention"))
    button.setText(translate("ListPane", "Needs attention"))
    button.setToolTip(
        translate(
            "ListPane",
            "Only articles edited here since they were sent, in conflict with the site, or refused by it",
        )
    )
    button.setCheckable(True)
    return button


def _trash_toggle() -> QToolButton:
    """Shows the Trash instead of the articles (its heading then says so: TrashViewHeader)."""
    button = QToolButton()
    button.setObjectName("trashToggle")
    button.setAccessibleName(translate("ListPane", "Trash"))  # the words it shows: voice control says them
    button.setText(translate("ListPane", "Trash"))
    button.setToolTip(translate("ListPane", "Show the articles in the Trash (Ctrl+Shift+D)"))
    button.setCheckable(True)
    return button


class ArticleListPane(QWidget):
    current_article_changed = Signal(object)  # int | None
    query_changed = Signal()
    context_menu_requested = Signal(QPoint)  # global position, over the selected rows
    _sort_section: int  # the sort a click on the marker column leaves as it was
    _sort_order: Qt.SortOrder

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleListPane")
        self.model = model
        self._user_sorted = False  # until a column is clicked, a search sorts by relevance
        # Called before each query so the list includes edits not yet written (set by the window).
        self.before_query: Callable[[], object] | None = None

        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName(translate("ArticleListPane", "Search articles"))
        self.search_field.setPlaceholderText(
            translate("ArticleListPane", "Search headline, text, byline, tags  (Ctrl+Shift+F)")
        )
        self.search_field.setClearButtonEnabled(True)
        for button in self.search_field.findChildren(QToolButton):  # the clear button Qt adds
            button.setObjectName("searchClearButton")
            button.setAccessibleName(translate("ArticleListPane", "Clear search"))

        self.status_filter = _status_filter()
        self.section_filter = _combo("sectionFilter", translate("ArticleListPane", "Filter by section"))
        self.tag_filter = _combo("listTagFilter", translate("ArticleListPane", "Filter by tag"))
        self.tag_filter.setEditable(True)
        self.tag_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.tag_filter.lineEdit()
        assert line is not None  # editable combo boxes always have one
        line.setPlaceholderText(translate("ArticleListPane", "All tags"))
        line.setObjectName("listTagFilterEdit")
        line.setAccessibleName(translate("ArticleListPane", "Tag filter text"))
        self.trash_toggle = _trash_toggle()
        self.attention_toggle = _attention_toggle()
        self.set_sections([])

        self.table = QTableView()
        self.table.setObjectName("articleList")
        self.table.setAccessibleName(translate("ArticleListPane", "Articles"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setObjectName("articleListHeader")
        header.setAccessibleName(translate("ArticleListPane", "Article list columns"))
        self.table.verticalHeader().setObjectName("articleListRows")
        self.table.verticalHeader().setAccessibleName(translate("ArticleListPane", "Article rows"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HEADLINE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)  # the marker column's icon; the others start wider
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        for column in _DEFAULT_HIDDEN:
            header.setSectionHidden(column, True)
        self._wire_site_states()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        self._highlighter: SearchHighlightDelegate | None = None  # made with the first search
        self._chosen_hidden = set(_DEFAULT_HIDDEN)  # columns the editor hid (the header's menu)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        header.sectionResized.connect(self._on_header_section_resized)

        search_row = QHBoxLayout()
        search_row.setSpacing(6)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.attention_toggle)
        search_row.addWidget(self.trash_toggle)
        # A visible label above each filter, its buddy: Qt on Linux names a combo box by its
        # current value, so only the label's labelled-by relation says what it filters.
        filters = QGridLayout()
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(0)
        for column, (text, combo) in enumerate(
            (
                (translate("ListPane", "Status"), self.status_filter),
                (translate("ListPane", "Section"), self.section_filter),
                (translate("ListPane", "Tag"), self.tag_filter),
            )
        ):
            label = QLabel(text)
            label.setObjectName(f"{combo.objectName()}Label")
            label.setBuddy(combo)
            filters.addWidget(label, 0, column)
            filters.addWidget(combo, 1, column)
            filters.setColumnStretch(column, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search_field.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_field.returnPressed.connect(self._on_search_field_return_pressed)
        self.status_filter.activated.connect(lambda _i: self.apply_query())
        self.section_filter.activated.connect(lambda _i: self.apply_query())
        self.tag_filter.activated.connect(lambda _i: self.apply_query())
        line.editingFinished.connect(self.apply_query)
        self.trash_toggle.toggled.connect(lambda _c: self.apply_query())
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self._wire_trash_view()
        header.sectionClicked.connect(self._on_header_section_clicked)

    # -- filters -----------------------------------------------------------------------------

    def set_sections(self, nodes: list[SectionNode]) -> None:
        current = self.section_filter.currentData()
        self.section_filter.clear()
        self.section_filter.addItem(translate("ArticleListPane", "All sections"), None)
        for node in nodes:
            self.section_filter.addItem("   " * node.depth + node.section.name, node.section.id)
        self.section_filter.setCurrentIndex(max(0, self.section_filter.findData(current)))

    def set_tags(self, names: list[str]) -> None:
        text = self.tag_filter.currentText()
        self.tag_filter.clear()
        self.tag_filter.addItems(names)
        self.tag_filter.setEditText(text)

    def build_query(self) -> ArticleQuery:
        status = self.status_filter.currentData()
        sort_column = self.table.horizontalHeader().sortIndicatorSection()
        descending = self.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        search = self.search_field.text().strip()
        sort = COLUMNS[sort_column][1] if 0 <= sort_column < len(COLUMNS) else SortKey.UPDATED
        if search and not self._user_sorted:
            sort = SortKey.RELEVANCE  # best match first until the editor clicks a column
        site_status = SiteStatus(status.removeprefix(_SITE_FILTER)) if _is_site(status) else None
        return ArticleQuery(
            search=search,
            status=ArticleStatus(status) if status and site_status is None else None,
            site_status=site_status,
            section_id=self.section_filter.currentData(),
            tag=self.tag_filter.currentText().strip() or None,
            trashed=self.trash_toggle.isChecked(),
            needs_attention=self.attention_toggle.isChecked(),
            sort=sort,
            descending=descending,
        )

    @property
    def highlighter(self) -> SearchHighlightDelegate:
        """Paints search matches in the headline column."""
        if self._highlighter is None:
            from workstation.ui.articles.search_highlight import SearchHighlightDelegate

            self._highlighter = SearchHighlightDelegate(self.table)
            self.table.setItemDelegateForColumn(HEADLINE, self._highlighter)
        return self._highlighter

    def apply_query(self) -> None:
        self._search_timer.stop()
        query = self.build_query()
        if query == self.model.query:
            return
        if self.before_query is not None:
            self.before_query()
        current = self.current_article_id()
        if query.search or self._highlighter is not None:
            self.highlighter.set_search(query.search)
        self.model.set_query(query)
        if current is not None:
            self.select_article(current, quiet=True)
        self.query_changed.emit()

    def column_menu(self) -> QMenu:
        """A menu of checkable columns (the headline always shows)."""
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        for column, (title, _key) in enumerate(COLUMNS):
            if column == HEADLINE:
                continue
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(column not in self._chosen_hidden)
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
        return menu

    def set_column_shown(self, column: int, shown: bool) -> None:
        """The editor's choice of a column; it shows once the list is wide enough for it."""
        (self._chosen_hidden.discard if shown else self._chosen_hidden.add)(column)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Show the chosen columns that leave the headline HEADLINE_ROOM pixels; hide the rest,
        giving way in the order of _GIVE_WAY."""
        header = self.table.horizontalHeader()
        shown = [c for c in range(1, len(COLUMNS)) if c not in self._chosen_hidden]
        width = self.table.viewport().width()
        for column in _GIVE_WAY:
            used = sum(header.sectionSize(c) if header.sectionSize(c) else _COLUMN_WIDTHS[c] for c in shown)
            if width - used >= HEADLINE_ROOM or column not in shown:
                continue
            shown.remove(column)
        for column in range(1, len(COLUMNS)):
            header.setSectionHidden(column, column not in shown)
        self.model.set_marker_in_headline(SITE not in shown)

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == HEADLINE:  # the stretched headline follows the list's width
            self._fit_timer.start()

    def _on_header_context_menu_requested(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        self.column_menu().exec(header.mapToGlobal(position))

    def header_state(self) -> QByteArray:
        """The columns as the editor chose them (not as a narrow list shows them)."""
        header = self.table.horizontalHeader()
        for column in range(1, len(COLUMNS)):
            header.setSectionHidden(column, column in self._chosen_hidden)
        state = header.saveState()
        self.fit_columns()
        return state

    def restore_header_state(self, state: QByteArray) -> None:
        header = self.table.horizontalHeader()
        if header.restoreState(state):
            header.setSectionHidden(HEADLINE, False)
            header.setSectionResizeMode(HEADLINE, QHeaderView.ResizeMode.Stretch)
            self._place_marker()
            self._chosen_hidden = {c for c in range(1, len(COLUMNS)) if header.isSectionHidden(c)}
            self.fit_columns()

    def _on_header_section_clicked(self, section: int) -> None:
        if section != SITE:
            self._user_sorted = True

    def _on_header_sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        """The marker column does not sort: a click there leaves the sort as it was."""
        header = self.table.horizontalHeader()
        if section == SITE:
            header.blockSignals(True)
            header.setSortIndicator(self._sort_section, self._sort_order)
            header.blockSignals(False)
            return
        self._sort_section = section
        self._sort_order = order

    def _wire_site_states(self) -> None:
        """The publication state marker column and the Needs attention filter."""
        self.attention_toggle.toggled.connect(lambda _c: self.apply_query())
        header = self.table.horizontalHeader()
        self._place_marker()
        self._sort_section = UPDATED
        self._sort_order = Qt.SortOrder.DescendingOrder
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)

    def _place_marker(self) -> None:
        """The marker column: first, an icon wide (also over columns saved before it existed)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SITE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SITE, _COLUMN_WIDTHS[SITE])
        header.moveSection(header.visualIndex(SITE), 0)

    def refresh_states(self) -> None:
        """The outbox reported: the markers follow; a list of those needing attention is read again."""
        if self.model.query.needs_attention:
            self.refresh()
        else:
            self.model.refresh_states()

    # -- the Trash view and the context menu --------------------------------------------------

    def _wire_trash_view(self) -> None:
        """The Trash view's heading, over the list while the Trash is shown; the context menu."""
        self.trash_header = TrashViewHeader()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.table), self.trash_header)
        self.trash_toggle.toggled.connect(self.trash_header.setVisible)
        self.trash_header.back_requested.connect(lambda: self.trash_toggle.setChecked(False))
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_trash_header())
        self.model.modelReset.connect(self._update_trash_header)
        self.model.rowsInserted.connect(lambda *_a: self._update_trash_header())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)

    def _update_trash_header(self) -> None:
        if self.trash_toggle.isChecked():
            self.trash_header.set_counts(self.model.rowCount(), len(self.selected_ids()))

    def _on_table_context_menu_requested(self, position: QPoint) -> None:
        """A right-click (or the Menu key) over a row: the menu acts on the selection, which
        takes the row under the pointer when it is not selected yet."""
        index = self.table.indexAt(position)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.select_article(index.data(ARTICLE_ID_ROLE))
        elif not index.isValid() and self.table.currentIndex().isValid():  # the Menu key
            cell = self.table.visualRect(self.model.index(self.table.currentIndex().row(), HEADLINE))
            position = QPoint(cell.left() + 8, cell.center().y())
        if not self.selected_ids():
            return
        self.context_menu_requested.emit(self.table.viewport().mapToGlobal(position))

    # -- selection ---------------------------------------------------------------------------

    def current_article_id(self) -> int | None:
        index = self.table.currentIndex()
        value = index.data(ARTICLE_ID_ROLE) if index.isValid() else None
        return value if isinstance(value, int) else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        summaries = [self.model.summary(row) for row in rows]
        return [summary.id for summary in summaries if summary is not None]

    def select_article(self, article_id: int, *, quiet: bool = False) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        selection = self.table.selectionModel()
        if quiet:
            selection.blockSignals(True)
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if quiet:
            selection.blockSignals(False)
            self.table.viewport().update()
        self.table.scrollTo(index)
        return True

    def refresh(self) -> None:
        """Reload rows after a change in the store, keeping the current row and scroll."""
        current = self.current_article_id()
        self.model.refresh()
        if current is not None:
            self.select_article(current, quiet=True)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(ARTICLE_ID_ROLE) if current.isValid() else None
        self.current_article_changed.emit(value if isinstance(value, int) else None)

    def _on_search_field_return_pressed(self) -> None:
        self.apply_query()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
