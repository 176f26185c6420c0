"""What a problem report says of the store, read with plain sqlite3 and read-only, so that a
damaged or locked store is still described: its size, schema revision, how many articles and
destinations it holds. Never a word of an article, never a password (the store holds none)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from workstation.store.identity import DB_FILENAME


@dataclass(frozen=True)
class StoreFacts:
    path: Path
    sqlite_version: str
    size_bytes: int | None = None  # None: no store file yet
    schema_revision: str | None = None
    articles: int | None = None
    trashed: int | None = None
    outbox_jobs: int | None = None
    # (name, url, platform) of each destination; its username and pinned certificate are left out.
    destinations: tuple[tuple[str, str, str], ...] = field(default=())
    problem: str = ""  # why some of the above could not be read


def read_store_facts(data_dir: Path) -> StoreFacts:
    path = data_dir / DB_FILENAME
    version = sqlite3.sqlite_version
    try:
        size = path.stat().st_size
    except OSError:
        return StoreFacts(path, version)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error as exc:
        return StoreFacts(path, version, size, problem=f"cannot open: {exc}")
    try:
        revision = _one(conn, "SELECT version_num FROM alembic_version")
        articles = _one(conn, "SELECT count(*) FROM articles WHERE trashed_at IS NULL")
        trashed = _one(conn, "SELECT count(*) FROM articles WHERE trashed_at IS NOT NULL")
        jobs = _one(conn, "SELECT count(*) FROM outbox_jobs")
        rows = conn.execute("SELECT name, url, platform FROM destinations ORDER BY name").fetchall()
    except sqlite3.Error as exc:
        return StoreFacts(path, version, size, problem=f"cannot read: {exc}")
    finally:
        conn.close()
    return StoreFacts(
        path,
        version,
        size,
        schema_revision=None if revision is None else str(revision),
        articles=_count(articles),
        trashed=_count(trashed),
        outbox_jobs=_count(jobs),
        destinations=tuple((str(n), str(u), str(p)) for n, u, p in rows),
    )


def _one(conn: sqlite3.Connection, sql: str) -> object:
    row = conn.execute(sql).fetchone()
    return row[0] if row else None


def _count(value: object) -> int | None:
    return value if isinstance(value, int) else None
