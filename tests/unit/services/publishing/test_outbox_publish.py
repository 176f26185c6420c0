"""Publishing through the outbox: durable jobs, every field mapped, statuses and dates, site limits."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.fakes.photo_images import camera_jpeg
from tests.fakes.publishing import add_destination, make_article, wire
from workstation.domain.article import ArticleChanges, ArticleStatus
from workstation.domain.errors import ValidationError
from workstation.domain.publishing import JobAction, JobState, RemoteStatus
from workstation.services.publishing.errors import PermanentError
from workstation.services.publishing.outbox import PreflightBlocked
from workstation.services.workspace import open_workspace


def test_a_publish_is_a_job_in_the_store_before_anything_is_sent(ws, site, tmp_path, data_dir, clock):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    job = ws.outbox.publish(article_id, destination_id)
    assert job.state is JobState.QUEUED
    assert job.action is JobAction.PUBLISH
    assert site.posts == {}
    assert site.media == {}
    ws.close()
    # Quit, crash, reboot: the job is still there and goes when the worker runs.
    again = open_workspace(data_dir, clock=clock)
    wire(again, site, clock)
    try:
        assert [j.id for j in again.outbox.jobs()] == [job.id]
        report = again.outbox.run_due()
        assert report.sent == 1
        assert again.outbox.job(job.id).state is JobState.DONE
    finally:
        again.close()
    assert len(site.posts) == 1
    assert len(site.media) == 1


def test_publish_maps_every_field(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
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
    assert publication.remote_status is RemoteStatus.PUBLISH  # the site's status is the site's
    article = ws.articles.get(article_id)
    assert article.status is ArticleStatus.DRAFT  # the workflow status stays the newsroom's
    assert article.first_published_at == post.date_gmt


def test_inline_photos_become_image_blocks_with_caption_and_credit(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path, photo=False)
    outcome = ws.photos.import_file(camera_jpeg(tmp_path / "inline.jpg"))
    photo = ws.photos.update_fields(outcome.photo.id, caption="A drone.", credit="KCNA", alt_text="Drone")
    ws.articles.update(
        article_id, ArticleChanges(body=f"Before.\n\n![Drone](photo:{photo.sha256[:12]})\n\nAfter.")
    )
    ws.outbox.publish(article_id, add_destination(ws))
    ws.outbox.run_due()
    (post,) = site.posts.values()
    (media_id,) = site.media
    url = site.media[media_id]["source_url"]
    assert (
        f'<!-- wp:image {{"id":{media_id},"sizeSlug":"large","linkDestination":"none"}} -->' in post.content
    )
    assert f'<img src="{url}" alt="Drone" class="wp-image-{media_id}"/>' in post.content
    assert 'A drone. <span class="ews-credit">Photo: KCNA</span></figcaption>' in post.content
    assert "ewsphoto:" not in post.content
    assert "photo:" + photo.sha256[:12] not in post.content


def test_the_uploaded_photo_is_the_scrubbed_web_rendition(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    ws.outbox.publish(article_id, add_destination(ws))
    ws.outbox.run_due()
    (item,) = site.media.values()
    photo = ws.photos.featured(article_id)
    assert item["bytes"] == ws.photos.web_bytes(photo)
    assert b"GPS" not in item["bytes"] or b"GPSInfo" not in item["bytes"]


def test_an_update_sends_only_what_changed_and_keeps_status_and_date(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE, clock.now + timedelta(hours=2))
    ws.outbox.run_due()
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.FUTURE
    assert post.date_gmt == clock.now + timedelta(hours=2)
    assert ws.outbox.publications(article_id)[0].remote_status is RemoteStatus.FUTURE
    assert ws.articles.get(article_id).status is ArticleStatus.DRAFT
    ws.articles.update(article_id, ArticleChanges(body="First paragraph, corrected."))
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    assert [c for c in site.calls if c.startswith("update_post:")] == ["update_post:content"]
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.FUTURE
    assert post.date_gmt == clock.now + timedelta(hours=2)


def test_scheduling_needs_a_time_zone_and_a_minute_ahead(ws, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    with pytest.raises(ValidationError, match="at"):
        ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE)
    with pytest.raises(ValidationError, match="minute ahead"):
        ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE, clock.now + timedelta(seconds=30))
    with pytest.raises(ValidationError, match="time zone"):
        ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE, datetime(2030, 1, 1, 8, 0))


def test_preflight_blockers_refuse_the_publish_naming_fields(ws, tmp_path):
    article_id = make_article(ws, tmp_path)
    photo = ws.photos.featured(article_id)
    ws.photos.update_fields(photo.id, credit="", alt_text="")
    with pytest.raises(PreflightBlocked) as caught:
        ws.outbox.publish(article_id, add_destination(ws))
    fields = {item.field for item in caught.value.items}
    assert {"photo.credit", "photo.alt_text"} <= fields
    assert ws.outbox.jobs() == []


def test_two_publishes_in_a_row_share_one_job(ws, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    first = ws.outbox.publish(article_id, destination_id, RemoteStatus.DRAFT)
    second = ws.outbox.publish(article_id, destination_id, RemoteStatus.PUBLISH)
    assert first.id == second.id
    assert second.requested_status is RemoteStatus.PUBLISH
    assert len(ws.outbox.jobs()) == 1


def test_unpublish_and_trash(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    ws.articles.update(article_id, ArticleChanges(status=ArticleStatus.READY))
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    ws.outbox.unpublish(article_id)
    ws.outbox.run_due()
    assert site.posts[post_id].status is RemoteStatus.DRAFT
    assert ws.outbox.publications(article_id)[0].remote_status is RemoteStatus.DRAFT
    # Back to draft on the site is the site's: the workflow status is the newsroom's.
    assert ws.articles.get(article_id).status is ArticleStatus.READY
    ws.outbox.trash(article_id, destination_id)
    ws.outbox.run_due()
    assert site.posts[post_id].status is RemoteStatus.TRASH
    assert ws.outbox.publications(article_id)[0].remote_status is RemoteStatus.TRASH
    assert ws.articles.get(article_id).status is ArticleStatus.READY


def test_unpublishing_an_article_never_published_is_refused(ws, tmp_path):
    article_id = make_article(ws, tmp_path)
    add_destination(ws)
    with pytest.raises(ValidationError, match="not been published"):
        ws.outbox.unpublish(article_id)


def test_a_post_deleted_on_the_site_fails_clearly(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    site.posts.clear()
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    failed = ws.outbox.job(job.id)
    assert failed.state is JobState.FAILED
    assert "no longer exists" in failed.last_error


def test_byline_and_source_note_go_to_registered_meta(ws, site, tmp_path):
    site.meta = frozenset({"byline", "ews_source_note"})
    article_id = make_article(ws, tmp_path)
    ws.outbox.publish(article_id, add_destination(ws))
    ws.outbox.run_due()
    (post,) = site.posts.values()
    assert post.meta == {
        "byline": "TT",
        "ews_source_note": "This article has been altered and translated by Sweden Herald",
    }


def test_the_sites_upload_limit_is_learned_and_then_checked_before_sending(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
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
    assert item.field == "photo"
    assert "kim.jpg is " in item.message
    assert "accepts uploads up to 1 KB" in item.message


def test_publishing_a_trashed_post_again_restores_it(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    ws.outbox.trash(article_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    assert site.posts[post_id].status is RemoteStatus.TRASH
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    assert site.posts[post_id].status is RemoteStatus.PUBLISH
    assert len(site.posts) == 1


def test_a_corrected_caption_updates_the_media_instead_of_uploading_again(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    photo = ws.photos.featured(article_id)
    ws.photos.update_fields(photo.id, caption="Kim Jong-Un, corrected.")
    ws.outbox.publish(article_id, destination_id)
    assert ws.outbox.run_due().sent == 1
    (media,) = site.media.values()
    assert media["caption"] == "Kim Jong-Un, corrected. Photo: KCNA via AP/TT"


def test_publish_now_on_a_scheduled_post_publishes_it_now(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE, clock.now + timedelta(hours=5))
    ws.outbox.run_due()
    ws.outbox.publish(article_id, destination_id, RemoteStatus.PUBLISH)
    ws.outbox.run_due()
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.PUBLISH
    assert post.date_gmt == clock.now.replace(microsecond=0)


def test_sections_tags_and_photos_deleted_on_the_site_are_made_again(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    (post_id,) = site.posts
    asia = next(c.id for c in site.categories.values() if c.name == "Asia")
    del site.categories[asia]  # an administrator tidies the site up; WordPress unlinks them too
    site.tags.clear()
    site.media.clear()
    from dataclasses import replace as replaced

    site.posts[post_id] = replaced(site.posts[post_id], categories=(), tags=(), featured_media=0)
    ws.articles.update(article_id, ArticleChanges(body="A correction."))
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    assert ws.outbox.job(job.id).state is JobState.RETRYING
    assert "no longer has some of the sections" in ws.outbox.job(job.id).last_error
    clock.advance(60)
    assert ws.outbox.run_due().sent == 1
    post = site.posts[post_id]
    assert [site.categories[c].name for c in post.categories] == ["Asia"]
    assert sorted(site.tags[t].name for t in post.tags) == ["Drones", "North Korea"]
    assert post.featured_media in site.media
    assert len(site.media) == 1


def test_publish_now_works_when_this_machines_clock_is_ahead_of_the_sites(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    ws.outbox.publish(article_id, destination_id, RemoteStatus.FUTURE, clock.now + timedelta(hours=5))
    ws.outbox.run_due()
    clock.advance(600)  # ten minutes ahead of the site
    ws.outbox.publish(article_id, destination_id, RemoteStatus.PUBLISH)
    ws.outbox.run_due()
    (post,) = site.posts.values()
    assert post.status is RemoteStatus.PUBLISH
    assert post.date_gmt <= site.clock


def test_the_word_target_stays_on_the_desk(ws, site, tmp_path):
    """The editor's word target (a print slot) is kept with the article, never sent to the site."""
    article_id = make_article(ws, tmp_path)
    ws.articles.update(article_id, ArticleChanges(word_target=4321))
    ws.outbox.publish(article_id, add_destination(ws))
    ws.outbox.run_due()
    (post,) = site.posts.values()
    sent = ws.outbox.publications(article_id)[0].synced_fields
    assert "word_target" not in sent
    assert "4321" not in sent
    assert "4321" not in post.content
    assert ws.articles.get(article_id).word_target == 4321
