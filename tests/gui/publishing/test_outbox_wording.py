"""The Outbox's words: the header never says "All sent" after a cancel, a resolved conflict
reads as resolved, a job that stopped says why and when it goes again (not the step it was
on), the detail waits behind Details, and at 1366x768 no headline or step is cut short."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from tests.fakes.fake_site import FakeSite
from tests.fakes.local_servers import closed_port
from tests.fakes.publishing import add_destination, make_article
from tests.gui.helpers import ws_of
from tests.gui.publishing.publishing_helpers import (
    job_in,
    make_conflict,
    open_conflict,
    show_article,
    wait_for,
)
from workstation.domain.publishing import JobState, OutboxJob
from workstation.services.publishing.errors import PublishError
from workstation.services.publishing.wordpress_client import WordPressClient
from workstation.ui.publishing.jobs_model import ARTICLE, STATE, STEP, OutboxJobModel
from workstation.ui.publishing.outbox_panel import DETAILS_ANCHOR
from workstation.ui.window.window_state import DEFAULT_SHARES

LONG_HEADLINE = "City council approves new tram line through Södermalm after a decade of debate"


def _cell(model: OutboxJobModel, job: OutboxJob, column: int) -> str:
    return str(model.data(model.index(model.row_of(job.id), column)))


def _refused() -> PublishError:
    """What the client raises for a site that is down (a real refused connection)."""
    client = WordPressClient(f"http://127.0.0.1:{closed_port()}/wp-json/", "editor", "secret")
    try:
        client.get("/wp/v2/posts")
    except PublishError as exc:
        return exc
    finally:
        client.close()
    raise AssertionError("a closed port answered")


def test_after_a_cancel_the_header_says_nothing_waits_not_all_sent(
    qtbot, publishing_window, site, tmp_path
) -> None:
    ws = ws_of(publishing_window)
    site.fail("create_post", _refused(), times=50)
    ws.outbox.publish(make_article(ws, tmp_path, photo=False), add_destination(ws))
    publishing_window.editing.publishing.worker.kick()
    wait_for(qtbot, lambda: job_in(publishing_window, JobState.RETRYING) is not None)
    panel = publishing_window.editing.publishing.panel
    assert panel.status_label.text() == "1 to send"
    job = job_in(publishing_window, JobState.RETRYING)
    assert job is not None
    panel.select_job(job.id)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: job_in(publishing_window, JobState.CANCELLED) is not None)
    assert panel.status_label.text() == "Nothing waiting · 1 cancelled"
    assert "All sent" not in panel.status_label.text()


def test_a_job_waiting_to_retry_says_why_and_when_and_hides_the_detail(
    qtbot, publishing_window, site: FakeSite, tmp_path
) -> None:
    ws = ws_of(publishing_window)
    site.fail("create_post", _refused(), times=50)
    ws.outbox.publish(make_article(ws, tmp_path, photo=False), add_destination(ws, "Test Herald"))
    publishing_window.editing.publishing.worker.kick()
    wait_for(qtbot, lambda: job_in(publishing_window, JobState.RETRYING) is not None)
    panel = publishing_window.editing.publishing.panel
    job = job_in(publishing_window, JobState.RETRYING)
    assert job is not None
    step = _cell(panel.model, job, STEP)
    assert step.startswith("Test Herald is not answering. Retrying at ")
    assert "keyring" not in step  # not the step it was on when the site did not answer
    assert "Errno" not in step
    assert "Retrying at" in panel.cards.card_html(job)
    panel.select_job(job.id)
    details = panel.details.toPlainText()
    assert "Test Herald is not answering." in details
    assert "Connection refused" not in details  # behind Details
    panel.details.anchorClicked.emit(QUrl(DETAILS_ANCHOR))
    assert panel.detail_shown()
    assert "Connection refused" in panel.details.toPlainText()
    panel.details.anchorClicked.emit(QUrl(DETAILS_ANCHOR))
    assert "Connection refused" not in panel.details.toPlainText()


def test_take_theirs_reads_resolved_not_cancelled(qtbot, publishing_window, site, tmp_path) -> None:
    _article_id, job = make_conflict(qtbot, publishing_window, site, tmp_path)
    panel = publishing_window.editing.publishing.panel
    step = _cell(panel.model, job, STEP)
    assert "keyring" not in step
    assert step.startswith("Not sent: the post was changed on the site")
    dialog = open_conflict(qtbot, publishing_window, job)
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: _cell(panel.model, job, STATE) != "Conflict")
    assert _cell(panel.model, job, STATE) == "Resolved: took the site's version"
    panel.select_job(job.id)
    assert "Resolved: took the site's version" in panel.details.toPlainText()
    assert "Cancelled" not in panel.details.toPlainText()
    assert panel.status_label.text() == "Nothing waiting · 1 conflict resolved"


def test_keep_mine_reads_resolved_once_sent(qtbot, publishing_window, site, tmp_path) -> None:
    _article_id, job = make_conflict(qtbot, publishing_window, site, tmp_path)
    panel = publishing_window.editing.publishing.panel
    dialog = open_conflict(qtbot, publishing_window, job)
    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: ws_of(publishing_window).outbox.job(job.id).state is JobState.DONE, timeout=8000)
    wait_for(qtbot, lambda: _cell(panel.model, job, STATE) == "Resolved: kept this copy")
    assert panel.status_label.text() == "All sent"


def test_long_headlines_and_steps_are_whole_at_1366x768(qtbot, publishing_window, site, tmp_path) -> None:
    publishing_window.resize(1366, 768)
    # As on a laptop's first start: list, editor and side panel in their default shares.
    publishing_window.splitter.setSizes([round(1366 * share) for share in DEFAULT_SHARES])
    ws = ws_of(publishing_window)
    site.fail("create_post", _refused(), times=50)
    article_id = make_article(ws, tmp_path, photo=False, headline=LONG_HEADLINE)
    show_article(publishing_window, article_id)
    ws.outbox.publish(article_id, add_destination(ws))
    publishing_window.editing.publishing.worker.kick()
    publishing_window.editing.publishing.show_outbox()
    wait_for(qtbot, lambda: job_in(publishing_window, JobState.RETRYING) is not None)
    panel = publishing_window.editing.publishing.panel
    view = panel.view
    job = job_in(publishing_window, JobState.RETRYING)
    assert job is not None
    row = panel.model.row_of(job.id)
    index = panel.model.index(row, ARTICLE)
    wait_for(qtbot, lambda: view.columnWidth(ARTICLE) < 420)  # the side panel: a quarter of the window
    width = view.columnWidth(ARTICLE)
    # The test means something: one line of the panel cannot hold the headline.
    assert view.fontMetrics().horizontalAdvance(LONG_HEADLINE) > width
    card = panel.cards.card_html(job)
    assert LONG_HEADLINE in card  # whole, wrapped: no "…"
    needed = panel.cards.sizeHint(_option(view, index), index)
    wait_for(qtbot, lambda: view.rowHeight(row) >= needed.height())  # the card is not clipped
    tip = str(panel.model.data(index, Qt.ItemDataRole.ToolTipRole))
    assert tip.splitlines()[0] == LONG_HEADLINE  # and the tooltip has it whole too
    step_tip = str(panel.model.data(panel.model.index(row, STEP), Qt.ItemDataRole.ToolTipRole))
    assert step_tip.splitlines()[0] == _cell(panel.model, job, STEP)


def _option(view: QTableView, index: QModelIndex) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.font = view.font()
    return option
