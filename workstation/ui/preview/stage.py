"""Where the preview's page sits: laid out at the width preset's CSS width, centred, at a zoom.

"Fit" (the default) shows the whole width: a page wider than the panel is scaled down (the web
view's zoom), never up. A chosen zoom shows the page at that size; wider than the panel, it
scrolls sideways, as a browser's device mode does. The fallback view cannot scale a layout, so
it is laid out at the panel's width when fitting, and its text is scaled at a chosen zoom."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from workstation.domain.i18n import translate

MIN_ZOOM = 0.25  # Chromium's lower limit
MAX_ZOOM = 3.0


class PreviewStage(QScrollArea):
    def __init__(self, layout_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewStage")
        self.setAccessibleName(translate("PreviewStage", "Preview area"))
        # Not a Tab stop: the page in it takes the focus and scrolls itself.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the page scrolls itself
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.canvas = QWidget()
        self.canvas.setObjectName("previewCanvas")
        for widget in (self.canvas, self.viewport()):
            widget.setAutoFillBackground(True)
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Mid))
            widget.setPalette(palette)
        self.setWidget(self.canvas)
        self.child: QWidget | None = None
        self.layout_width = layout_width
        self.user_zoom: float | None = None  # None: fit the width
        self.zoom = 1.0  # the page's zoom as shown
        self.on_zoom: Callable[[float], None] | None = None
        self.scales = True

    def set_child(self, child: QWidget, *, scales: bool) -> None:
        self.child = child
        self.scales = scales
        child.setParent(self.canvas)
        child.show()
        self.place()

    def set_layout_width(self, width: int) -> None:
        self.layout_width = width
        self.place()

    def set_user_zoom(self, zoom: float | None) -> None:
        self.user_zoom = None if zoom is None else float(max(MIN_ZOOM, min(MAX_ZOOM, zoom)))
        self.place()

    @property
    def fitting(self) -> bool:
        return self.user_zoom is None

    def fit_zoom(self) -> float:
        """The zoom that shows the whole layout width in the panel (at most 100%)."""
        if not self.scales:
            return 1.0
        return max(MIN_ZOOM, min(1.0, max(1, self.viewport().width()) / self.layout_width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place()

    def place(self) -> None:
        if self.child is None:
            return
        available = max(1, self.viewport().width())
        height = max(1, self.viewport().height())
        if self.user_zoom is None:
            self.zoom = self.fit_zoom()
            width = round(self.layout_width * self.zoom) if self.scales else min(self.layout_width, available)
        else:
            self.zoom = self.user_zoom
            width = round(self.layout_width * self.zoom)
        canvas_width = max(width, available)
        if self.canvas.size().width() != canvas_width or self.canvas.height() != height:
            self.canvas.resize(canvas_width, height)
        self.child.setGeometry(QRect((canvas_width - width) // 2, 0, width, height))
        if self.on_zoom is not None:
            self.on_zoom(self.zoom)
