"""What makes a file our store, importable without SQLAlchemy (the start-up path needs it)."""

from __future__ import annotations

DB_FILENAME = "workstation.sqlite3"
# PRAGMA application_id marks the file as ours ("EdWS"), so we never adopt a stranger's DB.
APPLICATION_ID = 0x45645753
SQLITE_MAGIC = b"SQLite format 3\x00"
# The newest migration; checked against Alembic's scripts by a test, so that a normal
# start needs no Alembic import (it costs ~200 ms).
HEAD_REVISION = "0011"
