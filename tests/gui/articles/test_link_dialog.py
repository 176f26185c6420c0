"""Link…: the address is checked as it is typed, Enter accepts, and a link can be removed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from workstation.ui.articles.link_dialog import LinkAnswer, LinkDialog


def _dialog(qtbot, text: str = "", url: str = "", *, existing: bool = False) -> LinkDialog:
    dialog = LinkDialog(text, url, existing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_address_is_checked_as_it_is_typed(qtbot) -> None:
    dialog = _dialog(qtbot, "the report")
    assert dialog.windowTitle() == "Insert Link"
    assert not dialog.ok_button.isEnabled()
    assert dialog.focusWidget() is dialog.url_edit
    qtbot.keyClicks(dialog.url_edit, "javascript:alert(1)")
    assert not dialog.ok_button.isEnabled()
    assert "web page" in dialog.note.text()
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, "www.tt.se/a")
    assert dialog.ok_button.isEnabled()
    assert dialog.note.text() == "Links to https://www.tt.se/a"
    assert not dialog.remove_button.isVisibleTo(dialog)


def test_enter_accepts_with_the_checked_address_and_the_edited_text(qtbot) -> None:
    dialog = _dialog(qtbot, "", "https://tt.se/a")
    assert dialog.focusWidget() is dialog.text_edit  # the address is there: the words are left
    qtbot.keyClicks(dialog.text_edit, "Read more")
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.answer() == LinkAnswer("Read more", "https://tt.se/a")


def test_enter_with_a_bad_address_does_not_accept(qtbot) -> None:
    dialog = _dialog(qtbot, "words", "report")
    QTest.keyClick(dialog.url_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "not a web address" in dialog.note.text()


def test_an_existing_link_can_be_removed(qtbot) -> None:
    dialog = _dialog(qtbot, "the plan", "https://old.se", existing=True)
    assert dialog.windowTitle() == "Edit Link"
    assert dialog.ok_button.text() == "Update Link"
    assert dialog.remove_button.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.answer() == LinkAnswer("the plan", "")
