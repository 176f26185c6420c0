"""Alembic migrations: head matches the models, and every older store upgrades with its data."""

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from workstation.domain.article import ArticleChanges, ArticleStatus, SiteStatus
from workstation.domain.query import ArticleQuery
from workstation.services.workspace import open_workspace
from workstation.store.database import (
    APPLICATION_ID,
    DB_FILENAME,
    HEAD_REVISION,
    create_store_engine,
    current_revision,
    open_database,
)
from workstation.store.errors import StoreError
from workstation.store.migrate import alembic_config, script_head, upgrade_to
from workstation.store.models import Base
from workstation.store.search_index import FTS_TABLE

REPO = Path(__file__).resolve().parents[3]


def _not_fts(name, type_, parent_names):
    """The FTS5 table and its shadow tables are made by raw SQL and have no model."""
    if type_ == "table":
        return name != FTS_TABLE and not name.startswith(f"{FTS_TABLE}_")
    return True


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in script.walk_revisions()]


def test_upgrade_head_on_an_empty_db_matches_the_models(tmp_path):
    engine = create_store_engine(tmp_path / DB_FILENAME)
    try:
        upgrade_to(engine, "head")
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={"include_name": _not_fts, "compare_type": True},
            )
            diff = compare_metadata(context, Base.metadata)
            tables = {
                row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
    finally:
        engine.dispose()
    assert diff == []
    # The comparison saw the real tables (an empty diff from an empty DB would prove nothing).
    assert set(Base.metadata.tables) <= tables
    assert FTS_TABLE in tables


def test_the_comparison_would_notice_a_difference(tmp_path):
    """Guard for the test above: a column the models lack shows up in the diff."""
    engine = create_store_engine(tmp_path / DB_FILENAME)
    try:
        upgrade_to(engine, "head")
        with engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN stray TEXT")
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": _not_fts})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert [d[0] for d in diff] == ["remove_column"]


def test_head_revision_constant_matches_the_scripts():
    assert script_head() == HEAD_REVISION
    assert _revisions()[0] == HEAD_REVISION


def test_revisions_form_one_line():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1


# -- upgrading a store made at every older revision ------------------------------------------

_T = "2024-11-15 01:02:00.000000"


def _seed_0001(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO sections(id, name, slug, parent_id, position) VALUES (1,'World','world',NULL,0)"
    )
    conn.execute("INSERT INTO tags(id, name, name_key, slug) VALUES (1,'Drones','drones','drones')")
    conn.execute(
        "INSERT INTO articles(id, headline, standfirst, body, byline, source_note, section_id,"
        " language, status, word_count, created_at, updated_at, first_published_at, trashed_at)"
        " VALUES (1, 'Kim Orders Drones', 'Lead', 'Body text', 'TT', 'Note', 1, 'en',"
        f" 'published', 5, '{_T}', '{_T}', '{_T}', NULL)"
    )
    conn.execute("INSERT INTO article_tags(article_id, tag_id, position) VALUES (1, 1, 0)")
    conn.execute(
        "INSERT INTO revisions(id, article_id, created_at, saved_at, reason, snapshot) VALUES"
        f" (1, 1, '{_T}', '{_T}', 'created',"
        """ '{"headline": "Kim Orders Drones", "body": "Body text", "tags": ["Drones"]}')"""
    )
    conn.execute(
        f"INSERT INTO {FTS_TABLE}(rowid, headline, standfirst, body, byline, tags)"
        " VALUES (1, 'Kim Orders Drones', 'Lead', 'Body text', 'TT', 'Drones')"
    )


_SHA = "ab" * 32


def _seed_0003(conn: sqlite3.Connection) -> None:
    _seed_0001(conn)
    conn.execute(
        "INSERT INTO photos(id, sha256, original_filename, mime, width, height, size_bytes, created_at,"
        " caption, credit, alt_text, photographer, copyright, source, keep_location,"
        " crop_x, crop_y, crop_w, crop_h, aspect, focal_x, focal_y) VALUES"
        f" (1, '{_SHA}', 'kim.jpg', 'image/jpeg', 600, 400, 1234, '{_T}', 'Kim at a drone test',"
        " 'KCNA via AP/TT', 'Kim Jong-Un watches a drone', '', '', 'TT', 0,"
        " 10, 20, 300, 200, '3:2', 0.5, 0.4)"
    )
    conn.execute(
        "INSERT INTO article_photos(article_id, photo_id, position, role) VALUES (1, 1, 0, 'featured')"
    )


def _seed_0004(conn: sqlite3.Connection) -> None:
    _seed_0003(conn)
    conn.execute(
        "INSERT INTO destinations(id, name, url, username, api_root, platform, managed, created_at)"
        f" VALUES (1, 'Herald', 'https://news.example.org', 'editor', '', 'wordpress', 0, '{_T}')"
    )
    conn.execute(
        "INSERT INTO publications(article_id, destination_id, remote_id, link, remote_status, slug,"
        " synced_fields) VALUES (1, 1, 77, 'https://news.example.org/kim', 'publish', 'kim', '{}')"
    )


def _seed_0006(conn: sqlite3.Connection) -> None:
    _seed_0004(conn)
    conn.execute("UPDATE articles SET word_target = 400 WHERE id = 1")


def _seed_0008(conn: sqlite3.Connection) -> None:
    _seed_0006(conn)
    conn.execute("UPDATE articles SET status = 'ready' WHERE id = 1")  # published: the site says


# Every revision needs a seed: adding a migration means saying what data it must carry over.
# 0002 only rebuilt the full-text index: the same rows carry over.
SEEDS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "0001": _seed_0001,
    "0002": _seed_0001,
    "0003": _seed_0003,
    "0004": _seed_0004,
    "0005": _seed_0004,
    "0006": _seed_0006,
    "0007": _seed_0006,  # revisions gain a note: the existing ones have none
    "0008": _seed_0008,  # the workflow status apart from the site's (see the test of 0008)
    "0009": _seed_0008,  # destinations gain a time zone, jobs an error detail and a resolution
    "0010": _seed_0008,  # destinations gain a confirmed API origin and a pin, jobs a heartbeat
    "0011": _seed_0008,  # the files imported, by hash: none known for the articles there are
}


def test_upgrade_to_0002_rebuilds_the_search_index_from_the_articles(tmp_path):
    path = tmp_path / DB_FILENAME
    engine = create_store_engine(path)
    try:
        upgrade_to(engine, "0001")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        _seed_0001(conn)
        conn.execute(f"DELETE FROM {FTS_TABLE}")  # an index out of step must not survive
    conn.close()
    workspace = open_workspace(tmp_path)
    try:
        for query in ("drones", "dr", "Body", "TT"):  # text, a 2-letter prefix, body, byline
            assert [r.id for r in workspace.articles.list(ArticleQuery(search=query))] == [1], query
    finally:
        workspace.close()


def test_upgrade_to_0006_gives_existing_articles_no_word_target(tmp_path):
    path = tmp_path / DB_FILENAME
    engine = create_store_engine(path)
    try:
        upgrade_to(engine, "0005")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        _seed_0004(conn)
    conn.close()
    engine = create_store_engine(path)
    try:
        upgrade_to(engine, "0006")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT id, headline, word_target FROM articles").fetchall()
        column = next(c for c in conn.execute("PRAGMA table_info(articles)") if c[1] == "word_target")
    conn.close()
    assert rows == [(1, "Kim Orders Drones", 0)]
    assert (column[2], column[3], column[4]) == ("INTEGER", 1, "'0'")  # type, NOT NULL, default


def test_upgrade_to_0009_gives_sites_no_zone_yet_and_keeps_each_jobs_error(tmp_path):
    path = tmp_path / DB_FILENAME
    engine = create_store_engine(path)
    try:
        upgrade_to(engine, "0008")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        _seed_0008(conn)
        conn.execute(
            "INSERT INTO outbox_jobs(id, article_id, destination_id, action, state, attempts, step,"
            " last_error, bytes_sent, bytes_total, overwrite, pending_marker, conflict, created_at,"
            " updated_at) VALUES (1, 1, 1, 'publish', 'retrying', 2, 'Reading the password',"
            f" 'Could not reach the site', 0, 0, 0, '', '', '{_T}', '{_T}')"
        )
    conn.close()
    workspace = open_workspace(tmp_path)
    try:
        (destination,) = workspace.destinations.list()
        assert destination.timezone == ""
        job = workspace.outbox.job(1)
        assert (job.last_error, job.error_detail, job.resolution) == ("Could not reach the site", "", None)
    finally:
        workspace.close()


def test_upgrade_to_0010_trusts_no_other_origin_or_certificate_and_gives_no_heartbeat(tmp_path):
    path = tmp_path / DB_FILENAME
    engine = create_store_engine(path)
    try:
        upgrade_to(engine, "0009")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        _seed_0008(conn)
        conn.execute(
            "INSERT INTO outbox_jobs(id, article_id, destination_id, action, state, attempts, step,"
            " last_error, bytes_sent, bytes_total, overwrite, pending_marker, conflict, created_at,"
            f" updated_at) VALUES (1, 1, 1, 'publish', 'sending', 1, 'Uploading', '', 0, 0, 0, '', '',"
            f" '{_T}', '{_T}')"
        )
    conn.close()
    workspace = open_workspace(tmp_path)
    try:
        (destination,) = workspace.destinations.list()
        assert (destination.api_origin, destination.pinned_certificate) == ("", "")
        assert destination.certificate_fingerprint == ""
        job = workspace.outbox.job(1)
        assert job.heartbeat_at is None
        assert job.last_alive == job.updated_at  # its last write stands in for a heartbeat
    finally:
        workspace.close()


def test_every_revision_has_a_seed():
    assert set(_revisions()) == set(SEEDS)


@pytest.mark.parametrize("revision", _revisions())
def test_a_store_at_each_revision_upgrades_to_head_and_keeps_its_data(tmp_path, revision):
    path = tmp_path / DB_FILENAME
    engine = create_store_engine(path)
    try:
        upgrade_to(engine, revision)
        assert current_revision(engine) == revision
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        SEEDS[revision](conn)
    conn.close()

    workspace = open_workspace(tmp_path)  # what a start of the app does
    try:
        assert current_revision(workspace.db.engine) == HEAD_REVISION
        article = workspace.articles.get(1)
        assert (article.headline, article.body, article.byline) == (
            "Kim Orders Drones",
            "Body text",
            "TT",
        )
        assert article.section_path == ("World",)
        assert article.tags == ("Drones",)
        assert article.first_published_at is not None
        assert [(r.content.headline, r.note) for r in workspace.articles.revisions(1)] == [
            ("Kim Orders Drones", "")
        ]
        assert [r.id for r in workspace.articles.list(ArticleQuery(search="drones"))] == [1]
        photos = workspace.photos.for_article(1)
        if revision >= "0003":
            assert [(p.photo.sha256, p.role.value) for p in photos] == [(_SHA, "featured")]
            assert photos[0].photo.metadata.credit == "KCNA via AP/TT"
            assert photos[0].photo.crop is not None
            assert photos[0].photo.crop.width == 300
        else:
            assert photos == []
        publications = workspace.outbox.publications(1)
        if revision >= "0004":
            assert [(p.remote_id, p.link, p.pending_fields) for p in publications] == [
                (77, "https://news.example.org/kim", "")
            ]
        else:
            assert publications == []
        # A store from before word targets has none; one since keeps its target.
        assert article.word_target == (400 if revision >= "0006" else 0)
        # Published, on the site (from 0004) or, with no site to say so, published elsewhere.
        assert article.status is ArticleStatus.READY
        on_a_site = revision >= "0004"
        assert article.published_elsewhere is (None if on_a_site else SiteStatus.PUBLISHED)
        assert [r.id for r in workspace.articles.list(ArticleQuery(site_status=SiteStatus.PUBLISHED))] == [1]
        # And it still takes writes.
        updated = workspace.articles.update(1, ArticleChanges(headline="Kim Orders More Drones"))
        assert workspace.articles.get(1) == updated
        assert workspace.articles.update(1, ArticleChanges(word_target=350)).word_target == 350
    finally:
        workspace.close()


# -- how an opened store is set up ----------------------------------------------------------


def test_opened_store_pragmas(data_dir):
    db = open_database(data_dir)
    try:
        with db.engine.connect() as conn:
            pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("application_id") == APPLICATION_ID
            assert pragma("journal_mode") == "wal"
            assert pragma("foreign_keys") == 1
            assert pragma("busy_timeout") == 5000
            assert pragma("synchronous") == 2  # FULL
    finally:
        db.close()


def test_foreign_keys_are_enforced(workspace):
    with pytest.raises(StoreError, match="FOREIGN KEY"), workspace.db.session() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO article_tags(article_id, tag_id, position) VALUES (999, 999, 0)"
        )


def test_a_new_store_is_made_at_head(tmp_path):
    db = open_database(tmp_path / "new")
    try:
        assert current_revision(db.engine) == HEAD_REVISION
    finally:
        db.close()
    assert (tmp_path / "new" / DB_FILENAME).is_file()


@pytest.mark.slow
def test_opening_a_current_store_does_not_import_alembic(data_dir):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from workstation.store.database import open_database\n"
        f"open_database(Path({str(data_dir)!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
