"""Paints the headline column with the words being searched for highlighted."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from workstation.ui.common.table_model import AnyIndex

_TERM = re.compile(r"[^\W_]+")


class SearchHighlightDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pattern: re.Pattern[str] | None = None

    def set_search(self, text: str) -> None:
        terms = sorted(set(_TERM.findall(text)), key=len, reverse=True)
        # Terms match at word starts: the store's search is prefix search per word.
        self._pattern = re.compile(r"\b(" + "|".join(map(re.escape, terms)) + ")", re.I) if terms else None

    def highlighted_html(self, text: str) -> str:
        if self._pattern is None:
            return html.escape(text)
        parts: list[str] = []
        last = 0
        for match in self._pattern.finditer(text):
            parts.append(html.escape(text[last : match.start()]))
            parts.append(
                f'<span style="background:#ffe58a;font-weight:600">{html.escape(match.group(0))}</span>'
            )
            last = match.end()
        parts.append(html.escape(text[last:]))
        return "".join(parts)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if self._pattern is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(0)
        document.setHtml(self.highlighted_html(text))
        # The text's place, after the state marker when the cell shows one.
        text_rect = (
            style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget) if style else None
        )
        rect = (text_rect or opt.rect).adjusted(4, 0, -4, 0)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        top = rect.top() + (rect.height() - document.size().height()) / 2
        painter.translate(rect.left(), top)
        painter.setClipRect(QRectF(0, 0, rect.width(), document.size().height()))
        document.documentLayout().draw(painter, context)
        painter.restore()
