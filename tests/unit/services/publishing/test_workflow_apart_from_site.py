"""The article's workflow status is the newsroom's; published and scheduled are a site's: publishing
and pull never write the status, and "More news" and the list's site filters read the sites."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.fakes.publishing import add_destination, make_article
from workstation.domain.article import ArticleChanges, ArticleContent, ArticleStatus, SiteStatus
from workstation.domain.publishing import RemotePost, RemoteStatus
from workstation.domain.query import ArticleQuery
from workstation.services.rendering import RenderingService


def _send(ws, article_id: int, destination_id: int, status=None, at=None) -> None:
    ws.outbox.publish(article_id, destination_id, status, at)
    ws.outbox.run_due()


@pytest.mark.parametrize("workflow", list(ArticleStatus))
@pytest.mark.parametrize("requested", [RemoteStatus.PUBLISH, RemoteStatus.FUTURE, RemoteStatus.DRAFT])
def test_publishing_never_changes_the_workflow_status(ws, site, tmp_path, clock, workflow, requested):
    article_id = make_article(ws, tmp_path, photo=False)
    ws.articles.update(article_id, ArticleChanges(status=workflow))
    at = clock.now + timedelta(hours=2) if requested is RemoteStatus.FUTURE else None
    _send(ws, article_id, add_destination(ws), requested, at)
    (post,) = site.posts.values()
    assert post.status is requested
    article = ws.articles.get(article_id)
    assert article.status is workflow
    assert {r.content.status for r in ws.articles.revisions(article_id)} == {ArticleStatus.DRAFT, workflow}
    assert ws.outbox.publications(article_id)[0].remote_status is requested
    # The site's date is the article's "Published" (or "scheduled for"); a draft has none.
    assert article.first_published_at == (post.date_gmt if requested is not RemoteStatus.DRAFT else None)


def test_a_pull_never_changes_the_workflow_status_of_an_article_it_holds(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path, photo=False)
    ws.articles.update(article_id, ArticleChanges(status=ArticleStatus.READY))
    destination_id = add_destination(ws)
    _send(ws, article_id, destination_id)
    (post_id,) = site.posts
    clock.advance(5)
    site.edit_on_site(post_id, title="Retitled on the site", status=RemoteStatus.DRAFT)
    report = ws.pulls.pull(destination_id)
    assert report.updated == [article_id]
    article = ws.articles.get(article_id)
    assert (article.headline, article.status) == ("Retitled on the site", ArticleStatus.READY)
    assert ws.outbox.publications(article_id)[0].remote_status is RemoteStatus.DRAFT


@pytest.mark.parametrize(
    ("remote", "workflow"),
    [
        (RemoteStatus.DRAFT, ArticleStatus.DRAFT),
        (RemoteStatus.PENDING, ArticleStatus.READY),
        (RemoteStatus.PUBLISH, ArticleStatus.READY),
        (RemoteStatus.FUTURE, ArticleStatus.READY),
    ],
)
def test_a_post_pulled_in_starts_ready_unless_the_site_has_a_draft(ws, site, remote, workflow):
    site.posts[999] = RemotePost(
        id=999,
        link="https://fake.example/?p=999",
        status=remote,
        slug="written-on-the-site",
        modified_gmt=site.tick(),
        date_gmt=site.tick(),
        title="Written on the site",
        content="<!-- wp:paragraph -->\n<p>Site text.</p>\n<!-- /wp:paragraph -->",
    )
    report = ws.pulls.pull(add_destination(ws))
    (created,) = report.created
    assert ws.articles.get(created).status is workflow
    assert ws.outbox.publications(created)[0].remote_status is remote


@pytest.fixture
def newsroom(ws, site, tmp_path, clock):
    """Articles each in another place: on a site here (published, scheduled, back to draft), on
    a site elsewhere, on none; and the open article."""
    destination_id = add_destination(ws)
    ids: dict[str, int] = {}

    def article(key: str) -> int:
        clock.advance(60)
        ids[key] = make_article(ws, tmp_path, photo=False, headline=key)
        return ids[key]

    _send(ws, article("live"), destination_id)
    _send(ws, article("scheduled"), destination_id, RemoteStatus.FUTURE, clock.now + timedelta(days=1))
    _send(ws, article("unpublished"), destination_id)
    ws.outbox.unpublish(ids["unpublished"])
    ws.outbox.run_due()
    ws.articles.update(article("ready"), ArticleChanges(status=ArticleStatus.READY))
    world, _ = ws.taxonomy.resolve_section("World")
    clock.advance(60)
    ids["elsewhere"] = ws.articles.create(
        ArticleContent(headline="elsewhere", body="Text.", section_id=world.id),
        published_elsewhere=SiteStatus.PUBLISHED,
    ).id
    clock.advance(60)
    ids["elsewhere, then here"] = ws.articles.create(
        ArticleContent(headline="elsewhere, then here", body="Text.", section_id=world.id),
        published_elsewhere=SiteStatus.PUBLISHED,
    ).id
    _send(ws, ids["elsewhere, then here"], destination_id, RemoteStatus.DRAFT)  # a site here says more
    ids["open"] = article("open")
    return ids


def test_the_site_filters_follow_the_publications(ws, newsroom):
    def listed(status: SiteStatus) -> set[int]:
        return {row.id for row in ws.articles.list(ArticleQuery(site_status=status))}

    assert listed(SiteStatus.PUBLISHED) == {newsroom["live"], newsroom["elsewhere"]}
    assert listed(SiteStatus.SCHEDULED) == {newsroom["scheduled"]}
    # The workflow filter is the article's own: none of these was marked ready but one.
    assert {row.id for row in ws.articles.list(ArticleQuery(status=ArticleStatus.READY))} == {
        newsroom["ready"]
    }
    both = ArticleQuery(site_status=SiteStatus.PUBLISHED, status=ArticleStatus.DRAFT)
    assert {row.id for row in ws.articles.list(both)} == {newsroom["live"], newsroom["elsewhere"]}


def test_more_news_is_what_a_site_published_newest_first(ws, newsroom):
    page = RenderingService(ws.articles, ws.taxonomy).page_input(newsroom["open"])
    assert [s.id for s in page.more_news] == [newsroom["elsewhere"], newsroom["live"]]
