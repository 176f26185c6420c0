"""A paragraph or a selection in another language than the article's: wrapped in
`<span lang="en">…</span>`, which Markdown passes through as it is, the page keeps (the
sanitizer allows lang on span) and the checker reads."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

_LEAD = re.compile(r"^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)*")  # a block's Markdown marker
_OPEN = re.compile(r"<span\s+lang\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+)\s*>")
_CLOSE = re.compile(r"</span\s*>")


def _parts(cursor: QTextCursor) -> list[tuple[int, int]]:
    """The ranges to wrap: the selection's part of each paragraph it touches, or without a
    selection the caret's paragraph after its marker."""
    document = cursor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    ranges: list[tuple[int, int]] = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        text = block.text()
        lead = _LEAD.match(text)
        first = block.position() + (lead.end() if lead else 0)
        last = block.position() + len(text)
        if cursor.hasSelection():
            first, last = max(first, start), min(last, end)
        if last > first:
            ranges.append((first, last))
        block = block.next()
    return ranges


def set_language(edit: QPlainTextEdit, code: str | None) -> int:
    """Wrap the selection (or the paragraph) in a span of `code`, or with None unwrap the
    spans in it: one undo step. The number of ranges changed (none in a read-only body: an
    article in the Trash)."""
    if edit.isReadOnly():
        return 0
    cursor = edit.textCursor()
    parts = _parts(cursor)
    edit_cursor = QTextCursor(edit.document())
    edit_cursor.beginEditBlock()
    for first, last in reversed(parts):  # from the end: earlier offsets stay valid
        edit_cursor.setPosition(first)
        edit_cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        text = edit_cursor.selectedText()
        if code is None:
            unwrapped = _OPEN.sub("", text)
            unwrapped = _CLOSE.sub("", unwrapped, count=len(_OPEN.findall(text)))
            if unwrapped == text:
                # The caret inside a span: unwrap the span around the paragraph's text.
                unwrapped = _CLOSE.sub("", _OPEN.sub("", text, count=1), count=1)
            edit_cursor.insertText(unwrapped)
        else:
            edit_cursor.insertText(f'<span lang="{code}">{text}</span>')
    edit_cursor.endEditBlock()
    return len(parts)
