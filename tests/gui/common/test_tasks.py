"""The background-work policies of ui/common/tasks.py: where work runs, where its answer arrives,
in which order, and what happens when whoever asked is gone."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from workstation.ui.common.tasks import (
    DetachedTasks,
    LatestRunner,
    SerialWriter,
    TaskRunner,
    on_gui_thread,
)

GUI_THREAD = threading.get_ident()
WAIT_MS = 5_000


class Answers:
    """What came back, and on which thread."""

    def __init__(self) -> None:
        self.results: list[Any] = []
        self.errors: list[BaseException] = []
        self.threads: set[int] = set()

    def ok(self, value: Any) -> None:
        self.threads.add(threading.get_ident())
        self.results.append(value)

    def error(self, exc: BaseException) -> None:
        self.threads.add(threading.get_ident())
        self.errors.append(exc)


def fail(message: str) -> Callable[[], Any]:
    def work() -> Any:
        raise ValueError(message)

    return work


def delete_now(obj: QObject) -> None:
    obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(obj)


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """Work that waits on the gate runs until the test opens it (opened at the end anyway)."""
    event = threading.Event()
    yield event
    event.set()


# -- TaskRunner: the pool ---------------------------------------------------------------------


def test_the_pool_delivers_results_and_errors_on_the_gui_thread(qtbot, answers: Answers) -> None:
    runner = TaskRunner()
    workers: set[int] = set()

    def work() -> int:
        workers.add(threading.get_ident())
        return 42

    runner.run(work, answers.ok, answers.error)
    runner.run(fail("no store"), answers.ok, answers.error)
    assert runner.busy
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert answers.results == [42]
    assert [str(e) for e in answers.errors] == ["no store"]
    assert answers.threads == {GUI_THREAD}
    assert GUI_THREAD not in workers
    assert runner.wait_all()


def test_the_pool_drops_the_answer_of_a_runner_deleted_mid_task(
    qtbot, answers: Answers, gate: threading.Event
) -> None:
    runner = TaskRunner()
    runner.run(lambda: gate.wait(WAIT_MS / 1000), answers.ok, answers.error)
    delete_now(runner)
    gate.set()
    assert runner.wait_all()  # the pool outlives the runner
    qtbot.wait(50)
    assert answers.results == []
    assert answers.errors == []


def test_a_runner_with_threads_of_its_own_waits_for_its_work_only(
    qtbot, answers: Answers, gate: threading.Event
) -> None:
    shared = TaskRunner()
    own = TaskRunner(threads=1)
    shared.run(lambda: gate.wait(WAIT_MS / 1000), answers.ok, answers.error)
    own.run(lambda: "store", answers.ok, answers.error)
    assert own.wait_all(WAIT_MS)
    qtbot.waitUntil(lambda: answers.results == ["store"], timeout=WAIT_MS)
    assert shared.busy
    gate.set()
    qtbot.waitUntil(lambda: not shared.busy, timeout=WAIT_MS)


# -- SerialWriter: one ordered writer ---------------------------------------------------------


def test_the_writer_runs_writes_in_order_on_one_thread_and_delivers_them_in_order(
    qtbot, answers: Answers
) -> None:
    writer = SerialWriter()
    written: list[int] = []
    threads: set[int] = set()

    def write(n: int, seconds: float) -> Callable[[], int]:
        def work() -> int:
            time.sleep(seconds)
            threads.add(threading.get_ident())
            written.append(n)
            return n

        return work

    writer.run(write(1, 0.05), answers.ok, answers.error)
    writer.run(fail("disk full"), answers.ok, answers.error)
    writer.run(write(2, 0.0), answers.ok, answers.error)
    assert writer.busy
    qtbot.waitUntil(lambda: not writer.busy, timeout=WAIT_MS)
    assert written == [1, 2]
    assert answers.results == [1, 2]
    assert [str(e) for e in answers.errors] == ["disk full"]
    assert len(threads) == 1
    assert GUI_THREAD not in threads
    assert answers.threads == {GUI_THREAD}
    writer.shutdown()


def test_wait_blocks_until_every_write_is_done_and_delivers_now(answers: Answers) -> None:
    writer = SerialWriter()

    def slow_write(n: int) -> int:
        time.sleep(0.02)
        return n

    for n in range(3):
        writer.run(partial(slow_write, n), answers.ok, answers.error)
    writer.wait()  # no event loop: the results are delivered by wait() itself
    assert answers.results == [0, 1, 2]
    assert not writer.busy
    writer.shutdown()


def test_a_write_asked_for_after_shutdown_is_done_at_once_not_lost(answers: Answers) -> None:
    # A focus change while the window's widgets are deleted can still flush the autosave.
    writer = SerialWriter()
    writer.shutdown()
    writer.run(lambda: "written", answers.ok, answers.error)
    writer.run(fail("disk full"), answers.ok, answers.error)
    assert answers.results == ["written"]
    assert [str(e) for e in answers.errors] == ["disk full"]
    assert answers.threads == {GUI_THREAD}
    assert not writer.busy


# -- DetachedTasks: calls that may hang -------------------------------------------------------


def test_a_detached_call_never_blocks_and_its_answer_arrives_on_the_gui_thread(
    qtbot, answers: Answers, gate: threading.Event
) -> None:
    tasks = DetachedTasks()
    started = time.monotonic()
    tasks.run(lambda: gate.wait(WAIT_MS / 1000) and "site", answers.ok, answers.error)
    assert time.monotonic() - started < 0.5
    assert tasks.busy
    assert not tasks.wait(0.05)  # a site that hangs: waiting gives up
    names = {t.name: t.daemon for t in threading.enumerate()}
    assert names.get("site-call") is True  # a daemon: quitting never waits for it
    gate.set()
    assert tasks.wait(WAIT_MS / 1000)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT_MS)
    assert answers.results == ["site"]
    assert answers.threads == {GUI_THREAD}


def test_a_detached_call_reports_its_error(qtbot, answers: Answers) -> None:
    tasks = DetachedTasks(name="keyring-call")
    tasks.run(fail("keyring locked"), answers.ok, answers.error)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT_MS)
    assert [str(e) for e in answers.errors] == ["keyring locked"]


def test_a_detached_call_that_outlives_its_owner_calls_nobody_back(
    qtbot, answers: Answers, gate: threading.Event
) -> None:
    owner = QObject()
    tasks = DetachedTasks(owner)
    tasks.run(lambda: gate.wait(WAIT_MS / 1000) and "late", answers.ok, answers.error)
    tasks.run(lambda: (gate.wait(WAIT_MS / 1000), 1 / 0), answers.ok, answers.error)
    delete_now(owner)  # the window closed while the site was slow
    assert not shiboken6.isValid(tasks)
    gate.set()
    assert tasks.wait(WAIT_MS / 1000)
    qtbot.wait(100)  # the answers arrive, into a live relay, and go nowhere
    assert answers.results == []
    assert answers.errors == []


# -- on_gui_thread: progress from a worker ----------------------------------------------------


def test_progress_from_a_worker_arrives_in_order_on_the_gui_thread(qtbot) -> None:
    seen: list[tuple[str, int]] = []
    owner = QObject()

    def record(text: str) -> None:
        seen.append((text, threading.get_ident()))

    report = on_gui_thread(record, owner=owner)
    worker = threading.Thread(target=lambda: [report(f"step {n}") for n in range(5)])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=WAIT_MS)
    assert [text for text, _ in seen] == [f"step {n}" for n in range(5)]
    assert {thread for _, thread in seen} == {GUI_THREAD}


def test_progress_after_its_owner_is_deleted_is_dropped(qtbot) -> None:
    seen: list[str] = []
    owner = QObject()
    report = on_gui_thread(seen.append, owner=owner)
    report("before")
    qtbot.waitUntil(lambda: seen == ["before"], timeout=WAIT_MS)
    delete_now(owner)
    worker = threading.Thread(target=lambda: report("after"))
    worker.start()
    worker.join()
    qtbot.wait(100)
    assert seen == ["before"]


# -- LatestRunner: newest wins ----------------------------------------------------------------


def test_the_newest_request_wins(qtbot, gate: threading.Event) -> None:
    runner = LatestRunner(name="test-render")
    finished: list[tuple[int, object, object]] = []
    runner.finished.connect(lambda g, result, error: finished.append((g, result, error)))

    started = threading.Event()

    def slow_first() -> str:
        started.set()
        gate.wait(WAIT_MS / 1000)
        return "first"

    first = runner.submit(slow_first)
    # The others come while the first runs (not before its thread picks it up: then it too
    # would be overtaken before it started, and skipped).
    assert started.wait(WAIT_MS / 1000)
    second = runner.submit(lambda: "second")  # overtaken before it starts: skipped
    third = runner.submit(lambda: "third")
    assert (first, second, third) == (1, 2, 3)
    assert runner.newest == third
    assert runner.busy
    assert not runner.is_current(first)
    assert runner.is_current(third)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    # The first ran to the end (overtaken while it ran: delivered, for the caller to drop).
    assert finished == [(first, "first", None), (second, None, None), (third, "third", None)]
    assert runner.skipped == 1
    runner.shutdown()


def test_a_failed_request_delivers_its_error_and_invalidate_makes_it_stale(qtbot) -> None:
    runner = LatestRunner()
    finished: list[tuple[int, object, object]] = []
    runner.finished.connect(lambda g, result, error: finished.append((g, result, error)))
    generation = runner.submit(fail("bad template"))
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    [(g, result, error)] = finished
    assert (g, result) == (generation, None)
    assert isinstance(error, ValueError)
    assert runner.is_current(generation)
    runner.invalidate()
    assert not runner.is_current(generation)
    runner.shutdown()


def test_shutdown_lets_the_running_request_finish_and_cancels_the_queued(gate: threading.Event) -> None:
    runner = LatestRunner()
    ran: list[str] = []
    started = threading.Event()

    def running() -> None:
        started.set()
        gate.wait(WAIT_MS / 1000)
        ran.append("running")

    runner.submit(running)
    assert started.wait(WAIT_MS / 1000)  # running, so the next one is queued behind it
    runner.submit(lambda: ran.append("queued"))
    threading.Timer(0.05, gate.set).start()
    runner.shutdown()
    assert ran == ["running"]
    assert runner.skipped == 0  # cancelled, not reached


# -- the GIL and the GUI thread ---------------------------------------------------------------


def test_the_app_makes_workers_hand_the_gil_back_within_a_fraction_of_a_frame(qapp) -> None:
    import sys

    from workstation.app import _create_application
    from workstation.ui.common.tasks import GUI_SWITCH_INTERVAL_S

    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's default
    try:
        assert _create_application() is qapp
        assert sys.getswitchinterval() == pytest.approx(GUI_SWITCH_INTERVAL_S)
        assert GUI_SWITCH_INTERVAL_S <= 0.001
    finally:
        sys.setswitchinterval(before)
