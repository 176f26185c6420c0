"""A store that already holds what the app no longer makes: a section path 1,000 levels deep
and a loop of parents, written with raw SQL as an older version or a damaged file left them."""

import sqlite3
from pathlib import Path

from workstation.store.database import DB_FILENAME

DEEP = 1000


def add_deep_and_looped_sections(data_dir: Path) -> tuple[int, int]:
    """Sections d0/d1/.../d999 and a loop a -> b -> a; returns (deepest id, looped id)."""
    with sqlite3.connect(data_dir / DB_FILENAME) as db:
        parent = None
        for level in range(DEEP):
            cursor = db.execute(
                "INSERT INTO sections (name, slug, parent_id, position) VALUES (?, ?, ?, 0)",
                (f"d{level}", f"d{level}", parent),
            )
            parent = cursor.lastrowid
        first = db.execute(
            "INSERT INTO sections (name, slug, parent_id, position) VALUES ('a', 'a', NULL, 0)"
        )
        second = db.execute(
            "INSERT INTO sections (name, slug, parent_id, position) VALUES ('b', 'b', ?, 0)",
            (first.lastrowid,),
        )
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("UPDATE sections SET parent_id = ? WHERE id = ?", (second.lastrowid, first.lastrowid))
    assert parent is not None
    assert first.lastrowid is not None
    return parent, first.lastrowid
