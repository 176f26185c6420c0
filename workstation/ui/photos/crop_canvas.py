"""The crop editor's picture: the photo with its crop box and focal point over it.

Coordinates given and reported are in pixels of the upright original (domain.photo.CropBox) and
fractions for the focal point; the picture shown may be a smaller rendition. In free mode the box
can be dragged, resized by its corners, or drawn anew; in any mode a click sets the focal point
(and the arrow keys nudge it: 1 %, Shift 5 %)."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from workstation.domain.i18n import translate
from workstation.domain.photo import CENTRE, CropBox, FocalPoint

MARGIN = 12
HANDLE = 9  # px on screen: a corner handle's size, and how near a press must be to grab it
CLICK_SLOP = 3  # px on screen a press may move and still count as a click
MIN_CROP = 8  # px of the original: the smallest box


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(value, high))


class _Drag(Enum):
    NONE = auto()
    MOVE = auto()
    RESIZE = auto()
    DRAW = auto()
    FOCAL = auto()


class CropCanvas(QWidget):
    crop_edited = Signal(object)  # CropBox, after the editor moved, resized or drew the box
    focal_edited = Signal(object)  # FocalPoint, after the editor clicked or nudged it

    def __init__(self, width: int, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cropCanvas")
        self.setAccessibleName(translate("CropCanvas", "Crop area"))
        self.setAccessibleDescription(
            translate(
                "CropCanvas",
                "The photo with its crop. Click to set the focal point; arrow keys move it. "
                "With a free crop, drag the box or its corners.",
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._size = (max(1, width), max(1, height))
        self._pixmap: QPixmap | None = None
        self._message = translate("CropCanvas", "Loading the photo…")
        self._crop: CropBox | None = None
        self._focal = CENTRE
        self._free = True
        self._drag = _Drag.NONE
        self._press = QPointF()
        self._press_crop: CropBox | None = None
        self._anchor = QPointF()  # the fixed corner while resizing or drawing (image pixels)
        self._moved = False

    def sizeHint(self) -> QSize:
        return QSize(640, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 220)

    # -- state -------------------------------------------------------------------------------

    def set_image(self, image: QImage | None, message: str = "") -> None:
        self._pixmap = QPixmap.fromImage(image) if image is not None and not image.isNull() else None
        self._message = message
        self.update()

    def has_image(self) -> bool:
        return self._pixmap is not None

    def set_state(self, crop: CropBox | None, focal: FocalPoint, free: bool) -> None:
        self._crop, self._focal, self._free = crop, focal, free
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.update()

    def crop(self) -> CropBox | None:
        return self._crop

    def focal(self) -> FocalPoint:
        return self._focal

    # -- geometry ----------------------------------------------------------------------------

    def image_rect(self) -> QRectF:
        """Where the picture is drawn, in widget coordinates."""
        width, height = self._size
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        scale = min(area.width() / width, area.height() / height)
        shown = QRectF(0, 0, width * scale, height * scale)
        shown.moveCenter(area.center())
        return shown

    def _scale(self) -> float:
        return self.image_rect().width() / self._size[0]

    def to_image(self, point: QPointF) -> QPointF:
        """A widget point in pixels of the original, kept inside the picture."""
        shown = self.image_rect()
        scale = self._scale()
        x = _clamp((point.x() - shown.left()) / scale, 0, self._size[0])
        y = _clamp((point.y() - shown.top()) / scale, 0, self._size[1])
        return QPointF(x, y)

    def to_widget(self, point: QPointF) -> QPointF:
        shown = self.image_rect()
        scale = self._scale()
        return QPointF(shown.left() + point.x() * scale, shown.top() + point.y() * scale)

    def box_rect(self) -> QRectF:
        """The crop box in widget coordinates (the whole picture when there is none)."""
        if self._crop is None:
            return self.image_rect()
        scale = self._scale()
        shown = self.image_rect()
        return QRectF(
            shown.left() + self._crop.x * scale,
            shown.top() + self._crop.y * scale,
            self._crop.width * scale,
            self._crop.height * scale,
        )

    def focal_position(self) -> QPointF:
        return self.to_widget(QPointF(self._focal.x * self._size[0], self._focal.y * self._size[1]))

    def _corners(self) -> list[QPointF]:
        box = self.box_rect()
        return [box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()]

    def _box_from(self, a: QPointF, b: QPointF) -> CropBox:
        width, height = self._size
        left, right = sorted((a.x(), b.x()))
        top, bottom = sorted((a.y(), b.y()))
        x, y = round(left), round(top)
        w = max(MIN_CROP, round(right) - x)
        h = max(MIN_CROP, round(bottom) - y)
        w, h = min(w, width), min(h, height)
        return CropBox(min(x, width - w), min(y, height - h), w, h)

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#2b2d31"))
        shown = self.image_rect()
        if self._pixmap is not None:
            painter.drawPixmap(shown, self._pixmap, QRectF(self._pixmap.rect()))
        else:
            painter.fillRect(shown, QColor("#45484f"))
            painter.setPen(QColor("#d0d3d8"))
            painter.drawText(shown, Qt.AlignmentFlag.AlignCenter, self._message)
        box = self.box_rect()
        outside = QPainterPath()
        outside.setFillRule(Qt.FillRule.OddEvenFill)
        outside.addRect(shown)
        outside.addRect(box)
        painter.fillPath(outside, QColor(0, 0, 0, 150))  # one path: no seams between parts
        painter.setPen(QPen(QColor(255, 255, 255, 90), 1))
        for third in (1, 2):
            x = box.left() + box.width() * third / 3
            y = box.top() + box.height() * third / 3
            painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()))
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        if self._free:
            painter.setBrush(QColor("white"))
            painter.setPen(QPen(QColor("#1f2329"), 1))
            for corner in self._corners():
                painter.drawRect(QRectF(corner.x() - HANDLE / 2, corner.y() - HANDLE / 2, HANDLE, HANDLE))
        self._paint_focal(painter)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(1, 1, self.width() - 2, self.height() - 2))
        painter.end()

    def _paint_focal(self, painter: QPainter) -> None:
        centre = self.focal_position()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(0, 0, 0, 160), 4))
        painter.drawEllipse(centre, 9, 9)
        painter.setPen(QPen(QColor("#ffd54a"), 2))
        painter.drawEllipse(centre, 9, 9)
        painter.drawLine(QPointF(centre.x() - 14, centre.y()), QPointF(centre.x() - 5, centre.y()))
        painter.drawLine(QPointF(centre.x() + 5, centre.y()), QPointF(centre.x() + 14, centre.y()))
        painter.drawLine(QPointF(centre.x(), centre.y() - 14), QPointF(centre.x(), centre.y() - 5))
        painter.drawLine(QPointF(centre.x(), centre.y() + 5), QPointF(centre.x(), centre.y() + 14))

    # -- mouse and keys ----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position()
        self._press = point
        self._moved = False
        self._press_crop = self._crop
        self._drag = _Drag.FOCAL
        if self._free:
            corners = self._corners()
            for index, corner in enumerate(corners):
                if abs(corner.x() - point.x()) <= HANDLE and abs(corner.y() - point.y()) <= HANDLE:
                    self._drag = _Drag.RESIZE
                    self._anchor = self.to_image(corners[(index + 2) % 4])
                    break
            else:
                if self._crop is not None and self.box_rect().contains(point):
                    self._drag = _Drag.MOVE
                else:
                    self._drag = _Drag.DRAW
                    self._anchor = self.to_image(point)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is _Drag.NONE:
            return
        point = event.position()
        if not self._moved and (point - self._press).manhattanLength() <= CLICK_SLOP:
            return
        self._moved = True
        if self._drag is _Drag.FOCAL:
            self._set_focal_at(point)
        elif self._drag is _Drag.MOVE and self._press_crop is not None:
            start = self.to_image(self._press)
            now = self.to_image(point)
            box = self._press_crop
            x = round(_clamp(box.x + now.x() - start.x(), 0, self._size[0] - box.width))
            y = round(_clamp(box.y + now.y() - start.y(), 0, self._size[1] - box.height))
            self._edit_crop(CropBox(x, y, box.width, box.height))
        elif self._drag in (_Drag.RESIZE, _Drag.DRAW):
            self._edit_crop(self._box_from(self._anchor, self.to_image(point)))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._drag is _Drag.NONE:
            super().mouseReleaseEvent(event)
            return
        if not self._moved:
            self._set_focal_at(event.position())
        self._drag = _Drag.NONE
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        step = steps.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        amount = 0.05 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.01
        focal = FocalPoint(
            round(_clamp(self._focal.x + step[0] * amount, 0.0, 1.0), 4),
            round(_clamp(self._focal.y + step[1] * amount, 0.0, 1.0), 4),
        )
        self._focal = focal
        self.update()
        self.focal_edited.emit(focal)
        event.accept()

    def _set_focal_at(self, point: QPointF) -> None:
        at = self.to_image(point)
        focal = FocalPoint(round(at.x() / self._size[0], 4), round(at.y() / self._size[1], 4))
        self._focal = focal
        self.update()
        self.focal_edited.emit(focal)

    def _edit_crop(self, box: CropBox) -> None:
        self._crop = box
        self.update()
        self.crop_edited.emit(box)
