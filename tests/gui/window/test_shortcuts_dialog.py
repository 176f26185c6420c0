"""Help › Keyboard Shortcuts lists what the window's actions say, whoever added them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMenu

from tests.gui.helpers import child
from workstation.ui.window.main_window import MainWindow
from workstation.ui.window.shortcuts_dialog import OTHER, ShortcutsDialog

NATIVE = QKeySequence.SequenceFormat.NativeText
# Opening the window raises it over the main window: offscreen Qt says it cannot.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def _plain(text: str) -> str:
    return text.replace("&", "").removesuffix("…")


def _keys(action: QAction) -> str:
    return " or ".join(key.toString(NATIVE) for key in action.shortcuts())


def _menus(window: MainWindow) -> dict[QAction, str]:
    """Each action of the menu bar's menus -> its menu's title ("View › Writing Mode Options"
    for a submenu's)."""
    found: dict[QAction, str] = {}

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{title} › {_plain(action.text())}")
            else:
                found.setdefault(action, title)

    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        assert isinstance(menu, QMenu)
        walk(menu, _plain(menu.title()))
    return found


def _open(qtbot, window: MainWindow) -> ShortcutsDialog:
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = child(window, QDialog, "shortcutsDialog")
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_every_action_with_a_shortcut_is_listed_under_its_menu(qtbot, window: MainWindow) -> None:
    window.article_commands.open_sample()  # every part of the window exists
    dialog = _open(qtbot, window)
    listed = {(row.group, row.command, row.keys) for row in dialog.rows}
    menus = _menus(window)
    expected = {
        (menus.get(action, OTHER), _plain(action.text()), _keys(action))
        for action in window.findChildren(QAction)
        if action.shortcuts() and action.text()
    }
    assert expected <= listed
    assert len(dialog.rows) == len(expected)  # each once
    assert ("File", "Import Markdown", QKeySequence("Ctrl+Shift+O").toString(NATIVE)) in listed
    assert ("Format", "Bold", QKeySequence(QKeySequence.StandardKey.Bold).toString(NATIVE)) in listed
    assert ("Help", "Keyboard Shortcuts", QKeySequence("F1").toString(NATIVE)) in listed
    assert not any(
        keys == QKeySequence("Ctrl+I").toString(NATIVE) for group, _, keys in listed if group == "File"
    )


def test_a_command_added_later_is_listed_the_next_time(qtbot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    assert not any(row.command == "Word Goal" for row in dialog.rows)
    dialog.close()
    added = QAction("&Word Goal…", window)
    added.setShortcut(QKeySequence("Ctrl+Alt+G"))
    child(window, QMenu, "viewMenu").addAction(added)
    hidden_away = QAction("Focus Paragraph", window)  # in no menu at all
    hidden_away.setShortcut(QKeySequence("Ctrl+Alt+F"))
    window.addAction(hidden_away)
    again = _open(qtbot, window)
    assert again is dialog  # the one window, opened again
    commands = {(row.group, row.command) for row in again.rows}
    assert {("View", "Word Goal"), (OTHER, "Focus Paragraph")} <= commands


def test_the_filter_narrows_by_command_or_key(qtbot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.filter_edit, "bold")
    assert [row.command for row in dialog.visible_rows()] == ["Bold"]
    dialog.filter_edit.setText("ctrl+shift+o")
    assert [row.command for row in dialog.visible_rows()] == ["Import Markdown"]
    dialog.filter_edit.setText("format list")
    assert [row.command for row in dialog.visible_rows()] == ["Bulleted List", "Numbered List"]
    dialog.filter_edit.setText("teleport")
    assert dialog.visible_rows() == []
    assert dialog.empty_label.isVisibleTo(dialog)
    assert "teleport" in dialog.empty_label.text()
    dialog.filter_edit.clear()
    assert len(dialog.visible_rows()) == len(dialog.rows)
    assert not dialog.empty_label.isVisibleTo(dialog)


def test_the_help_menu_holds_keyboard_shortcuts(window: MainWindow) -> None:
    help_menu = child(window, QMenu, "helpMenu")
    action = window.findChild(QAction, "shortcutsAction")
    assert help_menu.actions()[0] is action
    action.trigger()
    dialog = child(window, QDialog, "shortcutsDialog")
    assert dialog.isVisible()
    assert not dialog.isModal()
    dialog.close()


def test_every_cell_has_a_name_for_a_screen_reader(qtbot, window: MainWindow) -> None:
    """A menu's heading row spans both columns on screen, but a screen reader still meets its
    Shortcut cell: it says which menu the row heads instead of nothing."""
    dialog = _open(qtbot, window)
    tree = QAccessible.queryAccessibleInterface(dialog.tree)
    assert tree is not None
    cells = [tree.child(i) for i in range(tree.childCount())]
    names = [c.text(QAccessible.Text.Name) for c in cells if c.role() == QAccessible.Role.TreeItem]
    assert len(names) > 20
    assert "" not in names
    assert "File menu" in names
