"""Fuzzing the WordPress REST answer parser through a real local server: hostile JSON (deep,
huge numbers, wrong types, lone surrogates), HTML error pages echoing the password, any status
and headers (Retry-After, X-WP-TotalPages, Location), bodies that trickle or never end. Every
publisher step returns or raises a PublishError with a sentence, within its deadline; the
password is never in what is raised; what the outbox does with a retry cannot overflow."""

from __future__ import annotations

import base64
import json
import math
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from tests.fakes.hostile_site import Answer, HostileSite, hostile_site
from tests.fuzz.fuzz_budget import fuzz_settings, ran
from workstation.domain.publishing import retry_delay
from workstation.services.publishing.errors import PublishError, TransientError
from workstation.services.publishing.wordpress import WordPressPublisher
from workstation.services.publishing.wordpress_client import WordPressClient, discover_api_root

USER, PASSWORD = "editor", "abcd efgh ijkl mnop"
SECRETS = (PASSWORD, base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode())
# A failing example's 100 kB body is shortened by Answer's repr; hypothesis still warns about
# the draws it prints.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
DEADLINE = 1.5  # seconds per request here; a trickling answer must end by it

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=10)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
post_keys = [
    "id",
    "link",
    "status",
    "slug",
    "title",
    "content",
    "excerpt",
    "categories",
    "tags",
    "featured_media",
    "author",
    "meta",
    "modified_gmt",
    "date_gmt",
    "capabilities",
    "name",
    "source_url",
    "caption",
    "alt_text",
    "code",
    "message",
    "data",
    "schema",
    "parent",
    "namespaces",
]
odd = st.sampled_from(
    [
        1,
        0,
        -1,
        2**70,
        1.5,
        float("inf"),
        "1",
        "x",
        "",
        None,
        True,
        [],
        {},
        [1, "a"],
        {"raw": None, "rendered": 5},
        {"raw": "\ud800"},
        "javascript:alert(1)",
        "9999-99-99T00:00:00",
        "0001-01-01T00:00:00",
        PASSWORD,
    ]
)
wordpressish = st.dictionaries(st.sampled_from(post_keys), st.one_of(odd, json_values), max_size=10)
documents = st.one_of(
    wordpressish.map(json.dumps),
    st.lists(wordpressish, max_size=3).map(json.dumps),
    json_values.map(json.dumps),
    st.sampled_from(
        [
            "[" * 50_000 + "]" * 50_000,
            '{"a":' * 30_000 + "1" + "}" * 30_000,
            "1" * 5000,
            "[" + "1" * 5000 + "]",
            '{"id": 1e400}',
            '{"id": NaN}',
            '"\\ud800"',
            '{"id": 1, "title": "\\udc00"}',
            "",
            "nul\x00",
            "{",
            "[1,]",
            '{"code": "rest_upload_x", "message": "<b>too big</b>"}',
            '{"code": "term_exists", "data": {"term_id": "x"}}',
        ]
    ),
)
html_pages = st.sampled_from(
    [
        "<html><head><title>502 Bad Gateway</title></head></html>",
        "<html><title>PHP debug</title>"
        f"<pre>Authorization: Basic {SECRETS[1]}\npassword={PASSWORD}</pre></html>",
        "<title>" + "x" * 10_000,
        "<title></title>",
        "<TITLE >Maintenance\n</TITLE>",
    ]
)
bodies = st.one_of(
    documents.map(lambda t: t.encode("utf-8", "surrogatepass")),
    html_pages.map(str.encode),
    st.binary(max_size=64),
)
header_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30)
content_types = st.sampled_from(
    [
        "application/json",
        "application/json; charset=UTF-8",
        "application/json; charset=utf-16",
        "text/html",
        "text/plain",
        "application/problem+json",
        "",
    ]
)
extra_headers = st.lists(
    st.tuples(
        st.sampled_from(
            ["Retry-After", "X-WP-TotalPages", "Location", "Link", "X-WP-Upload-Attachment-Id", "X-WP-Total"]
        ),
        st.one_of(
            header_text,
            st.sampled_from(
                [
                    "1e400",
                    "inf",
                    "nan",
                    "-5",
                    "99999999999999",
                    "0",
                    "3",
                    "Wed, 21 Oct 2099 07:28:00 GMT",
                    "Fri, 31 Dec 9999 23:59:59 GMT",
                    "http://127.0.0.2:1/x",
                    "/wp-json/",
                    "12",
                ]
            ),
        ),
    ),
    max_size=3,
)
statuses = st.one_of(
    st.sampled_from([200, 200, 201, 204, 301, 302, 307, 400, 401, 403, 404, 408, 410, 429, 500, 502, 503]),
    st.integers(100, 599),
)


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    status = draw(statuses)
    kind = draw(content_types)
    headers = ((("Content-Type", kind),) if kind else ()) + tuple(draw(extra_headers))
    shape = draw(st.sampled_from(["whole"] * 12 + ["unannounced", "trickle", "huge"]))
    body = draw(bodies) if status not in (204, 304) and not 100 <= status < 200 else b""
    if 100 <= status < 200:
        status = 200  # an interim answer alone is not a complete HTTP exchange
    if shape == "trickle":
        return Answer(status, headers, body[:40] or b"[1]", trickle=0.3)
    if shape == "huge":
        return Answer(status, headers, b"[", filler=33 * 1024 * 1024)
    return Answer(status, headers, body, announce=shape == "whole")


Step = Callable[[WordPressPublisher], Any]
STEPS: dict[str, Step] = {
    "verify": lambda p: p.verify(),
    "post": lambda p: p.post(1),
    "posts_page": lambda p: p.posts_page(1, datetime(2024, 1, 1, tzinfo=UTC)),
    "categories": lambda p: p.categories(),
    "ensure_tag": lambda p: p.ensure_tag("Storm", "storm"),
    "create_post": lambda p: p.create_post({"title": "x", "status": "draft"}),
    "update_post": lambda p: p.update_post(1, {"title": "x"}),
    "trash_post": lambda p: p.trash_post(1),
    "find_post_by_slug": lambda p: p.find_post_by_slug("storm"),
    "upload_media": lambda p: p.upload_media(b"\xff\xd8photo", "kim.jpg", "image/jpeg"),
    "find_media": lambda p: p.find_media("abc123"),
    "media_info": lambda p: p.media_info(3),
    "update_media": lambda p: p.update_media(3, {"alt_text": "x"}),
    "meta_keys": lambda p: p.meta_keys(),
}


@pytest.fixture(scope="module")
def site() -> Iterator[HostileSite]:
    with hostile_site() as running:
        yield running


def _check_error(exc: PublishError) -> None:
    text, sentence = str(exc), exc.sentence("Test Herald")
    assert sentence.strip()
    assert "Traceback" not in text
    for secret in SECRETS:
        assert secret not in text
        assert secret not in sentence
        assert secret not in repr(exc.args)
    if isinstance(exc, TransientError):  # what the outbox does with it: the next attempt's time
        delay = retry_delay(3, exc.retry_after)
        assert math.isfinite(delay)
        datetime.now(UTC) + timedelta(seconds=delay)


@fuzz_settings(share=0.8)
@given(answer=answers(), step=st.sampled_from(sorted(STEPS)))
def test_every_publisher_step_returns_or_says_what_is_wrong(
    answer: Answer, step: str, site: HostileSite
) -> None:
    ran("wordpress answers: WordPressPublisher steps")
    site.answer = answer
    client = WordPressClient(f"{site.url}/wp-json/", USER, PASSWORD, deadline_seconds=DEADLINE)
    publisher = WordPressPublisher(client)
    started = time.monotonic()
    try:
        STEPS[step](publisher)
        event("returned")
    except PublishError as exc:
        event(type(exc).__name__)
        _check_error(exc)
    finally:
        publisher.close()
    # Each step makes at most a few requests (verify: 2, a term: 3), each within its deadline.
    assert time.monotonic() - started < 4 * DEADLINE + 5


@fuzz_settings(share=0.3)
@given(answer=answers())
def test_discovery_finds_an_api_root_or_says_what_is_wrong(answer: Answer, site: HostileSite) -> None:
    ran("wordpress answers: discover_api_root")
    site.answer = answer
    started = time.monotonic()
    try:
        root = discover_api_root(site.url, deadline_seconds=DEADLINE)
        assert root.startswith(site.url)
    except PublishError as exc:
        _check_error(exc)
    assert time.monotonic() - started < 2 * DEADLINE + 5
