"""The files imported as articles, by the SHA-256 of their bytes (table imported_files)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.store.models import ImportedFileRow


class ImportedFileRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def article_for(self, sha256: str) -> int | None:
        """The article a file with these bytes was imported as (None: never, or since purged)."""
        return self._session.scalar(
            select(ImportedFileRow.article_id).where(ImportedFileRow.sha256 == sha256)
        )

    def record(self, sha256: str, article_id: int, now: datetime) -> None:
        self._session.merge(ImportedFileRow(sha256=sha256, article_id=article_id, imported_at=now))
        self._session.flush()
