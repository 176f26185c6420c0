"""Small pieces the publishing dialogs share: error text, a busy bar, a message line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from workstation.domain.errors import ValidationError, WorkstationError

ERROR_COLOR = "#b3261e"
OK_COLOR = "#1e7b34"


def describe(error: BaseException) -> str:
    """An error as the editor reads it: the service's message, never a traceback."""
    if isinstance(error, ValidationError):
        return f"{error.field.replace('_', ' ').capitalize()}: {error.message}"
    if isinstance(error, WorkstationError):
        return str(error)
    return f"Unexpected error ({type(error).__name__}): {error}"


class MessageLine(QLabel):
    """One line (or a few) under a form: what went wrong, or what was done."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName("Message")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def error(self, text: str) -> None:
        self._show(text, ERROR_COLOR)

    def ok(self, text: str) -> None:
        self._show(text, OK_COLOR)

    def note(self, text: str) -> None:
        self._show(text, "palette(text)")

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def _show(self, text: str, color: str) -> None:
        self.setStyleSheet(f"color: {color};")
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()


def busy_bar(name: str) -> QProgressBar:
    """An indeterminate bar shown while a site is being asked."""
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setAccessibleName("Working")
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar
