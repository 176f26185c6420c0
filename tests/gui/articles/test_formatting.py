"""BodyFormatter: a Markdown edit goes into the body as one undo step, with the selection where
the edit puts it, also past characters a QTextCursor counts twice."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from tests.fakes.prompts import Prompts
from workstation.domain.markdown_edit import TextEdit
from workstation.ui.articles.body_edit import BodyTextEdit
from workstation.ui.articles.formatting import BodyFormatter
from workstation.ui.articles.link_dialog import LinkAnswer


def _body(qtbot, text: str, start: int, end: int) -> tuple[BodyTextEdit, BodyFormatter]:
    parent = QWidget()
    qtbot.addWidget(parent)
    body = BodyTextEdit(parent)
    body.setPlainText(text)
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    return body, BodyFormatter(body, parent)


def test_an_edit_after_an_emoji_lands_where_it_should(qtbot) -> None:
    text = "🚋 Tram 🚋 vote"
    # "vote" is str[9:13], cursor positions 11..15: each 🚋 is two UTF-16 units
    body, formatter = _body(qtbot, text, 11, 15)
    assert formatter.selection() == (text, 9, 13)
    assert formatter.toggle_bold()
    assert body.toPlainText() == "🚋 Tram 🚋 **vote**"
    assert body.textCursor().selectedText() == "vote"


def test_a_block_edit_over_several_lines_is_one_undo_step(qtbot) -> None:
    body, formatter = _body(qtbot, "one\ntwo\nthree", 0, 13)
    assert formatter.toggle_numbers()
    assert body.toPlainText() == "1. one\n2. two\n3. three"
    body.undo()
    assert body.toPlainText() == "one\ntwo\nthree"
    body.redo()
    assert body.toPlainText() == "1. one\n2. two\n3. three"


def test_nothing_to_do_leaves_the_body_and_its_history_alone(qtbot) -> None:
    photo = "![A](photo:3961053366810d10)"
    body, formatter = _body(qtbot, photo, 5, 5)
    assert not formatter.toggle_bold()
    assert body.toPlainText() == photo
    assert not body.document().isUndoAvailable()


def test_an_edit_that_only_moves_the_selection_adds_no_undo_step(qtbot) -> None:
    body, formatter = _body(qtbot, "plain text", 0, 0)
    formatter.apply_edit("plain text", TextEdit(0, 0, "", (6, 10)))
    assert body.textCursor().selectedText() == "text"
    assert not body.document().isUndoAvailable()


def test_a_link_removed_from_the_dialog(qtbot, prompts: Prompts) -> None:
    prompts.answer_with("ask_link", lambda text, url, existing: LinkAnswer(text, ""))
    body, formatter = _body(qtbot, "See [the plan](https://x.se) now", 6, 6)
    assert formatter.edit_link()
    assert body.toPlainText() == "See the plan now"
    assert body.textCursor().selectedText() == "the plan"
