"""SectionTreeModel: the section tree in navigation order, as a Qt item model.

The model holds SectionNode values handed to it by whoever calls TaxonomyService; it never
calls a service itself. Edits (inline rename, drag and drop) are shown at once and reported
through signals; the owner applies them through the service and reloads the tree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, overload

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QObject, Qt, Signal

from workstation.domain.i18n import QT_TRANSLATE_NOOP
from workstation.domain.taxonomy import SectionNode
from workstation.ui.common.table_model import AnyIndex, ColumnHeaders

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_MIME_TYPE = "application/x-workstation-section-id"

HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Slug"),
    QT_TRANSLATE_NOOP("Columns", "Articles"),
)
NAME, SLUG, ARTICLES = range(len(HEADERS))
# Drop position meaning "after the last sibling".
AT_END = -1


@dataclass
class _Item:
    node: SectionNode
    parent_id: int | None
    row: int
    children: list[int] = field(default_factory=list)


class SectionTreeModel(ColumnHeaders, QAbstractItemModel):
    """Name, slug and article count of every section; an index's internalId is its section id."""

    column_headers = HEADERS
    right_aligned = frozenset({ARTICLES})

    # section id, new name, new slug (the unchanged one is repeated as it was)
    rename_requested = Signal(int, str, str)
    # section id, new parent id (None: top level), position among the new siblings (AT_END: last)
    move_requested = Signal(int, object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: dict[int, _Item] = {}
        self._top: list[int] = []
        self._order: list[int] = []

    # -- loading and access ------------------------------------------------------------------

    def set_sections(self, nodes: Sequence[SectionNode]) -> None:
        """Show these sections; nodes come depth-first in navigation order (TaxonomyService.sections)."""
        self.beginResetModel()
        self._items = {}
        self._top = []
        self._order = []
        for node in nodes:
            section = node.section
            parent_id = section.parent_id if section.parent_id in self._items else None
            siblings = self._top if parent_id is None else self._items[parent_id].children
            self._items[section.id] = _Item(node, parent_id, len(siblings))
            siblings.append(section.id)
            self._order.append(section.id)
        self.endResetModel()

    def sections(self) -> list[SectionNode]:
        """Every section, depth-first in navigation order."""
        return [self._items[section_id].node for section_id in self._order]

    def node(self, index: AnyIndex) -> SectionNode | None:
        item = self._item(index)
        return None if item is None else item.node

    def node_by_id(self, section_id: int) -> SectionNode | None:
        item = self._items.get(section_id)
        return None if item is None else item.node

    def index_of(self, section_id: int, column: int = NAME) -> QModelIndex:
        item = self._items.get(section_id)
        if item is None:
            return QModelIndex()
        return self.createIndex(item.row, column, section_id)

    def sibling_ids(self, section_id: int) -> list[int]:
        """The ids beside this section under its parent, itself included, in order."""
        item = self._items[section_id]
        return list(self._siblings(item.parent_id))

    def parent_id(self, section_id: int) -> int | None:
        return self._items[section_id].parent_id

    def _siblings(self, parent_id: int | None) -> list[int]:
        return self._top if parent_id is None else self._items[parent_id].children

    def _item(self, index: AnyIndex) -> _Item | None:
        if not index.isValid() or index.model() is not self:
            return None
        return self._items.get(index.internalId())

    # -- Qt model interface ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(HEADERS) or row < 0:
            return QModelIndex()
        if parent.isValid():
            parent_item = self._item(parent)
            if parent_item is None or parent.column() != NAME:
                return QModelIndex()
            siblings = parent_item.children
        else:
            siblings = self._top
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: AnyIndex) -> QModelIndex: ...
    def parent(self, child: AnyIndex | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        item = self._item(child)
        if item is None or item.parent_id is None:
            return QModelIndex()
        return self.createIndex(self._items[item.parent_id].row, NAME, item.parent_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._top)
        item = self._item(parent)
        if item is None or parent.column() != NAME:
            return 0
        return len(item.children)

    def columnCount(self, _parent: AnyIndex = QModelIndex()) -> int:
        return len(HEADERS)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._item(index)
        if item is None:
            return None
        node, column = item.node, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return node.section.name
            if column == SLUG:
                return node.section.slug
            return node.article_count if role == Qt.ItemDataRole.EditRole else f"{node.article_count:,}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.path_text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ARTICLES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SECTION_ID_ROLE:
            return node.section.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() in (NAME, SLUG):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Show the new name or slug at once and ask for it to be stored (rename_requested)."""
        item = self._item(index)
        if item is None or role != Qt.ItemDataRole.EditRole or index.column() not in (NAME, SLUG):
            return False
        text = " ".join(str(value).split())
        section = item.node.section
        current = section.name if index.column() == NAME else section.slug
        if not text or text == current:
            return False
        name, slug = (text, section.slug) if index.column() == NAME else (section.name, text)
        item.node = replace(item.node, section=replace(section, name=name, slug=slug))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.rename_requested.emit(section.id, name, slug)
        return True

    # -- drag and drop: reported as move_requested, the owner moves and reloads --------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SECTION_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [index.internalId() for index in indexes if self._item(index) is not None]
        if ids:
            mime.setData(SECTION_MIME_TYPE, QByteArray(str(ids[0]).encode("ascii")))
        return mime

    def _dragged_id(self, data: QMimeData) -> int | None:
        if not data.hasFormat(SECTION_MIME_TYPE):
            return None
        raw = bytes(data.data(SECTION_MIME_TYPE).data()).decode("ascii", "replace")
        return int(raw) if raw.isdigit() and int(raw) in self._items else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, _row: int, _column: int, _parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._dragged_id(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, _column: int, parent: AnyIndex
    ) -> bool:
        """Report the move; return False so the view never removes the dragged row itself."""
        section_id = self._dragged_id(data)
        if section_id is None or action != Qt.DropAction.MoveAction:
            return False
        target = self._item(parent)
        parent_id = None if target is None else target.node.section.id
        position = AT_END
        if row >= 0:
            position = row
            item = self._items[section_id]
            if item.parent_id == parent_id and item.row < row:
                position -= 1  # the dragged row leaves a gap above the drop point
        self.move_requested.emit(section_id, parent_id, position)
        return False
