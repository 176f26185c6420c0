"""A diff of two article versions as safe HTML for a QTextBrowser (History, conflicts): a heading
per field, insertions on green, deletions on red and struck through, every piece of text escaped;
and the size of a change in words, as the History list shows it."""

from __future__ import annotations

import html
import re

from workstation.domain.diff import ContentDiff, FieldDiff, FieldKind, SegmentKind

INSERTED_STYLE = "background-color:#c9f2d0; color:#0b4f1c; text-decoration:none;"
DELETED_STYLE = "background-color:#fbd3d3; color:#7a1010; text-decoration:line-through;"
_HEADING_STYLE = "margin-top:14px; margin-bottom:4px; color:#555555; font-size:small; font-weight:bold;"
_ELIDED_STYLE = "color:#888888; font-style:italic;"
_PILCROW = "\u00b6"


def format_change_size(added: int, removed: int) -> str:
    """'+12 −3 words', '+1 word', or 'No text changes'."""
    if not added and not removed:
        return "No text changes"
    parts = []
    if added:
        parts.append(f"+{added:,}")
    if removed:
        parts.append(f"\u2212{removed:,}")
    noun = "word" if max(added, removed) == 1 and not (added and removed) else "words"
    return f"{' '.join(parts)} {noun}"


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


_NEWLINES = re.compile(r"\n+")


def _lines_to_html(text: str, mark_breaks: bool) -> str:
    """Escaped text with line breaks kept; inside a change, each removed or added run of breaks
    shows one ¶ (a blank line alone would not show what changed)."""
    mark = _PILCROW if mark_breaks else ""
    return _NEWLINES.sub(lambda run: mark + "<br>" * len(run.group()), _escape(text))


INSERTED, DELETED = SegmentKind.INSERTED, SegmentKind.DELETED


def _wrap(kind: SegmentKind, body: str) -> str:
    if kind is SegmentKind.INSERTED:
        return f'<ins style="{INSERTED_STYLE}">{body}</ins>'
    if kind is SegmentKind.DELETED:
        return f'<del style="{DELETED_STYLE}">{body}</del>'
    return body


def _context_size(lines: list[str], paragraphs: int, from_end: bool) -> int:
    """How many lines to keep on one side: the line touching the change, then whole paragraphs."""
    if not lines:
        return 0
    kept = 1
    seen = 0
    order = range(len(lines) - 2, -1, -1) if from_end else range(1, len(lines))
    for index in order:
        if seen >= paragraphs:
            break
        kept += 1
        if lines[index].strip():
            seen += 1
    return kept


def _elide(text: str, first: bool, last: bool, context: int) -> str:
    """Shorten an unchanged run to `context` paragraphs next to each change."""
    lines = text.split("\n")
    head = 0 if first else _context_size(lines, context, from_end=False)
    tail = 0 if last else _context_size(lines, context, from_end=True)
    hidden = lines[head : len(lines) - tail]
    hidden_paragraphs = sum(1 for line in hidden if line.strip())
    if head + tail >= len(lines) or hidden_paragraphs < 2:
        return _lines_to_html(text, mark_breaks=False)
    note = f'<span style="{_ELIDED_STYLE}">[\u2026 {hidden_paragraphs} unchanged paragraphs \u2026]</span>'
    parts = []
    if head:
        parts.append(_lines_to_html("\n".join(lines[:head]), mark_breaks=False))
    parts.append(note)
    if tail:
        parts.append(_lines_to_html("\n".join(lines[len(lines) - tail :]), mark_breaks=False))
    return "<br>".join(parts)


def field_to_html(field: FieldDiff, context: int | None = None) -> str:
    """One field's segments as HTML (no heading). `context` paragraphs around changes are kept of
    long unchanged runs; None keeps everything."""
    if field.kind is FieldKind.LIST:
        items = [_wrap(s.kind, _escape(s.text)) for s in field.segments]
        return ", ".join(items) if items else "<i>none</i>"
    if field.kind is FieldKind.VALUE:
        values = [_wrap(s.kind, _escape(s.text)) for s in field.segments]
        return " ".join(values) if values else "<i>none</i>"
    parts = []
    last_index = len(field.segments) - 1
    for index, segment in enumerate(field.segments):
        if segment.kind is SegmentKind.EQUAL:
            if context is not None and field.changed:
                parts.append(_elide(segment.text, index == 0, index == last_index, context))
            else:
                parts.append(_lines_to_html(segment.text, mark_breaks=False))
        else:
            parts.append(_wrap(segment.kind, _lines_to_html(segment.text, mark_breaks=True)))
    return "".join(parts) if parts else "<i>empty</i>"


def diff_to_html(
    diff: ContentDiff,
    *,
    only_changed: bool = True,
    context: int | None = 1,
    title: str = "",
    legend: tuple[str, str] | None = None,
    no_changes: str = "No differences.",
) -> str:
    """The diff as simple HTML for a QTextBrowser: a heading per field, insertions in <ins> on green,
    deletions in <del> on red and struck through. Every piece of text is escaped. `legend` names
    what the colours mean, e.g. ("added", "removed"), after the title."""
    parts = ["<html><body>"]
    if title or legend:
        line = _escape(title)
        if legend:
            samples = [_wrap(INSERTED, f"&nbsp;{_escape(legend[0])}&nbsp;")]
            samples.append(_wrap(DELETED, f"&nbsp;{_escape(legend[1])}&nbsp;"))
            line += ("&nbsp; " if title else "") + " ".join(samples)
        parts.append(f'<p style="margin-top:0px; color:#444444;">{line}</p>')
    fields = diff.changed_fields if only_changed else diff.fields
    if not fields:
        parts.append(f'<p style="color:#666666;"><i>{_escape(no_changes)}</i></p>')
    for field in fields:
        parts.append(f'<p style="{_HEADING_STYLE}">{_escape(field.label.upper())}</p>')
        parts.append(f'<p style="margin-top:0px;">{field_to_html(field, context)}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)
