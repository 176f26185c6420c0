"""Publishing outcomes reach the rotating log by ids and states, never the article's words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.publishing import add_destination, make_article
from workstation.services.diagnostics.logs import log, log_path, set_up_logging, stop_logging
from workstation.services.publishing.errors import PermanentError


@pytest.fixture(autouse=True)
def _log(data_dir: Path) -> Iterator[None]:
    set_up_logging(data_dir)
    yield
    stop_logging()


def _log_text(data_dir: Path) -> str:
    for handler in log.handlers:
        handler.flush()
    return log_path(data_dir).read_text(encoding="utf-8")


def test_a_sent_and_a_failed_job_are_logged_without_article_text(ws, site, tmp_path, data_dir) -> None:
    article_id = make_article(ws, tmp_path, photo=False, headline="Secret Merger Talks")
    destination_id = add_destination(ws, "Test Herald")
    sent = ws.outbox.publish(article_id, destination_id)
    ws.outbox.run_due()
    other_id = make_article(ws, tmp_path, photo=False, headline="Another Scoop")
    site.fail("create_post", PermanentError("{site} refused the post."))
    failed = ws.outbox.publish(other_id, destination_id)
    ws.outbox.run_due()
    text = _log_text(data_dir)
    assert f"outbox job {sent.id} (publish article {article_id}, destination {destination_id}): done" in text
    assert (
        f"outbox job {failed.id} (publish article {other_id}, destination {destination_id}): failed" in text
    )
    assert "Test Herald refused the post." in text  # the sentence the editor sees
    assert "Secret Merger Talks" not in text
    assert "Another Scoop" not in text
    assert "First paragraph" not in text
