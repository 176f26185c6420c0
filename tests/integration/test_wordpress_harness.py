"""The integration harness itself: the local WordPress behaves like a real site, and each fault of
the proxy does what it says."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator

import httpx
import pytest
from PIL import Image

from tests.integration.fault_proxy import FaultProxy
from tests.integration.wordpress_site import WordPressSite

pytestmark = pytest.mark.wordpress


def small_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 80, 40)).save(out, "JPEG")
    return out.getvalue()


def upload_headers(filename: str = "photo.jpg") -> dict[str, str]:
    return {"Content-Type": "image/jpeg", "Content-Disposition": f'attachment; filename="{filename}"'}


@pytest.fixture
def via_proxy(wp: WordPressSite, fault_proxy: FaultProxy) -> Iterator[httpx.Client]:
    """An admin client whose requests go through the fault proxy (short timeout)."""
    with httpx.Client(
        base_url=fault_proxy.api_root, auth=(wp.username, wp.app_password), timeout=5
    ) as client:
        yield client


# ---------------------------------------------------------------------------- the site


def test_rest_root_is_found_from_the_link_header(wp: WordPressSite) -> None:
    with httpx.Client(timeout=30) as client:
        home = client.get(wp.base_url + "/")
        assert home.status_code == 200
        found = re.search(r'<([^>]+)>;\s*rel="https://api\.w\.org/"', home.headers["Link"])
        assert found
        assert found.group(1) == wp.api_root
        index = client.get(found.group(1)).json()
        assert "wp/v2" in index["namespaces"]
        assert index["timezone_string"] == "Europe/Stockholm"
        # The permalink-independent form works too.
        assert client.get(wp.base_url + "/", params={"rest_route": "/wp/v2/types"}).status_code == 200


def test_application_password_authenticates_and_a_wrong_one_gives_401(wp: WordPressSite) -> None:
    me = wp.rest("GET", "/wp/v2/users/me", params={"context": "edit"})
    assert me.status_code == 200
    assert me.json()["username"] == wp.username
    assert "administrator" in me.json()["roles"]

    # A wrong password does not say so: the request runs logged out.
    for auth in ((wp.username, "wrong password 1234"), ("nobody", wp.app_password), None):
        response = wp.rest("GET", "/wp/v2/users/me", auth=auth)
        assert response.status_code == 401
        assert response.json()["code"] == "rest_not_logged_in"
    denied = wp.rest("POST", "/wp/v2/posts", auth=(wp.username, "wrong"), json={"title": "x"})
    assert (denied.status_code, denied.json()["code"]) == (401, "rest_cannot_create")


def test_a_subscriber_cannot_create_posts(wp: WordPressSite) -> None:
    auth = (wp.subscriber_username, wp.subscriber_app_password)
    assert wp.rest("GET", "/wp/v2/users/me", auth=auth).status_code == 200
    response = wp.rest("POST", "/wp/v2/posts", auth=auth, json={"title": "Not allowed", "status": "publish"})
    assert response.status_code in (401, 403)
    assert response.json()["code"] == "rest_cannot_create"
    assert wp.count_posts() == 0


def test_site_timezone_is_stockholm_and_dates_follow_it(wp: WordPressSite) -> None:
    settings = wp.rest("GET", "/wp/v2/settings").json()
    assert settings["timezone"] == wp.timezone == "Europe/Stockholm"
    winter = wp.create_post(title="Winter", status="draft", date_gmt="2024-01-15T12:00:00Z")
    summer = wp.create_post(title="Summer", status="draft", date_gmt="2024-07-15T12:00:00Z")
    assert (winter["date"], winter["date_gmt"]) == ("2024-01-15T13:00:00", "2024-01-15T12:00:00")
    assert (summer["date"], summer["date_gmt"]) == ("2024-07-15T14:00:00", "2024-07-15T12:00:00")


def test_pretty_permalinks_serve_posts(wp: WordPressSite) -> None:
    post = wp.create_post(title="Hello harness", status="publish", date_gmt="2024-03-10T10:00:00Z")
    assert post["link"] == f"{wp.base_url}/2024/03/hello-harness/"
    with httpx.Client(timeout=30) as client:
        page = client.get(post["link"])
    assert page.status_code == 200
    assert "Hello harness" in page.text


def test_media_upload_is_counted_and_served(wp: WordPressSite) -> None:
    assert wp.count_media() == 0
    response = wp.rest("POST", "/wp/v2/media", content=small_jpeg(), headers=upload_headers())
    assert response.status_code == 201, response.text
    media = response.json()
    assert media["mime_type"] == "image/jpeg"
    assert wp.count_media() == 1
    with httpx.Client(timeout=30) as client:
        image = client.get(media["source_url"])
    assert image.status_code == 200
    assert image.headers["Content-Type"] == "image/jpeg"


def test_admin_helpers_create_read_update_and_count(wp: WordPressSite) -> None:
    post = wp.create_post(title="First", status="draft")
    assert wp.post(post["id"])["title"]["raw"] == "First"
    assert wp.update_post(post["id"], title="Second")["title"]["raw"] == "Second"
    wp.create_post(title="Published", status="publish")
    assert (wp.count_posts(), wp.count_posts("draft"), wp.count_posts("publish")) == (2, 1, 1)
    wp.rest("DELETE", f"/wp/v2/posts/{post['id']}")  # to the trash
    assert (wp.count_posts(), wp.count_posts("trash")) == (2, 1)
    wp.run_cron()


def test_reset_empties_the_site(wp: WordPressSite) -> None:
    category = wp.rest("POST", "/wp/v2/categories", json={"name": "News"}).json()["id"]
    tag = wp.rest("POST", "/wp/v2/tags", json={"name": "harness"}).json()["id"]
    media = wp.rest("POST", "/wp/v2/media", content=small_jpeg(), headers=upload_headers()).json()["id"]
    trashed = wp.create_post(title="Trashed", status="publish")
    wp.rest("DELETE", f"/wp/v2/posts/{trashed['id']}")
    wp.create_post(title="Kept", status="future", date_gmt="2099-01-01T00:00:00Z",
                   categories=[category], tags=[tag], featured_media=media)  # fmt: skip
    assert (wp.count_posts(), wp.count_media()) == (2, 1)

    wp.reset()

    assert (wp.count_posts(), wp.count_media()) == (0, 0)
    assert [c["id"] for c in wp.rest("GET", "/wp/v2/categories").json()] == [1]
    assert wp.rest("GET", "/wp/v2/tags").json() == []


# ---------------------------------------------------------------------------- the fault proxy


def test_proxy_relays_requests_and_links_point_through_it(
    wp: WordPressSite, fault_proxy: FaultProxy, via_proxy: httpx.Client
) -> None:
    with httpx.Client(timeout=30) as client:
        link = client.get(fault_proxy.url + "/").headers["Link"]
    assert f"<{fault_proxy.api_root}>" in link  # discovery through the proxy stays on the proxy
    created = via_proxy.post("wp/v2/posts", json={"title": "Through the proxy", "status": "draft"})
    assert created.status_code == 201
    assert via_proxy.get(f"wp/v2/posts/{created.json()['id']}", params={"context": "edit"}).status_code == 200
    assert [(r.method, r.path, r.fault) for r in fault_proxy.requests] == [
        ("GET", "/", None),
        ("POST", "/wp-json/wp/v2/posts", None),
        ("GET", f"/wp-json/wp/v2/posts/{created.json()['id']}?context=edit", None),
    ]
    assert fault_proxy.forwarded == 3
    assert wp.count_posts() == 1


def test_chunked_upload_through_the_proxy(wp: WordPressSite, via_proxy: httpx.Client) -> None:
    data = small_jpeg()
    response = via_proxy.post(
        "wp/v2/media", content=iter([data[:100], data[100:]]), headers=upload_headers("chunked.jpg")
    )
    assert response.status_code == 201, response.text
    assert wp.count_media() == 1


def test_reset_before_response_loses_the_answer_but_the_post_exists(
    wp: WordPressSite, fault_proxy: FaultProxy, via_proxy: httpx.Client
) -> None:
    fault_proxy.reset_before_response(match="POST /wp-json/wp/v2/posts")
    with pytest.raises(httpx.TransportError) as raised:
        via_proxy.post("wp/v2/posts", json={"title": "Lost answer", "status": "publish"})
    assert not isinstance(raised.value, httpx.TimeoutException)
    assert wp.count_posts() == 1
    assert wp.posts()[0]["title"]["raw"] == "Lost answer"
    assert fault_proxy.requests[-1].fault == "reset_before_response"
    assert fault_proxy.forwarded == 1


def test_reset_before_request_never_reaches_the_server(
    wp: WordPressSite, fault_proxy: FaultProxy, via_proxy: httpx.Client
) -> None:
    fault_proxy.reset_before_request()
    with pytest.raises(httpx.TransportError):
        via_proxy.post("wp/v2/posts", json={"title": "Never sent", "status": "publish"})
    assert wp.count_posts() == 0
    assert fault_proxy.forwarded == 0
    assert fault_proxy.requests[0].fault == "reset_before_request"


@pytest.mark.timing
def test_delay_outlasts_the_client_timeout(wp: WordPressSite, fault_proxy: FaultProxy) -> None:
    fault_proxy.delay(10)
    with httpx.Client(
        base_url=fault_proxy.api_root, auth=(wp.username, wp.app_password), timeout=1
    ) as client:
        started = time.monotonic()
        with pytest.raises(httpx.TimeoutException):
            client.post("wp/v2/posts", json={"title": "Slow", "status": "draft"})
        assert time.monotonic() - started < 5
    assert wp.count_posts() == 1  # the server did the work; only the answer came too late
    assert fault_proxy.pending_faults == 0


def test_html_error_answers_like_nginx_without_forwarding(
    wp: WordPressSite, fault_proxy: FaultProxy, via_proxy: httpx.Client
) -> None:
    fault_proxy.html_error(502)
    response = via_proxy.post("wp/v2/posts", json={"title": "Bad gateway", "status": "publish"})
    assert response.status_code == 502
    assert response.headers["Content-Type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in response.text
    assert fault_proxy.forwarded == 0
    assert wp.count_posts() == 0


def test_status_error_hits_only_matching_requests(
    wp: WordPressSite, fault_proxy: FaultProxy, via_proxy: httpx.Client
) -> None:
    fault_proxy.status_error(500, match="/media")
    assert via_proxy.get("wp/v2/posts").status_code == 200  # not matched: relayed
    failed = via_proxy.post("wp/v2/media", content=small_jpeg(), headers=upload_headers())
    assert failed.status_code == 500
    assert failed.json()["code"] == "internal_server_error"
    assert wp.count_media() == 0
    retried = via_proxy.post("wp/v2/media", content=small_jpeg(), headers=upload_headers())
    assert retried.status_code == 201  # times=1 is used up
    assert [r.fault for r in fault_proxy.requests] == [None, "status_error", None]
    assert wp.count_media() == 1


def test_faults_count_down_their_times_and_html_status_error_bodies(
    wp: WordPressSite, fault_proxy: FaultProxy, via_proxy: httpx.Client
) -> None:
    fault_proxy.html_error(503, match="POST /wp-json/wp/v2/posts", times=2)
    oops_page = "<html><body>Oops</body></html>"
    fault_proxy.status_error(500, match="GET", body=oops_page, content_type="text/html")
    assert fault_proxy.pending_faults == 3
    statuses = [via_proxy.post("wp/v2/posts", json={"title": f"Try {i}"}).status_code for i in range(3)]
    assert statuses == [503, 503, 201]
    oops = via_proxy.get("wp/v2/posts")
    assert (oops.status_code, oops.text) == (500, oops_page)
    assert via_proxy.get("wp/v2/posts").status_code == 200
    assert fault_proxy.pending_faults == 0
    assert wp.count_posts() == 1
