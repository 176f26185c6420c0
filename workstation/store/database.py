"""Opening the store: refuse files that are not ours, set SQLite up, migrate to head."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from workstation.store.errors import DuplicateRowError, StoreError
from workstation.store.identity import APPLICATION_ID, DB_FILENAME, HEAD_REVISION, SQLITE_MAGIC

# A transaction of the store, as services pass it between the private steps of one call
# (only the store imports SQLAlchemy).
StoreSession = Session

__all__ = ["APPLICATION_ID", "DB_FILENAME", "HEAD_REVISION", "Database", "open_database"]

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
    """An open store: one engine, a Session per unit of work."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except IntegrityError as exc:
            if getattr(exc.orig, "sqlite_errorcode", None) not in DUPLICATE_ROW_CODES:
                raise
            # A unique row written meanwhile (another window): the caller may take that one.
            raise DuplicateRowError(f"Already in the store {self.path}: {exc.orig}") from exc
        except OperationalError as exc:  # SQLAlchemy wraps sqlite3's (locked, disk full, ...)
            raise _store_error(self.path, exc.orig or exc) from exc
        except sqlite3.OperationalError as exc:  # pragma: no cover - re-raised below
            raise _store_error(self.path, exc) from exc
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _store_error(path: Path, exc: BaseException) -> StoreError:
    return StoreError(f"Cannot write the store {path}: {exc}")


def check_is_ours(path: Path) -> None:
    """Raise StoreError if the file exists and is not an Editorial Workstation store."""
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
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is damaged or not a database: {exc}. It was left untouched.") from exc
    if app_id != APPLICATION_ID and tables:
        raise StoreError(
            f"{path} is a SQLite database of another program, not an Editorial Workstation "
            "store. It was left untouched; move it away or choose another data directory."
        )


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed autosave survives power loss, not only a killed process.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def create_store_engine(path: Path) -> Engine:
    # Sessions are short and never shared, so a pooled connection may serve any thread.
    # URL.create: a path is not parsed as a URL, so a '?' or '#' in the data dir stays in the path.
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
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


def open_database(data_dir: Path) -> Database:
    """Open (creating or upgrading as needed) the store in data_dir."""
    from workstation.store.data_dir import prepare_data_dir

    prepare_data_dir(data_dir)
    path = data_dir / DB_FILENAME
    check_is_ours(path)
    engine = create_store_engine(path)
    try:
        if current_revision(engine) != HEAD_REVISION:
            from workstation.store.migrate import upgrade_to_head

            upgrade_to_head(engine)
    except sqlite3.Error as exc:
        engine.dispose()
        raise _store_error(path, exc) from exc
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, StoreError):
            raise
        from alembic.util import CommandError

        if isinstance(exc, CommandError):  # a revision we do not know: a newer app wrote it
            raise StoreError(
                f"{path} was written by a newer version of Editorial Workstation ({exc}). "
                "It was left untouched; update the app or choose another data directory."
            ) from exc
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):
            raise _store_error(path, exc.orig or exc) from exc
        raise
    return Database(path, engine)
