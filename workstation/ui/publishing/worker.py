"""The outbox worker: sends due jobs on a background thread, never on the GUI thread.

It runs `OutboxService.run_due` when a job is queued (kick), when the earliest waiting job comes
due, and every minute while jobs wait (offline: they go when the site is back). Progress reaches
the GUI through queued signals, at most about ten times a second per job. On quit it asks the run
to stop (the job goes back to the queue, its remote ids saved) and waits briefly; a thread stuck in
a network call is a daemon and never holds the app open.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from workstation.domain.publishing import OutboxJob
from workstation.services.publishing.outbox import OutboxService, RunReport

POLL_MS = 60_000  # while jobs wait
MIN_WAKE_MS = 1_000  # never spin: a due job another process holds waits at least this long
PROGRESS_INTERVAL = 0.1  # seconds between two progress signals of the same step


@dataclass(frozen=True, slots=True)
class OutboxSnapshot:
    """What a run left behind: every job (newest first) and when the next one comes due."""

    jobs: list[OutboxJob] = field(default_factory=list)
    next_wake: datetime | None = None
    report: RunReport | None = None

    @property
    def waiting(self) -> bool:
        return any(job.state.is_open for job in self.jobs)


class OutboxWorker(QObject):
    """Signals (delivered on the GUI thread): `job_changed(OutboxJob)` on each step and upload
    progress; `snapshot(OutboxSnapshot)` after each run; `failed(str)` if a run itself broke."""

    job_changed = Signal(object)
    snapshot = Signal(object)
    failed = Signal(str)
    # From the thread to this object (queued): the run ended.
    _run_done = Signal(object)
    _run_failed = Signal(str)
    _progress = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        poll_ms: int = POLL_MS,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._outbox: OutboxService | None = None
        self._poll_ms = poll_ms
        self._now = now or (lambda: datetime.now(UTC))
        self._thread: threading.Thread | None = None
        self._again = False
        self._stop = threading.Event()
        self._last_key: dict[int, tuple[str, str]] = {}
        self._last_emit: dict[int, float] = {}
        self._timer = QTimer(self)
        self._timer.setObjectName("outboxWakeTimer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.kick)
        self._run_done.connect(self._on_run_done)
        self._run_failed.connect(self._on_run_failed)
        self._progress.connect(self._on_progress)

    # -- public ------------------------------------------------------------------------------

    def set_outbox(self, outbox: OutboxService | None) -> None:
        self._outbox = outbox
        if outbox is not None:
            self.kick()

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def wake_interval(self) -> int:
        """Milliseconds until the next planned run (-1: none planned)."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def kick(self) -> None:
        """Send what is due now (or right after the run in progress)."""
        outbox = self._outbox
        if outbox is None or self._stop.is_set():
            return
        if self._thread is not None:
            self._again = True
            return
        self._timer.stop()
        self._again = False
        thread = threading.Thread(target=self._run, args=(outbox,), name="outbox-worker", daemon=True)
        self._thread = thread
        thread.start()

    def stop(self, timeout: float = 1.5) -> bool:
        """Ask the run to stop at its next step and wait up to `timeout` seconds; True if it did."""
        self._stop.set()
        self._timer.stop()
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    # -- the thread --------------------------------------------------------------------------

    def _run(self, outbox: OutboxService) -> None:
        try:
            report = outbox.run_due(self._listen, self._stop.is_set)
            result = OutboxSnapshot(outbox.jobs(), outbox.next_wake(), report)
        except Exception as exc:  # a broken store: reported, the worker tries again later
            self._emit(self._run_failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self._run_done, result)

    def _listen(self, job: OutboxJob) -> None:
        """Called on the worker thread for every step and every chunk uploaded."""
        now = time.monotonic()
        key = (job.state.value, job.step)
        last = self._last_emit.get(job.id, 0.0)
        finished_upload = job.bytes_total > 0 and job.bytes_sent >= job.bytes_total
        if key == self._last_key.get(job.id) and not finished_upload and now - last < PROGRESS_INTERVAL:
            return
        self._last_key[job.id] = key
        self._last_emit[job.id] = now
        self._emit(self._progress, job)

    def _emit(self, signal: object, value: object) -> None:
        # After stop() the window may be going away while a network call still runs: a signal
        # emitted into a deleted object crashes, so a stopped worker says nothing more.
        if self._stop.is_set():
            return
        with contextlib.suppress(RuntimeError):
            signal.emit(value)  # type: ignore[attr-defined]

    # -- back on the GUI thread --------------------------------------------------------------

    @Slot(object)
    def _on_progress(self, job: OutboxJob) -> None:
        self.job_changed.emit(job)

    @Slot(object)
    def _on_run_done(self, result: OutboxSnapshot) -> None:
        self._thread = None
        self.snapshot.emit(result)
        if self._again:
            self.kick()
        else:
            self._plan(result)

    @Slot(str)
    def _on_run_failed(self, message: str) -> None:
        self._thread = None
        self.failed.emit(message)
        if self._again:
            self.kick()
        elif not self._stop.is_set():
            self._timer.start(self._poll_ms)

    def _plan(self, result: OutboxSnapshot) -> None:
        if self._stop.is_set():
            return
        delays = []
        if result.next_wake is not None:
            seconds = (result.next_wake - self._now()).total_seconds()
            delays.append(max(MIN_WAKE_MS, int(seconds * 1000) + 50))
        if result.waiting:
            delays.append(self._poll_ms)
        if delays:
            self._timer.start(min(delays))
