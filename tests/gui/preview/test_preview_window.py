"""The big preview: the page in a window of its own (and back), following the editor there, with a
zoom (Ctrl+= / Ctrl+- / Ctrl+0 and a control showing the percentage) that shows the desktop width
readably; the window's place and the zoom are remembered."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolButton, QWidget

from tests.gui.helpers import child
from tests.gui.preview.test_preview_panel import WEBENGINE_NOISE, evaluate, sample_input, web_only
from workstation.ui.preview.panel import PreviewPanel
from workstation.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(*WEBENGINE_NOISE, r"^This plugin does not support raise\(\)$")
TIMEOUT = 15_000
CTRL = Qt.KeyboardModifier.ControlModifier


def _open_sample(window: MainWindow) -> PreviewPanel:
    window.article_commands.open_sample()
    window.editing.show_preview_tab()
    return window.editing.preview_tab.ensure_panel()


def _focus_in(qtbot, widget: QWidget) -> None:
    top = widget.window()
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_the_preview_opens_in_its_own_window_follows_the_editor_and_back(qtbot, window: MainWindow) -> None:
    panel = _open_sample(window)
    tab = window.editing.preview_tab
    qtbot.waitUntil(lambda: "Kim Jong-Un Orders Mass Production" in panel.current_html(), timeout=TIMEOUT)
    action = window.commands.preview_window
    assert action.objectName() == "previewWindowAction"
    assert action in child(window, QWidget, "viewMenu").actions()
    action.trigger()
    preview_window = window.findChild(QWidget, "previewWindow")
    assert preview_window is not None
    assert preview_window.isWindow()
    assert preview_window.isVisible()
    assert panel.window() is preview_window
    assert tab.away.isVisible()  # the tab says where the page went; its checks stay
    assert tab.checks.isVisibleTo(tab)
    qtbot.waitUntil(lambda: "Kim Jong-Un" in preview_window.windowTitle(), timeout=TIMEOUT)
    # Still the live page: typing in the editor shows there.
    headline = window.editing.editor.headline_edit
    headline.selectAll()
    qtbot.keyClicks(headline, "Drones over Pyongyang")
    qtbot.waitUntil(lambda: "Drones over Pyongyang" in panel.current_html(), timeout=TIMEOUT)
    # Closing the window brings the page back to the tab.
    preview_window.close()
    assert not action.isChecked()
    assert panel.window() is window
    assert panel.parent() is tab
    assert not tab.away.isVisible()
    assert window.findChild(QWidget, "previewWindow") is None or not preview_window.isVisible()
    # The tab's button opens it again, and the same button (now in the window) brings it back.
    button = panel.findChild(QToolButton, "previewWindowButton")
    assert button is not None
    assert button.text() == "Open in Window"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert action.isChecked()
    assert button.window() is tab.preview_window
    assert button.text() == "Back to the Tab"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not action.isChecked()
    assert panel.parent() is tab
    # And the menu action both ways.
    action.trigger()
    assert tab.detached
    action.trigger()
    assert not tab.detached
    assert panel.isVisible()
    # Ctrl+W closes the window, as in a browser.
    action.trigger()
    _focus_in(qtbot, panel.stage)
    qtbot.keyClick(panel.stage, Qt.Key.Key_W, CTRL)
    assert not tab.detached
    assert not action.isChecked()


def test_the_detached_preview_follows_the_cursor(qtbot, window: MainWindow) -> None:
    panel = _open_sample(window)
    window.commands.preview_window.trigger()
    body = window.editing.editor.body_edit
    _focus_in(qtbot, body)
    body.moveCursor(QTextCursor.MoveOperation.End)
    view = panel.web_view if panel.web_view is not None else panel.fallback_view
    assert view is not None
    qtbot.waitUntil(lambda: view.follow_index == 4, timeout=TIMEOUT)  # the fifth paragraph


def test_the_window_s_place_and_the_zoom_are_remembered(qtbot, window_factory) -> None:
    window = window_factory()
    _open_sample(window)
    window.commands.preview_window.trigger()
    preview_window = window.editing.preview_tab.preview_window
    assert preview_window is not None
    preview_window.setGeometry(40, 50, 700, 520)
    window.editing.preview_tab.panel.set_zoom(1.5)
    preview_window.close()
    window.close()
    again = window_factory()
    panel = _open_sample(again)
    assert panel.zoom_setting == 1.5
    again.commands.preview_window.trigger()
    reopened = again.editing.preview_tab.preview_window
    assert (reopened.width(), reopened.height()) == (700, 520)
    again.close()  # closing the main window with the preview out puts it away cleanly
    assert not shiboken6.isValid(reopened) or not reopened.isVisible()


def test_zoom_keys_and_the_zoom_control(qtbot, window: MainWindow) -> None:
    panel = _open_sample(window)
    window.commands.preview_window.trigger()
    preview_window = window.editing.preview_tab.preview_window
    assert preview_window is not None
    preview_window.resize(1280, 700)
    panel.set_width_preset("desktop")
    picker = panel.findChild(QToolButton, "previewZoomPicker")
    assert picker is not None
    qtbot.waitUntil(lambda: picker.text() == "Fit · 100%")  # wide enough: the desktop width at 100%
    assert panel.zoom == 1.0
    _focus_in(qtbot, panel.stage)
    qtbot.keyClick(panel.stage, Qt.Key.Key_Equal, CTRL)
    assert panel.zoom_setting == 1.1
    assert picker.text() == "110%"
    qtbot.keyClick(panel.stage, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(panel.stage, Qt.Key.Key_Minus, CTRL)
    assert panel.zoom_setting == 0.9
    assert picker.text() == "90%"
    qtbot.keyClick(panel.stage, Qt.Key.Key_0, CTRL)
    assert panel.zoom_setting is None
    assert picker.text() == "Fit · 100%"
    # The buttons do the same, and the menu offers sizes.
    zoom_in = panel.findChild(QAbstractButton, "previewZoomInButton")
    qtbot.mouseClick(zoom_in, Qt.MouseButton.LeftButton)
    assert panel.zoom_setting == 1.1
    menu = picker.menu()
    [two_hundred] = [a for a in menu.actions() if a.text() == "200%"]
    two_hundred.trigger()
    assert panel.zoom_setting == 2.0
    qtbot.waitUntil(panel.stage.horizontalScrollBar().isVisible)  # wider than the window: it scrolls
    assert panel.stage.child.width() == 2400
    if panel.web_view is not None:
        qtbot.waitUntil(lambda: abs(panel.web_view.page().zoomFactor() - 2.0) < 0.01, timeout=TIMEOUT)


@web_only
def test_the_desktop_width_is_readable_in_the_window(qtbot, window: MainWindow) -> None:
    panel = _open_sample(window)
    window.commands.preview_window.trigger()
    preview_window = window.editing.preview_tab.preview_window
    assert preview_window is not None
    preview_window.resize(1280, 720)
    panel.set_width_preset("desktop")
    web_view = panel.web_view
    assert web_view is not None
    qtbot.waitUntil(lambda: web_view.width() == 1200, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: evaluate(qtbot, panel, "window.innerWidth") == 1200, timeout=TIMEOUT)
    assert abs(web_view.page().zoomFactor() - 1.0) < 0.01
    # The body text at its size on screen (CSS px times the zoom), not scaled to 4 px.
    line = "parseFloat(getComputedStyle(document.querySelector('.body p')).lineHeight) || 0"

    def text_size() -> float:
        value = evaluate(qtbot, panel, line)
        return float(value) * web_view.page().zoomFactor() if isinstance(value, int | float) else 0.0

    qtbot.waitUntil(lambda: text_size() >= 24, timeout=TIMEOUT)  # 18 px text, 1.6 lines


@web_only
def test_a_zoomed_page_keeps_its_layout_width(qtbot, make_panel) -> None:
    panel = make_panel(width=900, height=600)
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_source(sample_input)
    panel.set_width_preset("tablet")
    panel.set_zoom(1.5)
    assert panel.web_view.width() == round(768 * 1.5)
    qtbot.waitUntil(lambda: abs(panel.web_view.page().zoomFactor() - 1.5) < 0.01, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: evaluate(qtbot, panel, "window.innerWidth") == 768, timeout=TIMEOUT)


def test_the_simplified_preview_zooms_its_text(qtbot, make_panel) -> None:
    panel = make_panel(force_fallback=True, render=sample_input)
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.update_now()
    view = panel.fallback_view
    assert view is not None

    def heading_size() -> float:
        block = view.document().begin()
        while block.isValid() and "Kim Jong-Un Orders" not in block.text():
            block = block.next()
        fragment = block.begin().fragment()
        form = fragment.charFormat()
        return float(form.fontPointSize() or form.font().pointSizeF())

    normal = heading_size()
    _focus_in(qtbot, panel.stage)
    qtbot.keyClick(panel.stage, Qt.Key.Key_Equal, CTRL)
    assert panel.zoom_setting == 1.1
    assert abs(heading_size() - normal * 1.1) < 0.05
    assert panel.findChild(QToolButton, "previewZoomPicker").text() == "110%"
    qtbot.keyClick(panel.stage, Qt.Key.Key_0, CTRL)
    assert abs(heading_size() - normal) < 0.05
