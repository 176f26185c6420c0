"""Plain text pasted into the body, and where any paste lands in the text around it.

Wire copy and e-mail arrive with one paragraph a line; Markdown needs a blank line between
paragraphs, or the page runs them together. So a paste whose lines are paragraphs becomes one
paragraph a line. Text that is Markdown already (blank lines between paragraphs, list, quote,
heading or code lines) stays as it is, and so does text soft-wrapped at a fixed width (an
e-mail, a .txt file: its lines end mid-sentence), which is one paragraph however many lines.
"""

from __future__ import annotations

import re

# A line Markdown reads as structure: a quote, heading, list item, code fence or table row.
_STRUCTURE = re.compile(r"^ {0,3}(?:>|#{1,6}(?:\s|$)|[-*+]\s|\d{1,9}[.)]\s|`{3,}|~{3,}|\|)")
_SENTENCE_END = re.compile(r"[.!?:;…\"”’»)\]]\s*$")
SOFT_WRAP_MIN, SOFT_WRAP_MAX = 50, 100  # the width of soft-wrapped lines (e-mail wraps at 72)


def _soft_wrapped(lines: list[str]) -> bool:
    """Lines of a fixed width that end mid-sentence: one paragraph wrapped by its program."""
    if len(lines) < 3:
        return False
    inner = lines[:-1]
    if max(len(line) for line in lines) > SOFT_WRAP_MAX:
        return False
    if sum(len(line) for line in inner) / len(inner) < SOFT_WRAP_MIN:
        return False
    mid_sentence = sum(1 for line in inner if not _SENTENCE_END.search(line))
    return mid_sentence * 2 >= len(inner)


def paragraphs_from_text(text: str) -> str:
    """The Markdown for pasted plain text: one paragraph a line for wire copy, else the text
    as it is (see the module's docstring). Line ends are normalized; leading and trailing line
    ends are dropped, except around text that is paragraphs already."""
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    text = normalized.strip("\n")
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    filled = [line for line in lines if line.strip()]
    if len(filled) < len(lines):
        # Blank lines: paragraphs already, Markdown perhaps; a blank line it starts or ends with
        # is a paragraph break the editor copied, and stays.
        return normalized
    if any(_STRUCTURE.match(line) for line in lines) or _soft_wrapped([line.strip() for line in lines]):
        return text
    # Wire copy often indents its paragraphs; four spaces would make them code.
    return "\n\n".join(" ".join(line.split()) for line in lines)


_BLOCK = re.compile(r"^ {0,3}(?:>|#{1,6}(?:\s|$)|[-*+]\s|\d{1,9}[.)]\s|`{3,}|~{3,}|-{3,}\s*$)")


def fit(before: str, after: str, markdown: str) -> str:
    """`markdown` with the line ends it needs where it lands: a paste that starts (or ends)
    with a block of its own (a heading, a list, a quote, code) gets a blank line between it
    and the text it lands next to, or Markdown would read them together. A paste of plain
    paragraphs merges with the paragraph it lands in, as in a word processor. `before` and
    `after` are the body's text either side of the paste (their ends are enough)."""
    if not markdown:
        return markdown
    first_line = markdown.split("\n", 1)[0]
    last_block = markdown.rsplit("\n\n", 1)[-1]
    if _BLOCK.match(first_line) and before and not before.endswith("\n\n"):
        markdown = ("\n" if before.endswith("\n") else "\n\n") + markdown
    ends_in_block = bool(_BLOCK.match(last_block)) or last_block.lstrip().startswith(("```", "~~~"))
    if ends_in_block and after and not after.startswith("\n\n"):
        markdown += "\n" if after.startswith("\n") else "\n\n"
    return markdown
