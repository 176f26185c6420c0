"""Which top-level block of the rendered body holds the editor's cursor (pure, no Qt).

The preview follows the cursor by index: the n-th element child of the page's body. This maps a
position in the Markdown source to that n the way python-markdown and the sanitizer shape the
body: blocks are separated by blank lines, except that a fenced or indented code block keeps its
blank lines, list items of one kind and quote blocks separated by blank lines stay one list or
quote, a heading line is an element of its own (a "# " heading renders as bare text: the page's
only <h1> is the headline), and reference, footnote and abbreviation definitions render nothing."""

from __future__ import annotations

import re

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_HR = re.compile(r" {0,3}([-*_])( *\1){2,} *$")
_ATX = re.compile(r" {0,3}(#{1,6})(\s|$)")
_BULLET = re.compile(r" {0,3}[-*+]\s")
_NUMBERED = re.compile(r" {0,3}\d{1,9}\.\s")
_QUOTE = re.compile(r" {0,3}>")
_INDENTED = re.compile(r"(\t| {4})")
_DEFINITION = re.compile(r" {0,3}(\*?\[[^\]]+\]):\s*\S")
_HTML = re.compile(r" {0,3}<([A-Za-z][A-Za-z0-9]*)")
# Raw HTML blocks the sanitizer keeps as an element; any other tag is unwrapped to its text.
_KEPT_BLOCK_TAGS = frozenset(
    {"p", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "pre", "figure", "table", "dl"}
)
_MERGING = {"bullet": {"bullet"}, "numbered": {"numbered"}, "quote": {"quote"}, "code": {"code"}}


def _kind(line: str) -> str:
    if _INDENTED.match(line):
        return "code"
    if _FENCE.match(line):
        return "fence"
    if _HR.match(line):
        return "hr"
    heading = _ATX.match(line)
    if heading:
        return "title" if len(heading.group(1)) == 1 else "heading"
    if _BULLET.match(line):
        return "bullet"
    if _NUMBERED.match(line):
        return "numbered"
    if _QUOTE.match(line):
        return "quote"
    if _DEFINITION.match(line):
        return "definition"
    tag = _HTML.match(line)
    if tag:
        return "html" if tag.group(1).lower() in _KEPT_BLOCK_TAGS else "unwrapped"
    return "text"


def block_starts(markdown_text: str) -> list[int]:
    """Offsets where each top-level element of the rendered body begins, in order."""
    starts: list[int] = []
    offset = 0
    fence: str | None = None
    block: str | None = None  # kind of the block being read; None between blocks
    previous: str | None = None  # kind of the last block, for lists and quotes that continue
    last_line = ""
    for line in markdown_text.splitlines(keepends=True):
        here = offset
        offset += len(line)
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            continue
        if not line.strip():
            if block is not None:
                previous, block = block, None
            continue
        kind = _kind(line)
        if kind == "fence":
            match = _FENCE.match(line)
            fence = match.group(1)[0] * 3 if match else "```"
        if block is None:
            if kind == "code" and previous in ("bullet", "numbered", "code"):
                block = previous  # an indented block continues a list, or joins the code before it
            elif previous in _MERGING and kind in _MERGING[previous]:
                block = previous
            else:
                block = kind
                if kind not in ("title", "definition", "unwrapped"):
                    starts.append(here)
        elif kind in ("heading", "title", "fence") or last_line in ("heading", "title"):
            # A heading line stands alone, and so does what follows it.
            block = kind
            if kind not in ("title",):
                starts.append(here)
        elif kind == "quote" and block != "quote":
            block = kind
            starts.append(here)
        last_line = kind
    return starts


def paragraph_index_for_cursor(markdown_text: str, position: int) -> int:
    """Index of the body element that holds `position` (a blank line counts with the block
    before it; before the first block, 0)."""
    count = sum(1 for start in block_starts(markdown_text) if start <= position)
    return max(0, count - 1)
