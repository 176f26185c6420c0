"""Fixtures shared by every test suite: a temporary store, never the user's real data dir."""

import os

# Qt aborts with no display unless told otherwise; this must happen before PySide6 is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from workstation.services.managed_config import ENV_VAR as MANAGED_CONFIG_ENV_VAR
from workstation.services.workspace import Workspace, open_workspace
from workstation.store.data_dir import ENV_VAR
from workstation.store.database import DB_FILENAME, open_database

# No example database in the checkout; no deadline (a real SQLite store is timed, not a loop).
settings.register_profile("workstation", database=None, deadline=None)
settings.load_profile("workstation")


@pytest.fixture(autouse=True)
def _isolated_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):
    """No test, and no subprocess a test starts, may touch the real data dir, nor read the
    machine's managed configuration (/etc/editorial-workstation/config.toml)."""
    monkeypatch.setenv(ENV_VAR, str(tmp_path_factory.mktemp("env-data-dir")))
    monkeypatch.setenv(MANAGED_CONFIG_ENV_VAR, str(tmp_path_factory.getbasetemp() / "no-managed-config.toml"))


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):
    """Passwords go to an in-memory keyring in tests; subprocesses get a file-backed one."""
    import keyring

    from tests.fakes.keyring_backends import MemoryKeyring

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.fakes.keyring_backends.FileKeyring")
    monkeypatch.setenv("WORKSTATION_TEST_KEYRING", str(tmp_path_factory.mktemp("keyring") / "keyring.json"))
    return backend


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir holding one store migrated to head, made once per session."""
    directory = tmp_path_factory.mktemp("template-store")
    open_database(directory).close()
    return directory


@pytest.fixture
def data_dir(template_store: Path, tmp_path: Path) -> Path:
    """A fresh data dir per test, holding a copy of the migrated template store."""
    directory = tmp_path / "data"
    directory.mkdir()
    for file in template_store.glob(f"{DB_FILENAME}*"):  # the database and any -wal/-shm
        shutil.copy2(file, directory / file.name)
    return directory


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = open_workspace(data_dir)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]):
    """Run `workstation ARGS --data-dir DIR` in-process: (exit code, stdout, stderr)."""
    from workstation.__main__ import main

    def run(*args: str) -> tuple[int | str | None, str, str]:
        argv = [*args]
        if argv and not argv[0].startswith("-"):
            argv[1:1] = ["--data-dir", str(data_dir)]
        try:
            code: int | str | None = main(argv)
        except SystemExit as exc:  # argparse: --version, --help and usage errors
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return run
