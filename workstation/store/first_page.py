"""The article list's first page, read with plain sqlite3 for a fast start.

Importing SQLAlchemy costs more than starting Qt, so at start-up the window shows this page
first and the full store (ORM, migrations) opens after the first paint. Returns None whenever
the store is not an up-to-date store of ours: the normal path then opens, checks or migrates it.
A test keeps these rows identical to ArticleService.list() for the default query."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from workstation.domain.article import ArticleSummary
from workstation.store.article_rows import summary_from_row
from workstation.store.identity import APPLICATION_ID, DB_FILENAME, HEAD_REVISION

_PAGE_SQL = (
    "SELECT a.id, a.headline, s.name, a.status, a.byline, a.updated_at, a.word_count, a.trashed_at, "
    "a.published_elsewhere "
    "FROM articles AS a LEFT OUTER JOIN sections AS s ON s.id = a.section_id "
    "WHERE a.trashed_at IS NULL ORDER BY a.updated_at DESC, a.id DESC LIMIT ?"
)
_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # as store.models.UtcDateTime writes it


def _read_time(text: str) -> datetime:
    return datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=UTC)


def read_first_page(data_dir: Path, limit: int) -> tuple[list[ArticleSummary], int] | None:
    """(first rows newest first, number of articles not in the trash), or None."""
    path = data_dir / DB_FILENAME
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != HEAD_REVISION:
            return None
        rows = conn.execute(_PAGE_SQL, (limit,)).fetchall()
        total = conn.execute("SELECT count(*) FROM articles WHERE trashed_at IS NULL").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    try:
        summaries = [summary_from_row(row, _read_time) for row in rows]
    except (ValueError, TypeError, LookupError):
        return None  # a value the app cannot read: the store's opening says so, in one line
    return summaries, int(total)
