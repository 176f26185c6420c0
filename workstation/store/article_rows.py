"""The article list's row, read the same way by both queries of the list: the store's
(article_repository, SQLAlchemy) and the start-up page's (first_page, plain sqlite3). No
SQLAlchemy here: first_page is on the start-up path."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from workstation.domain.article import ArticleSummary
from workstation.domain.status import SiteStatus, workflow_status


def _as_is(value: datetime) -> datetime:
    return value


def summary_from_row(row: Sequence[Any], read_time: Callable[[Any], datetime] = _as_is) -> ArticleSummary:
    """One list row from the columns both queries select, in this order: id, headline, section
    name, status, byline, updated_at, word_count, trashed_at, published_elsewhere. `read_time`
    makes the stored time a datetime (SQLAlchemy gives one already, plain sqlite3 the text the
    store wrote)."""
    return ArticleSummary(
        id=row[0],
        headline=row[1],
        section_name=row[2] or "",
        status=workflow_status(row[3]),
        byline=row[4],
        updated_at=read_time(row[5]),
        word_count=row[6],
        trashed=row[7] is not None,
        published_elsewhere=SiteStatus(row[8]) if row[8] else None,
    )
