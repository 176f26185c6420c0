"""Reading a file an editor names: only a regular file, and only up to a size that makes sense.

The file is opened without blocking (a FIFO would otherwise wait forever for a writer) and
checked with fstat on the open descriptor, so what is checked is what is read. /dev/zero, a
FIFO, a socket or a folder get a sentence; so does a file larger than its kind may be."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from workstation.domain.errors import WorkstationError

MB = 1024 * 1024
# The largest file of each kind accepted: a 100,000-word article is under 1 MB of Markdown.
MAX_MARKDOWN_BYTES = 16 * MB
MAX_JSON_BYTES = 16 * MB
MAX_PHOTO_BYTES = 256 * MB  # a 100-megapixel TIFF is some 300 MB uncompressed; JPEGs far less

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


class UnreadableFileError(WorkstationError):
    """A file that is not read: str() is 'FILE: reason'; `reason` alone for callers that name it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def _kind(mode: int, what: str) -> str | None:
    """What a non-regular file is, in an editor's words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return f"is a directory, not a {what}"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a file; nothing is read from it"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file; nothing is read from it"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    return "is not a regular file"


def _size_text(size: int) -> str:
    return f"{size / MB:,.1f} MB" if size >= MB else f"{size:,} bytes"


def open_regular(path: Path, limit: int, what: str = "file") -> BinaryIO:
    """The open file (binary), once it is known to be a regular file of at most `limit` bytes.
    Anything else is an UnreadableFileError naming the file."""
    name = str(path)
    try:
        fd = os.open(path, _FLAGS)
    except ValueError:  # an embedded NUL
        raise UnreadableFileError(name, "the file name contains a NUL character") from None
    except FileNotFoundError:
        raise UnreadableFileError(name, "no such file") from None
    except IsADirectoryError:
        raise UnreadableFileError(name, f"is a directory, not a {what}") from None
    except PermissionError:
        if path.is_dir():  # Windows opens no folder as a file
            raise UnreadableFileError(name, f"is a directory, not a {what}") from None
        raise UnreadableFileError(name, "permission denied") from None
    except OSError as exc:
        raise UnreadableFileError(name, f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        kind = _kind(info.st_mode, what)
        if kind is not None:
            raise UnreadableFileError(name, kind)
        if info.st_size > limit:
            raise UnreadableFileError(
                name, f"is {_size_text(info.st_size)}; a {what} may be at most {_size_text(limit)}"
            )
        with contextlib.suppress(AttributeError, OSError):
            os.set_blocking(fd, True)  # a regular file: nothing to wait for, reads are whole
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most `limit` bytes (see open_regular); a file that grows
    past the limit while it is read is refused too."""
    with open_regular(path, limit, what) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise UnreadableFileError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise UnreadableFileError(str(path), f"is larger than {_size_text(limit)}, the most a {what} may be")
    return data
