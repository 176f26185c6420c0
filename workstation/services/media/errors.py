"""The error a photo file gets: one line naming the file and saying what to do."""

from __future__ import annotations

import errno

from workstation.domain.errors import WorkstationError


class PhotoFileError(WorkstationError):
    """A photo that cannot be imported or rendered; str() is 'FILE: message'."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class ImportCancelled(WorkstationError):
    """The editor cancelled a batch; the file in progress left nothing behind."""


def describe_os_error(exc: OSError, *, reading: bool) -> str:
    """An OSError as an editor can act on it."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disk full: free some space on the data drive and import again"
    if exc.errno == errno.ENOENT:
        return (
            "no such file: it was moved or deleted (before or during the import)"
            if reading
            else ("a folder of the data dir is missing")
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EISDIR:
        return "is a folder, not a photo"
    what = "cannot read" if reading else "cannot write"
    return f"{what}: {exc.strerror or exc}"
