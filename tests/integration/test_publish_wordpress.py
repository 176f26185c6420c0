"""Publishing scenarios against a real WordPress (Europe/Stockholm site time), read back over REST."""

from __future__ import annotations

import contextlib
import http.server
import io
import random
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from PIL import Image

from tests.fakes.photo_images import camera_jpeg
from tests.integration.fault_proxy import FaultProxy
from tests.integration.wordpress_site import WordPressSite
from workstation.domain.article import ArticleChanges, ArticleContent, ArticleStatus
from workstation.domain.photo import PhotoRole
from workstation.domain.publishing import JobState, RemoteStatus
from workstation.services.publishing.credentials import CredentialStore
from workstation.services.publishing.destinations import DestinationService
from workstation.services.publishing.errors import CredentialsError, NotWordPressError, PermanentError
from workstation.services.publishing.site_trust import SiteTrust
from workstation.services.publishing.wordpress import WordPressPublisher
from workstation.services.publishing.wordpress_client import WordPressClient, parse_gmt
from workstation.services.workspace import Workspace, open_workspace

CLIENT_TIMEOUT = 3.0  # seconds; the delay faults hold answers longer than this


class OffsetClock:
    """The real time, moved forward by the test (backoff waits without sleeping)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)


def _publisher(
    api_root: str, username: str, password: str | None, *, trust: SiteTrust | None = None
) -> WordPressPublisher:
    return WordPressPublisher(
        WordPressClient(api_root, username, password, timeout=CLIENT_TIMEOUT, trust=trust)
    )


@pytest.fixture
def clock() -> OffsetClock:
    return OffsetClock()


@pytest.fixture
def ws(data_dir: Path, clock: OffsetClock):
    workspace = open_workspace(data_dir, clock=clock)
    destinations = DestinationService(workspace.db, CredentialStore(), client_factory=_publisher, clock=clock)
    workspace.connect_publishing(destinations, clock, random.Random(3))
    try:
        yield workspace
    finally:
        workspace.close()


def _article(ws: Workspace, tmp_path: Path, *, inline: bool = True) -> int:
    section, _ = ws.taxonomy.resolve_section("World/Asia")
    featured = ws.photos.import_file(camera_jpeg(tmp_path / "kim.jpg", (1600, 1000))).photo
    assert featured is not None
    ws.photos.update_fields(
        featured.id, caption="Kim Jong-Un at the test.", credit="KCNA via AP/TT", alt_text="Kim"
    )
    body = "Kim Jong-Un has personally overseen the test firing.\n\n## Mass production\n\n- drones\n- robots"
    if inline:
        second = ws.photos.import_file(camera_jpeg(tmp_path / "drone.jpg", (900, 600), orientation=6)).photo
        assert second is not None
        ws.photos.update_fields(second.id, caption="A drone.", credit="KCNA", alt_text="A drone in flight")
        body += f"\n\n![A drone in flight](photo:{second.sha256})\n\n> He emphasized the need.\n\n---\n\nEnd."
    article = ws.articles.create(
        ArticleContent(
            headline="Kim Jong-Un Orders Mass Production of Drones",
            standfirst='North Korea\'s dictator has ordered the "mass production" of attack drones.',
            body=body,
            byline="TT",
            source_note="This article has been altered and translated by Sweden Herald",
            section_id=section.id,
            tags=("Drones", "North Korea"),
        )
    )
    ws.photos.attach(article.id, featured.id, PhotoRole.FEATURED)
    return article.id


def _add(ws: Workspace, site: WordPressSite, url: str | None = None) -> int:
    return ws.destinations.add("Test site", url or site.base_url, site.username, site.app_password).id


def _send(ws: Workspace, clock: OffsetClock, rounds: int = 6) -> None:
    """Run the outbox until nothing is due (advancing the clock over backoff waits)."""
    for _ in range(rounds):
        ws.outbox.run_due()
        if not any(job.state.is_open for job in ws.outbox.jobs()):
            return
        clock.advance(16 * 60)


def _only_job(ws: Workspace):
    (job,) = ws.outbox.jobs()
    return job


def _term_names(site: WordPressSite, kind: str, ids: list[int]) -> dict[int, tuple[str, int]]:
    """id -> (name, parent id) of categories or tags."""
    terms = {i: site.rest("GET", f"/wp/v2/{kind}/{i}").json() for i in ids}
    return {i: (term["name"], term.get("parent", 0)) for i, term in terms.items()}


@contextlib.contextmanager
def _plain_web_server() -> Iterator[str]:
    """A web server that is not WordPress: every page is plain HTML."""

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<html><head><title>Intranet</title></head><body>Hello</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


# -- adding a destination --------------------------------------------------------------------


def test_adding_a_destination_says_what_is_wrong(ws, wp, memory_keyring):
    with pytest.raises(CredentialsError, match="did not accept user"):
        ws.destinations.add("Site", wp.base_url, wp.username, "wrong pass word abcd efgh")
    with pytest.raises(PermanentError, match="may not publish"):
        ws.destinations.add("Site", wp.base_url, wp.subscriber_username, wp.subscriber_app_password)
    with _plain_web_server() as url, pytest.raises(NotWordPressError, match="does not look like a WordPress"):
        ws.destinations.add("Site", url, wp.username, wp.app_password)
    assert ws.destinations.list() == []
    assert memory_keyring.passwords == {}
    destination = ws.destinations.add("Site", wp.base_url, wp.username, wp.app_password)
    assert destination.api_root == wp.base_url + "/wp-json/"
    assert destination.timezone == "Europe/Stockholm"  # the site's zone, for "08:00 on the site"
    assert ws.destinations.verify(destination.id).can_publish


def test_a_dead_site_is_unreachable_not_a_hang(ws):
    from workstation.services.publishing.errors import TransientError

    with pytest.raises(TransientError, match="The site is not answering"):
        ws.destinations.add("Dead", "http://127.0.0.1:9", "admin", "x")


# -- the scenarios ---------------------------------------------------------------------------


def test_draft_then_publish_then_update_read_back_every_field(ws, wp, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    destination_id = _add(ws, wp)
    ws.outbox.publish(article_id, destination_id, RemoteStatus.DRAFT)
    _send(ws, clock)
    assert _only_job(ws).state is JobState.DONE, _only_job(ws).last_error
    publication = ws.outbox.publications(article_id)[0]
    post = wp.post(publication.remote_id)
    assert post["status"] == "draft"
    assert post["title"]["raw"] == "Kim Jong-Un Orders Mass Production of Drones"
    assert (
        post["excerpt"]["raw"] == "North Korea’s dictator has ordered the “mass production” of attack drones."
    )
    categories = _term_names(wp, "categories", post["categories"])
    (asia_id,) = post["categories"]
    assert categories[asia_id][0] == "Asia"
    assert wp.rest("GET", f"/wp/v2/categories/{categories[asia_id][1]}").json()["name"] == "World"
    assert sorted(name for name, _ in _term_names(wp, "tags", post["tags"]).values()) == [
        "Drones",
        "North Korea",
    ]
    featured = wp.media(post["featured_media"])
    assert featured["caption"]["raw"] == "Kim Jong-Un at the test. Photo: KCNA via AP/TT"
    assert featured["alt_text"] == "Kim"
    assert featured["post"] == post["id"]
    uploaded = httpx.get(featured["source_url"]).content
    exif = Image.open(io.BytesIO(uploaded)).getexif()
    assert 0x8825 not in exif, "GPS left the machine"
    raw = post["content"]["raw"]
    assert '<p class="ews-byline">By TT</p>' in raw
    assert "This article has been altered and translated by Sweden Herald" in raw
    assert "Photo: KCNA</span></figcaption>" in raw
    assert wp.count_posts() == 1
    assert wp.count_media() == 2

    # The site's own block parser sees real blocks, not one Classic block.
    parsed = wp.parse_blocks(post["id"])
    names = [b["name"] for b in parsed["blocks"] if b["name"] or b["html"].strip()]
    assert names == [
        "core/paragraph",
        "core/heading",
        "core/list",
        "core/image",
        "core/quote",
        "core/separator",
        "core/paragraph",
        "core/paragraph",
        "core/paragraph",
    ]
    image = next(b for b in parsed["blocks"] if b["name"] == "core/image")
    inline_media = image["attrs"]["id"]
    assert wp.media(inline_media)["alt_text"] == "A drone in flight"
    assert "<!-- wp:" not in parsed["rendered"]
    rendered = post["content"]["rendered"]  # what readers get: no block comments, our figure
    assert "<!-- wp:" not in rendered
    assert 'class="wp-block-quote"' in rendered
    assert 'A drone. <span class="ews-credit">Photo: KCNA</span></figcaption>' in rendered

    # Publish: status and dates, as the site's Stockholm time shows them.
    ws.outbox.publish(article_id, destination_id, RemoteStatus.PUBLISH)
    _send(ws, clock)
    post = wp.post(publication.remote_id)
    assert post["status"] == "publish"
    article = ws.articles.get(article_id)
    assert article.status is ArticleStatus.DRAFT  # the workflow's; the site's is the publication's
    assert ws.outbox.publications(article_id)[0].remote_status is RemoteStatus.PUBLISH
    date_gmt = parse_gmt(post["date_gmt"])
    assert article.first_published_at == date_gmt
    local = datetime.fromisoformat(post["date"]).replace(tzinfo=ZoneInfo("Europe/Stockholm"))
    assert local == date_gmt
    assert wp.count_posts() == 1
    assert wp.count_media() == 2
    link = ws.outbox.publications(article_id)[0].link
    assert link == post["link"]
    assert "/kim-jong-un-orders-mass-production-of-drones/" in link

    # Update: content changes, status and date stay.
    ws.articles.update(article_id, ArticleChanges(body="Corrected body."))
    ws.outbox.publish(article_id, destination_id)
    _send(ws, clock)
    updated = wp.post(publication.remote_id)
    assert "Corrected body." in updated["content"]["raw"]
    assert (updated["status"], updated["date_gmt"]) == ("publish", post["date_gmt"])
    assert wp.count_posts() == 1
    assert wp.count_media() == 2


def test_a_change_on_the_server_is_a_conflict_and_nothing_is_written(ws, wp, tmp_path, clock):
    article_id = _article(ws, tmp_path, inline=False)
    destination_id = _add(ws, wp)
    ws.outbox.publish(article_id, destination_id)
    _send(ws, clock)
    remote_id = ws.outbox.publications(article_id)[0].remote_id
    clock.advance(2)
    time.sleep(1.1)  # modified_gmt has one-second resolution
    wp.update_post(remote_id, title="Changed on the server")
    ws.articles.update(article_id, ArticleChanges(headline="Changed in the app"))
    job = ws.outbox.publish(article_id, destination_id)
    _send(ws, clock)
    job = ws.outbox.job(job.id)
    assert job.state is JobState.CONFLICT
    assert wp.post(remote_id)["title"]["raw"] == "Changed on the server"
    ws.outbox.resolve_conflict(job.id, "mine")
    _send(ws, clock)
    assert wp.post(remote_id)["title"]["raw"] == "Changed in the app"
    assert wp.count_posts() == 1


def test_scheduled_publish_keeps_its_date_on_update_and_publish_now_publishes_it(ws, wp, tmp_path, clock):
    article_id = _article(ws, tmp_path, inline=False)
    destination_id = _add(ws, wp)
    when = (datetime.now(UTC) + timedelta(hours=3)).replace(microsecond=0)
    ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE, when)
    _send(ws, clock)
    remote_id = ws.outbox.publications(article_id)[0].remote_id
    post = wp.post(remote_id)
    assert post["status"] == "future"
    assert parse_gmt(post["date_gmt"]) == when
    assert ws.outbox.publications(article_id)[0].remote_status is RemoteStatus.FUTURE
    assert ws.articles.get(article_id).status is ArticleStatus.DRAFT
    ws.articles.update(article_id, ArticleChanges(standfirst="A new standfirst."))
    ws.outbox.publish(article_id, destination_id)
    _send(ws, clock)
    post = wp.post(remote_id)
    assert post["status"] == "future"
    assert parse_gmt(post["date_gmt"]) == when
    assert post["excerpt"]["raw"] == "A new standfirst."
    before = datetime.now(UTC).replace(microsecond=0)
    ws.outbox.publish(article_id, destination_id, RemoteStatus.PUBLISH)  # "publish now"
    _send(ws, clock)
    post = wp.post(remote_id)
    assert post["status"] == "publish"
    published = parse_gmt(post["date_gmt"])
    assert published is not None
    assert before - timedelta(seconds=5) <= published <= datetime.now(UTC)
    assert ws.outbox.publications(article_id)[0].remote_status is RemoteStatus.PUBLISH
    assert ws.articles.get(article_id).status is ArticleStatus.DRAFT


def test_unpublish_then_trash(ws, wp, tmp_path, clock):
    article_id = _article(ws, tmp_path, inline=False)
    destination_id = _add(ws, wp)
    ws.outbox.publish(article_id, destination_id)
    _send(ws, clock)
    remote_id = ws.outbox.publications(article_id)[0].remote_id
    ws.outbox.unpublish(article_id)
    _send(ws, clock)
    assert wp.post(remote_id)["status"] == "draft"
    assert ws.outbox.publications(article_id)[0].remote_status is RemoteStatus.DRAFT
    assert ws.articles.get(article_id).status is ArticleStatus.DRAFT  # the site's draft is the site's
    ws.outbox.trash(article_id, destination_id)
    _send(ws, clock)
    assert wp.post(remote_id)["status"] == "trash"
    assert all(job.state is JobState.DONE for job in ws.outbox.jobs())
    ws.outbox.publish(article_id, destination_id)  # publishing again brings it back
    _send(ws, clock)
    assert wp.post(remote_id)["status"] == "publish"
    assert wp.count_posts() == 1


def test_pull_imports_posts_created_on_the_server(ws, wp, clock):
    world = wp.rest("POST", "/wp/v2/categories", json={"name": "Sport"}).json()["id"]
    soccer = wp.rest("POST", "/wp/v2/categories", json={"name": "Soccer", "parent": world}).json()["id"]
    tag = wp.rest("POST", "/wp/v2/tags", json={"name": "Allsvenskan"}).json()["id"]
    created = [
        wp.create_post(
            title=f"Match report {n}",
            excerpt="A short standfirst.",
            content=f"<!-- wp:paragraph -->\n<p>Paragraph <strong>{n}</strong>.</p>\n<!-- /wp:paragraph -->",
            status="publish",
            categories=[soccer],
            tags=[tag],
        )
        for n in range(3)
    ]
    destination_id = _add(ws, wp)
    report = ws.pulls.pull(destination_id)
    assert report.problems == []
    assert len(report.created) == 3
    articles = {ws.articles.get(i).headline: ws.articles.get(i) for i in report.created}
    first = articles["Match report 0"]
    assert first.body == "Paragraph **0**."
    assert first.standfirst == "A short standfirst."
    assert first.section_path == ("Sport", "Soccer")
    assert first.tags == ("Allsvenskan",)
    assert first.status is ArticleStatus.READY  # a post the site shows came in ready
    assert ws.outbox.publications(first.id)[0].remote_status is RemoteStatus.PUBLISH
    assert first.first_published_at == parse_gmt(created[0]["date_gmt"])
    # Incremental: only what changed since.
    assert ws.pulls.pull(destination_id).created == []
    time.sleep(1.1)
    wp.update_post(created[1]["id"], title="Match report 1, updated")
    again = ws.pulls.pull(destination_id)
    assert again.created == []
    assert len(again.updated) == 1
    assert ws.articles.get(again.updated[0]).headline == "Match report 1, updated"


# -- faults: the outbox converges to exactly one post and one copy of each photo --------------

POSTS = "POST /wp-json/wp/v2/posts "
MEDIA = "POST /wp-json/wp/v2/media "


@pytest.mark.parametrize(
    "inject",
    [
        pytest.param(lambda p: p.reset_before_response(match=POSTS), id="reset-after-post-created"),
        pytest.param(lambda p: p.reset_before_request(match=POSTS), id="reset-before-post"),
        pytest.param(lambda p: p.delay(CLIENT_TIMEOUT + 2, match=POSTS), id="post-answer-past-timeout"),
        pytest.param(lambda p: p.html_error(502, match=POSTS), id="502-html-page-on-post"),
        pytest.param(lambda p: p.html_error(503, match=MEDIA), id="503-html-page-on-upload"),
        pytest.param(lambda p: p.status_error(500, match=MEDIA), id="500-on-upload"),
        pytest.param(lambda p: p.reset_before_response(match=MEDIA), id="reset-after-upload-stored"),
        pytest.param(lambda p: p.delay(CLIENT_TIMEOUT + 2, match=MEDIA), id="upload-answer-past-timeout"),
    ],
)
def test_the_outbox_converges_after_a_fault(ws, wp, fault_proxy: FaultProxy, tmp_path, clock, inject):
    article_id = _article(ws, tmp_path, inline=False)
    destination_id = _add(ws, wp, fault_proxy.url)
    inject(fault_proxy)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    first = _only_job(ws)
    assert first.state is JobState.RETRYING, (first.state, first.last_error)
    assert first.last_error
    _send(ws, clock)
    job = _only_job(ws)
    assert job.state is JobState.DONE, job.last_error
    assert wp.count_posts() == 1
    assert wp.count_media() == 1
    assert [r for r in fault_proxy.requests if r.fault], "the fault was never applied"
    post = wp.post(ws.outbox.publications(article_id)[0].remote_id)
    assert post["featured_media"]
    assert wp.media(post["featured_media"])["caption"]["raw"].endswith("Photo: KCNA via AP/TT")


def test_an_html_error_page_is_named_as_such(ws, wp, fault_proxy: FaultProxy, tmp_path, clock):
    article_id = _article(ws, tmp_path, inline=False)
    destination_id = _add(ws, wp, fault_proxy.url)
    fault_proxy.html_error(502, match=POSTS)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    job = _only_job(ws)
    assert "502" in job.last_error  # the sentence the editor reads
    assert "error page" in job.last_error
    assert "HTML page" in job.error_detail  # and, behind Details, what it was
    assert "instead of JSON" in job.error_detail


def test_a_wrong_password_after_adding_asks_for_credentials(ws, wp, tmp_path, memory_keyring, clock):
    article_id = _article(ws, tmp_path, inline=False)
    destination_id = _add(ws, wp)
    for key in memory_keyring.passwords:
        memory_keyring.passwords[key] = "not the password at all"
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    job = _only_job(ws)
    assert job.state is JobState.NEEDS_CREDENTIALS
    assert "did not accept" in job.last_error
    assert wp.count_posts() == 0
    ws.destinations.set_password(destination_id, wp.app_password)
    ws.outbox.retry(job.id)
    _send(ws, clock)
    assert _only_job(ws).state is JobState.DONE
    assert wp.count_posts() == 1


def test_sections_tags_and_photos_deleted_on_the_site_are_made_again(ws, wp, tmp_path, clock):
    article_id = _article(ws, tmp_path, inline=False)
    destination_id = _add(ws, wp)
    ws.outbox.publish(article_id, destination_id)
    _send(ws, clock)
    post = wp.post(ws.outbox.publications(article_id)[0].remote_id)
    for category in post["categories"]:
        wp.rest("DELETE", f"/wp/v2/categories/{category}", params={"force": "true"}).raise_for_status()
    for tag in post["tags"]:
        wp.rest("DELETE", f"/wp/v2/tags/{tag}", params={"force": "true"}).raise_for_status()
    wp.rest("DELETE", f"/wp/v2/media/{post['featured_media']}", params={"force": "true"}).raise_for_status()
    time.sleep(1.1)  # the deletions are not a change of the post itself, but keep seconds apart
    ws.articles.update(article_id, ArticleChanges(body="A correction after the site was tidied up."))
    job = ws.outbox.publish(article_id, destination_id)
    _send(ws, clock)
    job = ws.outbox.job(job.id)
    assert job.state is JobState.DONE, (job.state, job.attempts, job.last_error)
    assert job.attempts == 2, (job.state, job.attempts, job.last_error)
    post = wp.post(post["id"])
    assert [name for name, _ in _term_names(wp, "categories", post["categories"]).values()] == ["Asia"]
    assert sorted(name for name, _ in _term_names(wp, "tags", post["tags"]).values()) == [
        "Drones",
        "North Korea",
    ]
    assert post["featured_media"]
    assert wp.count_media() == 1
    assert wp.count_posts() == 1


def test_a_lost_answer_to_an_update_converges_without_a_conflict(ws, wp, fault_proxy, tmp_path, clock):
    article_id = _article(ws, tmp_path, inline=False)
    destination_id = _add(ws, wp, fault_proxy.url)
    ws.outbox.publish(article_id, destination_id)
    _send(ws, clock)
    remote_id = ws.outbox.publications(article_id)[0].remote_id
    ws.articles.update(
        article_id, ArticleChanges(body="A correction that the site stores but never confirms.")
    )
    fault_proxy.reset_before_response(match=f"POST /wp-json/wp/v2/posts/{remote_id} ")
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    assert ws.outbox.job(job.id).state is JobState.RETRYING
    _send(ws, clock)
    assert ws.outbox.job(job.id).state is JobState.DONE, ws.outbox.job(job.id).last_error
    assert "never confirms" in wp.post(remote_id)["content"]["raw"]
    assert wp.count_posts() == 1
    assert [r for r in fault_proxy.requests if r.fault]
