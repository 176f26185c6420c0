"""A pull's summary names the articles: new, updated from the site, kept because edited here."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.fakes.publishing import add_destination, make_article
from workstation.domain.article import ArticleChanges
from workstation.domain.publishing import RemotePost, RemoteStatus
from workstation.services.publishing.pull import PullReport
from workstation.services.publishing.pull_summary import pull_summary


def test_the_summary_names_new_updated_and_kept_articles(ws, site, tmp_path, clock):
    destination_id = add_destination(ws)
    updated_id = make_article(ws, tmp_path, photo=False, headline="Ferry strike ends")
    kept_id = make_article(ws, tmp_path, photo=False, headline="Tram drivers threaten strike")
    for article_id in (updated_id, kept_id):
        ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    by_title = {post.title: post.id for post in site.posts.values()}
    site.posts[999] = RemotePost(
        id=999,
        link="https://fake.example/?p=999",
        status=RemoteStatus.PUBLISH,
        slug="written-on-the-site",
        modified_gmt=site.tick(),
        date_gmt=datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
        title="Written on the site",
        excerpt="",
        content="<p>Body.</p>",
    )
    site.edit_on_site(by_title["Ferry strike ends"], title="Ferry strike ends after three days")
    clock.advance(5)
    ws.articles.update(kept_id, ArticleChanges(headline="Tram drivers threaten strike on Monday"))
    site.edit_on_site(by_title["Tram drivers threaten strike"], title="Tram strike threatened")
    report = ws.pulls.pull(destination_id)
    text = pull_summary(report)
    lines = text.splitlines()
    assert lines[0] == "1 new article, 1 updated, 1 kept."
    assert lines[1] == "New: “Written on the site”"
    assert lines[2] == "Updated from the site: “Ferry strike ends after three days”"
    assert lines[3].startswith("Kept because edited here: “Tram drivers threaten strike on Monday”.")
    assert "Your edits stay" in lines[3]
    assert text.endswith("No problems.")


def test_a_long_list_names_the_first_and_counts_the_rest():
    report = PullReport(created=list(range(1, 10)), headlines={i: f"Story {i}" for i in range(1, 10)})
    first = pull_summary(report).splitlines()
    assert first[0] == "9 new articles, 0 updated."
    assert first[1] == "New: “Story 1”, “Story 2”, “Story 3”, “Story 4”, “Story 5”, “Story 6”, and 3 more"
    assert pull_summary(PullReport(problems=["Post 7 (x): broken"])).splitlines() == [
        "0 new articles, 0 updated.",
        "1 problem:",
        "• Post 7 (x): broken",
    ]
