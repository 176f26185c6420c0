"""The Tab order follows the screen: the list, the editor's fields (a tag's remove buttons with
the tag field), then the side panel; real Tab presses through QTest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workstation.ui.window.main_window import MainWindow

SIDE_TAB_BAR = "qt_tabwidget_tabbar"


def tab_walk(qtbot, window: MainWindow, presses: int) -> list[str]:
    stops = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        assert after is not None
        stops.append(after.objectName() or after.metaObject().className())
    return stops


def test_tab_goes_from_the_list_through_the_editor_to_the_side_panel(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.article_commands.open_sample()
    window.editing.show_preview_tab()
    window.list_pane.search_field.setFocus()
    stops = tab_walk(qtbot, window, 40)
    order = [
        stops.index(name) for name in ("articleList", "headlineEdit", "tagInput", "bodyEdit", SIDE_TAB_BAR)
    ]
    assert order == sorted(order), stops
    tags = stops.index("tagInput")
    assert stops[tags + 1 : tags + 5] == ["tagChip0", "tagChip1", "tagChip2", "tagChip3"]
    assert stops[tags + 5] == "bylineEdit"
