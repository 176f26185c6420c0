"""The outbox worker: sends due jobs on a background thread, never on the GUI thread.

It runs `OutboxService.run_due` when a job is queued (kick), when the earliest waiting job comes
due, and every minute while jobs wait (offline: they go when the site is back). Progress reaches
the GUI thread through tasks.py (queued), at most about ten times a second per job. On quit it asks the run
to stop (the job goes back to the queue, its remote ids saved) and waits briefly; a thread stuck in
a network call is a daemon and never holds the app open.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.domain.publishing import OutboxJob
from workstation.services.publishing.outbox import OutboxService, RunReport
from workstation.ui.common.tasks import DetachedTasks, on_gui_thread

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
        # A daemon thread per run: one stuck in a network call never holds the app open.
        self._runs = DetachedTasks(self, name="outbox-worker")
        self._running = False
        self._again = False
        self._stop = threading.Event()
        self._last_key: dict[int, tuple[str, str]] = {}
        self._last_emit: dict[int, float] = {}
        self._timer = QTimer(self)
        self._timer.setObjectName("outboxWakeTimer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.kick)
        self._report_job = on_gui_thread(self._on_progress, owner=self)

    # -- public ------------------------------------------------------------------------------

    def set_outbox(self, outbox: OutboxService | None) -> None:
        self._outbox = outbox
        if outbox is not None:
            self.kick()

    @property
    def running(self) -> bool:
        return self._running

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
        if self._running:
            self._again = True
            return
        self._timer.stop()
        self._again = False
        self._running = True
        self._runs.run(lambda: self._run(outbox), self._on_run_done, self._on_run_failed)

    def stop(self, timeout: float = 1.5) -> bool:
        """Ask the run to stop at its next step and wait up to `timeout` seconds; True if it did."""
        self._stop.set()
        self._timer.stop()
        if not self._running:
            return True
        return self._runs.wait(timeout)

    # -- the thread --------------------------------------------------------------------------

    def _run(self, outbox: OutboxService) -> OutboxSnapshot:
        # An error (a broken store) reaches _on_run_failed: reported, the worker tries again later.
        report = outbox.run_due(self._listen, self._stop.is_set)
        return OutboxSnapshot(outbox.jobs(), outbox.next_wake(), report)

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
        if not self._stop.is_set():  # a stopped worker says nothing more (the window is going)
            self._report_job(job)

    # -- back on the GUI thread --------------------------------------------------------------

    def _on_progress(self, job: OutboxJob) -> None:
        self.job_changed.emit(job)

    def _on_run_done(self, result: OutboxSnapshot) -> None:
        if self._stop.is_set():  # after stop() the window is going away: say nothing more
            return
        self._running = False
        self.snapshot.emit(result)
        if self._again:
            self.kick()
        else:
            self._plan(result)

    def _on_run_failed(self, error: BaseException) -> None:
        if self._stop.is_set():
            return
        self._running = False
        self.failed.emit(f"{type(error).__name__}: {error}")
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
