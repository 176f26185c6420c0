"""Link… (Ctrl+K): the address a link goes to and the words it is on.

LinkDialog exposes its answer (tests drive it without exec()); ask_link runs it and is a
registered prompt, so GUI tests answer it with the others (tests/fakes/prompts.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.i18n import translate
from workstation.domain.markdown_links import link_address
from workstation.ui.common import alerts


@dataclass(frozen=True, slots=True)
class LinkAnswer:
    """The link's text and address; an empty address means: remove the link."""

    text: str
    url: str


class LinkDialog(QDialog):
    def __init__(self, text: str, url: str, existing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(
            translate("LinkDialog", "Edit Link") if existing else translate("LinkDialog", "Insert Link")
        )
        self._removed = False

        self.url_edit = QLineEdit(url)
        self.url_edit.setObjectName("linkUrlEdit")
        self.url_edit.setAccessibleName(translate("LinkDialog", "Link address"))
        self.url_edit.setPlaceholderText(translate("LinkDialog", "https://example.com/page"))
        self.url_edit.setClearButtonEnabled(True)
        self.text_edit = QLineEdit(text)
        self.text_edit.setObjectName("linkTextEdit")
        self.text_edit.setAccessibleName(translate("LinkDialog", "Link text"))
        self.text_edit.setPlaceholderText(
            translate("LinkDialog", "The words readers click (the address if left empty)")
        )
        self.note = QLabel()
        self.note.setObjectName("linkNoteLabel")
        self.note.setAccessibleName(translate("LinkDialog", "Link address check"))
        self.note.setWordWrap(True)

        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok | cancel)
        self.buttons.setObjectName("linkButtons")
        self.ok_button = self.buttons.button(ok)  # the default button: Enter in either field
        self.ok_button.setText(
            translate("LinkDialog", "Update Link") if existing else translate("LinkDialog", "Insert Link")
        )
        self.ok_button.setObjectName("linkOkButton")
        self.ok_button.setAccessibleName(self.ok_button.text())
        cancel_button = self.buttons.button(cancel)
        cancel_button.setObjectName("linkCancelButton")
        cancel_button.setAccessibleName(translate("LinkDialog", "Cancel"))
        self.remove_button = QPushButton(translate("LinkDialog", "Remove Link"))
        self.remove_button.setObjectName("linkRemoveButton")
        self.remove_button.setAccessibleName(translate("LinkDialog", "Remove link"))
        self.remove_button.setAutoDefault(False)
        if existing:
            self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)

        form = QFormLayout()
        address = QLabel(translate("LinkDialog", "&Address"))
        address.setBuddy(self.url_edit)
        form.addRow(address, self.url_edit)
        form.addRow("", self.note)
        words = QLabel(translate("LinkDialog", "&Text"))
        words.setBuddy(self.text_edit)
        form.addRow(words, self.text_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.url_edit.textChanged.connect(self._on_url_edit_text_changed)
        self._on_url_edit_text_changed(url)
        # Prefilled address (the clipboard's, or the link's): the words are what is left to do.
        focus = self.text_edit if url and not text else self.url_edit
        focus.setFocus()
        focus.selectAll()
        self.setMinimumSize(self.minimumSizeHint().expandedTo(QSize(440, 0)))

    def _on_url_edit_text_changed(self, typed: str) -> None:
        checked = link_address(typed)
        self.ok_button.setEnabled(bool(checked.url))
        if checked.problem:
            self.note.setText(
                checked.problem
                if typed.strip()
                else translate("LinkDialog", "<i>{problem}</i>").format(problem=checked.problem)
            )
        elif checked.url != typed.strip():
            self.note.setText(translate("LinkDialog", "Links to {url}").format(url=checked.url))
        else:
            self.note.setText("")
        self.note.setStyleSheet("color: #b3261e;" if checked.problem and typed.strip() else "")

    def _on_remove_button_clicked(self) -> None:
        self._removed = True
        self.accept()

    def accept(self) -> None:
        if self._removed or link_address(self.url_edit.text()).url:
            super().accept()

    def answer(self) -> LinkAnswer:
        if self._removed:
            return LinkAnswer(self.text_edit.text(), "")
        return LinkAnswer(self.text_edit.text(), link_address(self.url_edit.text()).url)


@alerts.dialog
def ask_link(parent: QWidget | None, text: str, url: str, existing: bool) -> LinkAnswer | None:
    """The link to write (url "" : remove it), or None if the editor cancelled."""
    dialog = LinkDialog(text, url, existing, parent)
    try:
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
