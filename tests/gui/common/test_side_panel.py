"""ui/common/side_panel.py: the layout the History, Photos and Outbox tabs share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QLayoutItem, QWidget

from workstation.ui.common import side_panel


def _item(layout: QLayout, index: int) -> QLayoutItem:
    item = layout.itemAt(index)
    assert item is not None
    return item


def _box_layout(widget: QWidget | None) -> QBoxLayout:
    assert widget is not None
    layout = widget.layout()
    assert isinstance(layout, QBoxLayout)
    return layout


def test_the_header_puts_the_status_on_the_right(qtbot):
    title, status = QLabel("History"), QLabel("3 revisions")
    row = side_panel.header(title, status)
    host = QWidget()
    qtbot.addWidget(host)
    host.setLayout(row)
    assert _item(row, 0).widget() is title
    assert _item(row, 1).spacerItem() is not None
    assert row.stretch(1) == 1
    assert _item(row, 2).widget() is status


def test_the_splitter_is_vertical_and_keeps_both_parts(qtbot):
    top, bottom = QWidget(), QWidget()
    split = side_panel.splitter("historySplitter", top, bottom, (1, 2))
    qtbot.addWidget(split)
    assert split.objectName() == "historySplitter"
    assert split.orientation() == Qt.Orientation.Vertical
    assert not split.childrenCollapsible()
    assert [split.widget(0), split.widget(1)] == [top, bottom]
    assert top.sizePolicy().verticalStretch() == 1
    assert bottom.sizePolicy().verticalStretch() == 2


def test_pages_show_the_empty_note_first_then_the_parts(qtbot):
    panel = QWidget()
    qtbot.addWidget(panel)
    empty, header, body, footer = QLabel("Nothing here"), QHBoxLayout(), QWidget(), QHBoxLayout()
    stack = side_panel.pages(panel, empty, header, body, footer, grow=body)
    assert panel.layout() is stack
    assert stack.widget(0) is empty
    page = _box_layout(stack.widget(1))
    assert page.contentsMargins().left() == 8
    assert page.spacing() == 6
    assert [_item(page, i).layout() for i in (0, 2)] == [header, footer]
    assert _item(page, 1).widget() is body
    assert [page.stretch(i) for i in range(3)] == [0, 1, 0]
