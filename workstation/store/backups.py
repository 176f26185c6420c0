"""Rolling backups of the store, copied with SQLite's online backup API (a consistent copy even
while another connection writes), kept in <data dir>/backups/.

Made before every migration and at the first open of each day; the newest `keep` are kept.
Restoring sets the current store file aside (never deleted) and puts the backup in its place."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workstation.store.errors import StoreError
from workstation.store.faults import is_disk_full, primary_code, quick_check, read_only_uri
from workstation.store.identity import APPLICATION_ID, DB_FILENAME

BACKUP_DIR = "backups"
DEFAULT_KEEP = 7
DAILY = timedelta(hours=24)
_STAMP = "%Y%m%dT%H%M%SZ"
# workstation-20261204T201753Z-daily.sqlite3: its ID is the part between the dashes' ends.
_NAME = re.compile(r"^workstation-(?P<id>(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?-(?P<reason>[a-z0-9-]+))\.sqlite3$")


@dataclass(frozen=True, slots=True)
class Backup:
    id: str  # what `workstation backup --restore ID` takes
    path: Path
    created_at: datetime
    reason: str  # daily, migration, manual, before-restore
    size: int


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups in the data dir, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append(Backup(match["id"], path, created, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: (b.created_at, b.id), reverse=True)


def make_backup(
    data_dir: Path, reason: str, *, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> Backup:
    """Copy the store into backups/ and drop the oldest beyond `keep`; raises StoreError."""
    source = data_dir / DB_FILENAME
    folder = backup_dir(data_dir)
    stamp = (now or datetime.now(UTC)).strftime(_STAMP)
    partial: Path | None = None
    try:
        folder.mkdir(exist_ok=True)
        name = _free_name(folder, stamp, reason)
        partial = folder / f".{name}.partial"
        _copy(read_only_uri(source), partial)
        os.replace(partial, folder / name)
    except (OSError, sqlite3.Error) as exc:
        _remove(partial)
        if is_disk_full(exc, folder if folder.is_dir() else data_dir):
            raise StoreError(f"Cannot back up the store {source}: the disk is full.") from exc
        raise StoreError(f"Cannot back up the store {source} into {folder}: {exc}.") from exc
    made = next(b for b in list_backups(data_dir) if b.path.name == name)
    prune(data_dir, keep)
    return made


def prune(data_dir: Path, keep: int) -> None:
    for old in list_backups(data_dir)[max(1, keep) :]:
        _remove(old.path)


def backup_is_due(data_dir: Path, now: datetime | None = None) -> bool:
    newest = list_backups(data_dir)
    return not newest or (now or datetime.now(UTC)) - newest[0].created_at >= DAILY


def find_backup(data_dir: Path, backup_id: str) -> Backup:
    for backup in list_backups(data_dir):
        if backup.id == backup_id:
            return backup
    raise StoreError(
        f"No backup '{backup_id}' in {backup_dir(data_dir)} (workstation backup --list shows them)."
    )


def restore_backup(data_dir: Path, backup_id: str, now: datetime | None = None) -> Path | None:
    """Put the backup in the store's place. The current store file (sound or damaged) is moved
    aside first, never deleted: returns where it went (None when there was none)."""
    backup = find_backup(data_dir, backup_id)
    problem = quick_check(backup.path)
    if problem is not None:
        raise StoreError(f"The backup {backup.path} is damaged ({problem}); it was not restored.")
    _check_ours(backup.path)
    store = data_dir / DB_FILENAME
    if store.exists() and _in_use_after_a_moment(store):
        raise StoreError(
            f"The store {store} is open in the app or another program; close it, then restore the backup."
        )
    stamp = (now or datetime.now(UTC)).strftime(_STAMP)
    partial = data_dir / f".{DB_FILENAME}.restoring"
    aside = data_dir / f"{DB_FILENAME}.replaced-{stamp}"
    try:
        _copy(read_only_uri(backup.path), partial)
        moved = None
        if store.exists():
            _set_aside(store, aside)
            moved = aside
        os.replace(partial, store)
    except (OSError, sqlite3.Error) as exc:
        _remove(partial)
        raise StoreError(f"Cannot restore {backup.path} to {store}: {exc}.") from exc
    return moved


def _in_use_after_a_moment(store: Path, tries: int = 20, pause: float = 0.05) -> bool:
    """In use, and still after a second: a read that has just begun (the app's own, on a store it
    closed for the restore) ends in milliseconds; a program holding the store open does not."""
    for _ in range(tries - 1):
        if not _in_use(store):
            return False
        time.sleep(pause)
    return _in_use(store)


def _in_use(store: Path) -> bool:
    """Whether another connection has the store open: in WAL mode each holds a shared lock on
    the file for as long as it is open, so an exclusive lock is refused at once."""
    try:
        conn = sqlite3.connect(store, timeout=0)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.rollback()
    except sqlite3.Error as exc:
        return primary_code(exc) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    finally:
        conn.close()
    return False


def _set_aside(store: Path, aside: Path) -> None:
    """The store and its -wal/-shm files, renamed together so the WAL stays with its database."""
    for suffix in ("-wal", "-shm"):
        extra = store.with_name(store.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    os.replace(store, aside)


def _check_ours(path: Path) -> None:
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        raise StoreError(f"{path} is not an Editorial Workstation store; it was not restored.")


def _copy(source_uri: str, target: Path) -> None:
    """SQLite's online backup: every page, consistent, then flushed to disk."""
    _remove(target)
    source = sqlite3.connect(source_uri, uri=True, timeout=5.0)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
    finally:
        source.close()
    with target.open("rb") as handle:
        os.fsync(handle.fileno())


def _free_name(folder: Path, stamp: str, reason: str) -> str:
    name = f"workstation-{stamp}-{reason}.sqlite3"
    counter = 1
    while (folder / name).exists():
        counter += 1
        name = f"workstation-{stamp}-{counter}-{reason}.sqlite3"
    return name


def _remove(path: Path | None) -> None:
    if path is None:
        return
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
