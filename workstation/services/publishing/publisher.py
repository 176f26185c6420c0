"""What the outbox, pulls and destinations need from a publishing platform.

WordPress implements it (publishing.wordpress); another platform implements the same methods
and nothing above the services changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from workstation.domain.publishing import RemotePost, UnreadablePost
from workstation.services.publishing.wordpress_client import ProgressCallback


@dataclass(frozen=True, slots=True)
class SiteAccount:
    """Who we are on the site, as /users/me says."""

    user_id: int
    name: str
    can_publish: bool
    can_upload: bool
    site_name: str = ""
    timezone: str = ""


@dataclass(frozen=True, slots=True)
class RemoteTerm:
    id: int
    name: str
    slug: str
    parent: int = 0


@dataclass(frozen=True, slots=True)
class RemoteMedia:
    id: int
    source_url: str
    filename_marker: str = ""


class Publisher(Protocol):
    def close(self) -> None: ...

    def verify(self) -> SiteAccount: ...

    def categories(self) -> list[RemoteTerm]: ...

    def tags(self) -> list[RemoteTerm]: ...

    def ensure_category(self, name: str, slug: str, parent: int) -> RemoteTerm: ...

    def ensure_tag(self, name: str, slug: str) -> RemoteTerm: ...

    def find_media(self, marker: str) -> RemoteMedia | None: ...

    def upload_media(
        self, data: bytes, filename: str, mime: str, progress: ProgressCallback | None = None
    ) -> RemoteMedia: ...

    def update_media(self, media_id: int, fields: Mapping[str, Any]) -> None: ...

    def media_info(self, media_id: int) -> tuple[str, str, str] | None:
        """(source URL, caption as text, alt text), None if the media is gone."""
        ...

    def post(self, post_id: int) -> RemotePost: ...

    def post_state(self, post_id: int) -> RemotePost: ...

    def find_post_by_slug(self, slug: str) -> RemotePost | None: ...

    def create_post(self, fields: Mapping[str, Any]) -> RemotePost: ...

    def update_post(self, post_id: int, fields: Mapping[str, Any]) -> RemotePost: ...

    def trash_post(self, post_id: int) -> RemotePost: ...

    def posts_page(
        self, page: int, modified_after: datetime | None
    ) -> tuple[Sequence[RemotePost | UnreadablePost], int]: ...

    def download(self, url: str) -> bytes: ...

    def meta_keys(self) -> frozenset[str]: ...
