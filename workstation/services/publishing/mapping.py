"""An article as a post: which fields go where, rendered by the same renderer as the preview.

headline -> title, standfirst -> excerpt, body -> content as blocks (figures with caption and
"Photo: credit"), byline and source note kept at the end of the content (and in post meta when
the site registered such keys), section -> category, tags -> tags, featured photo -> media.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workstation.domain.photo import Photo
from workstation.domain.text import slugify
from workstation.services.publishing.blocks import BlockImage, html_to_blocks, paragraph_block
from workstation.services.rendering.attribution import render_attribution
from workstation.services.rendering.body import markdown_to_html, typographic_quotes
from workstation.services.rendering.captions import caption_html
from workstation.services.rendering.labels import site_labels

# Post meta keys we fill when a site registered them for REST (register_post_meta, show_in_rest).
BYLINE_META_KEYS = ("byline", "ews_byline")
SOURCE_NOTE_META_KEYS = ("source_note", "ews_source_note")
BYLINE_CLASS = "ews-byline"
SOURCE_NOTE_CLASS = "ews-source-note"
# The fields we compare with the last sync to send only what changed.
CONTENT_FIELDS = ("title", "excerpt", "content", "categories", "tags", "featured_media", "meta")


def caption_with_credit(photo: Photo, language: str = "en") -> str:
    """The caption as the site prints it: WordPress has no credit field, so the credit goes in
    ("Foto: TT" on a Swedish article's photo)."""
    meta = photo.metadata
    line = site_labels(language).credit_line(meta.credit)
    return " ".join(part for part in (meta.caption.strip(), line) if part)


def post_slug(headline: str, article_id: int) -> str:
    return slugify(headline)[:180].strip("-") or f"article-{article_id}"


@dataclass(frozen=True, slots=True)
class UploadedPhoto:
    photo: Photo
    media_id: int
    source_url: str


def compose_content(
    body_html: str,
    byline: str,
    source_note: str,
    language: str,
    photos: Mapping[str, UploadedPhoto],
) -> str:
    """Block markup: the body (photos keyed by their ewsphoto: URL), then byline and source note."""
    images = {
        src: BlockImage(
            media_id=item.media_id,
            src=item.source_url,
            caption_html=caption_html(
                item.photo.metadata.caption,
                site_labels(language).credit_line(item.photo.metadata.credit),
                language,
            ),
            alt=item.photo.metadata.alt_text,
        )
        for src, item in photos.items()
    }
    blocks = [html_to_blocks(body_html, images)] if body_html.strip() else []
    attribution = render_attribution(byline, source_note, language)
    if attribution.byline:
        blocks.append(paragraph_block(html.escape(attribution.byline), BYLINE_CLASS))
    if attribution.source_note_html:
        blocks.append(paragraph_block(f"<em>{attribution.source_note_html}</em>", SOURCE_NOTE_CLASS))
    return "\n\n".join(blocks)


def post_fields(
    *,
    headline: str,
    standfirst: str,
    body: str,
    byline: str,
    source_note: str,
    language: str,
    photos: Mapping[str, UploadedPhoto],
    categories: Sequence[int],
    tags: Sequence[int],
    featured_media: int,
    meta_keys: frozenset[str],
) -> dict[str, Any]:
    """The content fields of the post (not slug, status or dates). `body` has ewsphoto: URLs."""
    meta: dict[str, str] = {}
    for keys, value in ((BYLINE_META_KEYS, byline.strip()), (SOURCE_NOTE_META_KEYS, source_note.strip())):
        for key in keys:
            if key in meta_keys:
                meta[key] = value
                break
    fields: dict[str, Any] = {
        "title": typographic_quotes(headline.strip(), language),
        "excerpt": typographic_quotes(standfirst.strip(), language),
        "content": compose_content(body_html_for_site(body, language), byline, source_note, language, photos),
        "categories": list(categories),
        "tags": list(tags),
        "featured_media": featured_media,
    }
    if meta:
        fields["meta"] = meta
    return fields


# A picture on the web (a pulled post's images are on its site) alone in its paragraph.
_WEB_IMAGE = re.compile(
    r'^!\[(?P<alt>(?:\\.|[^\]\\\n])*)\]\((?P<src>https?://[^\s)]+)(?:\s+"(?P<title>[^"\n]*)")?\)[ \t]*$',
    re.MULTILINE,
)
_TOKEN = "EWSWEBIMAGE{}X"


def body_html_for_site(body: str, language: str) -> str:
    """The body's HTML for the site. Pictures already on the web (a pulled post's own images)
    stay as image blocks there, though the preview's sanitizer, which loads nothing remote,
    leaves them out."""
    found: list[re.Match[str]] = []

    def hold(match: re.Match[str]) -> str:
        found.append(match)
        return _TOKEN.format(len(found) - 1)

    html_text = markdown_to_html(_WEB_IMAGE.sub(hold, body), language)
    for index, match in enumerate(found):
        alt = match.group("alt").replace("\\[", "[").replace("\\]", "]")
        figure = web_image_figure(match.group("src"), alt, match.group("title") or "")
        html_text = html_text.replace(f"<p>{_TOKEN.format(index)}</p>", figure)
    return html_text


def web_image_figure(src: str, alt: str, caption: str) -> str:
    figcaption = f"<figcaption>{html.escape(caption)}</figcaption>" if caption else ""
    return f'<figure><img src="{html.escape(src)}" alt="{html.escape(alt)}">{figcaption}</figure>'


def changed_fields(fields: Mapping[str, Any], synced_json: str) -> dict[str, Any]:
    """Only what differs from the last sync (WordPress replaces arrays whole; fine to resend)."""
    try:
        synced = json.loads(synced_json or "{}")
    except json.JSONDecodeError:
        synced = {}
    return {key: value for key, value in fields.items() if synced.get(key) != value}


def site_fields(title: str, excerpt: str, content: str, **terms: Any) -> dict[str, Any]:
    """A post as the site holds it, in the shape of what we send (to compare with a sync)."""
    return {"title": title, "excerpt": excerpt, "content": content, **terms}


def changed_on_site(current: Mapping[str, Any], synced_json: str) -> set[str]:
    """Which fields the site holds differently from the last sync (all of them when the last sync
    is unknown): only those are taken into the local article, so a site that changed the title
    does not turn the body's photos into the site's URLs."""
    try:
        synced = json.loads(synced_json or "{}")
    except json.JSONDecodeError:
        synced = {}
    return {key for key, value in current.items() if key not in synced or synced[key] != value}


def plain_text(html_text: str) -> str:
    """Text of a bit of HTML (a title or an excerpt as the site gives it)."""
    return html.unescape(re.sub(r"<[^>]+>", "", html_text)).strip()
