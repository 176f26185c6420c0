"""`outbox --json` gives a job's error sentence, its technical detail apart, and how its
conflict was resolved; the list says "Resolved: took the site's version", not "Cancelled"."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from workstation.__main__ import main
from workstation.domain.article import ArticleContent
from workstation.domain.publishing import JobAction, JobResolution, JobState
from workstation.services.workspace import open_workspace
from workstation.store.publishing_repository import DestinationRepository, OutboxRepository

SENT = datetime(2026, 11, 25, 5, 55, tzinfo=UTC)


def test_outbox_json_keeps_the_sentence_the_detail_and_the_resolution(data_dir, capsys):
    ws = open_workspace(data_dir)
    try:
        article = ws.articles.create(ArticleContent(headline="Kim Orders Drones"))
        with ws.db.session() as session:
            herald = DestinationRepository(session).add(
                "Test Herald", "https://herald.example.org", "ed", SENT
            )
            outbox = OutboxRepository(session)
            waiting = outbox.add(article.id, herald.id, JobAction.PUBLISH, SENT)
            outbox.update(
                waiting.id,
                SENT,
                state=JobState.RETRYING,
                last_error="Test Herald is not answering.",
                error_detail="[Errno 111] Connection refused (GET https://herald.example.org/wp-json/)",
            )
            taken = outbox.add(article.id, herald.id, JobAction.PUBLISH, SENT)
            outbox.update(taken.id, SENT, state=JobState.CANCELLED, resolution=JobResolution.THEIRS)
    finally:
        ws.close()
    assert main(["outbox", "--data-dir", str(data_dir), "--json"]) in (0, None)
    jobs = {job["id"]: job for job in json.loads(capsys.readouterr().out)}
    assert jobs[waiting.id]["last_error"] == "Test Herald is not answering."
    assert "Connection refused" in jobs[waiting.id]["error_detail"]
    assert jobs[waiting.id]["resolution"] is None
    assert jobs[taken.id]["resolution"] == "theirs"


def test_the_outbox_list_says_resolved_not_cancelled(data_dir, capsys):
    ws = open_workspace(data_dir)
    try:
        article = ws.articles.create(ArticleContent(headline="Kim Orders Drones"))
        with ws.db.session() as session:
            herald = DestinationRepository(session).add(
                "Test Herald", "https://herald.example.org", "ed", SENT
            )
            outbox = OutboxRepository(session)
            taken = outbox.add(article.id, herald.id, JobAction.PUBLISH, SENT)
            outbox.update(taken.id, SENT, state=JobState.CANCELLED, resolution=JobResolution.THEIRS)
    finally:
        ws.close()
    main(["outbox", "--data-dir", str(data_dir)])
    listed = capsys.readouterr().out
    assert "Resolved: took the site's version" in listed
    assert "Cancelled" not in listed
