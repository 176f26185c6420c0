"""How a photo in the body looks: a card (the thumbnail, its caption, credit and file name) when
the photo is known, or a compact chip (a drawn camera and the caption or file name) while the
article's photos load, when its thumbnail cannot be read, or, in red, when no photo of the
article has that reference. The camera is drawn, not a font glyph: no font can show it as a box.

The sizes follow the body's font, so a larger body font gives a larger card. A layout asks for a
size (`object_size`) whenever it lays out the paragraph that holds the photo; painting only draws
a pixmap scaled once and kept (`ScaledPixmaps`), so typing next to a photo stays cheap."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
    QTextOption,
)

from workstation.domain.i18n import translate
from workstation.domain.photo import Photo

CARD_PAD = 6.0
CARD_RADIUS = 6.0
CARD_TEXT_MAX = 380.0  # the caption column: a readable measure, not the whole body width
CARD_TEXT_MIN = 110.0  # narrower than this, the card shows the thumbnail alone
CHIP_TEXT_MAX = 420.0
MISSING_INK = QColor("#8c1d18")
MISSING_FILL = QColor("#fdecea")
MISSING_LINE = QColor("#e2a29b")


class ChipKind(Enum):
    LOADING = "loading"  # the article's photos are not known yet, or the photo was just inserted
    PHOTO = "photo"  # one of the article's photos
    MISSING = "missing"  # no photo of the article has this reference


@dataclass(frozen=True, slots=True)
class ChipLook:
    """What one photo object shows. `thumbnail` is None while it loads (a grey box with a camera
    takes its place) and `card` is False for the compact chip."""

    kind: ChipKind
    title: str
    photo: Photo | None = None
    card: bool = False
    thumbnail: QPixmap | None = None

    @property
    def credit(self) -> str:
        return self.photo.metadata.credit_line if self.photo is not None else ""

    @property
    def file_name(self) -> str:
        return self.photo.original_filename if self.photo is not None else ""


def _small(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.86))
    else:
        small.setPixelSize(max(8, round(font.pixelSize() * 0.86)))
    return small


def thumbnail_height(font: QFont) -> float:
    """About six lines of body text: a picture one recognises, not a page of its own."""
    return max(84.0, min(220.0, round(QFontMetricsF(font).lineSpacing() * 6)))


def _aspect(photo: Photo | None, thumbnail: QPixmap | None) -> float:
    if thumbnail is not None and not thumbnail.isNull() and thumbnail.height() > 0:
        return thumbnail.width() / thumbnail.height()
    if photo is not None:
        crop = photo.effective_crop
        width, height = (crop.width, crop.height) if crop is not None else (photo.width, photo.height)
        if width > 0 and height > 0:
            return width / height
    return 1.5


def _card_lines(look: ChipLook) -> list[tuple[str, bool]]:
    """(text, secondary) for the card's text column: the caption, the credit, the file name."""
    lines = [(look.title, False)]
    if look.credit:
        lines.append((look.credit, True))
    if look.file_name and look.file_name != look.title:
        lines.append((look.file_name, True))
    return lines


@dataclass(frozen=True, slots=True)
class CardGeometry:
    thumb: QSizeF
    text_width: float

    @property
    def size(self) -> QSizeF:
        text = CARD_PAD + self.text_width if self.text_width else 0.0
        return QSizeF(CARD_PAD + self.thumb.width() + text + CARD_PAD, self.thumb.height() + 2 * CARD_PAD)


def card_geometry(look: ChipLook, font: QFont, available: float) -> CardGeometry:
    height = thumbnail_height(font)
    aspect = min(3.0, max(0.4, _aspect(look.photo, look.thumbnail)))
    width = height * aspect
    room = available - 2 * CARD_PAD
    if width > room * 0.65:  # a wide photo in a narrow body: smaller, keeping its shape
        width = max(40.0, room * 0.65)
        height = width / aspect
    metrics, small = QFontMetricsF(font), QFontMetricsF(_small(font))
    natural = max(
        (small if secondary else metrics).horizontalAdvance(text) for text, secondary in _card_lines(look)
    )
    text_width = min(CARD_TEXT_MAX, natural + 2, room - width - CARD_PAD)
    if text_width < CARD_TEXT_MIN:
        text_width = 0.0
    return CardGeometry(QSizeF(round(width), round(height)), round(text_width))


def chip_text_width(look: ChipLook, font: QFont, available: float) -> float:
    metrics = QFontMetricsF(font)
    icon = metrics.height()
    room = available - icon - 3 * CARD_PAD - metrics.height()
    return max(24.0, min(CHIP_TEXT_MAX, metrics.horizontalAdvance(chip_label(look)) + 1, room))


def chip_label(look: ChipLook) -> str:
    return (
        translate("PhotoChipDrawing", "Missing photo: {title}").format(title=look.title)
        if look.kind is ChipKind.MISSING
        else look.title
    )


def object_size(look: ChipLook, font: QFont, available: float) -> QSizeF:
    """The size the layout gives the object: a card, or a chip one line high. A chip's height is
    its ascent above the baseline: it is drawn reaching down into the line's descent, so its
    text sits on the baseline of the text around it."""
    if look.card:
        return card_geometry(look, font, available).size
    metrics = QFontMetricsF(font)
    width = CARD_PAD * 1.3 + metrics.height() * 0.82 + CARD_PAD * 0.8 + chip_text_width(look, font, available)
    width += CARD_PAD * 1.6
    return QSizeF(round(width), round(metrics.ascent() + 2))


class ScaledPixmaps:
    """Thumbnails scaled to the size they are drawn at, for the screen's pixel ratio; scaling a
    320-pixel thumbnail on every paint would cost a millisecond a keystroke."""

    LIMIT = 64

    def __init__(self) -> None:
        self._scaled: dict[tuple[int, int, int, float], QPixmap] = {}

    def clear(self) -> None:
        self._scaled.clear()

    def get(self, pixmap: QPixmap, size: QSizeF, ratio: float) -> QPixmap:
        key = (pixmap.cacheKey(), round(size.width()), round(size.height()), ratio)
        found = self._scaled.get(key)
        if found is None:
            if len(self._scaled) >= self.LIMIT:
                self._scaled.clear()
            target = QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
            scaled = pixmap.scaled(
                target,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            # Centre-cropped to the box (the thumbnail has the crop's shape; this trims rounding).
            x, y = (scaled.width() - target.width()) // 2, (scaled.height() - target.height()) // 2
            found = scaled.copy(x, y, target.width(), target.height())
            found.setDevicePixelRatio(ratio)
            self._scaled[key] = found
        return found


def camera_path(box: QRectF) -> QPainterPath:
    """A camera drawn in `box` (an outline to stroke): body, viewfinder bump and lens."""
    side = min(box.width(), box.height() * 1.3)
    height = side / 1.3
    x0, y0 = box.center().x() - side / 2, box.center().y() - height / 2
    body = QRectF(x0, y0 + height * 0.22, side, height * 0.78)
    path = QPainterPath()
    path.addRoundedRect(body, side * 0.14, side * 0.14)
    path.moveTo(QPointF(x0 + side * 0.3, body.top()))
    path.lineTo(QPointF(x0 + side * 0.38, y0))
    path.lineTo(QPointF(x0 + side * 0.62, y0))
    path.lineTo(QPointF(x0 + side * 0.7, body.top()))
    radius = body.height() * 0.3
    path.addEllipse(body.center() + QPointF(0, height * 0.02), radius, radius)
    return path


def _draw_camera(painter: QPainter, box: QRectF, color: QColor, *, struck: QColor | None = None) -> None:
    """The camera icon; `struck`, the colour behind it, draws it crossed out (no such photo)."""
    width = max(1.2, box.height() / 10)
    pen = QPen(color, width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(camera_path(box))
    if struck is not None:
        start, end = box.topLeft() + QPointF(width, width), box.bottomRight() - QPointF(width, width)
        painter.setPen(QPen(struck, width * 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(start, end)  # a gap around the stroke, as crossed-out icons have
        painter.setPen(pen)
        painter.drawLine(start, end)


def _wrapped(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """`text` broken into at most max_lines lines of `width`, the last one elided."""
    if max_lines <= 0 or width <= 0:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    shown = [text[start : start + length].strip() for start, length in lines[:max_lines]]
    if len(lines) > max_lines and shown:
        rest = text[lines[max_lines - 1][0] :].strip()
        shown[-1] = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return shown


class ChipPainter:
    """Draws a ChipLook in the rectangle the layout gave it."""

    def __init__(self) -> None:
        self.pixmaps = ScaledPixmaps()

    def draw(
        self,
        painter: QPainter,
        rect: QRectF,
        look: ChipLook,
        font: QFont,
        palette: QPalette,
        *,
        selected: bool,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if look.card:
            self._card(painter, rect, look, font, palette)
            outline = rect.adjusted(0.5, 0.5, -0.5, -0.5)
        else:
            outline = self._chip(painter, rect, look, font, palette)
        if selected:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(90)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(highlight)
            radius = CARD_RADIUS if look.card else outline.height() / 2
            painter.drawRoundedRect(outline, radius, radius)
        painter.restore()

    def _card(self, painter: QPainter, rect: QRectF, look: ChipLook, font: QFont, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        fill = QColor(palette.color(QPalette.ColorRole.AlternateBase))
        if fill == base:
            fill = base.darker(104)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), CARD_RADIUS, CARD_RADIUS)
        geometry = card_geometry(look, font, rect.width() + 1)
        thumb = QRectF(rect.topLeft() + QPointF(CARD_PAD, CARD_PAD), geometry.thumb)
        if look.thumbnail is not None and not look.thumbnail.isNull():
            ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
            painter.drawPixmap(thumb.topLeft(), self.pixmaps.get(look.thumbnail, thumb.size(), ratio))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dfe3e8"))
            painter.drawRect(thumb)
            side = min(thumb.width(), thumb.height()) * 0.34
            icon = QRectF(thumb.center() - QPointF(side / 2, side / 2), QSizeF(side, side))
            _draw_camera(painter, icon, QColor("#8a929c"))
        if not geometry.text_width:
            return
        text = QRectF(thumb.right() + CARD_PAD, thumb.top(), geometry.text_width, thumb.height())
        small = _small(font)
        metrics, small_metrics = QFontMetricsF(font), QFontMetricsF(small)
        secondary = [line for line, minor in _card_lines(look) if minor]
        room = text.height() - small_metrics.lineSpacing() * len(secondary)
        caption_lines = max(1, int(room // metrics.lineSpacing()))
        y = text.top()
        painter.setFont(font)
        ink = palette.color(QPalette.ColorRole.Text)
        dim = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(ink)
        for line in _wrapped(look.title, font, text.width(), caption_lines):
            painter.drawText(QPointF(text.left(), y + metrics.ascent()), line)
            y += metrics.lineSpacing()
        painter.setFont(small)
        painter.setPen(dim)
        y += 2
        for line in secondary:
            if y + small_metrics.height() > text.bottom() + 1:
                break
            elided = small_metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, text.width())
            painter.drawText(QPointF(text.left(), y + small_metrics.ascent()), elided)
            y += small_metrics.lineSpacing()

    def _chip(
        self, painter: QPainter, rect: QRectF, look: ChipLook, font: QFont, palette: QPalette
    ) -> QRectF:
        metrics = QFontMetricsF(font)
        # Down into the line's descent (see object_size): the label sits on the text's baseline.
        pill = QRectF(rect.left() + 0.5, rect.top(), rect.width() - 1, metrics.height() + 3)
        missing = look.kind is ChipKind.MISSING
        if missing:
            fill, line, ink = MISSING_FILL, MISSING_LINE, MISSING_INK
        else:
            fill = QColor(palette.color(QPalette.ColorRole.AlternateBase))
            if fill == palette.color(QPalette.ColorRole.Base):
                fill = fill.darker(106)
            line, ink = palette.color(QPalette.ColorRole.Mid), palette.color(QPalette.ColorRole.Text)
        painter.setPen(QPen(line, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        icon_side = metrics.height() * 0.82
        icon = QRectF(pill.left() + CARD_PAD * 1.3, pill.center().y() - icon_side / 2, icon_side, icon_side)
        _draw_camera(painter, icon, ink, struck=fill if missing else None)
        painter.setFont(font)
        painter.setPen(ink)
        left = icon.right() + CARD_PAD * 0.8
        width = max(0.0, pill.right() - CARD_PAD - left)
        label = metrics.elidedText(chip_label(look), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QPointF(left, rect.top() + metrics.ascent() + 2), label)
        return pill
