"""The Preview side tab: publishing checks above the live page. The page view (QtWebEngine,
~300 MiB) is built the first time the tab is shown, not at start-up. The page can move to a
window of its own (and back); the checks stay in the tab, beside the editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.services.rendering import PageRenderer
from workstation.ui.common.preflight_list import PreflightListWidget
from workstation.ui.common.side_panel import QUIET

if TYPE_CHECKING:
    from workstation.ui.preview import PreviewPanel
    from workstation.ui.preview.panel import MakeInput, PrepareInput
    from workstation.ui.preview.window import PreviewWindow

PhotoSource = Callable[[str], tuple[str, bytes] | None]


DEFAULT_WIDTH_PRESET = "phone"  # fits a side panel at a readable size; "desktop" is a choice away
OPEN_WINDOW = QT_TRANSLATE_NOOP("PreviewTab", "Open in Window")
BACK_TO_TAB = QT_TRANSLATE_NOOP("PreviewTab", "Back to the Tab")


class PreviewTab(QWidget):
    """Signals besides the panel's: detached_changed(in_window) when the page moves to its own
    window or back; zoom_changed(zoom or None) and window_geometry_changed(bytes), to remember."""

    field_activated = Signal(str)
    pdf_done = Signal(str, bool)
    width_preset_changed = Signal(str)
    zoom_changed = Signal(object)  # float | None
    detached_changed = Signal(bool)
    window_geometry_changed = Signal(QByteArray)

    def __init__(
        self,
        renderer: PageRenderer | None = None,
        photo_source: PhotoSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewTab")
        self.setAccessibleName(translate("PreviewTab", "Preview"))
        self._renderer = renderer
        self._photo_source = photo_source
        self._make_input: MakeInput | None = None
        self._prepare: PrepareInput | None = None
        self.width_preset = DEFAULT_WIDTH_PRESET
        self.zoom: float | None = None  # None: fit the width
        self.window_geometry: QByteArray | None = None  # the preview window's, last time
        self.panel: PreviewPanel | None = None
        self.preview_window: PreviewWindow | None = None
        self._released = False  # the window is closing: no page view is built again
        self.checks = PreflightListWidget()
        self.window_button = QToolButton()
        self.window_button.setObjectName("previewWindowButton")
        self.window_button.setAccessibleName(translate("PreviewTab", "Open the preview in its own window"))
        self.window_button.setText(translate("PreviewTab", OPEN_WINDOW))
        self.window_button.setToolTip(
            translate(
                "PreviewTab", "Show the page in a window of its own, large enough for the desktop width"
            )
        )
        self.window_button.clicked.connect(self.toggle_window)
        self.away = self._build_away()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addWidget(self.checks)
        self._layout.addWidget(self.away, 1)
        self.away.hide()
        self.checks.field_activated.connect(self.field_activated.emit)

    def _build_away(self) -> QWidget:
        """What the tab shows where the page was, while it is in its own window."""
        away = QWidget()
        away.setObjectName("previewAway")
        note = QLabel(translate("PreviewTab", "The page is showing in its own window."))
        note.setObjectName("previewAwayLabel")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        note.setStyleSheet(QUIET)
        self.raise_button = QPushButton(translate("PreviewTab", "Show the Window"))
        self.raise_button.setObjectName("previewRaiseButton")
        self.raise_button.setAccessibleName(translate("PreviewTab", "Show the preview window"))
        self.raise_button.clicked.connect(self.raise_window)
        self.return_button = QPushButton(translate("PreviewTab", BACK_TO_TAB))
        self.return_button.setObjectName("previewReturnButton")
        self.return_button.setAccessibleName(translate("PreviewTab", "Bring the preview back to the tab"))
        self.return_button.clicked.connect(self.attach)
        layout = QVBoxLayout(away)
        layout.addStretch(1)
        layout.addWidget(note)
        for button in (self.raise_button, self.return_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return away

    def set_renderer(self, renderer: PageRenderer, photo_source: PhotoSource | None) -> None:
        self._renderer = renderer
        self._photo_source = photo_source
        if self.panel is not None:
            self.panel.set_renderer(renderer)

    def ensure_panel(self) -> PreviewPanel:
        if self.panel is None:
            from workstation.ui.preview import PreviewPanel

            self.panel = PreviewPanel(renderer=self._renderer, photo_source=self._photo_source)
            self.panel.set_width_preset(self.width_preset)
            self.panel.set_zoom(self.zoom)
            self.panel.add_tool(self.window_button)
            self.panel.pdf_done.connect(self.pdf_done.emit)
            self.panel.width_preset_changed.connect(self._on_panel_width_preset_changed)
            self.panel.zoom_changed.connect(self._on_panel_zoom_changed)
            self.panel.updated.connect(self._on_panel_updated)
            self._layout.addWidget(self.panel, 1)
            self.panel.set_source(self._make_input, self._prepare)
        return self.panel

    # -- its own window ----------------------------------------------------------------------

    @property
    def detached(self) -> bool:
        return self.preview_window is not None

    def toggle_window(self) -> None:
        self.attach() if self.detached else self.detach()

    def detach(self) -> None:
        """Move the page to a window of its own (it keeps following the editor there)."""
        if self.preview_window is not None:
            self.raise_window()
            return
        if self._released:
            return
        from workstation.ui.preview.window import PreviewWindow

        panel = self.ensure_panel()
        window = PreviewWindow(self.window())
        window.place(self.window_geometry)
        self._layout.removeWidget(panel)
        window.hold(panel)
        window.set_title(panel.page_title())
        window.closed.connect(self.attach)
        self.preview_window = window
        self.window_button.setText(translate("PreviewTab", BACK_TO_TAB))
        self.window_button.setAccessibleName(translate("PreviewTab", "Bring the preview back to the tab"))
        self.away.show()
        window.show()
        self.raise_window()
        self.detached_changed.emit(True)

    def attach(self) -> None:
        """Bring the page back from its window to the tab."""
        window, self.preview_window = self.preview_window, None
        if window is None:
            return
        self._remember_geometry(window)
        window.closed.disconnect(self.attach)
        panel = window.give_back()
        if panel is not None:
            self._layout.addWidget(panel, 1)
            panel.setVisible(True)
        window.hide()
        window.deleteLater()
        self.away.hide()
        self.window_button.setText(translate("PreviewTab", OPEN_WINDOW))
        self.window_button.setAccessibleName(translate("PreviewTab", "Open the preview in its own window"))
        self.detached_changed.emit(False)

    def raise_window(self) -> None:
        window = self.preview_window
        if window is not None:
            window.showNormal() if window.isMinimized() else window.show()
            window.raise_()
            window.activateWindow()
            if self.panel is not None:
                self.panel.stage.setFocus()  # the zoom keys work at once

    def _remember_geometry(self, window: QWidget) -> None:
        self.window_geometry = window.saveGeometry()
        self.window_geometry_changed.emit(self.window_geometry)

    def set_zoom(self, zoom: float | None) -> None:
        self.zoom = zoom
        if self.panel is not None:
            self.panel.set_zoom(zoom)

    def _on_panel_zoom_changed(self, zoom: object) -> None:
        self.zoom = zoom if isinstance(zoom, float) else None
        self.zoom_changed.emit(self.zoom)

    def _on_panel_updated(self) -> None:
        if self.preview_window is not None and self.panel is not None:
            self.preview_window.set_title(self.panel.page_title())

    def set_width_preset(self, name: str) -> None:
        from workstation.ui.preview import WIDTH_PRESETS

        if name in WIDTH_PRESETS:
            self.width_preset = name
            if self.panel is not None:
                self.panel.set_width_preset(name)

    def _on_panel_width_preset_changed(self, name: str) -> None:
        self.width_preset = name
        self.width_preset_changed.emit(name)

    def set_source(self, make_input: MakeInput | None, prepare: PrepareInput | None = None) -> None:
        self._make_input, self._prepare = make_input, prepare
        if self.panel is not None:
            self.panel.set_source(make_input, prepare)

    def request_update(self) -> None:
        if self.panel is not None:
            self.panel.request_update()

    def follow_paragraph(self, index: int) -> None:
        if self.panel is not None:
            self.panel.follow_paragraph(index)

    def release(self) -> None:
        """Let go of the Chromium view now (the window is closing): its page must be deleted
        before its profile and before the application, or Chromium crashes at exit."""
        self._released = True
        window, self.preview_window = self.preview_window, None
        if window is not None:
            self._remember_geometry(window)
            window.closed.disconnect(self.attach)
            window.give_back()
            window.hide()
            window.deleteLater()
        panel, self.panel = self.panel, None
        if panel is not None:
            panel.shutdown()
            panel.setParent(None)
            panel.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._released:  # shown again while the window closes (leaving writing mode)
            self.ensure_panel()
        super().showEvent(event)
