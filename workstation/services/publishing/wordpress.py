"""The Publisher for WordPress (REST API wp/v2). Facts it relies on: ../shared/DESIGN.md section 5."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, TypeVar

import httpx

from workstation.domain.publishing import RemotePost, RemoteStatus, UnreadablePost
from workstation.domain.site_time import site_zone_name
from workstation.services.publishing.errors import (
    NotFoundOnSiteError,
    PermanentError,
    TransientError,
    network_error,
)
from workstation.services.publishing.http_limits import deadline, deadline_transport
from workstation.services.publishing.publisher import (
    RemoteMedia,
    RemoteTerm,
    SiteAccount,
)
from workstation.services.publishing.wordpress_client import (
    ProgressCallback,
    WordPressClient,
    page_count,
    parse_gmt,
)

# Every status a post of ours can have, for lookups (the REST default is "publish" only).
ALL_STATUSES = "publish,future,draft,pending,private"
MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024
DOWNLOAD_DEADLINE = 15 * 60.0  # seconds: 200 MB at 220 KB/s


def _raw(value: object) -> str:
    """A REST field that is {"raw", "rendered"} in edit context (or a plain string)."""
    if isinstance(value, dict):
        raw = value.get("raw")
        return _clean(str(raw if raw is not None else value.get("rendered", "")))
    return _clean(str(value or ""))


_UNENCODABLE = re.compile("[\ud800-\udfff\x00]")  # lone surrogates (JSON's "\ud800") and NUL


def _clean(text: str) -> str:
    """Text the store can hold: what cannot be encoded becomes U+FFFD, not a failed pull."""
    return _UNENCODABLE.sub("\ufffd", text)


def _web_link(value: object) -> str:
    """A post's address, only if it is one a browser may open (never javascript: or data:)."""
    link = _clean(str(value or "")).strip()
    return link if link.lower().startswith(("https://", "http://")) else ""


def post_from_json(data: Mapping[str, Any]) -> RemotePost:
    status = str(data.get("status", "draft"))
    content = data.get("content")
    return RemotePost(
        id=int(data["id"]),
        link=_web_link(data.get("link")),
        status=RemoteStatus(status) if status in RemoteStatus.__members__.values() else RemoteStatus.DRAFT,
        slug=_clean(str(data.get("slug", ""))),
        modified_gmt=parse_gmt(data.get("modified_gmt")),
        date_gmt=parse_gmt(data.get("date_gmt")),
        title=_raw(data.get("title")),
        excerpt=_raw(data.get("excerpt")),
        content=_raw(content),
        content_rendered=_clean(str(content.get("rendered", ""))) if isinstance(content, dict) else "",
        categories=tuple(int(c) for c in data.get("categories") or ()),
        tags=tuple(int(t) for t in data.get("tags") or ()),
        featured_media=int(data.get("featured_media") or 0),
        author=int(data.get("author") or 0),
        meta=meta if isinstance(meta := data.get("meta"), dict) else {},
    )


def _read_post(item: object) -> RemotePost | UnreadablePost:
    """One post of a page of posts; one that cannot be read is named, not a failed pull."""
    given = item.get("id", "") if isinstance(item, dict) else ""
    try:
        if not isinstance(item, dict):
            raise TypeError(f"a {type(item).__name__} where a post was expected")
        return post_from_json(item)
    except (KeyError, ValueError, TypeError, OverflowError) as exc:
        reason = f"no {exc.args[0]}" if isinstance(exc, KeyError) else str(exc)
        return UnreadablePost(_clean(str(given))[:40], _clean(reason)[:200])


def _strip_tags(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


def _term(data: Mapping[str, Any]) -> RemoteTerm:
    return RemoteTerm(
        id=int(data["id"]),
        name=str(data.get("name", "")),
        slug=str(data.get("slug", "")),
        parent=int(data.get("parent") or 0),
    )


P = ParamSpec("P")
R = TypeVar("R")


def _checked_answer(method: Callable[P, R]) -> Callable[P, R]:
    """A 200 whose JSON is not what WordPress sends (a proxy's page, a plugin's surprise) is a
    clear, retryable error naming the step, not a KeyError (nor the OverflowError of an id of
    1e400, which JSON reads as infinity)."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise TransientError(
                f"{{site}}'s answer to {method.__name__.replace('_', ' ')} is not what WordPress sends.",
                detail=f"{type(exc).__name__}: {exc}",
            ) from exc

    return call


class WordPressPublisher:
    def __init__(self, client: WordPressClient) -> None:
        self._client = client
        self._meta_keys: frozenset[str] | None = None

    def close(self) -> None:
        self._client.close()

    @_checked_answer
    def verify(self) -> SiteAccount:
        me = self._client.get("/wp/v2/users/me", context="edit")
        caps = me.get("capabilities") or {}
        name = ""
        timezone = ""
        try:
            index = self._client.get("/", _fields="name,timezone_string,gmt_offset")
            name = str(index.get("name", ""))
            timezone = site_zone_name(index.get("timezone_string"), index.get("gmt_offset"))
        except PermanentError:
            pass  # the index may be restricted; the user check above is what matters
        return SiteAccount(
            user_id=int(me["id"]),
            name=str(me.get("name", "")),
            can_publish=bool(caps.get("publish_posts")),
            can_upload=bool(caps.get("upload_files")),
            site_name=name,
            timezone=timezone,
        )

    # -- terms -------------------------------------------------------------------------------

    @_checked_answer
    def categories(self) -> list[RemoteTerm]:
        return [_term(item) for item in self._client.get_all("/wp/v2/categories", context="view")]

    @_checked_answer
    def tags(self) -> list[RemoteTerm]:
        return [_term(item) for item in self._client.get_all("/wp/v2/tags", context="view")]

    @_checked_answer
    def _ensure_term(self, route: str, body: dict[str, Any]) -> RemoteTerm:
        found = self._client.get(route, slug=body["slug"])
        if isinstance(found, list) and found:
            return _term(found[0])
        try:
            return _term(self._client.post(route, body))
        except PermanentError as exc:
            # Same name under the same parent: WordPress answers with the existing term's id.
            if exc.code == "term_exists" and isinstance(exc.data, dict):
                term_id = (exc.data.get("data") or {}).get("term_id")
                if term_id:
                    return _term(self._client.get(f"{route}/{int(term_id)}"))
            raise

    def ensure_category(self, name: str, slug: str, parent: int) -> RemoteTerm:
        return self._ensure_term("/wp/v2/categories", {"name": name, "slug": slug, "parent": parent})

    def ensure_tag(self, name: str, slug: str) -> RemoteTerm:
        return self._ensure_term("/wp/v2/tags", {"name": name, "slug": slug})

    # -- media -------------------------------------------------------------------------------

    @_checked_answer
    def find_media(self, marker: str) -> RemoteMedia | None:
        """The upload whose file name carries `marker` (a retry after a lost answer)."""
        for item in self._client.get("/wp/v2/media", search=marker, per_page=20, context="edit"):
            url = str(item.get("source_url", ""))
            if marker in url:
                return RemoteMedia(int(item["id"]), url, marker)
        return None

    @_checked_answer
    def upload_media(
        self, data: bytes, filename: str, mime: str, progress: ProgressCallback | None = None
    ) -> RemoteMedia:
        response = self._client.request(
            "POST",
            "/wp/v2/media",
            content=data,
            headers={"Content-Type": mime, "Content-Disposition": f'attachment; filename="{filename}"'},
            progress=progress,
            allow_statuses=(500,),
        )
        if response.status == 500:
            landed = response.headers.get("x-wp-upload-attachment-id")
            if not landed:
                code = response.data.get("code", "") if isinstance(response.data, dict) else ""
                message = response.data.get("message", "") if isinstance(response.data, dict) else ""
                if code.startswith("rest_upload"):
                    raise PermanentError(
                        f"{{site}} refused the photo {filename}: {message}", 500, code, detail=f"500 {code}"
                    )
                raise TransientError(
                    f"{{site}} had an error (500) uploading {filename}"
                    + (f": {message}" if message else "."),
                    detail=f"500 {code or 'without a code'}",
                )
            # The file is stored but its sizes were not made: finish that, then use it.
            media_id = int(landed)
            self._client.post(f"/wp/v2/media/{media_id}/post-process", {"action": "create-image-subsizes"})
            item = self._client.get(f"/wp/v2/media/{media_id}", context="edit")
        else:
            item = response.data
        return RemoteMedia(int(item["id"]), str(item.get("source_url", "")))

    def update_media(self, media_id: int, fields: Mapping[str, Any]) -> None:
        self._client.post(f"/wp/v2/media/{media_id}", dict(fields))

    @_checked_answer
    def media_info(self, media_id: int) -> tuple[str, str, str] | None:
        try:
            item = self._client.get(f"/wp/v2/media/{media_id}", context="edit")
        except NotFoundOnSiteError:
            return None
        caption = _raw(item.get("caption"))
        return str(item.get("source_url", "")), _strip_tags(caption), str(item.get("alt_text", ""))

    # -- posts -------------------------------------------------------------------------------

    @_checked_answer
    def post(self, post_id: int) -> RemotePost:
        return post_from_json(self._client.get(f"/wp/v2/posts/{post_id}", context="edit"))

    def post_state(self, post_id: int) -> RemotePost:
        return self.post(post_id)

    @_checked_answer
    def find_post_by_slug(self, slug: str) -> RemotePost | None:
        found = self._client.get("/wp/v2/posts", slug=slug, status=ALL_STATUSES, context="edit")
        return post_from_json(found[0]) if isinstance(found, list) and found else None

    @_checked_answer
    def create_post(self, fields: Mapping[str, Any]) -> RemotePost:
        return post_from_json(self._client.post("/wp/v2/posts", dict(fields)))

    @_checked_answer
    def update_post(self, post_id: int, fields: Mapping[str, Any]) -> RemotePost:
        return post_from_json(self._client.post(f"/wp/v2/posts/{post_id}", dict(fields)))

    @_checked_answer
    def trash_post(self, post_id: int) -> RemotePost:
        data = self._client.request("DELETE", f"/wp/v2/posts/{post_id}").data
        return post_from_json(data)

    @_checked_answer
    def posts_page(self, page: int, modified_after: Any) -> tuple[list[RemotePost | UnreadablePost], int]:
        params: dict[str, Any] = {
            "context": "edit",
            "status": ALL_STATUSES,
            "orderby": "modified",
            "order": "asc",
            "per_page": 100,
            "page": page,
        }
        if modified_after is not None:
            params["modified_after"] = modified_after.strftime("%Y-%m-%dT%H:%M:%SZ")
        response = self._client.request("GET", "/wp/v2/posts", params=params)
        return [_read_post(item) for item in response.data or ()], page_count(response.headers)

    def download(self, url: str) -> bytes:
        # A photo's file: no password goes with it (any host may serve it), the client's trust
        # and a deadline for the largest file at a slow pace.
        transport = deadline_transport(self._client.tls)
        with httpx.Client(timeout=60.0, follow_redirects=True, transport=transport) as http:
            try:
                with deadline(DOWNLOAD_DEADLINE), http.stream("GET", url) as response:
                    if response.status_code >= 400:
                        raise TransientError(
                            f"Could not download {url} from {{site}}.",
                            detail=f"{response.status_code} {response.reason_phrase}",
                        )
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > MAX_DOWNLOAD_BYTES:
                            raise PermanentError(f"{url} is larger than {MAX_DOWNLOAD_BYTES // 2**20} MB.")
                        chunks.append(chunk)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                raise network_error(exc, url) from exc
            except httpx.HTTPError as exc:
                raise TransientError(
                    f"Could not download {url} from {{site}}.", detail=str(exc) or type(exc).__name__
                ) from exc
        return b"".join(chunks)

    def meta_keys(self) -> frozenset[str]:
        """Post meta the site registered for REST (byline, source note go there when offered)."""
        if self._meta_keys is None:
            try:
                schema = self._client.request("OPTIONS", "/wp/v2/posts").data or {}
                props = ((schema.get("schema") or {}).get("properties") or {}).get("meta") or {}
                self._meta_keys = frozenset((props.get("properties") or {}).keys())
            except (PermanentError, TransientError, AttributeError):
                self._meta_keys = frozenset()
        return self._meta_keys
