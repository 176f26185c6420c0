"""Conflicts: a change on the site is never overwritten; keep mine, take theirs, edit and retry."""

from __future__ import annotations

import json

from tests.fakes.publishing import add_destination, make_article
from tests.unit.services.publishing.outbox_helpers import article_with_inline_photo
from workstation.domain.article import ArticleChanges
from workstation.domain.publishing import JobState
from workstation.services.publishing.errors import TransientError


def test_a_change_on_the_site_is_a_conflict_and_nothing_is_written(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Changed in wp-admin")
    ws.articles.update(article_id, ArticleChanges(headline="Kim Orders Many Drones"))
    ws.outbox.publish(article_id, destination_id)
    report = ws.outbox.run_due()
    assert report.failed == 1
    job = ws.outbox.jobs()[0]
    assert job.state is JobState.CONFLICT
    assert json.loads(job.conflict)["title"] == "Changed in wp-admin"
    assert site.posts[post_id].title == "Changed in wp-admin"
    assert not any(call.startswith("update_post") for call in site.calls)


def test_keep_mine_overwrites_after_a_conflict(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Changed in wp-admin")
    ws.articles.update(article_id, ArticleChanges(headline="Kim Orders Many Drones"))
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    ws.outbox.resolve_conflict(job.id, "mine")
    assert ws.outbox.run_due().sent == 1
    assert site.posts[post_id].title == "Kim Orders Many Drones"


def test_take_theirs_makes_the_sites_version_a_local_revision(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    content = site.posts[post_id].content.replace("Second paragraph.", "Second paragraph, fixed on the site.")
    site.edit_on_site(post_id, title="Kim Orders Drones (updated)", content=content)
    ws.articles.update(article_id, ArticleChanges(headline="Mine"))
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    revisions_before = len(ws.articles.revisions(article_id))
    ws.outbox.resolve_conflict(job.id, "theirs")
    article = ws.articles.get(article_id)
    assert article.headline == "Kim Orders Drones (updated)"
    assert "Second paragraph, fixed on the site." in article.body
    assert "By TT" not in article.body
    assert article.byline == "TT"
    assert len(ws.articles.revisions(article_id)) > revisions_before
    assert ws.outbox.job(job.id).state is JobState.CANCELLED
    # The next publish starts from the site's version: no conflict.
    ws.articles.update(article_id, ArticleChanges(standfirst="New standfirst."))
    ws.outbox.publish(article_id, destination_id)
    assert ws.outbox.run_due().sent == 1


def test_edit_and_retry_sends_the_edited_version(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Site title")
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    held = ws.outbox.resolve_conflict(job.id, "edit")
    assert held.state is JobState.FAILED
    assert "Retry" in held.step
    ws.articles.update(article_id, ArticleChanges(headline="Merged title"))
    ws.outbox.retry(job.id)
    assert ws.outbox.run_due().sent == 1
    assert site.posts[post_id].title == "Merged title"


def test_take_theirs_takes_only_what_changed_on_the_site(ws, site, tmp_path):
    article_id, body = article_with_inline_photo(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="A better headline from the desk")
    ws.articles.update(article_id, ArticleChanges(headline="Mine"))
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    ws.outbox.resolve_conflict(job.id, "theirs")
    article = ws.articles.get(article_id)
    assert article.headline == "A better headline from the desk"
    assert article.body == body  # the photo reference is still ours, not the site's URL
    assert article.byline == "TT"


def test_keep_mine_overwrites_only_the_version_the_editor_saw(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="First change on the site")
    ws.articles.update(article_id, ArticleChanges(headline="Mine"))
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    ws.outbox.resolve_conflict(job.id, "mine")
    site.fail("update_post", TransientError("connection reset"))  # the overwrite must wait ...
    ws.outbox.run_due()
    site.edit_on_site(post_id, title="Second change on the site")  # ... and the site moves again
    clock.advance(60)
    ws.outbox.run_due()
    assert ws.outbox.job(job.id).state is JobState.CONFLICT
    assert site.posts[post_id].title == "Second change on the site"


def test_keep_mine_sends_every_field_not_only_those_changed_here(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Changed on the site", excerpt="Also changed there")
    ws.articles.update(article_id, ArticleChanges(body="Only the body changed here."))
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    ws.outbox.resolve_conflict(job.id, "mine")
    ws.outbox.run_due()
    post = site.posts[post_id]
    assert (post.title, post.excerpt) == (
        "Kim Orders Drones",
        "North Korea’s leader wants “mass production”.",
    )


def test_take_theirs_takes_the_sites_section_and_tags(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    drones = next(t.id for t in site.tags.values() if t.name == "Drones")
    world = next(c.id for c in site.categories.values() if c.name == "World")
    site.edit_on_site(post_id, tags=(drones,), categories=(world,))
    ws.articles.update(article_id, ArticleChanges(headline="Mine"))
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    ws.outbox.resolve_conflict(job.id, "theirs")
    article = ws.articles.get(article_id)
    assert article.tags == ("Drones",)
    assert article.section_path == ("World",)
    assert article.headline == "Mine"  # the site did not change the title


def test_a_lost_answer_to_an_update_is_not_taken_for_a_conflict(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    ws.articles.update(article_id, ArticleChanges(body="A correction."))
    job = ws.outbox.publish(article_id, destination_id)
    site.fail("update_post", TransientError("connection reset"), after=True)  # written, answer lost
    ws.outbox.run_due()
    assert ws.outbox.job(job.id).state is JobState.RETRYING
    clock.advance(60)
    ws.outbox.run_due()
    assert ws.outbox.job(job.id).state is JobState.DONE  # its own write, not a conflict
    assert "A correction." in site.posts[post_id].content
    # And a real change on the site afterwards is still a conflict.
    site.edit_on_site(post_id, title="Changed on the site")
    ws.articles.update(article_id, ArticleChanges(body="Another correction."))
    again = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    assert ws.outbox.job(again.id).state is JobState.CONFLICT
