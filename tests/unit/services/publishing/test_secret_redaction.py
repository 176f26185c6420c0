"""A site's error page that repeats the request's headers (a PHP debug page, a proxy's) never
carries the password or an Authorization value into an error: not its sentence, its detail, its
data, nor str(), which the command line prints and the outbox stores."""

from __future__ import annotations

import base64

import httpx
import pytest

from workstation.services.publishing.errors import PermanentError, PublishError, TransientError
from workstation.services.publishing.redaction import MASK, Redactor
from workstation.services.publishing.wordpress_client import WordPressClient

ROOT = "https://news.example.org/wp-json/"
PASSWORD = "abcd EFGH ijkl MNOP qrst UVWX"
BASIC = base64.b64encode(f"editor:{PASSWORD}".encode()).decode()


def _secrets_in(text: str) -> list[str]:
    return [s for s in (PASSWORD, PASSWORD.replace(" ", ""), BASIC, "Bearer tok3n-XYZ") if s in text]


def _everything(exc: PublishError) -> str:
    data = exc.data if isinstance(exc, PermanentError) else None
    return "\n".join([str(exc), exc.message, exc.detail, repr(exc.args), repr(data)])


def _client(response: httpx.Response) -> WordPressClient:
    return WordPressClient(ROOT, "editor", PASSWORD, transport=httpx.MockTransport(lambda _r: response))


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(
            500,
            headers={"content-type": "text/html"},
            text=f"<html><title>Debug</title><pre>HTTP_AUTHORIZATION => Basic {BASIC}\n"
            f"password={PASSWORD}</pre></html>",
        ),
        httpx.Response(
            400,
            json={
                "code": "bad_request",
                "message": f"Header Authorization: Basic {BASIC} refused for {PASSWORD.replace(' ', '')}",
                "data": {"headers": {"authorization": f"Basic {BASIC}"}, "proxy": "Bearer tok3n-XYZ"},
            },
        ),
        httpx.Response(
            200,
            headers={"content-type": "text/html"},
            text=f"<p>Authorization: Bearer tok3n-XYZ {PASSWORD}</p>",
        ),
    ],
)
def test_what_a_site_echoes_reaches_the_error_without_the_secrets(response: httpx.Response) -> None:
    with _client(response) as client, pytest.raises((PermanentError, TransientError)) as caught:
        client.get("/wp/v2/posts")
    assert _secrets_in(_everything(caught.value)) == []


def test_the_redactor_masks_authorization_values_and_leaves_other_text() -> None:
    redactor = Redactor("editor", PASSWORD)
    assert (
        redactor.text("Authorization: Basic QWxhZGRpbjpvcGVu sesame") == f"Authorization: Basic {MASK} sesame"
    )
    assert redactor.text("the page was not found") == "the page was not found"
    assert redactor.text("Basic information, Bearer tok3n-XYZ") == f"Basic information, Bearer {MASK}"
    message = PermanentError(f"refused for {PASSWORD}")
    assert PASSWORD in str(message)  # the client masks what it raises: the error itself keeps its words
    assert redactor.value({"a": [f"x {PASSWORD} y", 3]}) == {"a": [f"x {MASK} y", 3]}


def test_a_short_password_is_masked_where_it_stands_alone_only() -> None:
    redactor = Redactor("editor", "pass")
    assert redactor.text("the application password for pass failed") == (
        f"the application password for {MASK} failed"
    )
