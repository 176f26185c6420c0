"""Selections written into test texts: «selected» text, or ‸ for a caret with no selection."""

from __future__ import annotations

from collections.abc import Callable

from workstation.domain.markdown_edit import TextEdit

CARET, OPEN, CLOSE = "‸", "«", "»"


def unmark(marked: str) -> tuple[str, int, int]:
    """The text without its marks, and the selection they show."""
    if CARET in marked:
        at = marked.index(CARET)
        return marked.replace(CARET, ""), at, at
    start = marked.index(OPEN)
    end = marked.index(CLOSE) - 1
    return marked.replace(OPEN, "").replace(CLOSE, ""), start, end


def mark(text: str, start: int, end: int) -> str:
    if start == end:
        return text[:start] + CARET + text[start:]
    return text[:start] + OPEN + text[start:end] + CLOSE + text[end:]


def run(operation: Callable[..., TextEdit | None], marked: str, *args: object) -> str | None:
    """The text after the operation, with its new selection marked (None: nothing to do)."""
    text, start, end = unmark(marked)
    edit = operation(text, start, end, *args)
    if edit is None:
        return None
    assert 0 <= edit.start <= edit.end <= len(text)
    new = edit.apply(text)
    assert 0 <= edit.selection[0] <= edit.selection[1] <= len(new)
    return mark(new, *edit.selection)
