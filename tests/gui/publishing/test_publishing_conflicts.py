"""Conflicts and passwords in the window: the conflict dialog's three choices, one notice for a refused
password."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.fakes.publishing import add_destination, make_article
from tests.gui.helpers import ws_of
from tests.gui.publishing.publishing_helpers import (
    assert_named,
    make_conflict,
    open_conflict,
    wait_for,
)
from workstation.domain.publishing import JobState
from workstation.ui.publishing.password_dialog import PasswordDialog


def test_conflict_keep_mine_overwrites_the_site(qtbot, publishing_window, site, tmp_path) -> None:
    _article_id, job = make_conflict(qtbot, publishing_window, site, tmp_path)
    (post,) = site.posts.values()
    assert post.title == "Kim Orders More Drones"  # nothing was written
    dialog = open_conflict(qtbot, publishing_window, job)
    assert dialog.objectName() == "conflictDialog"
    assert "Edited on the site." in dialog.remote_view.toPlainText()
    assert "More" in dialog.diff_html()
    assert "Today" in dialog.diff_html()
    assert_named(dialog)
    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: site.posts[post.id].title == "Kim Orders Drones Today", timeout=8000)
    wait_for(qtbot, lambda: ws_of(publishing_window).outbox.job(job.id).state is JobState.DONE)


def test_conflict_take_theirs_changes_the_article(qtbot, publishing_window, site, tmp_path) -> None:
    article_id, job = make_conflict(qtbot, publishing_window, site, tmp_path)
    dialog = open_conflict(qtbot, publishing_window, job)
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    wait_for(
        qtbot, lambda: ws_of(publishing_window).articles.get(article_id).headline == "Kim Orders More Drones"
    )
    assert "Edited on the site." in ws_of(publishing_window).articles.get(article_id).body
    wait_for(qtbot, lambda: publishing_window.editing.editor.headline_edit.text() == "Kim Orders More Drones")
    (post,) = site.posts.values()
    assert post.title == "Kim Orders More Drones"  # the site was not written
    assert ws_of(publishing_window).outbox.job(job.id).state is JobState.CANCELLED


def test_conflict_edit_and_retry_leaves_the_job_for_retry(qtbot, publishing_window, site, tmp_path) -> None:
    _article_id, job = make_conflict(qtbot, publishing_window, site, tmp_path)
    dialog = open_conflict(qtbot, publishing_window, job)
    dialog.edit_button.click()
    wait_for(qtbot, lambda: ws_of(publishing_window).outbox.job(job.id).state is JobState.FAILED)
    panel = publishing_window.editing.publishing.panel
    wait_for(qtbot, lambda: panel.retry_button.isEnabled())


def test_a_refused_password_prompts_once_with_a_notice(qtbot, publishing_window, site, tmp_path) -> None:
    ws = ws_of(publishing_window)
    destination_id = add_destination(ws)
    site.password = "changed on the site"
    for n in range(2):
        ws.outbox.publish(make_article(ws, tmp_path, photo=False, headline=f"Story {n}"), destination_id)
    publishing_window.editing.publishing.worker.kick()
    wait_for(
        qtbot,
        lambda: (
            len([j for j in ws_of(publishing_window).outbox.jobs() if j.state is JobState.NEEDS_CREDENTIALS])
            == 2
        ),
    )
    notice = publishing_window.editing.publishing.notice
    wait_for(qtbot, notice.isVisible)
    assert "Herald needs the application password (2 jobs wait)" in notice.label.text()
    assert publishing_window.findChildren(PasswordDialog) == []  # no modal storm
    assert_named(notice)
    site.password = "changed on the site"
    qtbot.mouseClick(notice.enter_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: isinstance(publishing_window.editing.publishing.dialog, PasswordDialog))
    dialog = publishing_window.editing.publishing.dialog
    assert isinstance(dialog, PasswordDialog)
    dialog.password_edit.setText("changed on the site")
    dialog.save_button.click()
    wait_for(qtbot, lambda: len(site.posts) == 2, timeout=8000)
    assert not notice.isVisible()
