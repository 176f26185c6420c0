"""The publishing checks above the preview: what blocks or weakens publishing, click to fix."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workstation.domain.i18n import translate
from workstation.services.preflight import PreflightItem

FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
_BLOCKER_COLOR = "#b3261e"
_WARNING_COLOR = "#8a5a00"


class PreflightListWidget(QWidget):
    """Emits field_activated(field) when a check is clicked or chosen with Enter."""

    field_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflightPanel")
        self.setAccessibleName(translate("PreflightListWidget", "Publishing checks"))
        self.summary = QLabel()
        self.summary.setObjectName("preflightSummary")
        self.list = QListWidget()
        self.list.setObjectName("preflightList")
        self.list.setAccessibleName(translate("PreflightListWidget", "Publishing checks"))
        self.list.setAlternatingRowColors(False)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemClicked.connect(self._on_list_item_activated)
        self.set_items([])

    def set_items(self, items: list[PreflightItem]) -> None:
        self.list.clear()
        blockers = sum(1 for item in items if item.is_blocker)
        warnings = len(items) - blockers
        for item in items:
            mark = "⛔" if item.is_blocker else "⚠"
            row = QListWidgetItem(f"{mark}  {item.message}")
            row.setData(FIELD_ROLE, item.field)
            row.setForeground(QColor(_BLOCKER_COLOR if item.is_blocker else _WARNING_COLOR))
            row.setToolTip(translate("PreflightListWidget", "Click to go to the field"))
            self.list.addItem(row)
        if not items:
            self.summary.setText(translate("PreflightListWidget", "✓ Ready to publish: nothing blocks it."))
            self.summary.setStyleSheet("color: #1e7b34; font-weight: 600;")
        else:
            parts = []
            if blockers:
                parts.append(
                    translate("PreflightListWidget", "{blockers} to fix before publishing").format(
                        blockers=blockers
                    )
                )
            if warnings:
                parts.append(
                    translate("PreflightListWidget", "{warnings} to consider").format(warnings=warnings)
                )
            self.summary.setText(translate("PreflightListWidget", "Checks: ") + ", ".join(parts))
            color = _BLOCKER_COLOR if blockers else _WARNING_COLOR
            self.summary.setStyleSheet(f"color: {color}; font-weight: 600;")
        rows = min(max(len(items), 0), 4)
        self.list.setVisible(bool(items))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 6 if items else 0)

    def fields(self) -> list[str]:
        return [str(self.list.item(row).data(FIELD_ROLE)) for row in range(self.list.count())]

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.field_activated.emit(str(item.data(FIELD_ROLE)))
