"""A conflict: the site's version of a post, kept with the job (JSON) for the editor to see, and
what the editor's choice does (keep mine, take theirs, per field, or edit and retry)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Literal

from workstation.domain.article import ArticleChanges
from workstation.domain.conflict import ConflictField, ConflictResolution
from workstation.domain.errors import ValidationError
from workstation.domain.publishing import (
    JobResolution,
    JobState,
    OutboxJob,
    RemotePost,
    RemoteStatus,
    RemoteVersion,
)
from workstation.services.publishing.conflict_compare import ConflictCase, changes_for, read_conflict
from workstation.services.publishing.deps import PublishingDeps
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


def resolve_conflict(
    deps: PublishingDeps, job: OutboxJob, choice: ConflictChoice | ConflictResolution
) -> OutboxJob:
    """mine: overwrite the site's copy; theirs: the site's changes become a local revision (and
    the job ends); edit: the site's copy is taken as the base and the job waits for Retry; a
    ConflictResolution: the site's value of the fields it names, this copy's of the others (sent
    with the next update when they differ from the site)."""
    remote = remote_version_from_json(job.conflict)
    if job.state is not JobState.CONFLICT or remote is None:
        raise ValidationError("job", f"job {job.id} has no conflict to resolve")
    now = deps.now()
    if isinstance(choice, ConflictResolution) or choice == "theirs":
        case = read_conflict(deps, job)
        resolution = case.comparison.take_theirs() if choice == "theirs" else choice
        assert isinstance(resolution, ConflictResolution)
        _take_theirs(deps, case, resolution)
        kept = case.comparison.kept_fields(resolution)
        with deps.db.session() as session:
            if choice == "theirs" or not kept:
                return OutboxRepository(session).update(
                    job.id,
                    now,
                    state=JobState.CANCELLED,
                    resolution=JobResolution.THEIRS,
                    step="Took the site's version as a new revision",
                )
            names = ", ".join(field.label.lower() for field in kept)
            return OutboxRepository(session).update(
                job.id,
                now,
                state=JobState.QUEUED,
                overwrite=False,
                next_attempt_at=None,
                conflict="",
                resolution=JobResolution.CHOICES,
                step=f"Will send what was kept from this copy: {names}",
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
                resolution=JobResolution.MINE,
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


def _take_theirs(deps: PublishingDeps, case: ConflictCase, resolution: ConflictResolution) -> None:
    """The site's value of the chosen fields becomes a revision here (fields the site does not
    hold stay ours); the post as the site holds it becomes the last sync, so the next update
    sends only what differs from it."""
    from workstation.services.publishing.publication_states import synced_at_after_taking_theirs

    job = case.job
    changes = changes_for(case, resolution.theirs)
    if changes != ArticleChanges():
        deps.articles.apply_site_changes(job.article_id, changes)
    featured = case.comparison.state(ConflictField.FEATURED_PHOTO)
    if resolution.takes(ConflictField.FEATURED_PHOTO) and featured.held and featured.differs:
        deps.photos.set_featured(job.article_id, case.featured_id)
    updated_after = deps.articles.get(job.article_id).updated_at
    # Every field the site holds replaced, or nothing edited here since the last sync: in sync.
    replaced_all = not case.comparison.kept_fields(resolution)
    with deps.db.session() as session:
        repository = PublicationRepository(session)
        publication = repository.get(job.article_id, job.destination_id)
        synced_at = synced_at_after_taking_theirs(
            publication, case.article.updated_at, updated_after, replaced_all
        )
        repository.save(
            job.article_id,
            job.destination_id,
            modified_gmt=case.remote.modified_gmt,
            synced_fields=json.dumps(dict(case.on_site), ensure_ascii=False, sort_keys=True),
            remote_status=case.remote.status,
            synced_at=synced_at,
        )
