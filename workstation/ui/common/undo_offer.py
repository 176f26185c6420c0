"""An offer in the status bar to undo what was just done ("Replaced 4 in 2 articles." Undo,
"Moved “Hello world!” to the Trash ·" Undo), with a dismiss button; it hides itself after a while."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from workstation.domain.i18n import translate

# A push button that reads as a link in running text ("… · Undo").
_LINK_STYLE = (
    "QPushButton { border: none; padding: 0 2px; color: palette(link); text-decoration: underline; }"
    "QPushButton:disabled { color: palette(mid); }"
)


class UndoOffer(QWidget):
    """`name` prefixes the object names (nameUndoOffer, nameUndoLabel, nameUndoButton,
    nameUndoDismissButton); `what` says what Undo undoes, for screen readers."""

    undo_requested = Signal()

    def __init__(
        self, name: str, what: str, hide_after_ms: int, *, link: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}UndoOffer")
        self.setAccessibleName(translate("UndoOffer", "Undo {what}").format(what=what))
        self.label = QLabel()
        self.label.setObjectName(f"{name}UndoLabel")
        self.undo_button = QPushButton(translate("UndoOffer", "Undo"))
        self.undo_button.setObjectName(f"{name}UndoButton")
        self.undo_button.setAccessibleName(translate("UndoOffer", "Undo {what}").format(what=what))
        self.undo_button.setAutoDefault(False)
        if link:
            self.undo_button.setStyleSheet(_LINK_STYLE)
            self.undo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setObjectName(f"{name}UndoDismissButton")
        self.dismiss_button.setAccessibleName(translate("UndoOffer", "Dismiss"))
        self.dismiss_button.setText("×")
        self.dismiss_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 if link else 6)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.dismiss_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hide_after_ms)
        self._timer.timeout.connect(self.hide)
        self.undo_button.clicked.connect(lambda _c=False: self.undo_requested.emit())
        self.dismiss_button.clicked.connect(lambda _c=False: self.hide())
        self.hide()

    @property
    def hide_after_ms(self) -> int:
        return self._timer.interval()

    def offer(self, text: str) -> None:
        self.label.setText(text)
        self.undo_button.setEnabled(True)
        self.show()
        self._timer.start()

    def busy(self, text: str) -> None:
        self.label.setText(text)
        self.undo_button.setEnabled(False)
