"""What can go wrong talking to a site, sorted by what the outbox does about it, and said in words
an editor reads.

Every error has a sentence for the editor and, apart from it, the technical detail (the request,
the exception, the site's own code) that the dialogs show behind a Details button. A sentence
may name the site: "{site} is not answering." reads "Test Herald is not answering." where the
site's name is known (`sentence(name)`) and "The site is not answering." where it is not.
`explain` is the one place any exception becomes such a sentence and detail.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import httpx

from workstation.domain.errors import ValidationError, WorkstationError
from workstation.domain.i18n import translate
from workstation.domain.publishing import RemoteVersion

SITE = "{site}"


def name_site(template: str, site: str = "") -> str:
    """A sentence with the site's name in it; without a name, "The site" (or "the site")."""
    if site:
        return template.replace(SITE, site)
    if template.startswith(SITE):
        template = translate("Errors", "The site") + template[len(SITE) :]
    return template.replace(SITE, "the site")


class PublishError(WorkstationError):
    """Any failure of a publishing step. `message` is the sentence for the editor (it may hold
    {site}); `detail` what a technician needs. str() gives both, for logs and the command line."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        self.message = message
        self.detail = detail
        text = name_site(message)
        super().__init__(f"{text} [{detail}]" if detail else text)

    def sentence(self, site: str = "") -> str:
        return name_site(self.message, site)


class TransientError(PublishError):
    """Worth retrying: the network, a timeout, 429, a 5xx, an HTML page instead of JSON."""

    def __init__(self, message: str, retry_after: float | None = None, *, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.retry_after = retry_after


class PermanentError(PublishError):
    """A 4xx (other than 401/429): retrying the same request cannot help."""

    def __init__(
        self, message: str, status: int = 0, code: str = "", data: object = None, *, detail: str = ""
    ) -> None:
        super().__init__(message, detail=detail)
        self.status = status
        self.code = code
        self.data = data


class NotFoundOnSiteError(PermanentError):
    """The post or media is gone from the site (404/410)."""


class CredentialsError(PublishError):
    """401: the site did not accept the user and password (or they are missing)."""


class CredentialsUnavailable(PublishError):
    """The OS keyring cannot be used (none, locked, not answering)."""


class NotWordPressError(PublishError):
    """The URL answers, but not as a WordPress site with its REST API."""


class ConflictError(PublishError):
    """The site's copy changed since the last sync: nothing was written."""

    def __init__(self, remote: RemoteVersion) -> None:
        super().__init__(
            translate(
                "ConflictError",
                "The post was changed on the site since it was last published from here. "
                "Nothing was written; compare the versions and choose which to keep.",
            )
        )
        self.remote = remote


class UntrustedCertificate(PermanentError):
    """The site's certificate is not trusted here (not by the system, the organisation's CA
    file or a pin): permanent, since trying again shows the same certificate. `fingerprint`
    is the certificate's SHA-256 when it could be read, for the editor to compare and pin."""

    def __init__(self, reason: str, *, detail: str = "", fingerprint: str = "") -> None:
        super().__init__(self._sentence(reason, fingerprint), code="untrusted_certificate", detail=detail)
        self.reason = reason
        self.fingerprint = fingerprint

    @staticmethod
    def _sentence(reason: str, fingerprint: str) -> str:
        text = translate(
            "Errors",
            "{{site}}'s security certificate is not trusted on this computer ({reason}), so nothing "
            "was sent: the password stays safe. Ask the site's administrator or your IT to fix it.",
        ).format(reason=reason)
        if fingerprint:
            text += " " + translate(
                "Errors",
                "If they confirm that the certificate's SHA-256 fingerprint is {fingerprint}, trust "
                "it for this destination (Publish › Destinations › Certificate…; on the "
                "command line: workstation destinations trust-certificate).",
            ).format(fingerprint=fingerprint)
        return text

    def with_fingerprint(self, fingerprint: str) -> UntrustedCertificate:
        return UntrustedCertificate(self.reason, detail=self.detail, fingerprint=fingerprint)


# -- network and TLS failures ----------------------------------------------------------------


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and what caused it (httpx wraps httpcore, which wraps the socket's error)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _first(error: BaseException, kind: type[BaseException]) -> BaseException | None:
    return next((cause for cause in _causes(error) if isinstance(cause, kind)), None)


def plain_http_twin(url: str) -> str:
    """The same address over http:// (what a site that does not speak HTTPS may be at)."""
    parts = urlsplit(url)
    return urlunsplit(("http", parts.netloc, parts.path.rstrip("/"), "", ""))


def network_error(error: httpx.HTTPError, url: str, *, scheme_guessed: bool = False) -> PublishError:
    """A request that got no answer, in words: not answering, not found, too slow, no HTTPS, a
    certificate that is not valid. scheme_guessed: the editor typed no http:// or https://, and
    https:// was tried (a site that does not speak HTTPS is then offered at http://)."""
    request = f"{error.request.method} {error.request.url}" if _has_request(error) else url
    technical = f"{_technical(error)} ({request})"
    host = urlsplit(url).hostname or url
    certificate = _first(error, ssl.SSLCertVerificationError)
    if certificate is not None:
        reason = getattr(certificate, "verify_message", "") or translate("Errors", "not trusted")
        return UntrustedCertificate(reason, detail=technical)
    if _first(error, ssl.SSLError) is not None:
        if scheme_guessed:
            text = translate(
                "Errors", "{{site}} did not answer over HTTPS. Did you mean {plain_http_twin}?"
            ).format(plain_http_twin=plain_http_twin(url))
        else:
            text = translate(
                "Errors", "{site} did not answer over HTTPS: check the address (it may start with http://)."
            )
        return TransientError(text, detail=technical)
    if _first(error, socket.gaierror) is not None:
        return TransientError(
            translate(
                "Errors",
                "{{site}} cannot be found: there is no address called {host} (is this computer offline, "
                "or is there a typo in the address?).",
            ).format(host=host),
            detail=technical,
        )
    if isinstance(error, httpx.TimeoutException):
        return TransientError(translate("Errors", "{site} did not answer in time."), detail=technical)
    return TransientError(translate("Errors", "{site} is not answering."), detail=technical)


def _has_request(error: httpx.HTTPError) -> bool:
    try:
        error.request  # noqa: B018 - httpx raises RuntimeError when the error has no request
    except RuntimeError:
        return False
    return True


def _technical(error: BaseException) -> str:
    """The innermost cause's own words ("[Errno 111] Connection refused")."""
    causes = list(_causes(error))
    innermost = causes[-1]
    return str(innermost) or type(innermost).__name__


# -- any exception, for the editor -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Explanation:
    """What the editor reads (`sentence`) and what is behind Details (`detail`, may be "")."""

    sentence: str
    detail: str = ""


def explain(error: BaseException, site: str = "") -> Explanation:
    """Any exception as a sentence for the editor (naming the site when given) and its detail;
    never a traceback."""
    if isinstance(error, PublishError):
        return Explanation(error.sentence(site), error.detail)
    if isinstance(error, ValidationError):
        field = error.field.replace("_", " ").capitalize()
        return Explanation(f"{field}: {error.message}")
    if isinstance(error, WorkstationError):
        return Explanation(name_site(str(error), site))
    if isinstance(error, httpx.HTTPError):
        url = str(error.request.url) if _has_request(error) else ""
        return explain(network_error(error, url), site)
    return Explanation(
        translate(
            "Errors",
            "Something went wrong that the app did not expect; nothing was lost. Try again, and if it "
            "happens again, send the details to your IT support.",
        ),
        f"{type(error).__name__}: {error}",
    )
