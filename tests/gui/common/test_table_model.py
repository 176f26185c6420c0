"""ui/common/table_model.py: counts and headers of a table named by its column tuple."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from workstation.ui.common.table_model import RIGHT_ALIGNED, AnyIndex, ColumnTable

HORIZONTAL, VERTICAL = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole


class _Fruit(ColumnTable, QAbstractTableModel):
    column_headers = ("Fruit", "Count")
    right_aligned = frozenset({1})

    def __init__(self, rows: list[tuple[str, int]]) -> None:
        super().__init__()
        self._rows = rows

    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return self._rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None


def test_counts_are_flat():
    model = _Fruit([("apple", 3), ("pear", 1)])
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    child = model.index(0, 0)
    assert (model.rowCount(child), model.columnCount(child)) == (0, 0)


def test_headers_are_the_column_names_with_counts_aligned_right():
    model = _Fruit([])
    assert [model.headerData(i, HORIZONTAL) for i in range(3)] == ["Fruit", "Count", None]
    assert model.headerData(0, HORIZONTAL, ALIGNMENT) is None
    assert model.headerData(1, HORIZONTAL, ALIGNMENT) == RIGHT_ALIGNED
    assert model.headerData(0, VERTICAL) is None


def test_qt_calls_the_mixed_in_methods():
    model = _Fruit([("apple", 3)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    assert (proxy.rowCount(QModelIndex()), proxy.columnCount(QModelIndex())) == (1, 2)
    assert proxy.headerData(1, HORIZONTAL) == "Count"
