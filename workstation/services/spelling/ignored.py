"""The words ignored in an article (Ignore in This Article), kept in the data dir so they stay
ignored after the app is closed: one small JSON file, article key -> the words. The key is the
article's id and creation time: SQLite gives an id again after the article that had it is
deleted for good, and a new article must not inherit its ignored words."""

from __future__ import annotations

import json
from pathlib import Path

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.services.spelling.personal import FOLDER

FILE = "ignored-in-articles.json"  # <data dir>/spelling/ignored-in-articles.json


class IgnoredWords:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FOLDER / FILE
        self._words: dict[str, set[str]] | None = None

    def words(self, key: str | None) -> frozenset[str]:
        if key is None:
            return frozenset()
        return frozenset(self._loaded().get(key, ()))

    def add(self, key: str, word: str) -> None:
        words = self._loaded()
        if word in words.get(key, ()):
            return
        words.setdefault(key, set()).add(word)
        self._save(words)

    def _loaded(self) -> dict[str, set[str]]:
        if self._words is None:
            self._words = self._read()
        return self._words

    def _read(self) -> dict[str, set[str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise self._unreadable(exc) from exc
        if not isinstance(data, dict):
            raise self._unreadable("not a JSON object")
        found: dict[str, set[str]] = {}
        for key, value in data.items():
            if isinstance(value, list):  # anything else a hand edit left is passed over
                found[str(key)] = {w for w in value if isinstance(w, str) and w}
        return found

    def _save(self, words: dict[str, set[str]]) -> None:
        text = json.dumps({k: sorted(v) for k, v in sorted(words.items()) if v}, ensure_ascii=False, indent=1)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(text + "\n", encoding="utf-8")
            temporary.replace(self.path)
        except OSError as exc:
            raise WorkstationError(
                translate(
                    "Spelling", "Could not write the words ignored in articles, {path}: {error}"
                ).format(path=self.path, error=exc)
            ) from exc

    def _unreadable(self, error: object) -> WorkstationError:
        return WorkstationError(
            translate("Spelling", "Could not read the words ignored in articles, {path}: {error}").format(
                path=self.path, error=error
            )
        )
