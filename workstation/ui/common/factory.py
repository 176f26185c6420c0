"""The push buttons and line edits the features build, named the same way everywhere: an object
name for tests and style sheets, an accessible name for screen readers, and a tooltip or
placeholder where the widget wants one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPushButton


def spoken(text: str) -> str:
    """A button's text as a screen reader should say it: no mnemonic '&', no trailing '…'."""
    return text.replace("&", "").rstrip("…")


def push_button(
    text: str,
    name: str,
    tip: str | None = None,
    *,
    accessible: str | None = None,
    auto_default: bool | None = None,
    min_height: int | None = None,
    min_width: int | None = None,
    on_click: Callable[[], object] | None = None,
) -> QPushButton:
    """A QPushButton named `name`; its accessible name is `accessible`, or else its text as
    `spoken`. Only what is given is set: Qt's defaults stay for the rest. `on_click` is called
    with no arguments (the `checked` flag of clicked is dropped)."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(spoken(text) if accessible is None else accessible)
    if tip is not None:
        button.setToolTip(tip)
    if auto_default is not None:
        button.setAutoDefault(auto_default)
    if min_height is not None:
        button.setMinimumHeight(min_height)
    if min_width is not None:
        button.setMinimumWidth(min_width)
    if on_click is not None:
        button.clicked.connect(lambda _checked=False: on_click())
    return button


def line_edit(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    """A QLineEdit named `name`, with an accessible name and a placeholder text."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit
