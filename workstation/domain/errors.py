"""Errors the domain and the layers above raise; each carries a message fit for an editor."""

from __future__ import annotations


class WorkstationError(Exception):
    """Base for errors that are reported to the user rather than crashing."""


class NotFoundError(WorkstationError):
    """An article, section, tag or revision with that id does not exist."""


class ValidationError(WorkstationError):
    """A value does not fit the field it was given for."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
