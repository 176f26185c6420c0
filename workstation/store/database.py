"""Opening the store: refuse files that are not ours, check it is sound, back it up, set SQLite
up, migrate to head. A damaged store, or one on read-only media, is opened read-only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from workstation.store import faults
from workstation.store.errors import DamagedStoreError, DuplicateRowError, StoreError
from workstation.store.identity import APPLICATION_ID, DB_FILENAME, HEAD_REVISION, SQLITE_MAGIC

# A transaction of the store, as services pass it between the private steps of one call
# (only the store imports SQLAlchemy).
StoreSession = Session

__all__ = ["APPLICATION_ID", "DB_FILENAME", "HEAD_REVISION", "Database", "open_database"]

# Values SQLite gave back that the domain refuses (an unknown status, a garbled time): damage.
_BAD_VALUE_ERRORS = (ValueError, LookupError)  # UnicodeDecodeError is a ValueError

# SQLite's extended result codes for a row that is there already: a UNIQUE index, the primary
# key or the rowid (its message reads "UNIQUE constraint failed: ..." for all three).
DUPLICATE_ROW_CODES = frozenset(
    {
        sqlite3.SQLITE_CONSTRAINT_UNIQUE,
        sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY,
        sqlite3.SQLITE_CONSTRAINT_ROWID,
    }
)


class Database:
    """An open store: one engine, a Session per unit of work. `read_only` when its folder cannot
    be written or it is damaged (`damage` says how): every change is then refused in one line."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        read_only: bool = False,
        damage: str | None = None,
        immutable: bool = False,
        notes: tuple[str, ...] = (),
    ) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.damage = damage
        self.immutable = immutable
        self.notes = notes  # what opening did or could not do (a backup that failed)
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises. Every SQLite
        error, and every stored value the domain cannot read, leaves as one StoreError line."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except IntegrityError as exc:
            if getattr(exc.orig, "sqlite_errorcode", None) not in DUPLICATE_ROW_CODES:
                raise self._fault(exc.orig or exc) from exc
            # A unique row written meanwhile (another window): the caller may take that one.
            raise DuplicateRowError(f"Already in the store {self.path}: {exc.orig}") from exc
        except DBAPIError as exc:  # SQLAlchemy wraps sqlite3's (damaged, locked, disk full, ...)
            raise self._fault(exc.orig or exc) from exc
        except (sqlite3.Error, *_BAD_VALUE_ERRORS) as exc:
            raise self._fault(exc) from exc
        finally:
            session.close()

    def _fault(self, exc: BaseException) -> StoreError:
        error = faults.classify(self.path, exc, read_only=self.read_only, damaged=self.damage)
        if isinstance(error, DamagedStoreError) and not self.read_only and self.damage is None:
            problem = faults.quick_check(self.path)
            if problem is not None:  # damaged under our feet: from now on, read only
                self._become_read_only(problem)
        return error

    def _become_read_only(self, problem: str) -> None:
        self.damage = problem
        self.read_only = True
        self.engine.dispose()
        self.engine = create_read_only_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def read_only_reason(self) -> str | None:
        """The one line that says why nothing can be changed (None when all can)."""
        return str(faults.read_only_error(self.path, damaged=self.damage)) if self.read_only else None

    def close(self) -> None:
        """Close the store's connections. A session asked for afterwards (a window's background
        read still under way) still works but keeps no connection open after it, so nothing
        holds the file once that read ends: a backup can be restored in its place."""
        self.engine.dispose()
        if self.read_only:
            self.engine = create_read_only_engine(self.path, immutable=self.immutable, pooled=False)
        else:
            self.engine = create_store_engine(self.path, pooled=False)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)


def check_is_ours(path: Path, *, immutable: bool = False) -> None:
    """Raise StoreError if the file exists and is not an Editorial Workstation store. An empty
    file, or a SQLite database with nothing in it and no program's mark, may become one."""
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not an Editorial Workstation store.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if not header:
        return  # an empty file holds nothing to lose; it becomes a new store
    if header != SQLITE_MAGIC:
        raise StoreError(
            f"{path} is not an Editorial Workstation store (not a SQLite database). "
            "It was left untouched; move it away or choose another data directory."
        )
    try:
        conn = sqlite3.connect(faults.read_only_uri(path, immutable=immutable), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if faults.is_disk_full(exc, path.parent):
            raise faults.disk_full_error(path) from exc
        raise DamagedStoreError(
            f"{path} is damaged or not a database: {exc}. It was left untouched."
        ) from exc
    # Another program's mark (even on an empty database), or its tables without our mark.
    if (app_id != APPLICATION_ID and tables) or app_id not in (0, APPLICATION_ID):
        raise StoreError(
            f"{path} is a SQLite database of another program, not an Editorial Workstation "
            f"store (application_id {app_id:#x}). It was left untouched; move it away or choose "
            "another data directory."
        )


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed autosave survives power loss, not only a killed process.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _set_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA query_only = ON")  # a second lock: not even a temp write
    cursor.close()


def _pool(pooled: bool) -> dict[str, Any]:
    """No pool: each session opens its connection and closes it when it ends (a closed store)."""
    return {} if pooled else {"poolclass": NullPool}


def create_store_engine(path: Path, *, pooled: bool = True) -> Engine:
    # Sessions are short and never shared, so a pooled connection may serve any thread.
    # URL.create: a path is not parsed as a URL, so a '?' or '#' in the data dir stays in the path.
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"check_same_thread": False}, **_pool(pooled))
    event.listen(engine, "connect", _set_pragmas)
    return engine


def create_read_only_engine(path: Path, *, immutable: bool = False, pooled: bool = True) -> Engine:
    """An engine SQLite itself keeps from writing (mode=ro; immutable on read-only media)."""
    url = URL.create(
        "sqlite", database=faults.read_only_uri(path, immutable=immutable), query={"uri": "true"}
    )
    engine = create_engine(url, connect_args={"check_same_thread": False}, **_pool(pooled))
    event.listen(engine, "connect", _set_read_only_pragmas)
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has_table:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return str(row[0]) if row else None


def open_database(data_dir: Path, *, backups_kept: int | None = None, read_only: bool = False) -> Database:
    """Open (creating or upgrading as needed) the store in data_dir. A sound store is backed up
    before a migration and at the first open of the day (the newest `backups_kept` are kept).
    A damaged store, or one in a folder that cannot be written, opens read-only (as every store
    does with `read_only`); one that cannot even be read raises StoreError."""
    from workstation.store.data_dir import prepare_data_dir, writable_problem

    path = data_dir / DB_FILENAME
    has_content = path.is_file() and path.stat().st_size > 0
    # A store in a folder that cannot be written is read; an empty folder there is refused.
    cannot_write = writable_problem(data_dir) if has_content else None
    if read_only and not has_content:
        raise StoreError(f"There is no store in {data_dir}.")
    if cannot_write is None and not read_only:
        prepare_data_dir(data_dir)
    check_is_ours(path, immutable=cannot_write is not None)
    damage = faults.quick_check(path, immutable=cannot_write is not None) if has_content else None
    if read_only or cannot_write is not None or damage is not None:
        return _open_read_only(path, damage=damage, immutable=cannot_write is not None)
    notes = _back_up_if_due(data_dir, path, has_content, backups_kept)
    engine = create_store_engine(path)
    try:
        if current_revision(engine) != HEAD_REVISION:
            if has_content:
                _back_up(data_dir, "migration", backups_kept)
            from workstation.store.migrate import upgrade_to_head

            upgrade_to_head(engine)
    except Exception as exc:
        engine.dispose()
        raise _opening_error(path, exc) from exc
    return Database(path, engine, notes=notes)


def _open_read_only(path: Path, *, damage: str | None, immutable: bool) -> Database:
    engine = create_read_only_engine(path, immutable=immutable)
    try:
        revision = current_revision(engine)
    except Exception as exc:
        if damage is None:
            engine.dispose()
            raise _opening_error(path, exc) from exc
        revision = HEAD_REVISION  # unreadable in a damaged store: what can be read still is
    if revision != HEAD_REVISION:
        engine.dispose()
        if damage is not None:
            raise faults.damaged_error(path, damage)
        raise StoreError(
            f"The store {path} needs an upgrade to this version, but its folder cannot be written; "
            "open it from a writable folder."
        )
    return Database(path, engine, read_only=True, damage=damage, immutable=immutable)


def _back_up_if_due(data_dir: Path, path: Path, has_content: bool, keep: int | None) -> tuple[str, ...]:
    from workstation.store.backups import backup_is_due

    if not has_content or not backup_is_due(data_dir):
        return ()
    if faults.free_bytes(data_dir) < 2 * path.stat().st_size + (1 << 20):
        return (f"no daily backup of {path}: the disk is nearly full",)  # the store needs the room
    try:
        _back_up(data_dir, "daily", keep)
    except StoreError as exc:  # the store still opens: the editor is told, and tomorrow it tries again
        return (f"no daily backup: {exc}",)
    return ()


def _back_up(data_dir: Path, reason: str, keep: int | None) -> None:
    from workstation.store.backups import DEFAULT_KEEP, make_backup

    make_backup(data_dir, reason, keep=keep or DEFAULT_KEEP)


def _opening_error(path: Path, exc: BaseException, *, damage: str | None = None) -> StoreError:
    if isinstance(exc, StoreError):
        return exc
    from alembic.util import CommandError

    if isinstance(exc, CommandError):  # a revision we do not know: a newer app wrote it
        return StoreError(
            f"{path} was written by a newer version of Editorial Workstation ({exc}). "
            "It was left untouched; update the app or choose another data directory."
        )
    if isinstance(exc, DBAPIError):
        return faults.classify(path, exc.orig or exc, damaged=damage)
    if isinstance(exc, (sqlite3.Error, *_BAD_VALUE_ERRORS)):
        return faults.classify(path, exc, damaged=damage)
    raise exc
