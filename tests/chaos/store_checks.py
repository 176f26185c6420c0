"""What must hold in a data dir after a kill -9: the store passes PRAGMA integrity_check, the open
article's body is what was typed up to at most a couple of seconds before the kill, and every
photo row has its original file with the right bytes. Plain sqlite3, read-only."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from tests.chaos.side_file import Typing

STORE_FILE = "workstation.sqlite3"


@dataclass
class StoreVerdict:
    integrity: str = "ok"  # "ok", or what integrity_check (or opening) said
    loss_seconds: float = 0.0  # how long before the kill the first keystroke not stored was typed
    text_problem: str = ""  # the stored body is not a prefix of what was typed
    photo_problems: list[str] = field(default_factory=list)
    photos: int = 0
    revision: str = ""  # the migration the store had reached ("" none yet)

    @property
    def corrupt(self) -> bool:
        return self.integrity != "ok" or bool(self.text_problem) or bool(self.photo_problems)


def check_store(data_dir: Path, typing: Typing, killed_at: float) -> StoreVerdict:
    verdict = StoreVerdict()
    store = data_dir / STORE_FILE
    if not store.exists():
        return verdict  # killed before the store was made: nothing to damage
    try:
        # Not mode=ro: a reader must be able to replay the WAL the killed writer left.
        connection = sqlite3.connect(store, timeout=10)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            verdict.integrity = "; ".join(str(row[0]) for row in rows)
            if verdict.integrity != "ok":
                return verdict
            if _has_table(connection, "alembic_version"):
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                verdict.revision = found[0] if found else ""
            if _has_table(connection, "articles") and typing.article_id is not None:
                _check_body(connection, typing, killed_at, verdict)
            if _has_table(connection, "photos"):
                _check_photos(connection, data_dir, verdict)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        verdict.integrity = f"cannot read the store: {exc}"
    return verdict


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    found = connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,))
    return found.fetchone() is not None


def _check_body(
    connection: sqlite3.Connection, typing: Typing, killed_at: float, verdict: StoreVerdict
) -> None:
    row = connection.execute("SELECT body FROM articles WHERE id = ?", (typing.article_id,)).fetchone()
    if row is None:
        if typing.keys:  # the article was made (committed) before the driver said so
            verdict.text_problem = f"article {typing.article_id} is missing"
        return
    stored: str = row[0] or ""
    if not stored.startswith(typing.base):
        verdict.text_problem = f"the body lost its starting text {typing.base!r}"
        return
    saved = stored[len(typing.base) :]
    typed = typing.text
    if not typed.startswith(saved):
        verdict.text_problem = f"stored {saved[-40:]!r} is not what was typed ({typed[-40:]!r})"
        return
    if len(saved) < len(typed):
        verdict.loss_seconds = max(0.0, killed_at - typing.keys[len(saved)][0])


def _check_photos(connection: sqlite3.Connection, data_dir: Path, verdict: StoreVerdict) -> None:
    for sha, size in connection.execute("SELECT sha256, size_bytes FROM photos"):
        verdict.photos += 1
        folder = data_dir / "photos" / sha[:2]
        files = [p for p in sorted(folder.glob(f"{sha}.*")) if not p.name.startswith(".tmp-")]
        if not files:
            verdict.photo_problems.append(f"photo {sha[:12]}: no original file")
            continue
        content = files[0].read_bytes()
        if hashlib.sha256(content).hexdigest() != sha or len(content) != size:
            verdict.photo_problems.append(f"photo {sha[:12]}: {files[0].name} has other bytes")
