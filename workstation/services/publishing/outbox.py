"""The outbox: every publish action is a job in the store before any network call.

A worker (off the GUI thread; `workstation outbox run` on the command line) sends due jobs, one
attempt at a time (publishing.sending), and decides what happens after a failure: retry later
with backoff, wait for a password, wait for the editor (a conflict), or fail with the site's
message. Two workers (the app and `outbox run`) never send jobs of one article at once.
"""

from __future__ import annotations

import builtins
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from workstation.domain.article import Article
from workstation.domain.conflict import ConflictComparison, ConflictResolution
from workstation.domain.errors import ValidationError, WorkstationError
from workstation.domain.publication_state import SiteState
from workstation.domain.publishing import (
    REQUESTABLE_STATUSES,
    Destination,
    JobAction,
    JobState,
    OutboxJob,
    Publication,
    RemoteStatus,
    SitePublication,
    retry_delay,
)
from workstation.services.diagnostics.logs import log
from workstation.services.preflight import PreflightItem, PreflightService
from workstation.services.publishing.conflict_compare import read_conflict
from workstation.services.publishing.conflicts import (
    ConflictChoice,
    remote_version_to_json,
    resolve_conflict,
)
from workstation.services.publishing.deps import PublishingDeps
from workstation.services.publishing.errors import (
    ConflictError,
    CredentialsError,
    CredentialsUnavailable,
    PermanentError,
    TransientError,
    explain,
)
from workstation.services.publishing.publication_states import attention_ids, states_by_article
from workstation.services.publishing.sending import (
    STALE_SENDING,
    JobCancelled,
    JobRun,
    ProgressListener,
)
from workstation.store.publishing_repository import (
    DestinationRepository,
    OutboxRepository,
    PublicationRepository,
)

MIN_SCHEDULE_AHEAD = timedelta(seconds=60)  # WordPress publishes "future" posts nearer than this at once
_SIZE_LIMIT = re.compile(r"less than ([\d.,]+)\s*(KB|MB|GB)", re.IGNORECASE)


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


class OutboxService:
    def __init__(
        self, deps: PublishingDeps, preflight: PreflightService, *, rng: random.Random | None = None
    ) -> None:
        self._deps = deps
        self._db = deps.db
        self._articles = deps.articles
        self._taxonomy = deps.taxonomy
        self._photos = deps.photos
        self._now = deps.now
        self._preflight = preflight
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
        if status is not None and status not in REQUESTABLE_STATUSES:
            raise ValidationError(
                "status", f"{status.value} cannot be requested; use draft, pending, publish or future"
            )
        with self._db.session() as session:
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

    def unfinished_jobs(self, article_ids: Sequence[int]) -> builtins.list[OutboxJob]:
        """The articles' jobs the outbox is not done with (open, or waiting on the editor)."""
        with self._db.session() as session:
            return OutboxRepository(session).unfinished(article_ids)

    def job(self, job_id: int) -> OutboxJob:
        with self._db.session() as session:
            return OutboxRepository(session).get(job_id)

    def publications(self, article_id: int) -> builtins.list[Publication]:
        with self._db.session() as session:
            return PublicationRepository(session).for_article(article_id)

    def site_publications(self, article_id: int) -> builtins.list[SitePublication]:
        """Where the article is on the sites (publications with a remote id), with each site's name."""
        with self._db.session() as session:
            names = {d.id: d.name for d in DestinationRepository(session).all()}
            return [
                SitePublication(names.get(p.destination_id, f"Site {p.destination_id}"), p)
                for p in PublicationRepository(session).for_article(article_id)
                if p.remote_id is not None
            ]

    def publication_states(self, article_id: int) -> builtins.list[SiteState]:
        """The article's state on each site it is on or being sent to (the publication bar, show)."""
        return builtins.list(states_by_article(self._db, [article_id]).get(article_id, ()))

    def article_states(self, article_ids: Sequence[int]) -> dict[int, tuple[SiteState, ...]]:
        """The states of many articles in one read (the list's marker); absent: on no site."""
        return states_by_article(self._db, article_ids)

    def attention_ids(self) -> builtins.list[int]:
        """Articles a site needs the editor for (edited since sent, a conflict, a failure)."""
        return attention_ids(self._db)

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
            return outbox.update(
                job_id, self._now(), state=JobState.CANCELLED, step="Cancelled", resolution=None
            )

    def resolve_conflict(self, job_id: int, choice: ConflictChoice | ConflictResolution) -> OutboxJob:
        """mine: overwrite the site's copy; theirs: the site's changes become a local revision
        (and the job ends); edit: the site's copy is taken as the base and the job waits for
        Retry; a ConflictResolution: per field, the site's value or this copy's (those kept and
        different from the site are sent next)."""
        return resolve_conflict(self._deps, self.job(job_id), choice)

    def conflict(self, job_id: int) -> ConflictComparison:
        """A job's conflict field by field, as the conflict dialog shows it."""
        return read_conflict(self._deps, self.job(job_id)).comparison

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
        return [j for j in jobs if j.state is not JobState.SENDING or now - j.last_alive > STALE_SENDING]

    def _claim(self, job_id: int) -> bool:
        """Take a job for this worker; False if another worker has it (CLI and app at once)."""
        now = self._now()
        with self._db.session() as session:
            return OutboxRepository(session).claim(job_id, now, now - STALE_SENDING)

    def run_job(
        self,
        job_id: int,
        listener: ProgressListener | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> OutboxJob | None:
        """Send one job now (if nobody else is); returns it as it ended up."""
        if not self._claim(job_id):
            return None
        ended = self._run_claimed(job_id, listener, should_stop)
        # Ids and states only: the log holds no article text (services/diagnostics/logs.py).
        log.info(
            "outbox job %s (%s article %s, destination %s): %s%s",
            job_id,
            ended.action.value,
            ended.article_id,
            ended.destination_id,
            ended.state.value,
            f": {ended.last_error}" if ended.last_error and ended.state is not JobState.DONE else "",
        )
        return ended

    def _run_claimed(
        self,
        job_id: int,
        listener: ProgressListener | None,
        should_stop: Callable[[], bool] | None,
    ) -> OutboxJob:
        run = JobRun(self._deps, self.blockers, self.job(job_id), listener, should_stop)
        try:
            run.execute()
        except JobCancelled:
            return self.job(job_id)
        except ConflictError as exc:
            return self._finish(job_id, JobState.CONFLICT, exc, conflict=remote_version_to_json(exc.remote))
        except (CredentialsError, CredentialsUnavailable) as exc:
            return self._finish(job_id, JobState.NEEDS_CREDENTIALS, exc)
        except TransientError as exc:
            job = self.job(job_id)
            delay = retry_delay(job.attempts, exc.retry_after, self._rng)
            return self._finish(
                job_id, JobState.RETRYING, exc, next_attempt_at=self._now() + timedelta(seconds=delay)
            )
        except PermanentError as exc:
            self._learn_upload_limit(job_id, exc)
            return self._finish(job_id, JobState.FAILED, exc)
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the worker or lose the job
            log.exception("outbox job %s: unexpected error", job_id)
            return self._finish(job_id, JobState.FAILED, exc)
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

    def _finish(self, job_id: int, state: JobState, error: BaseException, **fields: Any) -> OutboxJob:
        """The job stops at `state`: the error in the editor's words (naming the site) with its
        detail apart, and a step that says where it stands (not the last step it was on)."""
        with self._db.session() as session:
            outbox = OutboxRepository(session)
            job = outbox.get(job_id)
            if job.state is JobState.CANCELLED:
                return job
            explained = explain(error, job.destination_name)
            return outbox.update(
                job_id,
                self._now(),
                state=state,
                last_error=explained.sentence,
                error_detail=explained.detail,
                step=_STOPPED_STEPS[state],
                **fields,
            )


# Where a job that stopped stands: the step it was on ("Reading the password from the keyring")
# would be stale under Conflict or Will retry.
_STOPPED_STEPS = {
    JobState.CONFLICT: "Stopped before writing: the post was changed on the site",
    JobState.NEEDS_CREDENTIALS: "Waiting for the application password",
    JobState.RETRYING: "Waiting to try again",
    JobState.FAILED: "Stopped",
}


def _size_text(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{max(1, round(size / 2**10))} KB"


__all__ = ["JobCancelled", "OutboxService", "PreflightBlocked", "ProgressListener", "RunReport"]
