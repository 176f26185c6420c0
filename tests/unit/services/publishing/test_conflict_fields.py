"""A conflict field by field: the dialog's reading of it (OutboxService.conflict) and a resolution
per field agree. For each field, taking the site's value gives exactly what the comparison showed
on the site's side, keeping this copy's gives what it showed on this side, and nothing else
shown is lost: the fields kept from this copy reach the site with the next update."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tests.fakes.fake_site import FakeSite
from tests.fakes.publishing import add_destination
from tests.unit.services.publishing.outbox_helpers import article_with_inline_photo
from workstation.domain.article import ArticleChanges
from workstation.domain.conflict import ConflictComparison, ConflictField, ConflictResolution
from workstation.domain.page_diff import VersionView
from workstation.domain.publishing import JobState, OutboxJob
from workstation.services.publishing.conflict_compare import featured_label
from workstation.services.rendering.version_view import VersionComparer
from workstation.services.workspace import Workspace

F = ConflictField
MY_HEADLINE = "My headline, written here"
# The attribute of a VersionView that shows each field.
SHOWN = {
    F.HEADLINE: "headline",
    F.STANDFIRST: "standfirst",
    F.FEATURED_PHOTO: "featured_photo",
    F.BODY: "body",
    F.BYLINE: "byline",
    F.SOURCE_NOTE: "source_note",
    F.SECTION: "section",
    F.TAGS: "tags",
}


@dataclass
class Published:
    ws: Workspace
    site: FakeSite
    article_id: int
    destination_id: int
    post_id: int

    def edit_on_site(self, **changes: Any) -> None:
        self.site.edit_on_site(self.post_id, **changes)

    def content(self) -> str:
        return self.site.posts[self.post_id].content

    def conflict(self) -> OutboxJob:
        self.ws.outbox.publish(self.article_id, self.destination_id)
        self.ws.outbox.run_due()
        (job,) = [j for j in self.ws.outbox.jobs() if j.state is JobState.CONFLICT]
        return job

    def view(self) -> VersionView:
        """The article as the comparison shows this copy."""
        names = {n.section.id: n.path_text for n in self.ws.taxonomy.sections()}
        article = self.ws.articles.get(self.article_id)
        featured = featured_label(self.ws.photos.featured(self.article_id))
        return VersionComparer(self.ws.photos).view(article.content, names, featured_photo=featured)


@pytest.fixture
def published(ws, site, tmp_path) -> Published:
    article_id, _body = article_with_inline_photo(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    return Published(ws, site, article_id, destination_id, post_id)


# Per field: what the site changes, then what this copy changes (both differ from the last sync).
Change = Callable[[Published], object]
CASES: dict[ConflictField, tuple[Change, Change]] = {
    F.HEADLINE: (
        lambda p: p.edit_on_site(title="The desk's headline"),
        lambda p: p.ws.articles.update(p.article_id, ArticleChanges(standfirst="Kept from here.")),
    ),
    F.STANDFIRST: (
        lambda p: p.edit_on_site(excerpt="The desk's standfirst."),
        lambda p: p.ws.articles.update(p.article_id, ArticleChanges(standfirst="My standfirst.")),
    ),
    F.BODY: (
        lambda p: p.edit_on_site(content=p.content().replace("After.", "After, as the desk wrote it.")),
        lambda p: p.ws.articles.update(
            p.article_id,
            ArticleChanges(body=p.ws.articles.get(p.article_id).body.replace("Before.", "Before, mine.")),
        ),
    ),
    F.BYLINE: (
        lambda p: p.edit_on_site(content=p.content().replace("By TT", "By Desk Writer")),
        lambda p: p.ws.articles.update(p.article_id, ArticleChanges(byline="Anna Sjögren")),
    ),
    F.SOURCE_NOTE: (
        lambda p: p.edit_on_site(content=p.content().replace("altered and translated", "rewritten")),
        lambda p: p.ws.articles.update(p.article_id, ArticleChanges(source_note="A note of mine.")),
    ),
    F.SECTION: (
        lambda p: p.edit_on_site(
            categories=(next(c.id for c in p.site.categories.values() if c.name == "World"),)
        ),
        lambda p: p.ws.articles.update(
            p.article_id, ArticleChanges(section_id=p.ws.taxonomy.resolve_section("Sport")[0].id)
        ),
    ),
    F.TAGS: (
        lambda p: p.edit_on_site(tags=(next(t.id for t in p.site.tags.values() if t.name == "Drones"),)),
        lambda p: p.ws.articles.update(p.article_id, ArticleChanges(tags=("Drones", "Kim Jong-Un"))),
    ),
    F.FEATURED_PHOTO: (
        lambda p: p.edit_on_site(featured_media=0),  # taken off the post on the site
        lambda p: None,
    ),
}


def _conflict_on(p: Published, field: ConflictField) -> tuple[OutboxJob, ConflictComparison]:
    on_site, here = CASES[field]
    on_site(p)
    here(p)
    headline = MY_HEADLINE if field is not F.HEADLINE else "My own headline"
    p.ws.articles.update(p.article_id, ArticleChanges(headline=headline))
    job = p.conflict()
    comparison = p.ws.outbox.conflict(job.id)
    state = comparison.state(field)
    assert state.held
    assert state.differs
    assert state.changed_on_site
    assert field in comparison.choosable
    return job, comparison


@pytest.mark.parametrize("field", list(CASES), ids=[f.value for f in CASES])
def test_taking_the_sites_value_of_a_field_gives_what_the_dialog_showed(published, field) -> None:
    p = published
    job, comparison = _conflict_on(p, field)
    resolution = ConflictResolution.taking([field])
    p.ws.outbox.resolve_conflict(job.id, resolution)
    after = p.view()
    for other, name in SHOWN.items():
        side = comparison.site if other is field else comparison.mine
        assert getattr(after, name) == getattr(side, name), other
    kept = comparison.kept_fields(resolution)
    assert field not in kept
    assert kept  # this copy's headline (standfirst) differs from the site: sent next
    assert p.ws.outbox.job(job.id).state is JobState.QUEUED
    assert p.ws.outbox.run_due().sent == 1
    post = p.site.posts[p.post_id]
    if field is F.HEADLINE:
        # The page's typography, as every update sends it (the site prints it so anyway).
        assert (post.title, post.excerpt) == ("The desk\u2019s headline", "Kept from here.")
    else:
        assert post.title == MY_HEADLINE


@pytest.mark.parametrize("field", list(CASES), ids=[f.value for f in CASES])
def test_keeping_this_copys_value_of_a_field_sends_it(published, field) -> None:
    p = published
    job, comparison = _conflict_on(p, field)
    others = frozenset(f for f in comparison.choosable if f is not field)
    p.ws.outbox.resolve_conflict(job.id, ConflictResolution(others))
    after = p.view()
    assert getattr(after, SHOWN[field]) == getattr(comparison.mine, SHOWN[field])
    assert p.ws.outbox.run_due().sent == 1
    # The site holds this copy's value now: the same conflict read again would show no difference.
    again = p.ws.outbox.conflict(_conflict_after_site_edit(p).id)
    assert getattr(again.site, SHOWN[field]) == getattr(after, SHOWN[field])


def _conflict_after_site_edit(p: Published) -> OutboxJob:
    """A new conflict whose only change on the site is one no field of the test looks at."""
    p.edit_on_site(status=p.site.posts[p.post_id].status)  # moves modified_gmt only
    p.ws.articles.update(p.article_id, ArticleChanges(word_target=300))
    return p.conflict()


def test_take_theirs_keeps_byline_and_source_note_the_content_lost(published) -> None:
    p = published
    content = p.content()
    stripped = content[: content.index('<!-- wp:paragraph {"className":"ews-byline"')]
    p.edit_on_site(content=stripped.replace("After.", "After, retold on the site."))
    p.ws.articles.update(p.article_id, ArticleChanges(headline="Mine"))
    job = p.conflict()
    comparison = p.ws.outbox.conflict(job.id)
    assert set(comparison.kept_from_copy) >= {F.BYLINE, F.SOURCE_NOTE}
    assert comparison.state(F.BYLINE).why_not_held == "none on the site"
    assert comparison.site.byline == "TT"  # the dialog shows the byline taking theirs keeps
    p.ws.outbox.resolve_conflict(job.id, "theirs")
    article = p.ws.articles.get(p.article_id)
    assert (article.byline, article.source_note) == (
        "TT",
        "This article has been altered and translated by Sweden Herald",
    )
    assert "After, retold on the site." in article.body
    assert p.view().body == comparison.site.body  # the inline photo is this store's photo again
    assert p.ws.outbox.job(job.id).state is JobState.CANCELLED


def test_take_theirs_and_keep_mine_still_take_a_whole_article_choice(published) -> None:
    p = published
    p.edit_on_site(title="The desk's headline")
    p.ws.articles.update(p.article_id, ArticleChanges(standfirst="Mine."))
    job = p.conflict()
    comparison = p.ws.outbox.conflict(job.id)
    assert comparison.take_theirs().theirs == frozenset({F.HEADLINE})
    assert comparison.state(F.STANDFIRST).changed_here
    assert not comparison.state(F.STANDFIRST).changed_on_site
    p.ws.outbox.resolve_conflict(job.id, "theirs")
    article = p.ws.articles.get(p.article_id)
    assert (article.headline, article.standfirst) == ("The desk's headline", "Mine.")


def test_a_photo_the_store_does_not_have_is_kept_and_said_so(published) -> None:
    p = published
    p.site.media[999] = {"source_url": "http://127.0.0.1/wp-content/uploads/other.jpg", "bytes": b""}
    p.edit_on_site(featured_media=999)
    p.ws.articles.update(p.article_id, ArticleChanges(headline="Mine"))
    job = p.conflict()
    comparison = p.ws.outbox.conflict(job.id)
    state = comparison.state(F.FEATURED_PHOTO)
    assert not state.held
    assert state.why_not_held == "the site's photo is not in this store"
    assert F.FEATURED_PHOTO not in comparison.choosable
    p.ws.outbox.resolve_conflict(job.id, ConflictResolution.taking(ConflictField))
    featured = p.ws.photos.featured(p.article_id)
    assert featured is not None
    assert featured.original_filename == "kim.jpg"


@pytest.mark.parametrize(
    ("byline", "language"),
    [("By Anna Sjögren, Stockholm", "en"), ("Anna Sjögren", "sv"), ("Av Anna Sjögren", "sv")],
)
def test_a_byline_the_site_prints_as_here_is_no_difference(published, byline, language) -> None:
    """The site prints "By Anna Sjögren, Stockholm" (or "Av Anna Sjögren") as this copy's
    preview does: a conflict on the headline alone shows no byline difference."""
    ws = published.ws
    ws.articles.update(published.article_id, ArticleChanges(byline=byline, language=language))
    ws.outbox.publish(published.article_id, published.destination_id)
    ws.outbox.run_due()
    published.edit_on_site(title="The desk's headline")
    ws.articles.update(published.article_id, ArticleChanges(standfirst="Kept from here."))
    comparison = ws.outbox.conflict(published.conflict().id)
    assert comparison.state(F.HEADLINE).differs
    state = comparison.state(F.BYLINE)
    assert state.held
    assert not state.differs
    assert comparison.site.byline == comparison.mine.byline == byline
