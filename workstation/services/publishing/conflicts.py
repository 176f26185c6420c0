"""A conflict: the site's version of a post, kept with the job (JSON) for the editor to see."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Literal

from workstation.domain.publishing import RemotePost, RemoteStatus, RemoteVersion

ConflictChoice = Literal["mine", "theirs", "edit"]


def remote_version(post: RemotePost) -> RemoteVersion:
    return RemoteVersion(
        remote_id=post.id,
        title=post.title,
        excerpt=post.excerpt,
        content_html=post.content,
        status=post.status,
        modified_gmt=post.modified_gmt,
        link=post.link,
        categories=post.categories,
        tags=post.tags,
        featured_media=post.featured_media,
    )


def remote_version_to_json(version: RemoteVersion) -> str:
    return json.dumps(
        {
            "remote_id": version.remote_id,
            "title": version.title,
            "excerpt": version.excerpt,
            "content_html": version.content_html,
            "status": version.status.value,
            "modified_gmt": version.modified_gmt.isoformat() if version.modified_gmt else None,
            "link": version.link,
            "categories": list(version.categories),
            "tags": list(version.tags),
            "featured_media": version.featured_media,
        },
        ensure_ascii=False,
    )


def remote_version_from_json(data: str) -> RemoteVersion | None:
    if not data:
        return None
    raw = json.loads(data)
    modified = raw.get("modified_gmt")
    return RemoteVersion(
        remote_id=int(raw["remote_id"]),
        title=raw.get("title", ""),
        excerpt=raw.get("excerpt", ""),
        content_html=raw.get("content_html", ""),
        status=RemoteStatus(raw.get("status", "draft")),
        modified_gmt=datetime.fromisoformat(modified) if modified else None,
        link=raw.get("link", ""),
        categories=tuple(int(c) for c in raw.get("categories", ())),
        tags=tuple(int(t) for t in raw.get("tags", ())),
        featured_media=int(raw.get("featured_media") or 0),
    )
