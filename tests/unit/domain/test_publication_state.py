"""The publication state of one article on one site, from its publication, its job and edits."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from workstation.domain.publication_state import (
    PublicationState,
    SiteFacts,
    clock_time,
    relevant_job,
    site_state,
    worst,
)
from workstation.domain.publishing import JobAction, JobState, OutboxJob, Publication, RemoteStatus

NOW = datetime(2026, 11, 25, 5, 50, tzinfo=UTC)


def job(state: JobState, job_id: int = 7, **fields) -> OutboxJob:
    return OutboxJob(
        id=job_id,
        article_id=1,
        destination_id=2,
        action=JobAction.PUBLISH,
        state=state,
        created_at=NOW,
        updated_at=NOW,
        **fields,
    )


ON_SITE = Publication(1, 2, remote_id=40, remote_status=RemoteStatus.PUBLISH, synced_at=NOW)
NOT_CREATED = Publication(1, 2, slug="kim-orders-drones")  # a create was tried, no post yet
PUBLICATIONS = {"none": None, "not created": NOT_CREATED, "on the site": ON_SITE}
EXPECTED_FROM_JOB = {
    JobState.QUEUED: PublicationState.SENDING,
    JobState.SENDING: PublicationState.SENDING,
    JobState.RETRYING: PublicationState.RETRYING,
    JobState.CONFLICT: PublicationState.CONFLICT,
    JobState.FAILED: PublicationState.FAILED,
    JobState.NEEDS_CREDENTIALS: PublicationState.FAILED,
}


def test_the_six_values_are_the_contract():
    assert [s.value for s in PublicationState] == [
        "in_sync",
        "local_changes",
        "sending",
        "retrying",
        "conflict",
        "failed",
    ]
    assert {s for s in PublicationState if s.needs_attention} == {
        PublicationState.LOCAL_CHANGES,
        PublicationState.CONFLICT,
        PublicationState.FAILED,
    }
    assert all(s.label for s in PublicationState)


@pytest.mark.parametrize("publication_name", list(PUBLICATIONS))
@pytest.mark.parametrize("edited", [False, True])
@pytest.mark.parametrize("job_state", list(JobState))
def test_every_job_state_with_every_publication(job_state, publication_name, edited):
    publication = PUBLICATIONS[publication_name]
    state = site_state("Herald", publication, job(job_state), edited_since_sent=edited)
    if job_state in EXPECTED_FROM_JOB:  # the job decides, whatever the publication says
        assert state is not None
        assert state.state is EXPECTED_FROM_JOB[job_state]
        assert state.job is not None
        assert state.job.state is job_state
    elif publication is ON_SITE:  # done or cancelled: the publication decides
        assert state is not None
        assert state.state is (PublicationState.LOCAL_CHANGES if edited else PublicationState.IN_SYNC)
        assert state.job is None
    else:  # nothing on the site and nothing under way
        assert state is None


@pytest.mark.parametrize("publication_name", list(PUBLICATIONS))
@pytest.mark.parametrize("edited", [False, True])
def test_no_job_leaves_it_to_the_publication(publication_name, edited):
    publication = PUBLICATIONS[publication_name]
    state = site_state("Herald", publication, None, edited_since_sent=edited)
    if publication is ON_SITE:
        assert state is not None
        assert state.state is (PublicationState.LOCAL_CHANGES if edited else PublicationState.IN_SYNC)
        assert (state.article_id, state.destination_id, state.site) == (1, 2, "Herald")
    else:
        assert state is None


def test_retrying_says_when_and_why():
    at = NOW + timedelta(minutes=13)
    state = site_state(
        "Test Herald",
        ON_SITE,
        job(JobState.RETRYING, next_attempt_at=at, last_error="Test Herald is not answering."),
        edited_since_sent=True,
    )
    assert state is not None
    assert state.retry_at == at
    assert state.reason == "Test Herald is not answering."
    expected = f"Will retry at {clock_time(at, NOW)}: Test Herald is not answering."
    assert state.sentence(NOW) == expected
    assert not state.needs_attention


def test_a_conflict_says_when_the_site_changed_it():
    changed = datetime(2026, 11, 25, 5, 57, 3, tzinfo=UTC)
    conflict = json.dumps({"remote_id": 40, "title": "T", "modified_gmt": changed.isoformat()})
    state = site_state(
        "Test Herald", ON_SITE, job(JobState.CONFLICT, conflict=conflict), edited_since_sent=True
    )
    assert state is not None
    assert state.changed_at == changed
    assert (
        state.sentence(NOW) == f"Not updated: the post was changed on the site at {clock_time(changed, NOW)}"
    )
    assert "Resolve it in the Outbox" in state.announcement(NOW)
    assert state.needs_attention


def test_a_conflict_without_a_readable_version_still_is_one():
    state = site_state("H", ON_SITE, job(JobState.CONFLICT, conflict="not json"), edited_since_sent=False)
    assert state is not None
    assert state.state is PublicationState.CONFLICT
    assert state.changed_at is None


def test_a_failure_gives_the_sites_message_and_a_missing_password_says_so():
    failed = site_state("H", ON_SITE, job(JobState.FAILED, last_error="Sorry, no."), edited_since_sent=False)
    assert failed is not None
    assert failed.sentence() == "Failed: Sorry, no."
    assert not failed.password_needed
    password = site_state(
        "H", None, job(JobState.NEEDS_CREDENTIALS, last_error="401"), edited_since_sent=False
    )
    assert password is not None
    assert password.password_needed
    assert "password needed" in password.sentence()


def test_sending_shows_the_step_and_the_progress():
    state = site_state(
        "H",
        ON_SITE,
        job(JobState.SENDING, step="Uploading drone.jpg", bytes_sent=50, bytes_total=200),
        edited_since_sent=True,
    )
    assert state is not None
    assert state.progress == 0.25
    assert state.sentence() == "Sending: Uploading drone.jpg (25%)"


def test_the_newest_job_under_way_decides_else_the_newest():
    done_old = job(JobState.DONE, 1)
    failed_newer = job(JobState.FAILED, 2)
    queued_older = job(JobState.QUEUED, 1)
    assert relevant_job([done_old, failed_newer]) is failed_newer
    assert relevant_job([failed_newer, queued_older]) is queued_older
    assert relevant_job([]) is None
    facts = SiteFacts(1, 2, "H", ON_SITE, (job(JobState.FAILED, 1), job(JobState.DONE, 3)), False)
    state = facts.state()
    assert state is not None
    assert state.state is PublicationState.IN_SYNC


def test_the_worst_state_of_several_sites_is_the_articles_marker():
    in_sync = site_state("A", ON_SITE, None, edited_since_sent=False)
    conflict = site_state("B", ON_SITE, job(JobState.CONFLICT), edited_since_sent=False)
    edited = site_state("C", ON_SITE, None, edited_since_sent=True)
    assert in_sync
    assert conflict
    assert edited
    chosen = worst([in_sync, edited, conflict])
    assert chosen is not None
    assert chosen.site == "B"
    assert worst([]) is None
