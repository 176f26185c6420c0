"""What Enter, Shift+Enter, Backspace and Delete do in the body, as a word processor trained the
editor's hands, while the stored Markdown keeps its standard meaning.

- Enter in a paragraph starts a new paragraph: a blank line, which is what the page reads as
  one. In a list item it starts the next item ("- ", "2. " after "1. ", the items after it
  renumbered); on an empty item it ends the list (or, in a nested list, goes up a level). In a
  quote it starts a new paragraph of the quote; on an empty quote line it ends the quote. Inside
  a fenced code block it is a plain new line.
- Shift+Enter is a line break inside the paragraph, written `<br>` at the end of the line:
  visible in the editor and kept by the preview, the HTML export and the published blocks
  (two trailing spaces would do the same invisibly, and are lost to anything that trims lines).
- Backspace at the start of a paragraph joins it to the one before in one step, the blank line
  between them gone; at the start of a list item's text it takes the bullet away. Delete at the
  end of a paragraph joins the next one to it.

Each function takes the whole text and the caret and returns the Edit to make, or None when
the key does what it does anywhere (the editor's own handling). Pure: the editor applies the
Edit as one undo step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE_BREAK = "<br>"

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# The start of a line: quote markers, then a list marker. "1." and "1)" are numbered items.
_PREFIX = re.compile(
    r"^(?P<quote>(?:[ ]{0,3}>[ ]?)*)"
    r"(?:(?P<indent>[ \t]*)(?P<marker>[-*+]|(?P<number>\d{1,9})(?P<delimiter>[.)]))(?P<space>[ \t]+|$))?"
)
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s|$)")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] with `text`; the caret ends at `caret` (in the new text)."""

    start: int
    end: int
    text: str
    caret: int

    def apply(self, text: str) -> tuple[str, int]:
        """The text after the edit, and the caret."""
        return text[: self.start] + self.text + text[self.end :], self.caret


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the line's first character
    end: int  # offset of its "\n" (or the end of the text)
    text: str
    quote: str  # "> ", "> > ", ""
    indent: str  # the list item's indent after the quote
    marker: str  # "-", "*", "1.", "" if not a list item
    number: int | None
    delimiter: str  # "." or ")" for a numbered item
    prefix_end: int  # column where the content begins (after quote, marker and its space)

    @property
    def content(self) -> str:
        return self.text[self.prefix_end :]

    @property
    def is_item(self) -> bool:
        return bool(self.marker)

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


def _line_at(text: str, position: int) -> _Line:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    return _parse(text, start, end)


def _parse(text: str, start: int, end: int) -> _Line:
    line = text[start:end]
    match = _PREFIX.match(line)
    assert match is not None  # every group is optional
    marker = match.group("marker") or ""
    number = match.group("number")
    quote = match.group("quote") or ""
    prefix_end = match.end() if marker else len(quote)
    return _Line(
        start=start,
        end=end,
        text=line,
        quote=quote,
        indent=match.group("indent") or "" if marker else "",
        marker=marker,
        number=int(number) if number else None,
        delimiter=match.group("delimiter") or "",
        prefix_end=prefix_end,
    )


def _previous(text: str, line: _Line) -> _Line | None:
    if line.start == 0:
        return None
    return _line_at(text, line.start - 1)


def _next(text: str, line: _Line) -> _Line | None:
    if line.end >= len(text):
        return None
    return _line_at(text, line.end + 1)


def in_code_block(text: str, position: int) -> bool:
    """True when `position` is on a line inside a fenced code block (a fence line that opens
    one counts as inside; the closing one does not)."""
    line_start = text.rfind("\n", 0, position) + 1
    fence: str | None = None
    for line in text[:line_start].split("\n")[:-1] if line_start else []:
        match = _FENCE.match(line)
        if match is None:
            continue
        mark = match.group(1)
        if fence is None:
            fence = mark
        elif mark[0] == fence[0] and len(mark) >= len(fence):
            fence = None
    line_end = text.find("\n", line_start)
    current = _FENCE.match(text[line_start : len(text) if line_end < 0 else line_end])
    if current is not None and fence is not None and current.group(1)[0] == fence[0]:
        return len(current.group(1)) < len(fence)  # the closing fence ends the block
    return fence is not None or current is not None  # an opening fence starts one


def _marker_after(line: _Line) -> str:
    """The next item's marker: the same bullet, or the number after this one."""
    if line.number is not None:
        return f"{line.number + 1}{line.delimiter}"
    return line.marker


def _renumbered(text: str, line: _Line, first: int) -> tuple[int, str]:
    """The numbered items after `line` in its list, renumbered from `first`: (end offset of the
    last one changed, their new text from line.end). Items nested deeper are left as they are."""
    parts: list[str] = []
    end = line.end
    expected = (line.number or 0) + 1
    number = first
    following = _next(text, line)
    while following is not None:
        same_level = following.quote == line.quote and following.indent == line.indent
        if same_level and following.number is not None and following.delimiter == line.delimiter:
            if following.number != expected:
                break  # not a list numbered in order: leave it as the editor wrote it
            new_marker = f"{number}{following.delimiter}"
            head = following.quote + following.indent
            rest = following.text[len(head) + len(f"{following.number}{following.delimiter}") :]
            parts.append("\n" + head + new_marker + rest)
            end = following.end
            expected += 1
            number += 1
        elif following.is_item and len(following.indent) > len(line.indent) and following.quote == line.quote:
            parts.append("\n" + following.text)  # a nested item: part of the list
            end = following.end
        elif not following.is_blank and not following.is_item and following.text.startswith(" "):
            parts.append("\n" + following.text)  # an item's continuation line
            end = following.end
        else:
            break
        following = _next(text, following)
    if end == line.end:
        return line.end, ""
    return end, "".join(parts)


def _lazily_numbered(text: str, line: _Line) -> bool:
    """Whether the item next to this one (below, else above) has the same number."""
    for neighbour in (_next(text, line), _previous(text, line)):
        if neighbour is not None and neighbour.number is not None and neighbour.indent == line.indent:
            return neighbour.number == line.number
    return False


def _parent_item(text: str, line: _Line) -> _Line | None:
    """The list item a nested item belongs to (the nearest one above, less indented)."""
    above = _previous(text, line)
    while above is not None and not above.is_blank:
        if above.is_item and above.quote == line.quote and len(above.indent) < len(line.indent):
            return above
        above = _previous(text, above)
    return None


# -- Enter ------------------------------------------------------------------------------------


def enter(text: str, position: int) -> Edit:
    """What one Enter does at `position` (see the module's docstring)."""
    if in_code_block(text, position):
        return Edit(position, position, "\n", position + 1)
    line = _line_at(text, position)
    column = position - line.start
    if line.is_item:
        return _enter_in_item(text, line, max(column, line.prefix_end))
    if line.quote:
        return _enter_in_quote(text, line, max(column, line.prefix_end))
    if line.is_blank:
        return Edit(position, position, "\n", position + 1)
    return _new_paragraph(text, line, column)


def _split(line: _Line, column: int) -> tuple[int, int, str]:
    """Where a split at `column` cuts the line: (start, end) of the text it replaces and the
    text after the caret. A split inserts, as in a word processor (spaces either side stay;
    they show nothing), except that a line break right before it goes: it would show nothing
    at the end of a paragraph."""
    column = max(column, line.prefix_end)
    start = end = line.start + column
    trimmed = line.text[:column].rstrip(" \t")
    if trimmed.endswith(LINE_BREAK) and len(trimmed) - len(LINE_BREAK) >= line.prefix_end:
        start = line.start + len(trimmed) - len(LINE_BREAK)
    return start, end, line.text[column:]


def _new_paragraph(text: str, line: _Line, column: int) -> Edit:
    start, end, after = _split(line, column)
    following = _next(text, line)
    if after or following is None or following.is_blank:
        return Edit(start, end, "\n\n", start + 2)
    if _HEADING.match(line.text) or _HEADING.match(following.text) or following.is_item or following.quote:
        # A heading is one line, and a list or quote below is a block of its own: a new empty
        # paragraph between them, with a blank line either side.
        return Edit(start, end, "\n\n\n", start + 2)
    # The end of a line inside a paragraph (soft-wrapped text): the next line is the rest of
    # the paragraph, and it becomes the new one.
    return Edit(start, following.start, "\n\n", start + 2)


def _enter_in_item(text: str, line: _Line, column: int) -> Edit:
    if not line.content.strip():
        return _end_item(text, line)
    marker = _marker_after(line)
    if line.number is not None and _lazily_numbered(text, line):
        marker = line.marker  # "1." on every item: the page numbers them, so does the editor
    head = line.quote + line.indent + marker + " "
    if column <= line.prefix_end:
        # At the start of the item's text: an empty item above, the caret staying with the text.
        start, after = line.start + line.prefix_end, line.content
    else:
        start, _end, after = _split(line, column)
    renumber_end, renumbered = line.end, ""
    if line.number is not None and marker != line.marker:
        renumber_end, renumbered = _renumbered(text, line, line.number + 2)
    return Edit(start, renumber_end, "\n" + head + after + renumbered, start + 1 + len(head))


def _end_item(text: str, line: _Line) -> Edit:
    """Enter on an empty item: up a level in a nested list, else the list ends here."""
    parent = _parent_item(text, line) if line.indent else None
    if parent is not None:
        head = parent.quote + parent.indent + _marker_after(parent) + " "
        return Edit(line.start, line.end, head, line.start + len(head))
    return _end_block(text, line, line.quote)


def _enter_in_quote(text: str, line: _Line, column: int) -> Edit:
    if not line.content.strip():
        levels = line.quote.count(">")
        outer = "> " * (levels - 1)  # a quote in a quote ends into the outer one
        return _end_block(text, line, outer)
    start, end, after = _split(line, column)
    bare = line.quote.rstrip()
    head = line.quote if line.quote.endswith(" ") else line.quote + " "
    following = _next(text, line)
    if not after and following is not None and following.quote == line.quote and following.content.strip():
        end = following.start + len(following.quote)  # the rest of the quote's paragraph
    return Edit(start, end, f"\n{bare}\n{head}", start + 2 + len(bare) + len(head))


def _end_block(text: str, line: _Line, outer: str) -> Edit:
    """The list or quote ends at this empty line: the caret goes to a new paragraph (inside
    the `outer` quote, if any) with a blank line above it, and below it when text follows."""
    previous = _previous(text, line)
    following = _next(text, line)
    bare_outer = outer.rstrip()
    start = line.start
    # The bare ">" line Enter left above (a quote's paragraph break) becomes the blank line.
    if previous is not None and previous.quote and not previous.content.strip() and not previous.is_item:
        start = previous.start
        lead = bare_outer + "\n"
    else:
        lead = "\n" if not outer else f"{bare_outer}\n"
        if previous is None:
            lead = ""
    trail = f"\n{bare_outer}" if following is not None and not following.is_blank else ""
    replacement = lead + outer + trail
    return Edit(start, line.end, replacement, start + len(lead) + len(outer))


# -- Shift+Enter ------------------------------------------------------------------------------


def line_break(text: str, position: int) -> Edit:
    """What Shift+Enter does: a line break inside the paragraph, item or quote."""
    if in_code_block(text, position):
        return Edit(position, position, "\n", position + 1)
    line = _line_at(text, position)
    column = max(position - line.start, line.prefix_end)
    before = line.text[:column].rstrip(" \t")
    after = line.text[column:].lstrip(" \t")
    start = line.start + len(before)
    end = line.start + column + (len(line.text[column:]) - len(after))
    if _HEADING.match(line.text):
        return Edit(start, end, LINE_BREAK, start + len(LINE_BREAK))  # a heading is one line
    if line.is_item:
        continuation = line.quote + " " * max(4, line.prefix_end - len(line.quote))
    else:
        continuation = line.quote
    inserted = f"{LINE_BREAK}\n{continuation}"
    return Edit(start, end, inserted, start + len(inserted))


# -- Backspace and Delete ---------------------------------------------------------------------


def backspace(text: str, position: int) -> Edit | None:
    """What Backspace does with no selection, when it is not just one character back."""
    if position == 0 or in_code_block(text, position):
        return None
    line = _line_at(text, position)
    column = position - line.start
    if line.is_item and column == line.prefix_end:
        # At the start of an item's text: the bullet goes (the text stays in the list above,
        # as the item's continuation, as a word processor does).
        return Edit(line.start + len(line.quote), position, "", line.start + len(line.quote))
    if line.quote and column == line.prefix_end and not line.is_item:
        return _leave_quote(text, line)
    if column != 0 or line.quote:
        return None
    previous = _previous(text, line)
    if previous is None or not previous.is_blank:
        return None  # the line before is text: one newline back joins them, as ever
    above: _Line | None = previous
    while above is not None and above.is_blank:
        above = _previous(text, above)
    if above is None:
        return Edit(0, position, "", 0)  # blank lines at the top of the body: they go
    if _FENCE.match(above.text):
        return None
    joint = above.start + len(above.text.rstrip(" \t"))
    return Edit(joint, position, "", joint)


def _leave_quote(text: str, line: _Line) -> Edit | None:
    """Backspace at the start of a quote's paragraph: the paragraph leaves the quote."""
    previous = _previous(text, line)
    if previous is not None and previous.quote and previous.content.strip():
        return None  # a line inside the quote's paragraph: one character back, as ever
    start = line.start
    if previous is not None and previous.quote:
        start = previous.start  # the quote's paragraph break becomes the blank line
        return Edit(start, line.start + line.prefix_end, "\n", start + 1)
    return Edit(start, line.start + line.prefix_end, "", start)


def delete(text: str, position: int) -> Edit | None:
    """What Delete does with no selection at the end of a paragraph: the next paragraph joins
    this one, the blank lines between them gone."""
    if in_code_block(text, position):
        return None
    line = _line_at(text, position)
    if position != line.end or line.is_blank:
        return None
    following = _next(text, line)
    if following is None or not following.is_blank:
        return None
    below: _Line | None = following
    while below is not None and below.is_blank:
        below = _next(text, below)
    if below is None or _FENCE.match(below.text) or in_code_block(text, below.start):
        return None
    joint = len(line.text.rstrip(" \t")) + line.start
    return Edit(joint, below.start, "", joint)
