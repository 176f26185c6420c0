"""Markdown editing of the body, per line of a selection: headings, quotes, bulleted and
numbered lists, each a toggle (applied to lines that all have it, it takes it away). Standard
library only; the inline formats are in markdown_format, the TextEdit in markdown_edit.

What the page renders decides what is written: ## and ### (the headline is the page's only
h1: the sanitizer drops an h1 in the body, so # text shows as a bare line), "> ", "- " and
"1. " (renumbered 1, 2, 3, continuing a list above). Blank lines go in where Markdown would
otherwise run two blocks together: a list after a paragraph line is not a list, and a line
after a list item or quote is read as part of it. Lines that hold only a photo reference are
left as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workstation.domain.markdown_edit import (
    BLOCK_PREFIX,
    IMAGE,
    OBJECT_CHAR,
    Piece,
    TextEdit,
    clamp,
    combine,
    lines_between,
)

HEADING_LEVELS = (2, 3)  # the levels the page's template styles; the headline is the h1
NORMAL = 0  # set_heading's level for a normal paragraph

QUOTE, BULLETS, NUMBERS, HEADING, PARAGRAPH, BLANK, PHOTO = (
    "quote",
    "bullets",
    "numbers",
    "heading",
    "paragraph",
    "blank",
    "photo",
)
CONTINUED = "continued"  # an indented line: more of the list item above


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    indent: str
    quote: str
    marker: str  # "- ", "3. " (with its spaces) or ""
    number: int | None
    heading: str  # "## " or ""
    rest: str
    photo: bool

    @property
    def prefix_length(self) -> int:
        return len(self.indent) + len(self.quote) + len(self.marker) + len(self.heading)

    @property
    def blank(self) -> bool:
        return not (self.quote or self.marker or self.heading or self.rest.strip())

    @property
    def list_kind(self) -> str | None:
        if not self.marker:
            return None
        return NUMBERS if self.number is not None else BULLETS

    @property
    def level(self) -> int:
        return len(self.heading.strip())

    def prefix(
        self, *, quote: str | None = None, marker: str | None = None, heading: str | None = None
    ) -> str:
        return (
            self.indent
            + (self.quote if quote is None else quote)
            + (self.marker if marker is None else marker)
            + (self.heading if heading is None else heading)
        )


def _parse(text: str, start: int, end: int) -> _Line:
    match = BLOCK_PREFIX.match(text, start, end)
    assert match is not None  # every group is optional
    rest = text[match.end() : end]
    number = match.group("number")
    # A photo is its reference, or in the editor one object character standing for it.
    shown = rest.strip()
    photo = bool(shown) and (
        not shown.strip(OBJECT_CHAR) or (not IMAGE.sub("", rest).strip() and "photo:" in rest)
    )
    return _Line(
        start,
        end,
        match.group("indent"),
        match.group("quote"),
        match.group("list") or "",
        int(number) if number is not None else None,
        match.group("heading") or "",
        rest,
        photo,
    )


def _kind(line: _Line, quote: str, marker: str, heading: str) -> str:
    """The block a line is, for the blank lines between blocks."""
    if line.photo:
        return PHOTO
    if not (quote or marker or heading or line.rest.strip()):
        return BLANK
    if quote:
        return QUOTE
    if marker:
        return NUMBERS if marker.strip()[0].isdigit() else BULLETS
    if heading:
        return HEADING
    return CONTINUED if line.indent else PARAGRAPH


@dataclass(slots=True)
class _Plan:
    """The new prefix of each changed line, and where blank lines go or went."""

    lines: list[_Line]
    prefixes: dict[int, tuple[str, str, str]]  # index -> (quote, marker, heading)
    own_block: set[int]  # lines that were a block of their own (a heading, an item) before
    drop_blank: set[int]

    def parts(self, index: int) -> tuple[str, str, str]:
        line = self.lines[index]
        return self.prefixes.get(index, (line.quote, line.marker, line.heading))

    def kind(self, index: int) -> str:
        return BLANK if index in self.drop_blank else _kind(self.lines[index], *self.parts(index))

    def head(self, index: int) -> int:
        """The line an indented line continues (itself for any other)."""
        while index > 0 and self.kind(index) == CONTINUED:
            index -= 1
        return index


def _needs_blank(plan: _Plan, upper: int, lower: int) -> bool:
    """Would these two adjacent lines run together into one block they should not be?"""
    if upper not in plan.prefixes and lower not in plan.prefixes:
        return False
    top, bottom = plan.head(upper), plan.head(lower)
    a, b = plan.kind(top), plan.kind(bottom)
    if top == bottom or {a, b} & {BLANK, HEADING, CONTINUED}:
        return False
    if a == b and a in (QUOTE, BULLETS, NUMBERS):
        return False
    if a == b == PARAGRAPH:
        return top in plan.own_block or bottom in plan.own_block
    return True


def _renumber(plan: _Plan, first: int, last: int) -> None:
    """Number the list the changed lines are in, or were in, 1, 2, 3 (on from a list above
    them), across the lines between its items, as Word continues a list."""
    depth = (len(plan.lines[first].indent), plan.parts(first)[0].replace(" ", ""))

    def is_item(i: int) -> bool:
        line = plan.lines[i]
        return plan.kind(i) == NUMBERS and (len(line.indent), plan.parts(i)[0].replace(" ", "")) == depth

    def joins(i: int) -> bool:  # a line of the same list next to the changed lines
        line = plan.lines[i]
        return is_item(i) or line.blank or len(line.indent) > depth[0]

    low, high = first, last
    while low > 0 and joins(low - 1):
        low -= 1
    while high + 1 < len(plan.lines) and joins(high + 1):
        high += 1
    counter: int | None = None
    for i in range(low, high + 1):
        if not is_item(i):
            continue
        if counter is None:
            # A list above goes on; one that starts in the selection keeps its first number;
            # one that starts after it (its first item was taken out) starts again at 1.
            kept = i < first or (i <= last and i not in plan.prefixes)
            number = plan.lines[i].number
            counter = number if kept and number is not None else 1
        quote, marker, heading = plan.parts(i)
        new_marker = f"{counter}{marker.strip()[-1]} "
        if new_marker != marker:
            plan.prefixes[i] = (quote, new_marker, heading)
        counter += 1


def _edit(text: str, plan: _Plan, first: int, last: int, selection: tuple[int, int]) -> TextEdit:
    pieces: list[Piece] = []
    for i, line in enumerate(plan.lines):
        if i in plan.drop_blank:
            pieces.append((line.start - 1, line.end, ""))
            continue
        if i > 0 and first <= i <= last + 1 and _needs_blank(plan, i - 1, i):
            pieces.append((line.start, line.start, "\n"))
        if i in plan.prefixes:
            quote, marker, heading = plan.prefixes[i]
            new = line.prefix(quote=quote, marker=marker, heading=heading)
            if new != text[line.start : line.start + line.prefix_length]:
                pieces.append((line.start, line.start + line.prefix_length, new))
    return combine(text, pieces, *clamp(text, *selection))


def _context(text: str, start: int, end: int) -> tuple[list[_Line], int, int]:
    """Every line of the text (the lists around a selection matter to its numbering and blank
    lines; a 5,000-word body has some 600 lines, parsed in well under a millisecond), and the
    first and last line the selection touches."""
    start, end = clamp(text, start, end)
    lines = []
    position = 0
    while True:
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        lines.append(_parse(text, position, line_end))
        if line_end == len(text):
            break
        position = line_end + 1
    touched = lines_between(text, start, end)
    first = text.count("\n", 0, touched[0][0])
    return lines, first, first + len(touched) - 1


def _targets(lines: list[_Line], first: int, last: int, *, lists: bool = False) -> list[int]:
    """The lines an operation changes: the selection's lines with text, not photos (and, for
    lists, not the indented lines that continue an item); a line with no text is a target
    when it is all the selection has (Ctrl+Shift+8 on an empty line starts a list there)."""
    chosen = []
    for i in range(first, last + 1):
        line = lines[i]
        if not line.rest.strip() or line.photo:
            continue
        continues = i > 0 and bool(lines[i - 1].marker) and bool(line.indent) and not line.marker
        if lists and continues:
            continue
        chosen.append(i)
    if not chosen and first == last and not lines[first].photo:
        chosen.append(first)
    return chosen


def _between(lines: list[_Line], targets: list[int]) -> list[int]:
    """Blank lines between two target lines (not between a target and a photo)."""
    chosen = set(targets)
    found = []
    for i in range(targets[0] + 1, targets[-1]):
        if not lines[i].blank:
            continue
        above = next(j for j in range(i - 1, -1, -1) if not lines[j].blank)
        below = next(j for j in range(i + 1, len(lines)) if not lines[j].blank)
        if above in chosen and below in chosen:
            found.append(i)
    return found


def set_heading(text: str, start: int, end: int, level: int) -> TextEdit | None:
    """Each line a heading of level 2 or 3 (a list item's marker goes), or NORMAL: a paragraph.
    Lines that are all headings of that level become paragraphs."""
    if level not in (NORMAL, *HEADING_LEVELS):
        raise ValueError(f"heading level {level}: the body has levels {HEADING_LEVELS}")
    lines, first, last = _context(text, start, end)
    targets = _targets(lines, first, last)
    if not targets:
        return None
    off = level == NORMAL or all(lines[i].level == level for i in targets)
    plan = _Plan(lines, {}, set(), set())
    for i in targets:
        line = lines[i]
        if off:
            if line.heading:
                plan.prefixes[i] = (line.quote, line.marker, "")
                plan.own_block.add(i)
        else:
            plan.prefixes[i] = (line.quote, "", "#" * level + " ")
            if line.marker:
                plan.own_block.add(i)
    if any(lines[i].number is not None for i in targets):
        _renumber(plan, first, last)
    return _edit(text, plan, first, last, (start, end))


def toggle_quote(text: str, start: int, end: int) -> TextEdit | None:
    """Each line quoted ("> "); blank lines between them too, so the quote stays one block.
    Lines that are all quoted lose one level."""
    lines, first, last = _context(text, start, end)
    targets = _targets(lines, first, last)
    if not targets:
        return None
    plan = _Plan(lines, {}, set(), set())
    between = _between(lines, targets) if len(targets) > 1 else []
    if all(lines[i].quote for i in targets):
        for i in targets:
            line = lines[i]
            plan.prefixes[i] = (re.sub(r"^>[ \t]?", "", line.quote), line.marker, line.heading)
        for i in range(targets[0], targets[-1] + 1):
            if i not in targets and lines[i].quote and not lines[i].rest.strip():
                plan.prefixes[i] = (re.sub(r"^>[ \t]?", "", lines[i].quote), "", "")
    else:
        for i in [*targets, *between]:
            line = lines[i]
            if not line.quote:
                plan.prefixes[i] = ("> " if i in targets else ">", line.marker, line.heading)
    return _edit(text, plan, first, last, (start, end))


def _toggle_list(text: str, start: int, end: int, kind: str) -> TextEdit | None:
    lines, first, last = _context(text, start, end)
    targets = _targets(lines, first, last, lists=True)
    if not targets:
        return None
    plan = _Plan(lines, {}, set(), set())
    had_numbers = any(lines[i].number is not None for i in targets)
    if all(lines[i].list_kind == kind for i in targets):
        for i in targets:
            plan.prefixes[i] = (lines[i].quote, "", lines[i].heading)
            plan.own_block.add(i)
    else:
        for i in targets:
            line = lines[i]
            if line.list_kind != kind:
                plan.prefixes[i] = (line.quote, "- " if kind == BULLETS else "1. ", line.heading)
        if len(targets) > 1:
            plan.drop_blank.update(_between(lines, targets))  # one tight list
    if kind == NUMBERS or had_numbers:
        _renumber(plan, first, last)
    return _edit(text, plan, first, last, (start, end))


def toggle_bullets(text: str, start: int, end: int) -> TextEdit | None:
    """Each line a bulleted list item ("- "); all items already: back to paragraphs."""
    return _toggle_list(text, start, end, BULLETS)


def toggle_numbers(text: str, start: int, end: int) -> TextEdit | None:
    """Each line a numbered list item, numbered on from a list just above; all numbered
    already: back to paragraphs, and the list below renumbered."""
    return _toggle_list(text, start, end, NUMBERS)
