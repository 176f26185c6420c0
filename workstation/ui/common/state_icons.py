"""The publication states as small painted icons (shape and colour both differ, so the marker
reads without colour too, and no font needs a glyph for it): the list's marker column and the
publication bar."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from workstation.domain.publication_state import PublicationState

_COLOURS = {
    PublicationState.IN_SYNC: "#2e7d32",
    PublicationState.LOCAL_CHANGES: "#1565c0",
    PublicationState.SENDING: "#607d8b",
    PublicationState.RETRYING: "#b26a00",
    PublicationState.CONFLICT: "#c62828",
    PublicationState.FAILED: "#c62828",
}


def state_colour(state: PublicationState) -> QColor:
    return QColor(_COLOURS[state])


@cache
def state_icon(state: PublicationState) -> QIcon:
    """Drawn at 16 and 32 px (200% scaling gets the sharp one)."""
    icon = QIcon()
    for size in (16, 32):
        icon.addPixmap(_pixmap(state, size))
    return icon


def _pixmap(state: PublicationState, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 16.0
    colour = state_colour(state)
    white = QPen(QColor("white"), 1.8 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if state is PublicationState.IN_SYNC:  # a disc with a tick
        painter.drawEllipse(QRectF(1 * s, 1 * s, 14 * s, 14 * s))
        painter.setPen(white)
        path = QPainterPath(QPointF(4.5 * s, 8.3 * s))
        path.lineTo(7 * s, 10.8 * s)
        path.lineTo(11.5 * s, 5.5 * s)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    elif state is PublicationState.LOCAL_CHANGES:  # a diamond with a dot: edited here
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(8 * s, 0.5 * s),
                    QPointF(15.5 * s, 8 * s),
                    QPointF(8 * s, 15.5 * s),
                    QPointF(0.5 * s, 8 * s),
                ]
            )
        )
        painter.setBrush(QColor("white"))
        painter.drawEllipse(QPointF(8 * s, 8 * s), 2.2 * s, 2.2 * s)
    elif state is PublicationState.SENDING:  # an open ring: on its way
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 2.4 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(QRectF(2.5 * s, 2.5 * s, 11 * s, 11 * s), 90 * 16, -290 * 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(8 * s, 8 * s), 1.8 * s, 1.8 * s)
    elif state is PublicationState.RETRYING:  # a clock
        painter.drawEllipse(QRectF(1 * s, 1 * s, 14 * s, 14 * s))
        painter.setPen(white)
        painter.drawLine(QPointF(8 * s, 8 * s), QPointF(8 * s, 4 * s))
        painter.drawLine(QPointF(8 * s, 8 * s), QPointF(11 * s, 9.5 * s))
    elif state is PublicationState.CONFLICT:  # a warning triangle
        painter.drawPolygon(
            QPolygonF([QPointF(8 * s, 0.8 * s), QPointF(15.5 * s, 14.8 * s), QPointF(0.5 * s, 14.8 * s)])
        )
        painter.setPen(white)
        painter.drawLine(QPointF(8 * s, 5.5 * s), QPointF(8 * s, 9.6 * s))
        painter.drawPoint(QPointF(8 * s, 12.4 * s))
    else:  # failed: a square with a cross
        painter.drawRoundedRect(QRectF(1 * s, 1 * s, 14 * s, 14 * s), 2.5 * s, 2.5 * s)
        painter.setPen(white)
        painter.drawLine(QPointF(5 * s, 5 * s), QPointF(11 * s, 11 * s))
        painter.drawLine(QPointF(11 * s, 5 * s), QPointF(5 * s, 11 * s))
    painter.end()
    return pixmap


_ELSEWHERE_COLOUR = "#757575"


@cache
def elsewhere_icon() -> QIcon:
    """A grey globe: published (or scheduled) on a site outside this store, in no state here."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size / 16.0
        painter.setPen(QPen(QColor(_ELSEWHERE_COLOUR), 1.4 * s))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(1.5 * s, 1.5 * s, 13 * s, 13 * s))
        painter.drawEllipse(QRectF(5 * s, 1.5 * s, 6 * s, 13 * s))
        painter.drawLine(QPointF(1.5 * s, 8 * s), QPointF(14.5 * s, 8 * s))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
