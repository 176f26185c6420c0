"""Find and replace in the open article, driven with real key events in the real window: Ctrl+F,
typing, Enter/F3, Esc; Ctrl+H, Replace and Replace All as one undo step and one revision; the
photos' captions; an invalid regular expression; the list's search on Ctrl+Shift+F."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from tests.fakes.photo_images import save
from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.domain.photo import PhotoRole
from workstation.domain.revision import RevisionReason
from workstation.ui.articles.find_fields import FIND_PROPERTY
from workstation.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TIMEOUT = 10_000

HEADLINE = "A tram for Sodermalm"
STANDFIRST = "Sodermalm waits until 2031."
BODY = "The line crosses Sodermalm twice.\n\nSodermalmsgatan is not on the route, but Sodermalm is."


def type_text(widget: QWidget, text: str) -> None:
    """Keystrokes as the platform sends them; QTest.keyClicks asserts on å, ä, ö."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)  # type: ignore[call-overload]  # PySide6 takes a character; its stubs omit it
            continue
        key = Qt.Key(ord(char.upper())) if ord(char.upper()) < 256 else Qt.Key.Key_unknown
        for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key | str, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key on whatever has the keyboard focus, as a person presses it."""
    QTest.keyClick(focused(), key, modifiers)  # type: ignore[arg-type]  # a character, as above


def _open(
    window: MainWindow, content: ArticleContent, photo_captions: tuple[tuple[str, str], ...] = ()
) -> int:
    workspace = ws_of(window)
    article = workspace.articles.create(content)
    for n, (caption, alt) in enumerate(photo_captions):
        path = save(
            Image.new("RGB", (40, 30), (40 * n, 90, 160)), Path(workspace.data_dir) / f"p{n}.png", "PNG"
        )
        (outcome,) = workspace.photos.import_files([path])
        assert outcome.photo is not None
        workspace.photos.update_fields(outcome.photo.id, caption=caption, alt_text=alt)
        workspace.photos.attach(
            article.id, outcome.photo.id, PhotoRole.FEATURED if n == 0 else PhotoRole.INLINE
        )
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    assert window.editing.editor.article_id == article.id
    return article.id


def toggle(qtbot, check, key: Qt.Key) -> None:
    """Alt+the check box's underlined letter (the click comes a moment later, as on screen)."""
    was = check.isChecked()
    press(key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: check.isChecked() != was, timeout=TIMEOUT)


def _wait_for_photos(qtbot, window: MainWindow, count: int) -> None:
    panel = window.editing.photo_panel
    qtbot.waitUntil(
        lambda: panel.model.rowCount() == count and panel.form.photo_id is not None, timeout=TIMEOUT
    )


def _find_selections(widget) -> list[QTextEdit.ExtraSelection]:
    return [s for s in widget.extraSelections() if s.format.hasProperty(FIND_PROPERTY)]


@pytest.fixture
def tram(window: MainWindow) -> int:
    return _open(window, ArticleContent(headline=HEADLINE, standfirst=STANDFIRST, body=BODY))


def test_ctrl_f_opens_the_bar_typing_counts_and_highlights_enter_and_f3_move_esc_closes(
    qtbot, window: MainWindow, tram: int
) -> None:
    editor = window.editing.editor
    controller = window.editing.find.controller
    bar = controller.bar
    window.activateWindow()
    editor.body_edit.setFocus()
    assert not bar.isVisible()

    press(Qt.Key.Key_F, CTRL)
    assert bar.isVisible()
    assert bar.objectName() == "findBar"
    assert focused() is bar.find_edit
    assert focused().objectName() == "findEdit"

    type_text(focused(), "sodermalm")
    # Headline 1, standfirst 1, body 2 ("Sodermalmsgatan" too: not whole words); from the
    # body's cursor (at its start) the first match is the body's first.
    assert len(controller.matches) == 5
    assert bar.count_label.text() == "3 of 5"
    assert len(_find_selections(editor.body_edit)) == 3
    assert len(_find_selections(editor.standfirst_edit)) == 1
    assert editor.body_edit.textCursor().selectedText() == "Sodermalm"
    # Still typing in the find field: the text was never changed.
    assert editor.body_edit.toPlainText() == BODY

    press(Qt.Key.Key_Return)
    assert bar.count_label.text() == "4 of 5"
    assert focused() is bar.find_edit
    press(Qt.Key.Key_F3)
    assert bar.count_label.text() == "5 of 5"
    press(Qt.Key.Key_Return)  # past the end: back to the headline
    assert bar.count_label.text() == "1 of 5"
    assert "top of the article" in bar.message_label.text()
    assert editor.headline_edit.selectedText() == "Sodermalm"
    press(Qt.Key.Key_Return, SHIFT)
    assert bar.count_label.text() == "5 of 5"
    press(Qt.Key.Key_F3, SHIFT)
    assert bar.count_label.text() == "4 of 5"
    cursor = editor.body_edit.textCursor()
    assert (cursor.selectionStart(), cursor.selectedText()) == (BODY.index("Sodermalmsgatan"), "Sodermalm")

    press(Qt.Key.Key_Escape)
    assert not bar.isVisible()
    # Back in the text, at the match last shown, selected: typing replaces it.
    assert focused() is editor.body_edit
    assert editor.body_edit.textCursor().selectedText() == "Sodermalm"
    assert _find_selections(editor.body_edit) == []
    assert _find_selections(editor.standfirst_edit) == []


def test_the_options_whole_words_and_match_case(qtbot, window: MainWindow, tram: int) -> None:
    controller = window.editing.find.controller
    bar = controller.bar
    window.activateWindow()
    window.editing.editor.body_edit.setFocus()
    press(Qt.Key.Key_F, CTRL)
    type_text(focused(), "sodermalm")
    assert len(controller.matches) == 5
    toggle(qtbot, bar.word_check, Qt.Key.Key_D)  # Whole words
    assert len(controller.matches) == 4
    toggle(qtbot, bar.case_check, Qt.Key.Key_M)  # Match case
    assert bar.count_label.text() == "No matches"


def test_the_selected_words_are_what_ctrl_f_finds(qtbot, window: MainWindow, tram: int) -> None:
    editor = window.editing.editor
    window.activateWindow()
    editor.body_edit.setFocus()
    QTest.keyClick(editor.body_edit, Qt.Key.Key_End, CTRL)
    for _ in range(len("Sodermalm is.")):
        QTest.keyClick(editor.body_edit, Qt.Key.Key_Left)
    for _ in range(len("Sodermalm")):
        QTest.keyClick(editor.body_edit, Qt.Key.Key_Right, SHIFT)
    press(Qt.Key.Key_F, CTRL)
    bar = window.editing.find.controller.bar
    assert bar.find_edit.text() == "Sodermalm"
    assert bar.find_edit.selectedText() == "Sodermalm"  # typing replaces it
    assert bar.count_label.text() == "5 of 5"  # the selection itself is the current match


def test_an_invalid_regular_expression_says_what_is_wrong(qtbot, window: MainWindow, tram: int) -> None:
    controller = window.editing.find.controller
    bar = controller.bar
    window.activateWindow()
    window.editing.editor.body_edit.setFocus()
    press(Qt.Key.Key_H, CTRL)
    toggle(qtbot, bar.regex_check, Qt.Key.Key_X)  # Regular expression
    bar.find_edit.setFocus()
    type_text(focused(), "(Soder")
    assert bar.count_label.text() == "Invalid"
    assert bar.message_label.text() == "Not a valid regular expression at character 1: a ( is never closed."
    assert bar.find_edit.property("problem") is True
    assert not bar.replace_all_button.isEnabled()
    assert controller.matches == ()
    type_text(focused(), ")(\\w+)")
    assert bar.count_label.text() == "3 of 5"
    assert bar.message_label.text() == ""
    bar.replace_edit.setFocus()
    type_text(focused(), r"S\3")
    assert "group \\3" in bar.message_label.text()
    assert not bar.replace_all_button.isEnabled()


def test_ctrl_h_replace_all_is_one_undo_step_and_one_revision(qtbot, window: MainWindow, tram: int) -> None:
    editor = window.editing.editor
    controller = window.editing.find.controller
    bar = controller.bar
    window.activateWindow()
    # Typed just before: saved first, in a revision of its own, never lost.
    editor.body_edit.setFocus()
    QTest.keyClick(editor.body_edit, Qt.Key.Key_End, CTRL)
    type_text(editor.body_edit, " Sodermalm!")
    typed_body = BODY + " Sodermalm!"

    press(Qt.Key.Key_H, CTRL)
    assert bar.replace_edit.isVisible()
    assert focused() is bar.find_edit
    type_text(focused(), "Sodermalm")
    toggle(qtbot, bar.word_check, Qt.Key.Key_D)
    bar.find_edit.setFocus()
    press(Qt.Key.Key_Tab)
    assert focused() is bar.replace_edit
    type_text(focused(), "Södermalm")
    with qtbot.waitSignal(controller.replaced_all, timeout=TIMEOUT) as report:
        qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert report.args == ["Replaced 5 in headline, standfirst and body"]
    assert bar.message_label.text() == "Replaced 5 in headline, standfirst and body."
    assert editor.headline_edit.text() == "A tram for Södermalm"
    assert editor.standfirst_edit.toPlainText() == "Södermalm waits until 2031."
    assert editor.body_edit.toPlainText() == typed_body.replace("Sodermalm ", "Södermalm ").replace(
        "Sodermalm.", "Södermalm."
    ).replace("Sodermalm!", "Södermalm!")
    assert "Sodermalmsgatan" in editor.body_edit.toPlainText()

    revisions = ws_of(window).articles.revisions(tram)
    assert [r.reason for r in revisions] == [
        RevisionReason.REPLACE,
        RevisionReason.EDIT,
        RevisionReason.CREATED,
    ]
    assert revisions[0].note == "Replaced “Sodermalm” with “Södermalm” (5)"
    assert revisions[1].content.body == typed_body  # the typing, saved before
    assert revisions[0].content.headline == "A tram for Södermalm"
    history = window.editing.history_panel
    qtbot.waitUntil(lambda: history.model.rowCount() == 3, timeout=TIMEOUT)
    assert history.model.index(0, 1).data().startswith("Replaced “Sodermalm” with “Södermalm” (5)")
    assert window.commands.undo.text() == "&Undo Replace All"

    # One Ctrl+Z, wherever the keyboard is in the window, brings every field back.
    assert not isinstance(focused(), type(editor.body_edit))
    press(Qt.Key.Key_Z, CTRL)
    assert editor.headline_edit.text() == HEADLINE
    assert editor.standfirst_edit.toPlainText() == STANDFIRST
    assert editor.body_edit.toPlainText() == typed_body
    revisions = ws_of(window).articles.revisions(tram)
    assert revisions[0].note == "Undid: Replaced “Sodermalm” with “Södermalm” (5)"
    assert revisions[0].content.body == typed_body
    # And back again (Edit › Redo's key: Ctrl+Y or Ctrl+Shift+Z, as the platform has it).
    QTest.keySequence(focused(), window.commands.redo.shortcut())
    assert editor.headline_edit.text() == "A tram for Södermalm"
    assert editor.body_edit.toPlainText().count("Södermalm") == 3


def test_ctrl_z_in_the_body_after_replace_all_restores_every_field(
    qtbot, window: MainWindow, tram: int
) -> None:
    editor = window.editing.editor
    controller = window.editing.find.controller
    bar = controller.bar
    window.activateWindow()
    editor.body_edit.setFocus()
    press(Qt.Key.Key_H, CTRL)
    type_text(focused(), "Sodermalm")
    press(Qt.Key.Key_Tab)
    type_text(focused(), "Södermalm")
    press(Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.AltModifier)  # Replace All from the keyboard
    assert editor.headline_edit.text() == "A tram for Södermalm"
    press(Qt.Key.Key_Escape)
    assert not bar.isVisible()
    editor.body_edit.setFocus()
    QTest.keyClick(editor.body_edit, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: editor.headline_edit.text() == HEADLINE, timeout=TIMEOUT)
    assert editor.standfirst_edit.toPlainText() == STANDFIRST
    assert editor.body_edit.toPlainText() == BODY


def test_ctrl_z_in_the_find_field_right_after_replace_all_undoes_it(
    qtbot, window: MainWindow, tram: int
) -> None:
    editor = window.editing.editor
    bar = window.editing.find.controller.bar
    window.activateWindow()
    editor.body_edit.setFocus()
    press(Qt.Key.Key_H, CTRL)
    type_text(focused(), "tram")
    press(Qt.Key.Key_Tab)
    type_text(focused(), "train")
    press(Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.AltModifier)
    assert editor.headline_edit.text() == "A train for Sodermalm"
    assert focused() is bar.replace_edit
    press(Qt.Key.Key_Z, CTRL)
    assert editor.headline_edit.text() == HEADLINE
    assert bar.replace_edit.text() == "train"  # the field's own text is kept
    # Once the field is edited, Ctrl+Z is the field's own again.
    undo_index = editor.undo_stack.index()
    type_text(focused(), "s")
    assert bar.replace_edit.text() == "trains"
    press(Qt.Key.Key_Z, CTRL)
    assert bar.replace_edit.text() != "trains"
    assert editor.undo_stack.index() == undo_index
    assert editor.headline_edit.text() == HEADLINE


def test_replace_changes_the_current_match_and_goes_to_the_next(qtbot, window: MainWindow, tram: int) -> None:
    editor = window.editing.editor
    controller = window.editing.find.controller
    bar = controller.bar
    window.activateWindow()
    editor.headline_edit.setFocus()
    editor.headline_edit.setCursorPosition(0)
    press(Qt.Key.Key_H, CTRL)
    type_text(focused(), "Sodermalm")
    toggle(qtbot, bar.word_check, Qt.Key.Key_D)
    bar.find_edit.setFocus()
    assert bar.count_label.text() == "1 of 4"
    press(Qt.Key.Key_Tab)
    type_text(focused(), "Södermalm")
    press(Qt.Key.Key_Return)  # Enter in Replace with: replace this one
    assert editor.headline_edit.text() == "A tram for Södermalm"
    assert bar.count_label.text() == "1 of 3"
    assert controller.current is not None
    assert controller.current.target == "standfirst"
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert editor.standfirst_edit.toPlainText() == "Södermalm waits until 2031."
    assert controller.current is not None
    assert controller.current.target == "body"
    # A single replacement is an edit like typing: the field's own undo takes it back.
    editor.standfirst_edit.setFocus()
    QTest.keyClick(editor.standfirst_edit, Qt.Key.Key_Z, CTRL)
    assert editor.standfirst_edit.toPlainText() == STANDFIRST
    assert editor.headline_edit.text() == "A tram for Södermalm"


def test_editing_while_the_bar_is_open_updates_the_matches(qtbot, window: MainWindow, tram: int) -> None:
    editor = window.editing.editor
    controller = window.editing.find.controller
    window.activateWindow()
    editor.body_edit.setFocus()
    press(Qt.Key.Key_F, CTRL)
    type_text(focused(), "route")
    assert len(controller.matches) == 1
    editor.body_edit.setFocus()
    QTest.keyClick(editor.body_edit, Qt.Key.Key_End, CTRL)
    type_text(editor.body_edit, " Another route.")
    # Coalesced: not on each keystroke, once typing pauses.
    assert len(controller.matches) == 1
    with qtbot.waitSignal(controller.searched, timeout=TIMEOUT):
        pass
    assert len(controller.matches) == 2
    assert len(_find_selections(editor.body_edit)) == 2


def test_captions_and_alt_text_are_found_and_replaced(qtbot, window: MainWindow) -> None:
    article_id = _open(
        window,
        ArticleContent(headline="Trams", body="Sodermalm today."),
        (("The tram at Sodermalm.", "A tram"), ("Ducks", "Ducks on Sodermalm")),
    )
    _wait_for_photos(qtbot, window, 2)
    editor = window.editing.editor
    controller = window.editing.find.controller
    panel = window.editing.photo_panel
    window.side_tabs.setCurrentWidget(window.editing.preview_tab)
    window.activateWindow()
    editor.body_edit.setFocus()
    press(Qt.Key.Key_F, CTRL)
    type_text(focused(), "Sodermalm")
    assert [m.target.split(".")[-1] for m in controller.matches] == ["body", "caption", "alt_text"]
    assert window.side_tabs.currentWidget() is window.editing.preview_tab  # typing stays put
    press(Qt.Key.Key_Return)
    # The caption's match: the Photos tab shows that photo, the words selected.
    assert window.side_tabs.currentWidget() is panel
    assert panel.form.caption_edit.textCursor().selectedText() == "Sodermalm"
    assert bar_count(window) == "2 of 3"
    press(Qt.Key.Key_Return)
    second = ws_of(window).photos.for_article(article_id)[1].photo
    assert panel.form.photo_id == second.id
    assert panel.form.alt_edit.textCursor().selectedText() == "Sodermalm"
    assert len(_find_selections(panel.form.alt_edit)) == 1

    press(Qt.Key.Key_H, CTRL)
    type_text(focused(), "Södermalm")
    with qtbot.waitSignal(controller.replaced_all, timeout=TIMEOUT) as report:
        press(Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.AltModifier)
    assert report.args == ["Replaced 3 in body, 1 caption and 1 alt text"]
    photos = [p.photo.metadata for p in ws_of(window).photos.for_article(article_id)]
    assert [(m.caption, m.alt_text) for m in photos] == [
        ("The tram at Södermalm.", "A tram"),
        ("Ducks", "Ducks on Södermalm"),
    ]
    assert panel.form.alt_edit.toPlainText() == "Ducks on Södermalm"  # the shown photo follows
    revisions = ws_of(window).articles.revisions(article_id)
    assert revisions[0].note == "Replaced “Sodermalm” with “Södermalm” (3)"

    window.list_pane.table.setFocus()
    press(Qt.Key.Key_Z, CTRL)  # Edit › Undo: the captions too
    photos = [p.photo.metadata for p in ws_of(window).photos.for_article(article_id)]
    assert [(m.caption, m.alt_text) for m in photos] == [
        ("The tram at Sodermalm.", "A tram"),
        ("Ducks", "Ducks on Sodermalm"),
    ]
    assert panel.form.alt_edit.toPlainText() == "Ducks on Sodermalm"
    assert editor.body_edit.toPlainText() == "Sodermalm today."


def bar_count(window: MainWindow) -> str:
    return window.editing.find.controller.bar.count_label.text()


def test_the_list_search_moves_to_ctrl_shift_f(qtbot, window: MainWindow, tram: int) -> None:
    window.activateWindow()
    window.editing.editor.body_edit.setFocus()
    press(Qt.Key.Key_F, CTRL | SHIFT)
    assert focused() is window.list_pane.search_field
    assert not window.editing.find.bar.isVisible()
    assert window.commands.find.shortcut().toString() == "Ctrl+Shift+F"
    assert window.commands.find_in_article.shortcut().toString() == "Ctrl+F"
    assert window.commands.replace_in_article.shortcut().toString() == "Ctrl+H"


def test_ctrl_f_with_no_article_open_searches_the_list(qtbot, window: MainWindow) -> None:
    ws_of(window).articles.create(ArticleContent(headline="Sodermalm"))
    window.signals.articles_changed.emit([])
    window.editing.show_article(None)
    window.activateWindow()
    assert window.editing.editor.article_id is None
    QTest.keyClick(window, Qt.Key.Key_F, CTRL)
    assert focused() is window.list_pane.search_field


def test_esc_in_writing_mode_closes_the_bar_before_leaving_the_mode(
    qtbot, window: MainWindow, tram: int
) -> None:
    window.activateWindow()
    window.commands.writing_mode.setChecked(True)
    press(Qt.Key.Key_F, CTRL)
    type_text(focused(), "tram")
    press(Qt.Key.Key_Escape)
    assert not window.editing.find.bar.isVisible()
    assert window.commands.writing_mode.isChecked()
    press(Qt.Key.Key_Escape)
    assert not window.commands.writing_mode.isChecked()


def test_closed_the_bar_listens_to_no_keystroke_and_open_it_finds_again_when_typing_pauses(
    qtbot, window: MainWindow, tram: int
) -> None:
    from PySide6.QtCore import SIGNAL

    editor = window.editing.editor
    controller = window.editing.find.controller
    document = editor.body_edit.document()
    listening = document.receivers(SIGNAL("contentsChanged()"))
    window.activateWindow()
    editor.body_edit.setFocus()
    press(Qt.Key.Key_F, CTRL)
    type_text(focused(), "sodermalm")
    assert document.receivers(SIGNAL("contentsChanged()")) == listening + 1
    assert len(_find_selections(editor.body_edit)) == 3

    # Typing in the body: its highlights step aside (no keystroke repaints them) until the pause.
    editor.body_edit.setFocus()
    QTest.keyClick(editor.body_edit, Qt.Key.Key_End, CTRL)
    type_text(editor.body_edit, " Sodermalm")
    assert _find_selections(editor.body_edit) == []
    with qtbot.waitSignal(controller.searched, timeout=TIMEOUT):
        pass
    assert len(_find_selections(editor.body_edit)) == 4

    press(Qt.Key.Key_F, CTRL)
    press(Qt.Key.Key_Escape)
    assert document.receivers(SIGNAL("contentsChanged()")) == listening


def test_ctrl_z_in_a_field_undoes_replace_all_even_after_a_later_picker_change(
    qtbot, window: MainWindow, tram: int
) -> None:
    ws_of(window).taxonomy.resolve_section("World")
    window.signals.taxonomy_changed.emit()
    world = next(n.section.id for n in ws_of(window).taxonomy.sections() if n.section.name == "World")
    editor = window.editing.editor
    window.activateWindow()
    editor.body_edit.setFocus()
    press(Qt.Key.Key_H, CTRL)
    type_text(focused(), "Sodermalm")
    press(Qt.Key.Key_Tab)
    type_text(focused(), "Södermalm")
    press(Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.AltModifier)
    press(Qt.Key.Key_Escape)
    editor.section_picker.choose(world)  # a step on the undo stack after the Replace All
    assert window.commands.undo.text() == "&Undo Change Section"
    editor.body_edit.setFocus()
    QTest.keyClick(editor.body_edit, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: editor.headline_edit.text() == HEADLINE, timeout=TIMEOUT)
    assert editor.standfirst_edit.toPlainText() == STANDFIRST
    assert editor.body_edit.toPlainText() == BODY
    assert editor.section_picker.section_id() == world
    # Edit › Undo then takes back the section, and finds the replacement already undone.
    window.list_pane.table.setFocus()
    window.commands.undo.trigger()
    assert editor.section_picker.section_id() is None
    window.commands.undo.trigger()
    assert (editor.headline_edit.text(), editor.body_edit.toPlainText()) == (HEADLINE, BODY)


def test_a_one_letter_query_is_searched_when_typing_pauses_and_enter_shows_its_first_match(
    qtbot, window: MainWindow, tram: int
) -> None:
    controller = window.editing.find.controller
    bar = controller.bar
    window.activateWindow()
    window.editing.editor.headline_edit.setFocus()
    window.editing.editor.headline_edit.setCursorPosition(0)
    press(Qt.Key.Key_F, CTRL)
    type_text(focused(), "S")
    assert controller.matches == ()  # thousands of matches in a long body: not on this keystroke
    with qtbot.waitSignal(controller.searched, timeout=TIMEOUT):
        pass
    assert bar.count_label.text().startswith("1 of ")
    bar.find_edit.clear()
    type_text(focused(), "t")
    press(Qt.Key.Key_Return)  # before the pause: the search runs, and shows the first match
    assert bar.count_label.text().startswith("1 of ")
    type_text(focused(), "ra")  # three letters and more: at once
    assert bar.count_label.text() == "1 of 1"
