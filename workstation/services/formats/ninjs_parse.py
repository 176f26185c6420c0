"""IPTC ninjs items (News in JSON, 1.x and 2.x) read into what an article can hold.

Both generations are read field by field, whichever spelling the item uses: 2.x `headlines`,
`descriptions`, `bodies`, `by`, `genres`, `subjects`, `infosources`, associations as a list and
renditions as a list; 1.x `headline`, `description_text`/`_html`, `body_text`/`_html`/`_xhtml`,
`byline`, `genre`, `subject`, associations and renditions as objects keyed by name.

Every field read is checked for the type the schemas give it, and a wrong one is an
ImportFileError 'FILE: field: message' naming the field's path (`headlines[0].value`). HTML
(bodies, descriptions) goes through the page's sanitizer and then the converter of the body
paste, so what lands is the Markdown a paste of the same HTML gives; `text/plain` keeps its
paragraphs, as a paste of wire copy does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from workstation.domain.safe_text import clean_text, unsafe_count
from workstation.services.formats.front_matter import ImportFileError
from workstation.services.formats.html_paste import convert_html
from workstation.services.formats.text_paste import paragraphs_from_text
from workstation.services.rendering.sanitize import sanitize_html
from workstation.services.safe_files import MAX_JSON_BYTES, UnreadableFileError, read_regular

HTML_TYPES = ("text/html", "application/xhtml+xml", "body_xhtml", "xhtml", "html")
TEXT_TYPES = ("text/plain", "text", "")
# Body and description roles, best first (TT sends text, html5 and richhtml5).
_PREFERRED_ROLES = ("main", "richhtml5", "html5", "richtext", "html", "text", "summary", "")
_ALT_ROLES = {"alt", "alttext", "alt-text", "alternative", "accessibility"}
PICTURE_TYPES = {"picture", "graphic", "image", "photo"}


@dataclass(frozen=True, slots=True)
class Concept:
    """A genre or subject: its name, and the codes a mapping may name it by."""

    name: str
    codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rendition:
    href: str
    name: str = ""
    contenttype: str = ""
    width: int = 0
    height: int = 0

    @property
    def is_remote(self) -> bool:
        return "://" in self.href and not self.href.lower().startswith("file:")


@dataclass(frozen=True, slots=True)
class NinjsPicture:
    """A picture association: what its photo's metadata becomes, and its renditions."""

    name: str
    caption: str = ""
    credit: str = ""
    alt_text: str = ""
    photographer: str = ""
    copyright: str = ""
    source: str = ""
    renditions: tuple[Rendition, ...] = ()


@dataclass(frozen=True, slots=True)
class NinjsItem:
    uri: str
    headline: str = ""
    standfirst: str = ""
    body: str = ""
    byline: str = ""
    slugline: str = ""
    language: str = ""
    genres: tuple[Concept, ...] = ()
    subjects: tuple[Concept, ...] = ()
    agency: str = ""  # the infosources' names, else the copyright holder
    copyrightholder: str = ""
    copyrightnotice: str = ""
    version: str = ""
    firstcreated: datetime | None = None
    versioncreated: datetime | None = None
    embargoed: datetime | None = None
    pubstatus: str = ""
    urgency: int | None = None
    pictures: tuple[NinjsPicture, ...] = ()
    # Associations that are not pictures (text, video, ...): named in a note, not imported.
    other_associations: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())


class _Reader:
    """Typed access to the item's fields; a wrong type is an ImportFileError naming the path."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._removed: dict[str, int] = {}  # control characters taken out, by field path

    @property
    def removed(self) -> int:
        return sum(self._removed.values())

    def fail(self, where: str, message: str) -> ImportFileError:
        return ImportFileError(self.source, f"{where}: {message}", field=where)

    def text(self, data: dict[str, Any], key: str, where: str = "") -> str:
        value = data.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(where + key, f"must be text, not {_kind(value)}")
        if count := unsafe_count(value):
            self._removed[where + key] = count
        return clean_text(value).strip()

    def objects(self, data: dict[str, Any], key: str, where: str = "") -> list[tuple[str, dict[str, Any]]]:
        """A list of objects (2.x) or an object of objects keyed by name (1.x), with their paths."""
        value = data.get(key)
        if value is None:
            return []
        if isinstance(value, dict):
            items = [(f"{where}{key}.{name}", name, item) for name, item in value.items()]
        elif isinstance(value, list):
            items = [(f"{where}{key}[{i}]", "", item) for i, item in enumerate(value)]
        else:
            raise self.fail(where + key, f"must be a list of objects, not {_kind(value)}")
        result: list[tuple[str, dict[str, Any]]] = []
        for path, name, item in items:
            if not isinstance(item, dict):
                raise self.fail(path, f"must be an object, not {_kind(item)}")
            if name and "name" not in item:
                item = {**item, "name": name}
            result.append((path, item))
        return result

    def time(self, data: dict[str, Any], key: str) -> datetime | None:
        value = self.text(data, key)
        if not value:
            return None
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise self.fail(key, f"'{value}' is not a date and time such as 2019-08-09T09:30:04Z") from None
        if parsed.tzinfo is None:
            raise self.fail(key, f"'{value}' has no time zone (add Z for UTC or +01:00)")
        return parsed

    def integer(self, data: dict[str, Any], key: str) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"must be a whole number, not {_kind(value)}")
        return value


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    return {dict: "an object", list: "a list", str: "text", int: "a number", float: "a number"}.get(
        type(value), "null"
    )


def read_ninjs_file(path: Path) -> bytes:
    """The bytes of a ninjs file (a regular file, at most MAX_JSON_BYTES), or an ImportFileError."""
    try:
        return read_regular(path, MAX_JSON_BYTES, "ninjs file")
    except UnreadableFileError as exc:
        raise ImportFileError(str(path), exc.reason) from None


def load_json(data: bytes, path: Path) -> dict[str, Any]:
    """The item's JSON object, or an ImportFileError naming the file (and the line of a syntax
    error): not UTF-8, not JSON, too deeply nested, or JSON that is not a ninjs item."""
    source = str(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(
            source, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); ninjs is UTF-8 JSON", line
        ) from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(source, f"not valid JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    except RecursionError:  # the C parser counts its depth and stops: [[[[... thousands deep
        raise ImportFileError(source, "the JSON is nested too deeply to be a ninjs item") from None
    if not isinstance(value, dict):
        raise ImportFileError(source, f"not a ninjs item: the JSON is {_kind(value)}, not an object")
    if "uri" not in value:
        raise ImportFileError(
            source, "uri: missing; every ninjs item has one (is this JSON ninjs?)", field="uri"
        )
    return value


def parse_ninjs(data: dict[str, Any], source: str) -> NinjsItem:
    """The item read into an article's terms (see the module's docstring)."""
    read = _Reader(source)
    uri = read.text(data, "uri")
    if not uri:
        raise read.fail("uri", "must not be empty")
    headline = _pick_text(read, data, "headlines", "headline", roles=("main", ""))
    standfirst = _description(read, data, "")
    body = _body(read, data)
    agency = ", ".join(
        name for _, info in read.objects(data, "infosources") if (name := read.text(info, "name"))
    )
    holder = read.text(data, "copyrightholder")
    pictures, others = _associations(read, data)
    item = NinjsItem(
        uri=uri,
        headline=headline,
        standfirst=standfirst,
        body=body,
        byline=read.text(data, "by") or read.text(data, "byline"),
        slugline=read.text(data, "slugline"),
        language=read.text(data, "language"),
        genres=_concepts(read, data, "genres", "genre"),
        subjects=_concepts(read, data, "subjects", "subject"),
        agency=agency or holder,
        copyrightholder=holder,
        copyrightnotice=read.text(data, "copyrightnotice"),
        version=_version(read, data),
        firstcreated=read.time(data, "firstcreated"),
        versioncreated=read.time(data, "versioncreated"),
        embargoed=read.time(data, "embargoed"),
        pubstatus=read.text(data, "pubstatus").lower(),
        urgency=read.integer(data, "urgency"),
        pictures=pictures,
        other_associations=others,
    )
    if not headline and not body and not standfirst:
        raise ImportFileError(source, "headlines, bodies: the item has no headline and no text to import")
    if read.removed:
        what = "character" if read.removed == 1 else "characters"
        warning = f"{source}: removed {read.removed} control {what} (NUL, terminal escapes or invalid text)"
        item = _with_warning(item, warning)
    return item


def _with_warning(item: NinjsItem, warning: str) -> NinjsItem:
    return replace(item, warnings=(*item.warnings, warning))


def _version(read: _Reader, data: dict[str, Any]) -> str:
    value = data.get("version")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # 1.x items often send a number
    return read.text(data, "version")


def _ranked(
    read: _Reader, data: dict[str, Any], key: str, roles: tuple[str, ...], where: str = ""
) -> list[tuple[str, dict[str, Any]]]:
    """A 2.x list of role-qualified texts, the preferred roles first, each checked."""
    entries = read.objects(data, key, where)
    for path, entry in entries:
        if not isinstance(entry.get("value", ""), str):
            raise read.fail(f"{path}.value", f"must be text, not {_kind(entry['value'])}")
        read.text(entry, "role", path + ".")
        read.text(entry, "contenttype", path + ".")

    def rank(item: tuple[str, dict[str, Any]]) -> int:
        role = str(item[1].get("role") or "").lower()
        return roles.index(role) if role in roles else len(roles)

    return sorted(entries, key=rank)


def _pick_text(
    read: _Reader, data: dict[str, Any], key: str, old_key: str, roles: tuple[str, ...], where: str = ""
) -> str:
    for path, entry in _ranked(read, data, key, roles, where):
        text = _as_text(read, entry, path)
        if text:
            return text
    return read.text(data, old_key, where)


def _as_text(read: _Reader, entry: dict[str, Any], path: str) -> str:
    """A headline or description as one line of plain text (HTML's tags dropped)."""
    value = read.text(entry, "value", path + ".")
    if _is_html(str(entry.get("contenttype") or "")):
        value = convert_html(sanitize_html(value)).markdown
    return " ".join(value.split())


def _description(read: _Reader, data: dict[str, Any], where: str, *, caption: bool = False) -> str:
    roles = ("caption", *_PREFERRED_ROLES) if caption else _PREFERRED_ROLES
    for path, entry in _ranked(read, data, "descriptions", roles, where):
        if str(entry.get("role") or "").lower() in _ALT_ROLES:
            continue
        text = _as_text(read, entry, path)
        if text:
            return text
    text = read.text(data, "description_text", where)
    if not text and (html := read.text(data, "description_html", where)):
        text = " ".join(convert_html(sanitize_html(html)).markdown.split())
    return text


def _is_html(contenttype: str) -> bool:
    kind = contenttype.split(";", 1)[0].strip().lower()
    return kind in HTML_TYPES or kind.endswith(("+xml", "/html"))


def html_to_body(html: str) -> str:
    """Agency HTML as the body's Markdown: sanitized for the page first (no script, style,
    remote picture), then converted as a paste of the same HTML would be."""
    return convert_html(sanitize_html(html)).markdown


def _body(read: _Reader, data: dict[str, Any]) -> str:
    entries = _ranked(read, data, "bodies", _PREFERRED_ROLES)
    unknown: tuple[str, str] | None = None
    for html_first in (True, False):  # an HTML body keeps its structure; plain text is the fallback
        for path, entry in entries:
            kind = read.text(entry, "contenttype", path + ".")
            value = read.text(entry, "value", path + ".")
            if _is_html(kind) and html_first and value and (markdown := html_to_body(value)):
                return markdown  # an HTML body that is only pictures falls back to the text
            if kind.lower() in TEXT_TYPES and not html_first and value:
                return paragraphs_from_text(value)
            if not _is_html(kind) and kind.lower() not in TEXT_TYPES:
                unknown = unknown or (path, kind)
    for key in ("body_html", "body_xhtml"):
        if html := read.text(data, key):
            return html_to_body(html)
    if text := read.text(data, "body_text"):
        return paragraphs_from_text(text)
    if unknown is not None:
        raise read.fail(
            f"{unknown[0]}.contenttype",
            f"'{unknown[1]}' is not a body that can be imported "
            "(text/html, application/xhtml+xml or text/plain)",
        )
    return ""


def _concepts(read: _Reader, data: dict[str, Any], key: str, old_key: str) -> tuple[Concept, ...]:
    found: list[Concept] = []
    for name in (key, old_key):
        for path, entry in read.objects(data, name):
            label = read.text(entry, "name", path + ".")
            codes = [
                code
                for part in ("uri", "literal", "code", "qcode")
                if (code := read.text(entry, part, path + "."))
            ]
            codes.extend(_short_codes(codes))
            scheme, code = read.text(entry, "scheme", path + "."), read.text(entry, "code", path + ".")
            if scheme and code and ":" not in code:  # 1.x: {code: 11000000, scheme: medtop}
                codes.append(f"{scheme}:{code}")
            if label or codes:
                found.append(Concept(label, tuple(dict.fromkeys(codes))))
    return tuple(found)


def _short_codes(codes: list[str]) -> list[str]:
    """A Media Topic's URI as its qcode too (medtop:20000106), so a mapping may use either."""
    short: list[str] = []
    for code in codes:
        lowered = code.rstrip("/").lower()
        if "/newscodes/mediatopic/" in lowered:
            short.append("medtop:" + lowered.rsplit("/", 1)[-1])
        elif "/newscodes/subjectcode/" in lowered:
            short.append("subj:" + lowered.rsplit("/", 1)[-1])
    return short


def _associations(read: _Reader, data: dict[str, Any]) -> tuple[tuple[NinjsPicture, ...], tuple[str, ...]]:
    pictures: list[NinjsPicture] = []
    others: list[str] = []
    for path, entry in read.objects(data, "associations"):
        name = read.text(entry, "name", path + ".") or path
        kind = read.text(entry, "type", path + ".").lower()
        renditions = _renditions(read, entry, path + ".")
        image_renditions = any(r.contenttype.startswith("image/") for r in renditions)
        if kind in PICTURE_TYPES or (not kind and image_renditions):
            pictures.append(_picture(read, entry, path + ".", name, renditions))
        else:
            others.append(f"{name} ({kind or 'no type'})")
    return tuple(pictures), tuple(others)


def _picture(
    read: _Reader, entry: dict[str, Any], where: str, name: str, renditions: tuple[Rendition, ...]
) -> NinjsPicture:
    by = read.text(entry, "by", where) or read.text(entry, "byline", where)
    creditline = read.text(entry, "creditline", where)
    alt = ""
    for path, description in _ranked(read, entry, "descriptions", (), where):
        if str(description.get("role") or "").lower() in _ALT_ROLES:
            alt = _as_text(read, description, path)
            break
    holder = read.text(entry, "copyrightholder", where)
    sources = ", ".join(
        n for _, info in read.objects(entry, "infosources", where) if (n := read.text(info, "name"))
    )
    return NinjsPicture(
        name=name,
        caption=_description(read, entry, where, caption=True),
        # TT puts the whole credit ("KCNA via AP/TT") in `by`; a creditline, when sent, is it.
        credit=creditline or by,
        alt_text=alt or _pick_text(read, entry, "headlines", "headline", ("main", ""), where),
        photographer=by if creditline else "",
        copyright=read.text(entry, "copyrightnotice", where) or holder,
        source=sources or holder,
        renditions=renditions,
    )


def _renditions(read: _Reader, entry: dict[str, Any], where: str) -> tuple[Rendition, ...]:
    found: list[Rendition] = []
    for path, rendition in read.objects(entry, "renditions", where):
        href = read.text(rendition, "href", path + ".")
        if not href:
            continue
        found.append(
            Rendition(
                href=href,
                name=read.text(rendition, "name", path + "."),
                contenttype=(
                    read.text(rendition, "contenttype", path + ".")
                    or read.text(rendition, "mimetype", path + ".")
                ).lower(),
                width=_size(read, rendition, "width", path),
                height=_size(read, rendition, "height", path),
            )
        )
    return tuple(found)


def _size(read: _Reader, rendition: dict[str, Any], key: str, path: str) -> int:
    value = rendition.get(key)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise read.fail(f"{path}.{key}", f"must be a whole number of pixels, not {_kind(value)}")
    return value
