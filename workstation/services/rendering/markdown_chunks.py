"""A Markdown body cut into runs of top-level blocks that render alone as they render in the
whole, so a keystroke re-renders its paragraph, not 5,000 words (python-markdown takes some
30 ms for those, on the thread beside the one the editor types on).

A cut is made only at a blank line whose next line starts a block no earlier block can claim:
not indented (a list item's continuation, code), not a list item (one list across a blank
line), not a quote (python-markdown joins quotes across blank lines), never inside a fenced block. A
body with anything that reaches across the document or its blank lines (link references,
footnotes, abbreviations, definition lists, block HTML) is not cut at all."""

from __future__ import annotations

import re

_DOCUMENT_WIDE = re.compile(
    r"\]:"  # a link reference definition: python-markdown reads them in lists and quotes too
    r"|\[\^"  # a footnote (numbered across the document)
    r"|\*\["  # an abbreviation (anywhere, as the definitions)
    r"|^ {0,3}:[ \t]"  # a definition (a list of them runs on across blank lines)
    r"|^ {0,3}<",  # block HTML (md_in_html, comments, raw blocks spanning blank lines)
    re.MULTILINE,
)
_BLANK_FIRST = re.compile(r"[ \t]+(\n|$)")  # python-markdown reads it as an empty code block
_FENCE_LIKE = re.compile(r"`{3,}|~{3,}")
# python-markdown's own opening fence (fenced_code's FENCED_BLOCK_RE), a line to itself.
_FENCE = re.compile(
    r"(?P<fence>`{3,}|~{3,})[ ]*"
    r"((\{[^\n]*\})|(\.?[\w#.+-]*[ ]*)?(hl_lines=(?P<quot>\"|')(.*?)(?P=quot)[ ]*)?)$"
)
_CONTINUES = re.compile(r"[ \t>:]|[-*+](?:[ \t]|$)|\d+[.)](?:[ \t]|$)")  # a line a cut may not precede


def chunks(text: str) -> list[str] | None:
    """The body's runs of blocks in order (None: render it whole). Joined with blank lines
    they are the text again, less blank lines at the start and end."""
    if "\r" in text or _DOCUMENT_WIDE.search(text) or _BLANK_FIRST.match(text):
        return None
    found: list[str] = []
    current: list[str] = []
    fence: str | None = None
    blank_before = False
    for line in text.split("\n"):
        if fence is not None:
            current.append(line)
            if line.rstrip(" ") == fence:
                fence = None
            continue
        if not line.strip(" \t"):
            blank_before = bool(current)
            if current:
                current.append(line)
            continue
        if blank_before and not _CONTINUES.match(line):
            found.append(_joined(current))
            current = []
        blank_before = False
        if _FENCE_LIKE.match(line):
            opening = _FENCE.match(line)
            if opening is None:
                return None  # not a fence to python-markdown, but a later line may open one
            fence = opening.group("fence")
        current.append(line)
    if fence is not None:
        return None  # an unclosed fence is no fence: python-markdown's reading is the whole's
    if current:
        found.append(_joined(current))
    return found


def _joined(lines: list[str]) -> str:
    while not lines[-1].strip(" \t"):
        lines.pop()
    return "\n".join(lines)
