"""What the item models share: the index type Qt hands them, and the counts and horizontal
headers of a table whose columns are a tuple of names.

A model mixes these in before its Qt base, `class TagTableModel(ColumnTable, QAbstractTableModel)`,
and names its columns in `column_headers`."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from workstation.domain.i18n import translate

AnyIndex = QModelIndex | QPersistentModelIndex
"""An index as Qt passes it to a model or a delegate."""

RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
"""The TextAlignmentRole answer of a column of numbers."""


class ColumnHeaders:
    """headerData of a model with the columns `column_headers`, those in `right_aligned` (counts)
    aligned right; no vertical headers."""

    column_headers: ClassVar[tuple[str, ...]] = ()
    right_aligned: ClassVar[frozenset[int]] = frozenset()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.column_headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # Marked with QT_TRANSLATE_NOOP("Columns", ...) where the model names them.
            return translate("Columns", self.column_headers[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.right_aligned:
            return RIGHT_ALIGNED
        return None


class ColumnTable(ColumnHeaders):
    """A flat table: `_row_count()` rows of `column_headers`, and no children under a row."""

    def _row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.column_headers)
