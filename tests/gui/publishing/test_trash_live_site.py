"""Moving an article that readers can see on a site to the Trash: the window says so and offers to
unpublish it (an outbox job, sent to the in-memory site: no network), to trash it only, or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.fakes.publishing import add_destination, make_article
from tests.gui.helpers import ws_of
from tests.gui.publishing.publishing_helpers import publish_now, wait_for
from workstation.domain.article import ArticleContent
from workstation.domain.publishing import JobAction, RemoteStatus
from workstation.domain.query import ArticleQuery
from workstation.ui.window.main_window import MainWindow
from workstation.ui.window.trash_commands import TRASH_ONLY, UNPUBLISH_AND_TRASH

WARNING = "“Hello world!” is published on Test Herald. Moving it to the Trash does not take it off the site."


def _live(qtbot, window: MainWindow, tmp_path) -> int:
    ws = ws_of(window)
    add_destination(ws, "Test Herald")
    article_id = make_article(ws, tmp_path, photo=False, headline="Hello world!")
    publish_now(qtbot, window, article_id)
    window.activateWindow()  # again: the Publish dialog had the keyboard
    wait_for(qtbot, lambda: QApplication.activeWindow() is window)
    window.list_pane.select_article(article_id)
    window.list_pane.table.setFocus()
    return article_id


def _del(window: MainWindow) -> None:
    QTest.keyClick(window.list_pane.table, Qt.Key.Key_Delete)


def _trashed(window: MainWindow) -> list[int]:
    return [s.id for s in ws_of(window).articles.list(ArticleQuery(trashed=True))]


def test_cancel_keeps_the_live_article_where_it_is(qtbot, publishing_window, site, prompts, tmp_path) -> None:
    article_id = _live(qtbot, publishing_window, tmp_path)
    prompts.answer("choose", None)
    _del(publishing_window)
    (asked,) = prompts.asked("choose")
    assert asked["title"] == "Still on the site"
    assert asked["message"] == WARNING
    assert list(asked["choices"]) == [UNPUBLISH_AND_TRASH, TRASH_ONLY]
    assert UNPUBLISH_AND_TRASH == "Unpublish and move to Trash"
    assert TRASH_ONLY == "Move to Trash only"
    assert _trashed(publishing_window) == []
    assert publishing_window.list_pane.current_article_id() == article_id
    assert not publishing_window.trash_commands.undo_offer.isVisible()


def test_move_to_trash_only_leaves_the_post_on_the_site(
    qtbot, publishing_window, site, prompts, tmp_path
) -> None:
    article_id = _live(qtbot, publishing_window, tmp_path)
    prompts.answer("choose", TRASH_ONLY)
    _del(publishing_window)
    assert _trashed(publishing_window) == [article_id]
    assert [job.action for job in ws_of(publishing_window).outbox.jobs()] == [JobAction.PUBLISH]
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.PUBLISH
    offer = publishing_window.trash_commands.undo_offer
    assert offer.label.text() == "Moved “Hello world!” to the Trash ·"


def test_unpublish_and_move_to_trash_queues_the_move_back_to_draft(
    qtbot, publishing_window, site, prompts, tmp_path
) -> None:
    article_id = _live(qtbot, publishing_window, tmp_path)
    ws = ws_of(publishing_window)
    prompts.answer("choose", UNPUBLISH_AND_TRASH)
    _del(publishing_window)
    assert _trashed(publishing_window) == [article_id]
    unpublish = [job for job in ws.outbox.jobs() if job.action is JobAction.UNPUBLISH]
    assert [(job.article_id, job.destination_name) for job in unpublish] == [(article_id, "Test Herald")]
    panel = publishing_window.editing.publishing.panel
    assert any(job.action is JobAction.UNPUBLISH for job in panel.model.jobs())  # the Outbox tab lists it
    assert publishing_window.trash_commands.undo_offer.label.text() == (
        "Moved “Hello world!” to the Trash and unpublished it ·"
    )
    (post,) = site.posts.values()
    wait_for(qtbot, lambda: site.posts[post.id].status is RemoteStatus.DRAFT)


def test_an_article_on_no_site_is_trashed_without_a_question(
    qtbot, publishing_window, site, prompts, tmp_path
) -> None:
    _live(qtbot, publishing_window, tmp_path)
    local = ws_of(publishing_window).articles.create(ArticleContent(headline="Only here"))
    publishing_window.signals.articles_changed.emit([local.id])
    publishing_window.list_pane.select_article(local.id)
    publishing_window.list_pane.table.setFocus()
    _del(publishing_window)
    assert prompts.asked("choose") == []
    assert _trashed(publishing_window) == [local.id]


def test_deleting_a_live_article_from_the_trash_says_the_post_stays(
    qtbot, publishing_window, site, prompts, tmp_path
) -> None:
    article_id = _live(qtbot, publishing_window, tmp_path)
    prompts.answer("choose", TRASH_ONLY)
    _del(publishing_window)
    table = publishing_window.list_pane.table
    QTest.keyClick(
        table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    publishing_window.list_pane.select_article(article_id)
    table.setFocus()
    prompts.answer("confirm", True)
    _del(publishing_window)
    (asked,) = prompts.asked("confirm")
    assert asked["message"] == (
        "“Hello world!” will be deleted with its history. This cannot be undone.\n\n"
        "“Hello world!” is published on Test Herald. Deleting it here does not take it off the site. "
        "Unpublish first (Publish › Unpublish) if readers should no longer see it."
    )
    assert ws_of(publishing_window).articles.count(ArticleQuery(trashed=True)) == 0
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.PUBLISH
