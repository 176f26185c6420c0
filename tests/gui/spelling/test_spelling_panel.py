"""The Spelling tab: every misspelling of the article (field, word, context), stepped through
with Next and Previous; Enter and double-click select the word in its field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import child
from tests.gui.spelling.spelling_helpers import open_article
from workstation.ui.spelling.panel import SpellingPanel
from workstation.ui.window.main_window import MainWindow


def _rows(panel: SpellingPanel) -> list[tuple[str, str, str]]:
    rows = []
    for index in range(panel.list.topLevelItemCount()):
        item = panel.list.topLevelItem(index)
        assert item is not None
        rows.append((item.text(0), item.text(1), item.text(2)))
    return rows


def _select_row(panel: SpellingPanel, row: int) -> None:
    item = panel.list.topLevelItem(row)
    assert item is not None
    panel.list.setCurrentItem(item)


def test_the_panel_lists_every_misspelling_and_steps_through_them(qtbot, window: MainWindow) -> None:
    open_article(
        qtbot,
        window,
        headline="Teh councl will meet agian",
        body="The mayor sayd the budjet is fine.",
        byline="By a reportr",
        language="en",
    )
    panel = child(window, SpellingPanel, "spellingPanel")
    window.editing.show_side_tab(panel)
    qtbot.waitUntil(lambda: len(_rows(panel)) == 6, timeout=3000)
    assert [(field, word) for field, word, _ in _rows(panel)] == [
        ("Headline", "Teh"),
        ("Headline", "councl"),
        ("Headline", "agian"),
        ("Body", "sayd"),
        ("Body", "budjet"),
        ("Byline", "reportr"),
    ]
    assert _rows(panel)[4][2] == "The mayor sayd the budjet is fine."
    tabs = window.editing._parts.side_tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Spelling (6)"

    editor = window.editing.editor
    child(panel, type(panel.next_button), "spellingNextButton").click()
    assert QApplication.focusWidget() is editor.headline_edit
    assert editor.headline_edit.selectedText() == "Teh"
    _select_row(panel, 2)
    panel.next_button.click()
    assert QApplication.focusWidget() is editor.body_edit
    assert editor.body_edit.textCursor().selectedText() == "sayd"
    panel.next_button.click()
    assert editor.body_edit.textCursor().selectedText() == "budjet"
    panel.next_button.click()
    assert QApplication.focusWidget() is editor.byline_edit
    assert editor.byline_edit.selectedText() == "reportr"
    panel.next_button.click()  # wraps round to the first
    assert editor.headline_edit.selectedText() == "Teh"
    panel.previous_button.click()  # and back to the last
    assert QApplication.focusWidget() is editor.byline_edit

    # Enter on a row selects its word in its field.
    panel.list.setFocus()
    _select_row(panel, 1)
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor.headline_edit
    assert editor.headline_edit.selectedText() == "councl"

    # Fixing a word takes it off the list a moment later.
    editor.headline_edit.insert("council")
    qtbot.waitUntil(lambda: len(_rows(panel)) == 5, timeout=3000)
    assert "councl" not in [word for _, word, _ in _rows(panel)]


def test_an_article_with_no_misspelling_says_so(qtbot, window: MainWindow) -> None:
    open_article(qtbot, window, headline="The council will meet again", language="en")
    panel = child(window, SpellingPanel, "spellingPanel")
    window.editing.show_side_tab(panel)
    assert _rows(panel) == []
    assert panel.summary.text() == "No misspellings in this article."
    assert not panel.next_button.isEnabled()
