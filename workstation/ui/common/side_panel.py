"""What the side tabs (History, Photos, Outbox) share: a centred empty-state note, a bold
title and a quiet status line, a vertical splitter, and the two pages (the note, or the tab's
content) they switch between."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSplitter, QStackedLayout, QVBoxLayout, QWidget

QUIET = "color: palette(placeholder-text);"


def empty_label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(f"{QUIET} padding: 24px;")
    return label


def title_label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def status_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(QUIET)
    return label


def header(title: QLabel, status: QLabel) -> QHBoxLayout:
    """The title on the left, the status line on the right."""
    row = QHBoxLayout()
    row.addWidget(title)
    row.addStretch(1)
    row.addWidget(status)
    return row


def splitter(name: str, top: QWidget, bottom: QWidget, stretch: tuple[int, int]) -> QSplitter:
    """`top` over `bottom`, neither of which can be collapsed; `stretch` shares out the height."""
    split = QSplitter(Qt.Orientation.Vertical)
    split.setObjectName(name)
    split.setChildrenCollapsible(False)
    split.addWidget(top)
    split.addWidget(bottom)
    split.setStretchFactor(0, stretch[0])
    split.setStretchFactor(1, stretch[1])
    return split


def pages(panel: QWidget, empty: QWidget, *parts: QWidget | QLayout, grow: QWidget) -> QStackedLayout:
    """The panel's layout: page 0 is `empty`, page 1 has `parts` from top to bottom, of which
    `grow` takes the spare height."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.setSpacing(6)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is grow else 0)
    stack = QStackedLayout(panel)
    stack.addWidget(empty)
    stack.addWidget(page)
    return stack
