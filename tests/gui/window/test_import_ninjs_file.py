"""File › Import takes an agency's ninjs item as it takes Markdown: the same service, one article."""

from __future__ import annotations

from pathlib import Path

from tests.gui.helpers import ws_of
from workstation.ui.window.main_window import MainWindow

NTB = Path(__file__).resolve().parents[2] / "data" / "ninjs" / "ntb_text.json"


def test_a_ninjs_item_is_imported_from_the_window(qtbot, window: MainWindow, prompts) -> None:
    window.article_commands.import_files([NTB])
    qtbot.waitUntil(lambda: len(ws_of(window).articles.list()) == 1, timeout=5000)
    (summary,) = ws_of(window).articles.list()
    assert (summary.headline, summary.byline) == ("Google har kjøpt giganttomt i Skien", "NTB")
    # The store has the article before the window hears the import's outcome: wait for it.
    qtbot.waitUntil(lambda: "Imported 1 of 1" in window.statusBar().currentMessage(), timeout=5000)
    assert "Imported 1 of 1" in window.statusBar().currentMessage()
    assert prompts.errors == []
