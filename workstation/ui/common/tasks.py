"""Background work: the one module in ui/ (and app.py) that starts threads.

The rule: never touch a widget from a worker thread. Work runs on a thread started here, and
what it has to say (its result, its error, its progress) comes back on the GUI thread through a
`_Relay`, a QObject made on the GUI thread that receives a queued signal. A test
(tests/unit/test_background_work_rule.py) fails on a thread started anywhere else in ui/ or app.py.

The policies, each a small class; the first three share `run(work, on_success, on_error)`:

- `TaskRunner`: QThreadPool, for work that ends (store reads and writes, photo work).
- `SerialWriter`: one thread that runs writes in the order they were submitted; `wait()` blocks
  until all are written (autosave: switching article, closing).
- `DetachedTasks`: a daemon thread per call, for calls that may wait on a site or the keyring
  (up to a network timeout): quitting never waits for them, and an answer that comes after its
  window is gone is dropped.
- `LatestRunner`: one thread where the newest request wins (rendering the preview).

`on_gui_thread(callback)` makes a callback any thread may call, run later on the GUI thread
(progress text). `favour_the_gui_thread()` (at start-up) makes a busy worker hand the GIL back
to the GUI thread within a fraction of a frame. This module is imported at start-up: keep it
light (concurrent.futures, which pulls in logging, is imported only when a policy that needs it
is first made).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")


class Runner(Protocol):
    """What a dialog needs to run a call off the GUI thread (any policy with run())."""

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...


class _Relay(QObject):
    """Lives on the GUI thread (where it is made): a call posted from a worker thread arrives
    queued and runs there. With a guard, a call that arrives after the guard was deleted is
    dropped (whoever asked is gone)."""

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None, *, guard: QObject | None = None) -> None:
        super().__init__(parent)
        self._guard = guard
        self._posted.connect(self._run_posted)

    def post(self, call: Callable[[], object]) -> None:
        """From any thread: run call() on the GUI thread."""
        # RuntimeError: the relay went with its parent (the window that asked closed mid-task);
        # nobody wants the answer.
        with contextlib.suppress(RuntimeError):
            self._posted.emit(call)

    @Slot(object)
    def _run_posted(self, call: Callable[[], object]) -> None:
        if self._guard is None or shiboken6.isValid(self._guard):
            call()


def _run_and_post(
    work: Callable[[], Any],
    relay: _Relay,
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """On a worker thread: run work, then post its result (or its error) to the GUI thread."""
    try:
        result = work()
    except Exception as exc:  # noqa: BLE001 - delivered to the GUI thread, which reports it
        relay.post(partial(on_error, exc))
    else:
        relay.post(partial(on_success, result))


# The GUI thread lets go of the GIL in every Qt call. While a worker runs Python (the preview's
# Markdown, an autosave's word count), getting it back waits out the switch interval, and a
# keystroke takes it a dozen times (each Python event handler and slot): Python's default 5 ms
# is a third of a frame. 0.2 ms keeps typing at the pace of a bare text field while the preview
# renders (benchmarks/bench_typing: p50 ratio 1.56 at 0.5 ms, 1.46 at 0.2 ms); the worker's
# share of the time is the same, only cut finer (its render: 30.3 vs 31.5 ms p50).
GUI_SWITCH_INTERVAL_S = 0.0002


def favour_the_gui_thread() -> None:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


def on_gui_thread(callback: Callable[[T], object], *, owner: QObject | None = None) -> Callable[[T], None]:
    """`callback`, callable from any thread: each call runs callback(value) later on the GUI
    thread, in order (progress from a worker). Make it on the GUI thread. With an owner, calls
    that arrive after the owner was deleted are dropped."""
    # No parent: the worker's closure keeps the relay alive, so a worker that outlives its
    # owner (a dialog closed mid-pull) emits into a live object; a signal emitted into a
    # deleted object from another thread crashes.
    relay = _Relay(guard=owner)

    def call(value: T) -> None:
        relay.post(partial(callback, value))

    return call


# -- the pool ---------------------------------------------------------------------------------


class _Job(QRunnable):
    def __init__(self, run: Callable[[], None]) -> None:
        super().__init__()
        self._body = run

    def run(self) -> None:
        self._body()


class TaskRunner(QObject):
    """Runs work on Qt's global thread pool and delivers the result, or the error, on the GUI
    thread. Keeps the relays alive until their job reports, so no result is dropped.

    threads: a pool of its own with that many threads instead, so that wait_all() waits for
    this runner's work only (the store opening at start-up)."""

    def __init__(self, parent: QObject | None = None, *, threads: int | None = None) -> None:
        super().__init__(parent)
        if threads is None:
            self._pool = QThreadPool.globalInstance()
        else:
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(threads)
        self._pending: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        # No parent, guarded by this runner: the job's closure keeps the relay alive, so a job
        # that outlives the runner (its window closed mid-task) emits into a live object and
        # its answer is dropped. A signal emitted into a deleted object from a worker crashes.
        relay = _Relay(guard=self)
        self._pending.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._pending.discard(relay)
            relay.deleteLater()
            callback(value)

        self._pool.start(
            _Job(partial(_run_and_post, work, relay, partial(finish, on_success), partial(finish, on_error)))
        )

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_all(self, msecs: int = 30_000) -> bool:
        """Wait for the pool's jobs (msecs=-1: however long they take); False on a timeout."""
        return self._pool.waitForDone(msecs)


# -- one ordered writer -----------------------------------------------------------------------


class SerialWriter(QObject):
    """One background thread that runs writes in the order they were submitted, delivering
    each result on the GUI thread. wait() lets a caller (switching article, closing) block
    until everything submitted has been written."""

    def __init__(self, parent: QObject | None = None, *, name: str = "store-writer") -> None:
        super().__init__(parent)
        from concurrent.futures import ThreadPoolExecutor

        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._relay = _Relay(self)
        self._futures: list[Any] = []
        self._closed = False

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        if self._closed:
            # A write asked for while the window is being torn down (a focus change as its
            # widgets go): done here and now rather than lost.
            try:
                result = work()
            except Exception as exc:  # noqa: BLE001 - handed to on_error, as from the thread
                on_error(exc)
            else:
                on_success(result)
            return
        future = self._executor.submit(work)
        self._futures.append((future, on_success, on_error))
        relay = self._relay
        future.add_done_callback(lambda _f: relay.post(self._deliver_finished))

    @property
    def busy(self) -> bool:
        return bool(self._futures)

    def wait(self) -> None:
        """Block until every submitted write has finished, and deliver their results now."""
        for future, _ok, _err in list(self._futures):
            future.exception()  # waits
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
        self._closed = True
        self._executor.shutdown(wait=True)


# -- calls that may hang ----------------------------------------------------------------------


class DetachedTasks(QObject):
    """Like TaskRunner, for calls that may wait on a site or the keyring (up to a network
    timeout): each runs on a daemon thread, so quitting never waits for a slow site. An answer
    that arrives after this object (and whoever asked) was deleted is dropped."""

    def __init__(self, parent: QObject | None = None, *, name: str = "site-call") -> None:
        super().__init__(parent)
        self._name = name
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

        thread = threading.Thread(
            target=_run_and_post,
            args=(work, relay, partial(finish, on_success), partial(finish, on_error)),
            name=self._name,
            daemon=True,
        )
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the calls running now (tests, quitting); True if
        they all ended."""
        deadline = time.monotonic() + timeout
        for thread in list(self._threads):
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in self._threads)


# -- newest wins ------------------------------------------------------------------------------


class LatestRunner(QObject):
    """submit(work) runs `work` on a single worker thread and delivers `finished(generation,
    result, error)` on the GUI thread. A request that is no longer the newest when the thread
    reaches it is skipped (delivered with no result and no error); one overtaken while it ran
    is delivered, and is_current(generation) says it is stale, for the caller to drop."""

    finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None, *, name: str = "latest") -> None:
        super().__init__(parent)
        from concurrent.futures import ThreadPoolExecutor

        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._lock = threading.Lock()
        self._newest = 0
        self._outstanding = 0
        self._relay = _Relay(self)
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
            if generation != self._newest:  # overtaken while queued: do not run it
                result, error = None, None
                self.skipped += 1
            else:
                try:
                    result, error = work(), None
                except Exception as exc:  # noqa: BLE001 - delivered to the GUI thread, which shows it
                    result, error = None, exc
            # If this object was deleted while the work ran, its relay went with it: post()
            # drops the answer.
            relay.post(partial(self._on_done, generation, result, error))

        self._executor.submit(run)
        return generation

    def invalidate(self) -> None:
        """Make every request submitted so far stale."""
        with self._lock:
            self._newest += 1

    def _on_done(self, generation: int, result: object, error: object) -> None:
        self._outstanding -= 1
        self.finished.emit(generation, result, error)

    def shutdown(self) -> None:
        """No new work, and the request running now has finished."""
        self._executor.shutdown(wait=True, cancel_futures=True)
