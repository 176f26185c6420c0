"""A photo's caption as printed under it on every page: its caption (inline Markdown), then its
credit line ("Photo: KCNA via AP/TT"). The preview's body photos and the published post's image
blocks print the same caption HTML; a body paragraph that holds nothing but one stored photo
is a figure on both.

Works on sanitized HTML (nh3's output): lower-case tags, attributes in double quotes."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

from workstation.services.rendering.body import inline_markdown_to_html

CREDIT_CLASS = "ews-credit"
BODY_FIGURE_CLASS = "inline-photo"


@dataclass(frozen=True, slots=True)
class BodyPhoto:
    """A stored photo the body shows (its ewsphoto: URL), with what is printed under it."""

    src: str
    caption: str = ""
    credit_line: str = ""


def caption_html(caption: str, credit_line: str, language: str) -> str:
    """The caption, then the credit line in a span of its own (the site's theme, and the
    preview's stylesheet, put it on a line of its own)."""
    parts = []
    if caption.strip():
        parts.append(inline_markdown_to_html(caption, language))
    if credit_line.strip():
        parts.append(f'<span class="{CREDIT_CLASS}">{html.escape(credit_line.strip())}</span>')
    return " ".join(parts)


_ATTRIBUTES = r'(?:[^>"]|"[^"]*")*'
# A paragraph with one picture and nothing else (Markdown's `![alt](src)`, perhaps linked).
_PHOTO_PARAGRAPH = re.compile(
    rf"<p>\s*(?:<a\b{_ATTRIBUTES}>\s*)?(?P<img><img\b{_ATTRIBUTES}>)\s*(?:</a>\s*)?</p>", re.IGNORECASE
)
_SRC = re.compile(r'\ssrc="([^"]*)"', re.IGNORECASE)


def figure_body_photos(body_html: str, photos: Mapping[str, BodyPhoto], language: str) -> str:
    """The body's HTML with each paragraph that holds only a stored photo as a figure with its
    caption, as the site's image block prints it. Other pictures stay as they are."""
    if not photos:
        return body_html

    def figure(match: re.Match[str]) -> str:
        img = match.group("img")
        src = _SRC.search(img)
        photo = photos.get(html.unescape(src.group(1))) if src else None
        if photo is None:
            return match.group(0)
        caption = caption_html(photo.caption, photo.credit_line, language)
        figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
        return f'<figure class="{BODY_FIGURE_CLASS}">{img}{figcaption}</figure>'

    return _PHOTO_PARAGRAPH.sub(figure, body_html)
