"""An in-memory site behind the Publisher interface, with faults a test can queue.

Fast unit tests of the outbox use it; the real WordPress in tests/integration checks the same
behaviour end to end.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from workstation.domain.publishing import RemotePost, RemoteStatus
from workstation.services.clock import Clock, utc_now
from workstation.services.publishing.credentials import CredentialStore
from workstation.services.publishing.destinations import DestinationService
from workstation.services.publishing.errors import (
    CredentialsError,
    NotFoundOnSiteError,
    PermanentError,
    TransientError,
)
from workstation.services.publishing.publisher import RemoteMedia, RemoteTerm, SiteAccount
from workstation.services.publishing.wordpress_client import normalize_site_url
from workstation.services.workspace import Workspace

PASSWORD = "abcd efgh ijkl mnop qrst uvwx"

T = TypeVar("T")


@dataclass
class Fault:
    """Fails the next call of `method`: before the site acts, or after it acted (the answer lost)."""

    method: str
    error: Exception
    after: bool = False
    times: int = 1


@dataclass
class FakeSite:
    password: str = PASSWORD
    can_publish: bool = True
    posts: dict[int, RemotePost] = field(default_factory=dict)
    media: dict[int, dict[str, Any]] = field(default_factory=dict)
    categories: dict[int, RemoteTerm] = field(default_factory=dict)
    tags: dict[int, RemoteTerm] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    clock: datetime = field(default_factory=lambda: datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    next_id: int = 100
    meta: frozenset[str] = frozenset()

    def tick(self) -> datetime:
        self.clock += timedelta(seconds=1)
        return self.clock.replace(microsecond=0)

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def fail(self, method: str, error: Exception, *, after: bool = False, times: int = 1) -> None:
        self.faults.append(Fault(method, error, after, times))

    def run(self, method: str, action: Callable[[], T]) -> T:
        self.calls.append(method)
        fault = next((f for f in self.faults if f.method == method), None)
        if fault is not None:
            fault.times -= 1
            if fault.times <= 0:
                self.faults.remove(fault)
            if not fault.after:
                raise fault.error
            action()
            raise fault.error
        return action()

    def edit_on_site(self, post_id: int, **changes: Any) -> RemotePost:
        """Someone changed the post in wp-admin."""
        post = replace(self.posts[post_id], **changes, modified_gmt=self.tick())
        self.posts[post_id] = post
        return post

    def publisher(
        self,
        api_root: str,
        username: str,
        password: str | None,
        *,
        allow_plain_http: bool = False,
        trust: object = None,
    ) -> FakePublisher:
        publisher = FakePublisher(self, password)
        publisher.plain_http = allow_plain_http
        return publisher

    def destinations(self, workspace: Workspace, clock: Clock = utc_now) -> DestinationService:
        """Destinations whose sites are this one (passwords in the test keyring)."""
        return DestinationService(
            workspace.db,
            CredentialStore(),
            client_factory=self.publisher,
            discover=lambda url, allow_plain_http=False, trust=None: normalize_site_url(url) + "/wp-json/",
            clock=clock,
        )


class FakePublisher:
    def __init__(self, site: FakeSite, password: str | None) -> None:
        self.site = site
        self.password = password
        self.closed = False
        self.plain_http = False  # made for a site the editor chose to reach over plain http

    def _auth(self) -> None:
        if self.password != self.site.password:
            raise CredentialsError("401 rest_not_logged_in")

    def close(self) -> None:
        self.closed = True

    def verify(self) -> SiteAccount:
        self._auth()
        return SiteAccount(1, "Editor", self.site.can_publish, True, "Fake", "Europe/Stockholm")

    def categories(self) -> list[RemoteTerm]:
        self._auth()
        return list(self.site.categories.values())

    def tags(self) -> list[RemoteTerm]:
        self._auth()
        return list(self.site.tags.values())

    def _ensure(self, store: dict[int, RemoteTerm], name: str, slug: str, parent: int) -> RemoteTerm:
        for term in store.values():
            if term.slug == slug:
                return term
        term = RemoteTerm(self.site.new_id(), name, slug, parent)
        store[term.id] = term
        return term

    def ensure_category(self, name: str, slug: str, parent: int) -> RemoteTerm:
        self._auth()
        return self.site.run(
            "ensure_category", lambda: self._ensure(self.site.categories, name, slug, parent)
        )

    def ensure_tag(self, name: str, slug: str) -> RemoteTerm:
        self._auth()
        return self.site.run("ensure_tag", lambda: self._ensure(self.site.tags, name, slug, 0))

    def find_media(self, marker: str) -> RemoteMedia | None:
        self._auth()
        self.site.calls.append("find_media")
        for media_id, item in self.site.media.items():
            if marker in item["source_url"]:
                return RemoteMedia(media_id, item["source_url"], marker)
        return None

    def upload_media(self, data: bytes, filename: str, mime: str, progress: Any = None) -> RemoteMedia:
        self._auth()

        def upload() -> RemoteMedia:
            if progress is not None:
                progress(len(data), len(data))
            media_id = self.site.new_id()
            url = f"https://fake.example/wp-content/uploads/{filename}"
            self.site.media[media_id] = {"source_url": url, "bytes": data, "mime": mime}
            return RemoteMedia(media_id, url)

        return self.site.run("upload_media", upload)

    def update_media(self, media_id: int, fields: Mapping[str, Any]) -> None:
        self._auth()
        self.site.run("update_media", lambda: self.site.media[media_id].update(fields))

    def media_info(self, media_id: int) -> tuple[str, str, str] | None:
        item = self.site.media.get(media_id)
        if item is None:
            return None
        return item["source_url"], item.get("caption", ""), item.get("alt_text", "")

    def post(self, post_id: int) -> RemotePost:
        self._auth()
        if post_id not in self.site.posts:
            raise NotFoundOnSiteError("404 rest_post_invalid_id", 404)
        return self.site.posts[post_id]

    def post_state(self, post_id: int) -> RemotePost:
        self.site.calls.append("post_state")
        return self.post(post_id)

    def find_post_by_slug(self, slug: str) -> RemotePost | None:
        self._auth()
        self.site.calls.append("find_post_by_slug")
        return next(
            (p for p in self.site.posts.values() if p.slug == slug and p.status is not RemoteStatus.TRASH),
            None,
        )

    def _apply(self, post: RemotePost, fields: Mapping[str, Any]) -> RemotePost:
        changes: dict[str, Any] = {}
        for key in ("title", "excerpt", "content", "slug"):
            if key in fields:
                changes[key] = fields[key]
        # Like WordPress: ids the site does not have are dropped without a word.
        if "categories" in fields:
            changes["categories"] = tuple(c for c in fields["categories"] if c in self.site.categories)
        if "tags" in fields:
            changes["tags"] = tuple(t for t in fields["tags"] if t in self.site.tags)
        if "featured_media" in fields:
            media = fields["featured_media"]
            changes["featured_media"] = media if media in self.site.media else 0
        if "meta" in fields:
            changes["meta"] = dict(fields["meta"])
        if "status" in fields:
            changes["status"] = RemoteStatus(fields["status"])
        if "date_gmt" in fields:
            changes["date_gmt"] = datetime.fromisoformat(fields["date_gmt"].rstrip("Z")).replace(tzinfo=UTC)
        updated = replace(post, **changes, modified_gmt=self.site.tick())
        if updated.status is RemoteStatus.PUBLISH and updated.date_gmt and updated.date_gmt > self.site.clock:
            updated = replace(updated, status=RemoteStatus.FUTURE)  # as WordPress: a future date schedules
        return updated

    def create_post(self, fields: Mapping[str, Any]) -> RemotePost:
        self._auth()

        def create() -> RemotePost:
            if "date" in fields:
                raise PermanentError("we never send date")
            post_id = self.site.new_id()
            base = RemotePost(
                id=post_id,
                link=f"https://fake.example/?p={post_id}",
                status=RemoteStatus.DRAFT,
                slug="",
                modified_gmt=None,
                date_gmt=self.site.clock,
            )
            post = self._apply(base, fields)
            self.site.posts[post_id] = post
            return post

        return self.site.run("create_post", create)

    def update_post(self, post_id: int, fields: Mapping[str, Any]) -> RemotePost:
        self._auth()
        if "date" in fields:
            raise PermanentError("never send date on update")

        def update() -> RemotePost:
            post = self._apply(self.post(post_id), fields)
            self.site.posts[post_id] = post
            return post

        self.site.calls.append(f"update_post:{','.join(sorted(fields))}")
        return self.site.run("update_post", update)

    def trash_post(self, post_id: int) -> RemotePost:
        self._auth()

        def trash() -> RemotePost:
            post = replace(self.post(post_id), status=RemoteStatus.TRASH, modified_gmt=self.site.tick())
            self.site.posts[post_id] = post
            return post

        return self.site.run("trash_post", trash)

    def posts_page(self, page: int, modified_after: datetime | None) -> tuple[list[RemotePost], int]:
        self._auth()
        posts = sorted(self.site.posts.values(), key=lambda p: p.modified_gmt or self.site.clock)
        posts = [p for p in posts if p.status is not RemoteStatus.TRASH]
        if modified_after is not None:
            posts = [p for p in posts if p.modified_gmt and p.modified_gmt > modified_after]
        size = 2
        pages = max(1, (len(posts) + size - 1) // size)
        return posts[(page - 1) * size : page * size], pages

    def download(self, url: str) -> bytes:
        for item in self.site.media.values():
            if item["source_url"] == url:
                return bytes(item["bytes"])
        raise TransientError(f"404 {url}")

    def meta_keys(self) -> frozenset[str]:
        return self.site.meta
