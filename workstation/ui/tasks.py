"""Run slow work on QThreadPool and deliver the result (or the error) on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from a worker arrive queued."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # delivered to the GUI thread, which reports it
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Keeps the relays alive until their job reports, so no result is dropped."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._pending: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay(self)
        self._pending.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._pending.discard(relay)
            relay.deleteLater()
            callback(value)

        relay.succeeded.connect(lambda value: finish(on_success, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Job(work, relay))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_all(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
