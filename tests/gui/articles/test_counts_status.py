"""The status bar's counts: words and characters over the same text and saying which, the
selection's when there is one, never "0 min read"; and the word target, set from the status bar,
shown as progress, saved, and undone with Ctrl+Z."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.domain.text import TextCount
from workstation.ui.articles.counts_status import (
    OVER_COLOUR,
    ArticleCounts,
    counts_text,
    reading_time,
    target_state,
    target_tooltip,
)
from workstation.ui.window.main_window import MainWindow

SHA = "3f2a9c" + "0" * 58
# The completion popup asks the platform to raise it and grab the keyboard; offscreen can't.
offscreen_popup = pytest.mark.qt_log_ignore("This plugin does not support")


def _open(window: MainWindow, content: ArticleContent) -> int:
    article = ws_of(window).articles.create(content)
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    assert window.editing.editor.article_id == article.id
    window.activateWindow()
    return article.id


def _type(widget, text: str) -> None:
    """Real keys: a line break is the Return key (QTest types only printable ASCII)."""
    for number, line in enumerate(text.split("\n")):
        if number:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        QTest.keyClicks(widget, line)


def _counted(qtbot, window: MainWindow, action) -> str:
    with qtbot.waitSignal(window.editing.editor.counts_changed, timeout=2000):
        action()
    return window.word_count_label.text()


def test_an_empty_article_has_no_reading_time(window: MainWindow) -> None:
    _open(window, ArticleContent())
    assert window.word_count_label.text() == "Body: 0 words · 0 characters"
    assert "min read" not in window.word_count_label.toolTip()


def test_photo_references_and_markdown_are_not_counted(qtbot, window: MainWindow) -> None:
    _open(window, ArticleContent(headline="Drones"))
    body = window.editing.editor.body_edit
    body.setFocus()
    text = _counted(qtbot, window, lambda: _type(body, f"## Two words\n\n![A caption here](photo:{SHA})"))
    assert text == "Body: 2 words · 9 characters · under 1 min read"
    text = _counted(qtbot, window, lambda: _type(body, "\n\nSee **the** [site](https://example.com/a-b)."))
    assert text == "Body: 5 words · 22 characters · under 1 min read"


def test_a_long_body_is_counted_off_the_gui_thread_and_a_count_of_older_text_never_shows(
    qtbot, window: MainWindow
) -> None:
    from workstation.ui.articles.editor import COUNT_ON_WORKER_CHARS

    body_text = "Word " * (COUNT_ON_WORKER_CHARS // 5 + 100)
    words = len(body_text.split())
    counts: list[int] = []
    window.editing.editor.counts_changed.connect(lambda c: counts.append(c.body.words))
    with qtbot.waitSignal(window.editing.editor.counts_changed, timeout=2000):
        _open(window, ArticleContent(headline="Long", body=body_text))
    assert counts == [words]  # delivered later, by the worker: not at once on opening
    body = window.editing.editor.body_edit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    QTest.keyClicks(body, " more")
    counts.clear()
    window.editing.editor.update_counters()  # a count of this text starts on the worker …
    QTest.keyClicks(body, " again")  # … and the text changes before it is delivered
    qtbot.waitUntil(lambda: bool(counts), timeout=2000)
    assert counts == [words + 2]
    assert window.word_count_label.text().startswith(f"Body: {words + 2:,} words")


def test_the_tooltip_counts_each_field_and_the_whole_article(window: MainWindow) -> None:
    _open(window, ArticleContent(headline="Storm hits", standfirst="A *big* one.", body="Wind and rain."))
    tooltip = window.word_count_label.toolTip()
    assert "Headline: 2 words · 10 characters" in tooltip
    assert "Standfirst: 3 words · 10 characters" in tooltip
    assert "Body: 3 words · 14 characters" in tooltip
    assert "Headline, standfirst and body: 8 words · 34 characters · under 1 min read" in tooltip


def test_selecting_with_shift_and_arrows_shows_the_selections_counts(qtbot, window: MainWindow) -> None:
    _open(window, ArticleContent(body="Malmö och Göteborg är städer.\n\nOch **Västerås**."))
    body = window.editing.editor.body_edit
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)

    def select_word() -> None:
        for _ in range(len("Malmö")):
            QTest.keyClick(body, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)

    text = _counted(qtbot, window, select_word)
    assert text.startswith("Selection: 1 word · 5 characters   |   Body: 7 words · 42 characters")
    text = _counted(
        qtbot,
        window,
        lambda: QTest.keyClick(
            body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ),
    )
    assert text.startswith("Selection: 7 words · 42 characters   |   ")  # ** and the blank line not counted
    text = _counted(qtbot, window, lambda: QTest.keyClick(body, Qt.Key.Key_Left))
    assert text == "Body: 7 words · 42 characters · under 1 min read"


def test_counts_text_and_reading_time() -> None:
    body = TextCount(412, 2431)
    assert counts_text(ArticleCounts(body=body)) == "Body: 412 words · 2,431 characters · 2 min read"
    assert (
        counts_text(ArticleCounts(body=TextCount(1, 4))) == "Body: 1 word · 4 characters · under 1 min read"
    )
    assert counts_text(ArticleCounts(headline=TextCount(5, 30))) == "Body: 0 words · 0 characters"
    selected = ArticleCounts(body=body, selection=TextCount(12, 71))
    assert counts_text(selected).startswith("Selection: 12 words · 71 characters")
    assert [reading_time(n) for n in (0, 1, 249, 250, 251, 2500)] == [
        "",
        "under 1 min read",
        "under 1 min read",
        "1 min read",
        "2 min read",
        "10 min read",
    ]


@pytest.mark.parametrize(
    ("words", "target", "state"),
    [
        (312, 400, "under"),
        (400, 400, "reached"),
        (440, 400, "reached"),
        (441, 400, "over"),
        (5000, 400, "over"),
    ],
)
def test_target_state(words, target, state) -> None:
    assert target_state(words, target) == state


def test_target_tooltip_says_how_far() -> None:
    assert "88 words to go" in target_tooltip(312, 400)
    assert "Right on target" in target_tooltip(400, 400)
    assert "Over by 41 words (more than 10%)" in target_tooltip(441, 400)
    assert "Over by 1 word, within 10%" in target_tooltip(401, 400)
    assert "print slot" in target_tooltip(10, 0)


@offscreen_popup
def test_a_target_set_from_the_status_bar_is_shown_saved_and_undone(qtbot, window: MainWindow) -> None:
    article_id = _open(window, ArticleContent(body=" ".join(["ord"] * 312)))
    status = window.editing.counts_status
    assert status.target_button.text() == "Word target…"
    assert not status.progress.isVisible()
    qtbot.mouseClick(window.word_count_label, Qt.MouseButton.LeftButton)  # click the word count
    popup = status.popup
    assert popup.isVisible()
    assert popup.spin.hasFocus()
    qtbot.keyClicks(popup.spin, "400")  # the value is selected: typing replaces it
    qtbot.keyClick(popup.spin, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.editing.editor.word_target() == 400
    assert status.target_button.text() == "312 / 400 words"
    assert status.progress.isVisible()
    assert (status.progress.maximum(), status.progress.value()) == (400, 312)
    assert window.commands.undo.text() == "&Undo Change Word Target"
    assert window.editing.autosave.flush_now()
    assert ws_of(window).articles.get(article_id).word_target == 400
    # The focus is on the target (as on a picker after a choice): Ctrl+Z undoes it, and saves.
    assert status.target_button.hasFocus()
    qtbot.keyClick(status.target_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editing.editor.word_target() == 0
    assert status.target_button.text() == "Word target…"
    assert not status.progress.isVisible()
    assert window.editing.autosave.flush_now()
    assert ws_of(window).articles.get(article_id).word_target == 0
    qtbot.keyClick(
        status.target_button,
        Qt.Key.Key_Y,
        Qt.KeyboardModifier.ControlModifier,
    )
    assert window.editing.editor.word_target() == 400


@offscreen_popup
def test_the_target_follows_typing_and_turns_red_when_too_long(qtbot, window: MainWindow) -> None:
    _open(window, ArticleContent(body=" ".join(["word"] * 95), word_target=100))
    status = window.editing.counts_status
    assert status.target_button.text() == "95 / 100 words"
    body = window.editing.editor.body_edit
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _counted(qtbot, window, lambda: QTest.keyClicks(body, " more" * 10))
    assert status.target_button.text() == "105 / 100 words"
    assert OVER_COLOUR not in status.target_button.styleSheet()  # within 10%
    _counted(qtbot, window, lambda: QTest.keyClicks(body, " more" * 6))
    assert status.target_button.text() == "111 / 100 words"
    assert OVER_COLOUR in status.target_button.styleSheet()
    assert OVER_COLOUR in status.progress.styleSheet()
    assert status.progress.value() == 100


@offscreen_popup
def test_the_menu_opens_the_target_and_escape_leaves_it(qtbot, window: MainWindow) -> None:
    article_id = _open(window, ArticleContent(body="Some words here", word_target=400))
    window.commands.word_target.trigger()
    popup = window.editing.counts_status.popup
    assert popup.isVisible()
    assert popup.spin.value() == 400
    qtbot.keyClicks(popup.spin, "250")
    qtbot.keyClick(popup.spin, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.editing.editor.word_target() == 400
    window.commands.word_target.trigger()
    qtbot.mouseClick(popup.clear_button, Qt.MouseButton.LeftButton)
    assert window.editing.editor.word_target() == 0
    assert window.editing.autosave.flush_now()
    assert ws_of(window).articles.get(article_id).word_target == 0


def test_each_article_shows_its_own_target(window: MainWindow) -> None:
    first = _open(window, ArticleContent(headline="Slot", body="one two", word_target=400))
    _open(window, ArticleContent(headline="No slot", body="one"))
    status = window.editing.counts_status
    assert status.target_button.text() == "Word target…"
    window.list_pane.select_article(first)
    assert status.target_button.text() == "2 / 400 words"
    window.editing.show_article(None)
    assert window.word_count_label.text() == ""
    assert not status.target_button.isVisible()
