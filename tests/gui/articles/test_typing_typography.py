"""Typography as the editor types, with real key events in the editor's fields: the language's
quotes, the spaced en dash, Swedish non-breaking spaces; Ctrl+Z right after a correction gives
back what was typed; code and URLs are left alone; a rule turned off does nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from workstation.domain.typography import NBSP, TypographyRules
from workstation.ui.articles.editor import ArticleEditorWidget
from workstation.ui.common.typing_corrections import field_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qtbot) -> ArticleEditorWidget:
    widget = ArticleEditorWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def _language(editor: ArticleEditorWidget, code: str) -> None:
    editor.language_picker.setCurrentIndex(editor.language_picker.findData(code))


def _type(field: QLineEdit | QPlainTextEdit, text: str) -> None:
    field.setFocus()
    QTest.keyClicks(field, text)


def _text(field: QLineEdit | QPlainTextEdit) -> str:
    return field.text() if isinstance(field, QLineEdit) else field_text(field)


def test_english_quotes_and_apostrophes_in_the_body(editor) -> None:
    _type(editor.body_edit, "He said \"it's 'fine'\" today")
    assert editor.body_edit.markdown() == "He said \u201cit\u2019s \u2018fine\u2019\u201d today"


def test_swedish_quotes_dash_and_spaces_in_the_body(editor) -> None:
    _language(editor, "sv")
    _type(editor.body_edit, 'Han sa "nej" - kon var 5 km och 10 000 bilar.')
    assert editor.body_edit.markdown() == (
        f"Han sa \u201dnej\u201d \u2013 kon var 5{NBSP}km och 10{NBSP}000 bilar."
    )


def test_two_and_three_hyphens_become_dashes_when_the_next_letter_or_digit_comes(editor) -> None:
    _type(editor.body_edit, "pages 10--12, then--now, and---so the '90s")
    assert editor.body_edit.markdown() == "pages 10\u201312, then\u2013now, and\u2014so the \u201990s"


def test_letters_typed_after_a_single_hyphen_stay_as_typed(editor) -> None:
    _type(editor.body_edit, "a well-known e-mail")
    assert editor.body_edit.markdown() == "a well-known e-mail"


@pytest.mark.parametrize("name", ["headline_edit", "standfirst_edit", "byline_edit", "source_note_edit"])
def test_every_text_field_gets_the_dash_and_quotes(editor, name: str) -> None:
    field = getattr(editor, name)
    _type(field, 'Israeli attack on "Damascus" - several killed')
    assert _text(field) == "Israeli attack on \u201cDamascus\u201d \u2013 several killed"


@pytest.mark.parametrize("name", ["body_edit", "headline_edit", "byline_edit"])
def test_undo_right_after_a_correction_restores_what_was_typed(editor, name: str) -> None:
    field = getattr(editor, name)
    _type(field, 'say "')
    assert _text(field) == "say \u201c"
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert _text(field) == 'say "'
    _type(field, "x - ")
    assert _text(field) == 'say "x \u2013 '
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert _text(field) == 'say "x - '
    QTest.keyClicks(field, "y")  # typing goes on after the caret, not inside the dash
    assert _text(field) == 'say "x - y'


def test_code_and_urls_in_the_body_keep_straight_quotes_and_hyphens(editor) -> None:
    _type(editor.body_edit, 'Run `x = "a" - b` at https://ex.se/"q" now')
    assert editor.body_edit.markdown() == 'Run `x = "a" - b` at https://ex.se/"q" now'
    editor.body_edit.clear()
    QTest.keyClicks(editor.body_edit, "```")
    QTest.keyClick(editor.body_edit, Qt.Key.Key_Return)
    QTest.keyClicks(editor.body_edit, 'print("a" - 1)')
    assert editor.body_edit.markdown().endswith('print("a" - 1)')


def test_a_rule_turned_off_leaves_the_typing_alone(editor) -> None:
    _language(editor, "sv")
    editor.typing.rules = TypographyRules(quotes=False)
    _type(editor.body_edit, 'A "b" - 5 km ')
    assert editor.body_edit.markdown() == f'A "b" \u2013 5{NBSP}km '
    editor.body_edit.clear()
    editor.typing.rules = TypographyRules(quotes=False, dashes=False, spaces=False)
    _type(editor.body_edit, 'A "b" - 5 km ')
    assert editor.body_edit.markdown() == 'A "b" - 5 km '
