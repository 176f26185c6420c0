"""Where photo files live under the data dir, and how they get there without half-written files.

- photos/ab/abcdef....jpg: originals, named by the SHA-256 of their bytes;
- renditions/ab/abcdef...-thumb320-full.jpg: cached renditions, named by sha, kind and size, crop
  (and, for web renditions, the metadata they carry);
- photos/.incoming/: temporary files of imports in progress.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from workstation.services.safe_files import MAX_PHOTO_BYTES, open_regular

PHOTOS_DIR = "photos"
RENDITIONS_DIR = "renditions"
INCOMING_DIR = ".incoming"
CHUNK = 1 << 20
# Temporary files older than this are left over from a crash (an import takes seconds).
STALE_SECONDS = 3600


@dataclass(frozen=True, slots=True)
class StagedFile:
    """An original copied into the data dir under a temporary name, with its digest."""

    temp_path: Path
    sha256: str
    size_bytes: int


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open a directory
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_and_hash(source: BinaryIO, target: BinaryIO) -> tuple[str, int]:
    """Copy source to target; return the SHA-256 (hex) and length of what was copied."""
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def user_file_mode(path: Path) -> int:
    """The permissions a file the user saves should have (an export, not the store's own files,
    which mkstemp keeps to the user): those of the file it replaces, else 0666 less the umask,
    as any program that writes a document gives."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def set_file_mode(fd: int, mode: int) -> None:
    """chmod an open file where the system has permissions like that (not Windows before 3.13)."""
    fchmod = getattr(os, "fchmod", None)
    if fchmod is not None:
        fchmod(fd, mode)


def _umask() -> int:
    try:  # Linux says it without changing it (os.umask can only be read by setting it)
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def write_file_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write to a temporary file beside the target, fsync, then replace: never a partial file.
    On any error the temporary file is gone and the target untouched. `mode`: the file's
    permissions (mkstemp's 0600 otherwise)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    try:
        if mode is not None:
            set_file_mode(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


class PhotoFiles:
    """The photo files of one data dir."""

    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir
        self.photos = data_dir / PHOTOS_DIR
        self.renditions = data_dir / RENDITIONS_DIR
        self.incoming = self.photos / INCOMING_DIR

    def original_path(self, sha256: str, extension: str) -> Path:
        return self.photos / sha256[:2] / f"{sha256}{extension}"

    def find_original(self, sha256: str) -> Path | None:
        directory = self.photos / sha256[:2]
        for candidate in sorted(directory.glob(f"{sha256}.*")):
            if not candidate.name.startswith(".tmp-"):
                return candidate
        return None

    def rendition_path(self, sha256: str, name: str) -> Path:
        return self.renditions / sha256[:2] / f"{sha256}-{name}.jpg"

    # -- writing -----------------------------------------------------------------------------

    def stage(self, source: Path) -> StagedFile:
        """Copy source into the incoming folder, hashing as it goes. The copy, not the source,
        is what gets decoded and stored, so a source changed or deleted meanwhile cannot make
        the stored file differ from what was checked. Only a regular file of at most
        MAX_PHOTO_BYTES is read (UnreadableFileError otherwise: a FIFO is never waited on)."""
        self.incoming.mkdir(parents=True, exist_ok=True)
        with open_regular(source, MAX_PHOTO_BYTES, "photo") as handle:
            fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=self.incoming)
            try:
                with os.fdopen(fd, "wb") as target:
                    sha256, size = copy_and_hash(handle, target)
                    target.flush()
                    os.fsync(target.fileno())
            except BaseException:
                Path(tmp_name).unlink(missing_ok=True)
                raise
        return StagedFile(Path(tmp_name), sha256, size)

    def commit(self, staged: StagedFile, extension: str) -> tuple[Path, bool]:
        """Move a staged file to its content-addressed name. Returns the path and whether this
        call created it (False: the same bytes were stored already, and the copy is dropped)."""
        target = self.original_path(staged.sha256, extension)
        existing = self.find_original(staged.sha256)
        if existing is not None:
            staged.temp_path.unlink(missing_ok=True)
            return existing, False
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged.temp_path, target)
        _fsync_dir(target.parent)
        return target, True

    def discard(self, staged: StagedFile) -> None:
        staged.temp_path.unlink(missing_ok=True)

    def delete_photo(self, sha256: str) -> None:
        """Remove an original and every rendition of it."""
        for path in self.photos.joinpath(sha256[:2]).glob(f"{sha256}.*"):
            path.unlink(missing_ok=True)
        self.delete_renditions(sha256)

    def delete_renditions(self, sha256: str, keep: set[Path] | None = None) -> None:
        for path in self.renditions.joinpath(sha256[:2]).glob(f"{sha256}-*.jpg"):
            if keep is None or path not in keep:
                path.unlink(missing_ok=True)

    # -- housekeeping ------------------------------------------------------------------------

    def originals(self) -> Iterator[tuple[str, Path]]:
        """(sha256, path) of every stored original."""
        if not self.photos.is_dir():
            return
        for directory in self.photos.iterdir():
            if len(directory.name) != 2 or not directory.is_dir():
                continue
            for path in directory.iterdir():
                sha = path.name.split(".", 1)[0]
                if len(sha) == 64 and not path.name.startswith("."):
                    yield sha, path

    def sweep_temporary(self, older_than: float = STALE_SECONDS) -> int:
        """Delete temporary files left by a crash; returns how many."""
        cutoff = time.time() - older_than
        removed = 0
        for directory in (self.incoming, *self.photos.glob("??"), *self.renditions.glob("??")):
            if not directory.is_dir():
                continue
            for path in directory.glob(".tmp-*"):
                with contextlib.suppress(OSError):
                    if path.stat().st_mtime < cutoff:
                        path.unlink()
                        removed += 1
        return removed
