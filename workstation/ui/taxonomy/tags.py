"""TagTablePanel: the Tags tab of the taxonomy manager: filter, sort, rename, merge.

Every change goes through TaxonomyService; afterwards the table reloads from the store, the
changed tag stays selected, and `changed` is emitted. Errors are shown, never raised.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.domain.text import name_key
from workstation.services.taxonomy import TaxonomyService
from workstation.ui.common import alerts
from workstation.ui.taxonomy import choosers
from workstation.ui.taxonomy import tag_table_model as ttm
from workstation.ui.taxonomy.panel import TaxonomyPanelBase, panel_button, row_height

EDIT_TRIGGERS = QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked


class TagTablePanel(TaxonomyPanelBase):
    """Every tag with its usage count; rename (F2) and merge the selected tags."""

    def __init__(self, taxonomy: TaxonomyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self.setObjectName("tagPanel")
        self.model = ttm.TagTableModel(self)
        self.proxy = ttm.TagFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("tagFilter")
        self.filter_edit.setAccessibleName(translate("TagTablePanel", "Filter tags"))
        self.filter_edit.setPlaceholderText(translate("TagTablePanel", "Filter tags…"))
        self.filter_edit.setClearButtonEnabled(True)

        view = self.view = QTableView()
        view.setObjectName("tagTable")
        view.setAccessibleName(translate("TagTablePanel", "Tags"))
        view.setModel(self.proxy)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(EDIT_TRIGGERS)
        view.setSortingEnabled(True)
        view.sortByColumn(ttm.NAME, Qt.SortOrder.AscendingOrder)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(row_height(view))
        view.verticalHeader().setObjectName("tagTableRowHeader")
        view.verticalHeader().setAccessibleName(translate("TagTablePanel", "Tag rows"))
        header = view.horizontalHeader()
        header.setObjectName("tagTableHeader")
        header.setAccessibleName(translate("TagTablePanel", "Tag columns (click to sort)"))
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(ttm.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ttm.USAGE, QHeaderView.ResizeMode.ResizeToContents)

        self.rename_button = panel_button(
            translate("TagTablePanel", "&Rename"),
            "renameTagButton",
            translate("TagTablePanel", "Rename the tag (F2)"),
            on_click=self._on_rename_button_clicked,
        )
        self.merge_button = panel_button(
            translate("TagTablePanel", "&Merge…"),
            "mergeTagsButton",
            translate("TagTablePanel", "Merge the selected tags into one"),
            on_click=self._on_merge_button_clicked,
        )
        hint = translate(
            "TagTablePanel", "Select two or more tags to merge them, or rename one to an existing tag."
        )
        self._lay_out(self.filter_edit, view, hint, [[self.rename_button, self.merge_button]])

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        view.selectionModel().selectionChanged.connect(self._on_selection_selection_changed)
        # Queued: an inline edit is applied after the view has closed its editor.
        self.model.rename_requested.connect(
            self._on_model_rename_requested, Qt.ConnectionType.QueuedConnection
        )

    # -- loading and selection ---------------------------------------------------------------

    def reload(self, select_ids: Sequence[int] = ()) -> None:
        self.model.set_tags(self._taxonomy.tags())
        self.select(select_ids)

    def selected_ids(self) -> list[int]:
        """The selected tags (that the filter shows), in the order they were selected."""
        rows = self.view.selectionModel().selectedRows(ttm.NAME)
        ids = [self.proxy.mapToSource(index).data(ttm.TAG_ID_ROLE) for index in rows]
        return [tag_id for tag_id in ids if isinstance(tag_id, int)]

    def select(self, tag_ids: Sequence[int]) -> None:
        selection = self.view.selectionModel()
        selection.clear()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        shown = [
            self.proxy.mapFromSource(self.model.index(self.model.row_of(tag_id), ttm.NAME))
            for tag_id in tag_ids
        ]
        for number, index in enumerate(index for index in shown if index.isValid()):
            if number == 0:
                selection.setCurrentIndex(index, flags)
                self.view.scrollTo(index)
            else:
                selection.select(index, flags)
        self._update_buttons()

    def _change(self, title: str, action: Callable[[], list[int]]) -> bool:
        """Run a change; action returns the tags to select afterwards. Reloads either way."""
        try:
            select_ids = action()
        except WorkstationError as error:
            self.reload(self.selected_ids())  # drop what an inline edit showed
            self._report(title, error)
            return False
        self.reload(select_ids)
        self.changed.emit()
        return True

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.rename_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count >= 2)

    def _on_selection_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_buttons()

    # -- renaming and merging ----------------------------------------------------------------

    def _on_rename_button_clicked(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.view.setFocus()
            self.view.edit(self.proxy.mapFromSource(self.model.index(self.model.row_of(ids[0]), ttm.NAME)))

    def _on_model_rename_requested(self, tag_id: int, name: str) -> None:
        stored = {tag.id: tag for tag in self._taxonomy.tags()}
        other = next(
            (t for t in stored.values() if t.id != tag_id and name_key(t.name) == name_key(name)), None
        )
        if other is None or tag_id not in stored:
            self._change(
                translate("TagTablePanel", "Could not rename the tag"),
                lambda: [self._taxonomy.rename_tag(tag_id, name).id],
            )
            return
        old = stored[tag_id]
        question = translate(
            "TagTablePanel",
            "A tag named “{name}” already exists. Merge “{name2}” into it? Its {usage_count:,} "
            "article(s) get “{name}” instead.",
        ).format(name=other.name, name2=old.name, usage_count=old.usage_count)
        if alerts.confirm(
            self, translate("TagTablePanel", "Merge tags"), question, translate("TagTablePanel", "Merge")
        ):
            self._merge([tag_id], other.id)
        else:
            self.reload([tag_id])  # show the stored name again

    def _merge(self, source_ids: Sequence[int], target_id: int) -> None:
        self._change(
            translate("TagTablePanel", "Could not merge the tags"),
            lambda: [self._taxonomy.merge_tags(source_ids, target_id).id],
        )

    def _on_merge_button_clicked(self) -> None:
        tags = [tag for tag in map(self.model.tag_by_id, self.selected_ids()) if tag is not None]
        if len(tags) < 2:
            return
        target_id = choosers.ask_merge_target(self, tags)
        if target_id is not None:
            self._merge([tag.id for tag in tags], target_id)
