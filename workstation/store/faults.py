"""What went wrong with the store, as one line naming the file: SQLite's integrity check, and
every sqlite3 error (or a value SQLite gave back that the domain cannot read) sorted into damaged,
full disk, read-only, busy or other. No SQLAlchemy here: the start-up path uses it too.

The lines never quote SQL parameters or stored values: those may be article text."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from workstation.store.errors import DamagedStoreError, DiskFullError, ReadOnlyStoreError, StoreError

RECOVERY_HINT = (
    "restore a backup (workstation backup --list, then --restore ID) "
    "or salvage its articles (workstation salvage OUT_DIR)"
)
_CORRUPT_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT})
_BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_FULL_BELOW = 1 << 20  # bytes free: below this a disk I/O error is taken for a full disk
_MAX_PROBLEM = 160  # one line: the first problem quick_check names, cut short


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """The URI that opens `path` for reading only; `immutable` when its folder cannot be written
    (read-only media: SQLite may not even make its shared-memory file there)."""
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def quick_check(path: Path, *, immutable: bool = False) -> str | None:
    """None when SQLite's quick_check passes, else its first problem (one short line)."""
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        return None if _no_verdict(path, exc) else _short(str(exc))
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as exc:
        return None if _no_verdict(path, exc) else _short(str(exc))
    finally:
        conn.close()
    first = str(rows[0][0]) if rows else "ok"
    return None if first == "ok" else _short(first)


def _no_verdict(path: Path, exc: sqlite3.Error) -> bool:
    """A busy store, or no room for SQLite's side files, says nothing about the file itself:
    the caller's own error then says what it is."""
    code = primary_code(exc)
    return code in _BUSY_CODES or code == sqlite3.SQLITE_CANTOPEN or is_disk_full(exc, path.parent)


def primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """SQLite says SQLITE_FULL when a write finds no room; making its -shm file on a full disk it
    says only "disk I/O error", so then the free space of `folder` decides."""
    code = primary_code(exc)
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in str(exc):
        return True
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if folder is not None and (code == sqlite3.SQLITE_IOERR or isinstance(exc, OSError)):
        return _nearly_full(folder)
    return False


def _nearly_full(folder: Path) -> bool:
    return free_bytes(folder) < _FULL_BELOW


def free_bytes(folder: Path) -> int:
    """Free space where `folder` is; very large when it cannot be told (no false alarm)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 62


def disk_full_error(path: Path) -> DiskFullError:
    return DiskFullError(
        f"The disk holding the store {path} is full; nothing more could be saved, and the store is "
        "not damaged. Free some space and try again."
    )


def damaged_error(path: Path, problem: str) -> DamagedStoreError:
    return DamagedStoreError(
        f"The store {path} is damaged ({_short(problem)}); nothing was written to it: {RECOVERY_HINT}."
    )


def read_only_error(path: Path, *, damaged: str | None = None) -> ReadOnlyStoreError:
    if damaged is not None:
        return ReadOnlyStoreError(
            f"The store {path} is damaged ({_short(damaged)}) and open read-only: nothing can be "
            f"changed; {RECOVERY_HINT}."
        )
    return ReadOnlyStoreError(
        f"The store {path} is open read-only (its folder cannot be written): reading and export "
        "work, nothing can be changed."
    )


def classify(
    path: Path, exc: BaseException, *, read_only: bool = False, damaged: str | None = None
) -> StoreError:
    """One line for a sqlite3 error (or a bad stored value) met while using the store at `path`.
    A corrupt-looking error is confirmed with quick_check: a damaged file is said to be damaged,
    a sound one gets SQLite's message."""
    if isinstance(exc, StoreError):
        return exc
    if is_disk_full(exc, path.parent):
        return disk_full_error(path)
    code = primary_code(exc)
    if code == sqlite3.SQLITE_READONLY or (read_only and "readonly" in str(exc)):
        return read_only_error(path, damaged=damaged)
    if code in _BUSY_CODES:
        return StoreError(
            f"The store {path} is busy: another program holds it. Nothing was changed; try again."
        )
    if not isinstance(exc, sqlite3.Error):  # a value SQLite gave back that the domain refuses
        problem = damaged or quick_check(path) or "a stored value cannot be read"
        return damaged_error(path, problem)
    if code in _CORRUPT_CODES or isinstance(exc, sqlite3.DatabaseError):  # is the file sound?
        found = damaged or quick_check(path)
        if found is not None:
            return damaged_error(path, found)
    return StoreError(f"The store {path} could not do that: {_short(str(exc))}.")


def _short(text: str) -> str:
    line = " ".join(text.replace("*** in database main ***", "").split())
    return line if len(line) <= _MAX_PROBLEM else line[: _MAX_PROBLEM - 1] + "…"
