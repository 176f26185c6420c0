"""An article version as the page shows it (VersionView), and two versions compared that way:
the History tab's comparison, and the local side of a conflict with a site.

The body is rendered as the preview renders it (Markdown, typographic quotes, `photo:`
references as stored photos) and read back into blocks; a stored photo's caption is printed as
the site prints it, with its credit.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from workstation.domain.article import ArticleContent
from workstation.domain.diff import diff_text, section_label, target_label
from workstation.domain.page_diff import PageBlock, PageDiff, VersionView, diff_views
from workstation.domain.urls import PHOTO_SCHEME
from workstation.services.rendering.attribution import render_attribution
from workstation.services.rendering.body import markdown_to_html, typographic_quotes
from workstation.services.rendering.captions import caption_html
from workstation.services.rendering.labels import site_labels
from workstation.services.rendering.page_blocks import PhotoIdentity, html_blocks

if TYPE_CHECKING:
    from workstation.domain.photo import Photo
    from workstation.services.photos import PhotoService

_TAG = re.compile(r"<[^>]+>")
_CACHED_BODIES = 8  # History compares one current text with each selected version in turn


def printed_caption(photo: Photo, language: str) -> str:
    """A photo's caption as printed under it on the page and the site: the caption, then
    "Photo: credit"."""
    meta = photo.metadata
    printed = caption_html(meta.caption, site_labels(language).credit_line(meta.credit), language)
    return " ".join(html.unescape(_TAG.sub("", printed)).split())


class VersionComparer:
    """Builds VersionViews of article contents; with a PhotoService, body photos are the
    store's (thumbnail and printed caption), otherwise just their address."""

    def __init__(self, photos: PhotoService | None = None) -> None:
        self._photos = photos
        self._bodies: OrderedDict[tuple[str, str], tuple[PageBlock, ...]] = OrderedDict()

    def photo_identity(self, src: str, language: str) -> PhotoIdentity | None:
        """A stored photo behind an ewsphoto: address, or None."""
        if self._photos is None or not src.startswith(f"{PHOTO_SCHEME}:"):
            return None
        photo = self._photos.by_sha(src.removeprefix(f"{PHOTO_SCHEME}:"))
        if photo is None:
            return None
        return PhotoIdentity(photo.sha256, printed_caption(photo, language), stored=True)

    def body_blocks(self, body: str, language: str = "en") -> tuple[PageBlock, ...]:
        key = (body, language)
        if key in self._bodies:
            self._bodies.move_to_end(key)
            return self._bodies[key]
        preview_body = self._photos.body_for_preview(body) if self._photos is not None else body

        def name(src: str, _classes: str, caption: str | None) -> PhotoIdentity:
            found = self.photo_identity(src, language)
            return found if found is not None else PhotoIdentity(src, caption or "", stored=False)

        blocks = html_blocks(markdown_to_html(preview_body, language), name)
        self._bodies[key] = blocks
        while len(self._bodies) > _CACHED_BODIES:
            self._bodies.popitem(last=False)
        return blocks

    def view(
        self,
        content: ArticleContent,
        section_names: Mapping[int, str] | None = None,
        *,
        featured_photo: str = "",
    ) -> VersionView:
        language = content.language
        return VersionView(
            headline=typographic_quotes(content.headline.strip(), language),
            standfirst=typographic_quotes(content.standfirst.strip(), language),
            body=self.body_blocks(content.body, language),
            byline=content.byline.strip(),
            source_note=render_attribution("", content.source_note, language).source_note,
            section=section_label(content.section_id, section_names),
            tags=tuple(content.tags),
            featured_photo=featured_photo,
            status=content.status.label,
            language=content.language,
            word_target=target_label(content.word_target),
        )

    def compare(
        self, old: ArticleContent, new: ArticleContent, section_names: Mapping[int, str] | None = None
    ) -> PageDiff:
        """From old to new, as the page reads (and as typed, when only the Markdown differs)."""
        result = diff_views(self.view(old, section_names), self.view(new, section_names))
        if not result.body_changed and old.body != new.body:
            result = replace(result, source=diff_text(old.body, new.body))
        return result
