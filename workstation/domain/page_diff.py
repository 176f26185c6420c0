"""Differences between two versions of an article as a reader sees them: the page's text, its
paragraphs and photos, not the Markdown behind them (History, conflicts with a site).

The body is aligned paragraph by paragraph first: a removed or an added paragraph is shown whole;
word marks appear only inside a pair of paragraphs that are still recognisably the same one. The
cost is one alignment over the paragraphs (difflib on their texts) plus one word diff per pair,
and pairing inside a replaced run looks at most _PAIR_WINDOW candidates ahead: a 5,000-word body
of 100 paragraphs is some 100 paragraph keys and a few word diffs, never words times words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import StrEnum

from workstation.domain.diff import (
    FIELDS,
    DiffSegment,
    FieldDiff,
    FieldKind,
    SegmentKind,
    diff_items,
    diff_text,
    diff_value,
)


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"
    ITEM = "item"  # one item of a list
    CODE = "code"
    PHOTO = "photo"
    RULE = "rule"


@dataclass(frozen=True, slots=True)
class PageBlock:
    """One paragraph, heading, list item or photo of the page.

    text: what a reader reads (a photo's caption, credit included); markup: the same as safe
    inline HTML (escaped text with strong, em, code, links and line breaks), "" when plain;
    photo: a stored photo's SHA-256, or the address of a picture that is not in the store."""

    kind: BlockKind
    text: str
    markup: str = ""
    photo: str = ""
    stored: bool = False  # the photo is in the store (a thumbnail can be shown)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.kind.value, self.text, self.markup, self.photo)


class BlockChangeKind(StrEnum):
    EQUAL = "equal"
    CHANGED = "changed"  # the same paragraph (or photo), edited: word marks inside
    DELETED = "deleted"
    INSERTED = "inserted"


@dataclass(frozen=True, slots=True)
class BlockChange:
    kind: BlockChangeKind
    old: PageBlock | None
    new: PageBlock | None
    segments: tuple[DiffSegment, ...] = ()  # CHANGED: the text's word diff

    @property
    def block(self) -> PageBlock:
        """The block to show: the new one unless it was deleted."""
        found = self.new if self.new is not None else self.old
        assert found is not None
        return found


@dataclass(frozen=True, slots=True)
class VersionView:
    """An article version in the page's words: the form both sides of a comparison take."""

    headline: str = ""
    standfirst: str = ""
    body: tuple[PageBlock, ...] = ()
    byline: str = ""
    source_note: str = ""
    section: str = ""
    tags: tuple[str, ...] = ()
    featured_photo: str = ""  # its caption (or file name); "" for none
    status: str = ""
    language: str = ""
    word_target: str = ""


@dataclass(frozen=True, slots=True)
class PageDiff:
    """The fields in page order; the body's blocks are in `body`, its place among the fields is
    the field named "body" (its segments are empty)."""

    fields: tuple[FieldDiff, ...]
    body: tuple[BlockChange, ...] = field(default=())
    # The body's Markdown, when it changed but the page reads the same (a tag the page drops, a
    # link's address): what did change, as typed.
    source: tuple[DiffSegment, ...] = field(default=())

    @property
    def body_changed(self) -> bool:
        return self.source_changed or any(change.kind is not BlockChangeKind.EQUAL for change in self.body)

    @property
    def source_changed(self) -> bool:
        return any(segment.kind is not SegmentKind.EQUAL for segment in self.source)

    def field_changed(self, name: str) -> bool:
        if name == "body":
            return self.body_changed
        return any(f.changed for f in self.fields if f.name == name)

    @property
    def changed(self) -> bool:
        return self.body_changed or any(f.changed for f in self.fields)

    @property
    def changed_fields(self) -> tuple[FieldDiff, ...]:
        return tuple(f for f in self.fields if self.field_changed(f.name))


# Pairs of paragraphs at least this similar (difflib's ratio over their words) are one paragraph
# edited; below, one was removed and another written.
SIMILAR = 0.5
_PAIR_WINDOW = 12  # candidates looked at for each removed paragraph inside a replaced run
_MATCH_LIMIT = 1_000_000


def _words(text: str) -> list[str]:
    return text.casefold().split()


def similarity(old: PageBlock, new: PageBlock) -> float:
    """How alike two blocks read, 0..1. Photos: the same photo is the same block."""
    if (old.kind is BlockKind.PHOTO) != (new.kind is BlockKind.PHOTO):
        return 0.0
    if old.kind is BlockKind.PHOTO:
        return 1.0 if old.photo == new.photo else 0.0
    a, b = _words(old.text), _words(new.text)
    if not a and not b:
        return 1.0 if old.kind is new.kind else 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return 0.0
    return matcher.ratio()


def _changed(old: PageBlock, new: PageBlock) -> BlockChange:
    return BlockChange(BlockChangeKind.CHANGED, old, new, diff_text(old.text, new.text))


def _replaced(old: Sequence[PageBlock], new: Sequence[PageBlock]) -> list[BlockChange]:
    """A run of old blocks replaced by a run of new ones: pairs that read alike become edits (in
    order, never crossing), the rest are removed or added whole, each in its place."""
    changes: list[BlockChange] = []
    next_new = 0
    for old_block in old:
        best, best_score = -1, 0.0
        for index in range(next_new, min(len(new), next_new + _PAIR_WINDOW)):
            score = similarity(old_block, new[index])
            if score >= SIMILAR and score > best_score:
                best, best_score = index, score
        if best < 0:
            changes.append(BlockChange(BlockChangeKind.DELETED, old_block, None))
            continue
        changes.extend(BlockChange(BlockChangeKind.INSERTED, None, b) for b in new[next_new:best])
        changes.append(_changed(old_block, new[best]))
        next_new = best + 1
    changes.extend(BlockChange(BlockChangeKind.INSERTED, None, b) for b in new[next_new:])
    return changes


def diff_blocks(old: Sequence[PageBlock], new: Sequence[PageBlock]) -> tuple[BlockChange, ...]:
    """The body's blocks from old to new, in reading order."""
    old_keys, new_keys = [b.key for b in old], [b.key for b in new]
    big = len(old_keys) * len(new_keys) > _MATCH_LIMIT
    changes: list[BlockChange] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old_keys, new_keys, autojunk=big).get_opcodes():
        if tag == "equal":
            changes.extend(
                BlockChange(BlockChangeKind.EQUAL, a, b) for a, b in zip(old[i1:i2], new[j1:j2], strict=True)
            )
        else:
            changes.extend(_replaced(old[i1:i2], new[j1:j2]))
    return tuple(changes)


# The article's fields (diff.FIELDS) in the order the page shows them, with the featured photo,
# which a version view holds and the article's content does not, under the standfirst.
_BODY_AT = [name for name, _label, _kind in FIELDS].index("body")
VIEW_FIELDS: tuple[tuple[str, str, FieldKind], ...] = (
    *FIELDS[:_BODY_AT],
    ("featured_photo", "Featured photo", FieldKind.VALUE),
    *FIELDS[_BODY_AT:],
)


def diff_views(old: VersionView, new: VersionView) -> PageDiff:
    """Every field from old to new; the body block by block."""
    fields: list[FieldDiff] = []
    for name, label, kind in VIEW_FIELDS:
        if name == "body":
            segments: tuple[DiffSegment, ...] = ()
        elif kind is FieldKind.TEXT:
            segments = diff_text(getattr(old, name), getattr(new, name))
        elif kind is FieldKind.LIST:
            segments = diff_items(getattr(old, name), getattr(new, name))
        else:
            segments = diff_value(getattr(old, name), getattr(new, name))
        fields.append(FieldDiff(name, label, kind, segments))
    return PageDiff(tuple(fields), diff_blocks(old.body, new.body))
