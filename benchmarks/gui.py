"""What the GUI benchmarks share: the QApplication, the real main window on a data dir, idling in
a real event loop, and a 1 ms tick monitor that measures how long the GUI thread was busy.

Waiting is done in a nested QEventLoop (exec until a timer or a signal quits it), so idle time is
spent blocked on events as in the running app, not busy-polling processEvents().
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QSize,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QWidget

if TYPE_CHECKING:
    from workstation.services.workspace import Workspace
    from workstation.ui.window.main_window import MainWindow

# The size MainWindow picks on a first start on a 1600x960 or larger screen. The offscreen
# platform's screen is 800x600, which would squeeze the editor to a 250-pixel column.
WINDOW_SIZE = QSize(1400, 860)


@contextmanager
def gc_pauses() -> Iterator[list[tuple[float, float, int]]]:
    """Python's garbage collections while inside: (perf_counter() at the start, ms, generation).
    A full (generation 2) pass walks every object the app holds, and stalls whichever thread ran
    it; attributing a GUI stall to it needs these."""
    pauses: list[tuple[float, float, int]] = []
    started = [0.0]

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            pauses.append((started[0], (time.perf_counter() - started[0]) * 1000, info["generation"]))

    gc.callbacks.append(watch)
    try:
        yield pauses
    finally:
        gc.callbacks.remove(watch)


def _quiet_qt_messages(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # The offscreen platform says so on every show() and raise(); nothing to do with the app.
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def qt_app() -> QApplication:
    qInstallMessageHandler(_quiet_qt_messages)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # As app.py does: the Preview tab's QtWebEngine needs its flags (no sandbox as root) and the
    # ewsphoto: scheme in place before the QApplication exists.
    from workstation.ui.common.tasks import favour_the_gui_thread
    from workstation.ui.preview import configure_webengine_environment, register_url_schemes

    configure_webengine_environment()
    register_url_schemes()
    favour_the_gui_thread()
    return QApplication(["benchmarks"])


@contextmanager
def quiet_alerts() -> Iterator[list[str]]:
    """Message boxes and file dialogs would block an offscreen run forever: record them instead.
    Yields the list of messages shown (errors and infos)."""
    from workstation.ui.common import alerts

    shown: list[str] = []
    names = ("show_error", "show_info", "confirm", "ask_markdown_files", "ask_save_file")
    saved = {name: getattr(alerts, name) for name in names}
    replacements: dict[str, Callable[..., Any]] = {
        "show_error": lambda _parent, title, text: shown.append(f"error: {title}: {text}"),
        "show_info": lambda _parent, title, text: shown.append(f"info: {title}: {text}"),
        "confirm": lambda *_args: True,
        "ask_markdown_files": lambda _parent: [],
        "ask_save_file": lambda *_args: "",
    }
    for name, replacement in replacements.items():
        setattr(alerts, name, replacement)
    try:
        yield shown
    finally:
        for name, original in saved.items():
            setattr(alerts, name, original)


def open_window(data_dir: Path, workspace: Workspace | None = None) -> MainWindow:
    """The real main window on `data_dir`, shown, active, with the store attached (as app.py)."""
    from workstation.services.workspace import open_workspace
    from workstation.ui.window.main_window import MainWindow

    window = MainWindow(data_dir)
    window.resize(WINDOW_SIZE)
    window.show()
    window.attach_workspace(workspace or open_workspace(data_dir))
    activate(window)
    settle(window)
    return window


def activate(window: QWidget) -> None:
    window.activateWindow()
    if not QTest.qWaitForWindowActive(window, 2000):
        raise RuntimeError(f"{window.objectName() or type(window).__name__} did not become active")


def settle(window: MainWindow, timeout_ms: float = 5000) -> None:
    """Idle until the window has nothing in flight: no autosave pending, the history loaded."""
    idle_until(
        lambda: not window.editing.autosave.has_pending and not window.editing.history_panel.loading,
        timeout_ms,
    )
    idle(30)


def close_window(window: QWidget) -> None:
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def bare_editor(text: str, font: QFont, size: QSize) -> tuple[QMainWindow, QPlainTextEdit]:
    """The baseline: a bare QPlainTextEdit holding `text` as the whole of a bare QMainWindow, in
    the app's body font and at the size of the app's body field (so lines wrap alike)."""
    window = QMainWindow()
    window.setWindowTitle("bare editor")
    edit = QPlainTextEdit()
    edit.setFont(font)
    edit.setPlainText(text)
    window.setCentralWidget(edit)
    window.resize(size)
    window.show()
    return window, edit


def type_char(widget: QWidget, char: str) -> None:
    """One keystroke as the platform delivers it: shortcut override, key press, key release.
    QTest.keyClick for ASCII (it asserts on anything else); the same three events by hand for
    other characters ("ö" in a byline), with the key code X11 would give."""
    if char == "\n":
        QTest.keyClick(widget, Qt.Key.Key_Return)
    elif char.isascii():
        QTest.keyClick(widget, char)
    else:
        code = ord(char.upper())
        key = Qt.Key(code) if code < 256 else Qt.Key.Key_unknown
        for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def idle(ms: float) -> None:
    """Run the event loop for `ms` milliseconds (timers fire, posted events are delivered)."""
    if ms < 0.5:
        QApplication.processEvents()
        return
    loop = QEventLoop()
    timer = _precise_single_shot(ms, loop.quit)
    loop.exec()
    timer.stop()


def _precise_single_shot(ms: float, action: Callable[[], object]) -> QTimer:
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setSingleShot(True)
    timer.timeout.connect(action)
    timer.start(round(ms))
    return timer


def idle_until(done: Callable[[], bool], timeout_ms: float, poll_ms: int = 1) -> bool:
    """Run the event loop until `done()` (checked every `poll_ms`) or the timeout. True if done."""
    if done():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setTimerType(Qt.TimerType.PreciseTimer)
    poll.setInterval(poll_ms)

    def check() -> None:
        if done():
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    deadline = _precise_single_shot(timeout_ms, loop.quit)
    loop.exec()
    poll.stop()
    deadline.stop()
    return done()


class TickMonitor:
    """A 1 ms timer while active: the gaps between its ticks show how long the GUI thread was busy
    (a gap of 40 ms means nothing could be painted or typed for about 40 ms)."""

    def __init__(self, interval_ms: int = 1) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._active = False
        self.gaps_ms: list[float] = []
        self.stalls: list[tuple[float, float]] = []  # (perf_counter() at the start, ms), gaps >= 2 ms
        self.worst_ms = 0.0

    def begin(self) -> None:
        self._last = time.perf_counter()
        self._active = True
        self._timer.start()

    def end(self) -> None:
        if self._active:
            self._tick()
        self._active = False
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        if not self._active:
            return
        gap = (now - self._last) * 1000
        self._last = now
        self.gaps_ms.append(gap)
        if gap >= 2:
            self.stalls.append((now - gap / 1000, gap))
        self.worst_ms = max(self.worst_ms, gap)

    def idle(self, ms: float) -> None:
        """idle(ms) with the monitor running."""
        self.begin()
        idle(ms)
        self.end()

    def idle_until(self, done: Callable[[], bool], timeout_ms: float) -> bool:
        self.begin()
        result = idle_until(done, timeout_ms)
        self.end()
        return result
