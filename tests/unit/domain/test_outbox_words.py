"""The outbox in words: a resolved conflict is not "Cancelled", a stopped job says why and when
it goes again, and "All sent" only when everything was sent."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from workstation.domain.outbox_words import job_state_label, job_step_text, outbox_summary
from workstation.domain.publishing import JobAction, JobResolution, JobState, OutboxJob

NOW = datetime(2026, 12, 3, 6, 0, tzinfo=UTC)


def job(state: JobState, **fields) -> OutboxJob:
    return OutboxJob(1, 1, 1, JobAction.PUBLISH, state, NOW, NOW, **fields)


def test_a_resolved_conflict_reads_as_resolved():
    assert job_state_label(job(JobState.CANCELLED, resolution=JobResolution.THEIRS)) == (
        "Resolved: took the site's version"
    )
    assert job_state_label(job(JobState.DONE, resolution=JobResolution.MINE)) == "Resolved: kept this copy"
    assert (
        job_state_label(job(JobState.DONE, resolution=JobResolution.CHOICES)) == "Resolved: your choices sent"
    )
    assert job_state_label(job(JobState.CANCELLED)) == "Cancelled"
    # Until it is sent, a kept copy is a job like any other.
    assert job_state_label(job(JobState.QUEUED, resolution=JobResolution.MINE)) == "Waiting"


def test_a_job_waiting_to_retry_says_why_and_when():
    retrying = job(
        JobState.RETRYING,
        step="Reading the password from the keyring",
        last_error="Test Herald is not answering.",
        next_attempt_at=NOW + timedelta(minutes=3),
    )
    assert job_step_text(retrying, NOW) == "Test Herald is not answering. Retrying at 06:03."
    assert "keyring" not in job_step_text(retrying, NOW)
    assert job_step_text(replace(retrying, last_error=""), NOW) == "Retrying at 06:03."


def test_a_stopped_job_shows_its_reason_not_its_last_step():
    conflict = job(JobState.CONFLICT, step="Reading the password from the keyring", last_error="Changed.")
    assert job_step_text(conflict, NOW).startswith("Not sent: the post was changed on the site")
    failed = job(
        JobState.FAILED, step="Creating the post", last_error="Test Herald refused the request.\nmore"
    )
    assert job_step_text(failed, NOW) == "Test Herald refused the request."
    sending = job(JobState.SENDING, step="Uploading kim.jpg", bytes_sent=61, bytes_total=100)
    assert job_step_text(sending, NOW) == "61% · Uploading kim.jpg"
    assert job_step_text(job(JobState.QUEUED), NOW) == "Waiting to be sent"


def test_the_header_says_all_sent_only_when_all_was_sent():
    done = job(JobState.DONE)
    assert outbox_summary([]) == ""
    assert outbox_summary([done]) == "All sent"
    assert outbox_summary([done, job(JobState.DONE, resolution=JobResolution.MINE)]) == "All sent"
    assert outbox_summary([job(JobState.CANCELLED)]) == "Nothing waiting · 1 cancelled"
    assert outbox_summary([done, job(JobState.CANCELLED), job(JobState.CANCELLED)]) == (
        "Nothing waiting · 2 cancelled"
    )
    theirs = job(JobState.CANCELLED, resolution=JobResolution.THEIRS)
    assert outbox_summary([done, theirs]) == "Nothing waiting · 1 conflict resolved"
    assert outbox_summary([job(JobState.QUEUED), job(JobState.CONFLICT), job(JobState.CANCELLED)]) == (
        "1 to send · 1 needs you"
    )
    assert outbox_summary([job(JobState.FAILED), job(JobState.NEEDS_CREDENTIALS)]) == "2 need you"
