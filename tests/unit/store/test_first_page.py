"""The start-up first page equals what the service lists, and steps aside for other stores."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from workstation.domain.article import ArticleChanges, ArticleContent, ArticleStatus
from workstation.services.workspace import Workspace
from workstation.store.database import DB_FILENAME
from workstation.store.first_page import read_first_page


def test_first_page_matches_the_service(workspace: Workspace, data_dir: Path) -> None:
    section, _ = workspace.taxonomy.resolve_section("World")
    for n in range(7):
        workspace.articles.create(
            ArticleContent(
                headline=f"Story {n}",
                body="word " * n,
                byline="TT",
                section_id=section.id,
                status=ArticleStatus.READY if n % 2 else ArticleStatus.DRAFT,
            )
        )
    trashed = workspace.articles.create(ArticleContent(headline="Gone"))
    workspace.articles.trash([trashed.id])
    workspace.articles.update(3, ArticleChanges(headline="Edited last"))  # moves to the top
    result = read_first_page(data_dir, 5)
    assert result is not None
    rows, total = result
    assert rows == workspace.articles.list(limit=5)
    assert total == workspace.articles.count() == 7
    assert rows[0].headline == "Edited last"


def test_no_store_yet_gives_none(tmp_path: Path) -> None:
    assert read_first_page(tmp_path, 10) is None


def test_an_older_or_foreign_store_gives_none(workspace: Workspace, data_dir: Path, tmp_path: Path) -> None:
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.close()
    assert read_first_page(data_dir, 10) is None
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / DB_FILENAME).write_bytes(b"not a database at all, just bytes")
    assert read_first_page(foreign, 10) is None
    other = tmp_path / "other"
    other.mkdir()
    with sqlite3.connect(other / DB_FILENAME) as conn:
        conn.execute("CREATE TABLE t(x)")
    conn.close()
    assert read_first_page(other, 10) is None


def test_the_start_up_path_does_not_import_sqlalchemy(workspace: Workspace, data_dir: Path) -> None:
    # The first page is read before the full store opens; SQLAlchemy would cost more than Qt.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "import workstation.app\n"
        "from workstation.store.first_page import read_first_page\n"
        f"assert read_first_page(Path({str(data_dir)!r}), 10) is not None\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))\n"
    )
    repo = Path(__file__).resolve().parents[3]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
