"""SectionTreePanel: the Sections tab of the taxonomy manager.

Every change goes through TaxonomyService; afterwards the tree reloads from the store, the
changed section stays selected, and `changed` is emitted. Errors are shown, never raised.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.domain.taxonomy import SectionNode
from workstation.services.taxonomy import TaxonomyService
from workstation.ui.common import alerts
from workstation.ui.taxonomy import choosers
from workstation.ui.taxonomy import section_tree_model as stm
from workstation.ui.taxonomy.panel import RoomyItemDelegate, TaxonomyPanelBase, panel_button

EDIT_TRIGGERS = QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


class SectionTreePanel(TaxonomyPanelBase):
    """The section tree with Add, Rename, Move up/down, Indent/Outdent, Move to… and Delete."""

    def __init__(self, taxonomy: TaxonomyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self.setObjectName("sectionPanel")
        self.model = stm.SectionTreeModel(self)
        view = self.view = QTreeView()
        view.setObjectName("sectionTree")
        view.setAccessibleName(translate("SectionTreePanel", "Sections"))
        view.setModel(self.model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(EDIT_TRIGGERS)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setAlternatingRowColors(True)
        view.setUniformRowHeights(True)
        view.setItemDelegate(RoomyItemDelegate(view))
        header = view.header()
        header.setObjectName("sectionTreeHeader")
        header.setAccessibleName(translate("SectionTreePanel", "Section columns"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stm.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(stm.SLUG, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stm.ARTICLES, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(stm.SLUG, 160)
        view.installEventFilter(self)

        b = panel_button
        self.add_button = b(
            translate("SectionTreePanel", "&Add section"),
            "addSectionButton",
            translate("SectionTreePanel", "Add a top-level section"),
            on_click=self._on_add_button_clicked,
        )
        self.add_sub_button = b(
            translate("SectionTreePanel", "Add s&ub-section"),
            "addSubsectionButton",
            translate("SectionTreePanel", "Add a section under the selected one"),
            on_click=self._on_add_sub_button_clicked,
        )
        self.rename_button = b(
            translate("SectionTreePanel", "&Rename"),
            "renameSectionButton",
            translate("SectionTreePanel", "Rename (F2)"),
            on_click=self._on_rename_button_clicked,
        )
        self.up_button = b(
            translate("SectionTreePanel", "Move &up"),
            "moveUpButton",
            translate("SectionTreePanel", "Move up (Ctrl+Up)"),
            on_click=self._on_up_button_clicked,
        )
        self.down_button = b(
            translate("SectionTreePanel", "Move &down"),
            "moveDownButton",
            translate("SectionTreePanel", "Move down (Ctrl+Down)"),
            on_click=self._on_down_button_clicked,
        )
        self.indent_button = b(
            translate("SectionTreePanel", "&Indent"),
            "indentButton",
            translate("SectionTreePanel", "Put it under the section above it (Ctrl+Right)"),
            on_click=self._on_indent_button_clicked,
        )
        self.outdent_button = b(
            translate("SectionTreePanel", "&Outdent"),
            "outdentButton",
            translate("SectionTreePanel", "Move it up one level, after its parent (Ctrl+Left)"),
            on_click=self._on_outdent_button_clicked,
        )
        self.move_to_button = b(
            translate("SectionTreePanel", "Mo&ve to…"),
            "moveToButton",
            translate("SectionTreePanel", "Move it under another section"),
            on_click=self._on_move_to_button_clicked,
        )
        self.delete_button = b(
            translate("SectionTreePanel", "De&lete…"),
            "deleteSectionButton",
            translate("SectionTreePanel", "Delete the section (Delete)"),
            on_click=self._on_delete_button_clicked,
        )
        groups = [
            [self.add_button, self.add_sub_button, self.rename_button],
            [self.up_button, self.down_button, self.indent_button, self.outdent_button],
            [self.move_to_button, self.delete_button],
        ]
        hint = translate(
            "SectionTreePanel", "The order here is the site's navigation order. Drag a section to move it."
        )
        self._lay_out(None, view, hint, groups)

        view.selectionModel().currentChanged.connect(self._on_selection_current_changed)
        # Queued: an inline edit or a drop is applied after the view has finished with it.
        self.model.rename_requested.connect(
            self._on_model_rename_requested, Qt.ConnectionType.QueuedConnection
        )
        self.model.move_requested.connect(self._on_model_move_requested, Qt.ConnectionType.QueuedConnection)

    # -- loading and selection ---------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_sections(self._taxonomy.sections())
        self.view.expandAll()
        self.select(select_id)

    def selected(self) -> SectionNode | None:
        return self.model.node(self.view.currentIndex())

    def selected_id(self) -> int | None:
        node = self.selected()
        return None if node is None else node.section.id

    def select(self, section_id: int | None) -> None:
        index = QModelIndex() if section_id is None else self.model.index_of(section_id)
        selection = self.view.selectionModel()
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        else:
            selection.clear()
        self._update_buttons()

    def _change(self, title: str, action: Callable[[], int | None]) -> bool:
        """Run a change; action returns the section to select afterwards. Reloads either way."""
        try:
            select_id = action()
        except WorkstationError as error:
            self.reload(self.selected_id())  # drop what an inline edit or a drop showed
            self._report(title, error)
            return False
        self.reload(select_id)
        self.changed.emit()
        return True

    def _update_buttons(self) -> None:
        node = self.selected()
        siblings = [] if node is None else self.model.sibling_ids(node.section.id)
        row = -1 if node is None else siblings.index(node.section.id)
        for button in (self.add_sub_button, self.rename_button, self.move_to_button, self.delete_button):
            button.setEnabled(node is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(siblings) - 1)
        self.indent_button.setEnabled(row > 0)
        self.outdent_button.setEnabled(node is not None and node.section.parent_id is not None)

    def _on_selection_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    # -- adding and renaming -----------------------------------------------------------------

    def _add(self, parent_id: int | None) -> None:
        title = (
            translate("SectionTreePanel", "Add section")
            if parent_id is None
            else translate("SectionTreePanel", "Add sub-section")
        )
        name = choosers.ask_section_name(self, title, translate("SectionTreePanel", "Name:"))
        if name:
            self._change(
                translate("SectionTreePanel", "Could not add the section"),
                lambda: self._taxonomy.create_section(name, parent_id).id,
            )

    def _on_add_button_clicked(self) -> None:
        self._add(None)

    def _on_add_sub_button_clicked(self) -> None:
        section_id = self.selected_id()
        if section_id is not None:
            self._add(section_id)

    def _on_rename_button_clicked(self) -> None:
        section_id = self.selected_id()
        if section_id is not None:
            self.view.setFocus()
            self.view.edit(self.model.index_of(section_id, stm.NAME))

    def _on_model_rename_requested(self, section_id: int, name: str, slug: str) -> None:
        self._change(
            translate("SectionTreePanel", "Could not rename the section"),
            lambda: self._taxonomy.rename_section(section_id, name, slug).id,
        )

    # -- moving ------------------------------------------------------------------------------

    def _move(self, section_id: int, parent_id: int | None, position: int | None) -> None:
        if self.model.node_by_id(section_id) is None:
            return
        if parent_id == self.model.parent_id(section_id):
            siblings = self.model.sibling_ids(section_id)
            if siblings.index(section_id) == (len(siblings) - 1 if position is None else position):
                return  # dropped where it already is
        self._change(
            translate("SectionTreePanel", "Could not move the section"),
            lambda: self._taxonomy.move_section(section_id, parent_id, position).id,
        )

    def _on_model_move_requested(self, section_id: int, parent_id: int | None, position: int) -> None:
        self._move(section_id, parent_id, None if position == stm.AT_END else position)

    def _step(self, step: int) -> None:
        section_id = self.selected_id()
        if section_id is None:
            return
        siblings = self.model.sibling_ids(section_id)
        row = siblings.index(section_id) + step
        if 0 <= row < len(siblings):
            self._move(section_id, self.model.parent_id(section_id), row)

    def _on_up_button_clicked(self) -> None:
        self._step(-1)

    def _on_down_button_clicked(self) -> None:
        self._step(+1)

    def _on_indent_button_clicked(self) -> None:
        section_id = self.selected_id()
        if section_id is None:
            return
        siblings = self.model.sibling_ids(section_id)
        row = siblings.index(section_id)
        if row > 0:
            self._move(section_id, siblings[row - 1], None)

    def _on_outdent_button_clicked(self) -> None:
        section_id = self.selected_id()
        parent_id = None if section_id is None else self.model.parent_id(section_id)
        if section_id is None or parent_id is None:
            return
        after_parent = self.model.sibling_ids(parent_id).index(parent_id) + 1
        self._move(section_id, self.model.parent_id(parent_id), after_parent)

    def _on_move_to_button_clicked(self) -> None:
        node = self.selected()
        if node is None:
            return
        choice = choosers.ask_new_parent(self, self.model.sections(), node)
        if choice is not None and choice.section_id != node.section.parent_id:
            self._move(node.section.id, choice.section_id, None)

    # -- deleting ----------------------------------------------------------------------------

    def _on_delete_button_clicked(self) -> None:
        node = self.selected()
        if node is None:
            return
        section_id = node.section.id
        if node.article_count:
            choice = choosers.ask_move_target(self, self.model.sections(), node)
            if choice is None:
                return
            target = choice.section_id
        else:
            has_children = self.model.rowCount(self.model.index_of(section_id)) > 0
            extra = (
                translate("SectionTreePanel", " Its sub-sections move up one level.") if has_children else ""
            )
            question = translate(
                "SectionTreePanel", "Delete the section “{name}”? It holds no articles.{extra}"
            ).format(name=node.section.name, extra=extra)
            if not alerts.confirm(
                self,
                translate("SectionTreePanel", "Delete section"),
                question,
                translate("SectionTreePanel", "Delete"),
            ):
                return
            target = None
        # Afterwards select the next sibling, else the one before, else the parent.
        siblings = self.model.sibling_ids(section_id)
        row = siblings.index(section_id)
        neighbours = siblings[row + 1 : row + 2] or siblings[max(0, row - 1) : row]
        after = neighbours[0] if neighbours else self.model.parent_id(section_id)

        def delete() -> int | None:
            self._taxonomy.delete_section(section_id, target)
            return after

        self._change(translate("SectionTreePanel", "Could not delete the section"), delete)

    # -- keyboard ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete deletes; Ctrl+Up/Down reorder; Ctrl+Left/Right outdent/indent (F2 is the view's)."""
        if watched is self.view and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            handlers: dict[tuple[Qt.Key, Qt.KeyboardModifier], Callable[[], None]] = {
                (Qt.Key.Key_Delete, NO_MODIFIER): self._on_delete_button_clicked,
                (Qt.Key.Key_Up, CTRL): self._on_up_button_clicked,
                (Qt.Key.Key_Down, CTRL): self._on_down_button_clicked,
                (Qt.Key.Key_Left, CTRL): self._on_outdent_button_clicked,
                (Qt.Key.Key_Right, CTRL): self._on_indent_button_clicked,
            }
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            handler = handlers.get((Qt.Key(event.key()), modifiers))
            if handler is not None and self.view.state() != QAbstractItemView.State.EditingState:
                handler()
                return True
        return super().eventFilter(watched, event)
