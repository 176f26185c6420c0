"""The preview's zoom: browser-like steps, Ctrl+= / Ctrl+- / Ctrl+0, and the control that shows
the percentage ("Fit · 42%" while fitting the width)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from workstation.domain.i18n import translate

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
MENU_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FIT = "fit"


def zoom_in(current: float) -> float:
    return next((step for step in ZOOM_STEPS if step > current + 0.005), ZOOM_STEPS[-1])


def zoom_out(current: float) -> float:
    return next((step for step in reversed(ZOOM_STEPS) if step < current - 0.005), ZOOM_STEPS[0])


def zoom_text(zoom: float, *, fitting: bool) -> str:
    percent = f"{round(zoom * 100)}%"
    return translate("Zoom", "Fit · {percent}").format(percent=percent) if fitting else percent


def parse_zoom(value: object) -> float | None:
    """A remembered zoom: FIT (or anything unreadable) fits the width, else a factor."""
    try:
        zoom = float(str(value))
    except ValueError:
        return None
    return zoom if ZOOM_STEPS[0] <= zoom <= ZOOM_STEPS[-1] else None


def format_zoom(zoom: float | None) -> str:
    return FIT if zoom is None else f"{zoom:g}"


class ZoomControl(QWidget):
    """[−] [Fit · 42% ▾] [+]. Signals: zoom_requested(zoom or None for fit), in_requested,
    out_requested. The owner calls show_zoom() with what is shown."""

    zoom_requested = Signal(object)  # float | None
    in_requested = Signal()
    out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewZoom")
        self.setAccessibleName(translate("ZoomControl", "Zoom"))
        self.out_button = self._button(
            "−", "previewZoomOutButton", translate("ZoomControl", "Zoom out (Ctrl+-)")
        )
        self.in_button = self._button(
            "+", "previewZoomInButton", translate("ZoomControl", "Zoom in (Ctrl+=)")
        )
        self.picker = QToolButton()
        self.picker.setObjectName("previewZoomPicker")
        self.picker.setAccessibleName(translate("ZoomControl", "Zoom level"))
        self.picker.setToolTip(
            translate("ZoomControl", "Fit the page's width, or show it at a size (Ctrl+0: fit)")
        )
        self.picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.picker.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Room for the widest text beside the menu's arrow, so the width never jumps.
        self.picker.setStyleSheet(
            "QToolButton { padding-right: 16px; }"
            "QToolButton::menu-indicator { subcontrol-origin: padding; subcontrol-position: center right; }"
        )
        self.picker.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(translate("ZoomControl", "Fit · 100%")) + 26
        )
        menu = QMenu(self.picker)
        menu.setObjectName("previewZoomMenu")
        fit = menu.addAction(translate("ZoomControl", "Fit the Width"))
        fit.triggered.connect(lambda: self.zoom_requested.emit(None))
        menu.addSeparator()
        for step in MENU_STEPS:
            action: QAction = menu.addAction(f"{round(step * 100)}%")
            action.triggered.connect(lambda _checked=False, z=step: self.zoom_requested.emit(z))
        self.picker.setMenu(menu)
        self.out_button.clicked.connect(self.out_requested.emit)
        self.in_button.clicked.connect(self.in_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.out_button)
        layout.addWidget(self.picker)
        layout.addWidget(self.in_button)
        self.show_zoom(1.0, fitting=True)

    @staticmethod
    def _button(text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setAccessibleName(tip.split(" (")[0])
        button.setToolTip(tip)
        button.setText(text)
        button.setAutoRaise(True)
        return button

    def show_zoom(self, zoom: float, *, fitting: bool) -> None:
        self.picker.setText(zoom_text(zoom, fitting=fitting))
        self.out_button.setEnabled(zoom > ZOOM_STEPS[0] + 0.005)
        self.in_button.setEnabled(zoom < ZOOM_STEPS[-1] - 0.005)

    def install_shortcuts(self, owner: QWidget) -> list[QShortcut]:
        """Ctrl+= (and Ctrl++), Ctrl+- and Ctrl+0 while the focus is in `owner`."""
        made: list[QShortcut] = []
        bindings = (
            ("Ctrl+=", self.in_requested.emit),
            (QKeySequence.StandardKey.ZoomIn, self.in_requested.emit),
            (QKeySequence.StandardKey.ZoomOut, self.out_requested.emit),
            ("Ctrl+0", lambda: self.zoom_requested.emit(None)),
        )
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), owner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            made.append(shortcut)
        return made
