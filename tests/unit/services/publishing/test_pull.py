"""Pull: the site's posts into the store, without overwriting edits made here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.fakes.publishing import add_destination, make_article
from tests.unit.services.publishing.outbox_helpers import article_with_inline_photo
from workstation.domain.article import ArticleChanges, ArticleStatus
from workstation.domain.publishing import RemoteStatus
from workstation.services.publishing.errors import TransientError


def test_pull_imports_posts_with_sections_tags_and_featured_photo(ws, site, tmp_path):
    # Publish one article to fill the site, then pull into a second, empty destination view.
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    post = next(iter(site.posts.values()))
    from workstation.domain.publishing import RemotePost

    site.posts[999] = RemotePost(
        id=999,
        link="https://fake.example/?p=999",
        status=RemoteStatus.PUBLISH,
        slug="written-on-the-site",
        modified_gmt=site.tick(),
        date_gmt=datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
        title="Written on the site",
        excerpt="<p>An excerpt.</p>",
        content="<!-- wp:paragraph -->\n<p>Site <strong>text</strong>.</p>\n<!-- /wp:paragraph -->",
        categories=post.categories,
        tags=post.tags[:1],
        featured_media=post.featured_media,
    )
    report = ws.pulls.pull(destination_id)
    assert report.problems == []
    assert len(report.created) == 1
    assert report.updated == []
    pulled = ws.articles.get(report.created[0])
    assert (pulled.headline, pulled.standfirst, pulled.body) == (
        "Written on the site",
        "An excerpt.",
        "Site **text**.",
    )
    assert pulled.section_path == ("World", "Asia")
    assert pulled.tags == ("Drones",)
    # A post the site shows went through the newsroom: ready (the site's status is the publication's).
    assert pulled.status is ArticleStatus.READY
    assert ws.outbox.publications(pulled.id)[0].remote_status is RemoteStatus.PUBLISH
    assert pulled.first_published_at == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    featured = ws.photos.featured(pulled.id)
    assert featured is not None
    assert featured.metadata.credit == "KCNA via AP/TT"
    assert ws.outbox.publications(pulled.id)[0].remote_id == 999
    # Incremental: nothing new, nothing pulled again.
    again = ws.pulls.pull(destination_id)
    assert again.created == []
    assert again.updated == []
    site.edit_on_site(999, title="Written on the site, corrected")
    third = ws.pulls.pull(destination_id)
    assert third.updated == [pulled.id]
    assert ws.articles.get(pulled.id).headline == "Written on the site, corrected"


def test_pull_keeps_local_edits_when_both_changed(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    clock.advance(5)
    ws.articles.update(article_id, ArticleChanges(headline="Edited here"))
    site.edit_on_site(post_id, title="Edited there")
    report = ws.pulls.pull(destination_id)
    assert report.kept_local == [article_id]
    assert ws.articles.get(article_id).headline == "Edited here"


def test_pulling_a_post_we_published_keeps_our_body_when_only_the_title_changed(ws, site, tmp_path, clock):
    article_id, body = article_with_inline_photo(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    clock.advance(5)
    site.edit_on_site(post_id, title="Retitled on the site")
    report = ws.pulls.pull(destination_id)
    assert report.updated == [article_id]
    article = ws.articles.get(article_id)
    assert (article.headline, article.body) == ("Retitled on the site", body)
    assert len(ws.photos.for_article(article_id)) == 1  # the featured photo was not pulled again


def test_a_pull_right_after_a_publish_takes_site_edits(ws, site, tmp_path, clock):
    clock.per_call = timedelta(milliseconds=1)
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()  # the article's status became Published here: part of the sync
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Retitled on the site")
    report = ws.pulls.pull(destination_id)
    assert report.updated == [article_id]
    assert report.kept_local == []


def test_a_pull_whose_photo_fails_keeps_the_article_linked_and_reads_it_again(
    ws, site, tmp_path, monkeypatch
):
    from tests.fakes.fake_site import FakePublisher

    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    post = next(iter(site.posts.values()))
    from workstation.domain.publishing import RemotePost

    site.posts[999] = RemotePost(
        id=999,
        link="https://fake.example/?p=999",
        status=RemoteStatus.PUBLISH,
        slug="with-a-broken-photo",
        modified_gmt=site.tick(),
        date_gmt=site.clock,
        title="With a broken photo",
        content="<p>Text.</p>",
        featured_media=post.featured_media,
    )
    download = FakePublisher.download

    def failing(self, url):
        raise TransientError(f"Could not download {url}: 404.")

    monkeypatch.setattr(FakePublisher, "download", failing)
    report = ws.pulls.pull(destination_id)
    assert len(report.created) == 1
    assert len(report.problems) == 1
    assert "featured photo" in report.problems[0]
    pulled = report.created[0]
    assert ws.outbox.publications(pulled)[0].remote_id == 999
    monkeypatch.setattr(FakePublisher, "download", download)
    again = ws.pulls.pull(destination_id)  # read again, but no second article for the same post
    assert again.created == []
    assert again.problems == []


def test_one_post_that_cannot_be_read_is_reported_and_the_others_are_pulled(ws, site, monkeypatch):
    """A non-numeric category, a post with no id, a lone surrogate in a title, a javascript: link."""
    from workstation.domain.publishing import RemotePost
    from workstation.services.publishing import wordpress

    destination_id = add_destination(ws)
    answer = [
        {
            "id": 7,
            "status": "publish",
            "title": {"raw": "Bad \ud800 title"},
            "link": "javascript:alert(1)",
            "modified_gmt": "2026-11-24T08:00:00",
            "content": {"raw": "<p>Seven.</p>"},
        },
        {"id": 8, "status": "publish", "title": {"raw": "Eight"}, "categories": ["news"]},
        {"status": "publish", "title": {"raw": "No id"}},
        {
            "id": 9,
            "status": "publish",
            "title": {"raw": "Nine"},
            "link": "https://fake.example/?p=9",
            "modified_gmt": "2026-11-24T08:01:00",
            "content": {"raw": "<p>Nine.</p>"},
        },
    ]
    read = [wordpress._read_post(item) for item in answer]
    assert [type(post).__name__ for post in read] == [
        "RemotePost",
        "UnreadablePost",
        "UnreadablePost",
        "RemotePost",
    ]
    seven = read[0]
    assert isinstance(seven, RemotePost)
    assert seven.title == "Bad \ufffd title"
    assert seven.link == ""
    from tests.fakes.fake_site import FakePublisher

    def posts_page(self, page, modified_after):
        return (read, 1) if page == 1 else ([], 1)

    monkeypatch.setattr(FakePublisher, "posts_page", posts_page)
    report = ws.pulls.pull(destination_id)
    headlines = sorted(ws.articles.get(article_id).headline for article_id in report.created)
    assert headlines == ["Bad \ufffd title", "Nine"]
    assert report.problems == [
        "Post 8 could not be read (invalid literal for int() with base 10: 'news'); "
        "the other posts were pulled.",
        "A post could not be read (no id); the other posts were pulled.",
    ]


def test_a_site_category_deeper_than_sections_nest_is_a_problem_not_a_failed_pull(ws, site):
    from workstation.domain.taxonomy import MAX_SECTION_DEPTH
    from workstation.services.publishing.publisher import RemoteTerm

    for level in range(20):
        site.categories[100 + level] = RemoteTerm(
            100 + level, f"c{level}", f"c{level}", 99 + level if level else 0
        )
    report = ws.pulls.pull(add_destination(ws))
    assert len(ws.taxonomy.sections()) == MAX_SECTION_DEPTH
    assert report.sections_added == MAX_SECTION_DEPTH
    assert len(report.problems) == 1  # c17 and below are left out with it
    assert report.problems[0] == (
        "category 'c16' not added as a section: "
        "parent: sections nest at most 16 levels deep (this would be 17)"
    )
