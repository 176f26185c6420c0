"""Migration 0008 on a real store file made at 0007: every old status maps to the workflow's, and
what "published" or "scheduled" said is kept (by the site's publication, or published_elsewhere)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from workstation.domain.article import ArticleStatus, SiteStatus
from workstation.domain.query import ArticleQuery
from workstation.services.workspace import open_workspace
from workstation.store.database import DB_FILENAME, create_store_engine, current_revision
from workstation.store.first_page import read_first_page
from workstation.store.migrate import alembic_config, upgrade_to

_T = "2024-11-15 01:02:00.000000"

# id: (status at 0007, its publication: None, or (remote_id, remote_status)) -> expected at 0008.
CASES: dict[int, tuple[str, tuple[int | None, str] | None, ArticleStatus, SiteStatus | None]] = {
    1: ("draft", None, ArticleStatus.DRAFT, None),
    2: ("ready", None, ArticleStatus.READY, None),
    3: ("withdrawn", None, ArticleStatus.WITHDRAWN, None),
    4: ("published", (41, "publish"), ArticleStatus.READY, None),  # the site says published
    5: ("scheduled", (51, "future"), ArticleStatus.READY, None),  # the site says scheduled
    6: ("published", None, ArticleStatus.READY, SiteStatus.PUBLISHED),  # no site here says it
    7: ("scheduled", None, ArticleStatus.READY, SiteStatus.SCHEDULED),
    8: ("published", (None, "publish"), ArticleStatus.READY, SiteStatus.PUBLISHED),  # never arrived
    9: ("withdrawn", (91, "trash"), ArticleStatus.WITHDRAWN, None),
    10: ("draft", (101, "publish"), ArticleStatus.DRAFT, None),  # a draft here, live there
}


def _store_at_0007(path: Path) -> None:
    engine = create_store_engine(path)
    try:
        upgrade_to(engine, "0007")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO destinations(id, name, url, username, api_root, platform, managed, created_at)"
            f" VALUES (1, 'Herald', 'https://news.example.org', 'editor', '', 'wordpress', 0, '{_T}')"
        )
        for article_id, (status, publication, _, _) in CASES.items():
            first = f"'{_T}'" if status in ("published", "withdrawn") else "NULL"
            conn.execute(
                "INSERT INTO articles(id, headline, standfirst, body, byline, source_note, section_id,"
                " language, status, word_count, word_target, created_at, updated_at,"
                " first_published_at, trashed_at) VALUES"
                f" (?, ?, '', 'Body', 'TT', '', NULL, 'en', ?, 2, 0, '{_T}', '{_T}', {first}, NULL)",
                (article_id, f"Article {article_id}", status),
            )
            snapshot = json.dumps({"headline": f"Article {article_id}", "body": "Body", "status": status})
            conn.execute(
                "INSERT INTO revisions(article_id, created_at, saved_at, reason, snapshot, note)"
                f" VALUES (?, '{_T}', '{_T}', 'created', ?, '')",
                (article_id, snapshot),
            )
            if publication is not None:
                remote_id, remote_status = publication
                conn.execute(
                    "INSERT INTO publications(article_id, destination_id, remote_id, link, remote_status,"
                    " slug, synced_fields, pending_fields) VALUES (?, 1, ?, '', ?, '', '{}', '')",
                    (article_id, remote_id, remote_status),
                )
    conn.close()


@pytest.fixture
def migrated(tmp_path):
    _store_at_0007(tmp_path / DB_FILENAME)
    workspace = open_workspace(tmp_path)  # what a start of the app does: migrate to head
    try:
        yield workspace
    finally:
        workspace.close()


@pytest.mark.parametrize("article_id", sorted(CASES))
def test_every_old_status_maps_to_the_workflow_and_keeps_what_it_said(migrated, article_id):
    old, _, status, elsewhere = CASES[article_id]
    article = migrated.articles.get(article_id)
    assert (article.status, article.published_elsewhere) == (status, elsewhere), old
    # The site's date stays the article's "Published".
    assert (article.first_published_at is not None) == (old in ("published", "withdrawn"))
    (revision,) = migrated.articles.revisions(article_id)
    assert revision.content.status is status  # a restore gives a status the editor can choose


def test_published_and_scheduled_are_still_found_by_meaning(migrated):
    def listed(**query) -> set[int]:
        return {row.id for row in migrated.articles.list(ArticleQuery(**query))}

    # A site's publication decides where there is one; else what the article kept.
    assert listed(site_status=SiteStatus.PUBLISHED) == {4, 6, 8, 10}
    assert listed(site_status=SiteStatus.SCHEDULED) == {5, 7}
    assert listed(status=ArticleStatus.READY) == {2, 4, 5, 6, 7, 8}
    assert listed(status=ArticleStatus.DRAFT) == {1, 10}
    assert listed(status=ArticleStatus.WITHDRAWN) == {3, 9}


def test_the_raw_rows_hold_only_workflow_values(tmp_path):
    path = tmp_path / DB_FILENAME
    _store_at_0007(path)
    engine = create_store_engine(path)
    try:
        upgrade_to(engine, "0008")
        assert current_revision(engine) == "0008"
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        rows = dict(conn.execute("SELECT id, status || '/' || published_elsewhere FROM articles"))
        snapshots = [json.loads(s)["status"] for (s,) in conn.execute("SELECT snapshot FROM revisions")]
        column = next(c for c in conn.execute("PRAGMA table_info(articles)") if c[1] == "published_elsewhere")
    conn.close()
    assert rows == {
        article_id: f"{status.value}/{elsewhere.value if elsewhere else ''}"
        for article_id, (_, _, status, elsewhere) in CASES.items()
    }
    assert set(snapshots) == {"draft", "ready", "withdrawn"}
    assert (column[2], column[3], column[4]) == ("VARCHAR(20)", 1, "''")  # type, NOT NULL, default
    # The start-up page (plain sqlite3) reads the new rows as the store does, once any later
    # migration has run too (it reads no store that an upgrade is still due for).
    engine = create_store_engine(path)
    try:
        upgrade_to(engine, "head")
    finally:
        engine.dispose()
    first = read_first_page(tmp_path, 100)
    assert first is not None
    assert {s.id: s.published_elsewhere for s in first[0]} == {i: case[3] for i, case in CASES.items()}


def test_a_downgrade_writes_the_old_values_back(tmp_path):
    path = tmp_path / DB_FILENAME
    _store_at_0007(path)
    engine = create_store_engine(path)
    try:
        upgrade_to(engine, "0008")
        command.downgrade(alembic_config(engine), "0007")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        rows = dict(conn.execute("SELECT id, status FROM articles"))
        columns = {c[1] for c in conn.execute("PRAGMA table_info(articles)")}
    conn.close()
    assert "published_elsewhere" not in columns
    # Ready on a live site reads as published again; a draft here stays a draft.
    assert rows == {1: "draft", 2: "ready", 3: "withdrawn", 4: "published", 5: "scheduled"} | {
        6: "published",
        7: "scheduled",
        8: "published",
        9: "withdrawn",
        10: "draft",
    }
