"""A job as the Outbox's narrow side panel shows it: the headline (wrapped, never cut to
"City council a…"), the time at the right, and below it the state in its colour with the step
("Will retry · Test Herald is not answering. Retrying at 06:03."); a thin bar while it uploads.
Long addresses wrap anywhere; the row's tooltip has everything."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from workstation.domain.outbox_words import job_state_label, job_step_text
from workstation.domain.publication_state import clock_time
from workstation.domain.publishing import JobState, OutboxJob
from workstation.ui.common.table_model import AnyIndex
from workstation.ui.publishing.jobs_model import JOB_ROLE, state_color

PADDING = 6  # around the card's text
_PROGRESS_COLOR = "#2f7ed8"
_CACHE_LIMIT = 2000  # laid-out cards kept (a card is laid out again only when its words change)


class JobCardDelegate(QStyledItemDelegate):
    """Paints a whole job in one cell; `show_sites` adds the site's name (more than one site)."""

    def __init__(self, parent: QWidget, *, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.show_sites = False
        self._documents: dict[tuple[str, int], QTextDocument] = {}

    def card_html(self, job: OutboxJob, selected: bool = False) -> str:
        now = self._now() if self._now else None
        e = html.escape
        color = None if selected else state_color(job)  # selected: the highlight's text colour
        when = clock_time(job.updated_at, now)
        if self.show_sites:
            when = f"{job.destination_name} · {when}"
        state = job_state_label(job)
        step = job_step_text(job, now)
        if step.casefold() == state.casefold():  # "Cancelled · Cancelled"
            step = ""
        colored = f"color:{color}; " if color else ""
        return (
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td><b>{e(job.headline or f'Article {job.article_id}')}</b></td>"
            f"<td align='right' style='padding-left:8px; white-space:nowrap;'>"
            f"<span style='{'' if selected else 'color:#6b6b6b;'}'>{e(when)}</span></td>"
            "</tr></table>"
            f"<div><span style='{colored}font-weight:600;'>{e(state)}</span>"
            + (f" · {e(step)}" if step else "")
            + "</div>"
        )

    def _document(self, text: str, width: int, option: QStyleOptionViewItem) -> QTextDocument:
        key = (text, width)
        found = self._documents.get(key)
        if found is not None:
            return found
        if len(self._documents) > _CACHE_LIMIT:
            self._documents.clear()
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(wrap)
        document.setHtml(text)
        document.setTextWidth(max(40, width))
        self._documents[key] = document
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        job = index.data(JOB_ROLE)
        if not isinstance(job, OutboxJob):
            return super().sizeHint(option, index)
        width = option.rect.width() - 2 * PADDING
        document = self._document(self.card_html(job), width, option)
        height = int(document.size().height()) + 2 * PADDING + 4  # room for the progress bar
        return QSize(option.rect.width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        job = index.data(JOB_ROLE)
        if not isinstance(job, OutboxJob):
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        document = self._document(self.card_html(job, selected), rect.width(), option)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()
        if job.state is JobState.SENDING and job.progress is not None:
            track = QRect(rect.left(), option.rect.bottom() - 4, rect.width(), 3)
            painter.fillRect(track, option.palette.mid())
            done = QRect(track.left(), track.top(), int(track.width() * job.progress), track.height())
            painter.fillRect(done, QColor(_PROGRESS_COLOR))

    def clear_cache(self) -> None:
        self._documents.clear()
