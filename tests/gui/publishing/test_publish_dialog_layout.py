"""The Publish dialog laid out at every state (a new post, one published, one scheduled, the site
offline): no choice overlaps another or is squeezed below its size; and "Schedule at" says the
time here and on the site, each with its zone (only here's when the site's zone is unknown)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, QRect, Qt
from PySide6.QtWidgets import QWidget

from tests.fakes.fake_site import FakeSite
from tests.fakes.publishing import add_destination, make_article
from tests.gui.helpers import ws_of
from tests.gui.publishing.publishing_helpers import job_in, open_publish, publish_now, show_article, wait_for
from workstation.domain.publishing import RemoteStatus
from workstation.store.publishing_repository import DestinationRepository
from workstation.ui.publishing.publish_dialog import KEEP, PublishDialog

LONG_HEADLINE = "City council approves new tram line through Södermalm after decade of debate"


@pytest.fixture(autouse=True)
def _utc_here(monkeypatch: pytest.MonkeyPatch):
    """This machine in UTC (as in the review), whatever the test machine's zone."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _winter_morning() -> datetime:
    """The next 2 December, 07:00 UTC: Stockholm is an hour ahead then (no summer time)."""
    now = datetime.now(UTC)
    moment = datetime(now.year, 12, 2, 7, 0, tzinfo=UTC)
    return moment if moment > now + timedelta(minutes=5) else moment.replace(year=now.year + 1)


def _geometry(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


def assert_laid_out(dialog: PublishDialog) -> None:
    """Every shown child of the status group: inside it, as large as it asks, overlapping none."""
    box = dialog.status_box
    shown = [w for w in box.findChildren(QWidget) if w.isVisibleTo(box) and w.parent() is box]
    assert len(shown) >= 5
    for widget in shown:
        name = widget.objectName()
        assert widget.width() >= widget.sizeHint().width(), name
        assert widget.height() >= widget.minimumSizeHint().height(), name
        assert box.rect().contains(widget.geometry()), name
    for i, first in enumerate(shown):
        for second in shown[i + 1 :]:
            overlap = _geometry(first, box).intersected(_geometry(second, box))
            assert overlap.isEmpty(), (first.objectName(), second.objectName())
    # The date and time take the rest of their row.
    schedule, radio = dialog.schedule_edit, dialog.radios[RemoteStatus.FUTURE.value]
    assert schedule.geometry().right() >= box.contentsRect().right() - 16
    assert schedule.width() > 2 * radio.width()
    # Nothing of the dialog is squeezed either.
    layout = dialog.layout()
    assert layout is not None
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width())


def _published(qtbot, window, site: FakeSite, tmp_path, status: RemoteStatus | None = None) -> int:
    ws = ws_of(window)
    article_id = make_article(ws, tmp_path, photo=False, headline=LONG_HEADLINE)
    if status is RemoteStatus.FUTURE:
        at = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=1)
        ws.outbox.publish(article_id, ws.destinations.list()[0].id, status, at)
        window.editing.publishing.worker.kick()
        wait_for(qtbot, lambda: bool(site.posts))
        show_article(window, article_id)
    else:
        publish_now(qtbot, window, article_id)
    return article_id


def test_a_new_post(qtbot, publishing_window, tmp_path) -> None:
    ws = ws_of(publishing_window)
    add_destination(ws)
    show_article(publishing_window, make_article(ws, tmp_path, photo=False))
    dialog = open_publish(qtbot, publishing_window)
    assert not dialog.radios[KEEP].isVisible()
    assert_laid_out(dialog)


def test_an_update_of_a_published_post(qtbot, publishing_window, site, tmp_path) -> None:
    add_destination(ws_of(publishing_window))
    _published(qtbot, publishing_window, site, tmp_path)
    dialog = open_publish(qtbot, publishing_window)
    assert dialog.radios[KEEP].isVisible()
    assert dialog.radios[KEEP].text() == "Keep the site's status (Published)"
    assert dialog.where_label.isVisible()
    assert_laid_out(dialog)
    dialog.radios[RemoteStatus.FUTURE.value].setChecked(True)  # rescheduling
    assert_laid_out(dialog)


def test_an_update_of_a_scheduled_post_starts_from_its_date(qtbot, publishing_window, site, tmp_path) -> None:
    add_destination(ws_of(publishing_window))
    _published(qtbot, publishing_window, site, tmp_path, RemoteStatus.FUTURE)
    dialog = open_publish(qtbot, publishing_window)
    wait_for(qtbot, lambda: "Scheduled" in dialog.radios[KEEP].text())
    (post,) = site.posts.values()
    assert post.date_gmt is not None
    assert dialog.scheduled_at() == post.date_gmt
    assert "for " in dialog.where_label.text()
    assert_laid_out(dialog)


def test_the_site_offline_and_its_zone_unknown(qtbot, publishing_window, site, tmp_path) -> None:
    ws = ws_of(publishing_window)
    destination_id = add_destination(ws)
    with ws.db.session() as session:
        DestinationRepository(session).update(destination_id, timezone="")
    site.password = "the site cannot be asked"
    show_article(publishing_window, make_article(ws, tmp_path, photo=False))
    dialog = open_publish(qtbot, publishing_window)
    dialog.radios[RemoteStatus.FUTURE.value].setChecked(True)
    moment = datetime.now(UTC).replace(hour=7, minute=0, second=0, microsecond=0) + timedelta(days=2)
    dialog.schedule_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
    wait_for(qtbot, lambda: destination_id in dialog._zone_asked)
    assert dialog.zone_text().startswith("07:00 here (")
    assert "on the site" not in dialog.zone_text()
    assert_laid_out(dialog)


def test_schedule_at_says_the_time_here_and_on_the_site(qtbot, publishing_window, tmp_path) -> None:
    ws = ws_of(publishing_window)
    add_destination(ws)  # the site said Europe/Stockholm when it was checked
    show_article(publishing_window, make_article(ws, tmp_path, photo=False))
    dialog = open_publish(qtbot, publishing_window)
    assert dialog.site_zone() == "Europe/Stockholm"
    dialog.radios[RemoteStatus.FUTURE.value].setChecked(True)
    moment = _winter_morning()
    dialog.schedule_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
    assert dialog.zone_text().startswith("07:00 here (")
    assert dialog.zone_text().endswith(" · 08:00 on the site (Europe/Stockholm)")
    assert dialog.zone_label.isEnabled()
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: job_in(publishing_window) is not None)
    (job,) = ws.outbox.jobs()
    assert job.scheduled_at == moment  # what is sent: the same moment, in UTC (date_gmt)


def test_a_site_without_a_stored_zone_is_asked_when_the_dialog_opens(
    qtbot, publishing_window, tmp_path
) -> None:
    ws = ws_of(publishing_window)
    destination_id = add_destination(ws)
    with ws.db.session() as session:
        DestinationRepository(session).update(destination_id, timezone="")
    show_article(publishing_window, make_article(ws, tmp_path, photo=False))
    dialog = open_publish(qtbot, publishing_window)
    wait_for(qtbot, lambda: dialog.site_zone() == "Europe/Stockholm")
    assert "on the site (Europe/Stockholm)" in dialog.zone_text()
    assert ws.destinations.get(destination_id).timezone == "Europe/Stockholm"  # kept for next time
