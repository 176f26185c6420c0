"""The panes: on first start the editor gets most of a laptop's width, the list keeps its headlines
readable when narrow, and a pane dragged shut is hidden as View › Article List would hide it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.ui.articles.list_model import HEADLINE, SECTION, STATUS, UPDATED
from workstation.ui.articles.list_pane import HEADLINE_ROOM
from workstation.ui.window.main_window import MainWindow

LAPTOP = {"width": 1366, "height": 768}
FIRST_START = """
import json, sys
from pathlib import Path
from workstation.ui.preview.environment import configure_webengine_environment, register_url_schemes
configure_webengine_environment()
register_url_schemes()
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from workstation.domain.article import ArticleContent
from workstation.services.workspace import open_workspace
from workstation.ui.articles.list_model import COLUMNS, HEADLINE
from workstation.ui.window.main_window import MainWindow

def settle():
    for _ in range(20):
        app.processEvents()

def layout(window):
    header = window.list_pane.table.horizontalHeader()
    shown = [c for c in range(len(COLUMNS)) if not header.isSectionHidden(c)]
    return {"window": window.width(), "sizes": window.splitter.sizes(), "columns": shown,
            "headline": header.sectionSize(HEADLINE)}

data_dir = Path(sys.argv[1])
window = MainWindow(data_dir)
window.show()
window.attach_workspace(open_workspace(data_dir))
window.workspace.articles.create(ArticleContent(headline="Kim Jong-Un orders mass production of drones"))
window.signals.articles_changed.emit([])
settle()
screen = window.screen().size()
result = {"screen": [screen.width(), screen.height()], "first": layout(window)}
window.showMaximized()
settle()
result["maximized"] = layout(window)
window.close()
print(json.dumps(result))
"""


def _first_start_at(tmp_path: Path, screen: dict[str, int]) -> dict[str, Any]:
    """A first start (no settings) in a fresh process on an offscreen screen of this size."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "logicalDpi": 96, "dpr": 1, **screen}]}),
        encoding="utf-8",
    )
    data_dir = tmp_path / "first-start"
    data_dir.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_START, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_first_start_on_a_laptop_gives_the_editor_most_of_the_width(tmp_path: Path) -> None:
    result = _first_start_at(tmp_path, LAPTOP)
    assert result["screen"] == [1366, 768]
    for state in ("first", "maximized"):
        layout = result[state]
        list_width, editor, side = layout["sizes"]
        total = list_width + editor + side
        assert editor >= 0.48 * total, (state, layout)
        assert editor > 1.8 * max(list_width, side), (state, layout)
        assert 0.18 * total <= list_width <= 0.3 * total, (state, layout)
        assert 0.18 * total <= side <= 0.3 * total, (state, layout)
        # The list's columns still read: the headline keeps its room, the status shows.
        assert layout["headline"] >= HEADLINE_ROOM, (state, layout)
        assert HEADLINE in layout["columns"]
        assert STATUS in layout["columns"]
    assert result["maximized"]["window"] >= 1360  # the screen less its frame


def test_a_list_dragged_shut_is_hidden_and_the_menu_brings_it_back(qtbot, window: MainWindow) -> None:
    ws_of(window).articles.create(ArticleContent(headline="One"))
    window.signals.articles_changed.emit([])
    window.resize(1300, 760)
    qtbot.waitUntil(lambda: window.splitter.width() == 1300)
    assert window.commands.show_list.isChecked()
    handle = window.splitter.handle(1)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(handle, left, none, middle)
    QTest.mouseMove(handle, QPoint(middle.x() - 600, middle.y()))
    QTest.mouseRelease(handle, left, none, QPoint(middle.x() - 600, middle.y()))
    qtbot.waitUntil(lambda: not window.commands.show_list.isChecked())
    assert window.list_pane.isHidden()
    assert window.splitter.sizes()[0] == 0
    window.activateWindow()
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_L, control_shift)
    assert window.commands.show_list.isChecked()
    assert window.list_pane.isVisible()
    assert window.splitter.sizes()[0] >= window.list_pane.minimumSizeHint().width()
    window.close()


def test_a_list_saved_collapsed_starts_hidden(qtbot, window_factory) -> None:
    window = window_factory()
    ws_of(window).articles.create(ArticleContent(headline="One"))
    window.signals.articles_changed.emit([])
    window.resize(1300, 760)
    qtbot.waitUntil(lambda: window.splitter.width() == 1300)
    window.splitter.setSizes([0, 960, 340])  # collapsed, as a drag leaves it
    window.close()
    again = window_factory()
    assert not again.commands.show_list.isChecked()
    assert again.list_pane.isHidden()


def test_a_narrow_list_keeps_the_headline_and_gives_the_columns_back_when_wide(qtbot, window_factory) -> None:
    window = window_factory()
    ws_of(window).articles.create(ArticleContent(headline="Kim Jong-Un orders mass production of drones"))
    window.signals.articles_changed.emit([])
    window.resize(1300, 760)
    window.splitter.setSizes([560, 500, 240])
    header = window.list_pane.table.horizontalHeader()
    qtbot.waitUntil(lambda: not header.isSectionHidden(SECTION))
    assert not header.isSectionHidden(UPDATED)
    window.splitter.setSizes([330, 730, 240])
    qtbot.waitUntil(lambda: header.isSectionHidden(SECTION))
    assert header.sectionSize(HEADLINE) >= HEADLINE_ROOM
    assert not header.isSectionHidden(STATUS)
    window.close()  # saved narrow: what is saved is the editor's choice of columns
    again = window_factory()
    again.resize(1300, 760)
    again.splitter.setSizes([560, 500, 240])
    header = again.list_pane.table.horizontalHeader()
    qtbot.waitUntil(lambda: not header.isSectionHidden(SECTION))
    assert not header.isSectionHidden(UPDATED)
