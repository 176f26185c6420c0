"""A job being sent says it is alive while it waits on the site.

One request may take up to its deadline (an upload longer), and between requests the job is
written anyway; but a worker that finds a job SENDING with no sign of life for STALE_SENDING
takes it for dead and sends it again. So while a job is in flight a helper thread writes its
heartbeat every HEARTBEAT_SECONDS: the send itself blocks on the socket and cannot. The CLI's
`outbox run` needs this as much as the window does, hence a thread here rather than in ui/.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from types import TracebackType

from workstation.store.database import Database
from workstation.store.publishing_repository import OutboxRepository


class Heartbeat:
    """`with Heartbeat(db, job_id, now, every):` beats until the block ends."""

    def __init__(self, db: Database, job_id: int, now: Callable[[], datetime], every: float) -> None:
        self._db = db
        self._job_id = job_id
        self._now = now
        self._every = max(every, 0.05)  # a test may ask for "always"; a beat still takes a moment
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"outbox-heartbeat-{job_id}", daemon=True)
        self.beats = 0

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(
        self, _kind: type[BaseException] | None, _exc: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=self._every + 5)

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            try:
                with self._db.session() as session:
                    alive = OutboxRepository(session).beat(self._job_id, self._now())
            except Exception:  # noqa: BLE001 - a busy store skips a beat; the send goes on
                continue
            if not alive:  # cancelled or finished: nothing left to keep alive
                return
            self.beats += 1
