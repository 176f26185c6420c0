"""One background thread that renders pages; only the newest request counts."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    """Lives on the GUI thread; its signal, emitted on the worker, arrives queued."""

    done = Signal(int, object, object)  # generation, result, error


class RenderWorker(QObject):
    """submit(work) runs `work` on a single worker thread and delivers `finished(generation,
    result, error)` on the GUI thread. A request that is no longer the newest when the thread
    reaches it is skipped (delivered with no result and no error); one overtaken while it ran
    is delivered, and is_current(generation) says it is stale, for the caller to drop."""

    finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="preview-render")
        self._lock = threading.Lock()
        self._newest = 0
        self._outstanding = 0
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self.skipped = 0  # requests overtaken before they started (for tests and benchmarks)
        executor = self._executor
        self.destroyed.connect(lambda *_: executor.shutdown(wait=False, cancel_futures=True))

    @property
    def busy(self) -> bool:
        return self._outstanding > 0

    @property
    def newest(self) -> int:
        return self._newest

    def is_current(self, generation: int) -> bool:
        return generation == self._newest

    def submit(self, work: Callable[[], Any]) -> int:
        with self._lock:
            self._newest += 1
            generation = self._newest
        self._outstanding += 1
        relay = self._relay

        def run() -> None:
            if generation != self._newest:  # overtaken while queued: do not render it
                result, error = None, None
                self.skipped += 1
            else:
                try:
                    result, error = work(), None
                except Exception as exc:  # delivered to the GUI thread, which shows it
                    result, error = None, exc
            with contextlib.suppress(RuntimeError):  # the panel was deleted while this ran
                relay.done.emit(generation, result, error)

        self._executor.submit(run)
        return generation

    def invalidate(self) -> None:
        """Make every request submitted so far stale."""
        with self._lock:
            self._newest += 1

    def _on_relay_done(self, generation: int, result: object, error: object) -> None:
        self._outstanding -= 1
        self.finished.emit(generation, result, error)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
