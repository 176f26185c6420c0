"""RenderingService: builds a page's input from the store and renders it."""

from __future__ import annotations

from workstation.domain.article import ArticleContent, ArticleStatus
from workstation.domain.query import ArticleQuery, SortKey
from workstation.services.articles import ArticleService
from workstation.services.rendering.page import PageInput, PageRenderer, RenderedPage
from workstation.services.taxonomy import TaxonomyService

MORE_NEWS_COUNT = 20


class RenderingService:
    def __init__(
        self, articles: ArticleService, taxonomy: TaxonomyService, renderer: PageRenderer | None = None
    ) -> None:
        self._articles = articles
        self._taxonomy = taxonomy
        self.renderer = renderer or PageRenderer()

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
        recent = self._articles.list(
            ArticleQuery(status=ArticleStatus.PUBLISHED, sort=SortKey.UPDATED), 0, MORE_NEWS_COUNT + 1
        )
        more_news = tuple(s for s in recent if s.id != article_id)[:MORE_NEWS_COUNT]
        return PageInput(
            content=content,
            section_path=section_path,
            navigation=navigation,
            first_published_at=article.first_published_at,
            updated_at=article.updated_at,
            more_news=more_news,
        )

    def render_article(self, article_id: int, content: ArticleContent | None = None) -> RenderedPage:
        return self.renderer.render(self.page_input(article_id, content))
