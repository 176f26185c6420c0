"""The Outbox tab and its worker: jobs sent in the background, retry and cancel, a GUI that keeps ticking,
quitting mid-send."""

from __future__ import annotations

import gc
import itertools
import time
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QWidget,
)

from tests.fakes.fake_site import FakeSite
from tests.fakes.publishing import add_destination, make_article, wire
from tests.gui.helpers import ws_of
from tests.gui.publishing.publishing_helpers import assert_named, job_in, wait_for
from workstation.domain.publishing import JobAction, JobState, OutboxJob
from workstation.services.publishing.errors import TransientError
from workstation.services.workspace import open_workspace
from workstation.ui.publishing.jobs_model import PROGRESS_ROLE, STEP, OutboxJobModel
from workstation.ui.window.main_window import MainWindow


def test_retry_and_cancel(qtbot, publishing_window, site: FakeSite, tmp_path) -> None:
    ws = ws_of(publishing_window)
    destination_id = add_destination(ws)
    site.fail("create_post", TransientError("503 Service Unavailable (an HTML page)"))
    first = make_article(ws, tmp_path, photo=False)
    ws.outbox.publish(first, destination_id)
    publishing_window.editing.publishing.worker.kick()
    wait_for(qtbot, lambda: job_in(publishing_window, JobState.RETRYING) is not None)
    panel = publishing_window.editing.publishing.panel
    job = job_in(publishing_window, JobState.RETRYING)
    assert job is not None
    panel.select_job(job.id)
    assert "503 Service Unavailable" in panel.details.toPlainText()
    assert "503" in str(panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    assert publishing_window.side_tabs.tabText(publishing_window.side_tabs.indexOf(panel)) == "Outbox (1)"
    assert panel.retry_button.isEnabled()
    assert panel.cancel_button.isEnabled()
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: job_in(publishing_window, JobState.DONE) is not None)
    assert len(site.posts) == 1
    assert publishing_window.side_tabs.tabText(publishing_window.side_tabs.indexOf(panel)) == "Outbox"

    site.fail("create_post", TransientError("timed out"))
    second = make_article(ws, tmp_path, photo=False, headline="Another story")
    ws.outbox.publish(second, destination_id)
    publishing_window.editing.publishing.worker.kick()
    wait_for(qtbot, lambda: job_in(publishing_window, JobState.RETRYING) is not None)
    job = job_in(publishing_window, JobState.RETRYING)
    assert job is not None
    panel.select_job(job.id)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: job_in(publishing_window, JobState.CANCELLED) is not None)
    assert not panel.cancel_button.isEnabled()
    assert not panel.retry_button.isEnabled()
    assert len(site.posts) == 1


def test_the_outbox_shows_an_empty_state_and_its_model_passes_qtmodeltester(
    qtbot, qtmodeltester, publishing_window
) -> None:
    panel = publishing_window.editing.publishing.panel
    assert panel.objectName() == "outboxPanel"
    assert panel.empty_label.isVisibleTo(panel)
    assert "No jobs in the outbox" in panel.empty_label.text()
    now = datetime.now(UTC)
    jobs = [
        OutboxJob(1, 1, 1, JobAction.PUBLISH, JobState.DONE, now, now, step="Published: https://x/?p=1"),
        OutboxJob(2, 2, 1, JobAction.PUBLISH, JobState.SENDING, now, now, bytes_sent=50, bytes_total=100),
        OutboxJob(3, 3, 1, JobAction.TRASH, JobState.FAILED, now, now, last_error="403 rest_forbidden"),
    ]
    model = OutboxJobModel()
    model.set_jobs(jobs)
    qtmodeltester.check(model)
    model.update_job(OutboxJob(4, 4, 1, JobAction.UNPUBLISH, JobState.QUEUED, now, now))
    qtmodeltester.check(model)
    assert model.data(model.index(2, STEP), PROGRESS_ROLE) == pytest.approx(0.5)
    assert model.attention_count() == 3
    panel.set_jobs(jobs)
    assert panel.view.isVisibleTo(panel)
    for name in ("outboxView", "retryJobButton", "cancelJobButton", "resolveConflictButton"):
        assert panel.findChild(QWidget, name) is not None
    assert_named(panel)


@pytest.mark.timing
def test_the_gui_keeps_ticking_while_a_photo_uploads(qtbot, data_dir, prompts, slow_site, tmp_path) -> None:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):  # its first paint
        window.show()
    ws = open_workspace(data_dir)
    wire(ws, slow_site)
    window.attach_workspace(ws)
    try:
        destination_id = add_destination(ws)
        article_id = make_article(ws, tmp_path, photo=True)
        ws.outbox.publish(article_id, destination_id)
        ticks: list[float] = []
        progress: list[float] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        model = window.editing.publishing.panel.model

        def seen() -> None:
            for row in range(model.rowCount()):
                value = model.data(model.index(row, STEP), PROGRESS_ROLE)
                if value is not None:
                    progress.append(value)

        model.dataChanged.connect(lambda *_a: seen())
        # The window's own start-up work is done: the outbox's first run and the job list it
        # loads (attach_workspace starts both; the Preview tab is hidden, so no page is made).
        wait_for(qtbot, lambda: not window.tasks.busy and not window.editing.publishing.worker.running)
        # A full collection of the test process's heap (every test module, Chromium's wrappers)
        # takes about 100 ms on its own; freeze it so the outbox's own work is what is timed.
        gc.collect()
        gc.freeze()
        timer.start()
        window.editing.publishing.worker.kick()
        # Waits on the panel's model: a store query from the GUI thread here would be timed too.
        wait_for(qtbot, lambda: job_in(window, JobState.DONE) is not None, timeout=10000)
        timer.stop()
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        assert len(ticks) > 30
        assert max(gaps) < 0.1, max(gaps)  # the budget is 50 ms; slack for a busy CI machine
        assert progress
        assert 0 <= min(progress) < 1
    finally:
        gc.unfreeze()
        window.close()
        window.deleteLater()


@pytest.mark.timing
def test_closing_while_sending_does_not_hang(qtbot, data_dir, prompts, slow_site, tmp_path) -> None:
    slow_site.upload_seconds = 4.0
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    ws = open_workspace(data_dir)
    wire(ws, slow_site)
    window.attach_workspace(ws)
    destination_id = add_destination(ws)
    ws.outbox.publish(make_article(ws, tmp_path, photo=True), destination_id)
    worker = window.editing.publishing.worker
    # Closed once the photo's upload is under way: the step that starts it reports its size.
    with qtbot.waitSignal(worker.job_changed, check_params_cb=lambda job: job.progress is not None):
        worker.kick()
    assert worker.running
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2.5
    window.deleteLater()


def test_the_worker_plans_its_next_run_while_jobs_wait(qtbot, publishing_window, site, tmp_path) -> None:
    ws = ws_of(publishing_window)
    destination_id = add_destination(ws)
    site.fail("create_post", TransientError("connection reset"))
    ws.outbox.publish(make_article(ws, tmp_path, photo=False), destination_id)
    worker = publishing_window.editing.publishing.worker
    worker.kick()
    wait_for(qtbot, lambda: job_in(publishing_window, JobState.RETRYING) is not None and not worker.running)
    assert 0 < worker.wake_interval() <= 60_000
