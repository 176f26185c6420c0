"""A real store with articles in it, and real damage: bytes overwritten in the middle of the file
as a failing disk or a bad copy leaves them."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from workstation.domain.article import ArticleContent
from workstation.services.workspace import open_workspace
from workstation.store.identity import DB_FILENAME

SECRET = "Confidential source says"  # in every body: never in an error line


def build_store(data_dir: Path, articles: int = 40, photo: Path | None = None) -> list[int]:
    """A store of `articles` long articles (each body spans overflow pages); returns their ids.
    With `photo`, the first article gets it as its featured photo."""
    workspace = open_workspace(data_dir)
    try:
        ids = []
        for number in range(articles):
            body = f"{SECRET} {number}. " + "Paragraph of reporting text. " * 150
            article = workspace.articles.create(ArticleContent(headline=f"Story {number}", body=body))
            ids.append(article.id)
        if photo is not None:
            from workstation.domain.photo import PhotoRole

            (outcome,) = workspace.photos.import_files([photo])
            assert outcome.photo is not None, outcome.error
            workspace.photos.attach(ids[0], outcome.photo.id, PhotoRole.FEATURED)
    finally:
        workspace.close()
    return ids


def damage(data_dir: Path, size: int = 300, table: str | None = None) -> None:
    """Overwrite `size` bytes at the start of a page in the middle of the store (after a clean
    close the whole store is in the main file): a page header and its pointers are garbage.
    With `table`: that table's root page, so that every read of it meets the damage."""
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size, pages = (
            conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_size", "page_count")
        )
        page = pages // 2 + 1
        if table is not None:
            page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(b"\xa5" * size)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
