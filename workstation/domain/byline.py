"""The byline: how a new article's is written from the byline format, and how the page prints
it ("By TT", in Swedish "Av Anna Sjögren"). The preview, the HTML export and the published post
print it through the same rule, so a byline typed with its word is never printed with two."""

from __future__ import annotations

import re

from workstation.domain.languages import base_language

NAME_FIELD = "{name}"
# The word a printed byline starts with, per article language; any other language takes English's.
BYLINE_WORDS = {"en": "By", "sv": "Av"}
# A byline that already starts with one of these words (any case) is printed as typed: an
# editor's "By Anna Sjögren, Stockholm" in an article marked Swedish is not "Av By Anna...".
_HAS_WORD = re.compile(rf"^(?:{'|'.join(BYLINE_WORDS.values())})\s+", re.IGNORECASE)


def format_byline(byline_format: str, name: str) -> str:
    """The byline of a new article: the format with {name} replaced by the editor's name; with
    no name, no byline ("By " alone helps nobody). A format without {name} is the byline."""
    if NAME_FIELD not in byline_format:
        return byline_format.strip()
    return byline_format.replace(NAME_FIELD, name.strip()).strip() if name.strip() else ""


def byline_word(language: str) -> str:
    return BYLINE_WORDS.get(base_language(language), BYLINE_WORDS["en"])


def printed_byline(byline: str, language: str, word: str | None = None) -> str:
    """The byline line as the page prints it; "" for no byline. `word` is a site's own (its
    template folder's labels), else the language's."""
    byline = " ".join(byline.split())
    word = word or byline_word(language)
    if not byline or _HAS_WORD.match(byline) or byline.casefold().startswith(word.casefold() + " "):
        return byline
    return f"{word} {byline}"


def byline_name(line: str) -> str:
    """A printed byline without its word: what a site's byline paragraph holds as the field."""
    return _HAS_WORD.sub("", " ".join(line.split()), count=1)
