"""The versions a support ticket needs: the app's libraries, read from their metadata (Qt's
are added by the UI, which has them loaded)."""

from __future__ import annotations

import importlib
import importlib.metadata
import platform

from workstation.domain.i18n import translate

# (what About calls it, distribution name, module whose __version__ a frozen bundle may hold)
LIBRARIES = (
    ("SQLAlchemy", "SQLAlchemy", "sqlalchemy"),
    ("Alembic", "alembic", "alembic"),
    ("Markdown", "Markdown", "markdown"),
    ("Pillow", "Pillow", "PIL"),
    ("keyring", "keyring", "keyring"),
    ("httpx", "httpx", "httpx"),
    ("Jinja2", "Jinja2", "jinja2"),
    ("nh3", "nh3", "nh3"),
)


def library_version(distribution: str, module: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        pass
    try:
        found = getattr(importlib.import_module(module), "__version__", None)
    except ImportError:
        return translate("AboutDialog", "not installed")
    return str(found) if found else "unknown"


def library_versions() -> list[tuple[str, str]]:
    return [(label, library_version(dist, module)) for label, dist, module in LIBRARIES]


def python_version() -> str:
    return platform.python_version()
