"""Help › Report a Problem and `workstation report-problem OUT.zip`: one zip for a support
ticket with the log files, the versions of everything, the settings and the managed
configuration with their secrets stripped, and what the store is (schema revision, counts).

Never article text (the store is described by counts only; the log holds none) and never a
password: settings and configuration lines whose key names a secret lose their value, a
password in a URL is masked, and every file passes the log's own mask once more."""

from __future__ import annotations

import os
import platform
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workstation import APP_NAME, __version__
from workstation.domain.errors import WorkstationError
from workstation.services.diagnostics.logs import LOG_DIR, LOG_FILE, SECRETS
from workstation.services.diagnostics.versions import library_versions
from workstation.services.managed_config import ManagedConfig
from workstation.services.publishing.redaction import MASK
from workstation.store.store_facts import StoreFacts, read_store_facts

SETTINGS_FILE = "settings.ini"  # the window's QSettings file (ui/window/main_window.py)
MAX_FILE_BYTES = 4 * 1024 * 1024  # a settings or config file bigger than this is left out
# A key that names a secret: its value never leaves the machine.
_SECRET_KEY = re.compile(r"(?i)pass(word|wd|phrase)?|secret|token|credential|auth|api[_-]?key|private")
_KEY_VALUE = re.compile(r"^(\s*[\"']?)([^=:\s\"']+)([\"']?\s*[=:]\s*)(.*)$")


def suggested_name(now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"workstation-problem-{stamp}.zip"


@dataclass(frozen=True)
class ProblemReport:
    path: Path
    files: tuple[str, ...]  # the names inside the zip


def write_problem_report(
    out: Path,
    data_dir: Path,
    managed: ManagedConfig,
    extra_versions: Sequence[tuple[str, str]] = (),
) -> ProblemReport:
    """Write the zip at `out` (replacing it whole, or not at all). extra_versions: what only
    the caller knows (Qt and PySide6, from the GUI)."""
    entries: dict[str, str] = {
        "report.txt": report_text(data_dir, managed, read_store_facts(data_dir), extra_versions)
    }
    settings = _read_small(data_dir / SETTINGS_FILE)
    if settings is not None:
        entries[SETTINGS_FILE] = strip_secrets(settings)
    if managed.path is not None:
        config = _read_small(managed.path)
        if config is not None:
            entries["managed-config.toml"] = strip_secrets(config)
    for log_file in _log_files(data_dir):
        text = log_file.read_text(encoding="utf-8", errors="replace")
        entries[f"{LOG_DIR}/{log_file.name}"] = SECRETS.text(text)
    partial = out.with_name(out.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, text in entries.items():
                archive.writestr(name, text)
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise WorkstationError(f"Cannot write the problem report {out}: {exc.strerror or exc}.") from exc
    return ProblemReport(out, tuple(entries))


def report_text(
    data_dir: Path,
    managed: ManagedConfig,
    facts: StoreFacts,
    extra_versions: Sequence[tuple[str, str]] = (),
) -> str:
    versions = [
        (APP_NAME, __version__),
        ("Python", platform.python_version()),
        *extra_versions,
        ("SQLite", facts.sqlite_version),
        *library_versions(),
    ]
    lines = [
        f"{APP_NAME} problem report, {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"Platform: {platform.platform()}",
        "",
        *(f"{name}: {version}" for name, version in versions),
        "",
        f"Data directory: {data_dir}",
        *_store_lines(facts),
        "",
        f"Managed configuration: {managed.path or 'none'}",
    ]
    if managed.locked:
        lines.append(f"Locked settings: {', '.join(sorted(managed.locked))}")
    lines += [f"  problem: {problem}" for problem in managed.problems]
    return SECRETS.text("\n".join(lines)) + "\n"


def _store_lines(facts: StoreFacts) -> list[str]:
    if facts.size_bytes is None:
        return [f"Store: {facts.path} (not created yet)"]
    lines = [
        f"Store: {facts.path} ({facts.size_bytes} bytes)",
        f"Schema revision: {facts.schema_revision or 'unknown'}",
    ]
    if facts.articles is not None:
        lines.append(f"Articles: {facts.articles} (and {facts.trashed or 0} in the trash)")
    if facts.outbox_jobs is not None:
        lines.append(f"Outbox jobs: {facts.outbox_jobs}")
    lines += [f"Destination: {name}, {url} ({kind})" for name, url, kind in facts.destinations]
    if facts.problem:
        lines.append(f"Store problem: {facts.problem}")
    return lines


def strip_secrets(text: str) -> str:
    """An INI or TOML file with the value of every key that names a secret replaced (and what
    SECRETS masks: a password in a URL, an Authorization value, a password seen)."""
    kept = []
    for line in text.splitlines():
        match = _KEY_VALUE.match(line)
        if match and _SECRET_KEY.search(match.group(2)):
            line = f"{match.group(1)}{match.group(2)}{match.group(3)}{MASK}"
        kept.append(line)
    return SECRETS.text("\n".join(kept)) + "\n"


def _read_small(path: Path) -> str | None:
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return None
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _log_files(data_dir: Path) -> list[Path]:
    folder = data_dir / LOG_DIR
    try:
        found = [p for p in folder.iterdir() if p.name.startswith(LOG_FILE) and p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name)
