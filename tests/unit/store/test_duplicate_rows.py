"""Database.session turns a row that is there already (a UNIQUE index, the primary key) into
DuplicateRowError, by SQLite's error code; other constraint failures are a StoreError line
naming the store (never a traceback), not a duplicate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from workstation.store.database import Database, create_store_engine
from workstation.store.errors import DuplicateRowError, StoreError


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "scratch.db"
    database = Database(path, create_store_engine(path))
    with database.session() as session:
        session.execute(
            text(
                "CREATE TABLE fruit (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                " parent INTEGER REFERENCES fruit(id))"
            )
        )
        session.execute(text("INSERT INTO fruit (id, name) VALUES (1, 'apple')"))
    yield database
    database.close()


def _insert(db: Database, *statements: str) -> None:
    with db.session() as session:
        for sql in statements:
            session.execute(text(sql))


def test_a_second_row_with_a_unique_value_is_a_duplicate(db):
    with pytest.raises(DuplicateRowError, match=r"UNIQUE constraint failed: fruit\.name"):
        _insert(db, "INSERT INTO fruit (id, name) VALUES (2, 'apple')")


def test_a_second_row_with_the_same_primary_key_is_a_duplicate(db):
    with pytest.raises(DuplicateRowError, match=r"fruit\.id"):
        _insert(db, "INSERT INTO fruit (id, name) VALUES (1, 'pear')")


@pytest.mark.parametrize(
    "sql",
    [
        pytest.param("INSERT INTO fruit (id, name) VALUES (2, NULL)", id="not null"),
        pytest.param("INSERT INTO fruit (id, name, parent) VALUES (2, 'pear', 99)", id="foreign key"),
    ],
)
def test_other_constraints_are_not_duplicates(db, sql):
    with pytest.raises(StoreError) as info:
        _insert(db, sql)
    assert not isinstance(info.value, DuplicateRowError)
    assert "scratch.db" in str(info.value)
    assert "constraint failed" in str(info.value)


def test_the_duplicate_rolls_back_and_names_the_store(db):
    with pytest.raises(DuplicateRowError, match=r"scratch\.db"):
        _insert(
            db,
            "INSERT INTO fruit (id, name) VALUES (2, 'pear')",
            "INSERT INTO fruit (id, name) VALUES (3, 'pear')",
        )
    with db.session() as session:
        assert session.execute(text("SELECT name FROM fruit ORDER BY id")).scalars().all() == ["apple"]
