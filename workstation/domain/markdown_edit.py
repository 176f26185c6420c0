"""Edits of the body's Markdown as the formatting commands make them (markdown_format,
markdown_links, markdown_blocks): a TextEdit built from pieces with the selection carried
over, and the syntax they share (lines, block markers, images, links). Standard library only.

An operation takes the body's text and a selection (start and end, indices into the str) and
returns a TextEdit: the range of the old text it replaces, the replacement, and the selection
in the new text; or None when there is nothing to do. The UI applies it as one replacement:
one undo step."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextEdit:
    """Replace text[start:end] with replacement; then select selection (start, end) in the
    new text. An edit that only moves the selection has start == end and no replacement."""

    start: int
    end: int
    replacement: str
    selection: tuple[int, int]

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]

    @property
    def changes_text(self) -> bool:
        return self.start != self.end or bool(self.replacement)


# -- edits made of pieces ----------------------------------------------------------------------

Piece = tuple[int, int, str]  # replace text[start:end] with the str


def map_position(pieces: list[Piece], position: int, *, after: bool) -> int:
    """Where `position` of the old text is once the (sorted) pieces are applied. Text inserted
    exactly at it goes before it when `after` (a selection's start stays on its words)."""
    shift = 0
    for start, end, replacement in pieces:
        if end < position or start < end == position or (start == end == position and after):
            shift += len(replacement) - (end - start)
        elif start < position:  # inside a replaced range
            return start + shift + (len(replacement) if after else 0)
        else:
            break
    return position + shift


def _trimmed(text: str, piece: Piece) -> Piece:
    """The piece without what it leaves as it is at its ends ("- " -> "> - " inserts "> ")."""
    start, end, replacement = piece
    old = text[start:end]
    head = 0
    while head < min(len(old), len(replacement)) and old[head] == replacement[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(replacement)) - head and old[-1 - tail] == replacement[-1 - tail]:
        tail += 1
    return start + head, end - tail, replacement[head : len(replacement) - tail]


def combine(text: str, pieces: list[Piece], anchor: int, focus: int) -> TextEdit:
    """One TextEdit from non-overlapping pieces (insertions at one position keep their order),
    with the selection (anchor, focus) of the old text carried over."""
    ordered: list[Piece] = []
    for piece in sorted(dict.fromkeys(_trimmed(text, p) for p in pieces), key=lambda p: (p[0], p[1])):
        if piece[0] == piece[1] and not piece[2]:
            continue  # changes nothing
        if ordered and piece[0] < ordered[-1][1]:
            continue  # overlaps the one before (two segments in one span): the first wins
        ordered.append(piece)
    new_anchor = map_position(ordered, anchor, after=True)
    new_focus = max(new_anchor, map_position(ordered, focus, after=anchor == focus))
    if not ordered:
        return TextEdit(anchor, anchor, "", (new_anchor, new_focus))
    start, end = ordered[0][0], max(p[1] for p in ordered)
    parts: list[str] = []
    position = start
    for piece_start, piece_end, replacement in ordered:
        parts.append(text[position:piece_start])
        parts.append(replacement)
        position = piece_end
    parts.append(text[position:end])
    replacement = "".join(parts)
    start, end, replacement = _trimmed(text, (start, end, replacement))
    return TextEdit(start, end, replacement, (new_anchor, new_focus))


# -- lines -------------------------------------------------------------------------------------


def clamp(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection inside the text, start first."""
    low, high = sorted((start, end))
    return max(0, min(low, len(text))), max(0, min(high, len(text)))


def line_bounds(text: str, position: int) -> tuple[int, int]:
    """The line holding position: (its start, its end before the newline)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def lines_between(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines a selection touches; a selection that ends at the start of a line leaves that
    line out, as every editor does."""
    start, end = clamp(text, start, end)
    first, _ = line_bounds(text, start)
    if end > start and end > 0 and text[end - 1] == "\n":
        end -= 1
    lines = []
    position = first
    while True:
        line_start, line_end = line_bounds(text, position)
        lines.append((line_start, line_end))
        if line_end >= end or line_end >= len(text):
            return lines
        position = line_end + 1


# The block markers in front of a line's text: indent, quote, list item, heading.
BLOCK_PREFIX = re.compile(
    r"(?P<indent>[ \t]*)(?P<quote>(?:>[ \t]?)*)"
    r"(?P<list>(?:[-*+]|(?P<number>\d{1,9})[.)])(?:[ \t]+|$))?(?P<heading>#{1,6}(?:[ \t]+|$))?"
)
# The editor shows each photo as this one character (its reference kept in the format).
OBJECT_CHAR = "\ufffc"
IMAGE = re.compile(r"!\[(?:\\.|[^\]\\\n])*\]\([^)\n]*\)")
LINK = re.compile(
    r"(?<![!\\])\[(?P<text>(?:\\.|[^\[\]\\\n])*)\]"
    r"\((?P<url><[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?P<title>\s+\"[^\"\n]*\")?\)"
)
