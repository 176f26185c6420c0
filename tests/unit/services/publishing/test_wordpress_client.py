"""The REST client sorts every answer into what the outbox does next, with words an editor reads."""

from __future__ import annotations

import json
import threading
import time

import httpx
import keyring
import pytest
from keyring.backend import KeyringBackend

from workstation.services.publishing.credentials import CredentialStore
from workstation.services.publishing.errors import (
    CredentialsError,
    CredentialsUnavailable,
    NotFoundOnSiteError,
    NotWordPressError,
    PermanentError,
    TransientError,
)
from workstation.services.publishing.wordpress import WordPressPublisher
from workstation.services.publishing.wordpress_client import (
    WordPressClient,
    discover_api_root,
    format_gmt,
    normalize_site_url,
    parse_gmt,
)

ROOT = "https://news.example.org/wp-json/"


def _client(handler) -> WordPressClient:
    return WordPressClient(ROOT, "editor", "pass", transport=httpx.MockTransport(handler))


def _json(status: int, data: object, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=data, headers=headers)


def test_routes_under_a_pretty_root_and_under_rest_route():
    assert WordPressClient(ROOT, "u", "p").url("/wp/v2/posts") == ROOT + "wp/v2/posts"
    fallback = WordPressClient("https://x.org/?rest_route=/", "u", "p")
    assert fallback.url("/wp/v2/posts") == "https://x.org/?rest_route=/wp/v2/posts"


def test_basic_auth_and_user_agent_are_sent():
    seen: dict[str, str] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.update(request.headers)
        return _json(200, {"id": 1})

    _client(handler).get("/wp/v2/users/me")
    assert seen["authorization"].startswith("Basic ")
    assert seen["user-agent"].startswith("EditorialWorkstation/")


@pytest.mark.parametrize(
    ("response", "error", "words"),
    [
        (
            httpx.Response(502, html="<html><head><title>502 Bad Gateway</title></head></html>"),
            TransientError,
            "HTML page (502 Bad Gateway) instead of JSON",
        ),
        (
            _json(503, {"code": "x", "message": "Down for maintenance"}),
            TransientError,
            "Down for maintenance",
        ),
        (
            _json(401, {"code": "rest_not_logged_in", "message": "You are not logged in."}),
            CredentialsError,
            "did not accept",
        ),
        (
            _json(400, {"code": "rest_invalid_param", "message": "Invalid parameter(s): status"}),
            PermanentError,
            "Invalid parameter(s): status",
        ),
        (
            _json(403, {"code": "rest_cannot_create", "message": "Sorry, you are not allowed"}),
            PermanentError,
            "not allowed",
        ),
        (
            _json(404, {"code": "rest_post_invalid_id", "message": "Invalid post ID."}),
            NotFoundOnSiteError,
            "Invalid post ID",
        ),
        (
            _json(500, {"code": "rest_upload_sideload_error", "message": "Sorry, not allowed type"}),
            PermanentError,
            "refused the upload",
        ),
        (
            httpx.Response(200, html="<html><title>Captive portal</title></html>"),
            TransientError,
            "Captive portal",
        ),
        (httpx.Response(408, text="Request Timeout"), TransientError, "timed out waiting"),
    ],
)
def test_answers_are_sorted_and_explained(response, error, words):
    with pytest.raises(error) as caught:
        _client(lambda request: response).get("/wp/v2/posts")
    assert words in str(caught.value)
    if error is PermanentError:
        assert not isinstance(caught.value, TransientError)


def test_429_carries_retry_after_in_seconds_or_as_a_date():
    with pytest.raises(TransientError) as caught:
        _client(lambda r: httpx.Response(429, headers={"Retry-After": "120"})).get("/wp/v2/posts")
    assert caught.value.retry_after == 120
    date = "Wed, 21 Oct 2099 07:28:00 GMT"
    with pytest.raises(TransientError) as caught:
        _client(lambda r: httpx.Response(429, headers={"Retry-After": date})).get("/wp/v2/posts")
    retry_after = caught.value.retry_after
    assert retry_after is not None
    assert retry_after > 10**8


def test_network_failures_and_timeouts_are_transient():
    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(TransientError, match="The site is not answering"):
        _client(refused).get("/wp/v2/posts")
    with pytest.raises(TransientError, match="did not answer in time"):
        _client(slow).get("/wp/v2/posts")


def test_get_all_follows_total_pages():
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        assert request.url.params["per_page"] == "100"
        return _json(200, [{"id": page}], **{"X-WP-TotalPages": "3"})

    assert _client(handler).get_all("/wp/v2/tags") == [{"id": 1}, {"id": 2}, {"id": 3}]


def test_term_exists_is_get_or_create():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path.endswith("/categories"):
            return _json(200, [])
        if request.method == "POST":
            return _json(
                400, {"code": "term_exists", "message": "exists", "data": {"status": 400, "term_id": 7}}
            )
        return _json(200, {"id": 7, "name": "World", "slug": "world", "parent": 0})

    term = WordPressPublisher(_client(handler)).ensure_category("World", "world", 0)
    assert (term.id, term.slug) == (7, "world")


def test_an_upload_whose_sizes_failed_is_finished_not_repeated():
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append((request.method, request.url.path))
        if request.url.path.endswith("/media") and request.method == "POST":
            assert request.headers["content-disposition"] == 'attachment; filename="kim-ews-1.jpg"'
            assert request.headers["content-length"] == "5"
            return _json(500, {"code": "rest_upload_image_error"}, **{"X-WP-Upload-Attachment-ID": "42"})
        if request.url.path.endswith("/post-process"):
            assert json.loads(request.content) == {"action": "create-image-subsizes"}
            return _json(200, {"id": 42})
        return _json(200, {"id": 42, "source_url": "https://x/kim-ews-1.jpg"})

    progress = []
    media = WordPressPublisher(_client(handler)).upload_media(
        b"\xff\xd8abc", "kim-ews-1.jpg", "image/jpeg", lambda s, t: progress.append((s, t))
    )
    assert (media.id, media.source_url) == (42, "https://x/kim-ews-1.jpg")
    assert next(c for c in calls if c[0] == "POST") == ("POST", "/wp-json/wp/v2/media")
    assert sum(1 for c in calls if c == ("POST", "/wp-json/wp/v2/media")) == 1
    assert progress[-1] == (5, 5)


def test_discovery_reads_the_link_header_then_tries_rest_route():
    def linked(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, html="<html></html>", headers={"Link": '<https://x.org/api/>; rel="https://api.w.org/"'}
        )

    assert discover_api_root("x.org", transport=httpx.MockTransport(linked)) == "https://x.org/api/"

    def plain_permalinks(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("rest_route") == "/":
            return _json(200, {"namespaces": ["oembed/1.0", "wp/v2"]})
        return httpx.Response(200, html="<html></html>")

    assert discover_api_root("https://x.org", transport=httpx.MockTransport(plain_permalinks)) == (
        "https://x.org/?rest_route=/"
    )

    def disabled(request: httpx.Request) -> httpx.Response:
        if "rest_route" in request.url.params:
            return _json(401, {"code": "rest_login_required", "message": "REST API restricted"})
        return httpx.Response(200, html="<html></html>")

    with pytest.raises(NotWordPressError, match="REST API is disabled"):
        discover_api_root("https://x.org", transport=httpx.MockTransport(disabled))

    with pytest.raises(NotWordPressError, match="does not look like a WordPress site"):
        discover_api_root(
            "https://x.org", transport=httpx.MockTransport(lambda r: httpx.Response(404, html="no"))
        )


def test_site_urls_and_dates():
    assert normalize_site_url(" news.example.org/ ") == "https://news.example.org"
    with pytest.raises(NotWordPressError):
        normalize_site_url("ftp://x")
    moment = parse_gmt("2026-11-25T08:00:00")
    assert moment is not None
    offset = moment.utcoffset()
    assert offset is not None
    assert offset.total_seconds() == 0
    assert format_gmt(moment) == "2026-11-25T08:00:00Z"
    assert parse_gmt("") is None
    assert parse_gmt(None) is None


# -- the keyring -------------------------------------------------------------------------------


class HangingKeyring(KeyringBackend):
    """A locked keyring waiting for a prompt nobody answers."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait(30)
        return None

    def set_password(self, service, username, password):
        self.release.wait(30)

    def delete_password(self, service, username):
        self.release.wait(30)


@pytest.mark.timing
def test_a_locked_keyring_gives_an_answer_in_time_not_a_hang():
    backend = HangingKeyring()
    keyring.set_keyring(backend)
    try:
        started = time.monotonic()
        with pytest.raises(CredentialsUnavailable, match=r"did not answer within 0\.3 s"):
            CredentialStore(timeout=0.3).set("editor", "https://x.org", "secret")
        assert time.monotonic() - started < 2
    finally:
        backend.release.set()


def test_no_keyring_says_what_to_do():
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    with pytest.raises(CredentialsUnavailable, match="No system keyring is available"):
        CredentialStore().set("editor", "https://x.org", "secret")


def test_a_plaintext_keyring_is_refused():
    class PlaintextKeyring(HangingKeyring):
        pass

    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(CredentialsUnavailable, match="plain text"):
        CredentialStore().get("editor", "https://x.org")


def test_passwords_round_trip_through_the_keyring(memory_keyring):
    store = CredentialStore()
    store.set("editor", "https://x.org/", "secret")
    assert store.get("editor", "https://x.org") == "secret"
    store.delete("editor", "https://x.org")
    store.delete("editor", "https://x.org")  # nothing stored: still fine
    assert store.get("editor", "https://x.org") is None


def test_a_password_never_goes_over_plain_http_to_another_machine():
    with pytest.raises(NotWordPressError, match="not encrypted"):
        WordPressClient("http://news.example.org/wp-json/", "editor", "pass")
    with pytest.raises(NotWordPressError, match="not encrypted"):
        discover_api_root(
            "http://news.example.org", transport=httpx.MockTransport(lambda r: httpx.Response(200))
        )

    def downgrading(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Link": '<http://x.org/wp-json/>; rel="https://api.w.org/"'})

    with pytest.raises(NotWordPressError, match="not encrypted"):
        discover_api_root("https://x.org", transport=httpx.MockTransport(downgrading))
    WordPressClient("http://127.0.0.1:8080/wp-json/", "editor", "pass").close()  # this machine: fine


def test_a_write_is_never_redirected_into_a_read():
    def moved(request: httpx.Request) -> httpx.Response:
        if not request.url.path.startswith("/new"):
            return httpx.Response(
                301, headers={"Location": "https://news.example.org/new" + request.url.path}
            )
        return _json(200, {"id": 9, "link": "x", "status": "publish"})

    client = _client(moved)
    assert client.get("/wp/v2/posts/9")["id"] == 9  # a read follows the site to its new address
    with pytest.raises(PermanentError, match="it may have moved") as caught:
        WordPressPublisher(client).update_post(9, {"title": "New"})
    assert not isinstance(caught.value, TransientError)


def test_an_answer_that_is_not_what_wordpress_sends_is_a_clear_retryable_error():
    publisher = WordPressPublisher(_client(lambda r: _json(200, {"unexpected": True})))
    with pytest.raises(TransientError, match="answer to create post is not what WordPress sends"):
        publisher.create_post({"title": "x"})
    publisher = WordPressPublisher(_client(lambda r: _json(200, ["not", "a", "user"])))
    with pytest.raises(TransientError, match="verify"):
        publisher.verify()


def test_a_hostile_page_count_is_capped_and_an_empty_page_ends_the_reading() -> None:
    from workstation.services.publishing.wordpress_client import MAX_PAGES, page_count

    asked: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        asked.append(page)
        items = [{"id": page}] if page <= 3 else []
        return _json(200, items, **{"X-WP-TotalPages": "100000"})

    with _client(handler) as client:
        assert [item["id"] for item in client.get_all("/wp/v2/tags")] == [1, 2, 3]
    assert asked == [1, 2, 3, 4]  # not 100,000 requests
    assert page_count({"x-wp-totalpages": "100000"}) == MAX_PAGES
    assert page_count({"x-wp-totalpages": "lots"}) == 1
    assert page_count({}) == 1
