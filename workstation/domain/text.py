"""Text measures shared by the list, the editor and the page: words, reading time, slugs, and
counts in words ("3 tags")."""

from __future__ import annotations

import math
import re
import unicodedata

WORDS_PER_MINUTE = 250

# A word is a run of letters/digits, allowing inner apostrophes and hyphens ("Jong-Un", "don't").
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Markdown syntax that is not prose: link targets, image sources, HTML tags.
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_HTML_TAG = re.compile(r"<[^>]+>")


def count_words(*texts: str) -> int:
    """Words as a reader counts them, ignoring Markdown link targets and HTML tags."""
    total = 0
    for text in texts:
        if not text:
            continue
        prose = _HTML_TAG.sub(" ", _LINK_TARGET.sub("]", text))
        total += sum(1 for _ in _WORD.finditer(prose))
    return total


def reading_minutes(words: int) -> int:
    """Reading time as the page shows it: words / 250 rounded up, at least one minute."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def slugify(text: str) -> str:
    """A URL slug: lower case ASCII letters, digits and hyphens ("Sport & Fotboll" -> "sport-fotboll")."""
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 tag', '3 tags'; `many` where adding an s is wrong ('2 articles were')."""
    return f"{n} {one if n == 1 else (many if many is not None else one + 's')}"


def name_key(name: str) -> str:
    """The case-insensitive identity of a tag or section name."""
    return " ".join(name.casefold().split())
