"""RenderingService: builds a page's input from the store and renders it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workstation.domain.article import ArticleContent, SiteStatus
from workstation.domain.errors import WorkstationError
from workstation.domain.photo import Photo
from workstation.domain.query import ArticleQuery, SortKey
from workstation.domain.urls import PHOTO_SCHEME
from workstation.services.articles import ArticleService
from workstation.services.photos import PhotoService
from workstation.services.rendering.captions import BodyPhoto
from workstation.services.rendering.labels import site_labels, use_label_folder
from workstation.services.rendering.page import (
    TEMPLATE_NAME,
    FeaturedPhoto,
    PageInput,
    PageRenderer,
    RenderedPage,
)
from workstation.services.taxonomy import TaxonomyService

MORE_NEWS_COUNT = 20


class RenderingService:
    def __init__(
        self,
        articles: ArticleService,
        taxonomy: TaxonomyService,
        renderer: PageRenderer | None = None,
        photos: PhotoService | None = None,
    ) -> None:
        """With `photos`, pages show the article's featured photo and the stored photos its body
        refers to (as ewsphoto: URLs; a standalone render embeds them)."""
        self._articles = articles
        self._taxonomy = taxonomy
        self._photos = photos
        self.renderer = renderer or PageRenderer()

    def use_template(self, template_dir: Path | None) -> None:
        """Render with a site's own template folder (article.html, style.css, assets), or the
        default one with None. A folder without article.html is refused, naming it."""
        if template_dir is not None:
            template_dir = template_dir.expanduser()
            if not (template_dir / TEMPLATE_NAME).is_file():
                raise WorkstationError(
                    f"{template_dir} is not a page template folder: it has no {TEMPLATE_NAME}."
                )
        self.renderer = PageRenderer(template_dir)
        use_label_folder(template_dir)  # the published post's "Foto:" and "Av" are the page's

    def page_input(self, article_id: int, content: ArticleContent | None = None) -> PageInput:
        """The page of a stored article; `content` replaces its fields (unsaved edits)."""
        article = self._articles.get(article_id)
        content = content or article.content
        navigation = tuple(self._taxonomy.sections())
        section_path: tuple[str, ...] = ()
        if content.section_id is not None:
            by_id = {node.section.id: node for node in navigation}
            node = by_id.get(content.section_id)
            section_path = node.path if node else ()
        # What a site shows (not the workflow status): published on a site here, or elsewhere.
        recent = self._articles.list(
            ArticleQuery(site_status=SiteStatus.PUBLISHED, sort=SortKey.UPDATED), 0, MORE_NEWS_COUNT + 1
        )
        more_news = tuple(s for s in recent if s.id != article_id)[:MORE_NEWS_COUNT]
        featured = None
        body_photos: tuple[BodyPhoto, ...] = ()
        if self._photos is not None:
            # The body's photos and the article's own: the preview shows the editor's unsaved
            # body with this input, and a photo just placed there is one of the article's.
            shown = {photo.sha256: photo for photo in self._photos.body_photos(content.body)}
            for used in self._photos.for_article(article_id):
                shown.setdefault(used.photo.sha256, used.photo)
            body_photos = tuple(body_photo(photo, content.language) for photo in shown.values())
            content = replace(content, body=self._photos.body_for_preview(content.body))
            photo = self._photos.featured(article_id)
            featured = featured_photo(photo) if photo is not None else None
        return PageInput(
            content=content,
            section_path=section_path,
            navigation=navigation,
            first_published_at=article.first_published_at,
            updated_at=article.updated_at,
            more_news=more_news,
            featured_photo=featured,
            body_photos=body_photos,
        )

    def render_article(self, article_id: int, content: ArticleContent | None = None) -> RenderedPage:
        return self.renderer.render(self.page_input(article_id, content))


def featured_photo(photo: Photo) -> FeaturedPhoto:
    """A stored photo as the page's featured photo: its web rendition, caption, credit, alt text,
    and the proportions of its crop (so the page keeps its place while the image loads)."""
    crop = photo.effective_crop
    width, height = (crop.width, crop.height) if crop is not None else (photo.width, photo.height)
    meta = photo.metadata
    return FeaturedPhoto(
        src=f"{PHOTO_SCHEME}:{photo.sha256}",
        caption=meta.caption,
        credit=meta.credit,
        alt_text=meta.alt_text,
        width=width or None,
        height=height or None,
    )


def body_photo(photo: Photo, language: str = "en") -> BodyPhoto:
    """A stored photo in the body, printed as the site prints it: caption, then "Photo: credit"
    ("Foto: credit" on a Swedish page)."""
    meta = photo.metadata
    line = site_labels(language).credit_line(meta.credit)
    return BodyPhoto(src=f"{PHOTO_SCHEME}:{photo.sha256}", caption=meta.caption, credit_line=line)
