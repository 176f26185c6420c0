"""Enter a destination's application password again (after a 401, or for a preset site): the
site is checked on a worker and the password goes to the keyring only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from workstation.domain.i18n import translate
from workstation.domain.publishing import Destination
from workstation.services.publishing.destinations import DestinationService
from workstation.services.publishing.wordpress_client import travels_readable
from workstation.ui.common.tasks import Runner
from workstation.ui.publishing.common import ERROR_COLOR, MessageLine, busy_bar


class PasswordDialog(QDialog):
    """Emits `saved(Destination)` once the site accepted the password; then closes."""

    saved = Signal(object)

    def __init__(
        self,
        destinations: DestinationService,
        destination: Destination,
        tasks: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("destinationPasswordDialog")
        self.setAccessibleName(translate("PasswordDialog", "Enter the application password"))
        self.setWindowTitle(
            translate("PasswordDialog", "Application password for {name}").format(name=destination.name)
        )
        self._destinations = destinations
        self._destination = destination
        self._tasks = tasks
        self._busy = False
        self._closed = False

        intro = QLabel(
            translate(
                "PasswordDialog",
                "Enter the application password of <b>{e}</b> on <b>{e2}</b>. Make one on the site under "
                "<i>Users › Profile › Application Passwords</i>; it is kept in your system keyring only.",
            ).format(e=_e(destination.username or "your user"), e2=_e(destination.url))
        )
        intro.setObjectName("passwordIntro")
        intro.setWordWrap(True)
        self.plain_http_warning = QLabel(
            translate(
                "PasswordDialog",
                "This site's address is plain http://: the password travels across the network readable "
                "by anyone on the way. Ask for the site's https:// address if it has one.",
            )
        )
        self.plain_http_warning.setObjectName("plainHttpWarning")
        self.plain_http_warning.setWordWrap(True)
        self.plain_http_warning.setStyleSheet(f"color: {ERROR_COLOR};")
        self.plain_http_warning.setVisible(travels_readable(destination.url))
        self.user_edit = QLineEdit(destination.username)
        self.user_edit.setObjectName("passwordUserEdit")
        self.user_edit.setAccessibleName(translate("PasswordDialog", "User name"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setAccessibleName(translate("PasswordDialog", "Application password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(translate("PasswordDialog", "xxxx xxxx xxxx xxxx xxxx xxxx"))
        form = QFormLayout()
        form.addRow(translate("PasswordDialog", "&User:"), self.user_edit)
        form.addRow(translate("PasswordDialog", "&Application password:"), self.password_edit)
        self.busy = busy_bar("passwordBusy")
        self.message = MessageLine("passwordMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("passwordButtons")
        self.save_button = self.buttons.addButton(
            translate("PasswordDialog", "Check and save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("savePasswordButton")
        self.save_button.setAccessibleName(translate("PasswordDialog", "Check and save"))
        self.save_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelPasswordButton")
        cancel.setAccessibleName(translate("PasswordDialog", "Cancel"))
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.plain_http_warning)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.password_edit.setFocus()

    @property
    def busy_now(self) -> bool:
        return self._busy

    def _on_save(self) -> None:
        if self._busy:
            return
        password, user = self.password_edit.text(), self.user_edit.text()
        destinations, destination_id = self._destinations, self._destination.id
        self._set_busy(True)
        self.message.note(translate("PasswordDialog", "Checking the site…"))
        self._tasks.run(
            lambda: destinations.set_password(destination_id, password, user),
            self._on_saved,
            self._on_failed,
        )

    def _on_saved(self, destination: Destination) -> None:
        if self._closed:
            return
        self._set_busy(False)
        self.saved.emit(destination)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self._set_busy(False)
        self.message.problem(error, self._destination.name)
        self.password_edit.setFocus()
        self.password_edit.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.save_button.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)
        self.user_edit.setEnabled(not busy)

    def done(self, result: int) -> None:
        self._closed = True  # a check still running reports to nobody
        super().done(result)


def _e(text: str) -> str:
    import html

    return html.escape(text)
