"""The words of a text that spell checking looks at, and the language of each.

Skipped: Markdown syntax (markers are not letters), link and image targets (their text is
checked), bare URLs, inline and fenced code, HTML tags, comments and entities, e-mail addresses,
words with digits and all-caps acronyms (FN, NATO). `<span lang="en">…</span>` gives its words
another language than the text's: a quote in English in a Swedish story."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

_SKIPS = (
    r"(?P<code>(?P<ticks>`+).+?(?P=ticks))"
    r"|(?P<autolink><(?:https?|mailto|ftp):[^>\s]*>)"
    r"|(?P<open><span\b(?P<attrs>[^<>]*)>)"
    r"|(?P<close></span\s*>)"
    r"|(?P<tag><!--.*?-->|</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<entity>&#?\w+;)"
    r"|(?P<target>\]\([^)\n]*\))"
    r"|(?P<url>(?:https?://|ftp://|www\.)[^\s<>()\[\]]+)"
)
_EMAIL = r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
_WORD_PATTERN = r"[^\W_]+(?:['’][^\W_]+)*"
_SCAN = re.compile(_SKIPS + r"|(?P<word>" + _WORD_PATTERN + ")")
_SCAN_EMAIL = re.compile(_SKIPS + _EMAIL + r"|(?P<word>" + _WORD_PATTERN + ")")  # only where there is an @
_WORD = re.compile(_WORD_PATTERN)
# A line with none of these is prose only: its words are found by the word pattern alone, which
# is most of a body's lines and three times faster (benchmarks/bench_spelling.py).
_MARKUP = re.compile(r"[`<&@]|\]\(|://|www\.")
_DIGIT = re.compile(r"\d")
_LANG = re.compile(r"""\blang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s")  # [id]: https://… a link's target, not prose


class Word(NamedTuple):  # a tuple: made for every word of a block on every keystroke
    start: int  # in the text given
    end: int
    text: str
    language: str | None  # a span's language; None: the text's own


def checkable(word: str) -> bool:
    """A word worth a dictionary look-up: two letters or more, no digit, not an acronym."""
    return not (len(word) < 2 or word.isupper() or (not word.isalpha() and _DIGIT.search(word)))


def misspelt_in_plain_line(line: str, good: set[str], test: Callable[[str], bool]) -> list[Word] | None:
    """The misspelt words of a line of prose only (no markup, not a fence or a reference), or
    None for any other line (line_words applies). `good` holds the words known to pass (and
    grows here): re-checking a paragraph on each keystroke is then a set look-up a word and one
    dictionary test, for the word being typed, not a test and a tuple for each of its words."""
    if _MARKUP.search(line) is not None or _FENCE.match(line) or _REFERENCE.match(line):
        return None
    suspects = {word for word in _WORD.findall(line) if word not in good}
    bad = set()
    for word in suspects:
        if checkable(word) and not test(word):
            bad.add(word)
        else:
            good.add(word)
    if not bad:
        return []
    return [Word(m.start(), m.end(), m.group(), None) for m in _WORD.finditer(line) if m.group() in bad]


def span_language(attrs: str) -> str | None:
    match = _LANG.search(attrs)
    if match is None:
        return None
    value = next(g for g in match.groups() if g is not None).strip()
    return value or None


def line_words(line: str, *, in_fence: bool = False) -> tuple[list[Word], bool]:
    """The checkable words of one line (a block of the body), and whether a fenced code block
    is open after it. Spans nest; one left open ends with the line."""
    if _FENCE.match(line):
        return [], not in_fence
    if in_fence or _REFERENCE.match(line):
        return [], in_fence
    if _MARKUP.search(line) is None:
        return [
            Word(m.start(), m.end(), m.group(), None) for m in _WORD.finditer(line) if checkable(m.group())
        ], in_fence
    words: list[Word] = []
    stack: list[str | None] = []  # the open spans' languages (None: inherits)
    language: str | None = None
    for match in (_SCAN_EMAIL if "@" in line else _SCAN).finditer(line):
        kind = match.lastgroup
        if kind == "word":
            text = match.group()
            if checkable(text):
                words.append(Word(match.start(), match.end(), text, language))
        elif kind == "open":
            stack.append(span_language(match.group("attrs")) or language)
            language = stack[-1]
        elif kind == "close" and stack:
            stack.pop()
            language = stack[-1] if stack else None
    return words, in_fence


def fence_after(line: str, in_fence: bool) -> bool:
    """Whether a fenced code block is open after this line (line_words says it too)."""
    return not in_fence if _FENCE.match(line) else in_fence


def text_words(text: str, *, fences: bool = True) -> Iterator[Word]:
    """The checkable words of a whole text (offsets in it), line by line."""
    in_fence = False
    offset = 0
    for line in text.split("\n"):
        words, after = line_words(line, in_fence=in_fence)
        if fences:
            in_fence = after
        for word in words:
            yield Word(word.start + offset, word.end + offset, word.text, word.language)
        offset += len(line) + 1
