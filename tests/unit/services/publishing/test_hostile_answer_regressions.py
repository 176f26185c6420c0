"""Found by tests/fuzz/test_fuzz_wordpress_answers.py, each against a real server on 127.0.0.1:
JSON nested a few thousand deep raised RecursionError out of every publishing step and out of
discovery; an index whose "namespaces" is a number raised TypeError out of discovery (and one
that is the text "wp/v2" passed for WordPress); an id of 1e400 (infinity to JSON) raised
OverflowError out of create_post; a Retry-After of "inf" or 99999999999999 seconds made the
outbox's next attempt overflow the datetime (an OverflowError instead of a retry)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from tests.fakes.hostile_site import Answer, HostileSite, hostile_site
from workstation.domain.publishing import MAX_RETRY_AFTER_SECONDS, retry_delay
from workstation.services.publishing.errors import NotWordPressError, TransientError
from workstation.services.publishing.wordpress import WordPressPublisher
from workstation.services.publishing.wordpress_client import WordPressClient, discover_api_root

JSON = (("Content-Type", "application/json"),)
DEEP = b"[" * 50_000 + b"]" * 50_000


@pytest.fixture
def site() -> Iterator[HostileSite]:
    with hostile_site() as running:
        yield running


def _publisher(site: HostileSite) -> WordPressPublisher:
    return WordPressPublisher(
        WordPressClient(f"{site.url}/wp-json/", "editor", "abcd efgh", deadline_seconds=5)
    )


def test_json_nested_too_deep_is_a_sentence_not_a_recursion_error(site: HostileSite) -> None:
    site.answer = Answer(200, JSON, DEEP)
    publisher = _publisher(site)
    with pytest.raises(TransientError) as raised:
        publisher.categories()
    publisher.close()
    assert "cannot be read" in raised.value.sentence("Test Herald")
    assert raised.value.sentence("Test Herald").startswith("Test Herald sent data")


def test_discovery_of_a_site_answering_json_nested_too_deep_says_it_is_not_wordpress(
    site: HostileSite,
) -> None:
    site.answer = Answer(200, JSON, DEEP)
    with pytest.raises(NotWordPressError):
        discover_api_root(site.url, deadline_seconds=5)


@pytest.mark.parametrize("value", ["inf", "1e400", "nan"])
def test_a_retry_after_that_is_no_time_is_ignored(site: HostileSite, value: str) -> None:
    site.answer = Answer(503, (*JSON, ("Retry-After", value)), b'{"code": "busy"}')
    publisher = _publisher(site)
    with pytest.raises(TransientError) as raised:
        publisher.post(1)
    publisher.close()
    assert raised.value.retry_after is None


def test_a_retry_after_of_millennia_waits_a_day_at_most(site: HostileSite) -> None:
    site.answer = Answer(503, (*JSON, ("Retry-After", "99999999999999")), b"{}")
    publisher = _publisher(site)
    with pytest.raises(TransientError) as raised:
        publisher.post(1)
    publisher.close()
    delay = retry_delay(1, raised.value.retry_after)
    assert delay == MAX_RETRY_AFTER_SECONDS
    assert datetime.now(UTC) + timedelta(seconds=delay) < datetime.now(UTC) + timedelta(days=2)
    assert retry_delay(1, 3600.0) == 3600.0  # an hour asked for is still an hour


def test_an_id_of_infinity_is_an_answer_not_what_wordpress_sends(site: HostileSite) -> None:
    site.answer = Answer(201, JSON, b'{"id": 1e400, "status": "draft"}')
    publisher = _publisher(site)
    with pytest.raises(TransientError) as raised:
        publisher.create_post({"title": "Storm", "status": "draft"})
    publisher.close()
    assert "not what WordPress sends" in raised.value.sentence("Test Herald")


@pytest.mark.parametrize("namespaces", ["1", "null", '"wp/v2"', "{}"])
def test_an_index_whose_namespaces_are_no_list_is_not_wordpress(site: HostileSite, namespaces: str) -> None:
    site.answer = Answer(200, JSON, b'{"name": "x", "namespaces": %s}' % namespaces.encode())
    with pytest.raises(NotWordPressError):
        discover_api_root(site.url, deadline_seconds=5)
