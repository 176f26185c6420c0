"""What an empty store shows: a friendly start with New article and the sample article."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workstation.domain.i18n import translate
from workstation.ui.common.factory import push_button


class EmptyStateWidget(QWidget):
    new_requested = Signal()
    sample_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = QLabel(translate("EmptyStateWidget", "No articles yet"))
        title.setObjectName("emptyStateTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            translate(
                "EmptyStateWidget",
                "Write a new article, import Markdown files, or open the sample article\n"
                "to see a complete published page: headline, standfirst, body, tags and byline.",
            )
        )
        text.setObjectName("emptyStateText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)

        make_button = partial(push_button, min_height=34)
        self.new_button = make_button(
            translate("EmptyStateWidget", "New article"), "newArticleButton", on_click=self.new_requested.emit
        )
        self.new_button.setDefault(True)
        self.sample_button = make_button(
            translate("EmptyStateWidget", "Open sample article"),
            "openSampleButton",
            on_click=self.sample_requested.emit,
        )
        self.import_button = make_button(
            translate("EmptyStateWidget", "Import Markdown…"),
            "importButton",
            on_click=self.import_requested.emit,
        )

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.new_button, self.sample_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(text)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addStretch(3)
