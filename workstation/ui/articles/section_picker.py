"""A section picker that shows the section tree (Sports > Soccer) in its popup."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QTreeView, QWidget

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.taxonomy import SectionNode

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_SECTION = QT_TRANSLATE_NOOP("SectionPicker", "No section")


class SectionPickerWidget(QComboBox):
    """Emits section_chosen(int | None) when the user picks a section."""

    section_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionPicker")
        self.setAccessibleName(translate("SectionPickerWidget", "Section"))
        self._model = QStandardItemModel(self)
        self._items: dict[int | None, QStandardItem] = {}
        tree = QTreeView(self)
        tree.setObjectName("sectionPickerTree")
        tree.setHeaderHidden(True)
        tree.setAccessibleName(translate("SectionPickerWidget", "Sections"))
        tree.header().setObjectName("sectionPickerTreeHeader")
        tree.header().setAccessibleName(translate("SectionPickerWidget", "Section column"))
        tree.setItemsExpandable(False)
        tree.setRootIsDecorated(False)
        tree.setIndentation(16)
        self.setModel(self._model)
        self.setView(tree)
        self._section_id: int | None = None
        self._pressed: QModelIndex | None = None
        self.set_sections([])
        self.view().pressed.connect(self._on_view_pressed)
        self.activated.connect(self._on_activated)

    def set_sections(self, nodes: list[SectionNode]) -> None:
        keep = self._section_id
        self._model.clear()
        none_item = QStandardItem(translate("SectionPicker", NO_SECTION))
        none_item.setData(None, SECTION_ID_ROLE)
        self._model.appendRow(none_item)
        self._items = {None: none_item}
        for node in nodes:
            item = QStandardItem(node.section.name)
            item.setData(node.section.id, SECTION_ID_ROLE)
            item.setToolTip(node.path_text)
            parent = self._items.get(node.section.parent_id, None) if node.depth else None
            (parent or self._model.invisibleRootItem()).appendRow(item)
            self._items[node.section.id] = item
        tree = self.view()
        assert isinstance(tree, QTreeView)
        tree.expandAll()
        self.set_section_id(keep if keep in self._items else None)

    def section_id(self) -> int | None:
        return self._section_id

    def set_section_id(self, section_id: int | None) -> None:
        """Show this section as current without emitting section_chosen."""
        item = self._items.get(section_id) or self._items[None]
        self._section_id = item.data(SECTION_ID_ROLE)
        index = item.index()
        # A combo box shows rows of its root: point the root at the item's parent to show it.
        self.setRootModelIndex(index.parent())
        self.setCurrentIndex(index.row())
        self.setRootModelIndex(QModelIndex())

    def section_names(self) -> list[str]:
        """Every choice in tree order, for tests and screen readers."""
        names: list[str] = []
        root = self._model.invisibleRootItem()
        stack = [root.child(row) for row in reversed(range(root.rowCount()))]
        while stack:  # its own stack: a store may hold a path a thousand sections deep
            item = stack.pop()
            names.append(item.text())
            stack.extend(item.child(row) for row in reversed(range(item.rowCount())))
        return names

    def _on_view_pressed(self, index: QModelIndex) -> None:
        self._pressed = index

    def _on_activated(self, _row: int) -> None:
        index = self._pressed
        if index is None or not index.isValid():
            index = self._model.index(self.currentIndex(), 0, self.rootModelIndex())
        self._pressed = None
        self.set_section_id(index.data(SECTION_ID_ROLE))
        self.section_chosen.emit(self._section_id)

    def choose(self, section_id: int | None) -> None:
        """Pick a section as the user would (emits section_chosen)."""
        self.set_section_id(section_id)
        self.section_chosen.emit(self._section_id)
