"""Conflicts against a real WordPress: taking theirs when the site's content lost the byline and
source-note paragraphs keeps both, and a choice per field reaches the site."""

from __future__ import annotations

import re
import time

from tests.integration import test_publish_wordpress as publishing
from workstation.domain.article import ArticleChanges
from workstation.domain.conflict import ConflictField, ConflictResolution
from workstation.domain.publishing import JobState

# The publishing scenarios' fixtures (a workspace on a clock the test moves) and helpers.
clock, ws = publishing.clock, publishing.ws
_add, _article, _send = publishing._add, publishing._article, publishing._send
_CLASSED = r'<!-- wp:paragraph \{"className":"{cls}"\} -->.*?<!-- /wp:paragraph -->'


def _without_byline_and_note(content: str) -> str:
    for cls in ("ews-byline", "ews-source-note"):
        content = re.sub(_CLASSED.replace("{cls}", cls), "", content, flags=re.DOTALL)
    return content


def _conflict(ws, wp, tmp_path, clock, **on_server):
    article_id = _article(ws, tmp_path)
    destination_id = _add(ws, wp)
    ws.outbox.publish(article_id, destination_id)
    _send(ws, clock)
    remote_id = ws.outbox.publications(article_id)[0].remote_id
    assert remote_id is not None
    raw = wp.post(remote_id)["content"]["raw"]
    assert "By TT" in raw
    clock.advance(2)
    time.sleep(1.1)  # modified_gmt has one-second resolution
    # A REST edit that replaced the whole content: a paragraph rewritten, byline and note lost.
    content = _without_byline_and_note(raw).replace("test firing.", "test firing on Sunday.")
    wp.update_post(remote_id, content=content, **on_server)
    ws.articles.update(article_id, ArticleChanges(headline="Kim Orders Drones, Written Here"))
    job = ws.outbox.publish(article_id, destination_id)
    _send(ws, clock)
    job = ws.outbox.job(job.id)
    assert job.state is JobState.CONFLICT
    return article_id, remote_id, job


def test_take_theirs_when_the_content_lost_the_byline_keeps_byline_and_source_note(ws, wp, tmp_path, clock):
    article_id, _remote_id, job = _conflict(ws, wp, tmp_path, clock)
    comparison = ws.outbox.conflict(job.id)
    assert {ConflictField.BYLINE, ConflictField.SOURCE_NOTE} <= set(comparison.kept_from_copy)
    assert (comparison.site.byline, comparison.site.source_note) == (
        "TT",
        "This article has been altered and translated by Sweden Herald",
    )
    ws.outbox.resolve_conflict(job.id, "theirs")
    article = ws.articles.get(article_id)
    assert article.byline == "TT"
    assert article.source_note == "This article has been altered and translated by Sweden Herald"
    assert "test firing on Sunday." in article.body
    # The inline photo is this store's photo again, not the site's address.
    assert re.search(r"!\[A drone in flight\]\(photo:[0-9a-f]{64}\)", article.body)
    assert "wp-content/uploads" not in article.body


def test_their_body_and_my_headline_reach_the_site_with_the_byline_back(ws, wp, tmp_path, clock):
    article_id, remote_id, job = _conflict(ws, wp, tmp_path, clock, title="Changed on the server")
    comparison = ws.outbox.conflict(job.id)
    assert set(comparison.choosable) == {ConflictField.HEADLINE, ConflictField.BODY}
    ws.outbox.resolve_conflict(job.id, ConflictResolution.taking([ConflictField.BODY]))
    assert ws.outbox.job(job.id).state is JobState.QUEUED
    _send(ws, clock)
    assert ws.outbox.job(job.id).state is JobState.DONE
    post = wp.post(remote_id)
    assert post["title"]["raw"] == "Kim Orders Drones, Written Here"
    raw = post["content"]["raw"]
    assert "test firing on Sunday." in raw
    assert "By TT" in raw
    assert "altered and translated by Sweden Herald" in raw
    assert ws.articles.get(article_id).headline == "Kim Orders Drones, Written Here"
    assert wp.count_posts() == 1
