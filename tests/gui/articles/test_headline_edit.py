"""The headline field wraps and grows to three lines, never holds a line break (Enter moves on,
pasted lines join), and keeps its character counter; driven with real keys and clipboard data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.ui.articles.headline_edit import MAX_LINES, HeadlineEdit, one_line
from workstation.ui.window.main_window import MainWindow

LONG = (
    "Stockholm approves a new tram line through Sodermalm after a decade of debate over cost, route and noise"
)


def _open(window: MainWindow, content: ArticleContent) -> HeadlineEdit:
    window.resize(1366, 768)  # the default window on a laptop
    article = ws_of(window).articles.create(content)
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    assert window.editing.editor.article_id == article.id
    headline = window.editing.editor.headline_edit
    window.activateWindow()
    headline.setFocus()
    return headline


def _paste(qtbot, widget, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_typing_a_long_headline_grows_the_field_to_show_all_of_it(qtbot, window: MainWindow) -> None:
    headline = _open(window, ArticleContent(headline=""))
    qtbot.keyClicks(headline, "Short")
    one_line_height = headline.height()
    assert headline.visual_lines() == 1
    headline.selectAll()
    qtbot.keyClicks(headline, LONG)
    assert len(LONG) == 104
    assert headline.text() == LONG
    assert 2 <= headline.visual_lines() <= MAX_LINES
    assert headline.height() > one_line_height
    # The whole headline is on screen: nothing to scroll, every line inside the field.
    assert headline.verticalScrollBar().maximum() == 0
    layout = headline.document().firstBlock().layout()
    text_bottom = layout.lineAt(layout.lineCount() - 1).rect().bottom()
    assert text_bottom <= headline.viewport().height()
    # Deleting it shrinks the field back to one line.
    headline.selectAll()
    qtbot.keyClick(headline, Qt.Key.Key_Backspace)
    qtbot.keyClicks(headline, "Short")
    assert headline.height() == one_line_height


def test_a_headline_longer_than_three_lines_scrolls_inside_the_field(qtbot, window: MainWindow) -> None:
    headline = _open(window, ArticleContent(headline=""))
    heights: dict[int, int] = {}
    words = iter((LONG + " " + LONG + " " + LONG).split())
    while headline.visual_lines() <= MAX_LINES:
        qtbot.keyClicks(headline, next(words) + " ")
        heights.setdefault(headline.visual_lines(), headline.height())
    assert sorted(heights) == [1, 2, 3, 4]
    assert heights[1] < heights[2] < heights[3]
    assert heights[4] == heights[3]  # no taller than three lines: the rest scrolls
    assert headline.verticalScrollBar().maximum() > 0


def test_enter_moves_to_the_standfirst_and_inserts_no_line_break(qtbot, window: MainWindow) -> None:
    headline = _open(window, ArticleContent(headline=""))
    standfirst = window.editing.editor.standfirst_edit
    qtbot.keyClicks(headline, "Storm hits coast")
    qtbot.keyClick(headline, Qt.Key.Key_Return)
    assert standfirst.hasFocus()
    assert headline.text() == "Storm hits coast"
    assert headline.document().blockCount() == 1
    # The keypad's Enter does the same; Shift+Tab comes back, as Tab order has it.
    qtbot.keyClick(standfirst, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert headline.hasFocus()
    qtbot.keyClick(headline, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert standfirst.hasFocus()
    assert "\n" not in headline.text()
    # Tab too moves on, never types a tab.
    headline.setFocus()
    qtbot.keyClick(headline, Qt.Key.Key_Tab)
    assert standfirst.hasFocus()
    assert headline.text() == "Storm hits coast"


def test_enter_is_saved_as_no_edit_and_the_headline_saves(qtbot, window: MainWindow) -> None:
    headline = _open(window, ArticleContent(headline=""))
    qtbot.keyClicks(headline, "Storm hits coast")
    qtbot.keyClick(headline, Qt.Key.Key_Return)
    assert window.editing.autosave.flush_now()
    article = ws_of(window).articles.get(_current_id(window))
    assert article.headline == "Storm hits coast"


def test_pasted_line_breaks_become_spaces(qtbot, window: MainWindow) -> None:
    headline = _open(window, ArticleContent(headline=""))
    _paste(qtbot, headline, "a\nb")
    assert headline.text() == "a b"
    headline.selectAll()
    _paste(qtbot, headline, "Storm hits\r\n  the west coast\n\nand the islands\n")
    assert headline.text() == "Storm hits the west coast and the islands"
    assert headline.document().blockCount() == 1
    assert window.editing.editor.headline_counter.text() == f"{len(headline.text())}/90"


def test_pasting_into_the_middle_keeps_the_rest(qtbot, window: MainWindow) -> None:
    headline = _open(window, ArticleContent(headline="Kim orders drones"))
    headline.setCursorPosition(len("Kim orders"))
    _paste(qtbot, headline, " more\n")
    assert headline.text() == "Kim orders more drones"
    assert headline.cursorPosition() == len("Kim orders more")


def test_the_counter_follows_typing_and_turns_red_over_the_limit(qtbot, window: MainWindow) -> None:
    headline = _open(window, ArticleContent(headline=""))
    counter = window.editing.editor.headline_counter
    qtbot.keyClicks(headline, LONG[:76])
    assert counter.text() == "76/90"
    assert "#b3261e" not in counter.styleSheet()
    qtbot.keyClicks(headline, LONG[76:])
    assert counter.text() == "104/90"
    assert "#b3261e" in counter.styleSheet()
    qtbot.keyClick(headline, Qt.Key.Key_Return)  # Enter adds no character
    assert counter.text() == "104/90"
    headline.setFocus()
    for _ in range(20):
        qtbot.keyClick(headline, Qt.Key.Key_Backspace)
    assert counter.text() == "84/90"
    assert "#b3261e" not in counter.styleSheet()


def test_an_opened_article_shows_its_headline_from_the_start(qtbot, window: MainWindow) -> None:
    headline = _open(window, ArticleContent(headline=LONG))
    assert headline.text() == LONG
    assert headline.cursorPosition() == 0
    assert headline.verticalScrollBar().value() == 0
    assert window.editing.editor.headline_counter.text() == "104/90"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a\nb", "a b"),
        ("a\r\nb", "a b"),
        ("a \n b", "a b"),
        ("a\u2029b\u2028c", "a b c"),
        ("\nHeadline\n", "Headline"),
        ("Two  spaces stay", "Two  spaces stay"),
        ("", ""),
    ],
)
def test_one_line(text, line):
    assert one_line(text) == line


def test_the_field_speaks_qlineedits_api(qtbot) -> None:
    edit = HeadlineEdit()
    qtbot.addWidget(edit)
    seen: list[str] = []
    edit.textChanged.connect(seen.append)
    edit.setText("Kim\nOrders Drones")
    assert edit.text() == "Kim Orders Drones"
    assert seen[-1] == "Kim Orders Drones"
    assert edit.cursorPosition() == len("Kim Orders Drones")  # at the end, as QLineEdit puts it
    edit.setCursorPosition(4)
    assert edit.cursorPosition() == 4
    edit.setCursorPosition(999)
    assert edit.cursorPosition() == len(edit.text())
    edit.setSelection(4, 6)
    assert (edit.hasSelectedText(), edit.selectedText(), edit.selectionStart()) == (True, "Orders", 4)
    edit.insert("Buys\n")
    assert edit.text() == "Kim Buys Drones"
    assert not edit.hasSelectedText()
    assert edit.selectionStart() == -1


def _current_id(window: MainWindow) -> int:
    article_id = window.editing.editor.article_id
    assert article_id is not None
    return article_id
