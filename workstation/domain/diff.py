"""Word-level differences between two versions of an article (rendered as HTML, and their size
as text, by services/rendering/diff_html.py).

Text fields are compared paragraph by paragraph first (cheap: most edits touch a few lines), then
word by word inside the paragraphs that changed. Tokens are words, runs of whitespace and single
punctuation marks, so joining a text field's equal and deleted segments gives back the old text
exactly, and equal and inserted segments the new text: whitespace and paragraphs survive.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from typing import TypeVar

from workstation.domain.article import ArticleContent
from workstation.domain.text import count_words

T = TypeVar("T", bound=Hashable)


class SegmentKind(StrEnum):
    EQUAL = "equal"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class DiffSegment:
    kind: SegmentKind
    text: str


class FieldKind(StrEnum):
    TEXT = "text"  # segments join into the field's text
    LIST = "list"  # one segment per item (tags)
    VALUE = "value"  # one value replaced by another (section, status, language)


@dataclass(frozen=True, slots=True)
class FieldDiff:
    name: str
    label: str
    kind: FieldKind
    segments: tuple[DiffSegment, ...]

    @property
    def changed(self) -> bool:
        return any(segment.kind is not SegmentKind.EQUAL for segment in self.segments)

    def _words(self, kind: SegmentKind) -> int:
        if self.kind is FieldKind.VALUE:
            return 0
        return sum(count_words(segment.text) for segment in self.segments if segment.kind is kind)

    @property
    def words_added(self) -> int:
        return self._words(SegmentKind.INSERTED)

    @property
    def words_removed(self) -> int:
        return self._words(SegmentKind.DELETED)


@dataclass(frozen=True, slots=True)
class ContentDiff:
    fields: tuple[FieldDiff, ...]

    @property
    def changed(self) -> bool:
        return any(field.changed for field in self.fields)

    @property
    def changed_fields(self) -> tuple[FieldDiff, ...]:
        return tuple(field for field in self.fields if field.changed)

    def field(self, name: str) -> FieldDiff:
        for field in self.fields:
            if field.name == name:
                return field
        raise KeyError(name)

    @property
    def words_added(self) -> int:
        return sum(field.words_added for field in self.fields)

    @property
    def words_removed(self) -> int:
        return sum(field.words_removed for field in self.fields)


# Field name, label, kind, in the order the page shows them.
FIELDS: tuple[tuple[str, str, FieldKind], ...] = (
    ("headline", "Headline", FieldKind.TEXT),
    ("standfirst", "Standfirst", FieldKind.TEXT),
    ("body", "Body", FieldKind.TEXT),
    ("byline", "Byline", FieldKind.TEXT),
    ("source_note", "Source note", FieldKind.TEXT),
    ("tags", "Tags", FieldKind.LIST),
    ("section", "Section", FieldKind.VALUE),
    ("status", "Status", FieldKind.VALUE),
    ("language", "Language", FieldKind.VALUE),
    ("word_target", "Word target", FieldKind.VALUE),
)

# A word (letters/digits with inner apostrophes or hyphens), a run of whitespace, or one other character.
_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|\s+|.", re.DOTALL)


def tokenize(text: str) -> list[str]:
    """Words, whitespace runs and single marks; the tokens join back into the text."""
    return _TOKEN.findall(text)


# -- computing ---------------------------------------------------------------------------------


# Sizes that keep any input well under 100 ms (difflib is quadratic in the worst case):
# above _MATCH_LIMIT pairs of units, difflib's autojunk is on (very common units stop anchoring);
# above _TOKEN_LIMIT pairs of tokens, a part is not matched token by token but shown replaced whole.
_MATCH_LIMIT = 1_000_000
_TOKEN_LIMIT = 600 * 600
# Replaced parts up to this (characters times characters) go straight to tokens: sentences would
# commit to a worse alignment ("Second paragraph." kept as two pieces around an insert).
_SMALL_PART = 1500 * 1500
_WORD_LEVEL = 2


def _opcodes(old: Sequence[T], new: Sequence[T]) -> Sequence[tuple[str, int, int, int, int]]:
    # autojunk off for ordinary sizes: with it, spaces and common words of a long text could not
    # anchor a match and the result came out ragged. The coarse levels keep the sequences short.
    big = len(old) * len(new) > _MATCH_LIMIT
    return SequenceMatcher(None, old, new, autojunk=big).get_opcodes()


_PARAGRAPH = re.compile(r"[^\n]*\n(?:[ \t]*\n)*|[^\n]+")


def _paragraphs(text: str) -> list[str]:
    """Lines, each with the blank lines after it: a blank line never anchors a match on its own."""
    return _PARAGRAPH.findall(text)


_SENTENCE_END = re.compile(r"(?<=[.!?…])(\s+)")


def _sentences(text: str) -> list[str]:
    """Sentences, each with the whitespace after it."""
    parts = _SENTENCE_END.split(text)
    units = [parts[i] + (parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
    return [unit for unit in units if unit]


_SPACED_TOKEN = re.compile(r"(?:[^\W_]+(?:['’\-][^\W_]+)*|\S)\s*|\s+")


def _spaced_tokens(text: str) -> list[str]:
    """Tokens with the whitespace after them: matching never anchors on a lone space."""
    return _SPACED_TOKEN.findall(text)


# Coarse to fine: paragraphs (lines), sentences, tokens with their spacing, then single tokens.
# Each level only looks into the parts the coarser level found replaced. Coarse units are matched
# without their trailing whitespace, so the last paragraph still matches once another follows it.
_LEVELS: tuple[Callable[[str], list[str]], ...] = (_paragraphs, _sentences, _spaced_tokens, tokenize)


# A change group: (deleted text, inserted text); an equal run: its text. Built in order.
_Chunk = tuple[str, str] | str


def _chunks(old: str, new: str, level: int = 0) -> Iterator[_Chunk]:
    """Match at this level, then look into the replaced parts at a finer one (small parts skip
    straight to words)."""
    old_units, new_units = _LEVELS[level](old), _LEVELS[level](new)
    finest = level == len(_LEVELS) - 1
    if finest and len(old_units) * len(new_units) > _TOKEN_LIMIT:
        yield old, new  # a huge rewrite with no sentence or paragraph to hold on to: shown whole
        return
    old_keys = old_units if finest else [unit.rstrip() for unit in old_units]
    new_keys = new_units if finest else [unit.rstrip() for unit in new_units]
    for tag, i1, i2, j1, j2 in _opcodes(old_keys, new_keys):
        if tag == "equal":
            yield from _equal_units(old_units[i1:i2], new_units[j1:j2])
            continue
        old_part, new_part = "".join(old_units[i1:i2]), "".join(new_units[j1:j2])
        if old_part == new_part:
            yield old_part
        elif tag != "replace" or finest:
            yield old_part, new_part
        elif i2 - i1 == j2 - j1 > 1 and len(old_part) * len(new_part) > _SMALL_PART:
            # As many paragraphs (sentences) as before, all edited: compare them pair by pair.
            for old_unit, new_unit in zip(old_units[i1:i2], new_units[j1:j2], strict=True):
                yield from _replaced(old_unit, new_unit, level)
        else:
            yield from _replaced(old_part, new_part, level)


def _replaced(old: str, new: str, level: int) -> Iterator[_Chunk]:
    if old == new:
        yield old
    elif level < _WORD_LEVEL and len(old) * len(new) <= _SMALL_PART:
        yield from _chunks(old, new, _WORD_LEVEL)
    else:
        yield from _chunks(old, new, level + 1)


def _equal_units(old_units: Sequence[str], new_units: Sequence[str]) -> Iterator[_Chunk]:
    """Units that matched; they may still differ in the whitespace after them."""
    for old_unit, new_unit in zip(old_units, new_units, strict=True):
        if old_unit == new_unit:
            yield old_unit
            continue
        text = old_unit.rstrip()
        yield text
        old_space, new_space = old_unit[len(text) :], new_unit[len(text) :]
        if old_space.startswith(new_space):
            yield new_space
            yield old_space[len(new_space) :], ""
        elif new_space.startswith(old_space):
            yield old_space
            yield "", new_space[len(old_space) :]
        else:
            yield old_space, new_space


_WORDISH = re.compile(r"[^\W_]")


def _is_replacement(chunk: tuple[str, str]) -> bool:
    return bool(chunk[0]) and bool(chunk[1])


def _folds(gap: str, before: tuple[str, str], after: tuple[str, str]) -> bool:
    """Whether an unchanged gap between two changes reads better inside them: spacing within a
    paragraph always; a few marks ("</", ">") between two replacements."""
    if "\n\n" in gap or _WORDISH.search(gap):
        return False
    if gap.isspace():
        return True
    return len(gap) <= 3 and _is_replacement(before) and _is_replacement(after)


def _merge(chunks: Iterator[_Chunk]) -> list[_Chunk]:
    """Join neighbouring changes, folding small gaps between changes into both sides."""
    merged: list[_Chunk] = []
    for chunk in chunks:
        if isinstance(chunk, str):
            if not chunk:
                continue
            if merged and isinstance(merged[-1], str):
                merged[-1] += chunk
            else:
                merged.append(chunk)
            continue
        if not chunk[0] and not chunk[1]:
            continue
        last = merged[-1] if merged else None
        before = merged[-2] if len(merged) >= 2 else None
        if isinstance(last, tuple):
            merged[-1] = (last[0] + chunk[0], last[1] + chunk[1])
        elif isinstance(last, str) and isinstance(before, tuple) and _folds(last, before, chunk):
            merged[-2:] = [(before[0] + last + chunk[0], before[1] + last + chunk[1])]
        else:
            merged.append(chunk)
    return merged


def diff_text(old: str, new: str) -> tuple[DiffSegment, ...]:
    """Segments of a text field: equal, deleted and inserted runs, in reading order."""
    if old == new:
        return (DiffSegment(SegmentKind.EQUAL, old),) if old else ()
    segments: list[DiffSegment] = []
    for chunk in _merge(_chunks(old, new)):
        if isinstance(chunk, str):
            segments.append(DiffSegment(SegmentKind.EQUAL, chunk))
            continue
        deleted, inserted = chunk
        if deleted:
            segments.append(DiffSegment(SegmentKind.DELETED, deleted))
        if inserted:
            segments.append(DiffSegment(SegmentKind.INSERTED, inserted))
    return tuple(segments)


def diff_items(old: Sequence[str], new: Sequence[str]) -> tuple[DiffSegment, ...]:
    """Segments of a list field, one per item."""
    segments: list[DiffSegment] = []
    for tag, i1, i2, j1, j2 in _opcodes(list(old), list(new)):
        if tag == "equal":
            segments.extend(DiffSegment(SegmentKind.EQUAL, item) for item in old[i1:i2])
            continue
        segments.extend(DiffSegment(SegmentKind.DELETED, item) for item in old[i1:i2])
        segments.extend(DiffSegment(SegmentKind.INSERTED, item) for item in new[j1:j2])
    return tuple(segments)


def diff_value(old: str, new: str) -> tuple[DiffSegment, ...]:
    """Segments of a single-value field: the old value replaced by the new one."""
    if old == new:
        return (DiffSegment(SegmentKind.EQUAL, old),) if old else ()
    segments = []
    if old:
        segments.append(DiffSegment(SegmentKind.DELETED, old))
    if new:
        segments.append(DiffSegment(SegmentKind.INSERTED, new))
    return tuple(segments)


def section_label(section_id: int | None, section_names: Mapping[int, str] | None = None) -> str:
    if section_id is None:
        return ""
    names = section_names or {}
    return names.get(section_id, f"Section {section_id}")


def target_label(words: int) -> str:
    return f"{words:,} words" if words else ""


def diff_content(
    old: ArticleContent, new: ArticleContent, section_names: Mapping[int, str] | None = None
) -> ContentDiff:
    """Every field's segments, from old to new. Sections show by name when names are given."""
    compute: dict[str, Callable[[], tuple[DiffSegment, ...]]] = {
        "headline": lambda: diff_text(old.headline, new.headline),
        "standfirst": lambda: diff_text(old.standfirst, new.standfirst),
        "body": lambda: diff_text(old.body, new.body),
        "byline": lambda: diff_text(old.byline, new.byline),
        "source_note": lambda: diff_text(old.source_note, new.source_note),
        "tags": lambda: diff_items(old.tags, new.tags),
        "section": lambda: diff_value(
            section_label(old.section_id, section_names), section_label(new.section_id, section_names)
        ),
        "status": lambda: diff_value(old.status.label, new.status.label),
        "language": lambda: diff_value(old.language, new.language),
        "word_target": lambda: diff_value(target_label(old.word_target), target_label(new.word_target)),
    }
    return ContentDiff(tuple(FieldDiff(name, label, kind, compute[name]()) for name, label, kind in FIELDS))


def change_size(old: ArticleContent, new: ArticleContent) -> tuple[int, int]:
    """(words added, words removed) from old to new, over the text fields and tags."""
    result = diff_content(old, new)
    return result.words_added, result.words_removed
