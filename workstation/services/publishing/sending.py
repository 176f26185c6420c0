"""Sending one outbox job: one attempt, step by step (the outbox decides when and how often).

Each remote id is saved the moment it exists; the post's slug and each upload are recorded
before their request, so whatever becomes of an answer, a later try finds what it created.
Before an update the site's modified_gmt is compared with the last sync (a conflict writes
nothing). Every step checks whether the job was cancelled or the app is quitting.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from workstation.domain.article import Article, ArticleChanges
from workstation.domain.errors import WorkstationError
from workstation.domain.publishing import (
    Destination,
    JobAction,
    JobState,
    OutboxJob,
    RemotePost,
    RemoteStatus,
)
from workstation.domain.revision import RevisionReason
from workstation.domain.urls import PHOTO_SCHEME
from workstation.services.preflight import PreflightItem
from workstation.services.publishing.conflicts import remote_version
from workstation.services.publishing.deps import PublishingDeps
from workstation.services.publishing.errors import (
    ConflictError,
    CredentialsError,
    NotFoundOnSiteError,
    PermanentError,
    TransientError,
)
from workstation.services.publishing.heartbeat import Heartbeat
from workstation.services.publishing.mapping import (
    changed_fields,
    post_fields,
    post_slug,
)
from workstation.services.publishing.publisher import Publisher
from workstation.services.publishing.sending_media import MediaUploads
from workstation.services.publishing.site_terms import site_category_ids, site_tag_ids
from workstation.services.publishing.wordpress_client import format_gmt
from workstation.store.publishing_repository import (
    DestinationRepository,
    OutboxRepository,
    PublicationRepository,
    RemoteIdRepository,
)

ProgressListener = Callable[[OutboxJob], None]
Blockers = Callable[[Article, Destination | None], list[PreflightItem]]  # OutboxService.blockers

# A job left SENDING this long without a heartbeat belongs to a process that died.
STALE_SENDING = timedelta(minutes=2)
# A send in progress beats (publishing.heartbeat) and writes at least this often, well inside
# STALE_SENDING, however long one request takes.
HEARTBEAT_SECONDS = 30.0


class CancelReason(StrEnum):
    CANCELLED = "cancelled"  # the editor cancelled the job: it stays cancelled
    STOPPED = "stopped"  # the app is quitting: the job went back to the queue


class JobCancelled(WorkstationError):
    """The editor cancelled the job while it was being sent, or the app is quitting (`reason`)."""

    def __init__(self, reason: CancelReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class JobRun:
    """One attempt at one job."""

    def __init__(
        self,
        context: PublishingDeps,
        blockers: Blockers,
        job: OutboxJob,
        listener: ProgressListener | None,
        should_stop: Callable[[], bool] | None,
    ) -> None:
        self.ctx = context
        self.blockers = blockers
        self.job = job
        self.listener = listener
        self.should_stop = should_stop
        with context.db.session() as session:
            self.destination = DestinationRepository(session).get(job.destination_id)
            self.publication = PublicationRepository(session).get(job.article_id, job.destination_id)
        self.publisher: Publisher | None = None
        self._written_at = time.monotonic()  # the claim wrote the job just now

    def step(self, text: str, **fields: Any) -> None:
        if self.should_stop is not None and self.should_stop():
            # Quitting: the job goes back to the queue and resumes from its saved ids.
            self._update(self.job.id, state=JobState.QUEUED, step="Paused; will resume")
            raise JobCancelled(CancelReason.STOPPED, "The app is quitting; the job resumes later.")
        if fields or self._heartbeat_due():  # something to keep (a marker, the outcome), or alive
            self.job = self._update(self.job.id, step=text, **fields)
            self._written_at = time.monotonic()
        else:  # words for the listener only; the store is asked just whether it was cancelled
            self._check_not_cancelled(self.job.id)
            self.job = replace(self.job, step=text)
        if self.listener is not None:
            self.listener(self.job)

    def execute(self) -> None:
        self.step("Reading the password from the keyring", last_error="")
        password = self.ctx.destinations.password(self.destination)
        if password is None:
            raise CredentialsError(
                f"No application password is stored for {self.destination.username} on "
                f"{self.destination.name}. Enter it again (Destinations)."
            )
        self.publisher = self.ctx.destinations.publisher(self.destination, password)
        try:
            with Heartbeat(self.ctx.db, self.job.id, self.ctx.now, HEARTBEAT_SECONDS):
                if self.job.action is JobAction.PUBLISH:
                    self._publish()
                else:
                    self._unpublish_or_trash()
        finally:
            self.publisher.close()

    # -- publish -----------------------------------------------------------------------------

    def _publish(self) -> None:
        assert self.publisher is not None
        article = self.ctx.articles.get(self.job.article_id)
        blockers = self.blockers(article, self.destination)
        if blockers:
            raise PermanentError(
                "Fix these before publishing: " + "; ".join(f"{b.field}: {b.message}" for b in blockers)
            )
        remote_id = self.publication.remote_id if self.publication else None
        if remote_id is not None:
            self._check_for_conflict(remote_id)
        elif marker := (self.publication.slug if self.publication else "") or self.job.pending_marker:
            # A create was sent before (by this job or one cancelled since) and its answer lost.
            self.step("Looking for a post an earlier try created")
            found = self.publisher.find_post_by_slug(marker)
            if found is not None:
                self._save_publication(found, synced={})
                remote_id = found.id
        ctx, destination_id = self.ctx, self.destination.id
        section_id = article.content.section_id
        categories = site_category_ids(
            ctx.db, ctx.taxonomy, self.publisher, destination_id, section_id, say=self.step
        )
        tags = site_tag_ids(ctx.db, ctx.taxonomy, self.publisher, destination_id, article.tags, say=self.step)
        media = MediaUploads(
            ctx.db, ctx.photos, self.destination, self.publisher, step=self.step, progress=self._progress
        )
        uploaded = media.upload(article)
        featured = ctx.photos.featured(article.id)
        featured_id = 0
        if featured is not None:
            featured_id = next((u.media_id for u in uploaded.values() if u.photo.id == featured.id), 0)
        body = ctx.photos.body_for_preview(article.body)
        fields = post_fields(
            headline=article.headline,
            standfirst=article.standfirst,
            body=body,
            byline=article.byline,
            source_note=article.source_note,
            language=article.language,
            photos={f"{PHOTO_SCHEME}:{u.photo.sha256}": u for u in uploaded.values()},
            categories=categories,
            tags=tags,
            featured_media=featured_id,
            meta_keys=self.publisher.meta_keys(),
        )
        status = self.job.requested_status
        if remote_id is None:
            post = self._create(article, fields, status)
        else:
            post = self._send_update(remote_id, fields, status)
        self._save_publication(post, synced=fields)
        self._check_site_kept(fields, post)
        media.write_meta(post.id)
        # The site's status stays the site's (the publication): the article's workflow status is
        # the newsroom's. Only the site's date is kept with the article (the page's "Published").
        first = post.date_gmt if post.status in (RemoteStatus.PUBLISH, RemoteStatus.FUTURE) else None
        # An edit saved while this was being sent is not on the site: the sync is as of the
        # article that was read, so it shows as edited here since it was sent.
        edited_meanwhile = self.ctx.articles.get(article.id).updated_at != article.updated_at
        updated = self.ctx.articles.apply_site_changes(
            article.id, ArticleChanges(), first_published_at=first, reason=RevisionReason.PUBLISH
        )
        self._synced_as_of(article.updated_at if edited_meanwhile else updated.updated_at)
        self.step(f"{post.status.label}: {post.link}", state=JobState.DONE, conflict="", pending_marker="")

    def _check_site_kept(self, fields: dict[str, Any], post: RemotePost) -> None:
        """WordPress silently drops a category, tag or featured photo id it no longer has (deleted
        on the site): forget those ids here and try again, so they are made anew."""
        gone_categories = set(fields["categories"]) - set(post.categories)
        gone_tags = set(fields["tags"]) - set(post.tags)
        gone_photo = fields["featured_media"] if fields["featured_media"] != post.featured_media else 0
        if not (gone_categories or gone_tags or gone_photo):
            return
        with self.ctx.db.session() as session:
            remote = RemoteIdRepository(session)
            for term in gone_categories:
                remote.forget_term(self.destination.id, "category", term)
            for term in gone_tags:
                remote.forget_term(self.destination.id, "tag", term)
            if gone_photo:
                remote.forget_media_id(self.destination.id, gone_photo)
        raise TransientError(
            f"{self.destination.name} no longer has some of the sections, tags or photos this article "
            "uses (deleted there); they are made again on the next try."
        )

    def _synced_as_of(self, moment: datetime) -> None:
        """The sync is as of `moment`: the article as it was read and sent (an edit saved while it
        was sent is after it, so it shows as edited here since it was sent)."""
        with self.ctx.db.session() as session:
            PublicationRepository(session).save(
                self.job.article_id, self.job.destination_id, synced_at=moment
            )

    def _status_fields(self, status: RemoteStatus | None) -> dict[str, Any]:
        if status is None:
            return {}
        fields: dict[str, Any] = {"status": status.value}
        if status is RemoteStatus.FUTURE and self.job.scheduled_at is not None:
            fields["date_gmt"] = format_gmt(self.job.scheduled_at)
        return fields

    def _create(self, article: Article, fields: dict[str, Any], status: RemoteStatus | None) -> RemotePost:
        assert self.publisher is not None
        slug = self.publication.slug if self.publication and self.publication.slug else ""
        if not slug:
            self.step("Choosing the post's address")
            slug = self._free_slug(post_slug(article.headline, article.id))
        # The marker is saved before the request, on the job and on the article's publication
        # there: if the answer is lost, any later try (this job or a new one) finds the post.
        with self.ctx.db.session() as session:
            PublicationRepository(session).save(self.job.article_id, self.job.destination_id, slug=slug)
        self.step("Creating the post", pending_marker=slug, marker_set_at=self.ctx.now())
        post = self.publisher.create_post(
            {**fields, "slug": slug, **self._status_fields(status or RemoteStatus.PUBLISH)}
        )
        self._save_publication(post, synced=fields)
        return post

    def _free_slug(self, base: str) -> str:
        assert self.publisher is not None
        for n in range(1, 50):
            slug = base if n == 1 else f"{base}-{n}"
            if self.publisher.find_post_by_slug(slug) is None:
                return slug
        return f"{base}-{self.job.id}"

    def _send_update(self, remote_id: int, fields: dict[str, Any], status: RemoteStatus | None) -> RemotePost:
        assert self.publisher is not None
        synced = self.publication.synced_fields if self.publication else "{}"
        changes = changed_fields(fields, synced)
        current = self.publication.remote_status if self.publication else None
        # Updates never change the status or date unless the editor asked for a different one.
        if status is not None and (status is not current or status is RemoteStatus.FUTURE):
            changes.update(self._status_fields(status))
            if status is RemoteStatus.PUBLISH and current is RemoteStatus.FUTURE:
                # "Publish now" on a scheduled post: with its future date it would stay scheduled.
                changes["date_gmt"] = format_gmt(self.ctx.now())
        if not changes:
            self.step("Nothing changed since the last publish; reading the post")
            return self.publisher.post(remote_id)
        # Kept until the site answers: if the answer is lost, the next try sees the site holding
        # exactly this and knows it for its own write, not someone else's change.
        pending = {**_json_object(synced), **{k: v for k, v in changes.items() if k != "date_gmt"}}
        with self.ctx.db.session() as session:
            PublicationRepository(session).save(
                self.job.article_id,
                self.job.destination_id,
                pending_fields=json.dumps(pending, sort_keys=True),
            )
        self.step("Updating the post")
        post = self.publisher.update_post(remote_id, changes)
        if status is RemoteStatus.PUBLISH and post.status is RemoteStatus.FUTURE and post.modified_gmt:
            # Our clock is ahead of the site's: "now" was still the future there. The site's own
            # time of this update is its now.
            post = self.publisher.update_post(
                remote_id, {"status": status.value, "date_gmt": format_gmt(post.modified_gmt)}
            )
        return post

    def _check_for_conflict(self, remote_id: int) -> None:
        assert self.publisher is not None
        self.step("Checking the site's copy")
        try:
            remote = self.publisher.post_state(remote_id)
        except NotFoundOnSiteError as exc:
            raise PermanentError(
                f"The post (id {remote_id}) no longer exists on {self.destination.name}; "
                "it was deleted there. Nothing was sent."
            ) from exc
        known = self.publication.modified_gmt if self.publication else None
        if known is None or remote.modified_gmt == known:
            return
        pending = _json_object(self.publication.pending_fields if self.publication else "")
        if pending and _holds(remote, pending):
            # Our own update, whose answer was lost: the site's copy is what we sent.
            with self.ctx.db.session() as session:
                self.publication = PublicationRepository(session).save(
                    self.job.article_id,
                    self.job.destination_id,
                    modified_gmt=remote.modified_gmt,
                    remote_status=remote.status,
                    synced_fields=json.dumps(pending, ensure_ascii=False, sort_keys=True),
                    pending_fields="",
                )
            return
        raise ConflictError(remote_version(remote))

    def _save_publication(self, post: RemotePost, synced: dict[str, Any]) -> None:
        with self.ctx.db.session() as session:
            self.publication = PublicationRepository(session).save_post(
                self.job.article_id,
                self.job.destination_id,
                post,
                synced_at=self.ctx.now(),
                synced=synced,
                pending_fields="",
            )

    def _heartbeat_due(self) -> bool:
        """A job SENDING without a write for STALE_SENDING is taken to be dead and may be taken up
        by another worker: a long send writes now and then to say it is alive."""
        return time.monotonic() - self._written_at > HEARTBEAT_SECONDS

    def _progress(self, sent: int, total: int) -> None:
        if self.listener is not None:
            self.listener(replace(self.job, bytes_sent=sent, bytes_total=total))
        if sent == total or self._heartbeat_due():
            self.job = self._update(self.job.id, bytes_sent=sent, bytes_total=total)
            self._written_at = time.monotonic()

    # -- unpublish, trash --------------------------------------------------------------------

    def _unpublish_or_trash(self) -> None:
        assert self.publisher is not None
        if self.publication is None or self.publication.remote_id is None:
            raise PermanentError("The article has no post on this site.")
        remote_id = self.publication.remote_id
        self._check_for_conflict(remote_id)
        if self.job.action is JobAction.UNPUBLISH:
            self.step("Moving the post back to draft")
            post = self.publisher.update_post(remote_id, {"status": RemoteStatus.DRAFT.value})
        else:
            self.step("Moving the post to the site's trash")
            post = self.publisher.trash_post(remote_id)
        synced = json.loads(self.publication.synced_fields or "{}")
        # The site's draft or trash is the publication's status; the workflow status stays.
        self._save_publication(post, synced=synced)
        self.step(f"{post.status.label} on {self.destination.name}", state=JobState.DONE, conflict="")

    def _update(self, job_id: int, **fields: Any) -> OutboxJob:
        with self.ctx.db.session() as session:
            outbox = OutboxRepository(session)
            if outbox.state(job_id) is JobState.CANCELLED:
                raise JobCancelled(CancelReason.CANCELLED, f"Job {job_id} was cancelled.")
            return outbox.update(job_id, self.ctx.now(), **fields)

    def _check_not_cancelled(self, job_id: int) -> None:
        with self.ctx.db.session() as session:
            if OutboxRepository(session).state(job_id) is JobState.CANCELLED:
                raise JobCancelled(CancelReason.CANCELLED, f"Job {job_id} was cancelled.")


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _holds(post: RemotePost, sent: dict[str, Any]) -> bool:
    """Whether the site's copy is exactly what an update sent (its fields, and its status)."""
    held: dict[str, Any] = {
        "title": post.title,
        "excerpt": post.excerpt,
        "content": post.content,
        "categories": list(post.categories),
        "tags": list(post.tags),
        "featured_media": post.featured_media,
        "status": post.status.value,
    }
    return all(held[key] == value for key, value in sent.items() if key in held)
