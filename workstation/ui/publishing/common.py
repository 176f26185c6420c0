"""Small pieces the publishing dialogs share: error text, a busy bar, a message line."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from workstation.domain.errors import ValidationError, WorkstationError

ERROR_COLOR = "#b3261e"
OK_COLOR = "#1e7b34"


def describe(error: BaseException) -> str:
    """An error as the editor reads it: the service's message, never a traceback."""
    if isinstance(error, ValidationError):
        return f"{error.field.replace('_', ' ').capitalize()}: {error.message}"
    if isinstance(error, WorkstationError):
        return str(error)
    return f"Unexpected error ({type(error).__name__}): {error}"


class MessageLine(QLabel):
    """One line (or a few) under a form: what went wrong, or what was done."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName("Message")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def error(self, text: str) -> None:
        self._show(text, ERROR_COLOR)

    def ok(self, text: str) -> None:
        self._show(text, OK_COLOR)

    def note(self, text: str) -> None:
        self._show(text, "palette(text)")

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def _show(self, text: str, color: str) -> None:
        self.setStyleSheet(f"color: {color};")
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()


def busy_bar(name: str) -> QProgressBar:
    """An indeterminate bar shown while a site is being asked."""
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setAccessibleName("Working")
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker thread arrive queued."""

    succeeded = Signal(object)
    failed = Signal(object)


class Runner(Protocol):
    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...


class SiteTasks(QObject):
    """Like TaskRunner, for calls that may wait on a site or the keyring (up to a network
    timeout): each runs on a daemon thread, so quitting never waits for a slow site."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[_Relay] = set()
        self._threads: list[threading.Thread] = []

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        # No parent: the thread's closure keeps the relay alive, so a call that outlives the
        # window (a slow site at quit) emits into a live object, never into a deleted one.
        relay = _Relay()
        self._pending.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._pending.discard(relay)
            if shiboken6.isValid(self):  # the window (and whoever asked) is still there
                callback(value)

        relay.succeeded.connect(lambda value: finish(on_success, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))

        def body() -> None:
            try:
                result = work()
            except Exception as exc:  # delivered to the GUI thread, which shows it
                _deliver(relay.failed, exc)
            else:
                _deliver(relay.succeeded, result)

        thread = threading.Thread(target=body, name="site-call", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the calls running now (tests, quitting)."""
        deadline = time.monotonic() + timeout
        for thread in list(self._threads):
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in self._threads)


def _deliver(signal: SignalInstance, value: object) -> None:
    with contextlib.suppress(RuntimeError):  # the window that asked is gone
        signal.emit(value)
