"""ui/common/factory.py: buttons and line edits named alike, with Qt's defaults for what is not asked."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

from workstation.ui.common.factory import line_edit, push_button, spoken


def test_spoken_drops_the_mnemonic_and_the_ellipsis():
    assert spoken("Mo&ve to…") == "Move to"
    assert spoken("Keep mine (overwrite the site)") == "Keep mine (overwrite the site)"


def test_a_push_button_is_named_and_keeps_qt_defaults(qtbot):
    button = push_button("&Merge…", "mergeTagsButton", "Merge the selected tags into one")
    qtbot.addWidget(button)
    default = QPushButton()
    qtbot.addWidget(default)
    assert button.text() == "&Merge…"
    assert button.objectName() == "mergeTagsButton"
    assert button.accessibleName() == "Merge"
    assert button.toolTip() == "Merge the selected tags into one"
    assert button.autoDefault() == default.autoDefault()
    assert button.minimumSize() == default.minimumSize()


def test_a_push_button_takes_what_is_given(qtbot):
    button = push_button(
        "Library…",
        "photoLibraryButton",
        accessible="Photo library",
        auto_default=False,
        min_height=28,
        min_width=130,
    )
    qtbot.addWidget(button)
    assert button.accessibleName() == "Photo library"
    assert button.toolTip() == ""
    assert not button.autoDefault()
    assert button.minimumHeight() == 28
    assert button.minimumWidth() == 130


def test_on_click_is_called_without_the_checked_flag(qtbot):
    calls: list[tuple[()]] = []
    button = push_button("Retry", "retryJobButton", on_click=lambda: calls.append(()))
    qtbot.addWidget(button)
    button.click()
    assert calls == [()]


def test_a_line_edit_is_named_with_its_placeholder(qtbot):
    edit = line_edit("bylineEdit", "Byline", "e.g. TT or a reporter's name")
    qtbot.addWidget(edit)
    assert isinstance(edit, QLineEdit)
    assert edit.objectName() == "bylineEdit"
    assert edit.accessibleName() == "Byline"
    assert edit.placeholderText() == "e.g. TT or a reporter's name"
