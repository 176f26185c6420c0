"""A data dir or store file we cannot use gets a clear error naming it, and is left untouched."""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from workstation.__main__ import main
from workstation.services.workspace import open_workspace
from workstation.store.database import APPLICATION_ID, DB_FILENAME, HEAD_REVISION, open_database
from workstation.store.errors import StoreError

REPO = Path(__file__).resolve().parents[3]
NOBODY = 65534


def _listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def _open_fails(directory: Path) -> str:
    with pytest.raises(StoreError) as info:
        open_database(directory)
    message = str(info.value)
    assert "\n" not in message
    return message


def _one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1, text
    return lines[0]


# -- a store file that is not ours -------------------------------------------------------------


def test_a_text_file_is_refused_and_left_untouched(tmp_path):
    store = tmp_path / DB_FILENAME
    original = b"Dear diary,\nthis is not a database.\n" * 100
    store.write_bytes(original)
    message = _open_fails(tmp_path)
    assert str(store) in message
    assert "not a SQLite database" in message
    assert store.read_bytes() == original
    assert _listing(tmp_path) == [DB_FILENAME]


def test_a_database_of_another_program_is_refused_and_left_untouched(tmp_path):
    store = tmp_path / DB_FILENAME
    conn = sqlite3.connect(store)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ada')")
    conn.commit()
    conn.close()
    original = store.read_bytes()
    message = _open_fails(tmp_path)
    assert str(store) in message
    assert "another program" in message
    assert store.read_bytes() == original
    assert _listing(tmp_path) == [DB_FILENAME]


def test_a_damaged_database_is_refused_and_left_untouched(tmp_path):
    store = tmp_path / DB_FILENAME
    original = b"SQLite format 3\x00" + b"\xde\xad\xbe\xef" * 64
    store.write_bytes(original)
    message = _open_fails(tmp_path)
    assert str(store) in message
    assert store.read_bytes() == original


def test_an_empty_file_becomes_a_store(tmp_path):
    store = tmp_path / DB_FILENAME
    store.touch()
    db = open_database(tmp_path)
    db.close()
    conn = sqlite3.connect(store)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    finally:
        conn.close()


def test_an_empty_sqlite_database_becomes_a_store(tmp_path):
    store = tmp_path / DB_FILENAME
    conn = sqlite3.connect(store)
    conn.execute("PRAGMA user_version = 1")  # a valid database with no tables in it
    conn.commit()
    conn.close()
    assert store.stat().st_size > 0
    open_database(tmp_path).close()
    conn = sqlite3.connect(store)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()


def test_a_store_from_a_newer_version_is_refused_and_left_untouched(data_dir):
    store = data_dir / DB_FILENAME
    conn = sqlite3.connect(store)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    original = store.read_bytes()
    message = _open_fails(data_dir)
    assert str(store) in message
    assert "newer" in message
    assert store.read_bytes() == original


def test_a_store_file_that_is_a_directory(tmp_path):
    (tmp_path / DB_FILENAME).mkdir()
    message = _open_fails(tmp_path)
    assert str(tmp_path / DB_FILENAME) in message
    assert "directory" in message


def test_an_error_inside_a_damaged_store_is_a_store_error(data_dir):
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("DROP TABLE revisions")
    conn.commit()
    conn.close()
    workspace = open_workspace(data_dir)
    try:
        with pytest.raises(StoreError) as info:
            workspace.articles.create()
        assert str(data_dir / DB_FILENAME) in str(info.value)
        assert "no such table" in str(info.value)
        # The transaction was rolled back: no article without its revision.
        assert workspace.articles.count() == 0
    finally:
        workspace.close()


# -- a data dir that cannot be used ------------------------------------------------------------


def test_a_data_dir_that_is_a_file(tmp_path):
    not_a_dir = tmp_path / "data"
    not_a_dir.write_text("x")
    message = _open_fails(not_a_dir)
    assert str(not_a_dir) in message
    assert "is a file" in message
    assert not_a_dir.read_text() == "x"


def test_a_data_dir_below_a_file(tmp_path):
    (tmp_path / "file").write_text("x")
    message = _open_fails(tmp_path / "file" / "data")
    assert str(tmp_path / "file" / "data") in message


def test_a_missing_data_dir_is_created(tmp_path):
    target = tmp_path / "a" / "b" / "c"
    open_database(target).close()
    assert (target / DB_FILENAME).is_file()


@pytest.mark.parametrize("name", ["what?x=1", "a#b", "100%", "Nyheter & Sport", "åäö", "sp ace"])
def test_the_store_is_made_inside_a_data_dir_with_any_name(tmp_path, name):
    target = tmp_path / name
    workspace = open_workspace(target)
    try:
        workspace.articles.create()
        assert workspace.db.path == target / DB_FILENAME
    finally:
        workspace.close()
    assert (target / DB_FILENAME).stat().st_size > 0
    assert _listing(tmp_path) == [name]  # nothing written beside it
    again = open_workspace(target)
    try:
        assert again.articles.count() == 1
    finally:
        again.close()


def test_cli_reports_an_unusable_data_dir_in_one_line(tmp_path, capsys):
    not_a_dir = tmp_path / "data"
    not_a_dir.write_text("x")
    assert main(["list", "--data-dir", str(not_a_dir)]) == 2
    captured = capsys.readouterr()
    line = _one_line(captured.err)
    assert line.startswith("workstation: error: ")
    assert str(not_a_dir) in line
    assert captured.out == ""


def test_cli_reports_a_foreign_store_in_one_line(tmp_path, capsys):
    (tmp_path / DB_FILENAME).write_text("hello")
    assert main(["list", "--data-dir", str(tmp_path)]) == 2
    assert str(tmp_path / DB_FILENAME) in _one_line(capsys.readouterr().err)
    assert (tmp_path / DB_FILENAME).read_text() == "hello"


# -- a read-only data dir ----------------------------------------------------------------------


def _python_runs_as(user_kwargs: dict[str, Any]) -> bool:
    try:
        result = subprocess.run(
            [sys.executable, "-c", "import workstation, sqlalchemy"],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            timeout=60,
            **user_kwargs,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


# As root, permission bits do not stop writes. Run the CLI as nobody, or else as root without
# the capabilities that override them (the venv's python may live where nobody cannot reach).
_AS_NOBODY = {"user": NOBODY, "group": NOBODY, "extra_groups": []}
_DROP_CAPS = [
    "setpriv",
    "--bounding-set=-dac_override,-dac_read_search",
    "--inh-caps=-dac_override,-dac_read_search",
]


@pytest.fixture
def read_only_dir():
    parent = Path(tempfile.mkdtemp(dir="/tmp"))
    parent.chmod(0o755)  # nobody must reach the directory to be refused by it
    target = parent / "read-only data"
    target.mkdir()
    target.chmod(0o555)
    yield target
    target.chmod(0o755)
    shutil.rmtree(parent)


@pytest.mark.slow
def test_cli_refuses_a_read_only_data_dir(read_only_dir, capsys):
    if os.geteuid() != 0:
        assert main(["list", "--data-dir", str(read_only_dir)]) == 2
        err = capsys.readouterr().err
    else:
        command = [sys.executable, "-m", "workstation", "list", "--data-dir", str(read_only_dir)]
        if _python_runs_as(_AS_NOBODY):
            kwargs: dict[str, Any] = _AS_NOBODY
        elif shutil.which("setpriv") and _python_runs_as({}):
            command = [*_DROP_CAPS, *command]
            probe = subprocess.run([*_DROP_CAPS, "touch", str(read_only_dir / "probe")])
            if probe.returncode == 0:
                pytest.skip("cannot drop the root capabilities that override permissions here")
            kwargs = {}
        else:
            pytest.skip("no way to run as an unprivileged user here")
        result = subprocess.run(
            command,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=60,
            **kwargs,
        )
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
        err = result.stderr
    line = _one_line(err)
    assert str(read_only_dir) in line
    assert "not writable" in line
    assert _listing(read_only_dir) == []


def test_a_data_dir_where_writes_fail_is_refused(tmp_path, monkeypatch, capsys):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)  # store/data_dir.py probes with it
    assert main(["list", "--data-dir", str(tmp_path)]) == 2
    line = _one_line(capsys.readouterr().err)
    assert str(tmp_path) in line
    assert "not writable" in line
    assert "Permission denied" in line
    assert _listing(tmp_path) == []


def test_an_empty_database_of_another_program_is_refused_and_left_untouched(tmp_path):
    """No tables yet, but another program's application_id: it is theirs, not ours to adopt."""
    store = tmp_path / DB_FILENAME
    conn = sqlite3.connect(store)
    conn.execute("PRAGMA application_id = 0x4D505244")  # some other program's mark
    conn.commit()
    conn.close()
    original = store.read_bytes()
    message = _open_fails(tmp_path)
    assert str(store) in message
    assert "another program" in message
    assert store.read_bytes() == original
    assert _listing(tmp_path) == [DB_FILENAME]
