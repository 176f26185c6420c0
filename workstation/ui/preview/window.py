"""The preview in a window of its own: the same panel as in the Preview tab, lent to a window big
enough for the desktop width at 100%. Closing the window gives the panel back to the tab."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workstation import APP_NAME
from workstation.domain.i18n import translate

DEFAULT_WIDTH = 1240  # the desktop preset's 1200 px at 100%, with the window's edges


class PreviewWindow(QWidget):
    """Signals: closed() when the editor closes the window (the tab takes the panel back)."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)  # its own window, in front of the main one
        self.setObjectName("previewWindow")
        self.setAccessibleName(translate("PreviewWindow", "Preview window"))
        self.set_title("")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._held: QWidget | None = None
        close = QShortcut(QKeySequence.StandardKey.Close, self)  # Ctrl+W (and Ctrl+F4), as a browser
        close.activated.connect(self.close)

    def set_title(self, page_title: str) -> None:
        self.setWindowTitle(
            translate("PreviewWindow", "Preview: {page_title} – {APP_NAME}").format(
                page_title=page_title, APP_NAME=APP_NAME
            )
            if page_title
            else translate("PreviewWindow", "Preview – {APP_NAME}").format(APP_NAME=APP_NAME)
        )

    def hold(self, panel: QWidget) -> None:
        self._held = panel
        self._layout.addWidget(panel)
        panel.show()

    def give_back(self) -> QWidget | None:
        panel, self._held = self._held, None
        if panel is not None:
            self._layout.removeWidget(panel)
        return panel

    def place(self, geometry: QByteArray | None) -> None:
        """Where it was last time, or a size that shows the desktop width at 100%."""
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry):
            return
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        width = min(DEFAULT_WIDTH, screen.width())
        height = min(max(600, round(screen.height() * 0.85)), screen.height())
        self.resize(width, height)
        self.move(screen.x() + (screen.width() - width) // 2, screen.y() + (screen.height() - height) // 2)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.closed.emit()
