"""Destinations, publications, remote term and media ids, and outbox jobs in the store."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, exists, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from workstation.domain.errors import NotFoundError, ValidationError
from workstation.domain.publishing import (
    Destination,
    JobAction,
    JobResolution,
    JobState,
    OutboxJob,
    Publication,
    RemotePost,
    RemoteStatus,
)
from workstation.store.models import (
    DestinationRow,
    OutboxJobRow,
    PublicationRow,
    RemoteMediaRow,
    RemoteTermRow,
)


def destination_from_row(row: DestinationRow) -> Destination:
    return Destination(
        id=row.id,
        name=row.name,
        url=row.url,
        username=row.username,
        api_root=row.api_root,
        platform=row.platform,
        max_upload_bytes=row.max_upload_bytes,
        verified_at=row.verified_at,
        last_pull_at=row.last_pull_at,
        managed=row.managed,
        timezone=row.timezone,
        api_origin=row.api_origin or "",
        pinned_certificate=row.pinned_certificate or "",
    )


def publication_from_row(row: PublicationRow) -> Publication:
    return Publication(
        article_id=row.article_id,
        destination_id=row.destination_id,
        remote_id=row.remote_id,
        link=row.link,
        remote_status=RemoteStatus(row.remote_status) if row.remote_status else None,
        slug=row.slug,
        modified_gmt=row.modified_gmt,
        published_gmt=row.published_gmt,
        synced_at=row.synced_at,
        synced_fields=row.synced_fields,
        pending_fields=row.pending_fields,
    )


def job_from_row(row: OutboxJobRow) -> OutboxJob:
    return OutboxJob(
        id=row.id,
        article_id=row.article_id,
        destination_id=row.destination_id,
        action=JobAction(row.action),
        state=JobState(row.state),
        created_at=row.created_at,
        updated_at=row.updated_at,
        requested_status=RemoteStatus(row.requested_status) if row.requested_status else None,
        scheduled_at=row.scheduled_at,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        step=row.step,
        last_error=row.last_error,
        bytes_sent=row.bytes_sent,
        bytes_total=row.bytes_total,
        overwrite=row.overwrite,
        pending_marker=row.pending_marker,
        marker_set_at=row.marker_set_at,
        heartbeat_at=row.heartbeat_at,
        conflict=row.conflict,
        error_detail=row.error_detail,
        resolution=JobResolution(row.resolution) if row.resolution else None,
        headline=row.article.headline if row.article is not None else "",
        destination_name=row.destination.name if row.destination is not None else "",
    )


class DestinationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[Destination]:
        rows = self._session.scalars(select(DestinationRow).order_by(DestinationRow.name))
        return [destination_from_row(row) for row in rows]

    def get(self, destination_id: int) -> Destination:
        return destination_from_row(self._row(destination_id))

    def _row(self, destination_id: int) -> DestinationRow:
        row = self._session.get(DestinationRow, destination_id)
        if row is None:
            raise NotFoundError(f"No destination with id {destination_id}.")
        return row

    def by_name(self, name: str) -> Destination | None:
        key = name.strip().casefold()
        for row in self._session.scalars(select(DestinationRow)):
            if row.name.casefold() == key:
                return destination_from_row(row)
        return None

    def add(
        self, name: str, url: str, username: str, now: datetime, *, managed: bool = False, **fields: Any
    ) -> Destination:
        if self.by_name(name) is not None:
            raise ValidationError("name", f"a destination named {name!r} already exists")
        row = DestinationRow(
            name=name, url=url, username=username, managed=managed, created_at=now, **_defaults(fields)
        )
        self._session.add(row)
        self._session.flush()
        return destination_from_row(row)

    def update(self, destination_id: int, **fields: Any) -> Destination:
        row = self._row(destination_id)
        if "name" in fields:
            other = self.by_name(fields["name"])
            if other is not None and other.id != destination_id:
                raise ValidationError("name", f"a destination named {fields['name']!r} already exists")
        for key, value in fields.items():
            setattr(row, key, value)
        self._session.flush()
        return destination_from_row(row)

    def remove(self, destination_id: int) -> None:
        self._session.delete(self._row(destination_id))


def _defaults(fields: dict[str, Any]) -> dict[str, Any]:
    return {"api_root": "", "platform": "wordpress", **fields}


class PublicationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, article_id: int, destination_id: int) -> Publication | None:
        row = self._session.get(PublicationRow, (article_id, destination_id))
        return publication_from_row(row) if row is not None else None

    def for_article(self, article_id: int) -> list[Publication]:
        rows = self._session.scalars(select(PublicationRow).where(PublicationRow.article_id == article_id))
        return [publication_from_row(row) for row in rows]

    def by_remote_id(self, destination_id: int, remote_id: int) -> Publication | None:
        row = self._session.scalars(
            select(PublicationRow).where(
                PublicationRow.destination_id == destination_id, PublicationRow.remote_id == remote_id
            )
        ).first()
        return publication_from_row(row) if row is not None else None

    def save(self, article_id: int, destination_id: int, **fields: Any) -> Publication:
        row = self._session.get(PublicationRow, (article_id, destination_id))
        if row is None:
            row = PublicationRow(
                article_id=article_id,
                destination_id=destination_id,
                link="",
                slug="",
                synced_fields="{}",
                pending_fields="",
            )
            self._session.add(row)
        for key, value in fields.items():
            setattr(row, key, value.value if isinstance(value, RemoteStatus) else value)
        self._session.flush()
        return publication_from_row(row)

    def save_post(
        self,
        article_id: int,
        destination_id: int,
        post: RemotePost,
        *,
        synced_at: datetime | None,
        synced: Mapping[str, Any],
        **fields: Any,
    ) -> Publication:
        """The post as the site answered (its id, link, status, slug and dates), in sync as of
        `synced_at` with the site fields `synced` (kept as JSON: the next update sends only what
        changed); `fields` are set as well."""
        return self.save(
            article_id,
            destination_id,
            remote_id=post.id,
            link=post.link,
            remote_status=post.status,
            slug=post.slug,
            modified_gmt=post.modified_gmt,
            published_gmt=post.date_gmt,
            synced_at=synced_at,
            synced_fields=json.dumps(synced, ensure_ascii=False, sort_keys=True),
            **fields,
        )


class RemoteIdRepository:
    """Remote term ids (category, tag) and uploaded media of a destination."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def term(self, destination_id: int, kind: str, local_id: int) -> int | None:
        row = self._session.get(RemoteTermRow, (destination_id, kind, local_id))
        return row.remote_id if row is not None else None

    def terms(self, destination_id: int, kind: str) -> dict[int, int]:
        """local id -> remote id."""
        rows = self._session.scalars(
            select(RemoteTermRow).where(
                RemoteTermRow.destination_id == destination_id, RemoteTermRow.kind == kind
            )
        )
        return {row.local_id: row.remote_id for row in rows}

    def set_term(self, destination_id: int, kind: str, local_id: int, remote_id: int, slug: str) -> None:
        row = self._session.get(RemoteTermRow, (destination_id, kind, local_id))
        if row is None:
            self._session.add(
                RemoteTermRow(
                    destination_id=destination_id,
                    kind=kind,
                    local_id=local_id,
                    remote_id=remote_id,
                    slug=slug,
                )
            )
        else:
            row.remote_id, row.slug = remote_id, slug
        self._session.flush()

    def forget_term(self, destination_id: int, kind: str, remote_id: int) -> None:
        self._session.execute(
            delete(RemoteTermRow).where(
                RemoteTermRow.destination_id == destination_id,
                RemoteTermRow.kind == kind,
                RemoteTermRow.remote_id == remote_id,
            )
        )

    def media(self, destination_id: int, rendition_key: str) -> tuple[int, str, str] | None:
        """(remote id, source URL, metadata fingerprint) of an uploaded rendition."""
        row = self._session.get(RemoteMediaRow, (destination_id, rendition_key))
        return (row.remote_id, row.source_url, row.meta_fingerprint) if row is not None else None

    def media_photos(self, destination_id: int) -> list[tuple[int, str, int]]:
        """(remote id, source URL, photo id) of every photo uploaded to a site."""
        rows = self._session.scalars(
            select(RemoteMediaRow).where(RemoteMediaRow.destination_id == destination_id)
        )
        return [(row.remote_id, row.source_url, row.photo_id) for row in rows]

    def set_media(
        self,
        destination_id: int,
        rendition_key: str,
        photo_id: int,
        remote_id: int,
        source_url: str,
        fingerprint: str = "",
    ) -> None:
        row = self._session.get(RemoteMediaRow, (destination_id, rendition_key))
        if row is None:
            row = RemoteMediaRow(
                destination_id=destination_id, rendition_key=rendition_key, photo_id=photo_id
            )
            self._session.add(row)
        row.remote_id, row.source_url, row.meta_fingerprint = remote_id, source_url, fingerprint
        self._session.flush()

    def forget_media_id(self, destination_id: int, remote_id: int) -> None:
        self._session.execute(
            delete(RemoteMediaRow).where(
                RemoteMediaRow.destination_id == destination_id, RemoteMediaRow.remote_id == remote_id
            )
        )

    def forget_media(self, destination_id: int, rendition_key: str) -> None:
        self._session.execute(
            delete(RemoteMediaRow).where(
                RemoteMediaRow.destination_id == destination_id, RemoteMediaRow.rendition_key == rendition_key
            )
        )


_OPEN = [state.value for state in JobState if state.is_open]


def _last_alive(job: type[OutboxJobRow]) -> ColumnElement[datetime]:
    """A job's last sign of life: its heartbeat or its last write, whichever is later (SQLite's
    two-argument max; the stored times sort as text)."""
    return func.max(job.updated_at, func.coalesce(job.heartbeat_at, job.updated_at))


class OutboxRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def claim(self, job_id: int, now: datetime, stale: datetime) -> bool:
        """Mark a waiting job SENDING for this worker (or one whose sender gave no sign of life,
        heartbeat or write, since `stale`); False if another worker has it, or has another job
        of its article and site."""
        other = aliased(OutboxJobRow)
        # Never two live sends for one article and site (the app and `outbox run` at once):
        # both would create the post.
        busy_sibling = exists().where(
            other.article_id == OutboxJobRow.article_id,
            other.destination_id == OutboxJobRow.destination_id,
            other.id != OutboxJobRow.id,
            other.state == JobState.SENDING.value,
            _last_alive(other) >= stale,
        )
        result = self._session.execute(
            update(OutboxJobRow)
            .where(
                OutboxJobRow.id == job_id,
                or_(
                    OutboxJobRow.state.in_([JobState.QUEUED.value, JobState.RETRYING.value]),
                    (OutboxJobRow.state == JobState.SENDING.value) & (_last_alive(OutboxJobRow) < stale),
                ),
                ~busy_sibling,
            )
            .values(
                state=JobState.SENDING.value,
                updated_at=now,
                heartbeat_at=now,
                attempts=OutboxJobRow.attempts + 1,
            )
        )
        return bool(getattr(result, "rowcount", 0))

    def beat(self, job_id: int, now: datetime) -> bool:
        """A job's sender is alive (while it waits on the site); False when the job is no longer
        SENDING (cancelled, finished, or taken by another worker after all)."""
        result = self._session.execute(
            update(OutboxJobRow)
            .where(OutboxJobRow.id == job_id, OutboxJobRow.state == JobState.SENDING.value)
            .values(heartbeat_at=now)
        )
        return bool(getattr(result, "rowcount", 0))

    def add(
        self,
        article_id: int,
        destination_id: int,
        action: JobAction,
        now: datetime,
        *,
        requested_status: RemoteStatus | None = None,
        scheduled_at: datetime | None = None,
    ) -> OutboxJob:
        row = OutboxJobRow(
            article_id=article_id,
            destination_id=destination_id,
            action=action.value,
            state=JobState.QUEUED.value,
            requested_status=requested_status.value if requested_status else None,
            scheduled_at=scheduled_at,
            attempts=0,
            step="Waiting to send",
            last_error="",
            bytes_sent=0,
            bytes_total=0,
            overwrite=False,
            pending_marker="",
            conflict="",
            error_detail="",
            resolution="",
            created_at=now,
            updated_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return job_from_row(row)

    def get(self, job_id: int) -> OutboxJob:
        return job_from_row(self._row(job_id))

    def _row(self, job_id: int) -> OutboxJobRow:
        row = self._session.get(OutboxJobRow, job_id)
        if row is None:
            raise NotFoundError(f"No outbox job with id {job_id}.")
        return row

    def state(self, job_id: int) -> JobState:
        """Only the state (cheap: no joins), for the worker's "was it cancelled?" between steps."""
        value = self._session.scalar(select(OutboxJobRow.state).where(OutboxJobRow.id == job_id))
        if value is None:
            raise NotFoundError(f"No outbox job with id {job_id}.")
        return JobState(value)

    def all(self, limit: int = 500) -> list[OutboxJob]:
        rows = self._session.scalars(select(OutboxJobRow).order_by(OutboxJobRow.id.desc()).limit(limit))
        return [job_from_row(row) for row in rows]

    def open_for_article(self, article_id: int, destination_id: int) -> list[OutboxJob]:
        rows = self._session.scalars(
            select(OutboxJobRow).where(
                OutboxJobRow.article_id == article_id,
                OutboxJobRow.destination_id == destination_id,
                OutboxJobRow.state.in_([*_OPEN, JobState.CONFLICT.value, JobState.NEEDS_CREDENTIALS.value]),
            )
        )
        return [job_from_row(row) for row in rows]

    def unfinished(self, article_ids: Sequence[int]) -> list[OutboxJob]:
        """The articles' jobs not yet done with: open, or waiting on the editor (a conflict, a
        password), oldest first."""
        rows = self._session.scalars(
            select(OutboxJobRow)
            .where(
                OutboxJobRow.article_id.in_(list(article_ids)),
                OutboxJobRow.state.in_([*_OPEN, JobState.CONFLICT.value, JobState.NEEDS_CREDENTIALS.value]),
            )
            .order_by(OutboxJobRow.id)
        )
        return [job_from_row(row) for row in rows]

    def due(self, now: datetime) -> list[OutboxJob]:
        """Jobs the worker may send now, oldest first. A job left SENDING by a killed process is due."""
        rows = self._session.scalars(
            select(OutboxJobRow)
            .where(
                OutboxJobRow.state.in_(_OPEN),
                or_(OutboxJobRow.next_attempt_at.is_(None), OutboxJobRow.next_attempt_at <= now),
            )
            .order_by(OutboxJobRow.id)
        )
        return [job_from_row(row) for row in rows]

    def next_wake(self) -> datetime | None:
        """When the earliest waiting job becomes due (None: nothing waits)."""
        rows = self._session.scalars(
            select(OutboxJobRow.next_attempt_at)
            .where(OutboxJobRow.state.in_(_OPEN), OutboxJobRow.next_attempt_at.is_not(None))
            .order_by(OutboxJobRow.next_attempt_at)
            .limit(1)
        ).all()
        return rows[0] if rows else None

    def update(self, job_id: int, now: datetime, **fields: Any) -> OutboxJob:
        row = self._row(job_id)
        for key, value in fields.items():
            if isinstance(value, JobState | RemoteStatus | JobAction | JobResolution):
                value = value.value
            elif key == "resolution" and value is None:
                value = ""
            setattr(row, key, value)
        row.updated_at = now
        self._session.flush()
        return job_from_row(row)

    def counts(self) -> dict[JobState, int]:
        counts: dict[JobState, int] = {}
        for (state,) in self._session.execute(select(OutboxJobRow.state)):
            counts[JobState(state)] = counts.get(JobState(state), 0) + 1
        return counts

    def ids(self, states: Sequence[JobState]) -> list[int]:
        return list(
            self._session.scalars(
                select(OutboxJobRow.id).where(OutboxJobRow.state.in_([s.value for s in states]))
            )
        )
