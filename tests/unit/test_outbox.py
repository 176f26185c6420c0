"""The outbox against an in-memory site: durable jobs, no duplicates, conflicts, retries."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.unit.fake_site import PASSWORD, FakeSite
from tests.unit.photo_images import camera_jpeg
from workstation.domain.article import ArticleContent, ArticleStatus
from workstation.domain.errors import ValidationError
from workstation.domain.photo import PhotoRole
from workstation.domain.publishing import JobAction, JobState, RemoteStatus, retry_delay
from workstation.services.publishing.errors import (
    CredentialsError,
    PermanentError,
    TransientError,
)
from workstation.services.publishing.outbox import PreflightBlocked
from workstation.services.workspace import Workspace, open_workspace

SITE_URL = "https://news.example.org"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
        self.per_call = timedelta()  # a clock that moves a little each time it is read

    def __call__(self) -> datetime:
        self.now += self.per_call
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def site() -> FakeSite:
    return FakeSite()


@pytest.fixture
def ws(data_dir: Path, site: FakeSite, clock: Clock):
    workspace = open_workspace(data_dir, clock=clock)
    _wire(workspace, site, clock)
    try:
        yield workspace
    finally:
        workspace.close()


def _wire(workspace: Workspace, site: FakeSite, clock: Clock) -> None:
    workspace.connect_publishing(site.destinations(workspace, clock), clock, random.Random(7))


def _article(ws: Workspace, tmp_path: Path, *, photo: bool = True, tags=("Drones", "North Korea")) -> int:
    section, _ = ws.taxonomy.resolve_section("World/Asia")
    article = ws.articles.create(
        ArticleContent(
            headline="Kim Orders Drones",
            standfirst='North Korea\'s leader wants "mass production".',
            body="First paragraph.\n\n## More\n\nSecond paragraph.",
            byline="TT",
            source_note="This article has been altered and translated by Sweden Herald",
            section_id=section.id,
            tags=tags,
        )
    )
    if photo:
        outcome = ws.photos.import_file(camera_jpeg(tmp_path / "kim.jpg"))
        assert outcome.photo is not None
        ws.photos.update_fields(
            outcome.photo.id, caption="Kim Jong-Un.", credit="KCNA via AP/TT", alt_text="Kim"
        )
        ws.photos.attach(article.id, outcome.photo.id, PhotoRole.FEATURED)
    return article.id


def _destination(ws: Workspace) -> int:
    return ws.destinations.add("Herald", SITE_URL, "editor", PASSWORD).id


def test_a_publish_is_a_job_in_the_store_before_anything_is_sent(ws, site, tmp_path, data_dir, clock):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    job = ws.outbox.publish(article_id, destination_id)
    assert job.state is JobState.QUEUED and job.action is JobAction.PUBLISH
    assert site.posts == {} and site.media == {}
    ws.close()
    # Quit, crash, reboot: the job is still there and goes when the worker runs.
    again = open_workspace(data_dir, clock=clock)
    _wire(again, site, clock)
    try:
        assert [j.id for j in again.outbox.jobs()] == [job.id]
        report = again.outbox.run_due()
        assert report.sent == 1
        assert again.outbox.job(job.id).state is JobState.DONE
    finally:
        again.close()
    assert len(site.posts) == 1 and len(site.media) == 1


def test_publish_maps_every_field(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post,) = site.posts.values()
    assert post.title == "Kim Orders Drones"
    assert post.excerpt == "North Korea’s leader wants “mass production”."
    assert post.status is RemoteStatus.PUBLISH
    assert post.slug == "kim-orders-drones"
    assert "<!-- wp:heading -->\n<h2>More</h2>" in post.content
    assert '<p class="ews-byline">By TT</p>' in post.content
    assert "This article has been altered and translated by Sweden Herald" in post.content
    names = {site.categories[c].name for c in post.categories}
    assert names == {"Asia"}
    asia = site.categories[post.categories[0]]
    assert site.categories[asia.parent].name == "World"
    assert sorted(site.tags[t].name for t in post.tags) == ["Drones", "North Korea"]
    (media_id,) = site.media
    assert post.featured_media == media_id
    assert site.media[media_id]["caption"] == "Kim Jong-Un. Photo: KCNA via AP/TT"
    assert site.media[media_id]["alt_text"] == "Kim"
    assert site.media[media_id]["post"] == post.id
    publication = ws.outbox.publications(article_id)[0]
    assert (publication.remote_id, publication.link) == (post.id, post.link)
    assert publication.modified_gmt == post.modified_gmt
    article = ws.articles.get(article_id)
    assert article.status is ArticleStatus.PUBLISHED
    assert article.first_published_at == post.date_gmt


def test_inline_photos_become_image_blocks_with_caption_and_credit(ws, site, tmp_path):
    article_id = _article(ws, tmp_path, photo=False)
    outcome = ws.photos.import_file(camera_jpeg(tmp_path / "inline.jpg"))
    photo = ws.photos.update_fields(outcome.photo.id, caption="A drone.", credit="KCNA", alt_text="Drone")
    ws.articles.update(article_id, body=f"Before.\n\n![Drone](photo:{photo.sha256[:12]})\n\nAfter.")
    ws.outbox.publish(article_id, _destination(ws))
    ws.outbox.run_due()
    (post,) = site.posts.values()
    (media_id,) = site.media
    url = site.media[media_id]["source_url"]
    assert (
        f'<!-- wp:image {{"id":{media_id},"sizeSlug":"large","linkDestination":"none"}} -->' in post.content
    )
    assert f'<img src="{url}" alt="Drone" class="wp-image-{media_id}"/>' in post.content
    assert 'A drone. <span class="ews-credit">Photo: KCNA</span></figcaption>' in post.content
    assert "ewsphoto:" not in post.content and "photo:" + photo.sha256[:12] not in post.content


def test_the_uploaded_photo_is_the_scrubbed_web_rendition(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    ws.outbox.publish(article_id, _destination(ws))
    ws.outbox.run_due()
    (item,) = site.media.values()
    photo = ws.photos.featured(article_id)
    assert item["bytes"] == ws.photos.web_bytes(photo)
    assert b"GPS" not in item["bytes"] or b"GPSInfo" not in item["bytes"]


def test_a_lost_answer_to_create_is_found_by_its_slug_not_created_twice(ws, site, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    ws.outbox.publish(article_id, _destination(ws))
    site.fail("create_post", TransientError("connection reset"), after=True)
    report = ws.outbox.run_due()
    assert report.waiting == 1 and len(site.posts) == 1
    job = ws.outbox.jobs()[0]
    assert job.state is JobState.RETRYING and job.pending_marker == "kim-orders-drones"
    assert "connection reset" in job.last_error
    assert ws.outbox.run_due().sent == 0  # not due yet: backoff
    clock.advance(60)
    assert ws.outbox.run_due().sent == 1
    assert len(site.posts) == 1 and len(site.media) == 1
    assert ws.outbox.publications(article_id)[0].remote_id == next(iter(site.posts))


def test_a_lost_answer_to_an_upload_is_found_by_its_marker_not_uploaded_twice(ws, site, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    ws.outbox.publish(article_id, _destination(ws))
    site.fail("upload_media", TransientError("timed out"), after=True)
    ws.outbox.run_due()
    assert len(site.media) == 1 and site.posts == {}
    clock.advance(60)
    assert ws.outbox.run_due().sent == 1
    assert len(site.media) == 1 and len(site.posts) == 1
    assert "find_media" in site.calls


def test_remote_ids_saved_at_once_survive_a_failure_later_on(ws, site, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    ws.outbox.publish(article_id, _destination(ws))
    site.fail("create_post", TransientError("503 Service Unavailable"))
    ws.outbox.run_due()
    uploads = site.calls.count("upload_media")
    clock.advance(60)
    ws.outbox.run_due()
    assert site.calls.count("upload_media") == uploads == 1
    assert site.calls.count("ensure_tag") == 2  # one per tag, never repeated


def test_an_update_sends_only_what_changed_and_keeps_status_and_date(ws, site, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE, clock.now + timedelta(hours=2))
    ws.outbox.run_due()
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.FUTURE and post.date_gmt == clock.now + timedelta(hours=2)
    assert ws.articles.get(article_id).status is ArticleStatus.SCHEDULED
    ws.articles.update(article_id, body="First paragraph, corrected.")
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    assert [c for c in site.calls if c.startswith("update_post:")] == ["update_post:content"]
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.FUTURE and post.date_gmt == clock.now + timedelta(hours=2)


def test_scheduling_needs_a_time_zone_and_a_minute_ahead(ws, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    with pytest.raises(ValidationError, match="at"):
        ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE)
    with pytest.raises(ValidationError, match="minute ahead"):
        ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE, clock.now + timedelta(seconds=30))
    with pytest.raises(ValidationError, match="time zone"):
        ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE, datetime(2030, 1, 1, 8, 0))


def test_a_change_on_the_site_is_a_conflict_and_nothing_is_written(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Changed in wp-admin")
    ws.articles.update(article_id, headline="Kim Orders Many Drones")
    ws.outbox.publish(article_id, destination_id)
    report = ws.outbox.run_due()
    assert report.failed == 1
    job = ws.outbox.jobs()[0]
    assert job.state is JobState.CONFLICT
    assert json.loads(job.conflict)["title"] == "Changed in wp-admin"
    assert site.posts[post_id].title == "Changed in wp-admin"
    assert not any(call.startswith("update_post") for call in site.calls)


def test_keep_mine_overwrites_after_a_conflict(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Changed in wp-admin")
    ws.articles.update(article_id, headline="Kim Orders Many Drones")
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    ws.outbox.resolve_conflict(job.id, "mine")
    assert ws.outbox.run_due().sent == 1
    assert site.posts[post_id].title == "Kim Orders Many Drones"


def test_take_theirs_makes_the_sites_version_a_local_revision(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    content = site.posts[post_id].content.replace("Second paragraph.", "Second paragraph, fixed on the site.")
    site.edit_on_site(post_id, title="Kim Orders Drones (updated)", content=content)
    ws.articles.update(article_id, headline="Mine")
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    revisions_before = len(ws.articles.revisions(article_id))
    ws.outbox.resolve_conflict(job.id, "theirs")
    article = ws.articles.get(article_id)
    assert article.headline == "Kim Orders Drones (updated)"
    assert "Second paragraph, fixed on the site." in article.body
    assert "By TT" not in article.body and article.byline == "TT"
    assert len(ws.articles.revisions(article_id)) > revisions_before
    assert ws.outbox.job(job.id).state is JobState.CANCELLED
    # The next publish starts from the site's version: no conflict.
    ws.articles.update(article_id, standfirst="New standfirst.")
    ws.outbox.publish(article_id, destination_id)
    assert ws.outbox.run_due().sent == 1


def test_edit_and_retry_sends_the_edited_version(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Site title")
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    held = ws.outbox.resolve_conflict(job.id, "edit")
    assert held.state is JobState.FAILED and "Retry" in held.step
    ws.articles.update(article_id, headline="Merged title")
    ws.outbox.retry(job.id)
    assert ws.outbox.run_due().sent == 1
    assert site.posts[post_id].title == "Merged title"


def test_401_asks_for_the_password_again_and_4xx_is_not_retried(ws, site, tmp_path, memory_keyring):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    site.password = "changed on the site"
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    assert ws.outbox.job(job.id).state is JobState.NEEDS_CREDENTIALS
    site.password = PASSWORD
    ws.destinations.set_password(destination_id, PASSWORD)
    assert [j.id for j in ws.outbox.resume_after_password(destination_id)] == [job.id]
    site.fail(
        "create_post", PermanentError("The site refused the request (400): Invalid parameter(s): slug", 400)
    )
    ws.outbox.run_due()
    failed = ws.outbox.job(job.id)
    assert failed.state is JobState.FAILED and "Invalid parameter(s): slug" in failed.last_error
    assert ws.outbox.run_due().sent == 0  # a failed job waits for the editor


def test_429_waits_at_least_retry_after(ws, site, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    ws.outbox.publish(article_id, _destination(ws))
    site.fail("create_post", TransientError("rate limited", retry_after=600))
    ws.outbox.run_due()
    job = ws.outbox.jobs()[0]
    assert job.next_attempt_at is not None and job.next_attempt_at - clock.now >= timedelta(seconds=600)


def test_backoff_grows_with_jitter_and_is_capped():
    rng = random.Random(1)
    delays = [retry_delay(n, rng=rng) for n in range(1, 12)]
    assert delays[0] <= 2.0 and delays[5] > delays[0]
    assert max(delays) <= 15 * 60
    assert len({round(retry_delay(4, rng=rng), 3) for _ in range(5)}) > 1


def test_a_missing_password_is_a_clear_state_not_a_crash(ws, site, tmp_path, memory_keyring):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    memory_keyring.passwords.clear()
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    job = ws.outbox.job(job.id)
    assert job.state is JobState.NEEDS_CREDENTIALS
    assert "No application password is stored for editor on Herald" in job.last_error


def test_preflight_blockers_refuse_the_publish_naming_fields(ws, tmp_path):
    article_id = _article(ws, tmp_path)
    photo = ws.photos.featured(article_id)
    ws.photos.update_fields(photo.id, credit="", alt_text="")
    with pytest.raises(PreflightBlocked) as caught:
        ws.outbox.publish(article_id, _destination(ws))
    fields = {item.field for item in caught.value.items}
    assert {"photo.credit", "photo.alt_text"} <= fields
    assert ws.outbox.jobs() == []


def test_cancel_stops_a_job_and_retry_brings_it_back(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    job = ws.outbox.publish(article_id, _destination(ws))
    ws.outbox.cancel(job.id)
    assert ws.outbox.run_due().sent == 0 and site.posts == {}
    with pytest.raises(ValidationError):
        ws.outbox.retry(job.id)


def test_a_second_worker_cannot_take_a_job_already_being_sent(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    job = ws.outbox.publish(article_id, _destination(ws))
    assert ws.outbox._claim(job.id)
    assert not ws.outbox._claim(job.id)  # the CLI while the app sends it
    assert ws.outbox.run_job(job.id) is None


def test_a_job_left_sending_by_a_killed_process_is_taken_up_again(ws, site, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    job = ws.outbox.publish(article_id, _destination(ws))
    assert ws.outbox._claim(job.id)  # ... and the process died
    assert ws.outbox.run_due().sent == 0
    clock.advance(180)
    assert ws.outbox.run_due().sent == 1 and len(site.posts) == 1


def test_two_publishes_in_a_row_share_one_job(ws, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    first = ws.outbox.publish(article_id, destination_id, RemoteStatus.DRAFT)
    second = ws.outbox.publish(article_id, destination_id, RemoteStatus.PUBLISH)
    assert first.id == second.id and second.requested_status is RemoteStatus.PUBLISH
    assert len(ws.outbox.jobs()) == 1


def test_unpublish_and_trash(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    ws.outbox.unpublish(article_id)
    ws.outbox.run_due()
    assert site.posts[post_id].status is RemoteStatus.DRAFT
    assert ws.articles.get(article_id).status is ArticleStatus.WITHDRAWN
    ws.outbox.trash(article_id, destination_id)
    ws.outbox.run_due()
    assert site.posts[post_id].status is RemoteStatus.TRASH
    assert ws.outbox.publications(article_id)[0].remote_status is RemoteStatus.TRASH


def test_unpublishing_an_article_never_published_is_refused(ws, tmp_path):
    article_id = _article(ws, tmp_path)
    _destination(ws)
    with pytest.raises(ValidationError, match="not been published"):
        ws.outbox.unpublish(article_id)


def test_a_post_deleted_on_the_site_fails_clearly(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    site.posts.clear()
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    failed = ws.outbox.job(job.id)
    assert failed.state is JobState.FAILED and "no longer exists" in failed.last_error


def test_byline_and_source_note_go_to_registered_meta(ws, site, tmp_path):
    site.meta = frozenset({"byline", "ews_source_note"})
    article_id = _article(ws, tmp_path)
    ws.outbox.publish(article_id, _destination(ws))
    ws.outbox.run_due()
    (post,) = site.posts.values()
    assert post.meta == {
        "byline": "TT",
        "ews_source_note": "This article has been altered and translated by Sweden Herald",
    }


def test_pull_imports_posts_with_sections_tags_and_featured_photo(ws, site, tmp_path):
    # Publish one article to fill the site, then pull into a second, empty destination view.
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    post = next(iter(site.posts.values()))
    from workstation.services.publishing.publisher import RemotePost

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
    assert len(report.created) == 1 and report.updated == []
    pulled = ws.articles.get(report.created[0])
    assert (pulled.headline, pulled.standfirst, pulled.body) == (
        "Written on the site",
        "An excerpt.",
        "Site **text**.",
    )
    assert pulled.section_path == ("World", "Asia")
    assert pulled.tags == ("Drones",)
    assert pulled.status is ArticleStatus.PUBLISHED
    assert pulled.first_published_at == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    featured = ws.photos.featured(pulled.id)
    assert featured is not None and featured.metadata.credit == "KCNA via AP/TT"
    assert ws.outbox.publications(pulled.id)[0].remote_id == 999
    # Incremental: nothing new, nothing pulled again.
    again = ws.pulls.pull(destination_id)
    assert again.created == [] and again.updated == []
    site.edit_on_site(999, title="Written on the site, corrected")
    third = ws.pulls.pull(destination_id)
    assert third.updated == [pulled.id]
    assert ws.articles.get(pulled.id).headline == "Written on the site, corrected"


def test_pull_keeps_local_edits_when_both_changed(ws, site, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    clock.advance(5)
    ws.articles.update(article_id, headline="Edited here")
    site.edit_on_site(post_id, title="Edited there")
    report = ws.pulls.pull(destination_id)
    assert report.kept_local == [article_id]
    assert ws.articles.get(article_id).headline == "Edited here"


def test_adding_a_destination_checks_the_site_and_keeps_the_password_in_the_keyring_only(
    ws, site, data_dir, memory_keyring
):
    with pytest.raises(CredentialsError, match="did not accept user 'editor'"):
        ws.destinations.add("Herald", SITE_URL, "editor", "wrong password")
    assert ws.destinations.list() == []
    site.can_publish = False
    with pytest.raises(PermanentError, match="may not publish"):
        ws.destinations.add("Herald", SITE_URL, "editor", PASSWORD)
    site.can_publish = True
    destination = ws.destinations.add("Herald", SITE_URL, "editor", PASSWORD)
    assert destination.api_root == SITE_URL + "/wp-json/"
    assert list(memory_keyring.passwords.values()) == [PASSWORD]
    ws.close()
    for file in data_dir.rglob("*"):
        if file.is_file():
            assert PASSWORD.encode() not in file.read_bytes(), file
    with pytest.raises(ValidationError, match="already exists"):
        reopened = open_workspace(data_dir)
        try:
            _wire(reopened, site, Clock())
            reopened.destinations.add("herald", SITE_URL, "editor", PASSWORD)
        finally:
            reopened.close()


def test_removing_a_destination_removes_its_password(ws, memory_keyring):
    destination_id = _destination(ws)
    ws.destinations.remove(destination_id)
    assert memory_keyring.passwords == {} and ws.destinations.list() == []


def test_the_sites_upload_limit_is_learned_and_then_checked_before_sending(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    job = ws.outbox.publish(article_id, destination_id)
    site.fail(
        "upload_media",
        PermanentError(
            "The site refused the request (400): This file is too big. Files must be less than 1 KB in size.",
            400,
            "rest_upload_file_too_big",
        ),
    )
    ws.outbox.run_due()
    assert ws.outbox.job(job.id).state is JobState.FAILED
    assert ws.destinations.get(destination_id).max_upload_bytes == 1024
    with pytest.raises(PreflightBlocked) as caught:
        ws.outbox.publish(article_id, destination_id)
    (item,) = caught.value.items
    assert (
        item.field == "photo"
        and "kim.jpg is " in item.message
        and "accepts uploads up to 1 KB" in item.message
    )


def test_organisation_presets_are_added_without_passwords_and_can_be_locked(data_dir, site, clock):
    from workstation.services.managed_config import ManagedConfig, ManagedDestination

    managed = ManagedConfig(
        path=None,
        destinations=(ManagedDestination("Herald", SITE_URL, "editor"),),
        locked=frozenset({"destinations"}),
    )
    workspace = open_workspace(data_dir, clock=clock, managed=managed)
    try:
        (preset,) = workspace.destinations.list()
        assert (preset.name, preset.url, preset.username, preset.managed) == (
            "Herald",
            SITE_URL,
            "editor",
            True,
        )
        assert workspace.destinations.password(preset) is None
        with pytest.raises(ValidationError, match="set by your organisation"):
            workspace.destinations.add("Other", "https://other.example", "me", "pw")
        with pytest.raises(ValidationError, match="set by your organisation"):
            workspace.destinations.remove(preset.id)
    finally:
        workspace.close()
    again = open_workspace(data_dir, clock=clock, managed=managed)
    try:
        assert len(again.destinations.list()) == 1  # not added twice
    finally:
        again.close()


def _article_with_inline_photo(ws, tmp_path) -> tuple[int, str]:
    article_id = _article(ws, tmp_path)
    outcome = ws.photos.import_file(camera_jpeg(tmp_path / "inline.jpg"))
    photo = ws.photos.update_fields(outcome.photo.id, caption="A drone.", credit="KCNA", alt_text="Drone")
    body = f"Before.\n\n![Drone](photo:{photo.sha256})\n\nAfter."
    ws.articles.update(article_id, body=body)
    return article_id, body


def test_take_theirs_takes_only_what_changed_on_the_site(ws, site, tmp_path):
    article_id, body = _article_with_inline_photo(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="A better headline from the desk")
    ws.articles.update(article_id, headline="Mine")
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    ws.outbox.resolve_conflict(job.id, "theirs")
    article = ws.articles.get(article_id)
    assert article.headline == "A better headline from the desk"
    assert article.body == body  # the photo reference is still ours, not the site's URL
    assert article.byline == "TT"


def test_pulling_a_post_we_published_keeps_our_body_when_only_the_title_changed(ws, site, tmp_path, clock):
    article_id, body = _article_with_inline_photo(ws, tmp_path)
    destination_id = _destination(ws)
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


def test_publishing_a_trashed_post_again_restores_it(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    ws.outbox.trash(article_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    assert site.posts[post_id].status is RemoteStatus.TRASH
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    assert site.posts[post_id].status is RemoteStatus.PUBLISH and len(site.posts) == 1


def test_a_long_upload_keeps_its_job_from_being_taken_by_another_worker(
    ws, site, tmp_path, clock, monkeypatch
):
    from tests.unit.fake_site import FakePublisher
    from workstation.services.publishing import sending

    monkeypatch.setattr(sending, "HEARTBEAT_SECONDS", 0.0)  # every progress report is "a while"
    article_id = _article(ws, tmp_path)
    job = ws.outbox.publish(article_id, _destination(ws))
    taken_by_other: list[bool] = []
    upload = FakePublisher.upload_media

    def slow_upload(self, data, filename, mime, progress=None):
        clock.advance(180)  # three minutes into the upload ...
        progress(len(data) // 2, len(data))  # ... it reports progress
        taken_by_other.append(ws.outbox._claim(job.id))  # `workstation outbox run` meanwhile
        return upload(self, data, filename, mime, progress)

    monkeypatch.setattr(FakePublisher, "upload_media", slow_upload)
    ws.outbox.run_due()
    assert taken_by_other == [False]
    assert ws.outbox.job(job.id).state is JobState.DONE and len(site.media) == 1


def test_keep_mine_overwrites_only_the_version_the_editor_saw(ws, site, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="First change on the site")
    ws.articles.update(article_id, headline="Mine")
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
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Changed on the site", excerpt="Also changed there")
    ws.articles.update(article_id, body="Only the body changed here.")
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
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    drones = next(t.id for t in site.tags.values() if t.name == "Drones")
    world = next(c.id for c in site.categories.values() if c.name == "World")
    site.edit_on_site(post_id, tags=(drones,), categories=(world,))
    ws.articles.update(article_id, headline="Mine")
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    ws.outbox.resolve_conflict(job.id, "theirs")
    article = ws.articles.get(article_id)
    assert article.tags == ("Drones",) and article.section_path == ("World",)
    assert article.headline == "Mine"  # the site did not change the title


def test_a_new_job_after_a_cancelled_one_finds_what_the_lost_answers_created(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    job = ws.outbox.publish(article_id, destination_id)
    site.fail("create_post", TransientError("connection reset"), after=True)
    ws.outbox.run_due()
    assert len(site.posts) == 1 and len(site.media) == 1
    ws.outbox.cancel(job.id)  # the editor gives up on it ... and publishes again later
    ws.outbox.publish(article_id, destination_id)
    assert ws.outbox.run_due().sent == 1
    assert len(site.posts) == 1 and len(site.media) == 1
    assert next(iter(site.posts.values())).slug == "kim-orders-drones"


def test_a_cancelled_upload_is_found_by_the_next_job(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    job = ws.outbox.publish(article_id, destination_id)
    site.fail("upload_media", TransientError("timed out"), after=True)
    ws.outbox.run_due()
    ws.outbox.cancel(job.id)
    ws.outbox.publish(article_id, destination_id)
    assert ws.outbox.run_due().sent == 1
    assert len(site.media) == 1 and len(site.posts) == 1


def test_a_corrected_caption_updates_the_media_instead_of_uploading_again(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    photo = ws.photos.featured(article_id)
    ws.photos.update_fields(photo.id, caption="Kim Jong-Un, corrected.")
    ws.outbox.publish(article_id, destination_id)
    assert ws.outbox.run_due().sent == 1
    (media,) = site.media.values()
    assert media["caption"] == "Kim Jong-Un, corrected. Photo: KCNA via AP/TT"


def test_publish_now_on_a_scheduled_post_publishes_it_now(ws, site, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE, clock.now + timedelta(hours=5))
    ws.outbox.run_due()
    ws.outbox.publish(article_id, destination_id, RemoteStatus.PUBLISH)
    ws.outbox.run_due()
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.PUBLISH and post.date_gmt == clock.now.replace(microsecond=0)


def test_a_pull_right_after_a_publish_takes_site_edits(ws, site, tmp_path, clock):
    clock.per_call = timedelta(milliseconds=1)
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()  # the article's status became Published here: part of the sync
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Retitled on the site")
    report = ws.pulls.pull(destination_id)
    assert report.updated == [article_id] and report.kept_local == []


def test_two_jobs_for_one_article_are_never_sent_at_once(ws, site, tmp_path):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    first = ws.outbox.publish(article_id, destination_id)
    assert ws.outbox._claim(first.id)  # the app is sending it ...
    second = ws.outbox.publish(article_id, destination_id)  # ... and another publish is asked for
    assert second.id != first.id
    assert not ws.outbox._claim(second.id)  # `outbox run` may not send it alongside
    other = _article(ws, tmp_path)
    assert ws.outbox._claim(ws.outbox.publish(other, destination_id).id)  # another article may go


def test_a_pull_whose_photo_fails_keeps_the_article_linked_and_reads_it_again(
    ws, site, tmp_path, monkeypatch
):
    from tests.unit.fake_site import FakePublisher

    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    post = next(iter(site.posts.values()))
    from workstation.services.publishing.publisher import RemotePost

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
    assert len(report.created) == 1 and len(report.problems) == 1
    assert "featured photo" in report.problems[0]
    pulled = report.created[0]
    assert ws.outbox.publications(pulled)[0].remote_id == 999
    monkeypatch.setattr(FakePublisher, "download", download)
    again = ws.pulls.pull(destination_id)  # read again, but no second article for the same post
    assert again.created == [] and again.problems == []


def test_sections_tags_and_photos_deleted_on_the_site_are_made_again(ws, site, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    asia = next(c.id for c in site.categories.values() if c.name == "Asia")
    del site.categories[asia]  # an administrator tidies the site up; WordPress unlinks them too
    site.tags.clear()
    site.media.clear()
    from dataclasses import replace as replaced

    site.posts[post_id] = replaced(site.posts[post_id], categories=(), tags=(), featured_media=0)
    ws.articles.update(article_id, body="A correction.")
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    assert ws.outbox.job(job.id).state is JobState.RETRYING
    assert "no longer has some of the sections" in ws.outbox.job(job.id).last_error
    clock.advance(60)
    assert ws.outbox.run_due().sent == 1
    post = site.posts[post_id]
    assert [site.categories[c].name for c in post.categories] == ["Asia"]
    assert sorted(site.tags[t].name for t in post.tags) == ["Drones", "North Korea"]
    assert post.featured_media in site.media and len(site.media) == 1


def test_publish_now_works_when_this_machines_clock_is_ahead_of_the_sites(ws, site, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE, clock.now + timedelta(hours=5))
    ws.outbox.run_due()
    clock.advance(600)  # ten minutes ahead of the site
    ws.outbox.publish(article_id, destination_id, RemoteStatus.PUBLISH)
    ws.outbox.run_due()
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.PUBLISH and post.date_gmt <= site.clock


def test_a_lost_answer_to_an_update_is_not_taken_for_a_conflict(ws, site, tmp_path, clock):
    article_id = _article(ws, tmp_path)
    destination_id = _destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    ws.articles.update(article_id, body="A correction.")
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
    ws.articles.update(article_id, body="Another correction.")
    again = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    assert ws.outbox.job(again.id).state is JobState.CONFLICT
