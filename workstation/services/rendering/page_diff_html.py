"""A PageDiff (and one VersionView) as safe HTML for a QTextBrowser: field headings, the body's
paragraphs as the page shows them, a removed or an added paragraph whole (red struck through,
green), word marks inside a paragraph that was edited, photos as thumbnails beside their caption.

Every piece of text is escaped here or was escaped by page_blocks (a block's markup); a stored
photo is an ewsphoto: address the view loads from the store, a picture elsewhere is never
loaded (a grey box names it)."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from workstation.domain.diff import DiffSegment, FieldDiff, SegmentKind
from workstation.domain.page_diff import (
    BlockChange,
    BlockChangeKind,
    BlockKind,
    PageBlock,
    PageDiff,
    VersionView,
)
from workstation.domain.urls import PHOTO_SCHEME
from workstation.services.rendering.diff_html import (
    DELETED_STYLE,
    INSERTED_STYLE,
    field_to_html,
)

THUMBNAIL_WIDTH = 132
_HEADING_STYLE = "margin-top:14px; margin-bottom:4px; color:#555555; font-size:small; font-weight:bold;"
_ELIDED_STYLE = "color:#888888; font-style:italic;"
_NOTE_STYLE = "color:#6b5500; font-style:italic;"
_MUTED = "color:#666666;"
_BLOCK_COLOURS = {BlockChangeKind.DELETED: "#fbd3d3", BlockChangeKind.INSERTED: "#c9f2d0"}


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _text_html(text: str) -> str:
    return _escape(text).replace("\n", "<br>")


def _segments_html(segments: Sequence[DiffSegment]) -> str:
    parts = []
    for segment in segments:
        body = _text_html(segment.text)
        if segment.kind is SegmentKind.INSERTED:
            parts.append(f'<ins style="{INSERTED_STYLE}">{body}</ins>')
        elif segment.kind is SegmentKind.DELETED:
            parts.append(f'<del style="{DELETED_STYLE}">{body}</del>')
        else:
            parts.append(body)
    return "".join(parts)


def _inline(block: PageBlock) -> str:
    return block.markup or _text_html(block.text)


def _wrap_block(kind: BlockKind, inner: str) -> str:
    if kind is BlockKind.HEADING:
        return f'<p style="margin-top:10px;"><b><big>{inner}</big></b></p>'
    if kind is BlockKind.QUOTE:
        return f'<p style="margin-left:18px; font-style:italic;">{inner}</p>'
    if kind is BlockKind.ITEM:
        return f'<p style="margin-left:18px; margin-top:2px; margin-bottom:2px;">\u2022&nbsp;{inner}</p>'
    if kind is BlockKind.CODE:
        return f'<pre style="margin-left:12px;">{inner}</pre>'
    if kind is BlockKind.RULE:
        return f'<p align="center" style="{_MUTED}">\u2015\u2015\u2015</p>'
    return f"<p>{inner}</p>"


def photo_html(block: PageBlock, caption_html: str = "", colour: str = "") -> str:
    """A thumbnail beside its caption; a picture not in the store as a named grey box."""
    if block.stored:
        src = _escape(f"{PHOTO_SCHEME}:{block.photo}")
        picture = f'<img src="{src}" width="{THUMBNAIL_WIDTH}">'
    else:
        name = block.photo.rsplit("/", 1)[-1] or "picture"
        picture = (
            f'<table cellpadding="10" bgcolor="#e4e4e4"><tr><td style="{_MUTED}">'
            f"Picture on the site<br><small>{_escape(name[:40])}</small></td></tr></table>"
        )
    caption = caption_html or _text_html(block.text) or f'<i style="{_MUTED}">No caption</i>'
    background = f' bgcolor="{colour}"' if colour else ""
    return (
        f'<table cellspacing="0" cellpadding="4"{background} style="margin-top:6px; margin-bottom:6px;">'
        f'<tr><td width="{THUMBNAIL_WIDTH + 8}">{picture}</td>'
        f'<td valign="middle"><small>{caption}</small></td></tr></table>'
    )


def block_html(block: PageBlock) -> str:
    """A block as the page shows it."""
    if block.kind is BlockKind.PHOTO:
        return photo_html(block)
    return _wrap_block(block.kind, _inline(block))


def change_html(change: BlockChange) -> str:
    block = change.block
    if change.kind is BlockChangeKind.EQUAL:
        return block_html(block)
    if change.kind is not BlockChangeKind.CHANGED:
        colour = _BLOCK_COLOURS[change.kind]
        if block.kind is BlockKind.PHOTO:
            return photo_html(block, colour=colour)
        tag, style = (
            ("ins", INSERTED_STYLE) if change.kind is BlockChangeKind.INSERTED else ("del", DELETED_STYLE)
        )
        return _wrap_block(block.kind, f'<{tag} style="{style}">{_inline(block)}</{tag}>')
    words = _segments_html(change.segments)
    if block.kind is BlockKind.PHOTO:
        return photo_html(block, caption_html=words)
    if all(s.kind is SegmentKind.EQUAL for s in change.segments):
        # The same words, other formatting or links: the new form, said so.
        note = f' <span style="{_NOTE_STYLE}">(formatting or link changed)</span>'
        return _wrap_block(block.kind, _inline(block) + note)
    return _wrap_block(block.kind, words)


def _elided(count: int) -> str:
    noun = "paragraph" if count == 1 else "paragraphs"
    return f'<p style="{_ELIDED_STYLE}">[\u2026 {count} unchanged {noun} \u2026]</p>'


def body_html(changes: Sequence[BlockChange], context: int | None = 1) -> str:
    """The body's blocks; of a long unchanged run only `context` blocks next to each change stay
    (None keeps all)."""
    changed = [i for i, c in enumerate(changes) if c.kind is not BlockChangeKind.EQUAL]
    keep = set(range(len(changes)))
    if context is not None and changed:
        keep = {i for i in range(len(changes)) if any(abs(i - j) <= context for j in changed)}
    parts: list[str] = []
    hidden = 0
    for index, change in enumerate(changes):
        if index not in keep:
            hidden += 1
            continue
        if hidden:
            parts.append(_elided(hidden) if hidden > 1 else block_html(changes[index - 1].block))
            hidden = 0
        parts.append(change_html(change))
    if hidden:
        parts.append(_elided(hidden) if hidden > 1 else block_html(changes[-1].block))
    return "".join(parts) or "<p><i>empty</i></p>"


def _heading(label: str, note: str = "") -> str:
    extra = f' <span style="{_NOTE_STYLE} font-weight:normal;">{_escape(note)}</span>' if note else ""
    return f'<p style="{_HEADING_STYLE}">{_escape(label.upper())}{extra}</p>'


def page_diff_to_html(
    diff: PageDiff,
    *,
    title: str = "",
    legend: tuple[str, str] | None = None,
    no_changes: str = "No differences.",
    context: int | None = 1,
    notes: Mapping[str, str] | None = None,
) -> str:
    """The changed fields under their headings, the body block by block. `legend` names what
    the colours mean after the title; `notes` adds a word to a field's heading by name."""
    notes = notes or {}
    parts = ["<html><body>"]
    if title or legend:
        line = _escape(title)
        if legend:
            samples = [
                f'<ins style="{INSERTED_STYLE}">&nbsp;{_escape(legend[0])}&nbsp;</ins>',
                f'<del style="{DELETED_STYLE}">&nbsp;{_escape(legend[1])}&nbsp;</del>',
            ]
            line += ("&nbsp; " if title else "") + " ".join(samples)
        parts.append(f'<p style="margin-top:0px; color:#444444;">{line}</p>')
    fields: tuple[FieldDiff, ...] = diff.changed_fields
    if not fields:
        parts.append(f'<p style="{_MUTED}"><i>{_escape(no_changes)}</i></p>')
    for field in fields:
        if field.name == "body" and diff.source_changed:
            parts.append(_heading(field.label, "as typed: the page reads the same"))
            source = FieldDiff(field.name, field.label, field.kind, diff.source)
            parts.append(f'<p style="margin-top:0px;">{field_to_html(source, context)}</p>')
            continue
        parts.append(_heading(field.label, notes.get(field.name, "")))
        if field.name == "body":
            parts.append(body_html(diff.body, context))
        else:
            parts.append(f'<p style="margin-top:0px;">{field_to_html(field)}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


def version_to_html(view: VersionView, notes: Mapping[str, str] | None = None) -> str:
    """One version as a page: headline, standfirst, body with its photos, byline, source note,
    then section and tags. `notes` marks a field by name (e.g. "kept from this copy")."""
    notes = notes or {}

    def note(name: str) -> str:
        text = notes.get(name, "")
        return f' <span style="{_NOTE_STYLE}"><small>({_escape(text)})</small></span>' if text else ""

    parts = ["<html><body>", f"<h3 style='margin-top:0'>{_escape(view.headline)}{note('headline')}</h3>"]
    if view.standfirst or note("standfirst"):
        parts.append(f"<p><i>{_escape(view.standfirst)}</i>{note('standfirst')}</p>")
    if view.featured_photo or note("featured_photo"):
        featured = _escape(view.featured_photo) or "<i>none</i>"
        parts.append(
            f'<p style="{_MUTED}"><small>Featured photo: {featured}</small>{note("featured_photo")}</p>'
        )
    parts.extend(block_html(block) for block in view.body)
    if note("body"):
        parts.append(f"<p>{note('body')}</p>")
    for name, label, value in (
        ("byline", "Byline", view.byline),
        ("source_note", "Source note", view.source_note),
    ):
        shown = _escape(value) if value else "<i>none</i>"
        parts.append(f'<p style="{_MUTED}">{label}: {shown}{note(name)}</p>')
    terms = [
        ("section", "Section", view.section or "none"),
        ("tags", "Tags", ", ".join(view.tags) or "none"),
    ]
    for name, label, value in terms:
        parts.append(
            f'<p style="{_MUTED}; margin-top:0px;"><small>{label}: {_escape(value)}</small>{note(name)}</p>'
        )
    parts.append("</body></html>")
    return "\n".join(parts)
