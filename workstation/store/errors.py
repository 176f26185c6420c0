"""Errors about the store file and the data directory."""

from __future__ import annotations

from workstation.domain.errors import WorkstationError


class StoreError(WorkstationError):
    """The data directory or database cannot be used; the message says which file and why."""


class DuplicateRowError(StoreError):
    """A row that must be unique exists already (written meanwhile by another window or process)."""
