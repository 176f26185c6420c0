"""The problem report: a zip of the log, the versions, the settings and the managed
configuration with secrets stripped and the store's revision and counts; never article text,
never a password, even where the settings, the configuration or the log held one."""

from __future__ import annotations

import base64
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.fake_site import PASSWORD, FakeSite
from tests.fakes.publishing import SITE_URL, add_destination, wire
from workstation import __version__
from workstation.domain.article import ArticleContent
from workstation.domain.errors import WorkstationError
from workstation.services.diagnostics.logs import log, remember_secret, set_up_logging, stop_logging
from workstation.services.diagnostics.problem_report import write_problem_report
from workstation.services.managed_config import load_managed_config
from workstation.services.workspace import open_workspace
from workstation.store.identity import DB_FILENAME, HEAD_REVISION

SETTINGS_PASSWORD = "hunter2-in-settings"
URL_PASSWORD = "pa55-in-a-url"
CONFIG_PASSWORD = "managed-pw-9137"
BODY = "The minister's unpublished resignation letter, paragraph one."
HEADLINE = "Embargoed Headline Until Noon"


@pytest.fixture(autouse=True)
def _closed_log() -> Iterator[None]:
    yield
    stop_logging()


def _contents(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


@pytest.fixture
def secrets_everywhere(data_dir: Path, tmp_path: Path) -> Path:
    """A data dir whose store holds an article and a destination (its password in the keyring),
    whose settings.ini and managed configuration name passwords, and whose log was told one."""
    set_up_logging(data_dir)
    ws = open_workspace(data_dir)
    try:
        ws.articles.create(ArticleContent(headline=HEADLINE, body=BODY, standfirst=BODY))
        wire(ws, FakeSite())
        add_destination(ws, "Herald")  # its password in the (test's) keyring
    finally:
        ws.close()
    remember_secret("editor", PASSWORD)
    log.warning(
        "the site echoed Authorization: Basic %s", base64.b64encode(f"editor:{PASSWORD}".encode()).decode()
    )
    (data_dir / "settings.ini").write_text(
        "[General]\nlanguage=sv\n\n[window]\ngeometry=@ByteArray(x)\n"
        f"[proxy]\npassword={SETTINGS_PASSWORD}\nurl=http://me:{URL_PASSWORD}@proxy.example:3128\n",
        encoding="utf-8",
    )
    config = tmp_path / "config.toml"
    config.write_text(
        '[[destinations]]\nname = "Herald"\nurl = "https://news.example.org"\n'
        f'username = "editor"\npassword = "{CONFIG_PASSWORD}"\n\n[lock]\nsettings = ["destinations"]\n',
        encoding="utf-8",
    )
    return config


def test_the_zip_holds_logs_versions_settings_and_the_store_counts(
    data_dir: Path, tmp_path: Path, secrets_everywhere: Path
) -> None:
    managed = load_managed_config(secrets_everywhere)
    out = tmp_path / "report.zip"
    report = write_problem_report(out, data_dir, managed, [("Qt", "6.9.9"), ("PySide6", "6.9.8")])
    assert report.path == out
    files = _contents(out)
    assert set(files) == {"report.txt", "settings.ini", "managed-config.toml", "logs/workstation.log"}
    assert set(report.files) == set(files)
    text = files["report.txt"]
    for expected in (
        f"Editorial Workstation: {__version__}",
        "Python: 3.",
        "Qt: 6.9.9",
        "PySide6: 6.9.8",
        "SQLite: 3.",
        "SQLAlchemy: ",
        f"Schema revision: {HEAD_REVISION}",
        "Articles: 1 (and 0 in the trash)",
        f"Destination: Herald, {SITE_URL} (wordpress)",
        f"Managed configuration: {secrets_everywhere}",
        f"Store: {data_dir / DB_FILENAME}",
    ):
        assert expected in text
    assert "language=sv" in files["settings.ini"]
    assert 'name = "Herald"' in files["managed-config.toml"]
    assert "the site echoed Authorization: Basic [redacted]" in files["logs/workstation.log"]


def test_no_password_and_no_article_text_anywhere_in_the_zip(
    data_dir: Path, tmp_path: Path, secrets_everywhere: Path
) -> None:
    out = tmp_path / "report.zip"
    write_problem_report(out, data_dir, load_managed_config(secrets_everywhere))
    raw = out.read_bytes()
    everything = "\n".join(_contents(out).values())
    basic = base64.b64encode(f"editor:{PASSWORD}".encode()).decode()
    for secret in (
        PASSWORD,
        PASSWORD.replace(" ", ""),
        basic,
        SETTINGS_PASSWORD,
        URL_PASSWORD,
        CONFIG_PASSWORD,
    ):
        assert secret not in everything
        assert secret.encode() not in raw
    assert BODY not in everything
    assert HEADLINE not in everything
    assert "password=[redacted]" in everything
    assert "password = [redacted]" in everything
    assert "http://me:[redacted]@proxy.example:3128" in everything


def test_a_damaged_store_is_described_not_a_traceback(data_dir: Path, tmp_path: Path) -> None:
    store = data_dir / DB_FILENAME
    for extra in data_dir.glob(f"{DB_FILENAME}-*"):
        extra.unlink()
    store.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    out = tmp_path / "report.zip"
    write_problem_report(out, data_dir, load_managed_config(tmp_path / "none.toml"))
    text = _contents(out)["report.txt"]
    assert "Store problem: cannot read:" in text
    assert "Schema revision: unknown" in text


def test_a_new_data_dir_has_no_store_yet(tmp_path: Path) -> None:
    out = tmp_path / "report.zip"
    write_problem_report(out, tmp_path / "fresh", load_managed_config(tmp_path / "none.toml"))
    assert "(not created yet)" in _contents(out)["report.txt"]


def test_an_unwritable_place_is_a_sentence_naming_it(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "report.zip"
    with pytest.raises(WorkstationError, match=r"Cannot write the problem report .*no-such-folder"):
        write_problem_report(out, data_dir, load_managed_config(tmp_path / "none.toml"))
    assert not out.parent.exists()
