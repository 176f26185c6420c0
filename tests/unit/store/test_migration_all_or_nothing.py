"""An upgrade that stops part way (a kill -9 at first start, a failing revision) leaves the store
as it was: pysqlite would otherwise commit each CREATE TABLE on its own, and the next start would
fail on "table ... already exists" (found by tests/chaos)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workstation.store.database import create_store_engine
from workstation.store.migrate import upgrade_to_head


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_a_failing_revision_rolls_back_every_revision_before_it(tmp_path: Path) -> None:
    path = tmp_path / "workstation.sqlite3"
    with sqlite3.connect(path) as connection:  # the last revision's table, in the way
        connection.execute("CREATE TABLE imported_files (id INTEGER PRIMARY KEY)")
    engine = create_store_engine(path)
    try:
        with pytest.raises(Exception, match="imported_files"):
            upgrade_to_head(engine)
    finally:
        engine.dispose()
    assert _tables(path) == {"imported_files"}  # no sections, articles, nor alembic_version


def test_the_upgrade_commits_when_it_succeeds(tmp_path: Path) -> None:
    path = tmp_path / "workstation.sqlite3"
    engine = create_store_engine(path)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    assert {"articles", "sections", "photos", "outbox_jobs"} <= _tables(path)
