"""How a job ends, as the outbox keeps it: a conflict resolved by taking the site's version or
keeping this copy is recorded as such (not as a plain cancel), a cancel forgets a resolution,
and a job that stops gets a step saying where it stands."""

from __future__ import annotations

from tests.fakes.publishing import add_destination, make_article
from workstation.domain.article import ArticleChanges
from workstation.domain.outbox_words import job_state_label
from workstation.domain.publishing import JobResolution, JobState
from workstation.services.publishing.errors import CredentialsError


def _conflict(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path, photo=False)
    destination_id = add_destination(ws, "Test Herald")
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Changed on the site")
    ws.articles.update(article_id, ArticleChanges(headline="Changed here"))
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    return ws.outbox.job(job.id)


def test_taking_theirs_is_resolved_not_cancelled(ws, site, tmp_path):
    conflict = _conflict(ws, site, tmp_path)
    assert conflict.state is JobState.CONFLICT
    assert conflict.step == "Stopped before writing: the post was changed on the site"
    ws.outbox.resolve_conflict(conflict.id, "theirs")
    taken = ws.outbox.job(conflict.id)
    assert (taken.state, taken.resolution) == (JobState.CANCELLED, JobResolution.THEIRS)
    assert job_state_label(taken) == "Resolved: took the site's version"


def test_keeping_mine_is_resolved_once_sent(ws, site, tmp_path):
    conflict = _conflict(ws, site, tmp_path)
    queued = ws.outbox.resolve_conflict(conflict.id, "mine")
    assert queued.resolution is JobResolution.MINE
    assert job_state_label(queued) == "Waiting"
    ws.outbox.run_due()
    sent = ws.outbox.job(conflict.id)
    assert sent.state is JobState.DONE
    assert job_state_label(sent) == "Resolved: kept this copy"


def test_a_cancel_forgets_a_resolution(ws, site, tmp_path):
    again = _conflict(ws, site, tmp_path)
    ws.outbox.resolve_conflict(again.id, "mine")
    cancelled = ws.outbox.cancel(again.id)
    assert cancelled.resolution is None
    assert job_state_label(cancelled) == "Cancelled"


def test_a_job_waiting_for_a_password_says_so_not_its_last_step(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path, photo=False)
    job = ws.outbox.publish(article_id, add_destination(ws, "Test Herald"))
    site.fail(
        "create_post", CredentialsError("{site} did not accept the user name and application password.")
    )
    ws.outbox.run_due()
    waiting = ws.outbox.job(job.id)
    assert waiting.state is JobState.NEEDS_CREDENTIALS
    assert waiting.step == "Waiting for the application password"
    assert waiting.last_error == "Test Herald did not accept the user name and application password."
