"""The command line logs to the data dir's rotating log, and `workstation report-problem
OUT.zip` writes the problem report, even when the store is damaged."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from workstation import __version__
from workstation.services.diagnostics.logs import log, log_path, stop_logging
from workstation.store.identity import DB_FILENAME


@pytest.fixture(autouse=True)
def _closed_log() -> Iterator[None]:
    yield
    stop_logging()


def _log_text(data_dir: Path) -> str:
    for handler in log.handlers:
        handler.flush()
    return log_path(data_dir).read_text(encoding="utf-8")


def test_a_command_logs_its_start_and_its_error(cli, data_dir: Path) -> None:
    code, _out, err = cli("show", "4242")
    assert code == 2
    assert "4242" in err
    text = _log_text(data_dir)
    assert f"Editorial Workstation {__version__} (command line: show)" in text
    assert str(data_dir / DB_FILENAME) in text
    assert "WARNING" in text
    assert "show: " in text
    assert "4242" in text


def test_report_problem_writes_the_zip(cli, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "problem.zip"
    code, stdout, err = cli("report-problem", str(out))
    assert (code, err) == (0, "")
    assert f"Wrote the problem report {out}" in stdout
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        report = archive.read("report.txt").decode()
    assert "report.txt" in names
    assert "logs/workstation.log" in names
    assert "Articles: 0 (and 0 in the trash)" in report
    assert "PySide6: 6." in report  # from its metadata: the command line does not load Qt


def test_report_problem_works_on_a_damaged_store(cli, data_dir: Path, tmp_path: Path) -> None:
    for extra in data_dir.glob(f"{DB_FILENAME}-*"):
        extra.unlink()
    (data_dir / DB_FILENAME).write_bytes(b"SQLite format 3\x00" + b"\x07" * 3000)
    assert cli("list")[0] == 2  # the store cannot open ...
    out = tmp_path / "problem.zip"
    code, _stdout, err = cli("report-problem", str(out))
    assert (code, err) == (0, "")  # ... and the report is still written
    with zipfile.ZipFile(out) as archive:
        report = archive.read("report.txt").decode()
        logged = archive.read("logs/workstation.log").decode()
    assert "Store problem: cannot read" in report
    assert "cannot open the store" in logged


def test_report_problem_to_a_missing_folder_is_one_line(cli, tmp_path: Path) -> None:
    code, _out, err = cli("report-problem", str(tmp_path / "nowhere" / "p.zip"))
    assert code == 2
    assert err.startswith("workstation: error: Cannot write the problem report ")
    assert err.count("\n") == 1
