"""Which Hunspell dictionaries there are, and which one checks a language code.

Shipped: resources/dictionaries/ (see its README.md for sources and licences). More: a pair
xx_YY.aff + xx_YY.dic dropped in <data dir>/dictionaries/, which wins over a shipped one of the
same name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workstation.domain.languages import base_language
from workstation.resources import resource_path

USER_FOLDER = "dictionaries"  # under the data dir
# The region a bare language code is checked in when several are installed.
PREFERRED_REGION = {"en": "en_US", "sv": "sv_SE", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}


@dataclass(frozen=True)
class DictionaryFiles:
    name: str  # "sv_SE"
    aff: Path
    dic: Path

    @property
    def folder(self) -> Path:
        return self.aff.parent


def shipped_folder() -> Path:
    return resource_path("dictionaries")


def user_folder(data_dir: Path) -> Path:
    return data_dir / USER_FOLDER


def find_dictionaries(folders: list[Path]) -> dict[str, DictionaryFiles]:
    """Every .aff/.dic pair in the folders; a later folder's pair replaces an earlier one's."""
    found: dict[str, DictionaryFiles] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for aff in sorted(folder.glob("*.aff")):
            dic = aff.with_suffix(".dic")
            if dic.is_file():
                found[aff.stem] = DictionaryFiles(aff.stem, aff, dic)
    return found


def _normal(code: str) -> str:
    """'en-GB', 'en_gb' -> 'en_GB'; 'sv' -> 'sv'."""
    parts = code.strip().replace("-", "_").split("_")
    head = parts[0].lower()
    return "_".join([head, *(p.upper() for p in parts[1:])]) if len(parts) > 1 else head


def dictionary_name(language: str, available: dict[str, DictionaryFiles]) -> str | None:
    """The dictionary that checks `language` (an article's code: 'sv', 'en-GB', 'en_US'), or
    None when none is installed: the exact region first, then the language's preferred one,
    then any of the language."""
    if not language.strip():
        return None
    exact = _normal(language)
    if exact in available:
        return exact
    base = base_language(language)
    preferred = PREFERRED_REGION.get(base)
    if preferred in available:
        return preferred
    if base in available:
        return base
    return next((name for name in sorted(available) if name.split("_")[0].lower() == base), None)
