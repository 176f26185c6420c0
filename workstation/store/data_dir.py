"""Where the working store lives: platformdirs, overridden by --data-dir or WORKSTATION_DATA_DIR."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from workstation.store.errors import StoreError

ENV_VAR = "WORKSTATION_DATA_DIR"
APP_DIR_NAME = "editorial-workstation"


def default_data_dir() -> Path:
    import platformdirs  # imported here: only needed when no override is given

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data dir: the explicit override, else the environment variable, else the platform's."""
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(ENV_VAR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()


def writable_problem(path: Path) -> str | None:
    """Why nothing can be written in the existing folder `path` (read-only media, permissions),
    or None when a real write works."""
    try:
        # A real write, because permission bits lie (root, ACLs, read-only mounts).
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def prepare_data_dir(path: Path) -> Path:
    """Create the directory if needed and prove we can write in it, or say clearly why not."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"Data directory {path} is a file, not a directory.")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create data directory {path}: {exc.strerror or exc}.") from exc
    problem = writable_problem(path)
    if problem is not None:
        raise StoreError(
            f"Data directory {path} is not writable: {problem}. Choose another with --data-dir or {ENV_VAR}."
        )
    return path
