"""Help › Keyboard Shortcuts: every shortcut of the window, read from its QActions each time
the window opens, never from a table written by hand. A command added anywhere later shows up
by itself, grouped by the menu that holds it (under "Other" if none does)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from workstation.domain.i18n import translate
from workstation.ui.common.action_text import plain_text, shortcut_text

OTHER = "Other"


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    group: str  # the menu ("Edit", "File › Recent"), or OTHER
    command: str
    keys: str  # in the platform's own words: Ctrl+Shift+O, ⇧⌘O

    def matches(self, query: str) -> bool:
        """Every word of the query is in the group, the command or the keys."""
        haystack = f"{self.group} {self.command} {self.keys}".casefold()
        return all(word in haystack for word in query.casefold().split())


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Each action of the window with a shortcut, in menu order, then the ones in no menu."""
    rows: list[ShortcutRow] = []
    seen: set[QAction] = set()

    def walk(menu: QMenu, group: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{group} › {plain_text(action.text())}")
            elif not action.isSeparator() and action not in seen:
                seen.add(action)
                if action.shortcuts():
                    rows.append(ShortcutRow(group, plain_text(action.text()), shortcut_text(action)))

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_text(menu.title()))
    for action in window.findChildren(QAction):
        if action not in seen and action.shortcuts() and action.text():
            seen.add(action)
            rows.append(ShortcutRow(OTHER, plain_text(action.text()), shortcut_text(action)))
    return rows


class ShortcutsDialog(QDialog):
    """Non-modal: it can stay open beside the article while the editor tries the keys."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self._window = window
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("shortcutsFilter")
        self.filter_edit.setAccessibleName(translate("ShortcutsDialog", "Filter shortcuts"))
        self.filter_edit.setPlaceholderText(
            translate("ShortcutsDialog", "Filter: a command or a key, e.g. bold or ctrl+shift")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsList")
        self.tree.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.tree.setHeaderLabels(
            [translate("ShortcutsDialog", "Command"), translate("ShortcutsDialog", "Shortcut")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("shortcutsEmptyLabel")
        self.empty_label.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("shortcutsCloseButton")
        close.setAccessibleName(translate("ShortcutsDialog", "Close"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.resize(520, 600)
        self.rows: list[ShortcutRow] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the window's actions again (their texts and keys may have changed)."""
        self.rows = shortcut_rows(self._window)
        self.tree.clear()
        self._groups: dict[str, tuple[QTreeWidgetItem, list[tuple[QTreeWidgetItem, ShortcutRow]]]] = {}
        for row in self.rows:
            if row.group not in self._groups:
                group = QTreeWidgetItem(self.tree, [row.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(True)
                # The spanned row still has a Shortcut cell for a screen reader: name it.
                group.setData(
                    1,
                    Qt.ItemDataRole.AccessibleTextRole,
                    translate("ShortcutsDialog", "{menu} menu").format(menu=row.group),
                )
                self._groups[row.group] = (group, [])
            group, items = self._groups[row.group]
            items.append((QTreeWidgetItem(group, [row.command, row.keys]), row))
        self.tree.expandAll()
        self._on_filter_edit_text_changed(self.filter_edit.text())

    def visible_rows(self) -> list[ShortcutRow]:
        """The rows the filter leaves shown."""
        return [row for _, items in self._groups.values() for item, row in items if not item.isHidden()]

    def _on_filter_edit_text_changed(self, query: str) -> None:
        count = 0
        for group, items in self._groups.values():
            shown = 0
            for item, row in items:
                item.setHidden(not row.matches(query))
                shown += not item.isHidden()
            group.setHidden(shown == 0)
            count += shown
        self.empty_label.setText(
            translate("ShortcutsDialog", "No command or key matches “{strip}”.").format(strip=query.strip())
        )
        self.empty_label.setVisible(count == 0)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
