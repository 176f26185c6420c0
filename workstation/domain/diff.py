"""Word-level differences between two versions of an article, and their rendering as safe HTML.

Text fields are compared paragraph by paragraph first (cheap: most edits touch a few lines), then
word by word inside the paragraphs that changed. Tokens are words, runs of whitespace and single
punctuation marks, so joining a text field's equal and deleted segments gives back the old text
exactly, and equal and inserted segments the new text: whitespace and paragraphs survive.
"""

from __future__ import annotations

import html
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

    def text(self, kind: SegmentKind) -> str:
        """The text of the segments of one kind, joined (items of a list field on their own lines)."""
        joiner = "\n" if self.kind is FieldKind.LIST else ""
        return joiner.join(segment.text for segment in self.segments if segment.kind is kind)

    @property
    def words_added(self) -> int:
        return count_words(self.text(SegmentKind.INSERTED)) if self.kind is not FieldKind.VALUE else 0

    @property
    def words_removed(self) -> int:
        return count_words(self.text(SegmentKind.DELETED)) if self.kind is not FieldKind.VALUE else 0


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
# Replaced parts up to this (characters times characters) go straight to word tokens: coarser
# units would commit to a worse alignment ("Second paragraph." kept as two pieces around an insert).
_SMALL_PART = 1500 * 1500


def _opcodes(old: Sequence[T], new: Sequence[T]) -> Sequence[tuple[str, int, int, int, int]]:
    # autojunk off for ordinary sizes: with it, spaces and common words of a long text could not
    # anchor a match and the result came out ragged. The coarse levels keep the sequences short.
    big = len(old) * len(new) > _MATCH_LIMIT
    return SequenceMatcher(None, old, new, autojunk=big).get_opcodes()


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


_SENTENCE_END = re.compile(r"(?<=[.!?…])(\s+)")


def _sentences(text: str) -> list[str]:
    """Sentences, each with the whitespace after it."""
    parts = _SENTENCE_END.split(text)
    units = [parts[i] + (parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
    return [unit for unit in units if unit]


_WORD_RUN = re.compile(r"\S+\s*|\s+")


def _word_runs(text: str) -> list[str]:
    """Words with their punctuation and the whitespace after them: no run of lone spaces to match."""
    return _WORD_RUN.findall(text)


# Coarse to fine: paragraphs (lines), sentences, words with their spacing, then single tokens.
# Each level only looks into the parts the coarser level found replaced.
_LEVELS: tuple[Callable[[str], list[str]], ...] = (_lines, _sentences, _word_runs, tokenize)


# A change group: (deleted text, inserted text); an equal run: its text. Built in order.
_Chunk = tuple[str, str] | str


def _chunks(old: str, new: str, level: int = 0) -> Iterator[_Chunk]:
    """Match at this level; look into replaced parts word by word when they are small enough,
    else at the next finer level first."""
    old_units, new_units = _LEVELS[level](old), _LEVELS[level](new)
    finest = level == len(_LEVELS) - 1
    if finest and len(old_units) * len(new_units) > _TOKEN_LIMIT:
        yield old, new  # a huge rewrite with no sentence or paragraph to hold on to: shown whole
        return
    for tag, i1, i2, j1, j2 in _opcodes(old_units, new_units):
        old_part, new_part = "".join(old_units[i1:i2]), "".join(new_units[j1:j2])
        if tag == "equal" or old_part == new_part:
            yield old_part
        elif tag != "replace" or finest:
            yield old_part, new_part
        elif len(old_part) * len(new_part) <= _SMALL_PART:
            yield from _chunks(old_part, new_part, len(_LEVELS) - 1)
        else:
            yield from _chunks(old_part, new_part, level + 1)


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
    }
    return ContentDiff(tuple(FieldDiff(name, label, kind, compute[name]()) for name, label, kind in FIELDS))


def change_size(old: ArticleContent, new: ArticleContent) -> tuple[int, int]:
    """(words added, words removed) from old to new, over the text fields and tags."""
    result = diff_content(old, new)
    return result.words_added, result.words_removed


def format_change_size(added: int, removed: int) -> str:
    """'+12 −3 words', '+1 word', or 'No text changes'."""
    if not added and not removed:
        return "No text changes"
    parts = []
    if added:
        parts.append(f"+{added:,}")
    if removed:
        parts.append(f"\u2212{removed:,}")
    noun = "word" if max(added, removed) == 1 and not (added and removed) else "words"
    return f"{' '.join(parts)} {noun}"


# -- rendering ---------------------------------------------------------------------------------

INSERTED_STYLE = "background-color:#c9f2d0; color:#0b4f1c; text-decoration:none;"
DELETED_STYLE = "background-color:#fbd3d3; color:#7a1010; text-decoration:line-through;"
_HEADING_STYLE = "margin-top:14px; margin-bottom:4px; color:#555555; font-size:small; font-weight:bold;"
_ELIDED_STYLE = "color:#888888; font-style:italic;"
_PILCROW = "\u00b6"


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _lines_to_html(text: str, mark_breaks: bool) -> str:
    """Escaped text with line breaks kept; inside a change, a removed or added break shows as ¶."""
    lines = text.split("\n")
    breaker = f"{_PILCROW}<br>" if mark_breaks else "<br>"
    return breaker.join(_escape(line) for line in lines)


def _wrap(kind: SegmentKind, body: str) -> str:
    if kind is SegmentKind.INSERTED:
        return f'<ins style="{INSERTED_STYLE}">{body}</ins>'
    if kind is SegmentKind.DELETED:
        return f'<del style="{DELETED_STYLE}">{body}</del>'
    return body


def _context_size(lines: list[str], paragraphs: int, from_end: bool) -> int:
    """How many lines to keep on one side: the line touching the change, then whole paragraphs."""
    if not lines:
        return 0
    kept = 1
    seen = 0
    order = range(len(lines) - 2, -1, -1) if from_end else range(1, len(lines))
    for index in order:
        if seen >= paragraphs:
            break
        kept += 1
        if lines[index].strip():
            seen += 1
    return kept


def _elide(text: str, first: bool, last: bool, context: int) -> str:
    """Shorten an unchanged run to `context` paragraphs next to each change."""
    lines = text.split("\n")
    head = 0 if first else _context_size(lines, context, from_end=False)
    tail = 0 if last else _context_size(lines, context, from_end=True)
    hidden = lines[head : len(lines) - tail]
    hidden_paragraphs = sum(1 for line in hidden if line.strip())
    if head + tail >= len(lines) or hidden_paragraphs < 2:
        return _lines_to_html(text, mark_breaks=False)
    note = f'<span style="{_ELIDED_STYLE}">[\u2026 {hidden_paragraphs} unchanged paragraphs \u2026]</span>'
    parts = []
    if head:
        parts.append(_lines_to_html("\n".join(lines[:head]), mark_breaks=False))
    parts.append(note)
    if tail:
        parts.append(_lines_to_html("\n".join(lines[len(lines) - tail :]), mark_breaks=False))
    return "<br>".join(parts)


def field_to_html(field: FieldDiff, context: int | None = None) -> str:
    """One field's segments as HTML (no heading). `context` paragraphs around changes are kept of
    long unchanged runs; None keeps everything."""
    if field.kind is FieldKind.LIST:
        items = [_wrap(s.kind, _escape(s.text)) for s in field.segments]
        return ", ".join(items) if items else "<i>none</i>"
    if field.kind is FieldKind.VALUE:
        values = [_wrap(s.kind, _escape(s.text)) for s in field.segments]
        return " ".join(values) if values else "<i>none</i>"
    parts = []
    last_index = len(field.segments) - 1
    for index, segment in enumerate(field.segments):
        if segment.kind is SegmentKind.EQUAL:
            if context is not None and field.changed:
                parts.append(_elide(segment.text, index == 0, index == last_index, context))
            else:
                parts.append(_lines_to_html(segment.text, mark_breaks=False))
        else:
            parts.append(_wrap(segment.kind, _lines_to_html(segment.text, mark_breaks=True)))
    return "".join(parts) if parts else "<i>empty</i>"


def diff_to_html(
    diff: ContentDiff,
    *,
    only_changed: bool = True,
    context: int | None = 1,
    title: str = "",
    no_changes: str = "No differences.",
) -> str:
    """The diff as simple HTML for a QTextBrowser: a heading per field, insertions in <ins> on green,
    deletions in <del> on red and struck through. Every piece of text is escaped."""
    parts = ["<html><body>"]
    if title:
        parts.append(f'<p style="margin-top:0px; color:#444444;">{_escape(title)}</p>')
    fields = diff.changed_fields if only_changed else diff.fields
    if not fields:
        parts.append(f'<p style="color:#666666;"><i>{_escape(no_changes)}</i></p>')
    for field in fields:
        parts.append(f'<p style="{_HEADING_STYLE}">{_escape(field.label.upper())}</p>')
        parts.append(f'<p style="margin-top:0px;">{field_to_html(field, context)}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)
