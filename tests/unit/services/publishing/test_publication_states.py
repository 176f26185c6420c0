"""OutboxService's publication states on a real store: publish, edit, send, retry, conflict,
resolve, fail; the list's needs-attention filter agrees with the per-article states."""

from __future__ import annotations

from tests.fakes.publishing import add_destination, make_article
from workstation.domain.article import ArticleChanges
from workstation.domain.publication_state import PublicationState, SiteState
from workstation.domain.query import ArticleQuery
from workstation.services.publishing.errors import CredentialsError, PermanentError, TransientError
from workstation.services.workspace import Workspace


def state_of(ws: Workspace, article_id: int) -> SiteState:
    (state,) = ws.outbox.publication_states(article_id)
    return state


def published(ws, tmp_path, clock, **kwargs) -> tuple[int, int]:
    article_id = make_article(ws, tmp_path, **kwargs)
    destination_id = add_destination(ws) if not ws.destinations.list() else ws.destinations.list()[0].id
    ws.outbox.publish(article_id, destination_id)
    assert ws.outbox.run_due().sent == 1
    clock.advance(5)
    return article_id, destination_id


def edit(ws, clock, article_id: int, **changes) -> None:
    ws.articles.update(article_id, ArticleChanges(**changes))
    clock.advance(5)


def attention(ws) -> list[int]:
    listed = [s.id for s in ws.articles.list(ArticleQuery(needs_attention=True))]
    assert sorted(listed) == ws.outbox.attention_ids()  # the list's SQL and the service agree
    return sorted(listed)


def test_an_article_on_no_site_has_no_state(ws, tmp_path):
    article_id = make_article(ws, tmp_path)
    assert ws.outbox.publication_states(article_id) == []
    assert ws.outbox.article_states([article_id]) == {}
    assert attention(ws) == []


def test_published_is_in_sync_and_an_edit_here_is_local_changes(ws, site, tmp_path, clock):
    article_id, _ = published(ws, tmp_path, clock)
    state = state_of(ws, article_id)
    assert state.state is PublicationState.IN_SYNC
    assert state.site == "Herald"
    assert state.publication is not None
    assert state.publication.remote_id == next(iter(site.posts))
    assert attention(ws) == []
    edit(ws, clock, article_id, standfirst="Work begins next spring.")
    assert state_of(ws, article_id).state is PublicationState.LOCAL_CHANGES
    assert attention(ws) == [article_id]


def test_an_edit_that_changes_nothing_keeps_it_in_sync(ws, tmp_path, clock):
    article_id, _ = published(ws, tmp_path, clock)
    edit(ws, clock, article_id, headline=ws.articles.get(article_id).headline)
    assert state_of(ws, article_id).state is PublicationState.IN_SYNC


def test_an_update_queued_is_sending_and_once_sent_in_sync(ws, site, tmp_path, clock):
    article_id, destination_id = published(ws, tmp_path, clock)
    edit(ws, clock, article_id, standfirst="Work begins next spring.")
    job = ws.outbox.publish(article_id, destination_id)
    state = state_of(ws, article_id)
    assert state.state is PublicationState.SENDING
    assert state.job is not None
    assert state.job.id == job.id
    assert attention(ws) == []  # the outbox is on it
    assert ws.outbox.run_due().sent == 1
    assert state_of(ws, article_id).state is PublicationState.IN_SYNC
    (post,) = site.posts.values()
    assert post.excerpt == "Work begins next spring."


def test_an_edit_saved_while_it_is_being_sent_is_not_taken_as_sent(ws, tmp_path, clock):
    article_id, destination_id = published(ws, tmp_path, clock)
    edit(ws, clock, article_id, standfirst="Sent version.")
    ws.outbox.publish(article_id, destination_id)

    def edit_during_send(job) -> None:
        if job.step == "Updating the post":
            edit(ws, clock, article_id, standfirst="Typed while it was sent.")

    assert ws.outbox.run_due(edit_during_send).sent == 1
    assert state_of(ws, article_id).state is PublicationState.LOCAL_CHANGES


def test_a_site_that_is_down_is_retrying_with_when_and_why(ws, site, tmp_path, clock):
    article_id, destination_id = published(ws, tmp_path, clock)
    edit(ws, clock, article_id, headline="Kim Orders More Drones")
    site.fail("update_post", TransientError("Herald is not answering."))
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    state = state_of(ws, article_id)
    assert state.state is PublicationState.RETRYING
    assert state.retry_at is not None
    assert state.retry_at > clock.now
    assert state.reason == "Herald is not answering."
    assert attention(ws) == []


def test_a_change_on_the_site_is_a_conflict_until_keep_mine_sends_it(ws, site, tmp_path, clock):
    article_id, destination_id = published(ws, tmp_path, clock)
    (post_id,) = site.posts
    changed = site.edit_on_site(post_id, title="Changed in wp-admin")
    edit(ws, clock, article_id, headline="Kim Orders Many Drones")
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    state = state_of(ws, article_id)
    assert state.state is PublicationState.CONFLICT
    assert state.changed_at == changed.modified_gmt
    assert site.posts[post_id].title == "Changed in wp-admin"  # nothing written
    assert attention(ws) == [article_id]
    ws.outbox.resolve_conflict(job.id, "mine")
    assert state_of(ws, article_id).state is PublicationState.SENDING
    ws.outbox.run_due()
    assert state_of(ws, article_id).state is PublicationState.IN_SYNC
    assert attention(ws) == []


def test_take_theirs_keeps_an_unsent_edit_here_as_local_changes(ws, site, tmp_path, clock):
    """The review's case: the standfirst edited here, the site changed the title; taking the
    site's title leaves the new standfirst unsent, and the state says so."""
    article_id, destination_id = published(ws, tmp_path, clock)
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Their title")
    edit(ws, clock, article_id, standfirst="Work begins next spring.")
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    ws.outbox.resolve_conflict(job.id, "theirs")
    assert ws.articles.get(article_id).headline == "Their title"
    assert state_of(ws, article_id).state is PublicationState.LOCAL_CHANGES
    ws.outbox.publish(article_id, destination_id)
    assert ws.outbox.run_due().sent == 1
    assert site.posts[post_id].excerpt == "Work begins next spring."
    assert state_of(ws, article_id).state is PublicationState.IN_SYNC


def test_take_theirs_with_no_edits_here_is_in_sync(ws, site, tmp_path, clock):
    article_id, destination_id = published(ws, tmp_path, clock)
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Their title")
    job = ws.outbox.publish(article_id, destination_id)  # an Update with nothing edited here
    ws.outbox.run_due()
    assert state_of(ws, article_id).state is PublicationState.CONFLICT
    clock.advance(5)
    ws.outbox.resolve_conflict(job.id, "theirs")
    assert state_of(ws, article_id).state is PublicationState.IN_SYNC


def test_a_refusal_is_failed_with_the_sites_message_and_retry_clears_it(ws, site, tmp_path, clock):
    article_id, destination_id = published(ws, tmp_path, clock)
    edit(ws, clock, article_id, headline="Kim Orders More Drones")
    site.fail("update_post", PermanentError("Sorry, you are not allowed to edit this post."))
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    state = state_of(ws, article_id)
    assert state.state is PublicationState.FAILED
    assert state.reason == "Sorry, you are not allowed to edit this post."
    assert not state.password_needed
    assert attention(ws) == [article_id]
    ws.outbox.retry(job.id)
    assert state_of(ws, article_id).state is PublicationState.SENDING
    ws.outbox.run_due()
    assert state_of(ws, article_id).state is PublicationState.IN_SYNC


def test_a_password_needed_is_failed_and_says_so(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    site.fail("create_post", CredentialsError("Herald did not accept the password."))
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    state = state_of(ws, article_id)
    assert state.state is PublicationState.FAILED
    assert state.password_needed
    assert state.publication is None or state.publication.remote_id is None
    assert attention(ws) == [article_id]


def test_a_cancelled_first_publish_leaves_no_state(ws, tmp_path):
    article_id = make_article(ws, tmp_path)
    job = ws.outbox.publish(article_id, add_destination(ws))
    ws.outbox.cancel(job.id)
    assert ws.outbox.publication_states(article_id) == []


def test_states_of_many_articles_and_several_sites_in_one_read(ws, site, tmp_path, clock):
    first, herald = published(ws, tmp_path, clock)
    second, _ = published(ws, tmp_path, clock, headline="Second story", photo=False)
    untouched = make_article(ws, tmp_path, headline="Never sent", photo=False)
    courier = add_destination(ws, "Courier")
    ws.outbox.publish(first, courier)
    ws.outbox.run_due()
    clock.advance(5)
    edit(ws, clock, second, headline="Second story, edited")
    states = ws.outbox.article_states([first, second, untouched])
    assert set(states) == {first, second}
    assert {s.site: s.state for s in states[first]} == {
        "Herald": PublicationState.IN_SYNC,
        "Courier": PublicationState.IN_SYNC,
    }
    assert [s.state for s in states[second]] == [PublicationState.LOCAL_CHANGES]
    assert attention(ws) == [second]
    ws.articles.trash([second])
    assert ws.outbox.attention_ids() == []
    assert herald != courier


def test_the_needs_attention_filter_combines_with_the_others(ws, tmp_path, clock):
    article_id, _ = published(ws, tmp_path, clock)
    edit(ws, clock, article_id, headline="Drones again")
    assert [s.id for s in ws.articles.list(ArticleQuery(needs_attention=True, search="drones"))] == [
        article_id
    ]
    assert ws.articles.list(ArticleQuery(needs_attention=True, search="nothing-like-this")) == []
    assert ws.articles.count(ArticleQuery(needs_attention=True)) == 1
    assert ArticleQuery(needs_attention=True).is_filtered
