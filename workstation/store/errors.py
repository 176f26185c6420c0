"""Errors about the store file and the data directory."""

from __future__ import annotations

from workstation.domain.errors import WorkstationError


class StoreError(WorkstationError):
    """The data directory or database cannot be used; the message says which file and why."""


class DuplicateRowError(StoreError):
    """A row that must be unique exists already (written meanwhile by another window or process)."""


class DamagedStoreError(StoreError):
    """The store file fails SQLite's integrity check: it is read (if at all), never written."""


class ReadOnlyStoreError(StoreError):
    """The store is open read-only (read-only media, or damaged): a change was refused."""


class DiskFullError(StoreError):
    """The disk holding the store is full: nothing is damaged, the change was not saved."""
