"""The editor's table from an agency's genres and subjects to this site's sections.

A JSON file in the data dir (`ninjs-mapping.json`), written empty with an explanation the first
time a ninjs item is imported, and read again on every import, so an edit applies to the next
item:

    {"sections": {"medtop:15000000": "Sports", "Inrikes": "Sweden", "Sport/Fotboll": "Sports/Soccer"}}

A key is a genre's or subject's code (an IPTC Media Topic qcode such as medtop:15000000, its URI,
an agency's literal) or its name, compared without regard to case; the value is a section name,
slug or path (missing levels are created, as a Markdown import's `section:` does).
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from workstation.domain.errors import WorkstationError
from workstation.domain.safe_text import clean_text
from workstation.services.formats.front_matter import ImportFileError
from workstation.services.formats.ninjs_parse import Concept
from workstation.services.safe_files import MAX_JSON_BYTES, UnreadableFileError, read_regular

MAPPING_FILE = "ninjs-mapping.json"
_ABOUT = (
    "Sections for imported ninjs (agency) items: a genre's or subject's code (medtop:15000000, "
    "its URI, the agency's literal) or name -> a section name or path such as Sports/Soccer. "
    "Genres are looked up first, then subjects; subjects not listed here become tags."
)


@dataclass(frozen=True, slots=True)
class SectionMapping:
    sections: dict[str, str] = field(default_factory=dict)  # casefolded key -> section path

    def section_for(self, concept: Concept) -> str | None:
        for key in (*concept.codes, concept.name):
            found = self.sections.get(key.casefold())
            if found:
                return found
        return None


def load_mapping(path: Path | None) -> SectionMapping:
    """The table at `path` (written empty first if there is none), or an ImportFileError naming
    the mapping file and what is wrong in it."""
    if path is None:
        return SectionMapping()
    if not path.exists():
        _write_empty(path)
        return SectionMapping()
    source = str(path)
    try:
        data = read_regular(path, MAX_JSON_BYTES, "mapping file")
        value = json.loads(data.decode("utf-8-sig"))
    except UnreadableFileError as exc:
        raise ImportFileError(source, exc.reason) from None
    except UnicodeDecodeError:
        raise ImportFileError(source, "not UTF-8 text; save the mapping file as UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ImportFileError(source, f"not valid JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    sections = value.get("sections", {}) if isinstance(value, dict) else None
    if not isinstance(sections, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in sections.items()
    ):
        raise ImportFileError(
            source, 'sections: must map codes or names to section paths, e.g. {"medtop:15000000": "Sports"}'
        )
    return SectionMapping(
        {clean_text(k).strip().casefold(): clean_text(v).strip() for k, v in sections.items() if v.strip()}
    )


def _write_empty(path: Path) -> None:
    from workstation.services.formats.export import write_atomically

    text = json.dumps({"about": _ABOUT, "sections": {}}, ensure_ascii=False, indent=2) + "\n"
    with contextlib.suppress(WorkstationError):  # a read-only data dir: no table, the import goes on
        write_atomically(path, text)
