"""The context menu on a misspelling, opened by real right-clicks: suggestions found off the
GUI thread (the window keeps painting), Add to Dictionary, Ignore in This Article."""

from __future__ import annotations

import itertools
import time

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget

from tests.gui.helpers import ws_of
from tests.gui.spelling.spelling_helpers import (
    actions_named,
    line_underlined,
    open_article,
    right_click_menu,
    spelling,
    underlined,
)
from workstation.ui.spelling.menu import PENDING_TEXT
from workstation.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # menus offscreen


def _point_at(edit: QPlainTextEdit, text: str) -> QPoint:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(edit.toPlainText().index(text) + 2)
    return edit.cursorRect(cursor).center()


def _line_point(line: QLineEdit, text: str) -> QPoint:
    overlay = line.findChild(QWidget, f"{line.objectName()}SpellUnderline")
    start = line.text().index(text)
    x = (overlay.word_x(start) + overlay.word_x(start + len(text))) / 2  # type: ignore[union-attr]
    return QPoint(int(x), line.height() // 2)


@pytest.mark.timing
def test_suggestions_come_from_a_worker_while_the_window_stays_responsive(qtbot, window: MainWindow) -> None:
    open_article(qtbot, window, body="Beslutet om förhandlngarna kom i går.", language="sv")
    body = window.editing.editor.body_edit
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    seen: dict[str, list[str]] = {}

    def inspect(menu: QMenu) -> None:
        seen["first"] = [a.text() for a in menu.actions()[:3]]
        timer.start()
        qtbot.waitUntil(
            lambda: not actions_named(menu, "spellingSuggestionsPending"),
            timeout=10_000,
        )
        timer.stop()
        seen["suggestions"] = actions_named(menu, "spellingSuggestionAction")
        seen["pending"] = actions_named(menu, "spellingSuggestionsPending")
        seen["all"] = [a.text() for a in menu.actions()]
        take = [a for a in menu.actions() if a.text() == "förhandlingarna"]
        menu.close()
        if take:
            take[0].trigger()

    right_click_menu(window, body.viewport(), _point_at(body, "förhandlngarna"), inspect)
    assert seen["first"][0] == PENDING_TEXT  # at once, before the helper answers
    assert "förhandlingarna" in seen["suggestions"], seen["all"]
    assert seen["pending"] == []  # replaced by the suggestions
    assert body.markdown() == "Beslutet om förhandlingarna kom i går."
    assert underlined(body) == []
    # The GUI thread ran its timer all along. Hunspell in this process would hold the GIL for
    # the whole suggestion: one gap as long as the wait, and hardly a tick.
    assert len(ticks) >= 5
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 0.75 * (ticks[-1] - ticks[0])


def test_add_to_dictionary_from_the_headline(qtbot, window: MainWindow, data_dir) -> None:
    open_article(qtbot, window, headline="Zlatanorama returns to Malmo", language="en")
    headline = window.editing.editor.headline_edit
    assert "Zlatanorama" in underlined(headline)

    def add(menu: QMenu) -> None:
        assert menu.objectName() == "headlineEditContextMenu"
        (action,) = [a for a in menu.actions() if a.objectName() == "spellingAddAction"]
        assert any(a.text() == "&Copy" or "Copy" in a.text() for a in menu.actions())  # Qt's items stay
        menu.close()
        action.trigger()

    right_click_menu(window, headline.viewport(), _point_at(headline, "Zlatanorama"), add)
    assert "Zlatanorama" not in underlined(headline)
    words = (data_dir / "spelling" / "en.txt").read_text(encoding="utf-8").splitlines()
    assert words == ["Zlatanorama"]


def test_ignore_in_this_article_from_the_byline(qtbot, window: MainWindow) -> None:
    first = open_article(qtbot, window, byline="By Krzysztofa Wlodarczykowna", language="en")
    byline = window.editing.editor.byline_edit
    assert line_underlined(byline) == ["Krzysztofa", "Wlodarczykowna"]

    def ignore(menu: QMenu) -> None:
        (action,) = [a for a in menu.actions() if a.objectName() == "spellingIgnoreAction"]
        menu.close()
        action.trigger()

    right_click_menu(window, byline, _line_point(byline, "Wlodarczykowna"), ignore)
    assert line_underlined(byline) == ["Krzysztofa"]
    # Another article still flags it; back in the first, it is ignored again.
    open_article(qtbot, window, byline="By Wlodarczykowna", language="en")
    assert line_underlined(byline) == ["Wlodarczykowna"]
    window.list_pane.select_article(first)
    assert line_underlined(byline) == ["Krzysztofa"]
    assert spelling(window).checker.personal is not None


def test_a_word_ignored_in_an_article_stays_ignored_after_a_restart(qtbot, window_factory) -> None:
    window = window_factory()
    article_id = open_article(qtbot, window, body="The councl met.", language="en")
    body = window.editing.editor.body_edit
    assert underlined(body) == ["councl"]
    spelling(window).ignore("councl")
    assert underlined(body) == []
    window.close()
    again = window_factory()  # the next start, on the same data dir
    again.resize(1366, 768)
    again.list_pane.select_article(article_id)
    controller = spelling(again)
    qtbot.waitUntil(lambda: not controller.busy and controller.checker.is_loaded("en"), timeout=5000)
    assert underlined(again.editing.editor.body_edit) == []
    assert controller.ignored() == {"councl"}


def test_a_new_article_given_a_deleted_ones_id_does_not_inherit_its_ignored_words(qtbot, window) -> None:
    first = open_article(qtbot, window, body="The councl met.", language="en")
    spelling(window).ignore("councl")
    assert underlined(window.editing.editor.body_edit) == []
    ws_of(window).articles.trash([first])
    ws_of(window).trash.delete([first])
    window.editing.show_article(None)  # as the Trash's Delete Permanently leaves the window
    window.signals.articles_changed.emit([first])
    again = open_article(qtbot, window, body="The councl met again.", language="en")
    assert again == first  # SQLite gives the id again
    assert underlined(window.editing.editor.body_edit) == ["councl"]


def test_a_correct_word_gets_no_spelling_items(qtbot, window: MainWindow) -> None:
    open_article(qtbot, window, standfirst="The council will meet again.", language="en")
    standfirst = window.editing.editor.standfirst_edit
    seen: list[str] = []

    def look(menu: QMenu) -> None:
        seen.extend(a.objectName() for a in menu.actions())
        menu.close()

    right_click_menu(window, standfirst.viewport(), _point_at(standfirst, "council"), look)
    assert seen
    assert not [name for name in seen if name.startswith("spelling")]


def test_a_trashed_article_offers_no_replacement(qtbot, window: MainWindow) -> None:
    article_id = open_article(qtbot, window, body="The councl met.", language="en")
    ws_of(window).articles.trash([article_id])
    window.editing.show_article(None)
    window.editing.show_article(article_id)
    body = window.editing.editor.body_edit
    assert body.isReadOnly()
    assert underlined(body) == ["councl"]  # still shown
    seen: dict[str, list[bool]] = {}

    def look(menu: QMenu) -> None:
        qtbot.waitUntil(lambda: not actions_named(menu, "spellingSuggestionsPending"), timeout=10_000)
        suggestions = [a for a in menu.actions() if a.objectName() == "spellingSuggestionAction"]
        seen["enabled"] = [a.isEnabled() for a in suggestions]
        for action in suggestions:
            action.trigger()  # a disabled action's trigger does nothing; nor would replace()

    right_click_menu(window, body.viewport(), _point_at(body, "councl"), look)
    assert seen["enabled"]
    assert not any(seen["enabled"])
    assert body.markdown() == "The councl met."
