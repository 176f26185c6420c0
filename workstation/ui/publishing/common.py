"""Small pieces the publishing dialogs share: error text, a busy bar, a message line with the
technical detail behind a Details button, and the question before a password goes out over
plain http."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from workstation.domain.i18n import translate
from workstation.services.publishing.errors import explain
from workstation.ui.common import alerts

ERROR_COLOR = "#b3261e"
OK_COLOR = "#1e7b34"


def describe(error: BaseException, site: str = "") -> str:
    """An error as the editor reads it (services.publishing.errors.explain), never a traceback."""
    return explain(error, site).sentence


def show_problem(parent: QWidget | None, title: str, error: BaseException, site: str = "") -> None:
    """A message box with the sentence, and the technical detail behind its Details button."""
    explained = explain(error, site)
    alerts.show_error(parent, title, explained.sentence, detail=explained.detail)


def confirm_plain_http(parent: QWidget | None, url: str) -> bool:
    """Ask before a site on another machine is reached over plain http: its application
    password would travel readable by anyone on the way."""
    return alerts.confirm(
        parent,
        translate("Common", "Send the password unencrypted?"),
        translate(
            "Common",
            "{strip} is a plain http:// address on another machine. The application password would "
            "travel across the network readable by anyone on the way (the office network, a café's "
            "wifi), and so would everything you publish.\n\nUse the site's https:// address if it has "
            "one. Add the site over plain http anyway?",
        ).format(strip=url.strip()),
        translate("Common", "Add over http"),
    )


class MessageLine(QWidget):
    """One line (or a few) under a form: what went wrong, or what was done. A problem's
    technical detail waits behind a Details button, for whoever helps the editor."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(translate("MessageLine", "Message"))
        # As tall as its text (a dialog's spare height goes elsewhere, not between the lines).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QToolButton()
        self.details_button.setObjectName(f"{name}DetailsButton")
        self.details_button.setAccessibleName(translate("MessageLine", "Details"))
        self.details_button.setText(translate("MessageLine", "Details"))
        self.details_button.setToolTip(
            translate("MessageLine", "Show the technical detail (for your IT support)")
        )
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._on_details_button_toggled)
        self.detail_view = QPlainTextEdit()
        self.detail_view.setObjectName(f"{name}Detail")
        self.detail_view.setAccessibleName(translate("MessageLine", "Technical details"))
        self.detail_view.setReadOnly(True)
        self.detail_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.label, 0, 0)
        layout.addWidget(self.details_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.detail_view, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self._detail = ""
        self.details_button.hide()
        self.detail_view.hide()
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def detail(self) -> str:
        return self._detail

    def error(self, text: str, detail: str = "") -> None:
        self._show(text, ERROR_COLOR, detail)

    def problem(self, error: BaseException, site: str = "") -> None:
        """An exception in the editor's words (naming the site when given), detail behind Details."""
        explained = explain(error, site)
        self.error(explained.sentence, explained.detail)

    def ok(self, text: str) -> None:
        self._show(text, OK_COLOR)

    def note(self, text: str) -> None:
        self._show(text, "palette(text)")

    def clear_message(self) -> None:
        self.label.clear()
        self._set_detail("")
        self.hide()

    def _show(self, text: str, color: str, detail: str = "") -> None:
        self.label.setStyleSheet(f"color: {color};")
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self._set_detail(detail)
        self.show()

    def _set_detail(self, detail: str) -> None:
        self._detail = detail
        self.detail_view.setPlainText(detail)
        # A line or two of detail, a box of that size (a long one scrolls after five lines).
        lines = min(5, max(2, len(detail.splitlines()) + 1))
        self.detail_view.setFixedHeight(self.detail_view.fontMetrics().lineSpacing() * lines + 12)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(detail))
        self.detail_view.hide()

    def _on_details_button_toggled(self, shown: bool) -> None:
        self.detail_view.setVisible(shown and bool(self._detail))
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


def busy_bar(name: str) -> QProgressBar:
    """An indeterminate bar shown while a site is being asked."""
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setAccessibleName(translate("Common", "Working"))
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar
