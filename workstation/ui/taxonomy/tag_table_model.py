"""TagTableModel: every tag with how many articles use it, plus the proxy that sorts and filters it.

Like SectionTreeModel it holds values handed to it and reports inline renames through a signal;
the owner applies them through TaxonomyService and reloads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, QSortFilterProxyModel, Qt, Signal

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.taxonomy import Tag
from workstation.ui.common.table_model import RIGHT_ALIGNED, AnyIndex, ColumnTable

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

HEADERS = (QT_TRANSLATE_NOOP("Columns", "Tag"), QT_TRANSLATE_NOOP("Columns", "Articles"))
NAME, USAGE = range(len(HEADERS))


class TagTableModel(ColumnTable, QAbstractTableModel):
    # tag id, new name
    rename_requested = Signal(int, str)
    column_headers = HEADERS
    right_aligned = frozenset({USAGE})

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

    def _row_count(self) -> int:
        return len(self._tags)

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
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "TagTableModel", "{name} (slug {slug}), used by {usage_count} article(s)"
            ).format(name=tag.name, slug=tag.slug, usage_count=tag.usage_count)
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
