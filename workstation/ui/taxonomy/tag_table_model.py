"""TagTableModel: every tag with how many articles use it, plus the proxy that sorts and filters it.

Like SectionTreeModel it holds values handed to it and reports inline renames through a signal;
the owner applies them through TaxonomyService and reloads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from workstation.domain.taxonomy import Tag

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

HEADERS = ("Tag", "Articles")
NAME, USAGE = range(len(HEADERS))

AnyIndex = QModelIndex | QPersistentModelIndex


class TagTableModel(QAbstractTableModel):
    # tag id, new name
    rename_requested = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tags: list[Tag] = []

    def set_tags(self, tags: Sequence[Tag]) -> None:
        self.beginResetModel()
        self._tags = list(tags)
        self.endResetModel()

    def tags(self) -> list[Tag]:
        return list(self._tags)

    def tag(self, row: int) -> Tag | None:
        return self._tags[row] if 0 <= row < len(self._tags) else None

    def tag_by_id(self, tag_id: int) -> Tag | None:
        return next((tag for tag in self._tags if tag.id == tag_id), None)

    def row_of(self, tag_id: int) -> int:
        return next((row for row, tag in enumerate(self._tags) if tag.id == tag_id), -1)

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._tags)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == USAGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._tags) or index.column() >= len(HEADERS):
            return None
        tag, column = self._tags[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return tag.name if column == NAME else f"{tag.usage_count:,}"
        if role == Qt.ItemDataRole.EditRole:
            return tag.name if column == NAME else tag.usage_count
        if role == SORT_ROLE:
            return tag.name.casefold() if column == NAME else tag.usage_count
        if role == Qt.ItemDataRole.TextAlignmentRole and column == USAGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{tag.name} (slug {tag.slug}), used by {tag.usage_count} article(s)"
        if role == TAG_ID_ROLE:
            return tag.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Show the new name at once and ask for it to be stored (rename_requested)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != NAME:
            return False
        if index.row() >= len(self._tags):
            return False
        tag = self._tags[index.row()]
        name = " ".join(str(value).split())
        if not name or name == tag.name:
            return False
        self._tags[index.row()] = replace(tag, name=name)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.rename_requested.emit(tag.id, name)
        return True


class TagFilterProxyModel(QSortFilterProxyModel):
    """Sorts names without regard to case and counts as numbers; filters on the name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
