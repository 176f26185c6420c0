"""The spell checker: Hunspell dictionaries loaded once per language, a word cache per
dictionary, the personal and shared words, and the words ignored in an article.

A Hunspell look-up costs about 2 us, the cache's about 0.1 us: a re-check of a 2,000-word body
is the tokenizer's regex and a dict look-up per word (benchmarks/bench_spelling.py). Loading a
dictionary takes 0.13-0.26 s (sv_SE the slowest): load() runs on a worker, and until it is done
that language's words are not marked. Loaded dictionaries are only read from here on (check and
suggest), from the GUI thread; suggestions run in their own process (suggestions.py)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.domain.languages import base_language
from workstation.services.spelling.dictionaries import (
    DictionaryFiles,
    dictionary_name,
    find_dictionaries,
    shipped_folder,
    user_folder,
)
from workstation.services.spelling.ignored import IgnoredWords
from workstation.services.spelling.personal import PersonalDictionary
from workstation.services.spelling.tokens import Word, text_words


class SpellChecker:
    def __init__(self, data_dir: Path | None = None, *, shared_words: Iterable[str] = ()) -> None:
        folders = [shipped_folder()] + ([user_folder(data_dir)] if data_dir is not None else [])
        self.dictionaries: dict[str, DictionaryFiles] = find_dictionaries(folders)
        self.personal = PersonalDictionary(data_dir) if data_dir is not None else None
        self.ignored = IgnoredWords(data_dir) if data_dir is not None else None  # Ignore in This Article
        self._shared = frozenset(w.strip() for w in shared_words if w.strip())
        self._loaded: dict[str, Any] = {}  # name -> Hunspell
        self._cache: dict[str, dict[str, bool]] = {}
        self._own: dict[str, frozenset[str]] = {}  # base language -> personal words
        self._names: dict[str, str] = {}  # language code -> dictionary name ("" for none)
        self._lock = threading.Lock()  # two workers loading the same dictionary load it once

    # -- dictionaries --------------------------------------------------------------------------

    def dictionary_for(self, language: str) -> str | None:
        return dictionary_name(language, self.dictionaries)

    def is_loaded(self, language: str) -> bool:
        name = self.dictionary_for(language)
        return name is not None and name in self._loaded

    def load(self, language: str) -> str | None:
        """Load the dictionary of `language` (slow: on a worker); its name, or None if there is
        none. A broken file raises a WorkstationError naming it."""
        name = self.dictionary_for(language)
        if name is None:
            return None
        with self._lock:
            if name not in self._loaded:
                self._loaded[name] = shared_hunspell(self.dictionaries[name])
                self._cache[name] = {}
            self._personal_words(language)
        return name

    def _personal_words(self, language: str) -> frozenset[str]:
        base = base_language(language)
        if base not in self._own:
            self._own[base] = frozenset(self.personal.words(base)) if self.personal else frozenset()
        return self._own[base]

    # -- checking ------------------------------------------------------------------------------

    def is_correct(self, word: str, language: str, ignored: frozenset[str] = frozenset()) -> bool:
        """True for a word the language's dictionary, the personal or shared list or the
        article's ignore list accepts, and for every word of a language with no dictionary
        loaded (nothing is marked then)."""
        return self.word_test(language, ignored)(word)

    def word_test(self, language: str, ignored: frozenset[str] = frozenset()) -> Callable[[str], bool]:
        """is_correct for one language and ignore list, with the look-ups done once: the
        highlighter asks this per word, so a word costs a dict hit once it is cached."""
        name = self._names.get(language)
        if name is None:
            name = self._names[language] = self.dictionary_for(language) or ""
        hunspell = self._loaded.get(name)
        if hunspell is None:
            return _accept_all
        cache = self._cache[name]
        spell = hunspell.spell
        in_lists = self._in_lists

        def test(word: str) -> bool:
            known = cache.get(word)
            if known is None:
                known = cache[word] = bool(spell(word)) or in_lists(word, language)
            return known or word in ignored

        return test

    def _in_lists(self, word: str, language: str) -> bool:
        own = self._personal_words(language)
        return any(form in own or form in self._shared for form in (word, word.lower(), word.capitalize()))

    def misspelled(
        self, words: Iterable[Word], language: str, ignored: frozenset[str] = frozenset()
    ) -> list[Word]:
        tests: dict[str, Callable[[str], bool]] = {}
        found: list[Word] = []
        for word in words:
            code = word.language or language
            test = tests.get(code) or tests.setdefault(code, self.word_test(code, ignored))
            if not test(word.text):
                found.append(word)
        return found

    def check_text(
        self, text: str, language: str, ignored: frozenset[str] = frozenset(), *, fences: bool = True
    ) -> list[Word]:
        """The misspelt words of a whole text (Markdown skipped), with their offsets."""
        return self.misspelled(text_words(text, fences=fences), language, ignored)

    def languages_used(self, text: str, language: str) -> set[str]:
        """The article's language and every span's, to load before checking."""
        return {language} | {w.language for w in text_words(text) if w.language}

    # -- the personal list ---------------------------------------------------------------------

    def add_word(self, word: str, language: str) -> None:
        """Add to Dictionary: into the personal list of the language, accepted at once."""
        if self.personal is None:
            raise WorkstationError(
                translate("Spelling", "There is no data folder to keep a personal word list in.")
            )
        base = base_language(language)
        self.personal.add(base, word)
        self.reload_personal()

    def set_personal_words(self, language: str, words: list[str]) -> list[str]:
        """Preferences: replace a language's personal list."""
        if self.personal is None:
            raise WorkstationError(
                translate("Spelling", "There is no data folder to keep a personal word list in.")
            )
        saved = self.personal.save(base_language(language), words)
        self.reload_personal()
        return saved

    def reload_personal(self) -> None:
        self._own.clear()
        for cache in self._cache.values():
            cache.clear()


def _accept_all(_word: str) -> bool:
    return True


_OPENED: dict[tuple[Path, Path], Any] = {}  # one Hunspell a dictionary file, for every checker
_OPENING = threading.Lock()


def shared_hunspell(files: DictionaryFiles) -> Any:
    """The process's Hunspell for a dictionary: only read after loading, so checkers (a window,
    a benchmark, the tests' windows) share it rather than each paying the 0.1-0.3 s load."""
    key = (files.aff, files.dic)
    with _OPENING:
        if key not in _OPENED:
            _OPENED[key] = open_hunspell(files)
        return _OPENED[key]


def open_hunspell(files: DictionaryFiles) -> Any:
    """A Hunspell over one .aff/.dic pair (chunspell's module is named hunspell)."""
    from hunspell import Hunspell

    try:
        return Hunspell(files.name, hunspell_data_dir=str(files.folder), system_encoding="UTF-8")
    except (OSError, MemoryError) as exc:
        raise WorkstationError(
            translate("Spelling", "Could not open the spelling dictionary {file}: {error}").format(
                file=files.dic, error=exc
            )
        ) from exc
