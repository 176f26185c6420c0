"""Rolling backups with SQLite's online backup API: before a migration, daily at open, a kept
count, and a restore that sets the replaced store aside."""

from __future__ import annotations

import io
import json
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.fakes.damaged_store import build_store, damage
from workstation.cli import build_parser, run_command
from workstation.domain.article import ArticleContent
from workstation.services.managed_config import load_managed_config
from workstation.services.workspace import open_workspace
from workstation.store.backups import list_backups, make_backup, restore_backup
from workstation.store.database import APPLICATION_ID, DB_FILENAME, create_store_engine, open_database
from workstation.store.errors import StoreError
from workstation.store.faults import quick_check
from workstation.store.migrate import upgrade_to


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out, err)
    return code, out.getvalue(), err.getvalue()


def _articles_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def _age(backup_path: Path, hours: int) -> Path:
    """Rename a backup as if made `hours` ago (its time is in its name)."""
    when = datetime.now(UTC) - timedelta(hours=hours)
    name = backup_path.name.split("-", 2)
    older = backup_path.with_name(f"{name[0]}-{when:%Y%m%dT%H%M%SZ}-{name[2]}")
    backup_path.rename(older)
    return older


def test_a_new_store_is_not_backed_up_but_the_first_open_of_the_day_is(tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=2)
    assert list_backups(data_dir) == []  # the store was new: nothing to keep yet
    open_database(data_dir).close()
    (daily,) = list_backups(data_dir)
    assert daily.reason == "daily"
    assert _articles_in(daily.path) == 2
    assert quick_check(daily.path) is None
    conn = sqlite3.connect(daily.path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()
    open_database(data_dir).close()
    assert len(list_backups(data_dir)) == 1  # once a day
    _age(daily.path, 25)
    open_database(data_dir).close()
    assert [b.reason for b in list_backups(data_dir)] == ["daily", "daily"]


def test_only_the_configured_number_of_backups_is_kept(tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=1)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for day in range(6):
        make_backup(data_dir, "daily", keep=3, now=start + timedelta(days=day))
    kept = list_backups(data_dir)
    assert [b.created_at.day for b in kept] == [6, 5, 4]


def test_the_managed_configuration_sets_how_many_are_kept(tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text("[backups]\nkeep = 2\n", encoding="utf-8")
    assert load_managed_config(config).backups_kept == 2
    config.write_text("[backups]\nkeep = 0\n", encoding="utf-8")
    bad = load_managed_config(config)
    assert bad.backups_kept is None
    assert any("[backups] keep" in p for p in bad.problems)
    config.write_text("[backups]\nkeep = 2\n", encoding="utf-8")
    monkeypatch.setenv("WORKSTATION_MANAGED_CONFIG", str(config))
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=1)
    for _ in range(4):
        assert _cli("backup", "--now", "--data-dir", str(data_dir))[0] == 0
    assert len(list_backups(data_dir)) == 2


def test_a_migration_is_preceded_by_a_backup_of_the_old_store(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    path = data_dir / DB_FILENAME
    engine = create_store_engine(path)
    upgrade_to(engine, "0008")
    engine.dispose()
    open_database(data_dir).close()
    reasons = {b.reason: b for b in list_backups(data_dir)}
    assert "migration" in reasons
    conn = sqlite3.connect(reasons["migration"].path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0008"
    conn.close()


def test_restore_puts_the_backup_back_and_keeps_the_replaced_store(tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=3)
    made = make_backup(data_dir, "manual")
    workspace = open_workspace(data_dir)
    workspace.articles.create(ArticleContent(headline="Written after the backup"))
    workspace.close()
    aside = restore_backup(data_dir, made.id)
    assert aside is not None
    assert aside.is_file()
    assert _articles_in(data_dir / DB_FILENAME) == 3
    assert _articles_in(aside) == 4
    workspace = open_workspace(data_dir)
    try:
        assert workspace.articles.count() == 3
        assert not workspace.read_only
    finally:
        workspace.close()


def test_a_damaged_store_is_recovered_from_its_backup_on_the_command_line(tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=4)
    code, out, _ = _cli("backup", "--now", "--data-dir", str(data_dir))
    assert code == 0
    assert "Backed up the store as " in out
    damage(data_dir)
    code, out, err = _cli("backup", "--list", "--json", "--data-dir", str(data_dir))
    assert code == 0, err
    (listed,) = [b for b in json.loads(out) if b["reason"] == "manual"]
    code, out, err = _cli("backup", "--restore", listed["id"], "--data-dir", str(data_dir))
    assert code == 0, err
    assert f"Restored backup {listed['id']}" in out
    assert "kept as" in out
    assert quick_check(data_dir / DB_FILENAME) is None
    code, out, err = _cli("list", "--data-dir", str(data_dir))
    assert code == 0
    assert err == ""
    assert "Story 3" in out
    damaged_aside = [
        p for p in data_dir.iterdir() if ".replaced-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(damaged_aside) == 1
    assert quick_check(damaged_aside[0]) is not None


def test_restoring_an_unknown_backup_is_one_line(tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=1)
    code, out, err = _cli("backup", "--restore", "20200101T000000Z-daily", "--data-dir", str(data_dir))
    assert code == 2
    assert out == ""
    (line,) = err.splitlines()
    assert "No backup '20200101T000000Z-daily'" in line


def test_the_backup_listing_names_each_backup(tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=1)
    code, out, _ = _cli("backup", "--data-dir", str(data_dir))
    assert code == 0
    assert "No backups" in out
    made = make_backup(data_dir, "manual")
    code, out, _ = _cli("backup", "--list", "--data-dir", str(data_dir))
    assert code == 0
    assert made.id in out
    assert "manual" in out


def test_a_backup_into_a_folder_that_cannot_be_written_is_one_line(tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=1)
    (data_dir / "backups").write_text("not a folder")
    with pytest.raises(StoreError) as info:
        make_backup(data_dir, "manual")
    assert str(data_dir / DB_FILENAME) in str(info.value)
    assert "\n" not in str(info.value)
    assert os.path.isfile(data_dir / "backups")


def test_a_store_open_elsewhere_is_not_replaced_by_a_restore(tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=2)
    made = make_backup(data_dir, "manual")
    workspace = open_workspace(data_dir)  # the app, say, with the store open
    try:
        workspace.articles.count()
        with pytest.raises(StoreError) as info:
            restore_backup(data_dir, made.id)
        assert "is open in the app or another program" in str(info.value)
        assert not [p for p in data_dir.iterdir() if ".replaced-" in p.name]
    finally:
        workspace.close()
    assert restore_backup(data_dir, made.id) is not None  # once it is closed, it is restored
