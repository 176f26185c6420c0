"""The WordPress REST API over HTTP: discovery, auth, and errors sorted for the outbox.

Every failure becomes one of the errors in publishing.errors, with a message an editor can act
on; nothing here retries (the outbox decides when to try again).
"""

from __future__ import annotations

import email.utils
import math
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from workstation import __version__
from workstation.domain.i18n import translate
from workstation.services.diagnostics.logs import remember_secret
from workstation.services.publishing.errors import (
    CredentialsError,
    NotFoundOnSiteError,
    NotWordPressError,
    PermanentError,
    PublishError,
    TransientError,
    UntrustedCertificate,
    network_error,
)
from workstation.services.publishing.http_limits import (
    DEFAULT_DEADLINE,
    AnswerTooLarge,
    deadline,
    deadline_transport,
    read_capped,
    upload_deadline,
)
from workstation.services.publishing.redaction import Redactor
from workstation.services.publishing.site_trust import RedirectedElsewhere, SiteTrust
from workstation.services.publishing.tls import context_for, fetch_certificate

API_LINK_REL = "https://api.w.org/"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = f"EditorialWorkstation/{__version__}"
UPLOAD_CHUNK = 64 * 1024
MAX_REDIRECTS = 5
# Codes of 5xx answers that say the request itself is wrong (retrying cannot help).
_PERMANENT_5XX_CODES = frozenset({"rest_upload_sideload_error", "rest_upload_unknown_error"})

ProgressCallback = Callable[[int, int], None]
"""(bytes sent, bytes total) while a body uploads."""


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    data: Any
    headers: Mapping[str, str]


def normalize_site_url(url: str) -> str:
    """A site URL as typed ("example.org/news") made absolute, without a trailing slash."""
    text = url.strip()
    if not text:
        raise NotWordPressError("Enter the site's address, for example https://news.example.org.")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise NotWordPressError(f"{url!r} is not a web address (http:// or https://).")
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), parts.query, ""))


_LOOPBACK = ("localhost", "127.0.0.1", "::1")


def travels_readable(url: str) -> bool:
    """Whether a password sent to this address would cross the network unencrypted: plain
    http:// to a host other than this machine (127.0.0.1, ::1, localhost)."""
    try:
        parts = urlsplit(normalize_site_url(url))
    except NotWordPressError:
        return False
    host = (parts.hostname or "").lower()
    return parts.scheme == "http" and not (host in _LOOPBACK or host.startswith("127."))


def require_encrypted(url: str) -> None:
    """Refuse to send a password over plain http, except to a site on this machine (or one the
    editor was warned about and chose: the callers' allow_plain_http)."""
    if travels_readable(url):
        parts = urlsplit(url)
        raise NotWordPressError(
            f"{urlunsplit((parts.scheme, parts.netloc, '', '', ''))} is not encrypted (http): the "
            "application password would cross the network in plain text. Use the site's https:// "
            "address (plain http is only accepted for a site on this machine)."
        )


def parse_gmt(value: object) -> datetime | None:
    """A REST *_gmt field (no 'Z', UTC by definition) as an aware datetime."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.rstrip("Z"))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC)


def format_gmt(moment: datetime) -> str:
    """What WordPress must get for date_gmt: UTC with a 'Z' (without it, it reads site time)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:  # "nan" and "inf" parse as floats, and are no time to wait
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


def read_json(response: httpx.Response) -> Any:
    """The answer's JSON, or ValueError for anything that is not readable JSON: malformed, not
    UTF-8, a number of more than 4,300 digits, or nested so deep (a few thousand '[') that the
    parser runs out of stack (RecursionError, which is not a ValueError)."""
    try:
        return response.json()
    except RecursionError:
        raise ValueError("the JSON is nested too deeply to read") from None


def _describe_body(response: httpx.Response) -> str:
    kind = response.headers.get("content-type", "").split(";")[0].strip() or "no content type"
    if "html" in kind:
        title = re.search(r"<title[^>]*>(.*?)</title>", response.text[:4000], re.IGNORECASE | re.DOTALL)
        text = f" ({title.group(1).strip()[:80]})" if title else ""
        return f"an HTML page{text} instead of JSON"
    return f"{kind} instead of JSON"


def _answered(response: httpx.Response, body: bytes) -> httpx.Response:
    """A streamed answer with its (capped, already decoded) body, readable as usual."""
    skip = {b"content-encoding", b"content-length", b"transfer-encoding"}
    headers = [(key, value) for key, value in response.headers.raw if key.lower() not in skip]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=response.request,
        extensions={"reason_phrase": response.reason_phrase.encode("ascii", "replace")},
    )


def _too_large(exc: AnswerTooLarge, where: str) -> PermanentError:
    return PermanentError(
        translate(
            "Errors",
            "{{site}} sent an answer larger than {megabytes} MB, which is not what WordPress sends; it "
            "was not read. Ask the site's administrator (a plugin or a proxy may be adding to it).",
        ).format(megabytes=exc.cap // 2**20),
        code="answer_too_large",
        detail=f"{exc} ({where})",
    )


def _past_deadline(seconds: float, where: str) -> TransientError:
    return TransientError(
        translate(
            "Errors",
            "{{site}} did not finish answering within {seconds} seconds (it may be overloaded, or "
            "answering very slowly); nothing more is waited for.",
        ).format(seconds=f"{seconds:.0f}"),
        detail=f"total deadline of {seconds:.1f} s passed ({where})",
    )


def with_fingerprint(error: UntrustedCertificate, url: str) -> UntrustedCertificate:
    """The error with the certificate's fingerprint, read without trusting it (no request)."""
    try:
        return error.with_fingerprint(fetch_certificate(url, timeout=5.0).fingerprint)
    except (OSError, ValueError):
        return error


class WordPressClient:
    """One site, one user. `api_root` is what discovery found: .../wp-json/ or .../?rest_route=/."""

    def __init__(
        self,
        api_root: str,
        username: str,
        password: str | None,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        allow_plain_http: bool = False,
        trust: SiteTrust | None = None,
        deadline_seconds: float = DEFAULT_DEADLINE,
    ) -> None:
        """allow_plain_http: the editor chose a plain http site on another machine, warned that
        the password crosses the network readable; otherwise that is refused. trust: where the
        password may go and which certificates the site may show (default: the API root's own
        origin and the system's trust store). deadline_seconds: the most one request may take,
        its answer included (an upload gets more for its size)."""
        self.api_root = api_root
        self.trust = trust or SiteTrust(api_root)
        if password is not None:
            self.trust.check_api_root(api_root)
            if not allow_plain_http:
                require_encrypted(api_root)
        self._redactor = Redactor(username, password)
        remember_secret(username, password)  # the log masks it too, whatever may quote it
        self._deadline = deadline_seconds
        auth = httpx.BasicAuth(username, password) if password is not None else None
        self.tls = context_for(self.trust.ca_file, self.trust.pinned_certificate)
        self._http = httpx.Client(
            auth=auth,
            timeout=timeout,
            transport=transport or deadline_transport(self.tls),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            follow_redirects=False,  # followed here, to the origins the password may go to only
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> WordPressClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def url(self, route: str) -> str:
        """The URL of a route such as /wp/v2/posts under this API root."""
        route = "/" + route.lstrip("/")
        if "rest_route=" in self.api_root:
            base = self.api_root.split("rest_route=")[0]
            return f"{base}rest_route={route}"
        return self.api_root.rstrip("/") + route

    def request(
        self,
        method: str,
        route: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        progress: ProgressCallback | None = None,
        allow_statuses: tuple[int, ...] = (),
    ) -> Response:
        """Send one request; returns the decoded JSON or raises a PublishError subclass.
        `allow_statuses` are error statuses returned rather than raised (the caller reads them).
        What the site said reaches the error with the password and Authorization masked."""
        try:
            return self._request(
                method,
                route,
                params=params,
                json_body=json_body,
                content=content,
                headers=headers,
                progress=progress,
                allow_statuses=allow_statuses,
            )
        except PublishError as exc:
            raise self._redacted(exc) from exc.__cause__

    def _redacted(self, exc: PublishError) -> PublishError:
        redact = self._redactor.text
        exc.message, exc.detail = redact(exc.message), redact(exc.detail)
        if isinstance(exc, PermanentError):
            exc.data = self._redactor.value(exc.data)
        exc.args = (redact(str(exc.args[0])) if exc.args else "",)
        return exc

    def _request(
        self,
        method: str,
        route: str,
        *,
        params: Mapping[str, Any] | None,
        json_body: Any,
        content: bytes | None,
        headers: Mapping[str, str] | None,
        progress: ProgressCallback | None,
        allow_statuses: tuple[int, ...],
    ) -> Response:
        url = self.url(route)
        send_headers = dict(headers or {})
        body: Any = None
        if content is not None:
            send_headers["Content-Length"] = str(len(content))
            body = _chunks(content, progress) if progress is not None else content
        request = self._http.build_request(
            method, url, params=params, json=json_body, content=body, headers=send_headers
        )
        seconds = upload_deadline(self._deadline, len(content)) if content else self._deadline
        where = f"{method} {url}"
        ends = time.monotonic() + seconds
        try:
            with deadline(seconds) as ends:
                return self._decode(self._send(request, method), allow_statuses)
        except AnswerTooLarge as exc:
            raise _too_large(exc, where) from exc
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            if time.monotonic() >= ends - 0.05:
                raise _past_deadline(seconds, where) from exc
            error = network_error(exc, url)
            if isinstance(error, UntrustedCertificate):
                error = with_fingerprint(error, url)
            raise error from exc
        except httpx.HTTPError as exc:
            raise TransientError(
                "{site}'s answer could not be read.", detail=f"{exc or type(exc).__name__} ({where})"
            ) from exc

    def _send(self, request: httpx.Request, method: str) -> httpx.Response:
        """Send, following a redirect only for a read (a redirect turns a POST into a GET: a write
        that "succeeds" without writing) and only to where the password may go; read the answer
        up to its cap."""
        for _hop in range(MAX_REDIRECTS + 1):
            response = self._http.send(request, stream=True)
            try:
                follow = response.next_request if response.is_redirect else None
                if follow is not None and not self.trust.allows(str(follow.url)):
                    raise RedirectedElsewhere(
                        self.trust.site_origin,
                        str(follow.url),
                        detail=f"{response.status_code} to {follow.url} ({method} {request.url})",
                    )
                if follow is not None and method in ("GET", "HEAD", "OPTIONS"):
                    request = follow
                    continue
                return _answered(response, read_capped(response))
            finally:
                response.close()
        raise PermanentError(
            "{site} sends its address round in a loop; check the destination's address.",
            detail=f"more than {MAX_REDIRECTS} redirects ({method} {request.url})",
        )

    def _decode(self, response: httpx.Response, allow_statuses: tuple[int, ...]) -> Response:
        status = response.status_code
        data: Any = None
        is_json = "json" in response.headers.get("content-type", "")
        unreadable = False
        if is_json and response.content:
            try:
                data = read_json(response)
            except ValueError:
                is_json, unreadable = False, True
        if status in allow_statuses:
            return Response(status, data, response.headers)
        where = f"{response.request.method} {response.request.url.path}"
        if 300 <= status < 400:
            target = response.headers.get("location", "another address")
            raise PermanentError(
                "{site} sent the request to another address: it may have moved. Check the "
                "destination's address (Publish › Destinations › Verify).",
                status,
                detail=f"{status} {response.reason_phrase} to {target} ({where})",
            )
        if status < 400:
            if unreadable:
                raise TransientError(
                    "{site} sent data that cannot be read (not valid JSON, cut short, or nested too "
                    "deeply to read safely); a plugin or a proxy may be changing its answers.",
                    detail=_answer_detail(response, where),
                )
            if not is_json and response.content and status != 204:
                raise TransientError(_web_page_sentence(response), detail=_answer_detail(response, where))
            return Response(status, data, response.headers)
        raise _http_error(response, data, is_json, where)

    def get(self, route: str, **params: Any) -> Any:
        return self.request("GET", route, params=params).data

    def post(self, route: str, body: Mapping[str, Any], **params: Any) -> Any:
        return self.request("POST", route, params=params or None, json_body=dict(body)).data

    def get_all(self, route: str, **params: Any) -> list[Any]:
        """Every page of a collection (per_page=100, following X-WP-TotalPages up to
        MAX_PAGES, and stopping at the first empty page whatever the header says)."""
        items: list[Any] = []
        page = 1
        while True:
            response = self.request("GET", route, params={**params, "per_page": 100, "page": page})
            if not isinstance(response.data, list) or not response.data:
                return items
            items.extend(response.data)
            if page >= page_count(response.headers):
                return items
            page += 1


MAX_PAGES = 500  # 50,000 items at 100 a page: a hostile X-WP-TotalPages is followed no further


def page_count(headers: Mapping[str, str]) -> int:
    """X-WP-TotalPages as a number from 1 to MAX_PAGES (a missing or non-numeric one: 1)."""
    try:
        pages = int(str(headers.get("x-wp-totalpages", "1") or "1").strip())
    except ValueError:
        return 1
    return max(1, min(pages, MAX_PAGES))


def _chunks(content: bytes, progress: ProgressCallback) -> Iterator[bytes]:
    total = len(content)
    progress(0, total)
    for start in range(0, total, UPLOAD_CHUNK):
        chunk = content[start : start + UPLOAD_CHUNK]
        yield chunk
        progress(min(total, start + len(chunk)), total)


def _error_message(data: Any) -> tuple[str, str]:
    if isinstance(data, dict):
        message = data.get("message")
        code = data.get("code")
        text = re.sub(r"<[^>]+>", "", str(message)) if message else ""
        return text.strip(), str(code or "")
    return "", ""


def _answer_detail(response: httpx.Response, where: str, message: str = "", code: str = "") -> str:
    said = f"{code}: {message}" if code or message else _describe_body(response)
    return f"{response.status_code} {response.reason_phrase}, {said} ({where})"


def _web_page_sentence(response: httpx.Response) -> str:
    title = _page_title(response)
    named = f" (“{title}”)" if title else ""
    return (
        f"{{site}} answered with a web page{named} instead of the data publishing needs: a login, "
        "maintenance or error page may be in the way."
    )


def _page_title(response: httpx.Response) -> str:
    if "html" not in response.headers.get("content-type", ""):
        return ""
    found = re.search(r"<title[^>]*>(.*?)</title>", response.text[:4000], re.IGNORECASE | re.DOTALL)
    return found.group(1).strip()[:80] if found else ""


def _http_error(response: httpx.Response, data: Any, is_json: bool, where: str) -> PublishError:
    """An error answer (4xx, 5xx) as the error the outbox acts on, in the editor's words. The
    site's own message (WordPress writes them for people) stays in the sentence."""
    status = response.status_code
    message, code = _error_message(data)
    detail = _answer_detail(response, where, message, code)
    said = f": {message.rstrip('. ')}" if message else ""  # each sentence below ends it with "."
    if status == 401:
        return CredentialsError(
            "{site} did not accept the user name and application password.", detail=detail
        )
    if status == 403:
        return PermanentError(
            f"{{site}} refused the request{said or ' (403 Forbidden)'}. Check that the user may do "
            "this and that the application password is right (Publish › Destinations › Verify).",
            status,
            code,
            data,
            detail=detail,
        )
    if status in (408, 429) or (status >= 500 and code not in _PERMANENT_5XX_CODES):
        return TransientError(
            _busy_sentence(status, response, said), _retry_after(response.headers), detail=detail
        )
    if status >= 500:
        return PermanentError(f"{{site}} refused the upload{said}.", status, code, data, detail=detail)
    if status in (404, 410) and not is_json:
        return PermanentError(
            "{site} has no WordPress REST API at this address (404 Not Found). Check the destination's "
            "address (Publish › Destinations › Verify).",
            status,
            detail=detail,
        )
    if status in (404, 410):
        return NotFoundOnSiteError(f"Not found on {{site}}{said}.", status, code, data, detail=detail)
    return PermanentError(
        f"{{site}} refused the request ({status}){said}.", status, code, data, detail=detail
    )


def _busy_sentence(status: int, response: httpx.Response, said: str) -> str:
    if status == 408:
        return "{site} timed out waiting for the request."
    if status == 429:
        return "{site} is busy (too many requests at once)."
    if said:
        return f"{{site}} had an error ({status} {response.reason_phrase}){said}."
    if _page_title(response) or "html" in response.headers.get("content-type", ""):
        return f"{{site}} had an error ({status} {response.reason_phrase}) and answered with an error page."
    return f"{{site}} had an error ({status} {response.reason_phrase})."


def discover_api_root(
    site_url: str,
    *,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
    allow_plain_http: bool = False,
    trust: SiteTrust | None = None,
    deadline_seconds: float = DEFAULT_DEADLINE,
) -> str:
    """The site's REST API root: from its Link header, else ?rest_route=/ if that answers as
    WordPress. Raises NotWordPressError or TransientError with what is wrong, ForeignApiOrigin
    when the root is on an origin `trust` does not allow (no password is sent here; the caller
    sends it to what this returns). Every request keeps the deadline and the answer cap."""
    url = normalize_site_url(site_url)
    trust = trust or SiteTrust(url)
    scheme_guessed = "://" not in site_url
    if not allow_plain_http:
        require_encrypted(url)
    verify = context_for(trust.ca_file, trust.pinned_certificate)
    with httpx.Client(
        timeout=timeout,
        transport=transport or deadline_transport(verify),
        follow_redirects=True,  # no password goes with these two requests
        headers={"User-Agent": USER_AGENT},
    ) as http:
        response = _discovery_get(http, url + "/", url, scheme_guessed, deadline_seconds, read=False)
        link = response.links.get(API_LINK_REL)
        if link and link.get("url"):
            root = str(link["url"])
            if not (allow_plain_http and urlsplit(url).scheme == "http"):
                require_encrypted(root)  # a site behind a TLS proxy may advertise an http API
            trust.check_api_root(root)
            return root
        fallback = url + "/?rest_route=/"
        index = _discovery_get(http, fallback, fallback, False, deadline_seconds, read=True)
    try:
        data = read_json(index) if "json" in index.headers.get("content-type", "") else None
    except ValueError:
        data = None
    namespaces = data.get("namespaces") if isinstance(data, dict) else None
    if isinstance(namespaces, list) and "wp/v2" in namespaces:  # a number or null there: not WordPress
        trust.check_api_root(str(index.url))  # where the fallback ended up after redirects
        return fallback
    raise _not_wordpress(url, fallback, index, data)


def _discovery_get(
    http: httpx.Client, address: str, url: str, scheme_guessed: bool, seconds: float, *, read: bool
) -> httpx.Response:
    """GET within the deadline; the front page's body is not needed (only its Link header)."""
    ends = time.monotonic() + seconds
    try:
        with deadline(seconds) as ends, http.stream("GET", address) as response:
            return _answered(response, read_capped(response) if read else b"")
    except AnswerTooLarge as exc:
        raise _too_large(exc, f"GET {address}") from exc
    except (httpx.TimeoutException, httpx.TransportError) as exc:
        if time.monotonic() >= ends - 0.05:
            raise _past_deadline(seconds, f"GET {address}") from exc
        error = network_error(exc, url, scheme_guessed=scheme_guessed)
        if isinstance(error, UntrustedCertificate):
            error = with_fingerprint(error, address)
        raise error from exc
    except httpx.HTTPError as exc:
        raise network_error(exc, address) from exc


def _not_wordpress(url: str, fallback: str, index: httpx.Response, data: Any) -> NotWordPressError:
    answered = f"no REST API link; {fallback} answered {index.status_code} with {_describe_body(index)}"
    if isinstance(data, dict) and data.get("code") in (
        "rest_disabled",
        "rest_login_required",
        "rest_forbidden",
    ):
        return NotWordPressError(
            f"{url} is a WordPress site, but its REST API is disabled ({data.get('code')}). "
            "Ask the site's administrator to enable it for publishing.",
            detail=answered,
        )
    if isinstance(data, dict) and "namespaces" in data:
        return NotWordPressError(
            f"{url} has a REST API but not WordPress's wp/v2 (it may be switched off).", detail=answered
        )
    return NotWordPressError(
        f"{url} does not look like a WordPress site: there is no WordPress REST API at that address. "
        "Check the site's address.",
        detail=answered,
    )


__all__ = [
    "PublishError",
    "Response",
    "WordPressClient",
    "discover_api_root",
    "format_gmt",
    "normalize_site_url",
    "parse_gmt",
]
