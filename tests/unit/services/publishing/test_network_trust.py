"""Network trust against real local servers: the password goes only to the site's origin (or one
the editor confirmed), a redirect elsewhere is not followed with it, every request ends at its
deadline, a huge answer is refused, and a send in flight heartbeats."""

from __future__ import annotations

import io
import socket
import sys
import threading
import time
import tracemalloc

import pytest

from tests.fakes.mini_wordpress import BASIC, PASSWORD, USER, mini_wordpress
from workstation.domain.publishing import JobState
from workstation.services.publishing.errors import CredentialsError, PermanentError, TransientError
from workstation.services.publishing.site_trust import (
    ForeignApiOrigin,
    RedirectedElsewhere,
    SiteTrust,
    origin,
)
from workstation.services.publishing.wordpress_client import WordPressClient
from workstation.store.publishing_repository import DestinationRepository, OutboxRepository


def test_origins_are_scheme_host_and_port():
    assert origin("https://News.Example.org/wp-json/") == "https://news.example.org"
    assert origin("https://news.example.org:443/x") == "https://news.example.org"
    assert origin("http://127.0.0.1:8080/?rest_route=/") == "http://127.0.0.1:8080"
    trust = SiteTrust("https://news.example.org", api_origin="https://api.example.org")
    assert trust.allows("https://api.example.org/wp-json/")
    assert not trust.allows("http://news.example.org/wp-json/")  # another scheme is another origin
    assert not trust.allows("https://news.example.org:8443/wp-json/")
    assert not trust.allows("https://evil.example.net/wp-json/")


def test_an_api_root_on_another_origin_is_refused_naming_both_until_the_editor_confirms_it(workspace):
    with mini_wordpress() as site, mini_wordpress() as elsewhere:
        site.behaviour.link_root = f"{elsewhere.url}/wp-json/"
        with pytest.raises(ForeignApiOrigin) as refused:
            workspace.destinations.add("Herald", site.url, USER, PASSWORD)
        sentence = refused.value.sentence()
        assert site.url in sentence
        assert elsewhere.url in sentence
        assert f"--allow-api-origin {elsewhere.url}" in sentence
        assert elsewhere.behaviour.authorizations == []
        assert site.behaviour.authorizations == []
        assert workspace.destinations.list() == []

        added = workspace.destinations.add("Herald", site.url, USER, PASSWORD, allow_api_origin=elsewhere.url)
        assert added.api_origin == elsewhere.url
        assert added.api_root == f"{elsewhere.url}/wp-json/"
        assert [auth for _path, auth in elsewhere.behaviour.authorizations] == [BASIC, BASIC]
        assert workspace.destinations.verify(added.id).name == "Editor"


def test_a_stored_api_root_on_an_unconfirmed_origin_gets_no_password(workspace):
    with mini_wordpress() as site, mini_wordpress() as elsewhere:
        added = workspace.destinations.add("Herald", site.url, USER, PASSWORD)
        with workspace.db.session() as session:  # a store from before origins were checked
            DestinationRepository(session).update(added.id, api_root=f"{elsewhere.url}/wp-json/")
        destination = workspace.destinations.get(added.id)
        with pytest.raises(ForeignApiOrigin):
            workspace.destinations.publisher(destination, PASSWORD)
        with pytest.raises(ForeignApiOrigin):
            WordPressClient(f"{elsewhere.url}/wp-json/", USER, PASSWORD, trust=SiteTrust(site.url))
        assert elsewhere.behaviour.authorizations == []


def test_a_redirect_to_another_host_is_not_followed_and_is_not_called_a_wrong_password(workspace):
    with mini_wordpress() as site, mini_wordpress() as elsewhere:
        site.behaviour.redirect_me_to = f"{elsewhere.url}/wp-json/wp/v2/users/me"
        with pytest.raises(RedirectedElsewhere) as refused:
            workspace.destinations.add("Herald", site.url, USER, PASSWORD)
        assert not isinstance(refused.value, CredentialsError)
        sentence = refused.value.sentence()
        assert sentence.startswith("The site redirected to another host")
        assert elsewhere.url in sentence
        assert site.url in sentence
        assert elsewhere.behaviour.authorizations == []  # nothing went there at all


def test_a_server_sending_one_byte_at_a_time_fails_at_the_total_deadline():
    with mini_wordpress() as site:
        site.behaviour.trickle_posts = 0.1  # each read arrives well within the read timeout
        client = WordPressClient(f"{site.url}/wp-json/", USER, PASSWORD, timeout=1.0, deadline_seconds=1.5)
        started = time.monotonic()
        with client, pytest.raises(TransientError) as failed:
            client.get("/wp/v2/posts")
        elapsed = time.monotonic() - started
    assert 1.4 <= elapsed < 2.5, elapsed
    assert "did not finish answering within 2 seconds" in failed.value.sentence()
    assert site.behaviour.bytes_sent < 25  # the 28-byte answer was never finished


@pytest.mark.parametrize("announced", [True, False], ids=["content-length", "chunked"])
def test_a_50_mb_answer_is_refused_without_reading_it_all(announced):
    with mini_wordpress() as site:
        site.behaviour.huge_posts = 50 * 1024 * 1024
        site.behaviour.announce_length = announced
        tracemalloc.start()
        try:
            with (
                WordPressClient(f"{site.url}/wp-json/", USER, PASSWORD) as client,
                pytest.raises(PermanentError) as refused,
            ):
                client.get("/wp/v2/posts")
            _now, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    # Never the whole 50 MB in memory: at most the cap's worth (nothing, when it was announced).
    assert peak < (4 if announced else 40) * 2**20, peak
    assert "larger than 32 MB" in refused.value.sentence()
    assert "it was not read" in refused.value.sentence()
    if announced:  # refused on the header: hardly a byte of the body was taken
        assert refused.value.code == "answer_too_large"


def test_a_send_in_flight_heartbeats_so_another_worker_never_takes_it_for_dead(
    ws, site, tmp_path, clock, monkeypatch
):
    from tests.fakes.fake_site import FakePublisher
    from tests.fakes.publishing import add_destination, make_article
    from workstation.services.publishing import sending

    monkeypatch.setattr(sending, "HEARTBEAT_SECONDS", 0.05)
    article_id = make_article(ws, tmp_path)
    job = ws.outbox.publish(article_id, add_destination(ws))
    seen: dict[str, object] = {}
    create = FakePublisher.create_post

    def slow_create(self, fields):  # one request that blocks for minutes, no progress to report
        clock.advance(180)  # longer than STALE_SENDING since the last write
        beat_by = time.monotonic() + 5
        while time.monotonic() < beat_by:
            with ws.db.session() as session:
                beat = OutboxRepository(session).get(job.id).heartbeat_at
            if beat is not None and beat >= clock.now:
                break
            time.sleep(0.02)
        seen["heartbeat"] = beat
        seen["taken"] = ws.outbox._claim(job.id)  # `workstation outbox run` meanwhile
        return create(self, fields)

    monkeypatch.setattr(FakePublisher, "create_post", slow_create)
    ws.outbox.run_due()
    assert seen["heartbeat"] == clock.now
    assert seen["taken"] is False
    assert ws.outbox.job(job.id).state is JobState.DONE
    assert len(site.posts) == 1


def test_a_job_whose_sender_stopped_beating_is_taken_up(ws, site, tmp_path, clock):
    from tests.fakes.publishing import add_destination, make_article

    article_id = make_article(ws, tmp_path)
    job = ws.outbox.publish(article_id, add_destination(ws))
    assert ws.outbox._claim(job.id)
    clock.advance(60)
    with ws.db.session() as session:
        assert OutboxRepository(session).beat(job.id, clock.now)  # alive a minute later ...
    clock.advance(90)
    assert not ws.outbox._claim(job.id)  # ... so 2.5 minutes after the claim it is not dead
    clock.advance(60)  # ... but three minutes of silence are
    assert ws.outbox._claim(job.id)


def test_cli_add_refuses_another_origin_then_stores_and_lists_the_confirmed_one(cli, monkeypatch):
    with mini_wordpress() as site, mini_wordpress() as elsewhere:
        site.behaviour.link_root = f"{elsewhere.url}/wp-json/"
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        code, _out, err = cli("destinations", "add", "Herald", site.url, "--user", USER)
        assert code == 2
        assert site.url in err
        assert elsewhere.url in err
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        code, out, err = cli(
            "destinations", "add", "Herald", site.url, "--user", USER, "--allow-api-origin", elsewhere.url
        )
        assert code == 0, err
        assert f"Its REST API is at {elsewhere.url}" in out
    code, out, _err = cli("destinations", "list")
    assert f"REST API at {elsewhere.url}" in out
    code, out, _err = cli("destinations", "list", "--json")
    import json

    (row,) = json.loads(out)
    assert row["api_origin"] == elsewhere.url
    assert row["certificate_sha256"] is None


def test_headers_sent_one_byte_at_a_time_fail_at_the_deadline_too():
    """The wait for the status line and headers keeps the deadline as well as the body's."""
    stop = threading.Event()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]

    def trickle() -> None:
        connection, _address = listener.accept()
        with connection:
            connection.recv(65536)
            for byte in b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" * 100:
                if stop.wait(0.05):
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:
                    return

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    try:
        client = WordPressClient(
            f"http://127.0.0.1:{port}/wp-json/", USER, PASSWORD, timeout=1.0, deadline_seconds=1.0
        )
        started = time.monotonic()
        with client, pytest.raises(TransientError, match="did not finish answering within 1 seconds"):
            client.get("/wp/v2/posts")
        assert time.monotonic() - started < 2.0
    finally:
        stop.set()
        thread.join(5)
        listener.close()
