"""A data dir on read-only media (a real tmpfs remounted read-only) opens read-only: listing,
showing and export work, every change is refused in one line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.fakes.damaged_store import SECRET, build_store
from tests.fakes.small_disk import remount_read_only, small_tmpfs
from workstation.cli import build_parser, run_command
from workstation.domain.article import ArticleContent
from workstation.services.workspace import open_workspace
from workstation.store.database import DB_FILENAME
from workstation.store.errors import ReadOnlyStoreError


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out, err)
    return code, out.getvalue(), err.getvalue()


def test_a_store_on_read_only_media_is_listed_shown_and_exported(tmp_path):
    with small_tmpfs("8m") as disk:
        data_dir = disk / "data"
        build_store(data_dir, articles=3)
        remount_read_only(disk)
        code, out, err = _cli("list", "--data-dir", str(data_dir))
        assert code == 0, err
        assert "Story 2" in out
        (warning,) = err.splitlines()
        assert warning.startswith("workstation: warning: ")
        assert "read-only" in warning
        assert str(data_dir / DB_FILENAME) in warning
        code, out, _ = _cli("show", "1", "--data-dir", str(data_dir))
        assert code == 0
        assert SECRET in out
        target: Path = tmp_path / "story.md"
        code, _, err = _cli(
            "export", "1", "--format", "markdown", "-o", str(target), "--data-dir", str(data_dir)
        )
        assert code == 0, err
        assert "headline: Story 0" in target.read_text(encoding="utf-8")


def test_a_change_on_read_only_media_is_refused_in_one_line(tmp_path):
    with small_tmpfs("8m") as disk:
        data_dir = disk / "data"
        build_store(data_dir, articles=1)
        remount_read_only(disk)
        markdown = tmp_path / "new.md"
        markdown.write_text("---\nheadline: New\n---\n\nBody.\n", encoding="utf-8")
        code, out, err = _cli("import", str(markdown), "--data-dir", str(data_dir))
        assert code == 2
        assert out == ""
        (line,) = err.splitlines()
        assert line.startswith("workstation: error: ")
        assert "read-only" in line
        workspace = open_workspace(data_dir)
        try:
            assert workspace.read_only
            with pytest.raises(ReadOnlyStoreError):
                workspace.articles.create(ArticleContent(headline="Refused"))
            assert workspace.articles.count() == 1
        finally:
            workspace.close()


def test_an_empty_read_only_data_dir_is_still_refused(tmp_path):
    with small_tmpfs() as disk:
        (disk / "data").mkdir()
        remount_read_only(disk)
        code, _out, err = _cli("list", "--data-dir", str(disk / "data"))
        assert code == 2
        assert "not writable" in err
