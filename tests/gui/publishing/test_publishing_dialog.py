"""The Publish dialog: checks that block, the site and status chosen, schedules in UTC, errors shown
inline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt

from tests.fakes.fake_site import FakeSite
from tests.fakes.publishing import add_destination, make_article
from tests.gui.helpers import ws_of
from tests.gui.publishing.publishing_helpers import (
    assert_named,
    job_in,
    open_publish,
    publish_now,
    show_article,
    wait_for,
)
from workstation.domain.article import ArticleContent
from workstation.domain.publishing import JobState, RemoteStatus
from workstation.ui.articles.list_model import SITE, STATUS
from workstation.ui.publishing.publish_dialog import KEEP


def test_the_publish_dialog_is_disabled_while_checks_block_and_a_check_leads_to_the_field(
    qtbot, publishing_window
) -> None:
    ws = ws_of(publishing_window)
    add_destination(ws)
    article = ws.articles.create(ArticleContent())
    show_article(publishing_window, article.id)
    dialog = open_publish(qtbot, publishing_window)
    assert dialog.objectName() == "publishDialog"
    assert not dialog.publish_button.isEnabled()
    fields = dialog.checks.fields()
    assert "headline" in fields
    assert "body" in fields
    assert_named(dialog)
    row = fields.index("headline")
    item = dialog.checks.list.item(row)
    dialog.checks.list.itemClicked.emit(item)
    wait_for(qtbot, lambda: publishing_window.editing.publishing.dialog is None)
    editor = publishing_window.editing.editor
    wait_for(qtbot, lambda: publishing_window.focusWidget() is editor.headline_edit)


def test_publish_queues_a_job_the_worker_sends_and_the_article_shows_where(
    qtbot, publishing_window, site: FakeSite, tmp_path
) -> None:
    ws = ws_of(publishing_window)
    add_destination(ws)
    article_id = make_article(ws, tmp_path, photo=True)
    show_article(publishing_window, article_id)
    dialog = open_publish(qtbot, publishing_window)
    assert dialog.publish_button.isEnabled()
    assert not dialog.radios[KEEP].isVisible()
    assert dialog.radios[RemoteStatus.PUBLISH.value].isChecked()
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: job_in(publishing_window, JobState.DONE) is not None)
    (post,) = site.posts.values()
    assert post.title == "Kim Orders Drones"
    assert post.status is RemoteStatus.PUBLISH
    assert len(site.media) == 1
    panel = publishing_window.editing.publishing.panel
    job = job_in(publishing_window)
    assert job is not None
    panel.select_job(job.id)
    assert panel.model.data(panel.model.index(0, 3)) == "Done"
    assert post.link in panel.details.toPlainText()
    assert panel.open_button.isEnabled()
    assert not panel.retry_button.isEnabled()
    # The bar above the editor: status, times, the link; the menu's actions follow.
    bar = publishing_window.editing.publishing.bar
    # (While it is sent the bar shows "Sending"; once sent, where it is.)
    wait_for(qtbot, lambda: bar.isVisible() and "Herald: Published" in " ".join(bar.texts()))
    assert bar.objectName() == "publicationBar"
    text = bar.texts()[0]
    assert "Herald: Published" in text
    assert "Published " in text
    assert post.link in text
    assert publishing_window.commands.open_in_browser.isEnabled()
    assert publishing_window.commands.unpublish.isEnabled()
    # The site's status is the site's: the article's Status (the workflow's) stays as it was,
    # and the list's Site column has the marker.
    model = publishing_window.list_model
    row = model.row_of(article_id)
    wait_for(qtbot, lambda: model.site_states(article_id) != ())
    assert publishing_window.editing.editor.status_picker.currentData() == "draft"
    assert model.data(model.index(row, STATUS)) == "Draft"
    site_cell = model.data(model.index(row, SITE), Qt.ItemDataRole.ToolTipRole)
    assert site_cell == "Herald: Published · In sync with the site"
    assert publishing_window.settings.value("publish/last_destination") is not None


def test_an_update_keeps_the_sites_status_by_default(qtbot, publishing_window, site, tmp_path) -> None:
    ws = ws_of(publishing_window)
    add_destination(ws)
    article_id = make_article(ws, tmp_path, photo=False)
    publish_now(qtbot, publishing_window, article_id)
    dialog = open_publish(qtbot, publishing_window)
    assert dialog.radios[KEEP].isVisible()
    assert dialog.radios[KEEP].isChecked()
    assert "Published" in dialog.radios[KEEP].text()
    assert dialog.publish_button.text() == "Update"
    assert dialog.requested() == (None, None)
    assert "published there" in dialog.destination_combo.currentText()


def test_schedule_takes_local_time_and_asks_for_utc(qtbot, publishing_window, tmp_path) -> None:
    ws = ws_of(publishing_window)
    add_destination(ws)
    show_article(publishing_window, make_article(ws, tmp_path, photo=False))
    dialog = open_publish(qtbot, publishing_window)
    assert not dialog.schedule_edit.isEnabled()
    dialog.radios[RemoteStatus.FUTURE.value].setChecked(True)
    assert dialog.schedule_edit.isEnabled()
    moment = datetime.now(UTC).replace(microsecond=0, second=0) + timedelta(days=2)
    dialog.schedule_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
    status, at = dialog.requested()
    assert status is RemoteStatus.FUTURE
    assert at == moment
    assert at.tzinfo is UTC
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: job_in(publishing_window) is not None)
    job = ws_of(publishing_window).outbox.jobs()[0]
    assert job.requested_status is RemoteStatus.FUTURE
    assert job.scheduled_at == moment


def test_a_validation_error_is_shown_in_the_dialog(qtbot, publishing_window, tmp_path) -> None:
    ws = ws_of(publishing_window)
    add_destination(ws)
    show_article(publishing_window, make_article(ws, tmp_path, photo=False))
    dialog = open_publish(qtbot, publishing_window)
    dialog.radios[RemoteStatus.FUTURE.value].setChecked(True)
    dialog.set_scheduled_at(datetime.now(UTC) + timedelta(seconds=5))
    dialog.publish_button.click()
    wait_for(qtbot, lambda: dialog.message.isVisible())
    assert dialog.message.text().startswith("At: schedule at least a minute ahead")
    assert publishing_window.editing.publishing.dialog is dialog
