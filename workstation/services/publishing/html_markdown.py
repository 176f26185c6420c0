"""A post's HTML (block markup or classic) back to the Markdown body an editor revises offline.

Block comments go; the byline and source-note paragraphs we add on publish are taken out (they
are fields of their own); figures become Markdown images with their caption as the title.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from workstation.services.formats.body_markdown import converter
from workstation.services.publishing.mapping import BYLINE_CLASS, SOURCE_NOTE_CLASS

_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:[^>]*?-->", re.DOTALL)
_CLASSED_PARAGRAPH = r'<p\b[^>]*class="[^"]*\b{cls}\b[^"]*"[^>]*>(.*?)</p>'
_FIGURE = re.compile(r"<figure\b[^>]*>(.*?)</figure>", re.IGNORECASE | re.DOTALL)
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r'([a-zA-Z-]+)="([^"]*)"')
_CAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class PostText:
    body: str
    byline: str = ""
    source_note: str = ""


def _text(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())


def _take_paragraph(content: str, class_name: str) -> tuple[str, str]:
    pattern = re.compile(_CLASSED_PARAGRAPH.format(cls=re.escape(class_name)), re.IGNORECASE | re.DOTALL)
    match = pattern.search(content)
    if match is None:
        return content, ""
    return content[: match.start()] + content[match.end() :], _text(match.group(1))


def _figure_to_image(match: re.Match[str]) -> str:
    inner = match.group(1)
    img = _IMG.search(inner)
    if img is None:
        return match.group(0)
    attrs = {name.lower(): html.unescape(value) for name, value in _ATTR.findall(img.group(0))}
    caption = _CAPTION.search(inner)
    title = _text(caption.group(1)).replace('"', "'") if caption else ""
    alt = attrs.get("alt", "").replace("[", "\\[").replace("]", "\\]")
    src = attrs.get("src", "")
    title_part = f' "{title}"' if title else ""
    return f"<p>![{alt}]({src}{title_part})</p>"


def split_post_content(content_html: str) -> PostText:
    content = _BLOCK_COMMENT.sub("", content_html)
    content, byline = _take_paragraph(content, BYLINE_CLASS)
    content, source_note = _take_paragraph(content, SOURCE_NOTE_CLASS)
    if byline.casefold().startswith("by "):
        byline = byline[3:].strip()
    content = _FIGURE.sub(_figure_to_image, content)
    # The body's dialect: a line break comes back as the `<br>` the editor writes (not as two
    # trailing spaces), a nested list keeps its nesting. markdownify, which brings BeautifulSoup
    # (~30 ms), is imported on first use: wanted only by a pull or a conflict.
    converted = converter(
        heading_style="ATX", bullets="-", escape_underscores=False, escape_asterisks=False
    ).convert(content)
    body = re.sub(r"\n{3,}", "\n\n", converted).strip()
    # markdownify escapes the brackets of the images we wrote as text: put them back.
    body = re.sub(r"!\\\[(.*?)\\\]\(", r"![\1](", body)
    return PostText(body=body, byline=byline, source_note=source_note)
