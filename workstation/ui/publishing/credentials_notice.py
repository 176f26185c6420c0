"""A quiet notice in the status bar when a site refused the password (401) or the keyring could
not be read: one notice with "Enter password…", never a stack of modal boxes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from workstation.domain.i18n import translate


class CredentialsNotice(QFrame):
    """Emits `enter_requested(int)` with the destination id, `dismissed()`."""

    enter_requested = Signal(int)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credentialsNotice")
        self.setAccessibleName(translate("CredentialsNotice", "Password needed"))
        self.setStyleSheet(
            "#credentialsNotice { background: #fff4e5; border: 1px solid #e0b060; border-radius: 4px; }"
            "#credentialsNotice QLabel { color: #5c3b00; }"
        )
        self._destination_id: int | None = None
        self.label = QLabel()
        self.label.setObjectName("credentialsNoticeLabel")
        self.enter_button = QPushButton(translate("CredentialsNotice", "Enter password…"))
        self.enter_button.setObjectName("enterPasswordButton")
        self.enter_button.setAccessibleName(translate("CredentialsNotice", "Enter password"))
        self.enter_button.clicked.connect(self._on_enter)
        self.close_button = QToolButton()
        self.close_button.setObjectName("dismissCredentialsNoticeButton")
        self.close_button.setAccessibleName(translate("CredentialsNotice", "Dismiss"))
        self.close_button.setText("✕")
        self.close_button.setToolTip(
            translate("CredentialsNotice", "Hide this notice (the jobs wait in the Outbox)")
        )
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self._on_dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.enter_button)
        layout.addWidget(self.close_button)
        self.hide()

    @property
    def destination_id(self) -> int | None:
        return self._destination_id

    def show_for(self, destination_id: int, destination_name: str, jobs: int) -> None:
        self._destination_id = destination_id
        noun = (
            translate("CredentialsNotice", "job waits")
            if jobs == 1
            else translate("CredentialsNotice", "jobs wait")
        )
        self.label.setText(
            translate(
                "CredentialsNotice", "{destination_name} needs the application password ({jobs} {noun})."
            ).format(destination_name=destination_name, jobs=jobs, noun=noun)
        )
        self.label.setToolTip(
            translate(
                "CredentialsNotice",
                "The site did not accept the stored password, or the keyring could not be read. "
                "See the Outbox for the exact message.",
            )
        )
        self.show()

    def clear_notice(self) -> None:
        self._destination_id = None
        self.hide()

    def _on_enter(self) -> None:
        if self._destination_id is not None:
            self.enter_requested.emit(self._destination_id)

    def _on_dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
