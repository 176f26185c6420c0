"""The personal word lists: one UTF-8 file per language in the data dir, one word a line, that
Add to Dictionary appends to and Preferences edits; and the newsroom's shared words from the
managed configuration ([spelling] words), accepted in every language."""

from __future__ import annotations

from pathlib import Path

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate

FOLDER = "spelling"  # under the data dir: <data dir>/spelling/sv.txt


def clean_words(lines: list[str] | str) -> list[str]:
    """The words of a list as typed: stripped, no blanks or '#' comments, each once, in order."""
    items = lines.splitlines() if isinstance(lines, str) else lines
    seen: dict[str, None] = {}
    for line in items:
        word = line.strip()
        if word and not word.startswith("#"):
            seen.setdefault(word, None)
    return list(seen)


class PersonalDictionary:
    """The word lists of one data dir, keyed by base language ('sv', 'en')."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / FOLDER

    def path(self, language: str) -> Path:
        return self.folder / f"{language}.txt"

    def words(self, language: str) -> list[str]:
        path = self.path(language)
        try:
            return clean_words(path.read_text(encoding="utf-8-sig"))
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            raise WorkstationError(
                translate("Spelling", "Could not read the personal word list {path}: {error}").format(
                    path=path, error=exc
                )
            ) from exc

    def languages(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("*.txt")) if self.folder.is_dir() else []

    def save(self, language: str, words: list[str]) -> list[str]:
        """Write the list (cleaned) and return it."""
        cleaned = clean_words(words)
        path = self.path(language)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_text("".join(f"{w}\n" for w in cleaned), encoding="utf-8")
            temporary.replace(path)
        except OSError as exc:
            raise WorkstationError(
                translate("Spelling", "Could not write the personal word list {path}: {error}").format(
                    path=path, error=exc
                )
            ) from exc
        return cleaned

    def add(self, language: str, word: str) -> None:
        words = self.words(language)
        if word.strip() and word.strip() not in words:
            self.save(language, [*words, word])
