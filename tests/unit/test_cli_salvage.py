"""`workstation salvage OUT_DIR`: every readable article of a damaged store as Markdown with its
photos, then a fresh store built from them; the damaged store is never written."""

from __future__ import annotations

import io
from pathlib import Path

from tests.fakes.damaged_store import SECRET, build_store, damage, digest
from tests.fakes.photo_images import camera_jpeg
from workstation.cli import build_parser, run_command
from workstation.domain.photo import PhotoRole
from workstation.services.workspace import open_workspace
from workstation.store.database import DB_FILENAME
from workstation.store.faults import quick_check


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out, err)
    return code, out.getvalue(), err.getvalue()


def test_salvage_of_a_damaged_store_builds_a_fresh_one_with_its_articles_and_photos(tmp_path):
    data_dir = tmp_path / "data"
    ids = build_store(data_dir, articles=30, photo=camera_jpeg(tmp_path / "kim.jpg", (600, 400)))
    damage(data_dir)
    assert quick_check(data_dir / DB_FILENAME) is not None
    before = digest(data_dir / DB_FILENAME)
    out_dir = tmp_path / "salvaged"
    code, out, err = _cli("salvage", str(out_dir), "--data-dir", str(data_dir))
    assert "Traceback" not in err
    assert SECRET not in err
    assert digest(data_dir / DB_FILENAME) == before  # the damaged store was only read
    assert "Salvaged " in out
    assert str(out_dir / DB_FILENAME) in out
    markdown = sorted((out_dir / "markdown").glob("*.md"))
    unreadable = [line for line in err.splitlines() if "unreadable" in line or "article " in line]
    assert len(markdown) + len(unreadable) == len(ids)
    assert len(markdown) >= len(ids) - 3  # one damaged page costs a few articles at most
    assert code == (0 if not unreadable else 2)
    assert list((out_dir / "markdown" / "images").glob("kim-*.jpg"))
    fresh = open_workspace(out_dir)
    try:
        assert quick_check(out_dir / DB_FILENAME) is None
        assert fresh.articles.count() == len(markdown)
        headlines = {row.headline for row in fresh.articles.list()}
        assert "Story 0" in headlines
        first = next(row for row in fresh.articles.list() if row.headline == "Story 0")
        assert SECRET in fresh.articles.get(first.id).body
        roles = [p.role for p in fresh.photos.for_article(first.id)]
        assert roles == [PhotoRole.FEATURED]
    finally:
        fresh.close()


def test_salvage_refuses_a_folder_that_holds_a_store(tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=1)
    other = tmp_path / "other"
    build_store(other, articles=1)
    code, out, err = _cli("salvage", str(other), "--data-dir", str(data_dir))
    assert code == 2
    assert out == ""
    (line,) = err.splitlines()
    assert str(other / DB_FILENAME) in line


def test_salvage_of_a_trashed_article_keeps_it_out_of_the_new_store(tmp_path):
    data_dir = tmp_path / "data"
    ids = build_store(data_dir, articles=2)
    workspace = open_workspace(data_dir)
    workspace.articles.trash([ids[1]])
    workspace.close()
    out_dir: Path = tmp_path / "salvaged"
    code, _out, err = _cli("salvage", str(out_dir), "--data-dir", str(data_dir))
    assert code == 0, err
    assert len(list((out_dir / "markdown" / "trash").glob("*.md"))) == 1
    fresh = open_workspace(out_dir)
    try:
        assert fresh.articles.count() == 1
    finally:
        fresh.close()
