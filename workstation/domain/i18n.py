"""The interface's words in the user's language, with no Qt here: every visible string goes
through translate(context, text), which returns the text unchanged (English) until the composition
root installs Qt's translator (QCoreApplication.translate) and the locale's number format.

pyside6-lupdate finds the calls by their name, `translate("Context", "text")` and
`QT_TRANSLATE_NOOP("Context", "text")`, with literal arguments: a template with placeholders is
translated first and formatted after (`translate("Ctx", "Saved {time}").format(time=...)`), so
Swedish can reorder the words. Strings kept in module-level constants are marked with
QT_TRANSLATE_NOOP and translated where they are shown (the translator is installed after import).

The article's page has its own words in the article's language (domain/page_labels.py); this is
the app's language only."""

from __future__ import annotations

from collections.abc import Callable

# The choices of Preferences › Interface language, as kept in settings.ini.
SYSTEM = "system"
ENGLISH = "en"
SWEDISH = "sv"
INTERFACE_LANGUAGES = (SYSTEM, ENGLISH, SWEDISH)

Translator = Callable[[str, str, "str | None", int], str]


def _untranslated(_context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
    # Qt replaces %n with the count even with no catalogue: so does the fallback.
    return text.replace("%n", str(n)) if n >= 0 else text


def _plain_number(value: int) -> str:
    return f"{value:,}"


_translator: Translator = _untranslated
_number: Callable[[int], str] = _plain_number


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface language (itself in English or with no catalogue installed)."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the catalogue without translating it: translate it where it is shown.
    (The name and the unused context are what lupdate looks for.)"""
    del context
    return text


def format_number(value: int) -> str:
    """An integer with the interface locale's digit grouping ('1,234'; Swedish '1 234')."""
    return _number(value)


def install(translator: Translator | None, number: Callable[[int], str] | None = None) -> None:
    """Called by the composition root once the QApplication exists; None restores English."""
    global _translator, _number
    _translator = translator or _untranslated
    _number = number or _plain_number
