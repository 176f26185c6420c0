"""The window's layout between sessions (geometry, splitter, list columns, which panels show)
and writing mode, kept in settings.ini."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QElapsedTimer, QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

from workstation.ui.articles.list_pane import ArticleListPane
from workstation.ui.articles.writing_view import DEFAULT_TEXT_PERCENT, WritingView, clamp_text_percent
from workstation.ui.window.actions import WindowActions

# First start: the editor gets half the width, the list and the side panel a quarter each
# (at 1366 px: about 330, 680 and 330). Window resizes go in the same proportions.
DEFAULT_SHARES = (0.24, 0.52, 0.24)
LIST, EDITOR, SIDE = range(3)
RESTORE_MS = 2000  # how long the panes wait for the window to get its old size back
WRITING_TEXT_PERCENT = "writing/text_percent"
WRITING_TYPEWRITER = "writing/typewriter"
WRITING_FOCUS_PARAGRAPH = "writing/focus_paragraph"


@dataclass(frozen=True)
class _BeforeWriting:
    """The window as it was when writing mode began, to put back when it ends."""

    show_list: bool
    show_side: bool
    maximized: bool
    full_screen: bool
    geometry: QRect
    splitter: list[int]
    splitter_width: int
    quiet_hidden: tuple[bool, ...]
    focus: QWidget | None


def _number(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


def _flag(value: object, default: bool) -> bool:
    return default if value is None else str(value).lower() in ("true", "1")


class WindowState(QObject):
    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        actions: WindowActions,
        splitter: QSplitter,
        list_pane: ArticleListPane,
        side_tabs: QWidget,
        *,
        quiet_in_writing: tuple[QWidget, ...] = (),
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._actions = actions
        self._splitter = splitter
        self._list_pane = list_pane
        self._side_tabs = side_tabs
        self._quiet = quiet_in_writing  # status bar widgets writing mode hides (the article count)
        self._before_writing: _BeforeWriting | None = None
        self._restoring: _BeforeWriting | None = None  # left writing mode; the panes follow
        self._restore_deadline = QElapsedTimer()
        self.writing: WritingView | None = None  # the editor's writing page, once the store is open
        self._leave_writing = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._leave_writing.setEnabled(False)
        self._leave_writing.activated.connect(lambda: actions.writing_mode.setChecked(False))
        for pane in (LIST, SIDE):
            splitter.setCollapsible(pane, True)
        splitter.splitterMoved.connect(self._on_splitter_moved)
        actions.show_list.toggled.connect(lambda on: self._on_pane_toggled(LIST, on))
        actions.show_side.toggled.connect(lambda on: self._on_pane_toggled(SIDE, on))
        actions.typewriter_scrolling.toggled.connect(self._on_typewriter_scrolling_toggled)
        actions.focus_paragraph.toggled.connect(self._on_focus_paragraph_toggled)
        actions.writing_larger.triggered.connect(lambda: self.writing and self.writing.larger())
        actions.writing_smaller.triggered.connect(lambda: self.writing and self.writing.smaller())
        self._set_writing_actions_enabled(False)

    def attach_writing(self, writing: WritingView) -> None:
        """The editor's writing page (built with the store): F11 shows it from now on."""
        self.writing = writing
        writing.text_percent = clamp_text_percent(
            _number(self._settings.value(WRITING_TEXT_PERCENT), DEFAULT_TEXT_PERCENT)
        )
        writing.text_percent_changed.connect(lambda p: self._settings.setValue(WRITING_TEXT_PERCENT, p))
        if self._before_writing is not None:  # already in writing mode while the store opened
            self._enter_writing_page()

    # -- between sessions --------------------------------------------------------------------

    def restore(self) -> None:
        window, settings = self._window, self._settings
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
            screen = window.screen().availableGeometry()
            window.resize(min(1400, int(screen.width() * 0.9)), min(860, int(screen.height() * 0.9)))
        splitter = settings.value("window/splitter")
        if not (isinstance(splitter, QByteArray) and self._splitter.restoreState(splitter)):
            self._splitter.setSizes(self._default_sizes(window.width()))
        header = settings.value("window/list_header")
        if isinstance(header, QByteArray):
            self._list_pane.restore_header_state(header)
        actions = self._actions
        actions.show_list.setChecked(settings.value("window/show_list", "true") != "false")
        actions.show_side.setChecked(settings.value("window/show_side", "true") != "false")
        self._list_pane.setVisible(actions.show_list.isChecked())
        self._side_tabs.setVisible(actions.show_side.isChecked())
        actions.typewriter_scrolling.setChecked(_flag(settings.value(WRITING_TYPEWRITER), False))
        actions.focus_paragraph.setChecked(_flag(settings.value(WRITING_FOCUS_PARAGRAPH), False))

    def save(self) -> None:
        if self._before_writing is not None:
            self.set_writing_mode(False)
        settings, actions = self._settings, self._actions
        settings.setValue("window/geometry", self._window.saveGeometry())
        settings.setValue("window/splitter", self._splitter.saveState())
        settings.setValue("window/list_header", self._list_pane.header_state())
        sizes = self._splitter.sizes() if self._splitter.isVisible() else [1, 1, 1]
        for key, pane, action in (
            ("show_list", LIST, actions.show_list),
            ("show_side", SIDE, actions.show_side),
        ):
            # A pane left collapsed (size 0) starts hidden, as the menu then says.
            shown = action.isChecked() and sizes[pane] > 0
            settings.setValue(f"window/{key}", "true" if shown else "false")
        settings.sync()

    def _default_sizes(self, width: int) -> list[int]:
        room = max(0, width - 2 * self._splitter.handleWidth())
        list_width, side_width = round(room * DEFAULT_SHARES[LIST]), round(room * DEFAULT_SHARES[SIDE])
        return [list_width, room - list_width - side_width, side_width]

    # -- the panes ---------------------------------------------------------------------------

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        """A pane dragged shut is hidden, as View › Article List or Side Panel would hide it."""
        sizes = self._splitter.sizes()
        for pane, action in ((LIST, self._actions.show_list), (SIDE, self._actions.show_side)):
            if sizes[pane] == 0 and action.isChecked():
                action.setChecked(False)

    def _on_pane_toggled(self, pane: int, on: bool) -> None:
        widget = self._list_pane if pane == LIST else self._side_tabs
        widget.setVisible(on)
        sizes = self._splitter.sizes()
        if on and sizes[pane] == 0 and sizes[EDITOR] > 0:
            # Shown again after it was dragged shut: its first-start share, from the editor.
            total = sum(sizes) + (self._splitter.width() if sum(sizes) == 0 else 0)
            share = min(round(total * DEFAULT_SHARES[pane]), sizes[EDITOR] // 2)
            sizes[pane] = share
            sizes[EDITOR] -= share
            self._splitter.setSizes(sizes)

    # -- writing mode ------------------------------------------------------------------------

    def set_writing_mode(self, on: bool) -> None:
        """Full-screen writing: the headline, standfirst and body in a centred column, until F11
        or Esc; then the window, its panes and the editor are as they were."""
        if on and self._before_writing is None:
            self._enter_writing()
        elif not on and self._before_writing is not None:
            self._leave_writing_mode()
        self._leave_writing.setEnabled(on)
        self._set_writing_actions_enabled(on)

    def _enter_writing(self) -> None:
        window, actions = self._window, self._actions
        self._before_writing = _BeforeWriting(
            show_list=actions.show_list.isChecked(),
            show_side=actions.show_side.isChecked(),
            maximized=window.isMaximized(),
            full_screen=window.isFullScreen(),
            geometry=window.geometry(),
            splitter=self._splitter.sizes(),
            splitter_width=self._splitter.width(),
            quiet_hidden=tuple(widget.isHidden() for widget in self._quiet),
            focus=QApplication.focusWidget(),
        )
        self._list_pane.hide()
        self._side_tabs.hide()
        for widget in self._quiet:
            widget.hide()
        window.menuBar().hide()
        window.showFullScreen()
        self._enter_writing_page()

    def _enter_writing_page(self) -> None:
        writing = self.writing
        if writing is None:
            return
        editor = writing.parent()
        if isinstance(editor, QWidget) and not editor.isVisible():
            # No article open yet: the page is laid out when one opens (a new one, Ctrl+N).
            editor.installEventFilter(self)
            return
        if isinstance(editor, QWidget):
            editor.removeEventFilter(self)
        writing.enter(
            writing.text_percent,
            typewriter=self._actions.typewriter_scrolling.isChecked(),
            focus_paragraph=self._actions.focus_paragraph.isChecked(),
        )

    def _leave_writing_mode(self) -> None:
        before, self._before_writing = self._before_writing, None
        assert before is not None
        window = self._window
        writing = self.writing
        body_had_focus = writing is not None and writing.active and writing.body_has_focus()
        if writing is not None:
            editor = writing.parent()
            if isinstance(editor, QObject):
                editor.removeEventFilter(self)
            writing.leave()
        self._list_pane.setVisible(before.show_list)
        self._side_tabs.setVisible(before.show_side)
        for widget, hidden in zip(self._quiet, before.quiet_hidden, strict=True):
            widget.setHidden(hidden)
        window.menuBar().show()
        if before.maximized:
            window.showMaximized()
        elif not before.full_screen:
            window.showNormal()  # Qt keeps the normal geometry through full screen
            if window.geometry() != before.geometry:
                window.setGeometry(before.geometry)
        layout = window.layout()
        if layout is not None:
            layout.activate()  # the panes get their widths now, not at the next event
        self._restoring = before
        self._restore_deadline.start()
        if not self._finish_restoring():
            # A window manager may resize the window later: the panes' sizes follow then.
            self._splitter.installEventFilter(self)
        if writing is not None and body_had_focus:
            writing.focus_body()
        elif before.focus is not None and before.focus.isVisible():
            before.focus.setFocus()

    def _finish_restoring(self) -> bool:
        """The panes' sizes and the body's scroll position as before writing mode, once the
        window has its old size again (True: done)."""
        before = self._restoring
        if before is None:
            return True
        # The panes shown again bring back their handles at the splitter's next layout: now.
        QCoreApplication.sendPostedEvents(self._splitter, QEvent.Type.LayoutRequest)
        self._splitter.setSizes(before.splitter)
        if self._splitter.width() != before.splitter_width and self._restore_deadline.elapsed() < RESTORE_MS:
            return False
        self._restoring = None
        self._splitter.removeEventFilter(self)
        if self.writing is not None:
            self.writing.restore_position()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            self._finish_restoring()
        elif event.type() == QEvent.Type.Show and self._waiting_for_article(watched):
            self._enter_writing_page()
        return False

    def _waiting_for_article(self, watched: QObject) -> bool:
        writing = self.writing
        return (
            writing is not None
            and watched is writing.parent()
            and self._before_writing is not None
            and not writing.active
        )

    def _set_writing_actions_enabled(self, on: bool) -> None:
        # Ctrl+= and Ctrl+- mean larger and smaller text only while writing (the preview zooms
        # with them too, in its own panel or window).
        self._actions.writing_larger.setEnabled(on)
        self._actions.writing_smaller.setEnabled(on)

    def _on_typewriter_scrolling_toggled(self, on: bool) -> None:
        self._settings.setValue(WRITING_TYPEWRITER, "true" if on else "false")
        if self.writing is not None:
            self.writing.set_typewriter(on)

    def _on_focus_paragraph_toggled(self, on: bool) -> None:
        self._settings.setValue(WRITING_FOCUS_PARAGRAPH, "true" if on else "false")
        if self.writing is not None:
            self.writing.set_focus_paragraph(on)
