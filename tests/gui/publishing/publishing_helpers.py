"""Helpers for the publishing UI tests: a slow site, and the window's publishing dialogs opened
and driven as an editor would (the in-memory site, its wiring and the article the tests send are
in tests/fakes/)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from tests.fakes.fake_site import FakePublisher, FakeSite
from tests.fakes.publishing import SITE_URL, add_destination, make_article
from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleChanges
from workstation.domain.publishing import JobState, OutboxJob
from workstation.ui.publishing.conflict_dialog import ConflictDialog
from workstation.ui.publishing.destinations_dialog import DestinationsDialog
from workstation.ui.publishing.publish_dialog import PublishDialog
from workstation.ui.window.main_window import MainWindow


class SlowPublisher(FakePublisher):
    """Uploads take `site.upload_seconds`, reporting progress in ten steps."""

    def upload_media(self, data: bytes, filename: str, mime: str, progress: Any = None) -> Any:
        site = self.site
        assert isinstance(site, SlowSite)
        steps = 10
        for step in range(steps):
            time.sleep(site.upload_seconds / steps)
            if progress is not None:
                progress(len(data) * step // steps, len(data))
        return super().upload_media(data, filename, mime, progress)


class SlowSite(FakeSite):
    upload_seconds: float = 0.5

    def publisher(
        self,
        api_root: str,
        username: str,
        password: str | None,
        *,
        allow_plain_http: bool = False,
        trust: object = None,
    ) -> FakePublisher:
        return SlowPublisher(self, password)


def show_article(window: MainWindow, article_id: int) -> None:
    window.signals.articles_changed.emit([article_id])
    window.list_pane.select_article(article_id)
    assert window.editing.editor.article_id == article_id


def wait_for(qtbot, condition: Callable[[], bool], timeout: int = 5000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)


KINDS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QTextBrowser)


def assert_named(root: QWidget) -> None:
    unnamed = []
    for kind in KINDS:
        for widget in root.findChildren(kind):
            parent = widget.parent()
            inside = isinstance(parent, QComboBox) or (
                parent is not None and isinstance(parent.parent(), QComboBox)
            )
            if widget.objectName().startswith("qt_") or inside:
                continue
            if not widget.objectName() or not widget.accessibleName():
                where = parent.objectName() if parent else "-"
                unnamed.append(f"{type(widget).__name__} {widget.objectName()!r} in {where}")
    assert unnamed == []


def open_destinations(window: MainWindow) -> DestinationsDialog:
    window.commands.destinations.trigger()
    dialog = window.editing.publishing.dialog
    assert isinstance(dialog, DestinationsDialog)
    return dialog


def open_publish(qtbot, window: MainWindow) -> PublishDialog:
    window.commands.publish.trigger()
    dialog = window.editing.publishing.dialog
    assert isinstance(dialog, PublishDialog)
    wait_for(qtbot, lambda: dialog._context is not None and not dialog._busy)
    return dialog


def job_in(window: MainWindow, state: JobState | None = None) -> OutboxJob | None:
    jobs = window.editing.publishing.panel.model.jobs()
    if state is not None:
        jobs = [j for j in jobs if j.state is state]
    return jobs[0] if jobs else None


def publish_now(qtbot, window: MainWindow, article_id: int) -> OutboxJob:
    show_article(window, article_id)
    dialog = open_publish(qtbot, window)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: job_in(window, JobState.DONE) is not None)
    job = job_in(window, JobState.DONE)
    assert job is not None
    return job


def fill_destination(dialog: DestinationsDialog, password: str, name: str = "Herald") -> None:
    dialog.name_edit.setText(name)
    dialog.url_edit.setText(SITE_URL)
    dialog.user_edit.setText("editor")
    dialog.password_edit.setText(password)


def make_conflict(qtbot, window: MainWindow, site: FakeSite, tmp_path: Path) -> tuple[int, OutboxJob]:
    ws = ws_of(window)
    add_destination(ws)
    article_id = make_article(ws, tmp_path, photo=False)
    done = publish_now(qtbot, window, article_id)
    (post,) = site.posts.values()
    site.edit_on_site(post.id, title="Kim Orders More Drones", content="<p>Edited on the site.</p>")
    ws.articles.update(article_id, ArticleChanges(headline="Kim Orders Drones Today"))
    window.editing.reload_article(ws.articles.get(article_id))
    ws.outbox.publish(article_id, done.destination_id)
    window.editing.publishing.worker.kick()
    wait_for(qtbot, lambda: job_in(window, JobState.CONFLICT) is not None)
    job = job_in(window, JobState.CONFLICT)
    assert job is not None
    return article_id, job


def open_conflict(qtbot, window: MainWindow, job: OutboxJob) -> ConflictDialog:
    panel = window.editing.publishing.panel
    panel.select_job(job.id)
    assert panel.resolve_button.isEnabled()
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    dialog = window.editing.publishing.dialog
    assert isinstance(dialog, ConflictDialog)
    wait_for(qtbot, lambda: bool(dialog.diff_html()))
    return dialog
