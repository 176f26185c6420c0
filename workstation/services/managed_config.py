"""Managed configuration: the organisation's settings for every editor of a machine.

One TOML file, written by IT and read at start (never written by the app):

    Linux    /etc/editorial-workstation/config.toml
    Windows  %ProgramData%\\Editorial Workstation\\config.toml
    macOS    /Library/Application Support/Editorial Workstation/config.toml

WORKSTATION_MANAGED_CONFIG names another file (tests, trials). It presets destinations (name,
URL, user name: never passwords), the section tree, the default language, the byline format,
the page template and the photo rendition size, and can lock settings so editors cannot change
them. Reading never raises on bad content: every problem becomes a message naming the file and
the key, the value is ignored and the app starts with its defaults. Every key is documented in
README.md ("Managed configuration")."""

from __future__ import annotations

import os
import string
import sys
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from workstation.domain.errors import WorkstationError
from workstation.domain.house_style import parse_house_style
from workstation.domain.languages import language_code

if TYPE_CHECKING:
    from workstation.services.taxonomy import TaxonomyService

ENV_VAR = "WORKSTATION_MANAGED_CONFIG"
DEFAULT_RENDITION_SIZE = 2048  # the photo pipeline's WEB_EDGE
MIN_RENDITION_SIZE = 320
MAX_RENDITION_SIZE = 8192
MAX_TEXT = 200
DEFAULT_BACKUPS_KEPT = 7  # store.backups.DEFAULT_KEEP
MAX_BACKUPS_KEPT = 100
# Settings a [lock] may name: the Preferences a user could otherwise change, and destinations.
LOCKABLE = (
    "default_language",
    "byline_format",
    "default_byline",
    "template_dir",
    "font_family",
    "font_size",
    "autosave_seconds",
    "destinations",
)


@dataclass(frozen=True)
class ManagedDestination:
    """A publishing destination the organisation presets. Never a password: each editor enters
    theirs in the app, where it goes to the system keyring."""

    name: str
    url: str
    username: str = ""


@dataclass(frozen=True)
class ManagedConfig:
    path: Path | None  # the file read, None when none exists
    destinations: tuple[ManagedDestination, ...] = ()
    sections: tuple[str, ...] = ()  # section paths like "News/Politics"
    default_language: str | None = None
    byline_format: str | None = None  # e.g. "By {name}"
    template_dir: str | None = None
    rendition_size: int | None = None  # long edge in px of web renditions; None: 2048
    backups_kept: int | None = None  # rolling store backups kept; None: 7
    house_style: str = ""  # house style rules (domain/house_style.py), one a line
    locked: frozenset[str] = frozenset()  # setting names users cannot change
    spelling_words: tuple[str, ...] = ()  # the newsroom's words, accepted in every language
    # [tls] ca_file: the organisation's CA certificates (PEM), trusted beside the system's.
    ca_file: str | None = None
    problems: tuple[str, ...] = ()  # messages naming the file and the key
    # What the reader looked for, shown in About when no file exists.
    searched: Path | None = field(default=None, compare=False)

    def is_locked(self, name: str) -> bool:
        return name in self.locked

    @property
    def effective_rendition_size(self) -> int:
        return self.rendition_size or DEFAULT_RENDITION_SIZE


def default_config_path() -> Path:
    """Where the organisation's file lives on this platform (the environment variable aside)."""
    if sys.platform == "win32":
        program_data = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / "Editorial Workstation" / "config.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Editorial Workstation/config.toml")
    return Path("/etc/editorial-workstation/config.toml")


def config_path() -> Path:
    override = os.environ.get(ENV_VAR, "").strip()
    return Path(override).expanduser() if override else default_config_path()


def load_managed_config(path: Path | None = None) -> ManagedConfig:
    """Read the managed configuration; a missing file gives the defaults with no problem.
    Never raises on bad content."""
    path = path if path is not None else config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return ManagedConfig(path=None, searched=path)
    except OSError as exc:
        reason = "it is a folder" if path.is_dir() else (exc.strerror or str(exc))
        return ManagedConfig(
            path=path, searched=path, problems=(f"{path}: cannot read: {reason}; using the defaults",)
        )
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return ManagedConfig(
            path=path,
            searched=path,
            problems=(f"{path}: not UTF-8 text (byte {exc.start}); using the defaults",),
        )
    except tomllib.TOMLDecodeError as exc:
        return ManagedConfig(
            path=path, searched=path, problems=(f"{path}: not valid TOML: {exc}; using the defaults",)
        )
    return _Reader(path).read(data)


def ensure_section_tree(taxonomy: TaxonomyService, paths: Sequence[str]) -> tuple[str, ...]:
    """Create the missing levels of each managed section path (as Markdown import does).
    Never renames or removes a section. Returns one note per section created or path refused."""
    notes: list[str] = []
    for path in paths:
        try:
            _, created = taxonomy.resolve_section(path, create=True)
        except WorkstationError as exc:
            notes.append(f"managed section '{path}' not created: {exc}")
            continue
        notes += [f"created managed section '{name}'" for name in created]
    return tuple(notes)


def _shown(value: object) -> str:
    """A value as the message shows it: strings quoted, booleans as TOML writes them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


class _Reader:
    """Checks one parsed file; each check that fails adds a problem and drops the value."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{self.path}: {where} {message}" if where else f"{self.path}: {message}")

    def read(self, data: Mapping[str, object]) -> ManagedConfig:
        known = {
            "defaults",
            "photos",
            "sections",
            "destinations",
            "lock",
            "house_style",
            "spelling",
            "backups",
            "tls",
        }
        for key in data:
            if key not in known:
                self.problem("", f"unknown key '{key}' (expected {', '.join(sorted(known))}); it is ignored")
        defaults = self.table(data, "defaults", ("language", "byline_format", "template_dir"))
        photos = self.table(data, "photos", ("rendition_size",))
        backups = self.table(data, "backups", ("keep",))
        sections = self.table(data, "sections", ("tree",))
        lock = self.table(data, "lock", ("settings",))
        house_style = self.table(data, "house_style", ("rules",))
        spelling = self.table(data, "spelling", ("words",))
        tls = self.table(data, "tls", ("ca_file",))
        return ManagedConfig(
            path=self.path,
            searched=self.path,
            default_language=self.language(defaults.get("language")),
            byline_format=self.byline_format(defaults.get("byline_format")),
            template_dir=self.template_dir(defaults.get("template_dir")),
            rendition_size=self.rendition_size(photos.get("rendition_size")),
            backups_kept=self.backups_kept(backups.get("keep")),
            sections=self.sections(sections.get("tree")),
            destinations=self.destinations(data.get("destinations")),
            locked=self.locked(lock.get("settings")),
            house_style=self.house_style(house_style.get("rules")),
            spelling_words=self.spelling_words(spelling.get("words")),
            ca_file=self.ca_file(tls.get("ca_file")),
            problems=tuple(self.problems),
        )

    def table(self, data: Mapping[str, object], name: str, keys: tuple[str, ...]) -> dict[str, object]:
        value = data.get(name)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problem(f"'{name}'", f"must be a table ([{name}]), got {_shown(value)}; it is ignored")
            return {}
        for key in value:
            if key not in keys:
                self.problem(f"[{name}]", f"unknown key '{key}' (expected {', '.join(keys)}); it is ignored")
        return {key: value[key] for key in keys if key in value}

    def text(self, where: str, value: object) -> str | None:
        if not isinstance(value, str):
            self.problem(where, f"must be a string, got {_shown(value)}")
            return None
        value = value.strip()
        if not value:
            self.problem(where, "must not be empty")
            return None
        if len(value) > MAX_TEXT:
            self.problem(where, f"must be at most {MAX_TEXT} characters, got {len(value)}")
            return None
        return value

    def language(self, value: object) -> str | None:
        if value is None:
            return None
        where = "[defaults] language"
        text = self.text(where, value)
        if text is None:
            return None
        code = language_code(text) if text == text.strip() else None
        if code is None:
            self.problem(where, f"must be a language code such as 'en' or 'sv', got {_shown(value)}")
        return code

    def byline_format(self, value: object) -> str | None:
        if value is None:
            return None
        where = "[defaults] byline_format"
        text = self.text(where, value)
        if text is None:
            return None
        try:
            fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
        except ValueError as exc:
            self.problem(where, f"is not a valid format ({exc}); write {{name}} for the editor's name")
            return None
        others = [name for name in fields if name != "name"]
        if others:
            self.problem(
                where, f"may only use {{name}} (the editor's name), got {{{others[0]}}} in {_shown(value)}"
            )
            return None
        return text

    def template_dir(self, value: object) -> str | None:
        if value is None:
            return None
        where = "[defaults] template_dir"
        text = self.text(where, value)
        if text is None:
            return None
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            self.problem(where, f"must be an absolute path, got {_shown(value)}")
            return None
        if not (folder / "article.html").is_file():
            self.problem(where, f"{_shown(value)} is not a page template folder (it has no article.html)")
            return None
        return str(folder)

    def ca_file(self, value: object) -> str | None:
        if value is None:
            return None
        where = "[tls] ca_file"
        text = self.text(where, value)
        if text is None:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            self.problem(where, f"must be an absolute path, got {_shown(value)}")
            return None
        try:
            import ssl

            ssl.create_default_context(cafile=str(path))
        except (OSError, ssl.SSLError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.problem(where, f"{_shown(value)} is not a readable file of PEM certificates ({reason})")
            return None
        return str(path)

    def rendition_size(self, value: object) -> int | None:
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not (MIN_RENDITION_SIZE <= value <= MAX_RENDITION_SIZE)
        ):
            self.problem(
                "[photos] rendition_size",
                f"must be an integer between {MIN_RENDITION_SIZE} and {MAX_RENDITION_SIZE}, "
                f"got {_shown(value)}",
            )
            return None
        return value

    def backups_kept(self, value: object) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not (1 <= value <= MAX_BACKUPS_KEPT):
            self.problem(
                "[backups] keep", f"must be an integer between 1 and {MAX_BACKUPS_KEPT}, got {_shown(value)}"
            )
            return None
        return value

    def sections(self, value: object) -> tuple[str, ...]:
        if value is None:
            return ()
        where = "[sections] tree"
        if not isinstance(value, list):
            self.problem(
                where, f'must be a list of section paths such as "News/Politics", got {_shown(value)}'
            )
            return ()
        paths: list[str] = []
        for index, item in enumerate(value, start=1):
            if not isinstance(item, str):
                self.problem(where, f"item {index} must be a string, got {_shown(item)}")
                continue
            parts = [part.strip() for part in item.split("/")]
            if not all(parts):
                self.problem(where, f"item {index} {_shown(item)} has an empty section name")
                continue
            if any(len(part) > MAX_TEXT for part in parts):
                self.problem(where, f"item {index} has a section name over {MAX_TEXT} characters")
                continue
            path = "/".join(parts)
            if path not in paths:
                paths.append(path)
        return tuple(paths)

    def spelling_words(self, value: object) -> tuple[str, ...]:
        if value is None:
            return ()
        where = "[spelling] words"
        if not isinstance(value, list):
            self.problem(where, f'must be a list of words such as ["Damaskus", "TT"], got {_shown(value)}')
            return ()
        words: list[str] = []
        for index, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip() or len(item.strip()) > MAX_TEXT:
                self.problem(where, f"item {index} must be a word, got {_shown(item)}; it is ignored")
            elif item.strip() not in words:
                words.append(item.strip())
        return tuple(words)

    def destinations(self, value: object) -> tuple[ManagedDestination, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(
                "'destinations'", f"must be an array of tables ([[destinations]]), got {_shown(value)}"
            )
            return ()
        result: list[ManagedDestination] = []
        for index, item in enumerate(value, start=1):
            where = f"[[destinations]] #{index}"
            if not isinstance(item, dict):
                self.problem(where, f"must be a table with name and url, got {_shown(item)}")
                continue
            destination = self.destination(where, item)
            if destination is None:
                continue
            if any(d.name.casefold() == destination.name.casefold() for d in result):
                self.problem(where, f"name {destination.name!r} is used twice; the second is ignored")
                continue
            result.append(destination)
        return tuple(result)

    def destination(self, where: str, item: dict[str, object]) -> ManagedDestination | None:
        ok = True
        for key in item:
            if key == "password" or "password" in key.lower() or key.lower() in {"secret", "token"}:
                self.problem(
                    where,
                    f"'{key}': passwords never go in the managed configuration (every editor can "
                    "read it); each editor enters theirs in the app, which keeps it in the system "
                    "keyring. This destination is ignored",
                )
                ok = False
            elif key not in ("name", "url", "username"):
                self.problem(where, f"unknown key '{key}' (expected name, url, username); it is ignored")
        name = self.text(f"{where} name", item["name"]) if "name" in item else None
        if "name" not in item:
            self.problem(where, "has no name")
        url = self.url(f"{where} url", item["url"]) if "url" in item else None
        if "url" not in item:
            self.problem(where, "has no url")
        username = ""
        if "username" in item:
            username = self.text(f"{where} username", item["username"]) or ""
        if not ok or name is None or url is None:
            return None
        return ManagedDestination(name=name, url=url, username=username)

    def url(self, where: str, value: object) -> str | None:
        text = self.text(where, value)
        if text is None:
            return None
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            self.problem(
                where, f"must be an http(s) address such as 'https://example.com', got {_shown(value)}"
            )
            return None
        if parts.username or parts.password:
            self.problem(
                where, "must not carry a user name or password; use username (and the app for the password)"
            )
            return None
        return text.rstrip("/")

    def house_style(self, value: object) -> str:
        """Rules as a multi-line string, or a list of lines; each line is checked as the app's
        House Style dialog checks it."""
        if value is None:
            return ""
        where = "[house_style] rules"
        lines = (
            value if isinstance(value, list) else str(value).splitlines() if isinstance(value, str) else None
        )
        if lines is None or not all(isinstance(line, str) for line in lines):
            self.problem(
                where, f'must be a list of rules such as "banned: utilize => use", got {_shown(value)}'
            )
            return ""
        kept: list[str] = []
        for index, line in enumerate(lines, start=1):
            problems = parse_house_style(line, f"{self.path}: {where} item {index}")[1]
            if problems:
                self.problems += [f"{problem}; it is ignored" for problem in problems]
            else:
                kept.append(line)
        return "\n".join(kept)

    def locked(self, value: object) -> frozenset[str]:
        if value is None:
            return frozenset()
        where = "[lock] settings"
        if not isinstance(value, list):
            self.problem(where, f"must be a list of setting names, got {_shown(value)}")
            return frozenset()
        names: set[str] = set()
        for item in value:
            if not isinstance(item, str) or item not in LOCKABLE:
                self.problem(
                    where, f"unknown setting {_shown(item)} (lockable: {', '.join(LOCKABLE)}); it is ignored"
                )
                continue
            names.add(item)
        return frozenset(names)
