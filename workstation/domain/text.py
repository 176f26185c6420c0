"""Text measures shared by the list, the editor and the page: words, reading time, slugs, and
counts in words ("3 tags"); the text a reader reads of a Markdown body, and its counts."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from workstation.domain.i18n import QT_TRANSLATE_NOOP, format_number, translate

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
        total += len(_WORD.findall(prose))
    return total


# Markdown syntax a reader never sees (reader_text).
_FENCE_LINE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RULE_LINE = re.compile(r"^ {0,3}(?:([-*_])( *\1){2,}|=+) *$")  # rules, setext underlines
_DEFINITION_LINE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S")
# Quote markers, then a list marker (with a task box), then a heading's hashes, at a line's start.
_LINE_MARKERS = re.compile(
    r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?(?:#{1,6}(?:[ \t]+|$))?"
)
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_CODE_SPAN_PART = re.compile(r"(`+)(.+?)\1")
_IMAGE = re.compile(r"!\[(?:\\.|[^\]\\\n])*\]\([^)\n]*\)")  # photo: references and any other image
_INLINE_LINK = re.compile(r"\[((?:\\.|[^\]\\\n])*)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)  # reads as a space
_EMPHASIS = re.compile(r"\*+|_+|~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<])")


def _emphasis_marker(match: re.Match[str]) -> str:
    """'' for an emphasis marker; a `*` between spaces ('5 * 3'), an escaped one and an `_`
    inside a word (snake_case) are text."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    marker = match.group()
    if before == "\\" or (before.isspace() and after.isspace()):
        return marker
    if marker[0] == "_" and before.isalnum() and after.isalnum():
        return marker
    return ""


def _reader_inline(text: str) -> str:
    # Each pattern runs only where its syntax can be: most lines of prose hold none of it.
    if "![" in text:
        text = _IMAGE.sub("", text)
    if "](" in text or "][" in text:
        text = _INLINE_LINK.sub(r"\1", text)
    if "<" in text:
        text = _HTML_TAG.sub("", _AUTOLINK.sub(r"\1", _BREAK_TAG.sub(" ", text)))
    if "*" in text or "_" in text or "~~" in text:
        text = _EMPHASIS.sub(_emphasis_marker, text)
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text


def _inline_with_code(text: str) -> str:
    """A line's inline syntax gone; code spans keep their text as written (Markdown inside
    them is not syntax)."""
    parts: list[str] = []
    last = 0
    for span in _CODE_SPAN_PART.finditer(text) if "`" in text else ():
        parts.append(_reader_inline(text[last : span.start()]))
        parts.append(span.group(2))
        last = span.end()
    parts.append(_reader_inline(text[last:]))
    return "".join(parts)


def reader_text(markdown: str, *, blocks: bool = True) -> str:
    """The text a reader sees of a Markdown field, for the editor's counters: photo references
    (and other images) go, and so does the inline syntax (`**`, `*`, `_`, code backticks, link
    targets, HTML tags); link text and code stay. With `blocks` (a body) the block syntax goes
    too: `#`, `>`, list markers, fences, rules, link definitions. One line for each line that
    shows text, its spaces collapsed as a page shows them; blank lines are left out."""
    if not markdown:
        return ""
    lines: list[str] = []
    fence: str | None = None
    for line in markdown.splitlines():
        if not blocks:
            shown = " ".join(_inline_with_code(line).rstrip("\\").split())
            if shown:
                lines.append(shown)
            continue
        opening = _FENCE_LINE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            elif line.strip():
                lines.append(line.strip())
            continue
        if opening:
            fence = opening.group(1)
            continue
        if _RULE_LINE.match(line) or _DEFINITION_LINE.match(line):
            continue
        marker = _LINE_MARKERS.match(line)
        heading = marker is not None and "#" in marker.group()
        text = line[marker.end() :] if marker else line
        if heading:
            text = _CLOSING_HASHES.sub("", text)
        shown = " ".join(_inline_with_code(text).rstrip("\\").split())  # as a page shows it
        if shown:
            lines.append(shown)
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class TextCount:
    """Words and characters of one text, counted over the same characters. Characters include
    spaces (as word processors count them) but not line breaks."""

    words: int = 0
    characters: int = 0

    @classmethod
    def of(cls, text: str) -> TextCount:
        """The count of plain text (a headline, or what reader_text gives)."""
        if not text:
            return cls()
        return cls(len(_WORD.findall(text)), len(text) - text.count("\n") - text.count("\r"))

    @classmethod
    def of_markdown(cls, markdown: str, *, blocks: bool = True) -> TextCount:
        """The count of what a reader reads of a Markdown field (see reader_text)."""
        return cls.of(reader_text(markdown, blocks=blocks))

    def __add__(self, other: TextCount) -> TextCount:
        return TextCount(self.words + other.words, self.characters + other.characters)


def reading_minutes(words: int) -> int:
    """Reading time as the page shows it: words / 250 rounded up, at least one minute."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def slugify(text: str) -> str:
    """A URL slug: lower case ASCII letters, digits and hyphens ("Sport & Fotboll" -> "sport-fotboll")."""
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug


# Every noun plural() is called with, both forms, for the catalogue (context "Plural"): Swedish,
# like English, has one form for 1 and one for the rest. tests/unit/domain/test_i18n.py fails on a
# plural() call whose words are not here.
PLURAL_NOUNS = (
    QT_TRANSLATE_NOOP("Plural", "article"),
    QT_TRANSLATE_NOOP("Plural", "articles"),
    QT_TRANSLATE_NOOP("Plural", "Article"),
    QT_TRANSLATE_NOOP("Plural", "Articles"),
    QT_TRANSLATE_NOOP("Plural", "more article"),
    QT_TRANSLATE_NOOP("Plural", "more articles"),
    QT_TRANSLATE_NOOP("Plural", "more match"),
    QT_TRANSLATE_NOOP("Plural", "more matches"),
    QT_TRANSLATE_NOOP("Plural", "new section"),
    QT_TRANSLATE_NOOP("Plural", "new sections"),
    QT_TRANSLATE_NOOP("Plural", "section"),
    QT_TRANSLATE_NOOP("Plural", "sections"),
    QT_TRANSLATE_NOOP("Plural", "picture"),
    QT_TRANSLATE_NOOP("Plural", "pictures"),
    QT_TRANSLATE_NOOP("Plural", "tag"),
    QT_TRANSLATE_NOOP("Plural", "tags"),
    QT_TRANSLATE_NOOP("Plural", "article is"),
    QT_TRANSLATE_NOOP("Plural", "articles are"),
    QT_TRANSLATE_NOOP("Plural", "article was"),
    QT_TRANSLATE_NOOP("Plural", "articles were"),
    QT_TRANSLATE_NOOP("Plural", "chosen article"),
    QT_TRANSLATE_NOOP("Plural", "chosen articles"),
    QT_TRANSLATE_NOOP("Plural", "conflict"),
    QT_TRANSLATE_NOOP("Plural", "conflicts"),
    QT_TRANSLATE_NOOP("Plural", "new article"),
    QT_TRANSLATE_NOOP("Plural", "new articles"),
    QT_TRANSLATE_NOOP("Plural", "problem"),
    QT_TRANSLATE_NOOP("Plural", "problems"),
    QT_TRANSLATE_NOOP("Plural", "replacement"),
    QT_TRANSLATE_NOOP("Plural", "replacements"),
    QT_TRANSLATE_NOOP("Plural", "misspelling"),
    QT_TRANSLATE_NOOP("Plural", "misspellings"),
)


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 tag', '3 tags'; `many` where adding an s is wrong ('2 articles were'); the noun in the
    interface language (PLURAL_NOUNS)."""
    word = one if n == 1 else (many if many is not None else one + "s")
    return f"{format_number(n)} {translate('Plural', word)}"


def name_key(name: str) -> str:
    """The case-insensitive identity of a tag or section name."""
    return " ".join(name.casefold().split())
