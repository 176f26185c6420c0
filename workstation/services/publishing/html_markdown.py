"""A post's HTML (block markup or classic) back to the Markdown body an editor revises offline.

Block comments go; the byline and source-note paragraphs we add on publish are taken out (they
are fields of their own); figures become Markdown images with their caption as the title.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from workstation.domain.byline import byline_name
from workstation.services.formats.body_markdown import converter
from workstation.services.publishing.mapping import BYLINE_CLASS, SOURCE_NOTE_CLASS

_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:[^>]*?-->", re.DOTALL)
_CLASSED_PARAGRAPH = r'<p\b[^>]*class="[^"]*\b{cls}\b[^"]*"[^>]*>(.*?)</p>'
_FIGURE = re.compile(r"<figure\b[^>]*>(.*?)</figure>", re.IGNORECASE | re.DOTALL)
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r'([a-zA-Z-]+)="([^"]*)"')
_CAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


# (src, media id from the image's wp-image-N class or 0) -> the stored photo's SHA-256, or None
StoredPhoto = Callable[[str, int], str | None]
_MEDIA_CLASS = re.compile(r"\bwp-image-(\d+)\b")


@dataclass(frozen=True, slots=True)
class PostText:
    body: str
    byline: str = ""
    source_note: str = ""
    # Whether the content holds the byline (source note) paragraph at all: without it, the site
    # does not hold that field, and an empty `byline` says nothing about it.
    has_byline: bool = False
    has_source_note: bool = False


@dataclass(frozen=True, slots=True)
class ContentParts:
    """A post's content split as we composed it: the body's HTML, then byline and source note."""

    body_html: str
    byline: str
    source_note: str
    has_byline: bool
    has_source_note: bool
    byline_line: str = ""  # the byline paragraph's text as printed ("By TT"), `byline` without its word


def media_id_of(img_classes: str) -> int:
    match = _MEDIA_CLASS.search(img_classes)
    return int(match.group(1)) if match else 0


def _text(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())


def _take_paragraph(content: str, class_name: str) -> tuple[str, str | None]:
    pattern = re.compile(_CLASSED_PARAGRAPH.format(cls=re.escape(class_name)), re.IGNORECASE | re.DOTALL)
    match = pattern.search(content)
    if match is None:
        return content, None
    return content[: match.start()] + content[match.end() :], _text(match.group(1))


def split_content(content_html: str) -> ContentParts:
    """The body's HTML apart from the byline and source-note paragraphs (block comments gone)."""
    content = _BLOCK_COMMENT.sub("", content_html)
    content, byline = _take_paragraph(content, BYLINE_CLASS)
    content, source_note = _take_paragraph(content, SOURCE_NOTE_CLASS)
    line = byline or ""
    return ContentParts(
        content, byline_name(line), source_note or "", byline is not None, source_note is not None, line
    )


def _figure_to_image(match: re.Match[str], stored: StoredPhoto | None = None) -> str:
    inner = match.group(1)
    img = _IMG.search(inner)
    if img is None:
        return match.group(0)
    attrs = {name.lower(): html.unescape(value) for name, value in _ATTR.findall(img.group(0))}
    sha = stored(attrs.get("src", ""), media_id_of(attrs.get("class", ""))) if stored is not None else None
    if sha is not None:
        # One of our photos: its reference again, so its caption and credit stay this store's.
        return f"<p>![{_escaped_alt(attrs.get('alt', ''))}](photo:{sha})</p>"
    caption = _CAPTION.search(inner)
    title = _text(caption.group(1)).replace('"', "'") if caption else ""
    alt = _escaped_alt(attrs.get("alt", ""))
    src = attrs.get("src", "")
    title_part = f' "{title}"' if title else ""
    return f"<p>![{alt}]({src}{title_part})</p>"


def _escaped_alt(alt: str) -> str:
    return alt.replace("[", "\\[").replace("]", "\\]")


def split_post_content(content_html: str, stored: StoredPhoto | None = None) -> PostText:
    """The Markdown body, byline and source note of a post's content. With `stored`, figures of
    photos uploaded from here become their `photo:` references again."""
    parts = split_content(content_html)
    content = _FIGURE.sub(lambda match: _figure_to_image(match, stored), parts.body_html)
    # The body's dialect: a line break comes back as the `<br>` the editor writes (not as two
    # trailing spaces), a nested list keeps its nesting. markdownify, which brings BeautifulSoup
    # (~30 ms), is imported on first use: wanted only by a pull or a conflict.
    converted = converter(
        heading_style="ATX", bullets="-", escape_underscores=False, escape_asterisks=False
    ).convert(content)
    body = re.sub(r"\n{3,}", "\n\n", converted).strip()
    # markdownify escapes the brackets of the images we wrote as text: put them back.
    body = re.sub(r"!\\\[(.*?)\\\]\(", r"![\1](", body)
    return PostText(
        body=body,
        byline=parts.byline,
        source_note=parts.source_note,
        has_byline=parts.has_byline,
        has_source_note=parts.has_source_note,
    )
