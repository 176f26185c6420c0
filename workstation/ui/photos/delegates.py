"""How photo rows are painted: a row with thumbnail, title, credit line and what is missing (the
Photos panel), and a tile with thumbnail, title and where it is used (the library)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workstation.domain.i18n import translate
from workstation.ui.common.table_model import AnyIndex
from workstation.ui.photos.models import (
    CREDIT_LINE_ROLE,
    FEATURED_ROLE,
    MISSING_ROLE,
    PHOTO_ROLE,
    THUMBNAIL_ROLE,
    USES_ROLE,
)

PROBLEM_COLOR = QColor("#b3261e")
BADGE_COLOR = QColor("#0b57d0")
THUMB_BACKGROUND = QColor("#e3e6ea")
ROW_THUMB = QSize(112, 74)
TILE_THUMB = QSize(164, 110)
PADDING = 6


def _paint_background(painter: QPainter, option: QStyleOptionViewItem) -> None:
    option.showDecorationSelected = True  # the whole row or tile, not only its text
    style = option.widget.style() if option.widget is not None else QApplication.style()
    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)


def _paint_thumbnail(painter: QPainter, rect: QRect, pixmap: QPixmap | None) -> None:
    painter.fillRect(rect, THUMB_BACKGROUND)
    if pixmap is None or pixmap.isNull():
        return
    ratio = pixmap.devicePixelRatio() or 1.0
    size = pixmap.size() / ratio
    size.scale(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect(0, 0, size.width(), size.height())
    target.moveCenter(rect.center())
    painter.drawPixmap(target, pixmap)


def _paint_badge(painter: QPainter, rect: QRect, text: str, color: QColor, base: QFont) -> None:
    font = QFont(base)
    font.setBold(True)
    font.setPointSizeF(max(6.5, base.pointSizeF() * 0.78))
    metrics = QFontMetrics(font)
    badge = QRect(rect.left() + 4, rect.top() + 4, metrics.horizontalAdvance(text) + 10, metrics.height() + 2)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(badge, 4, 4)
    painter.setPen(QColor("white"))
    painter.setFont(font)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def _text_color(option: QStyleOptionViewItem, role: QPalette.ColorRole) -> QColor:
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    group = (
        QPalette.ColorGroup.Active
        if option.state & QStyle.StateFlag.State_Active
        else QPalette.ColorGroup.Inactive
    )
    if selected:
        return option.palette.color(group, QPalette.ColorRole.HighlightedText)
    return option.palette.color(group, role)


class PhotoRowDelegate(QStyledItemDelegate):
    """Panel rows: thumbnail (with a Featured badge) | title / credit line / what is missing."""

    def sizeHint(self, option: QStyleOptionViewItem, _index: AnyIndex) -> QSize:
        lines = option.fontMetrics.lineSpacing() * 3 + 4
        return QSize(ROW_THUMB.width() + 160, max(ROW_THUMB.height(), lines) + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        _paint_background(painter, opt)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        thumb = QRect(rect.topLeft(), ROW_THUMB)
        thumb.moveTop(rect.top() + (rect.height() - ROW_THUMB.height()) // 2)
        _paint_thumbnail(painter, thumb, index.data(THUMBNAIL_ROLE))
        base = option.font
        if index.data(FEATURED_ROLE):
            _paint_badge(painter, thumb, "Featured", BADGE_COLOR, base)

        text = QRect(thumb.right() + 10, rect.top(), rect.right() - thumb.right() - 10, rect.height())
        metrics = QFontMetrics(base)
        line = metrics.lineSpacing()
        top = text.top() + max(0, (text.height() - 3 * line) // 2)
        bold = QFont(base)
        bold.setBold(True)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setFont(bold)
        painter.setPen(_text_color(option, QPalette.ColorRole.Text))
        painter.drawText(
            QRect(text.left(), top, text.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, text.width()),
        )
        painter.setFont(base)
        credit = str(index.data(CREDIT_LINE_ROLE) or "")
        missing: list[str] = index.data(MISSING_ROLE) or []
        second = credit or translate("PhotoRowDelegate", "No credit")
        painter.setPen(
            _text_color(option, QPalette.ColorRole.Text if credit else QPalette.ColorRole.PlaceholderText)
        )
        painter.drawText(
            QRect(text.left(), top + line, text.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(second, Qt.TextElideMode.ElideRight, text.width()),
        )
        photo = index.data(PHOTO_ROLE)
        if missing:
            third = translate("PhotoRowDelegate", "⚠ Needs {join}").format(join=" and ".join(missing))
            painter.setPen(
                _text_color(option, QPalette.ColorRole.Text)
                if option.state & QStyle.StateFlag.State_Selected
                else PROBLEM_COLOR
            )
        else:
            third = f"{photo.width} × {photo.height} · {photo.original_filename}" if photo is not None else ""
            painter.setPen(_text_color(option, QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(text.left(), top + 2 * line, text.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(third, Qt.TextElideMode.ElideRight, text.width()),
        )
        painter.restore()


class PhotoTileDelegate(QStyledItemDelegate):
    """Library tiles: thumbnail, title, and how many articles use the photo."""

    def sizeHint(self, option: QStyleOptionViewItem, _index: AnyIndex) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(TILE_THUMB.width() + 2 * PADDING, TILE_THUMB.height() + 3 * line + 3 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        _paint_background(painter, opt)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        thumb = QRect(rect.left(), rect.top(), rect.width(), TILE_THUMB.height())
        _paint_thumbnail(painter, thumb, index.data(THUMBNAIL_ROLE))
        uses = index.data(USES_ROLE)
        if uses is not None and not uses:
            _paint_badge(painter, thumb, "Unused", QColor("#8a5a00"), option.font)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        top = thumb.bottom() + PADDING
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setPen(_text_color(option, QPalette.ColorRole.Text))
        painter.drawText(
            QRect(rect.left(), top, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        credit = str(index.data(CREDIT_LINE_ROLE) or "")
        if uses is None:
            used = ""
        elif uses:
            used = translate("PhotoTileDelegate", "Used in {len} article{value}").format(
                len=len(uses), value="s" if len(uses) != 1 else ""
            )
        else:
            used = translate("PhotoTileDelegate", "Not used")
        painter.setPen(_text_color(option, QPalette.ColorRole.PlaceholderText))
        for number, detail in enumerate(
            (credit or translate("PhotoTileDelegate", "No credit"), used), start=1
        ):
            painter.drawText(
                QRect(rect.left(), top + number * line, rect.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()
