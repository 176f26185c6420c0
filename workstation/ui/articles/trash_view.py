"""The Trash view's heading over the article list: a title that says where the editor is, what
the Trash keeps, and Restore and Delete permanently for the selected articles."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.text import plural
from workstation.ui.common.factory import push_button

HINT = QT_TRANSLATE_NOOP("TrashView", "Kept here until you delete them permanently.")
EMPTY_HINT = QT_TRANSLATE_NOOP("TrashView", "The Trash is empty.")


class TrashViewHeader(QWidget):
    """Emits `restore_requested()`, `delete_requested()` and `back_requested()` (leave the Trash)."""

    restore_requested = Signal()
    delete_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashViewHeader")
        self.setAccessibleName(translate("TrashViewHeader", "Trash"))
        self.title_label = QLabel(translate("TrashViewHeader", "Trash"))
        self.title_label.setObjectName("trashViewTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_label.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("trashViewCount")
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        self.back_button = push_button(
            translate("TrashViewHeader", "Back to articles"),
            "trashBackButton",
            translate("TrashViewHeader", "Leave the Trash (Ctrl+Shift+D)"),
            auto_default=False,
            on_click=self.back_requested.emit,
        )
        self.back_button.setFlat(True)
        self.hint_label = QLabel(translate("TrashView", HINT))
        self.hint_label.setObjectName("trashViewHint")
        self.hint_label.setWordWrap(True)
        self.restore_button = push_button(
            translate("TrashViewHeader", "Restore"),
            "trashRestoreButton",
            translate("TrashViewHeader", "Take the selected articles out of the Trash (Ctrl+Shift+R)"),
            accessible=translate("TrashViewHeader", "Restore the selected articles"),
            auto_default=False,
            on_click=self.restore_requested.emit,
        )
        self.delete_button = push_button(
            translate("TrashViewHeader", "Delete permanently…"),
            "trashDeleteButton",
            translate("TrashViewHeader", "Delete the selected articles and their history for good (Del)"),
            accessible=translate("TrashViewHeader", "Delete the selected articles permanently"),
            auto_default=False,
            on_click=self.delete_requested.emit,
        )
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.count_label)
        title_row.addStretch(1)
        title_row.addWidget(self.back_button)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 2)
        layout.setSpacing(4)
        layout.addLayout(title_row)
        layout.addWidget(self.hint_label)
        layout.addLayout(buttons)
        self.set_counts(0, 0)
        self.hide()

    def set_counts(self, shown: int, selected: int) -> None:
        """The articles listed in the Trash, and how many of them are selected (the buttons)."""
        self.count_label.setText(plural(shown, "article") if shown else "")
        self.hint_label.setText(translate("TrashView", HINT) if shown else translate("TrashView", EMPTY_HINT))
        self.restore_button.setEnabled(selected > 0)
        self.delete_button.setEnabled(selected > 0)
