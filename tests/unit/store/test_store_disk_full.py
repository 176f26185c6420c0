"""A full disk (a real 2 MB tmpfs) is reported as a full disk, never as a damaged store; the
store stays sound and nothing half-written is left."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.fakes.small_disk import fill, small_tmpfs
from workstation.cli import build_parser, run_command
from workstation.domain.article import ArticleContent
from workstation.services.workspace import open_workspace
from workstation.store.database import DB_FILENAME
from workstation.store.errors import DiskFullError
from workstation.store.faults import quick_check


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out, err)
    return code, out.getvalue(), err.getvalue()


def _store_on(disk: Path) -> Path:
    data_dir = disk / "data"
    workspace = open_workspace(data_dir)
    workspace.articles.create(ArticleContent(headline="Before the disk filled"))
    workspace.close()
    return data_dir


def _big_markdown(tmp_path: Path) -> Path:
    path = tmp_path / "big.md"
    path.write_text("---\nheadline: Long read\n---\n\n" + "words of a long read " * 40_000, encoding="utf-8")
    return path


def test_opening_a_store_on_a_full_disk_says_the_disk_is_full(tmp_path):
    with small_tmpfs() as disk:
        data_dir = _store_on(disk)
        fill(disk)
        code, out, err = _cli("list", "--data-dir", str(data_dir))
        assert code == 2
        assert out == ""
        (line,) = err.splitlines()
        assert str(data_dir / DB_FILENAME) in line
        assert "full" in line
        assert "damaged" not in line.replace("not damaged", "")


def test_an_import_onto_a_full_disk_says_so_and_the_store_stays_sound(tmp_path):
    with small_tmpfs() as disk:
        data_dir = _store_on(disk)
        fill(disk, leave=200_000)  # room to open, not to store a long read
        code, _out, err = _cli("import", str(_big_markdown(tmp_path)), "--data-dir", str(data_dir))
        assert code == 2
        line = err.splitlines()[-1]
        assert "full" in line
        assert str(data_dir / DB_FILENAME) in line
        assert "damaged" not in line.replace("not damaged", "")
        assert any("no daily backup" in note and "nearly full" in note for note in err.splitlines())
        assert quick_check(data_dir / DB_FILENAME) is None
        workspace = open_workspace(data_dir)
        try:
            assert [row.headline for row in workspace.articles.list()] == ["Before the disk filled"]
        finally:
            workspace.close()


def test_a_write_that_meets_a_full_disk_is_a_disk_full_error(tmp_path):
    with small_tmpfs() as disk:
        data_dir = _store_on(disk)
        workspace = open_workspace(data_dir)
        try:
            fill(disk)
            with pytest.raises(DiskFullError) as info:
                workspace.articles.create(ArticleContent(headline="x", body="y" * 500_000))
            assert str(data_dir / DB_FILENAME) in str(info.value)
            assert not workspace.read_only  # a full disk is not damage: free space and go on
        finally:
            workspace.close()
