"""Spell checking as the editor sees it: red wavy underlines in every text field, in the
article's language, as they type; Markdown skipped; a selection in another language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from tests.gui.spelling.spelling_helpers import (
    line_underlined,
    open_article,
    right_click_menu,
    spelling,
    underlined,
)
from workstation.ui.window.main_window import MainWindow

TEH = "Teh councl will meet agian"


def test_every_text_field_underlines_its_misspellings(qtbot, window: MainWindow) -> None:
    open_article(
        qtbot,
        window,
        headline=TEH,
        standfirst="The mayor sayd so.",
        body=f"{TEH}.\n\nA second paragrahp.",
        byline="By a reportr",
        source_note="Altered and translatd by the site",
        language="en",
    )
    editor = window.editing.editor
    assert underlined(editor.headline_edit) == ["Teh", "councl", "agian"]
    assert underlined(editor.standfirst_edit) == ["sayd"]
    assert underlined(editor.body_edit) == ["Teh", "councl", "agian", "paragrahp"]
    assert line_underlined(editor.byline_edit) == ["reportr"]
    assert line_underlined(editor.source_note_edit) == ["translatd"]
    form = window.editing.photo_panel.form
    form.caption_edit.setPlainText("Protesters outsid the council")
    form.alt_edit.setPlainText("A crowd with bannrs")
    assert underlined(form.caption_edit) == ["outsid"]
    assert underlined(form.alt_edit) == ["bannrs"]
    # The fields keep their names and kinds.
    assert editor.byline_edit.objectName() == "bylineEdit"
    assert editor.headline_edit.objectName() == "headlineEdit"


def test_swedish_compounds_pass_and_markdown_urls_and_code_are_skipped(qtbot, window: MainWindow) -> None:
    body = (
        "## Kaos på sjukhusparkeringen\n\n"
        "Bilar på **sjukhusparkeringn** enligt [polisen](https://polisen.se/felstavat), "
        "skriv till tips@tidnignen.se eller https://www.sajtt.se.\n\n"
        "`kodd` och <abbr>FN</abbr> i EU-kommissionen 2024a\n\n"
        "```\nhelt felstavd kodd\n```\n\n"
        "Slutt."
    )
    open_article(qtbot, window, headline="Sjukhusparkeringen", body=body, language="sv")
    assert underlined(window.editing.editor.body_edit) == ["sjukhusparkeringn", "Slutt"]
    assert underlined(window.editing.editor.headline_edit) == []


def test_typing_underlines_a_misspelling_as_it_is_typed(qtbot, window: MainWindow) -> None:
    open_article(qtbot, window, body="The council met.", language="en")
    body = window.editing.editor.body_edit
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(body, " Agian and again")
    assert underlined(body) == ["Agian"]
    for _ in range(len("Agian and again")):
        QTest.keyClick(body, Qt.Key.Key_Backspace)
    assert underlined(body) == []


def test_the_articles_language_decides(qtbot, window: MainWindow) -> None:
    open_article(qtbot, window, body="The council will meet again", language="sv")
    editor = window.editing.editor
    assert "council" in underlined(editor.body_edit)
    editor.language_picker.setCurrentIndex(editor.language_picker.findData("en"))
    editor.language_picker.activated.emit(editor.language_picker.currentIndex())
    qtbot.waitUntil(lambda: underlined(editor.body_edit) == [], timeout=3000)


def _select(edit: QPlainTextEdit, text: str) -> None:
    start = edit.toPlainText().index(text)
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def _point_at(edit: QPlainTextEdit, text: str) -> QPoint:
    cursor = edit.textCursor()
    cursor.setPosition(edit.toPlainText().index(text) + 1)
    return edit.cursorRect(cursor).center()


@pytest.mark.qt_log_ignore("This plugin does not support")  # a menu offscreen
def test_a_selection_set_to_english_in_a_swedish_story(qtbot, window: MainWindow) -> None:
    open_article(qtbot, window, body="Han sa: the council will meet again. Sedan gick han.", language="sv")
    body = window.editing.editor.body_edit
    assert underlined(body) == ["the", "council", "will", "meet", "again"]
    _select(body, "the council will meet again")

    def choose_english(menu: QMenu) -> None:
        (language_menu,) = [
            a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "spellingLanguageMenu"
        ]
        assert isinstance(language_menu, QMenu)
        (english,) = [a for a in language_menu.actions() if a.objectName() == "spellingLanguageAction_en"]
        menu.close()
        english.trigger()

    right_click_menu(window, body.viewport(), _point_at(body, "council"), choose_english)
    assert body.markdown() == 'Han sa: <span lang="en">the council will meet again</span>. Sedan gick han.'
    controller = spelling(window)
    qtbot.waitUntil(lambda: underlined(body) == [], timeout=3000)
    assert controller.checker.is_loaded("en")
    # A misspelling inside the span is an English one.
    cursor = body.textCursor()
    cursor.setPosition(body.toPlainText().index("council") + len("council"))
    cursor.deletePreviousChar()
    assert underlined(body) == ["counci"]
    # Undo takes the span away in one step.
    body.undo()
    body.undo()
    assert "<span" not in body.markdown()


def test_the_word_being_typed_is_marked_when_the_caret_leaves_it(qtbot, window: MainWindow) -> None:
    open_article(qtbot, window, body="The council met.", language="en")
    window.activateWindow()
    body = window.editing.editor.body_edit
    body.setFocus()
    qtbot.waitUntil(body.hasFocus, timeout=2000)
    body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(body, " Thye")
    assert underlined(body) == []  # "Thye" may be on its way to a word
    for _ in range(6):
        QTest.keyClick(body, Qt.Key.Key_Left)  # the caret left it
    assert underlined(body) == ["Thye"]
    body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    QTest.keyClicks(body, "ey agreed")
    assert underlined(body) == []


def test_the_word_being_typed_is_marked_when_the_field_is_left(qtbot, window: MainWindow) -> None:
    open_article(qtbot, window, body="The council met.", language="en")
    window.activateWindow()
    editor = window.editing.editor
    body = editor.body_edit
    body.setFocus()
    qtbot.waitUntil(body.hasFocus, timeout=2000)
    body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(body, " Thye")
    qtbot.wait(400)  # typing paused: the paragraph is checked, the word at the caret held back
    assert underlined(body) == []
    editor.headline_edit.setFocus()  # the caret never moved off the word
    qtbot.waitUntil(editor.headline_edit.hasFocus, timeout=2000)
    assert underlined(body) == ["Thye"]


def test_a_recheck_is_not_an_edit(qtbot, window: MainWindow) -> None:
    """Underlines drawn again (a dictionary loaded, a word ignored) change no text: nothing is
    reported as edited, so nothing is saved over the store's copy."""
    editor = window.editing.editor
    edited: list[str] = []
    headlines: list[str] = []
    editor.field_changed.connect(edited.append)
    editor.headline_edit.textChanged.connect(headlines.append)
    open_article(qtbot, window, headline="Teh councl", body="Teh councl met.", language="sv")
    editor.language_picker.setCurrentIndex(editor.language_picker.findData("en"))
    editor.language_picker.activated.emit(editor.language_picker.currentIndex())
    qtbot.waitUntil(lambda: underlined(editor.body_edit) == ["Teh", "councl"], timeout=3000)
    spelling(window).ignore("Teh")
    assert underlined(editor.headline_edit) == ["councl"]
    assert edited == ["language"]  # the picker's change only
    assert headlines == ["Teh councl"]  # the load's, none since
