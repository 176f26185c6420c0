"""Edit › House Style…: the newsroom's own rules (services/house_style.py), one a line, with the
organisation's preset shown above them. A line that cannot be read is named before saving."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.services.house_style import HouseStyleService

# The rules' keywords (headline limit, banned, ...) are the file format's, in English in any
# interface language: only the sentence around them is translated.
HELP = QT_TRANSLATE_NOOP("HouseStyleDialog", "One rule a line; # starts a comment.")
EXAMPLES = (
    "headline limit: 90 · sentence limit: 35 · banned: utilize => use · discouraged: very · "
    "spelling: Kim Jong-un · typography quotes|dashes|spaces: off"
)


class HouseStyleDialog(QDialog):
    """Shows the rules; accept() saves them, or names the line that cannot be read and stays."""

    def __init__(self, service: HouseStyleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("houseStyleDialog")
        self.setWindowTitle(translate("HouseStyleDialog", "House Style"))
        self.setMinimumSize(560, 420)
        self._service = service
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        help_label = QLabel(translate("HouseStyleDialog", HELP) + "\n" + EXAMPLES)
        help_label.setWordWrap(True)
        help_label.setObjectName("houseStyleHelp")
        self.preset = QLabel(
            translate("HouseStyleDialog", "Set by your organisation:") + "\n" + service.preset
            if service.preset
            else translate("HouseStyleDialog", "No rules set by your organisation.")
        )
        self.preset.setObjectName("houseStylePreset")
        self.preset.setFont(mono)
        self.preset.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("houseStyleRules")
        self.editor.setAccessibleName(translate("HouseStyleDialog", "House style rules"))
        self.editor.setFont(mono)
        self.problem = QLabel()
        self.problem.setObjectName("houseStyleProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        readable = True
        try:
            self.editor.setPlainText(service.text())
        except WorkstationError as exc:
            # Saving now would write the empty field over the rules the file still holds.
            readable = False
            self.problem.setText(
                str(exc)
                + "\n"
                + translate("HouseStyleDialog", "Fix or remove the file; nothing can be saved over it here.")
            )
            self.editor.setReadOnly(True)
        self.problem.setVisible(bool(self.problem.text()))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(readable)
        buttons.setObjectName("houseStyleButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label)
        layout.addWidget(self.preset)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self._service.save(self.editor.toPlainText())
        except WorkstationError as exc:
            self.problem.setText(str(exc))
            self.problem.setVisible(True)
            return
        super().accept()
