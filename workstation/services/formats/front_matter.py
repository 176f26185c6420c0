"""Markdown files with a YAML front-matter block: parse them, strictly, with line numbers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

from workstation.domain.article import ArticleChanges, ArticleContent
from workstation.domain.errors import ValidationError, WorkstationError
from workstation.domain.safe_text import clean_text, unsafe_count
from workstation.domain.status import LEGACY_SITE_STATUSES, ArticleStatus, SiteStatus
from workstation.services.safe_files import MAX_MARKDOWN_BYTES, UnreadableFileError, read_regular

TEXT_KEYS = ("headline", "standfirst", "byline", "source_note", "language", "status")
KNOWN_KEYS = frozenset({*TEXT_KEYS, "section", "tags", "published", "photo", "photos", "word_target"})
# photo: {file: images/kim.jpg, caption: ..., credit: ..., alt: ...} (file relative to the Markdown);
# photos: [{file: ..., caption: ...}, ...]: the article's other photos, in their order.
PHOTO_KEYS = ("file", "caption", "credit", "alt", "photographer", "copyright", "source")
# The mapping of fields, a list or mapping in it, and one more level that is refused by field.
MAX_NESTING = 3
FENCE = "---"
CLOSERS = ("---", "...")


class ImportFileError(WorkstationError):
    """A file that cannot be imported; str() is one line: 'FILE:LINE: message'."""

    def __init__(self, path: str, message: str, line: int | None = None, field: str | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.field = field


@dataclass(frozen=True, slots=True)
class PhotoSpec:
    """The featured photo as front matter gives it: a file and what the editor said about it."""

    file: str
    fields: dict[str, str] = field(default_factory=dict)  # caption, credit, alt, ... as given


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    content: ArticleContent
    section: str | None = None
    first_published_at: datetime | None = None
    key_lines: dict[str, int] = field(default_factory=dict)
    photo: PhotoSpec | None = None
    photos: tuple[PhotoSpec, ...] = ()  # the other photos, in order (the body may place them)
    body_line: int = 1  # the line of the file where the body starts
    # The file says a site published (or scheduled) it: a `published:` date, or the status
    # published/scheduled of files written before workflow and site status were apart.
    published_elsewhere: SiteStatus | None = None
    # 'FILE:LINE: field: ...' for what was cleaned on the way in (control characters).
    warnings: tuple[str, ...] = ()


def read_text(path: Path, limit: int = MAX_MARKDOWN_BYTES) -> str:
    """The file as text, or an ImportFileError naming the file and the line of a bad byte. Only
    a regular file is read (a FIFO or /dev/zero is refused, never waited on), of at most `limit`."""
    return decode_text(read_file(path, limit), path)


def read_file(path: Path, limit: int = MAX_MARKDOWN_BYTES) -> bytes:
    """The bytes of a Markdown file (read_text), or an ImportFileError naming it."""
    try:
        return read_regular(path, limit, "Markdown file")
    except UnreadableFileError as exc:
        raise ImportFileError(str(path), exc.reason) from None


def decode_text(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(
            str(path),
            f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
            line,
        ) from None


def parse_markdown(text: str, source: str) -> ParsedArticle:
    # Only \n, \r\n and \r end a line: splitlines() would also break (and so lose) \x1e, \x85,
    # \u2028 and other separators that belong to the text.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise ImportFileError(source, "no front matter: the file must start with a line '---'", 1)
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in CLOSERS)
    except StopIteration:
        raise ImportFileError(source, "front matter is not closed by a line '---'", 1) from None
    header = "\n".join(lines[1:end])
    after = "\n".join(lines[end + 1 :])
    body = after.strip("\n")
    body_line = end + 2 + (len(after) - len(after.lstrip("\n")))
    values, key_lines = _parse_header(header, source)
    warnings = _clean_values(values, key_lines, source)
    if unsafe_count(body):
        warnings.append(_cleaned_warning(source, body_line, "body", unsafe_count(body)))
        body = clean_text(body)
    parsed = _to_article(values, key_lines, body, source)
    return replace(parsed, body_line=body_line, warnings=tuple(warnings))


def _cleaned_warning(source: str, line: int | None, key: str, count: int) -> str:
    where = f"{source}:{line}" if line is not None else source
    what = "character" if count == 1 else "characters"
    return f"{where}: {key}: removed {count} control {what} (NUL, terminal escapes or invalid text)"


def _clean_values(values: dict[str, object], lines: dict[str, int], source: str) -> list[str]:
    """Control characters and lone surrogates taken out of every value, each field's removal
    reported. The photo's file is not cleaned: a path with a NUL in it names no file."""
    warnings: list[str] = []
    for key, value in values.items():
        removed = 0

        def clean(text: str) -> str:
            nonlocal removed
            count = unsafe_count(text)
            removed += count
            return clean_text(text) if count else text

        if isinstance(value, str):
            values[key] = clean(value)
        elif isinstance(value, list):
            values[key] = [
                clean(item)
                if isinstance(item, str)
                else {k: clean(v) if isinstance(v, str) and k != "file" else v for k, v in item.items()}
                if isinstance(item, dict)
                else item
                for item in value
            ]
        elif isinstance(value, dict):
            values[key] = {k: clean(v) if isinstance(v, str) and k != "file" else v for k, v in value.items()}
        if removed:
            warnings.append(_cleaned_warning(source, lines.get(key), key, removed))
    return warnings


def _parse_header(header: str, source: str) -> tuple[dict[str, object], dict[str, int]]:
    # BaseLoader keeps every scalar a string: "language: no" stays "no", not False.
    try:
        _check_nesting(header, source)
        node = yaml.compose(header, Loader=yaml.BaseLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ImportFileError(source, f"malformed front matter: {problem}", line) from None
    if node is None:
        return {}, {}
    if not isinstance(node, yaml.MappingNode):
        raise ImportFileError(source, "front matter must be 'key: value' lines", node.start_mark.line + 2)
    values: dict[str, object] = {}
    key_lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 2  # +1 for 1-based, +1 for the opening '---'
        if not isinstance(key_node, yaml.ScalarNode):
            raise ImportFileError(source, "a field name must be a plain word such as headline", line)
        key = str(key_node.value)
        if key not in KNOWN_KEYS:
            known = ", ".join(sorted(KNOWN_KEYS))
            raise ImportFileError(source, f"unknown field '{key}' (known: {known})", line, key)
        if key in values:
            raise ImportFileError(source, f"field '{key}' is given twice", line, key)
        values[key] = _plain_photos(value_node) if key == "photos" else _plain(value_node)
        key_lines[key] = line
    return values, key_lines


def _check_nesting(header: str, source: str) -> None:
    """Refuse front matter nested deeper than a value can be, before it is composed: PyYAML
    builds nodes recursively, and [[[[... a few thousand deep ends in RecursionError. Events
    come from a loop, so counting them costs no stack."""
    depth = 0
    for event in yaml.parse(header, Loader=yaml.BaseLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_NESTING:
                line = event.start_mark.line + 2 if event.start_mark is not None else 2
                raise ImportFileError(
                    source,
                    f"front matter is nested more than {MAX_NESTING} levels deep; "
                    "a field holds text, a list or a mapping of text",
                    line,
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _plain(node: yaml.Node, nested: bool = False) -> object:
    """Text, a list or a mapping of text. Nothing deeper is a valid value, so it is not expanded:
    aliases (*name) can nest lists nine-fold per line ('billion laughs')."""
    if isinstance(node, yaml.ScalarNode):
        return str(node.value)
    if nested:
        return None
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, nested=True) for item in node.value]
    if isinstance(node, yaml.MappingNode):
        return {_plain(k, nested=True): _plain(v, nested=True) for k, v in node.value}
    return None


def _plain_photos(node: yaml.Node) -> object:
    """photos: a list of mappings of text (one level more than other fields may have)."""
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, nested=not isinstance(item, yaml.MappingNode)) for item in node.value]
    return _plain(node)


def _to_article(values: dict[str, object], lines: dict[str, int], body: str, source: str) -> ParsedArticle:
    def fail(key: str, message: str) -> ImportFileError:
        return ImportFileError(source, f"{key}: {message}", lines.get(key), key)

    changes: dict[str, object] = {"body": body}
    for key in TEXT_KEYS:
        if key in values:
            value = values[key]
            if not isinstance(value, str):
                raise fail(key, "must be text, not a list or mapping")
            changes[key] = value.strip() if key != "status" else value.strip().lower()
    elsewhere = None
    if changes.get("status") in LEGACY_SITE_STATUSES:  # an older file: ready, published there
        elsewhere = SiteStatus(str(changes["status"]))
        changes["status"] = ArticleStatus.READY.value
    if "tags" in values:
        tags = values["tags"]
        if isinstance(tags, str):
            tags = [t for t in tags.split(",")]
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise fail("tags", "must be a list of names, e.g. [North Korea, Drones]")
        changes["tags"] = [t.strip() for t in tags if t.strip()]
    if "word_target" in values:
        changes["word_target"] = _parse_word_target(values["word_target"], fail)
    try:
        clean = ArticleChanges.from_fields(changes)
    except ValidationError as exc:
        raise fail(exc.field, exc.message) from None
    section = values.get("section")
    if section is not None and (not isinstance(section, str) or not section.strip()):
        raise fail("section", "must be a section name, slug or path such as Sports/Soccer")
    published = _parse_time(values.get("published"), fail)
    photo = _parse_photo(values.get("photo"), fail)
    photos = _parse_photos(values.get("photos"), fail)
    content = clean.apply_to(ArticleContent())
    if published is not None and elsewhere is None:
        # A site published it: so it went through the workflow, unless the file says otherwise.
        elsewhere = SiteStatus.PUBLISHED
        if "status" not in values:
            content = replace(content, status=ArticleStatus.READY)
    return ParsedArticle(
        content=content,
        section=section.strip() if isinstance(section, str) else None,
        first_published_at=published,
        key_lines=lines,
        photo=photo,
        photos=photos,
        published_elsewhere=elsewhere,
    )


def _parse_word_target(value: object, fail: Callable[[str, str], ImportFileError]) -> int:
    """word_target: 400 (the words the body should have; 0 or an empty value for none)."""
    text = value.strip() if isinstance(value, str) else None
    if text == "":
        return 0
    if text is None or not text.isascii() or not text.isdigit():
        raise fail("word_target", "must be a whole number of words such as 400 (0 for no target)")
    return int(text)


def _parse_photo(value: object, fail: Callable[[str, str], ImportFileError]) -> PhotoSpec | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = {"file": value}
    if not isinstance(value, dict):
        raise fail("photo", "must be a file name or a mapping such as {file: kim.jpg, credit: TT}")
    unknown = [str(k) for k in value if k not in PHOTO_KEYS]
    if unknown:
        raise fail("photo", f"unknown key '{unknown[0]}' (known: {', '.join(PHOTO_KEYS)})")
    if not all(isinstance(v, str) for v in value.values()):
        raise fail("photo", "every value must be text")
    fields = {str(k): str(v).strip() for k, v in value.items()}
    file = fields.pop("file", "")
    if not file:
        raise fail("photo", "give the photo's file, e.g. photo: {file: images/kim.jpg}")
    if unsafe_count(file):
        raise fail("photo", "the file name contains a control character (a NUL or an escape); no file has it")
    return PhotoSpec(file, fields)


def _parse_photos(value: object, fail: Callable[[str, str], ImportFileError]) -> tuple[PhotoSpec, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise fail("photos", "must be a list such as [{file: images/drone.jpg, credit: TT}]")

    def fail_item(_key: str, message: str) -> ImportFileError:
        return fail("photos", message.replace("photo's file, e.g. photo:", "photo's file, e.g. photos: -"))

    specs = [_parse_photo(item, fail_item) for item in value]
    return tuple(spec for spec in specs if spec is not None)


def _parse_time(value: object, fail: Callable[[str, str], ImportFileError]) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise fail("published", "must be a date and time such as 2024-11-15T02:02:00+01:00")
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise fail(
            "published", f"'{value}' is not an ISO 8601 time such as 2024-11-15T02:02:00+01:00"
        ) from None
    if parsed.tzinfo is None:
        raise fail("published", "give a time zone, e.g. 2024-11-15T02:02:00+01:00 or ...Z for UTC")
    try:  # stored in UTC and shown in any time zone: a day's margin at either end of the calendar
        utc = parsed.astimezone(UTC)
        utc - timedelta(days=1), utc + timedelta(days=1)
    except OverflowError:
        raise fail(
            "published", f"'{value.strip()}' is outside the dates that can be stored (years 1 to 9999)"
        ) from None
    return parsed
