"""Start where you left off: quitting and starting again over the same store reopens the article
that was open, with its caret (or selection) and scroll position; one since trashed or gone is
not, and the list makes its usual first choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.ui.window.main_window import MainWindow


def _long_body(tag: str) -> str:
    return "\n\n".join(f"{tag} paragraph {n}: " + "a sentence that goes on " * 8 for n in range(60))


def _articles(window: MainWindow) -> list[int]:
    made = [
        ws_of(window).articles.create(ArticleContent(headline=f"Article {n}", body=_long_body(f"A{n}")))
        for n in range(3)
    ]
    window.signals.articles_changed.emit([a.id for a in made])
    return [a.id for a in made]


def _open(qtbot, window: MainWindow, article_id: int) -> None:
    assert window.list_pane.select_article(article_id)
    assert window.editing.editor.article_id == article_id
    window.activateWindow()
    window.editing.editor.body_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editing.editor.body_edit)


def test_the_article_caret_and_scroll_position_are_back_after_a_restart(qtbot, window_factory) -> None:
    window = window_factory()
    first, middle, _last = _articles(window)
    _open(qtbot, window, middle)  # not the list's first row, which a new start would pick
    body = window.editing.editor.body_edit
    for _ in range(40):
        qtbot.keyClick(body, Qt.Key.Key_Down)
    qtbot.keyClick(body, Qt.Key.Key_End)
    qtbot.keyClick(body, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # a selection too
    cursor = body.textCursor()
    expected = (cursor.anchor(), cursor.position())
    assert cursor.position() > 500
    top = body.firstVisibleBlock().blockNumber()
    assert top > 0  # scrolled down to follow the caret
    window.close()

    again = window_factory()
    body = again.editing.editor.body_edit
    assert again.editing.editor.article_id == middle
    assert again.list_pane.current_article_id() == middle
    cursor = body.textCursor()
    assert (cursor.anchor(), cursor.position()) == expected
    assert body.firstVisibleBlock().blockNumber() == top
    assert again.focusWidget() is body  # ready to type on
    qtbot.keyClicks(body, "x")
    assert "x" in body.document().findBlock(expected[1]).text()
    assert first != middle


def test_a_trashed_or_missing_article_is_not_reopened(qtbot, window_factory) -> None:
    window = window_factory()
    ids = _articles(window)
    _open(qtbot, window, ids[1])
    window.close()
    store = window_factory()
    store.workspace.articles.trash([ids[1]])
    store.close()
    again = window_factory()
    assert again.editing.editor.article_id != ids[1]
    assert again.list_pane.table.hasFocus() or again.focusWidget() is again.list_pane.table
    again.settings.setValue("window/last_article", 999_999)  # deleted from the store since
    again.close()
    last = window_factory()
    assert last.editing.editor.article_id in (None, *ids)
    assert last.editing.editor.article_id != 999_999


def test_no_article_open_at_quit_reopens_nothing(qtbot, window_factory) -> None:
    window = window_factory()
    ids = _articles(window)
    _open(qtbot, window, ids[0])
    window.editing.show_article(None)
    window.close()
    again = window_factory()
    assert again.settings.value("window/last_article") is None
    assert again.focusWidget() is not again.editing.editor.body_edit


def test_the_caret_is_reopened_in_writing_mode_s_article_too(qtbot, window_factory) -> None:
    window = window_factory()
    ids = _articles(window)
    _open(qtbot, window, ids[2])
    body = window.editing.editor.body_edit
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClicks(body, " The end.")
    window.close()  # quit while writing
    again = window_factory()
    assert not again.isFullScreen()
    assert again.editing.editor.article_id == ids[2]
    assert again.editing.editor.body_edit.toPlainText().endswith("The end.")
    assert again.editing.editor.body_edit.textCursor().position() == len(
        again.editing.editor.body_edit.toPlainText()
    )
