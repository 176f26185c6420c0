"""The command line's publication states: `show --json` and `outbox --json` give each
publication's `state`; `outbox --resolve JOB --keep-mine|--take-theirs` refuses what is no conflict.
(Sending and resolving against a real site: tests/integration/test_publication_states_wordpress.py.)"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from workstation.domain.article import ArticleChanges, ArticleContent
from workstation.domain.publishing import JobAction, JobState, RemoteStatus
from workstation.services.workspace import open_workspace
from workstation.store.publishing_repository import (
    DestinationRepository,
    OutboxRepository,
    PublicationRepository,
)

SENT = datetime(2026, 11, 25, 5, 55, tzinfo=UTC)


@pytest.fixture
def on_site(data_dir) -> tuple[int, int]:
    """An article on Herald as of its last save, and a conflict job for it on Courier (the store
    as the outbox leaves it; no site is needed to read states)."""
    ws = open_workspace(data_dir)
    try:
        article = ws.articles.create(ArticleContent(headline="Kim Orders Drones"))
        with ws.db.session() as session:
            destinations = DestinationRepository(session)
            herald = destinations.add("Herald", "https://herald.example.org", "editor", SENT)
            courier = destinations.add("Courier", "https://courier.example.org", "editor", SENT)
            PublicationRepository(session).save(
                article.id,
                herald.id,
                remote_id=40,
                link="https://herald.example.org/kim/",
                remote_status=RemoteStatus.PUBLISH,
                synced_at=article.updated_at,
            )
            outbox = OutboxRepository(session)
            job = outbox.add(article.id, courier.id, JobAction.PUBLISH, SENT)
            outbox.update(job.id, SENT, state=JobState.CONFLICT.value, last_error="changed on the site")
            done = outbox.add(article.id, herald.id, JobAction.PUBLISH, SENT - timedelta(minutes=1))
            outbox.update(done.id, SENT, state=JobState.DONE.value)
        return article.id, job.id
    finally:
        ws.close()


def _edit(data_dir, article_id: int) -> None:
    ws = open_workspace(data_dir)
    try:
        ws.articles.update(article_id, ArticleChanges(standfirst="Work begins next spring."))
    finally:
        ws.close()


def test_show_json_gives_each_publication_its_state(cli, data_dir, on_site):
    article_id, _job = on_site
    code, out, err = cli("show", str(article_id), "--json")
    assert code == 0, err
    assert [(p["destination"], p["state"]) for p in json.loads(out)["publications"]] == [
        ("Herald", "in_sync")
    ]
    _edit(data_dir, article_id)
    _, out, _ = cli("show", str(article_id), "--json")
    assert [p["state"] for p in json.loads(out)["publications"]] == ["local_changes"]
    _, text, _ = cli("show", str(article_id))
    assert "On Herald: Published, Edited here since it was sent, https://herald.example.org/kim/" in text
    assert "On Courier: -, Not updated: the post was changed on the site" in text


def test_outbox_json_gives_each_jobs_publication_state(cli, on_site):
    _article, conflict_job = on_site
    code, out, err = cli("outbox", "--json")
    assert code == 0, err
    jobs = {job["id"]: job for job in json.loads(out)}
    assert jobs[conflict_job]["state"] == "conflict"  # the job's own state, as before
    assert jobs[conflict_job]["publication"] == {"destination": "Courier", "state": "conflict"}
    (done,) = (job for job in jobs.values() if job["id"] != conflict_job)
    assert done["publication"] == {"destination": "Herald", "state": "in_sync"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--resolve", "999", "--keep-mine"], "No outbox job with id 999."),
        (["--resolve", "{done}", "--take-theirs"], "is done, not in conflict"),
        (["--resolve", "{conflict}"], "--resolve JOB takes --keep-mine or --take-theirs"),
        (["--take-theirs"], "--resolve JOB takes --keep-mine or --take-theirs"),
    ],
)
def test_resolve_refuses_what_is_no_conflict_with_a_sentence(cli, on_site, args, message):
    _article, conflict_job = on_site
    _, listed, _ = cli("outbox", "--json")
    done = next(job["id"] for job in json.loads(listed) if job["id"] != conflict_job)
    argv = [a.format(done=done, conflict=conflict_job) for a in args]
    code, out, err = cli("outbox", *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.startswith("workstation: error: ")
    assert "Traceback" not in err


def test_keep_mine_and_take_theirs_are_one_or_the_other(cli, on_site):
    _article, conflict_job = on_site
    code, _out, err = cli("outbox", "--resolve", str(conflict_job), "--keep-mine", "--take-theirs")
    assert code == 2
    assert "not allowed with argument" in err
