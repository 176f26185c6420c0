"""Above an article opened from the Trash: "In the Trash", why nothing can be changed, and
Restore (which brings it back and makes it editable at once). Hidden for any other article."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.ui.common.factory import push_button

TITLE = QT_TRANSLATE_NOOP("TrashBanner", "In the Trash")
EXPLANATION = QT_TRANSLATE_NOOP(
    "TrashBanner", "This article cannot be edited while it is in the Trash. Restore it to edit it again."
)


class TrashBanner(QFrame):
    """Emits `restore_requested()` when Restore is clicked."""

    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashBanner")
        self.setAccessibleName(translate("TrashBanner", TITLE))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Amber, as a warning that does not alarm: the article is safe, only set aside.
        self.setStyleSheet(
            "#trashBanner { background: #fff4d6; border: 1px solid #e0b84f; border-radius: 4px; }"
            "#trashBanner QLabel { color: #4a3a10; }"
        )
        self.title_label = QLabel(translate("TrashBanner", TITLE))
        self.title_label.setObjectName("trashBannerTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(translate("TrashBanner", EXPLANATION))
        self.text_label.setObjectName("trashBannerText")
        self.text_label.setWordWrap(True)
        self.restore_button = push_button(
            translate("TrashBanner", "Restore"),
            "trashBannerRestoreButton",
            translate("TrashBanner", "Take the article out of the Trash and edit it (Ctrl+Shift+R)"),
            accessible=translate("TrashBanner", "Restore from the Trash"),
            auto_default=False,
            on_click=self.restore_requested.emit,
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.restore_button)
        self.hide()
