"""The page's fixed words for an article's language (domain/page_labels.py), with a site's
own: a template folder may hold `labels.<language>.json` ("labels.sv.json") whose keys replace
the catalogue's words, e.g. {"photo": "Bild", "more_news": "Fler nyheter"}.

The folder in use is the one the rendering service was given (use_template), and every page of
this process reads it: the preview, the HTML export and the published post print the same."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from pathlib import Path

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.domain.languages import base_language
from workstation.domain.page_labels import PageLabels, page_labels
from workstation.services.safe_files import MAX_JSON_BYTES, UnreadableFileError, read_regular

LABELS_FILE = "labels.{language}.json"
_WORDS = tuple(f.name for f in fields(PageLabels) if f.name != "months")
_cache: dict[Path, tuple[tuple[int, int], dict[str, object]]] = {}
_site_folder: list[Path | None] = [None]


class LabelsError(WorkstationError):
    """A labels file that cannot be used; the message names the file and the key."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


def labels_path(folder: Path, language: str) -> Path | None:
    """The folder's labels file for `language`; None for a language that is no code (a NUL, a
    '/' or '..' in a stored value must not name a file, nor one outside the folder)."""
    base = base_language(language)
    if not (base.isascii() and base.isalpha() and 2 <= len(base) <= 8):
        return None
    return folder / LABELS_FILE.format(language=base)


def template_labels(folder: Path | None, language: str) -> PageLabels:
    """The catalogue's words for `language`, with those of the folder's labels file in their
    place. Raises LabelsError naming the file and the key for a file that cannot be used."""
    labels = page_labels(language)
    if folder is None:
        return labels
    path = labels_path(folder, language)
    if path is None:
        return labels
    overrides = _read(path)
    return replace(labels, **overrides) if overrides else labels  # type: ignore[arg-type]


def use_label_folder(folder: Path | None) -> None:
    _site_folder[0] = folder


def site_labels(language: str) -> PageLabels:
    """The words every page of this process prints (the template folder in use); the catalogue's
    when its labels file cannot be used (the preview shows why)."""
    try:
        return template_labels(_site_folder[0], language)
    except LabelsError:
        return page_labels(language)


def _read(path: Path) -> dict[str, object]:
    try:
        stat = path.stat()
    except OSError:
        return {}
    key = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(path)
    if cached is not None and cached[0] == key:
        return cached[1]
    try:
        data = json.loads(read_regular(path, MAX_JSON_BYTES, "labels file").decode("utf-8"))
    except UnreadableFileError as exc:  # a FIFO or a device in the template folder: never read
        raise LabelsError(
            path, translate("PageLabels", "cannot be read ({error})").format(error=exc.reason)
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise LabelsError(
            path, translate("PageLabels", "cannot be read ({error})").format(error=exc)
        ) from exc
    except json.JSONDecodeError as exc:
        raise LabelsError(
            path,
            translate("PageLabels", "is not valid JSON (line {line}: {error})").format(
                line=exc.lineno, error=exc.msg
            ),
        ) from exc
    overrides = _checked(path, data)
    _cache[path] = (key, overrides)
    return overrides


def _checked(path: Path, data: object) -> dict[str, object]:
    if not isinstance(data, dict):
        raise LabelsError(
            path, translate("PageLabels", 'must be a JSON object such as {{"photo": "Bild"}}').format()
        )
    overrides: dict[str, object] = {}
    for name, value in data.items():
        if name == "months":
            if not (isinstance(value, list) and len(value) == 12 and all(isinstance(m, str) for m in value)):
                raise LabelsError(path, translate("PageLabels", '"months" must be a list of 12 month names'))
            overrides[name] = tuple(value)
            continue
        if name not in _WORDS:
            raise LabelsError(
                path,
                translate("PageLabels", 'unknown label "{name}" (known: {known}, months)').format(
                    name=name, known=", ".join(_WORDS)
                ),
            )
        if not isinstance(value, str) or not value.strip():
            raise LabelsError(
                path,
                translate("PageLabels", '"{name}" must be a text, got {value}').format(
                    name=name, value=json.dumps(value, ensure_ascii=False)
                ),
            )
        if name == "read_time" and not _is_read_time(value):
            raise LabelsError(
                path,
                translate(
                    "PageLabels", '"read_time" must hold {{minutes}}, as in "{{minutes}} MIN LÄSNING"'
                ).format(),
            )
        overrides[name] = value.strip()
    return overrides


def _is_read_time(value: str) -> bool:
    try:
        return "{minutes}" in value and bool(value.format(minutes=1))
    except (KeyError, IndexError, ValueError):
        return False
