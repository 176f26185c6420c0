"""The rotating log in the data dir: start-up, errors and publishing outcomes are written, old
files rotate away, and no password (nor its Basic-auth form, an Authorization value, a password
in a URL) ever reaches the file."""

from __future__ import annotations

import base64
import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from workstation import __version__
from workstation.services.diagnostics import logs
from workstation.services.diagnostics.logs import (
    log,
    log_path,
    log_startup,
    remember_secret,
    set_up_logging,
    stop_logging,
)
from workstation.store.identity import DB_FILENAME

PASSWORD = "Wq7s Zp2k Lm9x Rt4v"


@pytest.fixture(autouse=True)
def _closed_after() -> Iterator[None]:
    yield
    stop_logging()


def _flushed(data_dir: Path) -> str:
    for handler in log.handlers:
        handler.flush()
    return log_path(data_dir).read_text(encoding="utf-8")


def test_start_up_names_the_version_and_the_store(tmp_path: Path) -> None:
    path = set_up_logging(tmp_path)
    assert path == tmp_path / "logs" / "workstation.log"
    log_startup(tmp_path, "command line: list")
    text = _flushed(tmp_path)
    assert f"Editorial Workstation {__version__}" in text
    assert str(tmp_path / DB_FILENAME) in text
    assert " INFO " in text


def test_an_error_is_written_with_its_traceback(tmp_path: Path) -> None:
    set_up_logging(tmp_path)
    empty: dict[str, int] = {}
    try:
        empty["missing"]
    except KeyError:
        log.exception("something failed")
    text = _flushed(tmp_path)
    assert "ERROR" in text
    assert "something failed" in text
    assert "Traceback (most recent call last)" in text
    assert "KeyError: 'missing'" in text


def test_no_password_in_any_form_reaches_the_file(tmp_path: Path) -> None:
    set_up_logging(tmp_path)
    remember_secret("editor", PASSWORD)
    basic = base64.b64encode(f"editor:{PASSWORD}".encode()).decode()
    log.warning("site said: password=%s", PASSWORD)
    log.warning("headers echoed: Authorization: Basic %s", basic)
    log.warning("HTTP_AUTHORIZATION => Bearer abcdefghijklmnop1234")
    log.warning("fetching https://editor:%s@news.example.org/wp-json", "s3cr3t-in-url")
    try:
        raise RuntimeError(f"the site answered {PASSWORD.replace(' ', '')}")
    except RuntimeError:
        log.exception("in a traceback too")
    text = _flushed(tmp_path)
    for secret in (PASSWORD, PASSWORD.replace(" ", ""), basic, "abcdefghijklmnop1234", "s3cr3t-in-url"):
        assert secret not in text
    assert text.count("[redacted]") >= 5
    assert "https://editor:[redacted]@news.example.org" in text


def test_old_files_rotate_and_only_a_few_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 10_000)
    set_up_logging(tmp_path)
    for number in range(2_000):  # ~200 KB: twenty times a file's size
        log.info("line %05d %s", number, "x" * 80)
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == ["workstation.log", *(f"workstation.log.{n}" for n in range(1, logs.BACKUP_COUNT + 1))]
    assert all((tmp_path / "logs" / name).stat().st_size <= 10_000 + 200 for name in files)
    assert "line 01999" in _flushed(tmp_path)


def test_a_data_dir_that_cannot_hold_a_log_runs_on_without_one(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("")
    assert set_up_logging(not_a_dir) is None
    log.error("goes nowhere, raises nothing")


def test_a_second_set_up_replaces_the_first(tmp_path: Path) -> None:
    set_up_logging(tmp_path / "one")
    set_up_logging(tmp_path / "two")
    log.info("only in two")
    assert "only in two" in _flushed(tmp_path / "two")
    assert "only in two" not in log_path(tmp_path / "one").read_text(encoding="utf-8")
    ours = [h.baseFilename for h in log.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert ours == [str(tmp_path / "two" / "logs" / "workstation.log")]


def test_debug_is_asked_for_by_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    set_up_logging(tmp_path)
    log.debug("quiet by default")
    monkeypatch.setenv(logs.LEVEL_ENV, "debug")
    set_up_logging(tmp_path)
    log.debug("now written")
    text = _flushed(tmp_path)
    assert "now written" in text
    assert "quiet by default" not in text
