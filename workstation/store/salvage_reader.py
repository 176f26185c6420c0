"""Which articles of a (perhaps damaged) store can still be found: their ids, read with plain
sqlite3 so that one unreadable page costs the articles on it, not the whole list."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workstation.store.faults import read_only_uri

_PROBE_LIMIT = 1_000_000  # when not even max(id) can be read: ids are probed up to this many misses


def readable_article_ids(path: Path, *, immutable: bool = False) -> list[int]:
    """The ids of the articles table, in order; [] when even the table cannot be found."""
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True, timeout=5.0)
    except sqlite3.Error:
        return []
    try:
        try:
            return [int(row[0]) for row in conn.execute("SELECT id FROM articles ORDER BY id")]
        except sqlite3.DatabaseError:
            pass  # a damaged page on the way: find each id by itself
        return _probe_each(conn, _highest_id(conn))
    finally:
        conn.close()


def _highest_id(conn: sqlite3.Connection) -> int:
    for sql in ("SELECT max(id) FROM articles", "SELECT seq FROM sqlite_sequence WHERE name = 'articles'"):
        try:
            row = conn.execute(sql).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row and isinstance(row[0], int):
            return row[0]
    return _PROBE_LIMIT


def _probe_each(conn: sqlite3.Connection, highest: int) -> list[int]:
    found = []
    misses = 0
    for article_id in range(1, highest + 1):
        try:
            hit = conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        except sqlite3.DatabaseError:
            hit = None
        if hit:
            found.append(article_id)
            misses = 0
        else:
            misses += 1
            if highest == _PROBE_LIMIT and misses > 10_000:
                break  # far past the last article we could see
    return found
