"""The outbox after failures: retries and backoff, lost answers, cancels, passwords, two workers."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from tests.fakes.fake_site import PASSWORD
from tests.fakes.publishing import add_destination, make_article
from workstation.domain.errors import ValidationError
from workstation.domain.publishing import JobState, retry_delay
from workstation.services.publishing.errors import (
    PermanentError,
    TransientError,
)


def test_a_lost_answer_to_create_is_found_by_its_slug_not_created_twice(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    ws.outbox.publish(article_id, add_destination(ws))
    site.fail("create_post", TransientError("connection reset"), after=True)
    report = ws.outbox.run_due()
    assert report.waiting == 1
    assert len(site.posts) == 1
    job = ws.outbox.jobs()[0]
    assert job.state is JobState.RETRYING
    assert job.pending_marker == "kim-orders-drones"
    assert "connection reset" in job.last_error
    assert ws.outbox.run_due().sent == 0  # not due yet: backoff
    clock.advance(60)
    assert ws.outbox.run_due().sent == 1
    assert len(site.posts) == 1
    assert len(site.media) == 1
    assert ws.outbox.publications(article_id)[0].remote_id == next(iter(site.posts))


def test_a_lost_answer_to_an_upload_is_found_by_its_marker_not_uploaded_twice(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    ws.outbox.publish(article_id, add_destination(ws))
    site.fail("upload_media", TransientError("timed out"), after=True)
    ws.outbox.run_due()
    assert len(site.media) == 1
    assert site.posts == {}
    clock.advance(60)
    assert ws.outbox.run_due().sent == 1
    assert len(site.media) == 1
    assert len(site.posts) == 1
    assert "find_media" in site.calls


def test_remote_ids_saved_at_once_survive_a_failure_later_on(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    ws.outbox.publish(article_id, add_destination(ws))
    site.fail("create_post", TransientError("503 Service Unavailable"))
    ws.outbox.run_due()
    uploads = site.calls.count("upload_media")
    clock.advance(60)
    ws.outbox.run_due()
    assert site.calls.count("upload_media") == uploads == 1
    assert site.calls.count("ensure_tag") == 2  # one per tag, never repeated


def test_401_asks_for_the_password_again_and_4xx_is_not_retried(ws, site, tmp_path, memory_keyring):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
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
    assert failed.state is JobState.FAILED
    assert "Invalid parameter(s): slug" in failed.last_error
    assert ws.outbox.run_due().sent == 0  # a failed job waits for the editor


def test_429_waits_at_least_retry_after(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    ws.outbox.publish(article_id, add_destination(ws))
    site.fail("create_post", TransientError("rate limited", retry_after=600))
    ws.outbox.run_due()
    job = ws.outbox.jobs()[0]
    assert job.next_attempt_at is not None
    assert job.next_attempt_at - clock.now >= timedelta(seconds=600)


def test_backoff_grows_with_jitter_and_is_capped():
    rng = random.Random(1)
    delays = [retry_delay(n, rng=rng) for n in range(1, 12)]
    assert delays[0] <= 2.0
    assert delays[5] > delays[0]
    assert max(delays) <= 15 * 60
    assert len({round(retry_delay(4, rng=rng), 3) for _ in range(5)}) > 1


def test_a_missing_password_is_a_clear_state_not_a_crash(ws, site, tmp_path, memory_keyring):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    memory_keyring.passwords.clear()
    job = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    job = ws.outbox.job(job.id)
    assert job.state is JobState.NEEDS_CREDENTIALS
    assert "No application password is stored for editor on Herald" in job.last_error


def test_cancel_stops_a_job_and_retry_brings_it_back(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    job = ws.outbox.publish(article_id, add_destination(ws))
    ws.outbox.cancel(job.id)
    assert ws.outbox.run_due().sent == 0
    assert site.posts == {}
    with pytest.raises(ValidationError):
        ws.outbox.retry(job.id)


def test_a_second_worker_cannot_take_a_job_already_being_sent(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    job = ws.outbox.publish(article_id, add_destination(ws))
    assert ws.outbox._claim(job.id)
    assert not ws.outbox._claim(job.id)  # the CLI while the app sends it
    assert ws.outbox.run_job(job.id) is None


def test_a_job_left_sending_by_a_killed_process_is_taken_up_again(ws, site, tmp_path, clock):
    article_id = make_article(ws, tmp_path)
    job = ws.outbox.publish(article_id, add_destination(ws))
    assert ws.outbox._claim(job.id)  # ... and the process died
    assert ws.outbox.run_due().sent == 0
    clock.advance(180)
    assert ws.outbox.run_due().sent == 1
    assert len(site.posts) == 1


def test_a_long_upload_keeps_its_job_from_being_taken_by_another_worker(
    ws, site, tmp_path, clock, monkeypatch
):
    from tests.fakes.fake_site import FakePublisher
    from workstation.services.publishing import sending

    monkeypatch.setattr(sending, "HEARTBEAT_SECONDS", 0.0)  # every progress report is "a while"
    article_id = make_article(ws, tmp_path)
    job = ws.outbox.publish(article_id, add_destination(ws))
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
    assert ws.outbox.job(job.id).state is JobState.DONE
    assert len(site.media) == 1


def test_a_new_job_after_a_cancelled_one_finds_what_the_lost_answers_created(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    job = ws.outbox.publish(article_id, destination_id)
    site.fail("create_post", TransientError("connection reset"), after=True)
    ws.outbox.run_due()
    assert len(site.posts) == 1
    assert len(site.media) == 1
    ws.outbox.cancel(job.id)  # the editor gives up on it ... and publishes again later
    ws.outbox.publish(article_id, destination_id)
    assert ws.outbox.run_due().sent == 1
    assert len(site.posts) == 1
    assert len(site.media) == 1
    assert next(iter(site.posts.values())).slug == "kim-orders-drones"


def test_a_cancelled_upload_is_found_by_the_next_job(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    job = ws.outbox.publish(article_id, destination_id)
    site.fail("upload_media", TransientError("timed out"), after=True)
    ws.outbox.run_due()
    ws.outbox.cancel(job.id)
    ws.outbox.publish(article_id, destination_id)
    assert ws.outbox.run_due().sent == 1
    assert len(site.media) == 1
    assert len(site.posts) == 1


def test_two_jobs_for_one_article_are_never_sent_at_once(ws, site, tmp_path):
    article_id = make_article(ws, tmp_path)
    destination_id = add_destination(ws)
    first = ws.outbox.publish(article_id, destination_id)
    assert ws.outbox._claim(first.id)  # the app is sending it ...
    second = ws.outbox.publish(article_id, destination_id)  # ... and another publish is asked for
    assert second.id != first.id
    assert not ws.outbox._claim(second.id)  # `outbox run` may not send it alongside
    other = make_article(ws, tmp_path)
    assert ws.outbox._claim(ws.outbox.publish(other, destination_id).id)  # another article may go
