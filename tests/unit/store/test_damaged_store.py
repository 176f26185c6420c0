"""A damaged store (a few hundred bytes overwritten mid-file) is found by SQLite's quick_check at
open or after the first error: it is read, never written, and every fault is one line naming the
file, with no traceback and no article text."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from tests.fakes.damaged_store import SECRET, build_store, damage, digest
from workstation.cli import build_parser, run_command
from workstation.domain.article import ArticleContent
from workstation.services.workspace import open_workspace
from workstation.store.database import DB_FILENAME, open_database
from workstation.store.errors import DamagedStoreError, ReadOnlyStoreError, StoreError
from workstation.store.faults import quick_check


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out, err)
    return code, out.getvalue(), err.getvalue()


def _article_md(tmp_path: Path) -> Path:
    path = tmp_path / "new.md"
    path.write_text("---\nheadline: Fresh news\n---\n\nBody.\n", encoding="utf-8")
    return path


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    build_store(data_dir)
    damage(data_dir)
    assert quick_check(data_dir / DB_FILENAME) is not None  # the damage is real
    return data_dir


def test_a_sound_store_passes_the_quick_check(tmp_path):
    build_store(tmp_path / "data", articles=3)
    assert quick_check(tmp_path / "data" / DB_FILENAME) is None


def test_a_damaged_store_opens_read_only(damaged):
    db = open_database(damaged)
    try:
        assert db.read_only
        assert db.damage
        reason = db.read_only_reason()
        assert reason is not None
        assert str(damaged / DB_FILENAME) in reason
        assert "damaged" in reason
    finally:
        db.close()


def test_an_import_into_a_damaged_store_is_refused_and_nothing_is_written(damaged, tmp_path):
    before = digest(damaged / DB_FILENAME)
    code, out, err = _cli("import", str(_article_md(tmp_path)), "--data-dir", str(damaged))
    assert code == 2
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith("workstation: error: The store ")
    assert str(damaged / DB_FILENAME) in line
    assert "damaged" in line
    assert "Cannot write" not in line
    assert digest(damaged / DB_FILENAME) == before


def test_a_damaged_store_is_still_listed_with_one_warning(damaged):
    code, out, err = _cli("list", "--data-dir", str(damaged))
    (line,) = err.splitlines()
    assert line.startswith("workstation: warning: ")
    assert "damaged" in line
    if code == 0:
        assert "Story 0" in out
    else:  # the damaged page holds part of the list: one line, never a traceback
        assert code == 2


def test_every_read_of_a_damaged_store_is_one_line_without_article_text(damaged):
    """Each article shown in turn: some read, some fail; a failure is one line naming the file."""
    failures = 0
    for article_id in range(1, 41):
        code, out, err = _cli("show", str(article_id), "--data-dir", str(damaged))
        lines = err.splitlines()
        assert 1 <= len(lines) <= 2, err
        assert all(line.startswith("workstation: ") for line in lines)
        assert SECRET not in err
        assert "Traceback" not in err
        assert "Cannot write" not in err
        if code != 0:
            failures += 1
            assert str(damaged / DB_FILENAME) in lines[-1]
        else:
            assert SECRET in out
    assert failures < 40


def test_damage_found_after_open_turns_the_store_read_only(tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir)
    workspace = open_workspace(data_dir)
    try:
        assert not workspace.read_only
        damage(data_dir, table="articles")
        workspace.db.engine.dispose()  # new connections read the damaged file, not a cache
        before = digest(data_dir / DB_FILENAME)
        with pytest.raises(StoreError) as first:
            workspace.articles.list()
        assert "Cannot write" not in str(first.value)
        assert SECRET not in str(first.value)
        assert str(data_dir / DB_FILENAME) in str(first.value)
        assert isinstance(first.value, DamagedStoreError | ReadOnlyStoreError)
        assert workspace.read_only
        with pytest.raises(ReadOnlyStoreError) as refused:
            workspace.articles.create(ArticleContent(headline="After the damage"))
        assert "damaged" in str(refused.value)
        assert "\n" not in str(refused.value)
        assert digest(data_dir / DB_FILENAME) == before
    finally:
        workspace.close()


def test_a_stored_value_the_app_does_not_know_is_one_line(tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=3)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute(f"UPDATE articles SET status = '{SECRET}' WHERE id = 2")
    conn.commit()
    conn.close()
    for argv in (["show", "2"], ["list"], ["export", "2", "--format", "json"]):
        code, out, err = _cli(*argv, "--data-dir", str(data_dir))
        assert code == 2, argv
        assert out == ""
        (line,) = err.splitlines()
        assert str(data_dir / DB_FILENAME) in line
        assert "damaged" in line
        assert SECRET not in line
        assert "ArticleStatus" not in line
    code, out, _err = _cli("show", "1", "--data-dir", str(data_dir))  # the others still read
    assert code == 0
    assert SECRET in out


def test_a_store_damaged_at_its_first_pages_is_refused_or_read_never_written(tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=5)
    path = data_dir / DB_FILENAME
    with path.open("r+b") as handle:
        handle.seek(4096)  # page 2: the first table's root
        handle.write(b"\xa5" * 300)
    before = digest(path)
    code, _out, err = _cli("import", str(_article_md(tmp_path)), "--data-dir", str(data_dir))
    assert code == 2
    assert str(path) in err.splitlines()[-1]
    assert "Traceback" not in err
    assert digest(path) == before
