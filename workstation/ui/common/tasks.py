"""Run slow work on QThreadPool and deliver the result (or the error) on the GUI thread."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance


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
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.succeeded, result)

    @staticmethod
    def _deliver(signal: SignalInstance, value: object) -> None:
        # RuntimeError: the window that asked is gone (closed mid-task); nobody wants the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


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


class SerialWriter(QObject):
    """One background thread that runs writes in the order they were submitted, delivering
    each result on the GUI thread. wait() lets a caller (switching article, closing) block
    until everything submitted has been written."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from concurrent.futures import ThreadPoolExecutor

        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer")
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._on_relay_delivered)
        self._relay.failed.connect(self._on_relay_delivered)
        self._futures: list[Any] = []

    def submit(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        future = self._executor.submit(work)
        self._futures.append((future, on_success, on_error))
        future.add_done_callback(lambda _f: self._relay.succeeded.emit(None))

    @property
    def busy(self) -> bool:
        return bool(self._futures)

    def wait(self) -> None:
        """Block until every submitted write has finished, and deliver their results now."""
        for future, _ok, _err in list(self._futures):
            future.exception()  # waits
        self._deliver_finished()

    def _on_relay_delivered(self, _value: object) -> None:
        self._deliver_finished()

    def _deliver_finished(self) -> None:
        # Deliver in submission order, stopping at the first write still running.
        while self._futures and self._futures[0][0].done():
            future, on_success, on_error = self._futures.pop(0)
            error = future.exception()
            if error is not None:
                on_error(error)
            else:
                on_success(future.result())

    def shutdown(self) -> None:
        self.wait()
        self._executor.shutdown(wait=True)
