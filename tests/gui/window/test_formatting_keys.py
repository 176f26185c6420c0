"""The formatting commands in the real window, driven by real key events: the keys, the Format
menu, the body's context menu and the toolbar above the body."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QToolButton

from tests.fakes.prompts import Prompts
from tests.gui.helpers import child, ws_of
from workstation.domain.article import ArticleContent
from workstation.ui.articles.link_dialog import LinkAnswer
from workstation.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
Key = Qt.Key


def _open_id(window: MainWindow) -> int:
    article_id = window.editing.editor.article_id
    assert article_id is not None
    return article_id


def _open(qtbot, window: MainWindow, body_text: str):
    article = ws_of(window).articles.create(ArticleContent(headline="Tram vote", body=body_text))
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    body = window.editing.editor.body_edit
    window.activateWindow()
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    QTest.keyClick(body, Key.Key_Home, CTRL)
    return body


def _select_second_word(body) -> None:
    """Ctrl+Right to the second word, Ctrl+Shift+Right over it (the space after comes too)."""
    QTest.keyClick(body, Key.Key_Home, CTRL)
    QTest.keyClick(body, Key.Key_Right, CTRL)
    QTest.keyClick(body, Key.Key_Right, CTRL | SHIFT)


def test_ctrl_b_bolds_the_word_selected_with_the_keyboard_and_ctrl_z_undoes_it_in_one_step(
    qtbot, window: MainWindow
) -> None:
    body = _open(qtbot, window, "The council will meet again.")
    _select_second_word(body)
    assert body.textCursor().selectedText() == "council "
    QTest.keyClick(body, Key.Key_B, CTRL)
    assert body.toPlainText() == "The **council** will meet again."
    assert body.textCursor().selectedText() == "council"  # still selected, markers left out
    QTest.keyClick(body, Key.Key_B, CTRL)  # again: off
    assert body.toPlainText() == "The council will meet again."
    QTest.keyClick(body, Key.Key_B, CTRL)
    QTest.keyClick(body, Key.Key_Z, CTRL)  # one Ctrl+Z takes one formatting command back
    assert body.toPlainText() == "The council will meet again."
    QTest.keyClick(body, Key.Key_Z, CTRL)
    assert body.toPlainText() == "The **council** will meet again."
    window.editing.autosave.flush_now()
    assert ws_of(window).articles.get(_open_id(window)).body == "The **council** will meet again."


def test_ctrl_i_makes_italic_and_no_longer_opens_import(qtbot, window: MainWindow, prompts: Prompts) -> None:
    body = _open(qtbot, window, "The council will meet again.")
    QTest.keyClick(body, Key.Key_Right, CTRL)
    QTest.keyClick(body, Key.Key_Right)  # the caret inside "council", no selection
    QTest.keyClick(body, Key.Key_I, CTRL)
    assert body.toPlainText() == "The *council* will meet again."
    assert prompts.asked("ask_markdown_files") == []
    assert window.commands.import_markdown.shortcut().toString() == "Ctrl+Shift+O"


def test_ctrl_shift_o_imports_markdown(qtbot, window: MainWindow, prompts: Prompts) -> None:
    prompts.answer("ask_markdown_files", [])
    _open(qtbot, window, "Text")
    QTest.keyClick(window, Key.Key_O, CTRL | SHIFT)
    assert len(prompts.asked("ask_markdown_files")) == 1


def test_ctrl_k_offers_the_web_address_on_the_clipboard(qtbot, window: MainWindow, prompts: Prompts) -> None:
    QGuiApplication.clipboard().setText("https://www.tt.se/nyheter/spårvagn")
    prompts.answer_with("ask_link", lambda text, url, existing: LinkAnswer(text, url))
    body = _open(qtbot, window, "Read the report here.")
    QTest.keyClick(body, Key.Key_Right, CTRL)
    QTest.keyClick(body, Key.Key_Right, CTRL)
    QTest.keyClick(body, Key.Key_Right, CTRL | SHIFT)  # "report "
    QTest.keyClick(body, Key.Key_K, CTRL)
    assert prompts.asked("ask_link") == [
        {"text": "report", "url": "https://www.tt.se/nyheter/spårvagn", "existing": False}
    ]
    assert body.toPlainText() == "Read the [report](https://www.tt.se/nyheter/spårvagn) here."
    assert body.textCursor().selectedText() == "report"
    QTest.keyClick(body, Key.Key_Z, CTRL)
    assert body.toPlainText() == "Read the report here."


def test_ctrl_k_on_a_link_changes_its_address_and_ignores_other_clipboards(
    qtbot, window: MainWindow, prompts: Prompts
) -> None:
    QGuiApplication.clipboard().setText("not an address")
    prompts.answer_with("ask_link", lambda text, url, existing: LinkAnswer("the plan", "https://new.se"))
    body = _open(qtbot, window, "See [the report](https://old.se) now.")
    QTest.keyClick(body, Key.Key_Right, CTRL)
    QTest.keyClick(body, Key.Key_Right, CTRL)  # in the link's text
    QTest.keyClick(body, Key.Key_K, CTRL)
    assert prompts.asked("ask_link")[0] == {"text": "the report", "url": "https://old.se", "existing": True}
    assert body.toPlainText() == "See [the plan](https://new.se) now."
    QGuiApplication.clipboard().setText("https://tt.se")
    prompts.answer_with("ask_link", lambda text, url, existing: None)  # cancelled
    QTest.keyClick(body, Key.Key_End, CTRL)
    QTest.keyClick(body, Key.Key_K, CTRL)
    assert prompts.asked("ask_link")[1] == {"text": "", "url": "https://tt.se", "existing": False}
    assert body.toPlainText() == "See [the plan](https://new.se) now."


def test_the_paragraph_keys_act_on_every_line_of_the_selection(qtbot, window: MainWindow) -> None:
    body = _open(qtbot, window, "Bread\nMilk\nEggs")
    QTest.keyClick(body, Key.Key_End, CTRL | SHIFT)
    steps = [
        (Key.Key_8, CTRL | SHIFT, "- Bread\n- Milk\n- Eggs"),
        (Key.Key_7, CTRL | SHIFT, "1. Bread\n2. Milk\n3. Eggs"),
        (Key.Key_7, CTRL | SHIFT, "Bread\n\nMilk\n\nEggs"),
        (Key.Key_9, CTRL | SHIFT, "> Bread\n>\n> Milk\n>\n> Eggs"),
        (Key.Key_9, CTRL | SHIFT, "Bread\n\nMilk\n\nEggs"),
        (Key.Key_2, CTRL | ALT, "## Bread\n\n## Milk\n\n## Eggs"),
        (Key.Key_3, CTRL | ALT, "### Bread\n\n### Milk\n\n### Eggs"),
        (Key.Key_0, CTRL | ALT, "Bread\n\nMilk\n\nEggs"),
    ]
    for key, modifiers, text in steps:
        QTest.keyClick(body, key, modifiers)
        assert body.toPlainText() == text
        # the selection still covers every line, so the next key acts on all of them
        assert body.textCursor().selectedText().replace("\u2029", "\n").endswith("Eggs")
    for _ in steps:
        QTest.keyClick(body, Key.Key_Z, CTRL)
    assert body.toPlainText() == "Bread\nMilk\nEggs"


def test_a_character_typed_with_altgr_is_typed_not_taken_as_a_heading_key(qtbot, window: MainWindow) -> None:
    """Windows reports AltGr as Ctrl+Alt: AltGr+2 on a Swedish keyboard is @."""
    body = _open(qtbot, window, "mail ")
    QTest.keyClick(body, Key.Key_End, CTRL)
    QTest.sendKeyEvent(QTest.KeyAction.Click, body, Key.Key_2, "@", CTRL | ALT)
    assert body.toPlainText() == "mail @"
    QTest.keyClick(body, Key.Key_2, CTRL | ALT)  # Ctrl+Alt+2 that types nothing: the heading
    assert body.toPlainText() == "## mail @"


def test_formatting_is_off_outside_the_body_and_without_an_article(qtbot, window: MainWindow) -> None:
    body = _open(qtbot, window, "The council will meet.")
    format_actions = window.commands.format
    assert all(action.isEnabled() for action in format_actions.editing())
    headline = window.editing.editor.headline_edit
    headline.setFocus()
    qtbot.waitUntil(headline.hasFocus)
    assert not any(action.isEnabled() for action in format_actions.editing())
    headline.selectAll()
    QTest.keyClick(headline, Key.Key_B, CTRL)
    QTest.keyClick(headline, Key.Key_8, CTRL | SHIFT)
    assert headline.text() == "Tram vote"
    assert body.toPlainText() == "The council will meet."
    window.list_pane.table.setFocus()
    window.editing.show_article(None)
    assert not any(action.isEnabled() for action in format_actions.editing())


def test_the_format_menu_sits_between_edit_and_view(window: MainWindow) -> None:
    titles = [action.menu().objectName() for action in window.menuBar().actions()]
    assert titles[titles.index("editMenu") + 1 : titles.index("viewMenu")] == ["formatMenu"]
    menu = child(window, QMenu, "formatMenu")
    assert [a for a in menu.actions() if not a.isSeparator()] == window.commands.format.editing()
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == [
        "formatBoldAction",
        "formatItalicAction",
        "formatLinkAction",
        "formatHeading2Action",
        "formatHeading3Action",
        "formatNormalAction",
        "formatQuoteAction",
        "formatBulletsAction",
        "formatNumbersAction",
    ]


# A menu asks the platform to raise it and grab the keyboard; offscreen can't.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_format_commands_stay_on_while_a_menu_is_open_over_the_body(qtbot, window: MainWindow) -> None:
    body = _open(qtbot, window, "The council")
    menu = child(window, QMenu, "formatMenu")
    menu.popup(body.mapToGlobal(body.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert window.commands.format.bold.isEnabled()
    menu.close()


def test_the_body_context_menu_has_the_standard_items_then_the_format_items(
    qtbot, window: MainWindow
) -> None:
    body = _open(qtbot, window, "The council will meet.")
    _select_second_word(body)
    menu = body.context_menu(body.rect().center())
    texts = [action.text().split("\t")[0].replace("&", "") for action in menu.actions()]
    # Qt's standard items, with the body's Paste as Plain Text after Paste.
    standard = ["Undo", "Redo", "", "Cut", "Copy", "Paste", "Paste as Plain Text", "Delete", "", "Select All"]
    assert texts[: len(standard)] == standard
    extra = [a for a in menu.actions()[len(standard) :] if not a.isSeparator()]
    # The formatting commands, then spelling's Set Language of Selection.
    language = window.editing.spelling.language_menu.menuAction()
    assert extra == [*window.commands.format.editing(), language]
    bold = next(a for a in menu.actions() if a.objectName() == "formatBoldAction")
    bold.trigger()
    assert body.toPlainText() == "The **council** will meet."
    menu.deleteLater()


def test_the_toolbar_above_the_body_formats_without_taking_the_focus(qtbot, window: MainWindow) -> None:
    body = _open(qtbot, window, "The council will meet.")
    toolbar = child(window, QToolBar, "formatToolbar")
    assert toolbar.isVisible()
    assert toolbar.geometry().bottom() < body.geometry().top()
    assert toolbar.parentWidget() is body.parentWidget()
    button = child(toolbar, QToolButton, "formatBoldButton")
    assert (button.text(), button.toolTip(), button.accessibleName()) == ("B", "Bold (Ctrl+B)", "Bold")
    for action in window.commands.format.editing():
        widget = toolbar.widgetForAction(action)
        assert widget is not None
        tip = widget.toolTip()
        assert action.shortcut().toString(action.shortcut().SequenceFormat.NativeText) in tip
    _select_second_word(body)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert body.toPlainText() == "The **council** will meet."
    assert QApplication.focusWidget() is body
    italic = child(toolbar, QToolButton, "formatItalicButton")
    assert italic.font().italic()
    assert button.font().bold()


def test_view_formatting_toolbar_hides_it_and_is_remembered(qtbot, window_factory) -> None:
    window = window_factory()
    _open(qtbot, window, "Text")
    toggle = window.findChild(QAction, "toggleFormatToolbarAction")
    assert toggle in window.findChild(QMenu, "viewMenu").actions()
    toolbar = child(window, QToolBar, "formatToolbar")
    assert toggle.isChecked()
    toggle.trigger()
    assert not toolbar.isVisible()
    window.close()
    again = window_factory()
    _open(qtbot, again, "Text")
    assert not again.findChild(QAction, "toggleFormatToolbarAction").isChecked()
    assert not again.findChild(QToolBar, "formatToolbar").isVisible()
    again.findChild(QAction, "toggleFormatToolbarAction").trigger()
    assert again.findChild(QToolBar, "formatToolbar").isVisible()
