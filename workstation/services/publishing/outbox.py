"""The outbox: every publish action is a job in the store before any network call.

A worker (off the GUI thread; `workstation outbox run` on the command line) sends due jobs step
by step. Each remote id is saved the moment it exists, so a retry never uploads a photo twice
or creates a second post; before a create, the slug it will carry is saved as a marker, so a
retry after an answer that never arrived finds the post instead of making another.
Before every update the site's modified_gmt is compared with the last sync: if the post moved,
nothing is written and the job waits in CONFLICT for the editor.
"""

from __future__ import annotations

import builtins
import hashlib
import html as html_module
import json
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import exists, or_, update
from sqlalchemy.orm import aliased

from workstation.domain.article import Article, ArticleStatus
from workstation.domain.errors import NotFoundError, ValidationError, WorkstationError
from workstation.domain.photo import Photo
from workstation.domain.publishing import (
    Destination,
    JobAction,
    JobState,
    OutboxJob,
    Publication,
    RemoteStatus,
    RemoteVersion,
    local_status_for,
    retry_delay,
)
from workstation.domain.revision import RevisionReason
from workstation.domain.text import slugify
from workstation.services.articles import ArticleService
from workstation.services.clock import Clock, utc_now
from workstation.services.photos import PREVIEW_SCHEME, PhotoService
from workstation.services.preflight import PreflightItem, PreflightService
from workstation.services.publishing.destinations import DestinationService
from workstation.services.publishing.errors import (
    ConflictError,
    CredentialsError,
    CredentialsUnavailable,
    NotFoundOnSiteError,
    PermanentError,
    PublishError,
    TransientError,
)
from workstation.services.publishing.mapping import (
    UploadedPhoto,
    caption_with_credit,
    changed_fields,
    changed_on_site,
    post_fields,
    post_slug,
    site_fields,
)
from workstation.services.publishing.publisher import Publisher, RemotePost
from workstation.services.publishing.wordpress_client import format_gmt
from workstation.services.taxonomy import TaxonomyService
from workstation.store.database import Database
from workstation.store.models import OutboxJobRow
from workstation.store.publishing_repository import (
    DestinationRepository,
    OutboxRepository,
    PublicationRepository,
    RemoteIdRepository,
)

ProgressListener = Callable[[OutboxJob], None]
ConflictChoice = Literal["mine", "theirs", "edit"]

# A job left SENDING this long without a heartbeat belongs to a process that died.
STALE_SENDING = timedelta(minutes=2)
PENDING_MEDIA = 0  # a remote_media row whose upload was sent but not yet answered
HEARTBEAT_SECONDS = 30.0  # a send in progress writes at least this often (well inside STALE_SENDING)
MIN_SCHEDULE_AHEAD = timedelta(seconds=60)  # WordPress publishes "future" posts nearer than this at once
_STOPPED = "stopped"
_SIZE_LIMIT = re.compile(r"less than ([\d.,]+)\s*(KB|MB|GB)", re.IGNORECASE)


class JobCancelled(WorkstationError):
    """The editor cancelled the job while it was being sent."""


class PreflightBlocked(ValidationError):
    def __init__(self, items: Sequence[PreflightItem]) -> None:
        self.items = list(items)
        lines = "; ".join(f"{item.field}: {item.message}" for item in self.items)
        super().__init__("publish", f"cannot publish yet: {lines}")


@dataclass(frozen=True, slots=True)
class RunReport:
    sent: int = 0
    failed: int = 0  # permanently (FAILED, CONFLICT, NEEDS_CREDENTIALS)
    waiting: int = 0  # to retry later


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


class OutboxService:
    def __init__(
        self,
        db: Database,
        articles: ArticleService,
        taxonomy: TaxonomyService,
        photos: PhotoService,
        preflight: PreflightService,
        destinations: DestinationService,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
    ) -> None:
        self._db = db
        self._articles = articles
        self._taxonomy = taxonomy
        self._photos = photos
        self._preflight = preflight
        self._destinations = destinations
        self._now = clock
        self._rng = rng or random.Random()

    # -- queueing ----------------------------------------------------------------------------

    def publish(
        self,
        article_id: int,
        destination_id: int,
        status: RemoteStatus | None = None,
        at: datetime | None = None,
    ) -> OutboxJob:
        """Queue a publish (a create, or an update of the post this article has there).
        status None: a new post is published, an existing one keeps its status and date."""
        article = self._articles.get(article_id)
        with self._db.session() as session:
            destination = DestinationRepository(session).get(destination_id)
        blockers = self.blockers(article, destination)
        if blockers:
            raise PreflightBlocked(blockers)
        now = self._now()
        if status is RemoteStatus.FUTURE:
            if at is None:
                raise ValidationError("at", "a scheduled publish needs a date and time")
            if at.tzinfo is None:
                raise ValidationError("at", "give a time zone (for example 2026-12-01T08:00+01:00)")
            if at - now < MIN_SCHEDULE_AHEAD:
                raise ValidationError("at", "schedule at least a minute ahead (or publish now)")
        elif at is not None:
            raise ValidationError("at", "a date is only used with the scheduled status (future)")
        if status is not None and status not in (
            RemoteStatus.DRAFT,
            RemoteStatus.PENDING,
            RemoteStatus.PUBLISH,
            RemoteStatus.FUTURE,
        ):
            raise ValidationError(
                "status", f"{status.value} cannot be requested; use draft, pending, publish or future"
            )
        with self._db.session() as session:
            DestinationRepository(session).get(destination_id)
            publication = PublicationRepository(session).get(article_id, destination_id)
            if status is None and (
                publication is None
                or publication.remote_id is None
                or publication.remote_status is RemoteStatus.TRASH  # publishing again restores it
            ):
                status = RemoteStatus.PUBLISH
            outbox = OutboxRepository(session)
            # One open publish per article and site: the job sends the article as it is then.
            for job in outbox.open_for_article(article_id, destination_id):
                if job.action is JobAction.PUBLISH and job.state in (JobState.QUEUED, JobState.RETRYING):
                    return outbox.update(
                        job.id,
                        now,
                        requested_status=status,
                        scheduled_at=at,
                        next_attempt_at=None,
                        state=JobState.QUEUED,
                    )
            return outbox.add(
                article_id, destination_id, JobAction.PUBLISH, now, requested_status=status, scheduled_at=at
            )

    def unpublish(self, article_id: int, destination_id: int | None = None) -> list[OutboxJob]:
        return self._queue_for_publications(article_id, destination_id, JobAction.UNPUBLISH)

    def trash(self, article_id: int, destination_id: int | None = None) -> list[OutboxJob]:
        return self._queue_for_publications(article_id, destination_id, JobAction.TRASH)

    def _queue_for_publications(
        self, article_id: int, destination_id: int | None, action: JobAction
    ) -> list[OutboxJob]:
        self._articles.get(article_id)
        now = self._now()
        with self._db.session() as session:
            publications = [
                p
                for p in PublicationRepository(session).for_article(article_id)
                if p.remote_id is not None and (destination_id is None or p.destination_id == destination_id)
            ]
            if not publications:
                raise ValidationError("destination", "the article has not been published there")
            outbox = OutboxRepository(session)
            return [outbox.add(article_id, p.destination_id, action, now) for p in publications]

    def blockers(self, article: Article, destination: Destination | None = None) -> list[PreflightItem]:
        """What stops a publish: the article's own checks, then the site's limits when known."""
        items = [item for item in self._preflight.check(article.id, article.content) if item.is_blocker]
        if destination is not None and destination.max_upload_bytes:
            items += self._upload_limit_blockers(article, destination.max_upload_bytes, destination.name)
        return items

    def _upload_limit_blockers(self, article: Article, limit: int, site: str) -> list[PreflightItem]:
        photos = {p.id: p for p in self._photos.body_photos(article.body)}
        featured = self._photos.featured(article.id)
        if featured is not None:
            photos[featured.id] = featured
        items = []
        for photo in photos.values():
            try:
                size = self._photos.rendition_path(photo).stat().st_size
            except (OSError, WorkstationError):
                continue  # an unreadable photo is reported by the photo checks and the upload
            if size > limit:
                items.append(
                    PreflightItem(
                        "photo",
                        "blocker",
                        f"{photo.original_filename} is {_size_text(size)}; {site} accepts uploads "
                        f"up to {_size_text(limit)}.",
                    )
                )
        return items

    # -- the list ----------------------------------------------------------------------------

    def jobs(self, limit: int = 500) -> builtins.list[OutboxJob]:
        with self._db.session() as session:
            return OutboxRepository(session).all(limit)

    def job(self, job_id: int) -> OutboxJob:
        with self._db.session() as session:
            return OutboxRepository(session).get(job_id)

    def publications(self, article_id: int) -> builtins.list[Publication]:
        with self._db.session() as session:
            return PublicationRepository(session).for_article(article_id)

    def next_wake(self) -> datetime | None:
        with self._db.session() as session:
            return OutboxRepository(session).next_wake()

    def retry(self, job_id: int) -> OutboxJob:
        with self._db.session() as session:
            outbox = OutboxRepository(session)
            job = outbox.get(job_id)
            if job.state in (JobState.DONE, JobState.CANCELLED, JobState.SENDING):
                raise ValidationError(
                    "job", f"job {job_id} is {job.state.label.lower()}; it cannot be retried"
                )
            return outbox.update(job_id, self._now(), state=JobState.QUEUED, next_attempt_at=None)

    def resume_after_password(self, destination_id: int) -> builtins.list[OutboxJob]:
        """Jobs that stopped for want of a password go again once it has been entered."""
        now = self._now()
        with self._db.session() as session:
            outbox = OutboxRepository(session)
            waiting = [
                job
                for job in outbox.all()
                if job.destination_id == destination_id and job.state is JobState.NEEDS_CREDENTIALS
            ]
            return [
                outbox.update(job.id, now, state=JobState.QUEUED, next_attempt_at=None) for job in waiting
            ]

    def cancel(self, job_id: int) -> OutboxJob:
        """Cancel a job; one being sent stops before its next step (what the site already has,
        it keeps, and the ids are saved)."""
        with self._db.session() as session:
            outbox = OutboxRepository(session)
            job = outbox.get(job_id)
            if job.state in (JobState.DONE, JobState.CANCELLED):
                raise ValidationError("job", f"job {job_id} is already {job.state.label.lower()}")
            return outbox.update(job_id, self._now(), state=JobState.CANCELLED, step="Cancelled")

    def resolve_conflict(self, job_id: int, choice: ConflictChoice) -> OutboxJob:
        """mine: overwrite the site's copy; theirs: the site's copy becomes a local revision (and
        the job ends); edit: the site's copy is taken as the base and the job waits for Retry."""
        job = self.job(job_id)
        remote = remote_version_from_json(job.conflict)
        if job.state is not JobState.CONFLICT or remote is None:
            raise ValidationError("job", f"job {job_id} has no conflict to resolve")
        now = self._now()
        with self._db.session() as session:
            publication = PublicationRepository(session).get(job.article_id, job.destination_id)
        if choice == "theirs":
            self._take_theirs(job, remote, publication)
            with self._db.session() as session:
                return OutboxRepository(session).update(
                    job_id, now, state=JobState.CANCELLED, step="Took the site's version as a new revision"
                )
        # Mine, or edit and retry: the site's version as it is now becomes the base. The next send
        # writes every field over it, but only if the site has not moved again by then (a newer
        # change there is a new conflict, never overwritten silently).
        with self._db.session() as session:
            PublicationRepository(session).save(
                job.article_id, job.destination_id, modified_gmt=remote.modified_gmt, synced_fields="{}"
            )
            if choice == "mine":
                return OutboxRepository(session).update(
                    job_id,
                    now,
                    state=JobState.QUEUED,
                    overwrite=False,
                    next_attempt_at=None,
                    conflict="",
                    step="Will overwrite the site's copy",
                )
            return OutboxRepository(session).update(
                job_id,
                now,
                state=JobState.FAILED,
                overwrite=False,
                conflict="",
                step="Edit the article, then press Retry to send it",
                last_error="Waiting for your edits (the site's version is the base now).",
            )

    def _take_theirs(self, job: OutboxJob, remote: RemoteVersion, publication: Publication | None) -> None:
        """The fields the site changed since the last sync become a revision here; the rest (the
        body's photo references among them, when the body did not change) stay ours."""
        from workstation.services.publishing.html_markdown import split_post_content
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
        changes: dict[str, Any] = {}
        if "title" in changed:
            changes["headline"] = _plain(remote.title)
        if "excerpt" in changed:
            changes["standfirst"] = _plain(remote.excerpt)
        if "content" in changed:
            text = split_post_content(remote.content_html)
            changes.update(body=text.body, byline=text.byline, source_note=text.source_note)
        if "categories" in changed or "tags" in changed:
            section_id, tag_names = local_terms(
                self._db, self._taxonomy, job.destination_id, remote.categories, remote.tags
            )
            if "categories" in changed and section_id is not None:
                changes["section_id"] = section_id
            if "tags" in changed:
                changes["tags"] = tag_names
        self._articles.apply_site_changes(job.article_id, **changes)
        with self._db.session() as session:
            PublicationRepository(session).save(
                job.article_id,
                job.destination_id,
                modified_gmt=remote.modified_gmt,
                synced_fields=json.dumps(on_site, ensure_ascii=False, sort_keys=True),
                remote_status=remote.status,
                synced_at=self._articles.get(job.article_id).updated_at,
            )

    # -- the worker --------------------------------------------------------------------------

    def run_due(
        self,
        listener: ProgressListener | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> RunReport:
        """Send every due job once, oldest first. Never raises for a job's failure."""
        sent = failed = waiting = 0
        for job in self._due():
            if should_stop is not None and should_stop():
                break
            outcome = self.run_job(job.id, listener, should_stop)
            if outcome is None:
                continue
            if outcome.state is JobState.DONE:
                sent += 1
            elif outcome.state in (JobState.RETRYING, JobState.QUEUED):
                waiting += 1
            elif outcome.state is not JobState.CANCELLED:
                failed += 1
        return RunReport(sent, failed, waiting)

    def _due(self) -> builtins.list[OutboxJob]:
        now = self._now()
        with self._db.session() as session:
            jobs = OutboxRepository(session).due(now)
        return [j for j in jobs if j.state is not JobState.SENDING or now - j.updated_at > STALE_SENDING]

    def _claim(self, job_id: int) -> bool:
        """Take a job for this worker; False if another worker has it (CLI and app at once)."""
        now = self._now()
        stale = now - STALE_SENDING
        other = aliased(OutboxJobRow)
        # Never two live sends for one article and site (the app and `outbox run` at once):
        # both would create the post.
        busy_sibling = exists().where(
            other.article_id == OutboxJobRow.article_id,
            other.destination_id == OutboxJobRow.destination_id,
            other.id != OutboxJobRow.id,
            other.state == JobState.SENDING.value,
            other.updated_at >= stale,
        )
        with self._db.session() as session:
            result = session.execute(
                update(OutboxJobRow)
                .where(
                    OutboxJobRow.id == job_id,
                    or_(
                        OutboxJobRow.state.in_([JobState.QUEUED.value, JobState.RETRYING.value]),
                        (OutboxJobRow.state == JobState.SENDING.value) & (OutboxJobRow.updated_at < stale),
                    ),
                    ~busy_sibling,
                )
                .values(state=JobState.SENDING.value, updated_at=now, attempts=OutboxJobRow.attempts + 1)
            )
            return bool(getattr(result, "rowcount", 0))

    def run_job(
        self,
        job_id: int,
        listener: ProgressListener | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> OutboxJob | None:
        """Send one job now (if nobody else is); returns it as it ended up."""
        if not self._claim(job_id):
            return None
        run = _JobRun(self, self.job(job_id), listener, should_stop)
        try:
            run.execute()
        except JobCancelled:
            return self.job(job_id)
        except ConflictError as exc:
            return self._finish(
                job_id, JobState.CONFLICT, str(exc), conflict=remote_version_to_json(exc.remote)
            )
        except (CredentialsError, CredentialsUnavailable) as exc:
            return self._finish(job_id, JobState.NEEDS_CREDENTIALS, str(exc))
        except TransientError as exc:
            job = self.job(job_id)
            delay = retry_delay(job.attempts, exc.retry_after, self._rng)
            return self._finish(
                job_id, JobState.RETRYING, str(exc), next_attempt_at=self._now() + timedelta(seconds=delay)
            )
        except PermanentError as exc:
            self._learn_upload_limit(job_id, exc)
            return self._finish(job_id, JobState.FAILED, str(exc))
        except (PublishError, WorkstationError) as exc:
            return self._finish(job_id, JobState.FAILED, str(exc))
        except Exception as exc:  # a bug must not kill the worker or lose the job
            return self._finish(job_id, JobState.FAILED, f"Unexpected error: {type(exc).__name__}: {exc}")
        return self.job(job_id)

    def _learn_upload_limit(self, job_id: int, exc: PermanentError) -> None:
        """A site that refuses a file as too big says its limit ("less than 2048 KB"): keep it,
        so the next preflight names the photo before anything is sent."""
        match = _SIZE_LIMIT.search(str(exc))
        if exc.code != "rest_upload_file_too_big" or match is None:
            return
        number, unit = float(match.group(1).replace(",", "")), match.group(2).upper()
        limit = int(number * {"KB": 2**10, "MB": 2**20, "GB": 2**30}.get(unit, 1))
        with self._db.session() as session:
            job = OutboxRepository(session).get(job_id)
            DestinationRepository(session).update(job.destination_id, max_upload_bytes=limit)

    def _finish(self, job_id: int, state: JobState, error: str, **fields: Any) -> OutboxJob:
        with self._db.session() as session:
            outbox = OutboxRepository(session)
            if outbox.get(job_id).state is JobState.CANCELLED:
                return outbox.get(job_id)
            return outbox.update(job_id, self._now(), state=state, last_error=error, **fields)

    # -- used by a run -----------------------------------------------------------------------

    def _update(self, job_id: int, **fields: Any) -> OutboxJob:
        with self._db.session() as session:
            outbox = OutboxRepository(session)
            if outbox.state(job_id) is JobState.CANCELLED:
                raise JobCancelled(f"Job {job_id} was cancelled.")
            return outbox.update(job_id, self._now(), **fields)

    def _check_not_cancelled(self, job_id: int) -> None:
        with self._db.session() as session:
            if OutboxRepository(session).state(job_id) is JobState.CANCELLED:
                raise JobCancelled(f"Job {job_id} was cancelled.")


class _JobRun:
    """One attempt at one job."""

    def __init__(
        self,
        service: OutboxService,
        job: OutboxJob,
        listener: ProgressListener | None,
        should_stop: Callable[[], bool] | None,
    ) -> None:
        self.s = service
        self.job = job
        self.listener = listener
        self.should_stop = should_stop
        with service._db.session() as session:
            self.destination = DestinationRepository(session).get(job.destination_id)
            self.publication = PublicationRepository(session).get(job.article_id, job.destination_id)
        self.publisher: Publisher | None = None
        self._meta_due: dict[int, tuple[str, Photo, str, str, str, str]] = {}
        self._written_at = time.monotonic()  # the claim wrote the job just now

    def step(self, text: str, **fields: Any) -> None:
        if self.should_stop is not None and self.should_stop():
            # Quitting: the job goes back to the queue and resumes from its saved ids.
            self.s._update(self.job.id, state=JobState.QUEUED, step="Paused; will resume")
            raise JobCancelled(_STOPPED)
        if fields or self._heartbeat_due():  # something to keep (a marker, the outcome), or alive
            self.job = self.s._update(self.job.id, step=text, **fields)
            self._written_at = time.monotonic()
        else:  # words for the listener only; the store is asked just whether it was cancelled
            self.s._check_not_cancelled(self.job.id)
            self.job = replace(self.job, step=text)
        if self.listener is not None:
            self.listener(self.job)

    def execute(self) -> None:
        self.step("Reading the password from the keyring", last_error="")
        password = self.s._destinations.password(self.destination)
        if password is None:
            raise CredentialsError(
                f"No application password is stored for {self.destination.username} on "
                f"{self.destination.name}. Enter it again (Destinations)."
            )
        self.publisher = self.s._destinations.publisher(self.destination, password)
        try:
            if self.job.action is JobAction.PUBLISH:
                self._publish()
            else:
                self._unpublish_or_trash()
        finally:
            self.publisher.close()

    # -- publish -----------------------------------------------------------------------------

    def _publish(self) -> None:
        assert self.publisher is not None
        article = self.s._articles.get(self.job.article_id)
        blockers = self.s.blockers(article, self.destination)
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
        categories = self._categories(article)
        tags = self._tags(article)
        uploaded = self._upload_photos(article)
        featured = self.s._photos.featured(article.id)
        featured_id = 0
        if featured is not None:
            featured_id = next((u.media_id for u in uploaded.values() if u.photo.id == featured.id), 0)
        body = self.s._photos.body_for_preview(article.body)
        fields = post_fields(
            headline=article.headline,
            standfirst=article.standfirst,
            body=body,
            byline=article.byline,
            source_note=article.source_note,
            language=article.language,
            photos={f"{PREVIEW_SCHEME}:{u.photo.sha256}": u for u in uploaded.values()},
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
        self._write_media_meta(post.id)
        local = local_status_for(post.status)
        changes: dict[str, object] = {"status": local} if local and local is not article.status else {}
        first = post.date_gmt if post.status in (RemoteStatus.PUBLISH, RemoteStatus.FUTURE) else None
        updated = self.s._articles.apply_site_changes(
            article.id, first_published_at=first, reason=RevisionReason.PUBLISH, **changes
        )
        self._synced_as_of(updated.updated_at)
        self.step(f"{post.status.label}: {post.link}", state=JobState.DONE, conflict="", pending_marker="")

    def _check_site_kept(self, fields: dict[str, Any], post: RemotePost) -> None:
        """WordPress silently drops a category, tag or featured photo id it no longer has (deleted
        on the site): forget those ids here and try again, so they are made anew."""
        gone_categories = set(fields["categories"]) - set(post.categories)
        gone_tags = set(fields["tags"]) - set(post.tags)
        gone_photo = fields["featured_media"] if fields["featured_media"] != post.featured_media else 0
        if not (gone_categories or gone_tags or gone_photo):
            return
        with self.s._db.session() as session:
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
        """The status the site gave is a local change too; it is part of the sync, not an edit
        made here (a pull would otherwise keep "local edits" that are none)."""
        with self.s._db.session() as session:
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
        with self.s._db.session() as session:
            PublicationRepository(session).save(self.job.article_id, self.job.destination_id, slug=slug)
        self.step("Creating the post", pending_marker=slug, marker_set_at=self.s._now())
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
                changes["date_gmt"] = format_gmt(self.s._now())
        if not changes:
            self.step("Nothing changed since the last publish; reading the post")
            return self.publisher.post(remote_id)
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
        if known is None:
            return
        if remote.modified_gmt != known:
            raise ConflictError(remote_version(remote))

    def _save_publication(self, post: RemotePost, synced: dict[str, Any]) -> None:
        with self.s._db.session() as session:
            self.publication = PublicationRepository(session).save(
                self.job.article_id,
                self.job.destination_id,
                remote_id=post.id,
                link=post.link,
                remote_status=post.status,
                slug=post.slug,
                modified_gmt=post.modified_gmt,
                published_gmt=post.date_gmt,
                synced_at=self.s._now(),
                synced_fields=json.dumps(synced, ensure_ascii=False, sort_keys=True),
            )

    # -- terms -------------------------------------------------------------------------------

    def _categories(self, article: Article) -> list[int]:
        assert self.publisher is not None
        if article.content.section_id is None:
            return []
        nodes = {node.section.id: node for node in self.s._taxonomy.sections()}
        chain = []
        section_id: int | None = article.content.section_id
        while section_id is not None and section_id in nodes:
            chain.append(nodes[section_id].section)
            section_id = nodes[section_id].section.parent_id
        parent = 0
        for section in reversed(chain):
            with self.s._db.session() as session:
                known = RemoteIdRepository(session).term(self.destination.id, "category", section.id)
            if known is None:
                self.step(f"Finding the category {section.name} on the site")
                term = self.publisher.ensure_category(section.name, section.slug, parent)
                with self.s._db.session() as session:
                    RemoteIdRepository(session).set_term(
                        self.destination.id, "category", section.id, term.id, term.slug
                    )
                known = term.id
            parent = known
        return [parent] if parent else []

    def _tags(self, article: Article) -> list[int]:
        assert self.publisher is not None
        ids = []
        for name in article.tags:
            tag = self.s._taxonomy.get_or_create_tag(name)
            with self.s._db.session() as session:
                known = RemoteIdRepository(session).term(self.destination.id, "tag", tag.id)
            if known is None:
                self.step(f"Finding the tag {name} on the site")
                term = self.publisher.ensure_tag(tag.name, tag.slug or slugify(tag.name))
                with self.s._db.session() as session:
                    RemoteIdRepository(session).set_term(
                        self.destination.id, "tag", tag.id, term.id, term.slug
                    )
                known = term.id
            ids.append(known)
        return ids

    # -- photos ------------------------------------------------------------------------------

    def _upload_photos(self, article: Article) -> dict[str, UploadedPhoto]:
        photos: dict[int, Photo] = {}
        featured = self.s._photos.featured(article.id)
        if featured is not None:
            photos[featured.id] = featured
        for photo in self.s._photos.body_photos(article.body):
            photos.setdefault(photo.id, photo)
        uploaded: dict[str, UploadedPhoto] = {}
        for photo in photos.values():
            uploaded[photo.sha256] = self._upload(photo)
        return uploaded

    def _upload(self, photo: Photo) -> UploadedPhoto:
        assert self.publisher is not None
        rendition = self.s._photos.rendition_path(photo)
        key = media_key(photo, rendition.name)
        marker = "ews-" + _short_hash(key)
        caption = caption_with_credit(photo)
        fingerprint = _short_hash("\x00".join((caption, photo.metadata.alt_text)))
        with self.s._db.session() as session:
            known = RemoteIdRepository(session).media(self.destination.id, key)
        if known is not None and known[0] == PENDING_MEDIA:
            # An upload was started (by this job or an earlier one) and its answer never came.
            self.step(f"Looking for {photo.original_filename} uploaded by an earlier try")
            found = self.publisher.find_media(marker)
            known = None
            if found is not None:
                known = (found.id, found.source_url, "")
                self._remember_media(key, photo, found.id, found.source_url, "")
        if known is None:
            data = self.s._photos.web_bytes(photo)
            name = _upload_name(photo, marker)
            # Written before the request: whatever becomes of the answer, a retry looks first.
            self._remember_media(key, photo, PENDING_MEDIA, "", "")
            self.step(f"Uploading {photo.original_filename}", bytes_sent=0, bytes_total=len(data))
            media = self.publisher.upload_media(data, name, "image/jpeg", self._progress)
            self._remember_media(key, photo, media.id, media.source_url, "")
            known = (media.id, media.source_url, "")
        media_id, source_url, sent_fingerprint = known
        self._meta_due[media_id] = (key, photo, source_url, caption, fingerprint, sent_fingerprint)
        return UploadedPhoto(photo, media_id, source_url)

    def _remember_media(self, key: str, photo: Photo, media_id: int, url: str, fingerprint: str) -> None:
        with self.s._db.session() as session:
            RemoteIdRepository(session).set_media(
                self.destination.id, key, photo.id, media_id, url, fingerprint
            )

    def _write_media_meta(self, post_id: int) -> None:
        """Caption (with the credit) and alt text of each photo, and its post, once the post
        exists: one request per photo whose texts the site does not have yet."""
        assert self.publisher is not None
        for media_id, (key, photo, url, caption, fingerprint, sent) in self._meta_due.items():
            if sent == fingerprint:
                continue
            self.step(f"Writing the caption and alt text of {photo.original_filename}")
            self.publisher.update_media(
                media_id,
                {
                    "caption": caption,
                    "alt_text": photo.metadata.alt_text,
                    "description": caption,
                    "post": post_id,
                },
            )
            self._remember_media(key, photo, media_id, url, fingerprint)

    def _heartbeat_due(self) -> bool:
        """A job SENDING without a write for STALE_SENDING is taken to be dead and may be taken up
        by another worker: a long send writes now and then to say it is alive."""
        return time.monotonic() - self._written_at > HEARTBEAT_SECONDS

    def _progress(self, sent: int, total: int) -> None:
        if self.listener is not None:
            self.listener(replace(self.job, bytes_sent=sent, bytes_total=total))
        if sent == total or self._heartbeat_due():
            self.job = self.s._update(self.job.id, bytes_sent=sent, bytes_total=total)
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
        self._save_publication(post, synced=synced)
        article = self.s._articles.get(self.job.article_id)
        if article.status is not ArticleStatus.WITHDRAWN:
            article = self.s._articles.apply_site_changes(
                article.id, reason=RevisionReason.PUBLISH, status=ArticleStatus.WITHDRAWN
            )
            self._synced_as_of(article.updated_at)
        self.step(f"{post.status.label} on {self.destination.name}", state=JobState.DONE, conflict="")


def media_key(photo: Photo, rendition_name: str) -> str:
    """What makes an upload the same upload: the photo, its crop and size, and whether it keeps
    its location. Not its caption or credit: a corrected caption is written to the media on the
    site, the photo is not uploaded again."""
    pixels = rendition_name.removesuffix(".jpg").rsplit("-", 1)[0]  # without the metadata hash
    return f"{pixels}:location={photo.keep_location}"


def _size_text(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{max(1, round(size / 2**10))} KB"


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _upload_name(photo: Photo, marker: str) -> str:
    stem = slugify(photo.original_filename.rsplit(".", 1)[0])[:60] or "photo"
    return f"{stem}-{marker}.jpg"


def _plain(html_text: str) -> str:
    """Text of a bit of HTML (a title or an excerpt as the site gives it)."""
    return html_module.unescape(re.sub(r"<[^>]+>", "", html_text)).strip()


__all__ = [
    "ConflictChoice",
    "JobCancelled",
    "NotFoundError",
    "OutboxService",
    "PreflightBlocked",
    "RunReport",
    "remote_version_from_json",
]
