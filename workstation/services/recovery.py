"""Recovering from a damaged store: its rolling backups (list, make, restore), and salvage (every
readable article exported as Markdown with its photos, then a fresh store built from them).
Used the same way by `workstation backup` / `workstation salvage` and the app's recovery screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workstation.domain.article import Article
from workstation.domain.errors import WorkstationError
from workstation.domain.text import slugify
from workstation.services.formats.export import article_to_markdown, write_atomically
from workstation.services.formats.markdown_photo_export import export_markdown
from workstation.services.workspace import Workspace, open_workspace
from workstation.store import backups
from workstation.store.backups import Backup
from workstation.store.database import DB_FILENAME
from workstation.store.salvage_reader import readable_article_ids

MARKDOWN_DIR = "markdown"
TRASH_DIR = "trash"  # articles that were in the trash: exported, not imported into the new store

__all__ = ["Backup", "SalvageReport", "list_backups", "make_backup", "restore_backup", "salvage"]


def list_backups(data_dir: Path) -> list[Backup]:
    return backups.list_backups(data_dir)


def make_backup(data_dir: Path, keep: int | None = None) -> Backup:
    """A backup now (as `backup --now`), keeping the newest `keep`."""
    store = data_dir / DB_FILENAME
    if not store.is_file() or not store.stat().st_size:
        raise WorkstationError(f"There is no store to back up in {data_dir}.")
    return backups.make_backup(data_dir, "manual", keep=keep or backups.DEFAULT_KEEP)


def restore_backup(data_dir: Path, backup_id: str) -> Path | None:
    """The backup becomes the store; returns where the replaced store file was set aside."""
    return backups.restore_backup(data_dir, backup_id)


@dataclass
class SalvageReport:
    out_dir: Path
    exported: list[Path] = field(default_factory=list)  # Markdown files written
    unreadable: list[str] = field(default_factory=list)  # "article 12: <why>"
    imported: int = 0
    import_failures: list[str] = field(default_factory=list)

    @property
    def store(self) -> Path:
        return self.out_dir / DB_FILENAME

    @property
    def markdown_dir(self) -> Path:
        return self.out_dir / MARKDOWN_DIR


Progress = Callable[[int, int], None]  # (articles done, articles found)


def salvage(data_dir: Path, out_dir: Path, progress: Progress | None = None) -> SalvageReport:
    """Export every readable article of the store in `data_dir` (read-only, never written) to
    OUT_DIR/markdown/, then build a fresh store in OUT_DIR from them. OUT_DIR must hold no store."""
    out_dir = out_dir.expanduser()
    if (out_dir / DB_FILENAME).exists():
        raise WorkstationError(
            f"{out_dir / DB_FILENAME} exists already; choose an empty folder to salvage into."
        )
    if out_dir.resolve() == data_dir.resolve():
        raise WorkstationError(f"Salvage into another folder than the data directory {data_dir}.")
    markdown_dir = out_dir / MARKDOWN_DIR
    try:
        (markdown_dir / TRASH_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkstationError(f"Cannot create {markdown_dir}: {exc.strerror or exc}.") from exc
    report = SalvageReport(out_dir)
    source = open_workspace(data_dir, read_only=True)
    live: list[Path] = []
    try:
        ids = readable_article_ids(source.db.path, immutable=source.db.immutable)
        for done, article_id in enumerate(ids, start=1):
            try:
                article = source.articles.get(article_id)
                folder = markdown_dir / TRASH_DIR if article.is_trashed else markdown_dir
                target = folder / f"{article_id:06d}-{slugify(article.headline)[:60] or 'article'}.md"
                write_atomically(target, _markdown(source, article, target))
            except WorkstationError as exc:
                report.unreadable.append(f"article {article_id}: {exc}")
            else:
                report.exported.append(target)
                if not article.is_trashed:
                    live.append(target)
            if progress is not None:
                progress(done, len(ids))
    finally:
        source.close()
    fresh = open_workspace(out_dir)
    try:
        for outcome in fresh.importer.import_files(live):
            if outcome.error is not None:
                report.import_failures.append(str(outcome.error))
            else:
                report.imported += 1
    finally:
        fresh.close()
    return report


def _markdown(source: Workspace, article: Article, target: Path) -> str:
    """With its photos; when a photo cannot be read, the text alone is still salvaged."""
    try:
        return export_markdown(article, source.photos, target)
    except WorkstationError:
        return article_to_markdown(article)
