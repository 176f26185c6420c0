"""A conflict: the site's version of a post, kept with the job (JSON) for the editor to see, and
what the editor's choice does (keep mine, take theirs, or edit and retry)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Literal

from workstation.domain.article import ArticleChanges
from workstation.domain.errors import ValidationError
from workstation.domain.publishing import (
    JobState,
    OutboxJob,
    Publication,
    RemotePost,
    RemoteStatus,
    RemoteVersion,
)
from workstation.services.publishing.deps import PublishingDeps
from workstation.services.publishing.mapping import changed_on_site, plain_text, site_fields
from workstation.store.publishing_repository import OutboxRepository, PublicationRepository

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


def resolve_conflict(deps: PublishingDeps, job: OutboxJob, choice: ConflictChoice) -> OutboxJob:
    """mine: overwrite the site's copy; theirs: the site's copy becomes a local revision (and
    the job ends); edit: the site's copy is taken as the base and the job waits for Retry."""
    remote = remote_version_from_json(job.conflict)
    if job.state is not JobState.CONFLICT or remote is None:
        raise ValidationError("job", f"job {job.id} has no conflict to resolve")
    now = deps.now()
    with deps.db.session() as session:
        publication = PublicationRepository(session).get(job.article_id, job.destination_id)
    if choice == "theirs":
        _take_theirs(deps, job, remote, publication)
        with deps.db.session() as session:
            return OutboxRepository(session).update(
                job.id, now, state=JobState.CANCELLED, step="Took the site's version as a new revision"
            )
    # Mine, or edit and retry: the site's version as it is now becomes the base. The next send
    # writes every field over it, but only if the site has not moved again by then (a newer
    # change there is a new conflict, never overwritten silently).
    with deps.db.session() as session:
        PublicationRepository(session).save(
            job.article_id, job.destination_id, modified_gmt=remote.modified_gmt, synced_fields="{}"
        )
        if choice == "mine":
            return OutboxRepository(session).update(
                job.id,
                now,
                state=JobState.QUEUED,
                overwrite=False,
                next_attempt_at=None,
                conflict="",
                step="Will overwrite the site's copy",
            )
        return OutboxRepository(session).update(
            job.id,
            now,
            state=JobState.FAILED,
            overwrite=False,
            conflict="",
            step="Edit the article, then press Retry to send it",
            last_error="Waiting for your edits (the site's version is the base now).",
        )


def _take_theirs(
    deps: PublishingDeps, job: OutboxJob, remote: RemoteVersion, publication: Publication | None
) -> None:
    """The fields the site changed since the last sync become a revision here; the rest (the
    body's photo references among them, when the body did not change) stay ours."""
    from workstation.services.publishing.html_markdown import split_post_content
    from workstation.services.publishing.publication_states import synced_at_after_taking_theirs
    from workstation.services.publishing.site_terms import local_terms

    on_site = site_fields(
        remote.title,
        remote.excerpt,
        remote.content_html,
        categories=list(remote.categories),
        tags=list(remote.tags),
        featured_media=remote.featured_media,
    )
    changed = changed_on_site(on_site, publication.synced_fields if publication else "{}")
    changes = ArticleChanges()
    if "title" in changed:
        changes = replace(changes, headline=plain_text(remote.title))
    if "excerpt" in changed:
        changes = replace(changes, standfirst=plain_text(remote.excerpt))
    if "content" in changed:
        text = split_post_content(remote.content_html)
        changes = replace(changes, body=text.body, byline=text.byline, source_note=text.source_note)
    if "categories" in changed or "tags" in changed:
        section_id, tag_names = local_terms(
            deps.db, deps.taxonomy, job.destination_id, remote.categories, remote.tags
        )
        if "categories" in changed and section_id is not None:
            changes = replace(changes, section_id=section_id)
        if "tags" in changed:
            changes = replace(changes, tags=tag_names)
    edited_before = deps.articles.get(job.article_id).updated_at
    updated = deps.articles.apply_site_changes(job.article_id, changes)
    replaced_all = set(on_site) <= changed
    synced_at = synced_at_after_taking_theirs(publication, edited_before, updated.updated_at, replaced_all)
    with deps.db.session() as session:
        PublicationRepository(session).save(
            job.article_id,
            job.destination_id,
            modified_gmt=remote.modified_gmt,
            synced_fields=json.dumps(on_site, ensure_ascii=False, sort_keys=True),
            remote_status=remote.status,
            synced_at=synced_at,
        )
