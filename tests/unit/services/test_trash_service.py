"""TrashService on a real store publishing to the fake site: which articles readers can still see,
trashing with and without an unpublish, restoring, deleting for good."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.fakes.fake_site import FakeSite
from tests.fakes.publishing import add_destination, make_article, wire
from tests.unit.services.publishing.outbox_helpers import Clock
from workstation.domain.article import ArticleChanges
from workstation.domain.errors import NotFoundError, ValidationError
from workstation.domain.publishing import JobAction, JobState, RemoteStatus
from workstation.domain.query import ArticleQuery
from workstation.services.trash import LiveCopy
from workstation.services.workspace import Workspace, open_workspace


@pytest.fixture
def site() -> FakeSite:
    return FakeSite()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ws(data_dir: Path, site: FakeSite, clock: Clock) -> Iterator[Workspace]:
    workspace = open_workspace(data_dir, clock=clock)
    wire(workspace, site, clock)
    try:
        yield workspace
    finally:
        workspace.close()


def _published(ws: Workspace, tmp_path: Path, clock: Clock, headline: str, destination_id: int) -> int:
    article_id = make_article(ws, tmp_path, photo=False, headline=headline)
    ws.outbox.publish(article_id, destination_id)
    assert ws.outbox.run_due().sent == 1
    clock.advance(5)
    return article_id


def test_live_copies_name_each_site_where_readers_see_the_article(ws, tmp_path, clock) -> None:
    herald = add_destination(ws, "Test Herald")
    other = add_destination(ws, "Other Times")
    hello = _published(ws, tmp_path, clock, "Hello world!", herald)
    ws.outbox.publish(hello, other)
    ws.outbox.run_due()
    drafted = make_article(ws, tmp_path, photo=False, headline="Only a draft there")
    ws.outbox.publish(drafted, herald, RemoteStatus.DRAFT)
    ws.outbox.run_due()
    local = make_article(ws, tmp_path, photo=False, headline="On no site")
    scheduled = make_article(ws, tmp_path, photo=False, headline="Tomorrow")
    ws.outbox.publish(scheduled, herald, RemoteStatus.FUTURE, clock.now + timedelta(days=1))
    ws.outbox.run_due()
    ws.articles.update(hello, ArticleChanges(standfirst="Edited here since."))  # local_changes: still live

    copies = ws.trash.live_copies([local, drafted, hello, scheduled])
    assert copies == [
        LiveCopy(hello, "Hello world!", herald, "Test Herald", RemoteStatus.PUBLISH),
        LiveCopy(hello, "Hello world!", other, "Other Times", RemoteStatus.PUBLISH),
        LiveCopy(scheduled, "Tomorrow", herald, "Test Herald", RemoteStatus.FUTURE),
    ]


def test_move_to_trash_only_leaves_the_site_alone(ws, site, tmp_path, clock) -> None:
    herald = add_destination(ws, "Test Herald")
    hello = _published(ws, tmp_path, clock, "Hello world!", herald)
    assert ws.trash.move_to_trash([hello]) == []
    assert ws.articles.get(hello).is_trashed
    assert [job.action for job in ws.outbox.jobs()] == [JobAction.PUBLISH]
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.PUBLISH


def test_unpublish_and_move_to_trash_queues_the_move_back_to_draft(ws, site, tmp_path, clock) -> None:
    herald = add_destination(ws, "Test Herald")
    hello = _published(ws, tmp_path, clock, "Hello world!", herald)
    local = make_article(ws, tmp_path, photo=False, headline="On no site")
    status_before = ws.articles.get(hello).status

    jobs = ws.trash.move_to_trash([hello, local], unpublish=True)
    assert [(job.article_id, job.destination_id, job.action, job.state) for job in jobs] == [
        (hello, herald, JobAction.UNPUBLISH, JobState.QUEUED)
    ]
    assert ws.articles.count(ArticleQuery(trashed=True)) == 2
    assert ws.outbox.run_due().sent == 1
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.DRAFT
    # The site's status is the post's; the article's own (workflow) status is left as it was.
    assert ws.articles.get(hello).status is status_before
    assert ws.articles.get(hello).is_trashed  # the send does not take it out of the Trash
    assert ws.trash.live_copies([hello]) == []


def test_restore_and_delete(ws, tmp_path) -> None:
    first = make_article(ws, tmp_path, photo=False, headline="First")
    second = make_article(ws, tmp_path, photo=False, headline="Second")
    ws.trash.move_to_trash([first, second])
    ws.trash.restore([first])
    assert not ws.articles.get(first).is_trashed
    ws.trash.delete([second])
    with pytest.raises(NotFoundError):
        ws.articles.get(second)
    assert [s.id for s in ws.articles.list()] == [first]


def test_deleting_a_published_article_keeps_the_post_and_drops_its_jobs(ws, site, tmp_path, clock) -> None:
    herald = add_destination(ws, "Test Herald")
    hello = _published(ws, tmp_path, clock, "Hello world!", herald)
    ws.trash.move_to_trash([hello])
    ws.trash.delete([hello])
    assert ws.outbox.jobs() == []
    assert ws.outbox.publications(hello) == []
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.PUBLISH


def test_trashing_cancels_a_publish_still_waiting_so_the_site_never_gets_it(ws, site, tmp_path) -> None:
    herald = add_destination(ws, "Test Herald")
    article_id = make_article(ws, tmp_path, photo=False, headline="Not for the site")
    job = ws.outbox.publish(article_id, herald)  # not sent yet (the site is down, say)
    ws.trash.move_to_trash([article_id])
    assert ws.outbox.job(job.id).state is JobState.CANCELLED
    assert ws.outbox.run_due().sent == 0
    assert site.posts == {}


def test_delete_waits_for_a_queued_unpublish_so_the_post_does_not_stay_up(ws, site, tmp_path, clock) -> None:
    herald = add_destination(ws, "Test Herald")
    hello = _published(ws, tmp_path, clock, "Hello world!", herald)
    (unpublish,) = ws.trash.move_to_trash([hello], unpublish=True)  # not sent yet
    with pytest.raises(
        ValidationError, match="“Hello world!” cannot be deleted yet: its unpublish on Test Herald"
    ):
        ws.trash.delete([hello])
    assert ws.articles.get(hello).is_trashed  # nothing deleted, the job kept
    assert ws.outbox.job(unpublish.id).state is JobState.QUEUED
    assert ws.outbox.run_due().sent == 1
    ws.trash.delete([hello])
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.DRAFT
    with pytest.raises(NotFoundError):
        ws.articles.get(hello)
