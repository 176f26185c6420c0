"""A label that shows a value (the save state, the counts) and says both what it is and what it
holds to a screen reader. Over AT-SPI a label has no text of its own, only its name: a fixed
accessible name ("Save state") would hide the value, the bare text would not say what it is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class ValueLabel(QLabel):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.setAccessibleDescription(what)
        self._name()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._name()

    def clear(self) -> None:
        super().clear()
        self._name()

    def _name(self) -> None:
        text = self.text()
        self.setAccessibleName(f"{self.what}: {text}" if text else self.what)
