"""Markdown editing of the body: bold and italic on a selection or on the word at the cursor.
Links are in markdown_links, headings, quotes and lists in markdown_blocks, the TextEdit they
all return in markdown_edit. Standard library only.

The toggles behave as in a word processor: applied to text that is all bold, bold removes the
markers; applied to text that is partly bold, bold makes all of it bold; inside a longer bold
span, it takes the bold off the selection only (**very** bold **text**). The selection stays
on the same words, without the markers. Only ** and * are written (an existing __bold__ or
_italic_ is read and removed too). Images, photo references above all
(![alt](photo:<hex>)), are never split or wrapped; code spans are wrapped whole.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
from enum import Enum

from workstation.domain.markdown_edit import (
    BLOCK_PREFIX,
    IMAGE,
    LINK,
    Piece,
    TextEdit,
    clamp,
    combine,
    line_bounds,
    lines_between,
    map_position,
)

BOLD = 2  # the width of the markers: ** and *
ITALIC = 1


# -- emphasis ----------------------------------------------------------------------------------

# What emphasis markers inside do not count: code spans, images (photo references), a link's
# address and autolinks.
_OPAQUE = re.compile(
    r"(`+)(?:(?!\1)[^\n])+?\1"
    r"|!\[(?:\\.|[^\]\\\n])*\]\([^)\n]*\)"
    r"|\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"
    r"|<[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*>"
)
_RUN = re.compile(r"\*+|_+")
_CODE = re.compile(r"(`+)(?:(?!\1)[^\n])+?\1")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
BARE_URL = re.compile(r"https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?\"'’]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Span:
    """Emphasis in the text: the opening marker is text[open_start:content_start], the closing
    one text[content_end:close_end]; width 1 is italic, 2 bold (*** is a span in a span)."""

    open_start: int
    content_start: int
    content_end: int
    close_end: int

    @property
    def width(self) -> int:
        return self.content_start - self.open_start

    @property
    def outer(self) -> tuple[int, int]:
        return self.open_start, self.close_end

    @property
    def content(self) -> tuple[int, int]:
        return self.content_start, self.content_end


@dataclass(slots=True)
class _Run:
    start: int
    length: int
    char: str
    left: int  # markers not yet used, counted from the start (an opener uses its rightmost)


def _punctuation(char: str) -> bool:
    return char in string.punctuation or unicodedata.category(char)[0] in "PS"


def _flanking(before: str, after: str) -> tuple[bool, bool]:
    """CommonMark's left- and right-flanking tests for a marker run between two characters."""
    left = not after.isspace() and (not _punctuation(after) or before.isspace() or _punctuation(before))
    right = not before.isspace() and (not _punctuation(before) or after.isspace() or _punctuation(after))
    return left, right


def _runs(text: str, start: int, end: int) -> list[tuple[_Run, bool, bool]]:
    opaque = [m.span() for m in _OPAQUE.finditer(text, start, end)]
    runs = []
    for match in _RUN.finditer(text, start, end):
        run_start, run_end = match.span()
        if any(a <= run_start < b for a, b in opaque):
            continue
        backslashes = len(text[start:run_start]) - len(text[start:run_start].rstrip("\\"))
        run_start += backslashes % 2  # an escaped marker is a character
        if run_start == run_end:
            continue
        before = text[run_start - 1] if run_start > start else " "
        after = text[run_end] if run_end < end else " "
        left, right = _flanking(before, after)
        if match.group()[0] == "_":  # no emphasis inside snake_case words
            left, right = (
                left and (not right or _punctuation(before)),
                right and (not left or _punctuation(after)),
            )
        runs.append(
            (_Run(run_start, run_end - run_start, match.group()[0], run_end - run_start), left, right)
        )
    return runs


def emphasis_spans(text: str, start: int, end: int) -> list[Span]:
    """The emphasis spans of text[start:end] (one line), matched as CommonMark does: a closing
    run closes the nearest opening run of its character, two markers at a time where both have
    two."""
    spans: list[Span] = []
    stack: list[_Run] = []
    for run, can_open, can_close in _runs(text, start, end):
        used = 0
        if can_close:
            index = len(stack) - 1
            while used < run.length and index >= 0:
                opener = stack[index]
                if opener.char != run.char:
                    index -= 1
                    continue
                width = 2 if run.length - used >= 2 and opener.left >= 2 else 1
                content_start = opener.start + opener.left
                spans.append(
                    Span(content_start - width, content_start, run.start + used, run.start + used + width)
                )
                opener.left -= width
                used += width
                del stack[index + 1 :]  # unmatched openers in between are plain characters
                if opener.left == 0:
                    stack.pop()
                    index -= 1
        if used < run.length and can_open:
            stack.append(_Run(run.start + used, run.length - used, run.char, run.length - used))
    return spans


@dataclass(frozen=True, slots=True)
class _Target:
    """A stretch of text to format, with the spans around it: `outer` is it with the emphasis
    wrapped exactly around it (*word* for word); `own` the span of the kind being toggled among
    those, `enclosing` the nearest span of that kind it is a part of."""

    outer: tuple[int, int]
    own: Span | None
    enclosing: Span | None

    @property
    def is_on(self) -> bool:
        return self.own is not None or self.enclosing is not None


def _strip_markers(spans: list[Span], start: int, end: int) -> tuple[int, int]:
    """A selection's ends that are emphasis markers come off it: **bold** and bold** are bold."""
    markers: set[int] = set()
    for span in spans:
        markers.update(range(span.open_start, span.content_start))
        markers.update(range(span.content_end, span.close_end))
    low, high = start, end
    while low < high and low in markers:
        low += 1
    while high > low and high - 1 in markers:
        high -= 1
    return (low, high) if low < high else (start, end)


def _target(spans: list[Span], start: int, end: int, width: int) -> _Target:
    start, end = _strip_markers(spans, start, end)
    by_content = {span.content: span for span in spans}
    current = (start, end)
    chain = []
    while current in by_content:
        chain.append(by_content[current])
        current = chain[-1].outer
    own = next((span for span in chain if span.width == width), None)
    enclosing = None
    if own is None:
        around = [
            span
            for span in spans
            if span.width == width and span.content_start <= current[0] and current[1] <= span.content_end
        ]
        enclosing = min(around, key=lambda span: span.content_end - span.content_start, default=None)
    return _Target(current, own, enclosing)


def _remove(text: str, target: _Target) -> list[Piece]:
    if target.own is not None:
        own = target.own
        return [(own.open_start, own.content_start, ""), (own.content_end, own.close_end, "")]
    span = target.enclosing
    assert span is not None
    start, end = target.outer
    marker = text[span.open_start : span.content_start]
    pieces: list[Piece] = []
    left = text[span.content_start : start]
    if left.strip():  # **very bold** -> **very** bold: the part before keeps its markers
        pieces.append(
            (span.content_start + len(left.rstrip()), span.content_start + len(left.rstrip()), marker)
        )
    else:
        pieces.append((span.open_start, span.content_start, ""))
    right = text[end : span.content_end]
    if right.strip():
        gap = len(right) - len(right.lstrip())
        pieces.append((end + gap, end + gap, marker))
    else:
        pieces.append((span.content_end, span.close_end, ""))
    return pieces


def _add(spans: list[Span], target: _Target, width: int) -> tuple[list[Piece], tuple[int, int]]:
    """Markers around the target; spans it cuts into are taken in whole, and the markers of
    the same kind inside it go (a **b** c -> **a b c**)."""
    start, end = target.outer
    grown = True
    while grown:
        grown = False
        for span in spans:
            a, b = span.outer
            crosses = (
                a < end and start < b and not (start <= a and b <= end) and not (a <= start and end <= b)
            )
            if crosses:
                start, end, grown = min(start, a), max(end, b), True
    marker = "*" * width
    pieces: list[Piece] = [(start, start, marker)]
    for span in spans:
        if span.width == width and start <= span.open_start and span.close_end <= end:
            pieces += [(span.open_start, span.content_start, ""), (span.content_end, span.close_end, "")]
    pieces.append((end, end, marker))
    return pieces, (start, end)


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of a selection that can be emphasised: per line, after its block markers,
    around any image, without the spaces at their ends (a double-click takes a word's space)."""
    segments = []
    for line_start, line_end in lines_between(text, start, end):
        prefix = BLOCK_PREFIX.match(text, line_start, line_end)
        content = line_start + (len(prefix.group()) if prefix else 0)
        low, high = max(start, content), min(end, line_end)
        cuts = [m.span() for m in IMAGE.finditer(text, line_start, line_end)]
        for a, b in [*cuts, (high, high)]:
            piece_end = min(a, high)
            if low < piece_end:
                stretch = text[low:piece_end]
                lead = len(stretch) - len(stretch.lstrip())
                if stretch.strip():
                    segments.append((low + lead, low + len(stretch.rstrip())))
            low = max(low, b)
    return segments


class Untouchable(Enum):
    """Where nothing can be formatted: in an image (a photo reference above all)."""

    IMAGE = "image"


def _link_at(text: str, position: int) -> re.Match[str] | None:
    line_start, line_end = line_bounds(text, position)
    return next(
        (m for m in LINK.finditer(text, line_start, line_end) if m.start() <= position <= m.end()), None
    )


def word_at(text: str, position: int) -> tuple[int, int] | Untouchable | None:
    """What a format applies to with no selection: the word at (or just before) the cursor; a
    code span, a bare address or a link's address whole; Untouchable in an image; None elsewhere."""
    line_start, line_end = line_bounds(text, position)
    for pattern in (IMAGE, _CODE):
        for match in pattern.finditer(text, line_start, line_end):
            if match.start() < position < match.end():
                return Untouchable.IMAGE if pattern is IMAGE else match.span()
    link = _link_at(text, position)
    if link is not None and not link.start("text") <= position <= link.end("text"):
        return link.span()
    for match in BARE_URL.finditer(text, line_start, line_end):
        if match.start() < position < match.end():
            return match.span()
    spans = emphasis_spans(text, line_start, line_end)
    for span in sorted(spans, key=lambda s: s.open_start - s.close_end):  # outermost first
        if position in (span.open_start, span.close_end):  # just outside **bold**: that span
            return span.outer
    for match in _WORD.finditer(text, line_start, line_end):
        if match.start() <= position <= match.end():
            return match.span()
    return None


def _empty_pair(text: str, position: int, width: int) -> bool:
    marker = "*" * width
    return (
        text[position - width : position] == marker
        and text[position : position + width] == marker
        and text[position - width - 1 : position - width] != "*"
        and text[position + width : position + width + 1] != "*"
    )


def _toggle(text: str, start: int, end: int, width: int) -> TextEdit | None:
    start, end = clamp(text, start, end)
    cursor = start == end
    if cursor:
        if _empty_pair(text, start, width):  # ** | ** again: take the pair away
            return combine(text, [(start - width, start + width, "")], start, start)
        word = word_at(text, start)
        if word is Untouchable.IMAGE:
            return None
        if word is None:  # nothing to format: the pair, with the caret between
            return TextEdit(start, start, "*" * (2 * width), (start + width, start + width))
        segments = [word]
    else:
        segments = _segments(text, start, end)
        if not segments:
            return None
    line_spans: dict[int, list[Span]] = {}
    targets = []
    for segment in segments:
        line = line_bounds(text, segment[0])
        spans = line_spans.setdefault(line[0], emphasis_spans(text, *line))
        targets.append((spans, _target(spans, *segment, width)))
    removing = all(target.is_on for _, target in targets)
    pieces: list[Piece] = []
    selected = []
    for spans, target in targets:
        if removing:
            pieces += _remove(text, target)
            selected.append(target.outer)
        elif target.is_on:
            selected.append(target.outer)
        else:
            added, grown = _add(spans, target, width)
            pieces += added
            selected.append(grown)
    if cursor:
        at_end = start == selected[0][1]
        edit = combine(text, pieces, start, start)
        caret = map_position(sorted(pieces), start, after=not at_end)
        return TextEdit(edit.start, edit.end, edit.replacement, (caret, caret))
    return _inner_selection(text, pieces, selected[0][0], selected[-1][1])


def _inner_selection(text: str, pieces: list[Piece], start: int, end: int) -> TextEdit:
    """The edit, with the formatted words selected and the markers at its ends left out."""
    edit = combine(text, pieces, start, end)
    new_text = edit.apply(text)
    low, high = edit.selection
    first = emphasis_spans(new_text, *line_bounds(new_text, low))
    last = emphasis_spans(new_text, *line_bounds(new_text, high))
    moved = True
    while moved and low < high:
        moved = False
        for span in first:
            if span.open_start == low and span.content_start < high:
                low, moved = span.content_start, True
        for span in last:
            if span.close_end == high and span.content_end > low:
                high, moved = span.content_end, True
    return TextEdit(edit.start, edit.end, edit.replacement, (low, high))


def toggle_bold(text: str, start: int, end: int) -> TextEdit | None:
    """Bold (**) on the selection, or the word at the cursor; off where it is all bold."""
    return _toggle(text, start, end, BOLD)


def toggle_italic(text: str, start: int, end: int) -> TextEdit | None:
    """Italic (*) on the selection, or the word at the cursor; off where it is all italic."""
    return _toggle(text, start, end, ITALIC)
