"""Revisions in the store."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.article import ArticleContent
from workstation.domain.errors import NotFoundError
from workstation.domain.revision import Revision, RevisionReason
from workstation.store.models import RevisionRow
from workstation.store.snapshots import content_from_json, content_to_json


def _revision_from_row(row: RevisionRow) -> Revision:
    return Revision(
        id=row.id,
        article_id=row.article_id,
        created_at=row.created_at,
        saved_at=row.saved_at,
        reason=RevisionReason(row.reason),
        content=content_from_json(row.snapshot),
        note=row.note or "",
    )


class RevisionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def latest(self, article_id: int) -> Revision | None:
        row = self._session.scalar(
            select(RevisionRow)
            .where(RevisionRow.article_id == article_id)
            .order_by(RevisionRow.id.desc())
            .limit(1)
        )
        return None if row is None else _revision_from_row(row)

    def add(
        self,
        article_id: int,
        content: ArticleContent,
        reason: RevisionReason,
        now: datetime,
        *,
        note: str = "",
    ) -> Revision:
        row = RevisionRow(
            article_id=article_id,
            created_at=now,
            saved_at=now,
            reason=reason.value,
            snapshot=content_to_json(content),
            note=note,
        )
        self._session.add(row)
        self._session.flush()
        return _revision_from_row(row)

    def amend(self, revision_id: int, content: ArticleContent, now: datetime) -> Revision:
        row = self._session.get(RevisionRow, revision_id)
        if row is None:
            raise NotFoundError(f"No revision with id {revision_id}.")
        row.snapshot = content_to_json(content)
        row.saved_at = now
        self._session.flush()
        return _revision_from_row(row)

    def mark(self, revision_id: int, reason: RevisionReason) -> Revision:
        row = self._session.get(RevisionRow, revision_id)
        if row is None:
            raise NotFoundError(f"No revision with id {revision_id}.")
        row.reason = reason.value
        self._session.flush()
        return _revision_from_row(row)

    def for_article(self, article_id: int) -> list[Revision]:
        rows = self._session.scalars(
            select(RevisionRow).where(RevisionRow.article_id == article_id).order_by(RevisionRow.id.desc())
        )
        return [_revision_from_row(row) for row in rows]

    def get(self, revision_id: int) -> Revision:
        row = self._session.get(RevisionRow, revision_id)
        if row is None:
            raise NotFoundError(f"No revision with id {revision_id}.")
        return _revision_from_row(row)
