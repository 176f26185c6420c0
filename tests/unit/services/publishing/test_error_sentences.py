"""Every way a site can fail becomes one sentence for the editor (naming the site where it is
known) with the technical detail apart, from real network failures: a closed port, a server
without TLS spoken to over https, a name that does not resolve, a self-signed certificate, a
site that never answers; and from the site's error answers."""

from __future__ import annotations

import httpx
import pytest

from tests.fakes.local_servers import closed_port, plain_http_server, self_signed_tls_server, silent_listener
from tests.fakes.publishing import add_destination, make_article
from workstation.domain.errors import ValidationError, WorkstationError
from workstation.domain.publishing import JobState, certificate_fingerprint
from workstation.services.publishing.errors import (
    CredentialsError,
    NotFoundOnSiteError,
    NotWordPressError,
    PermanentError,
    PublishError,
    TransientError,
    UntrustedCertificate,
    explain,
    name_site,
)
from workstation.services.publishing.wordpress_client import (
    WordPressClient,
    discover_api_root,
    travels_readable,
)


def _failure(call) -> PublishError:
    with pytest.raises(PublishError) as caught:
        call()
    return caught.value


def test_a_site_that_refuses_connections_is_not_answering():
    port = closed_port()
    error = _failure(lambda: discover_api_root(f"http://127.0.0.1:{port}"))
    assert isinstance(error, TransientError)
    assert explain(error, "Test Herald").sentence == "Test Herald is not answering."
    assert explain(error).sentence == "The site is not answering."
    assert "Connection refused" in error.detail
    assert f"127.0.0.1:{port}" in error.detail
    assert "Errno" not in explain(error).sentence


def test_an_address_typed_without_a_scheme_that_has_no_https_offers_http():
    with plain_http_server() as port:
        error = _failure(lambda: discover_api_root(f"127.0.0.1:{port}"))
    assert explain(error).sentence == (
        f"The site did not answer over HTTPS. Did you mean http://127.0.0.1:{port}?"
    )
    assert "SSL" in error.detail  # the handshake's own words are behind Details
    assert "SSL" not in explain(error).sentence


def test_an_https_address_without_https_says_to_check_it():
    with plain_http_server() as port:
        error = _failure(lambda: discover_api_root(f"https://127.0.0.1:{port}"))
    sentence = explain(error, "Test Herald").sentence
    assert sentence.startswith("Test Herald did not answer over HTTPS")
    assert "http://" in sentence
    assert "Did you mean" not in sentence  # the editor typed https:// on purpose


def test_a_name_that_does_not_resolve_cannot_be_found():
    error = _failure(lambda: discover_api_root("https://news.example.invalid"))
    sentence = explain(error, "Test Herald").sentence
    assert sentence.startswith("Test Herald cannot be found")
    assert "news.example.invalid" in sentence
    assert error.detail  # the resolver's words


def test_a_certificate_nobody_trusts_stops_before_the_password(tmp_path):
    with self_signed_tls_server(tmp_path) as port:
        client = WordPressClient(f"https://127.0.0.1:{port}/wp-json/", "editor", "secret")
        with client:
            error = _failure(lambda: client.get("/wp/v2/users/me"))
    sentence = explain(error, "Test Herald").sentence
    assert sentence.startswith(
        "Test Herald's security certificate is not trusted on this computer (self-signed certificate)"
    )
    assert "password stays safe" in sentence
    assert "CERTIFICATE_VERIFY_FAILED" in error.detail
    # Permanent (trying again shows the same certificate), with the fingerprint to compare.
    assert isinstance(error, UntrustedCertificate)
    fingerprint = certificate_fingerprint((tmp_path / "cert.pem").read_text())
    assert error.fingerprint == fingerprint
    assert fingerprint in sentence


def test_a_site_that_never_answers_did_not_answer_in_time():
    with silent_listener() as port:
        client = WordPressClient(f"http://127.0.0.1:{port}/wp-json/", "editor", "secret", timeout=0.3)
        with client:
            error = _failure(lambda: client.get("/wp/v2/posts"))
    assert isinstance(error, TransientError)
    assert explain(error, "Test Herald").sentence == "Test Herald did not answer in time."
    assert "timed out" in error.detail


def _answer(response: httpx.Response) -> PublishError:
    client = WordPressClient(
        "https://news.example.org/wp-json/",
        "editor",
        "pass",
        transport=httpx.MockTransport(lambda r: response),
    )
    return _failure(lambda: client.get("/wp/v2/posts"))


@pytest.mark.parametrize(
    ("response", "kind", "sentence", "detail"),
    [
        (
            httpx.Response(401, json={"code": "rest_not_logged_in", "message": "You are not logged in."}),
            CredentialsError,
            "Test Herald did not accept the user name and application password.",
            "rest_not_logged_in",
        ),
        (
            httpx.Response(
                403, json={"code": "rest_cannot_create", "message": "Sorry, you are not allowed."}
            ),
            PermanentError,
            "Test Herald refused the request: Sorry, you are not allowed. Check that the user may do this "
            "and that the application password is right (Publish › Destinations › Verify).",
            "403 Forbidden, rest_cannot_create",
        ),
        (
            httpx.Response(404, html="<html><title>Page not found</title></html>"),
            PermanentError,
            "Test Herald has no WordPress REST API at this address (404 Not Found). Check the "
            "destination's address (Publish › Destinations › Verify).",
            "GET /wp-json/wp/v2/posts",
        ),
        (
            httpx.Response(404, json={"code": "rest_post_invalid_id", "message": "Invalid post ID."}),
            NotFoundOnSiteError,
            "Not found on Test Herald: Invalid post ID.",
            "rest_post_invalid_id",
        ),
        (
            httpx.Response(
                500, json={"code": "internal_server_error", "message": "There has been a critical error."}
            ),
            TransientError,
            "Test Herald had an error (500 Internal Server Error): There has been a critical error.",
            "internal_server_error",
        ),
        (
            httpx.Response(502, html="<html><head><title>502 Bad Gateway</title></head></html>"),
            TransientError,
            "Test Herald had an error (502 Bad Gateway) and answered with an error page.",
            "HTML page (502 Bad Gateway) instead of JSON",
        ),
        (
            httpx.Response(200, html="<html><title>Log in to the hotel wifi</title></html>"),
            TransientError,
            "Test Herald answered with a web page (“Log in to the hotel wifi”) instead of the data "
            "publishing needs: a login, maintenance or error page may be in the way.",
            "200 OK",
        ),
    ],
)
def test_error_answers_are_sentences_with_the_detail_apart(response, kind, sentence, detail):
    error = _answer(response)
    assert type(error) is kind
    explained = explain(error, "Test Herald")
    assert explained.sentence == sentence
    assert detail in explained.detail
    assert "/wp-json/wp/v2/posts" in explained.detail  # which request it was


def test_a_wordpress_site_whose_api_is_elsewhere_or_off_says_so():
    error = _failure(
        lambda: discover_api_root(
            "https://x.org", transport=httpx.MockTransport(lambda r: httpx.Response(404, html="no"))
        )
    )
    assert isinstance(error, NotWordPressError)
    assert "there is no WordPress REST API at that address" in explain(error).sentence
    assert "answered 404" in error.detail


def test_explain_never_gives_a_traceback_and_names_the_field():
    class Surprise(RuntimeError):
        pass

    explained = explain(Surprise("list index out of range"), "Test Herald")
    assert "did not expect" in explained.sentence
    assert "Traceback" not in explained.sentence
    assert explained.detail == "Surprise: list index out of range"
    assert explain(ValidationError("site_url", "enter the address")).sentence == "Site url: enter the address"
    assert explain(WorkstationError("No destination named 'X'.")).sentence == "No destination named 'X'."


def test_str_keeps_the_detail_for_logs_and_the_command_line():
    error = TransientError("{site} is not answering.", detail="[Errno 111] Connection refused")
    assert str(error) == "The site is not answering. [[Errno 111] Connection refused]"
    assert error.sentence("Herald") == "Herald is not answering."
    assert name_site("Not found on {site}.") == "Not found on the site."


def test_only_plain_http_to_another_machine_travels_readable():
    assert travels_readable("http://news.example.org")
    assert travels_readable("http://192.168.1.20:8080/news")
    for here in (
        "http://127.0.0.1:8091",
        "http://localhost",
        "http://[::1]:8080",
        "https://news.example.org",
    ):
        assert not travels_readable(here), here
    assert not travels_readable("news.example.org")  # no scheme: https is tried
    with pytest.raises(NotWordPressError, match="not encrypted"):
        WordPressClient("http://news.example.org/wp-json/", "editor", "pass")
    WordPressClient("http://news.example.org/wp-json/", "editor", "pass", allow_plain_http=True).close()


def test_the_outbox_keeps_the_sentence_naming_the_site_the_detail_and_a_fresh_step(ws, site, tmp_path):
    port = closed_port()
    refused = _failure(lambda: WordPressClient(f"http://127.0.0.1:{port}/wp-json/", "u", "p").get("/"))
    article_id = make_article(ws, tmp_path, photo=False)
    job = ws.outbox.publish(article_id, add_destination(ws, "Test Herald"))
    site.fail("create_post", refused)
    ws.outbox.run_due()
    waiting = ws.outbox.job(job.id)
    assert waiting.state is JobState.RETRYING
    assert waiting.last_error == "Test Herald is not answering."
    assert "Connection refused" in waiting.error_detail
    assert waiting.step == "Waiting to try again"  # not the step it was on when it failed


def test_discovery_reaches_a_plain_http_site_only_when_the_editor_agreed():
    def linked(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            html="<html></html>",
            headers={"Link": '<http://lan.example/wp-json/>; rel="https://api.w.org/"'},
        )

    with pytest.raises(NotWordPressError, match="not encrypted"):
        discover_api_root("http://lan.example", transport=httpx.MockTransport(linked))
    found = discover_api_root(
        "http://lan.example", transport=httpx.MockTransport(linked), allow_plain_http=True
    )
    assert found == "http://lan.example/wp-json/"
    # Agreeing to plain http for an http address never lets an https site downgrade its API.
    with pytest.raises(NotWordPressError, match="not encrypted"):
        discover_api_root("https://lan.example", transport=httpx.MockTransport(linked), allow_plain_http=True)
