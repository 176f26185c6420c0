"""What the two tabs of the taxonomy manager share: signals, error reporting and the layout
(a view with a quiet hint below it and a column of buttons on the right)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import ValidationError, WorkstationError
from workstation.ui.common import alerts
from workstation.ui.common.factory import push_button
from workstation.ui.common.table_model import AnyIndex

ROW_PADDING = 8  # pixels added to a row's text height, so rows are easy to read and hit
BUTTON_MIN_WIDTH = 130

panel_button = partial(push_button, min_width=BUTTON_MIN_WIDTH)
"""A button of the column on the right: text, object name, tooltip and `on_click`."""


def describe_error(error: WorkstationError) -> str:
    """A sentence for an editor: "Slug must contain letters or digits." rather than "slug: must ..."."""
    if isinstance(error, ValidationError):
        text = error.message
        if text.startswith("must"):
            text = f"{error.field.capitalize()} {text}"
        text = text[:1].upper() + text[1:]
    else:
        text = str(error)
    return text if text.endswith((".", "?", "!")) else f"{text}."


class RoomyItemDelegate(QStyledItemDelegate):
    """The standard delegate with a little more height per row."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), option.fontMetrics.height()) + ROW_PADDING)


def row_height(view: QAbstractItemView) -> int:
    return view.fontMetrics().height() + ROW_PADDING


class TaxonomyPanelBase(QWidget):
    changed = Signal()  # after every change the store accepted
    failed = Signal(str)  # the message of an error just shown to the user

    def _report(self, title: str, error: WorkstationError) -> None:
        message = describe_error(error)
        alerts.show_error(self, title, message)
        self.failed.emit(message)

    def _lay_out(
        self, top: QWidget | None, view: QWidget, hint: str, groups: list[list[QPushButton]]
    ) -> None:
        left = QVBoxLayout()
        left.setSpacing(6)
        if top is not None:
            left.addWidget(top)
        left.addWidget(view, 1)
        note = QLabel(hint)
        note.setObjectName(f"{self.objectName()}Hint")
        note.setWordWrap(True)
        note.setEnabled(False)  # drawn in the disabled text colour: a quiet hint
        left.addWidget(note)
        column = QVBoxLayout()
        column.setSpacing(6)
        for number, group in enumerate(groups):
            if number:
                column.addSpacing(12)
            for button in group:
                column.addWidget(button)
        column.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 10, 10, 10)
        row.setSpacing(10)
        row.addLayout(left, 1)
        row.addLayout(column)
