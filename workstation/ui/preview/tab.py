"""The Preview side tab: publishing checks above the live page. The page view (QtWebEngine,
~300 MiB) is built the first time the tab is shown, not at start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workstation.services.rendering import PageInput, PageRenderer
from workstation.ui.common.preflight_list import PreflightListWidget

if TYPE_CHECKING:
    from workstation.ui.preview import PreviewPanel

PhotoSource = Callable[[str], tuple[str, bytes] | None]


DEFAULT_WIDTH_PRESET = "phone"  # fits a side panel at a readable size; "desktop" is a choice away


class PreviewTab(QWidget):
    field_activated = Signal(str)
    pdf_done = Signal(str, bool)
    width_preset_changed = Signal(str)

    def __init__(
        self,
        renderer: PageRenderer | None = None,
        photo_source: PhotoSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewTab")
        self.setAccessibleName("Preview")
        self._renderer = renderer
        self._photo_source = photo_source
        self._make_input: Callable[[], PageInput | None] | None = None
        self.width_preset = DEFAULT_WIDTH_PRESET
        self.panel: PreviewPanel | None = None
        self._released = False  # the window is closing: no page view is built again
        self.checks = PreflightListWidget()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addWidget(self.checks)
        self.checks.field_activated.connect(self.field_activated.emit)

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
            self.panel.pdf_done.connect(self.pdf_done.emit)
            self.panel.width_preset_changed.connect(self._on_panel_width_preset_changed)
            self._layout.addWidget(self.panel, 1)
            self.panel.set_source(self._make_input)
        return self.panel

    def set_width_preset(self, name: str) -> None:
        from workstation.ui.preview import WIDTH_PRESETS

        if name in WIDTH_PRESETS:
            self.width_preset = name
            if self.panel is not None:
                self.panel.set_width_preset(name)

    def _on_panel_width_preset_changed(self, name: str) -> None:
        self.width_preset = name
        self.width_preset_changed.emit(name)

    def set_source(self, make_input: Callable[[], PageInput | None] | None) -> None:
        self._make_input = make_input
        if self.panel is not None:
            self.panel.set_source(make_input)

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
