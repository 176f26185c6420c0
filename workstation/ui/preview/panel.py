"""The live Preview tab: the article page as readers will see it, updated while the editor types.

Pipeline: request_update() (the window calls it on every field change) -> a short coalescing
window -> make_input() on the GUI thread (reads the editor's current values) -> PageRenderer on
one worker thread -> the HTML is shown -> `updated`. At most one page is rendered and loaded at a
time; changes made meanwhile are collected into one more update started as soon as the current
one is shown. A result that is no longer the newest request is dropped. Typing never waits on
rendering: the GUI thread only reads the fields and hands the HTML over.

The coalescing window is not restarted by each call, unlike a classic debounce: a held key or a
fast typist still sees the preview follow, about every render-and-load cycle. While the panel is
hidden (another side tab in front) edits are only noted; the page catches up when it is shown."""

from __future__ import annotations

import html as html_lib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.services.rendering import PageInput, PageRenderer, RenderedPage
from workstation.services.rendering.page import CONTENT_SECURITY_POLICY
from workstation.ui.common import alerts
from workstation.ui.common.tasks import LatestRunner
from workstation.ui.preview import environment
from workstation.ui.preview.fallback import FallbackPreview
from workstation.ui.preview.photo_cache import PhotoCache
from workstation.ui.preview.stage import PreviewStage
from workstation.ui.preview.zoom import ZoomControl, zoom_in, zoom_out

if TYPE_CHECKING:
    from workstation.ui.preview.web import WebPreview

PhotoSource = Callable[[str], tuple[str, bytes] | None]
MakeInput = Callable[[], PageInput | None]
# What finishes a page's input off the GUI thread, before it is rendered (e.g. reading the store).
PrepareInput = Callable[[PageInput], PageInput]

COALESCE_MS = 40
# Width presets: the page is laid out at this many CSS pixels (the default template switches
# to one column at 900 px and to phone sizes at 520 px).
WIDTH_PRESETS: dict[str, tuple[str, int]] = {
    "desktop": (QT_TRANSLATE_NOOP("PreviewPanel", "Desktop · 1200 px"), 1200),
    "tablet": (QT_TRANSLATE_NOOP("PreviewPanel", "Tablet · 768 px"), 768),
    "phone": (QT_TRANSLATE_NOOP("PreviewPanel", "Phone · 390 px"), 390),
}
DEFAULT_PRESET = "desktop"
FORCED_FALLBACK = QT_TRANSLATE_NOOP("Panel", "The full preview is turned off.")
NOTICE = QT_TRANSLATE_NOOP(
    "Panel",
    "Simplified preview: the full preview is unavailable. {reason} "
    "Columns, spacing and sizes may differ from the published page.",
)
PDF_STATUS_MS = 6000


def _message_page(title: str, text: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{CONTENT_SECURITY_POLICY}\">"
        f"<title>{html_lib.escape(title)}</title><style>body{{font:15px/1.5 sans-serif;margin:2.5em;"
        "color:#5c6370;text-align:center}h1{font-size:1.1em;color:#16181d}</style></head><body>"
        f"<h1>{html_lib.escape(title)}</h1><p>{html_lib.escape(text)}</p></body></html>"
    )


EMPTY_PAGE = _message_page(
    translate("Panel", "Nothing to preview"), translate("Panel", "Select an article to see its page here.")
)


class PreviewPanel(QWidget):
    """Signals: `updated()` each time a new page is shown; `pdf_done(path, ok)` after
    print_to_pdf; `width_preset_changed(name)` when the width preset changes and
    `zoom_changed(zoom or None)` when the zoom is chosen (to remember them)."""

    updated = Signal()
    pdf_done = Signal(str, bool)
    width_preset_changed = Signal(str)
    zoom_changed = Signal(object)  # float | None (fit the width)

    def __init__(
        self,
        render: MakeInput | None = None,
        renderer: PageRenderer | None = None,
        photo_source: PhotoSource | None = None,
        parent: QWidget | None = None,
        *,
        force_fallback: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.setAccessibleName(translate("PreviewPanel", "Preview"))
        self._make_input = render
        self._prepare: PrepareInput | None = None
        self._renderer = renderer or PageRenderer()
        # Photos are read once (on the GUI thread, when a page asks for them), then remembered.
        self.photo_cache = PhotoCache(photo_source) if photo_source is not None else None
        self._photo_source: PhotoSource | None = self.photo_cache
        self._preset = DEFAULT_PRESET
        self._html = ""
        self._body_html = ""
        self._dirty = False
        self.dropped_results = 0  # stale renders thrown away (tests, benchmarks)
        self.fallback_reason: str | None = None
        self._web: WebPreview | None = None
        self._fallback: FallbackPreview | None = None

        # One render thread; only the newest request counts (an overtaken one is skipped).
        self._worker = LatestRunner(self, name="preview-render")
        self._worker.finished.connect(self._on_worker_finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._start_render)
        self._build()

        reason = (
            translate("Panel", FORCED_FALLBACK)
            if force_fallback
            else environment.webengine_unavailable_reason()
        )
        if reason is None:
            try:
                from workstation.ui.preview.web import WebPreview

                self._web = WebPreview(self._photo_source)
            except Exception as exc:  # noqa: BLE001 - the engine could not start: the simplified preview instead
                reason = translate("PreviewPanel", "QtWebEngine failed to start ({exc}).").format(exc=exc)
        if self._web is not None:
            self._web.loaded.connect(self._on_web_loaded)
            self._web.crashed.connect(self._on_web_crashed)
            self._web.pdf_done.connect(self.pdf_done.emit)
            self.stage.on_zoom = self._on_stage_zoom
            self.stage.set_child(self._web, scales=True)
        else:
            self._use_fallback(reason or translate("Panel", FORCED_FALLBACK))

    def _build(self) -> None:
        self.width_picker = QComboBox()
        self.width_picker.setObjectName("previewWidthPicker")
        self.width_picker.setAccessibleName(translate("PreviewPanel", "Preview width"))
        self.width_picker.setToolTip(
            translate("PreviewPanel", "Lay the page out as on a desktop, a tablet or a phone")
        )
        for key, (label, _width) in WIDTH_PRESETS.items():
            self.width_picker.addItem(translate("PreviewPanel", label), key)
        self.width_picker.activated.connect(self._on_width_picker_activated)
        self.status_label = QLabel()
        self.status_label.setObjectName("previewStatus")
        self.status_label.setStyleSheet("color: palette(placeholder-text);")
        self.pdf_button = QToolButton()
        self.pdf_button.setObjectName("previewPdfButton")
        self.pdf_button.setAccessibleName(translate("PreviewPanel", "Save the preview as PDF"))
        self.pdf_button.setText(translate("PreviewPanel", "Save as PDF…"))
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(PDF_STATUS_MS)
        self._status_timer.timeout.connect(self.status_label.clear)
        self.pdf_done.connect(self._on_pdf_done)

        self.zoom_control = ZoomControl()
        self.zoom_control.zoom_requested.connect(self.set_zoom)
        self.zoom_control.in_requested.connect(self.zoom_in)
        self.zoom_control.out_requested.connect(self.zoom_out)
        self._shortcuts = self.zoom_control.install_shortcuts(self)

        # One row when there is room, two in a narrow side panel (the tools wrap under).
        self._first_row = QHBoxLayout()
        self._first_row.setSpacing(6)  # a nested layout would take the panel's spacing of 0
        # A buddy label names the combo box for AT-SPI (see list_pane's filters); hidden, as the
        # values ("Phone · 390 px") say what they are on screen and the side panel is narrow.
        width_label = QLabel(translate("PreviewPanel", "Preview width"), self)
        width_label.setObjectName("previewWidthLabel")
        width_label.setBuddy(self.width_picker)
        width_label.hide()
        self._first_row.addWidget(self.width_picker)
        self._first_row.addWidget(self.zoom_control)
        self._first_row.addStretch(1)
        self._second_row = QHBoxLayout()
        self._second_row.setSpacing(6)
        self._tool_widgets: list[QWidget] = [self.status_label, self.pdf_button]
        toolbar = QVBoxLayout()
        toolbar.setContentsMargins(8, 6, 8, 6)
        toolbar.setSpacing(4)
        toolbar.addLayout(self._first_row)
        toolbar.addLayout(self._second_row)
        self._toolbar = toolbar
        self._wrapped: bool | None = None
        self._fit_toolbar()

        self.notice = QLabel()
        self.notice.setObjectName("previewNotice")
        self.notice.setAccessibleName(translate("PreviewPanel", "Preview notice"))
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #fff4c2; color: #4d3b00; border: 1px solid #e6c84f;"
            " border-radius: 3px; padding: 6px 8px; margin: 0 8px 6px 8px; }"
        )
        self.notice.hide()
        self.stage = PreviewStage(WIDTH_PRESETS[DEFAULT_PRESET][1])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.stage, 1)

    # -- public ------------------------------------------------------------------------------

    @property
    def is_fallback(self) -> bool:
        return self._web is None

    @property
    def blocked_requests(self) -> list[str]:
        """Requests refused so far (remote URLs the page asked for)."""
        if self._web is not None:
            return self._web.interceptor.blocked
        return self._fallback.blocked if self._fallback is not None else []

    @property
    def web_view(self) -> WebPreview | None:
        return self._web

    @property
    def fallback_view(self) -> FallbackPreview | None:
        return self._fallback

    @property
    def width_preset(self) -> str:
        return self._preset

    def set_renderer(self, renderer: PageRenderer) -> None:
        """Render with another template from now on (a site's own look)."""
        self._renderer = renderer
        self.request_update()

    def set_source(self, make_input: MakeInput | None, prepare: PrepareInput | None = None) -> None:
        """What to preview: make_input() returns the page's input from the editor's current
        values (called on the GUI thread; keep it cheap), or None for nothing; prepare(input),
        when given, finishes it on the render thread (what needs the store). Call again when
        another article is shown: the preview starts at its top (at once, or when shown)."""
        self._make_input = make_input
        self._prepare = prepare
        self._reset_scroll()
        self._worker.invalidate()  # a render of the previous article is not shown
        if self.isVisible():
            self.update_now()
        else:
            self._timer.stop()
            self._dirty = True

    def shutdown(self) -> None:
        """Before the panel is deleted: no new render, and the one running has finished (its
        answer, emitted from the worker thread, must not meet a half-deleted panel)."""
        self._worker.invalidate()
        self._worker.shutdown()

    def request_update(self) -> None:
        """Render again soon (coalesced); call on every edit. While the panel is hidden (another
        side tab is showing) nothing is rendered; the page catches up when it is shown."""
        self._dirty = True
        if not self._timer.isActive() and self.isVisible() and not self._busy():
            self._timer.start()

    def update_now(self) -> None:
        """Render at once, even while an earlier render runs (its result is dropped)."""
        self._timer.stop()
        self._dirty = True
        self._start_render()

    def current_html(self) -> str:
        return self._html

    def set_html(self, html: str, body_html: str = "") -> None:
        """Show this HTML exactly as given (no sanitizer); pending renders are dropped.
        For tests and diagnostics: pages should come from the renderer."""
        self._timer.stop()
        self._dirty = False
        self._worker.invalidate()
        self._show(html, body_html)

    def clear(self) -> None:
        self._make_input = None
        self._prepare = None
        self._reset_scroll()
        self.set_html(EMPTY_PAGE)

    def follow_paragraph(self, index: int) -> None:
        """Keep the index-th top-level block of the article body in view (see
        paragraph_index_for_cursor), now and after each update."""
        if self._web is not None:
            self._web.follow(index)
        elif self._fallback is not None:
            self._fallback.follow(index)

    def set_width_preset(self, name: str) -> None:
        if name not in WIDTH_PRESETS:
            raise ValueError(f"unknown width preset {name!r}; one of {', '.join(WIDTH_PRESETS)}")
        self._preset = name
        self.width_picker.setCurrentIndex(self.width_picker.findData(name))
        self.stage.set_layout_width(WIDTH_PRESETS[name][1])
        self.width_preset_changed.emit(name)

    @property
    def zoom(self) -> float:
        """The page's zoom as shown (1.0: CSS pixels at their size)."""
        return self.stage.zoom

    @property
    def zoom_setting(self) -> float | None:
        """The chosen zoom, or None while fitting the width."""
        return self.stage.user_zoom

    def set_zoom(self, zoom: float | None) -> None:
        """Show the page at this zoom (None: fit the width, at most 100%)."""
        if zoom == self.stage.user_zoom:
            return
        self.stage.set_user_zoom(zoom)
        self._show_zoom()
        self.zoom_changed.emit(self.stage.user_zoom)

    def zoom_in(self) -> None:
        self.set_zoom(zoom_in(self.stage.zoom))

    def zoom_out(self) -> None:
        self.set_zoom(zoom_out(self.stage.zoom))

    def add_tool(self, widget: QWidget) -> None:
        """A button of the panel's owner on the toolbar (the tab's Open in Window)."""
        self._tool_widgets.insert(len(self._tool_widgets) - 1, widget)
        self._wrapped = None
        self._fit_toolbar()

    def page_title(self) -> str:
        if self._web is not None:
            return self._web.title()
        return self._fallback.documentTitle() if self._fallback is not None else ""

    def print_to_pdf(self, path: str) -> None:
        """Write the shown page to a PDF (A4); `pdf_done(path, ok)` follows."""
        if self._web is not None:
            self._web.print_to_pdf(path)
        elif self._fallback is not None:
            fallback = self._fallback
            QTimer.singleShot(0, self, lambda: self.pdf_done.emit(path, fallback.print_to_pdf(path)))

    # -- the pipeline ------------------------------------------------------------------------

    def _busy(self) -> bool:
        return self._worker.busy or (self._web is not None and self._web.loading)

    def _start_render(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        make_input = self._make_input
        if make_input is None:
            return
        try:
            page_input = make_input()
        except Exception as exc:  # noqa: BLE001 - e.g. the article vanished: say so in the preview
            self.set_html(_message_page(translate("PreviewPanel", "The preview could not be made"), str(exc)))
            return
        if page_input is None:
            self.set_html(EMPTY_PAGE)
            return
        renderer, prepare = self._renderer, self._prepare
        self._worker.submit(lambda: renderer.render(prepare(page_input) if prepare else page_input))

    def _on_worker_finished(self, generation: int, result: object, error: object) -> None:
        if not self._worker.is_current(generation) or (result is None and error is None):
            self.dropped_results += 1
            self._continue()
            return
        if isinstance(error, BaseException):
            self._show(
                _message_page(
                    translate("PreviewPanel", "The page could not be rendered"),
                    f"{type(error).__name__}: {error}",
                )
            )
        elif isinstance(result, RenderedPage):
            self._show(result.html, result.body_html)

    def _show(self, html: str, body_html: str = "") -> None:
        self._html = html
        self._body_html = body_html
        if self._web is not None:
            self._web.show_html(html, body_html)  # `updated` when it has loaded
        elif self._fallback is not None:
            self._fallback.show_html(html, body_html)
            self.updated.emit()
            self._continue()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_toolbar()
        self._continue()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """The tools beside the width and zoom when they fit, under them when not."""
        first = self._first_row.sizeHint().width()
        tools = sum(w.sizeHint().width() + 6 for w in self._tool_widgets if w is not self.status_label)
        margins = self._toolbar.contentsMargins()
        wrap = first + tools > self.width() - margins.left() - margins.right()
        if wrap == self._wrapped:
            return
        self._wrapped = wrap
        row = self._second_row if wrap else self._first_row
        for widget in self._tool_widgets:
            self._first_row.removeWidget(widget)
            self._second_row.removeWidget(widget)
            row.addWidget(widget, 1 if widget is self.status_label else 0)

    def _on_stage_zoom(self, zoom: float) -> None:
        if self._web is not None:
            self._web.set_layout_zoom(zoom)
        elif self._fallback is not None:
            self._fallback.set_zoom(1.0 if self.stage.fitting else zoom)
        self._show_zoom()

    def _show_zoom(self) -> None:
        self.zoom_control.show_zoom(self.stage.zoom, fitting=self.stage.fitting)

    def _continue(self) -> None:
        """After a page is shown: start the edits that arrived meanwhile, without waiting again."""
        if self._dirty and self.isVisible() and not self._busy():
            self._timer.stop()
            self._start_render()

    def _on_web_loaded(self) -> None:
        self.updated.emit()
        self._continue()

    def _reset_scroll(self) -> None:
        if self._web is not None:
            self._web.reset_scroll()
        if self._fallback is not None:
            self._fallback.reset_scroll()

    # -- fallback ----------------------------------------------------------------------------

    def _on_web_crashed(self, reason: str) -> None:
        self._use_fallback(reason)
        if self._html:
            self._show(self._html, self._body_html)

    def _use_fallback(self, reason: str) -> None:
        self.fallback_reason = reason
        follow = -1
        if self._web is not None:
            follow = self._web.follow_index
            web, self._web = self._web, None
            web.hide()
            web.deleteLater()
        self._fallback = FallbackPreview(self._photo_source)
        self._fallback.follow_index = follow
        self.stage.on_zoom = self._on_stage_zoom
        self.stage.set_child(self._fallback, scales=False)
        self.notice.setText(translate("Panel", NOTICE).format(reason=reason))
        self.notice.show()

    # -- toolbar -----------------------------------------------------------------------------

    def _on_width_picker_activated(self, index: int) -> None:
        self.set_width_preset(str(self.width_picker.itemData(index)))

    def _on_pdf_button_clicked(self) -> None:
        path = alerts.ask_save_file(
            self,
            translate("PreviewPanel", "Save the preview as PDF"),
            "article.pdf",
            translate("PreviewPanel", "PDF (*.pdf)"),
        )
        if path:
            self.status_label.setText(translate("PreviewPanel", "Saving PDF…"))
            self.print_to_pdf(path)

    def _on_pdf_done(self, path: str, ok: bool) -> None:
        self.status_label.setText(
            translate("PreviewPanel", "PDF saved.")
            if ok
            else translate("PreviewPanel", "The PDF could not be written: {path}").format(path=path)
        )
        self._status_timer.start()


def preset_width(name: str) -> int:
    return WIDTH_PRESETS[name][1]


__all__ = ["COALESCE_MS", "WIDTH_PRESETS", "PreviewPanel", "preset_width"]
