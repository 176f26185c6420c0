"""Paragraphs as editors mean them, with real key events in the body field: Enter makes a new
paragraph, Shift+Enter a line break, lists and quotes continue, code keeps its lines,
Backspace joins paragraphs; each key is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workstation.ui.articles.body_edit import BodyTextEdit

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def body(qtbot) -> BodyTextEdit:
    edit = BodyTextEdit()
    qtbot.addWidget(edit)
    edit.resize(600, 400)
    edit.show()
    edit.setFocus()
    return edit


def _caret_text(body: BodyTextEdit) -> str:
    text, caret = body.toPlainText(), body.textCursor().position()
    return text[:caret] + "|" + text[caret:]


def _set(body: BodyTextEdit, marked: str) -> None:
    body.setPlainText(marked.replace("|", "", 1))
    cursor = body.textCursor()
    cursor.setPosition(marked.index("|"))
    body.setTextCursor(cursor)


def _undo(body: BodyTextEdit) -> None:
    QTest.keyClick(body, Qt.Key.Key_Z, CTRL)


def test_one_enter_starts_a_new_paragraph_and_is_one_undo_step(body) -> None:
    QTest.keyClicks(body, "The first trams are expected in 2031.")
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClicks(body, "The council will meet")
    assert body.toPlainText() == "The first trams are expected in 2031.\n\nThe council will meet"
    _undo(body)  # the typing after the Enter
    assert body.toPlainText() == "The first trams are expected in 2031.\n\n"
    _undo(body)  # the Enter, whole
    assert body.toPlainText() == "The first trams are expected in 2031."
    QTest.keyClick(body, Qt.Key.Key_Z, CTRL | SHIFT)  # and back
    assert _caret_text(body) == "The first trams are expected in 2031.\n\n|"


def test_the_keypad_enter_does_the_same(body) -> None:
    _set(body, "One|")
    QTest.keyClick(body, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert _caret_text(body) == "One\n\n|"


def test_enter_in_the_middle_splits_the_paragraph(body) -> None:
    _set(body, "The council voted. |Work begins in spring.")
    QTest.keyClick(body, Qt.Key.Key_Return)
    assert _caret_text(body) == "The council voted. \n\n|Work begins in spring."


def test_enter_replaces_a_selection(body) -> None:
    _set(body, "|Keep this, drop this, keep that.")
    cursor = body.textCursor()
    cursor.setPosition(len("Keep this, "))
    cursor.setPosition(len("Keep this, drop this, "), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    QTest.keyClick(body, Qt.Key.Key_Return)
    assert _caret_text(body) == "Keep this, \n\n|keep that."
    _undo(body)
    assert body.toPlainText() == "Keep this, drop this, keep that."


def test_shift_enter_is_a_line_break_inside_the_paragraph(body) -> None:
    QTest.keyClicks(body, "Anna Lindqvist")
    QTest.keyClick(body, Qt.Key.Key_Return, SHIFT)
    QTest.keyClicks(body, "Stockholm")
    assert body.toPlainText() == "Anna Lindqvist<br>\nStockholm"
    _undo(body)
    _undo(body)
    assert body.toPlainText() == "Anna Lindqvist"


def test_a_list_continues_and_an_empty_item_ends_it(body) -> None:
    QTest.keyClicks(body, "- Detailed planning")
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClicks(body, "Hearings")
    QTest.keyClick(body, Qt.Key.Key_Return)
    assert _caret_text(body) == "- Detailed planning\n- Hearings\n- |"
    QTest.keyClick(body, Qt.Key.Key_Return)  # the empty item: the list ends
    QTest.keyClicks(body, "After the list.")
    assert body.toPlainText() == "- Detailed planning\n- Hearings\n\nAfter the list."
    _undo(body)
    _undo(body)
    assert body.toPlainText() == "- Detailed planning\n- Hearings\n- "


def test_a_numbered_list_counts_on_and_renumbers(body) -> None:
    _set(body, "1. Proposal|\n2. Vote\n3. Appeal")
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClicks(body, "Hearing")
    assert body.toPlainText() == "1. Proposal\n2. Hearing\n3. Vote\n4. Appeal"
    _undo(body)
    _undo(body)
    assert body.toPlainText() == "1. Proposal\n2. Vote\n3. Appeal"


def test_a_quote_continues_with_a_new_paragraph_and_ends_on_an_empty_one(body) -> None:
    QTest.keyClicks(body, "> Biggest investment in fifty years.")
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClicks(body, "Said the mayor.")
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClicks(body, "Back to the text.")
    assert body.toPlainText() == (
        "> Biggest investment in fifty years.\n>\n> Said the mayor.\n\nBack to the text."
    )


def test_enter_in_a_code_block_is_a_plain_new_line(body) -> None:
    _set(body, "```\nfirst = 1|\n```")
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClicks(body, "second = 2")
    assert body.toPlainText() == "```\nfirst = 1\nsecond = 2\n```"


def test_backspace_at_the_start_of_a_paragraph_joins_it_in_one_step(body) -> None:
    _set(body, "The council voted.\n\n|Work begins in spring.")
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    assert _caret_text(body) == "The council voted.|Work begins in spring."
    _undo(body)
    assert body.toPlainText() == "The council voted.\n\nWork begins in spring."


def test_backspace_takes_a_bullet_off_and_otherwise_deletes_a_character(body) -> None:
    _set(body, "- |item")
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    assert _caret_text(body) == "|item"
    _set(body, "word|")
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    assert _caret_text(body) == "wor|"


def test_delete_at_the_end_of_a_paragraph_joins_the_next(body) -> None:
    _set(body, "The council voted.|\n\nWork begins.")
    QTest.keyClick(body, Qt.Key.Key_Delete)
    assert _caret_text(body) == "The council voted.|Work begins."


def test_enter_then_backspace_gives_the_paragraph_back(body) -> None:
    _set(body, "One sentence.| Another sentence.")
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    assert _caret_text(body) == "One sentence.| Another sentence."  # as it was


def test_the_caret_stays_in_view_after_enter_at_the_end_of_a_long_body(body) -> None:
    body.setPlainText("\n\n".join(f"Paragraph {n} of the article." for n in range(200)))
    body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClicks(body, "Last")
    assert body.verticalScrollBar().value() > 0
    assert body.viewport().rect().contains(body.cursorRect())


def test_keys_it_does_not_handle_reach_the_field(body) -> None:
    _set(body, "Tab away|")
    QTest.keyClick(body, Qt.Key.Key_Return, CTRL)  # not a paragraph key: Qt's (it does nothing)
    QTest.keyClicks(body, "x")
    assert body.toPlainText() == "Tab awayx"
    # Typed characters, including ones without a key code (a dead key's ö), go in as ever.
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(body, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "ö"))
    assert body.toPlainText() == "Tab awayxö"


def test_input_method_text_is_committed_and_enter_after_it_makes_a_paragraph(body) -> None:
    QTest.keyClicks(body, "Tokyo ")
    composing = QInputMethodEvent("とうきょう", [])
    QApplication.sendEvent(body, composing)
    committed = QInputMethodEvent()
    committed.setCommitString("東京")
    QApplication.sendEvent(body, committed)
    QTest.keyClick(body, Qt.Key.Key_Return)
    assert body.toPlainText() == "Tokyo 東京\n\n"


def test_a_read_only_body_takes_no_edits(body) -> None:
    _set(body, "Locked|")
    body.setReadOnly(True)
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    assert body.toPlainText() == "Locked"
