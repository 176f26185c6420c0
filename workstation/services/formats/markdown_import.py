"""ImportService: Markdown files with front matter become articles, one transaction each. Their
photos (front matter `photo:`, local images in the body) are imported first; if one fails, the
article is not imported and the photos new to the library are removed again."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from workstation.domain.article import Article
from workstation.domain.errors import ValidationError
from workstation.domain.revision import RevisionReason
from workstation.services.articles import ArticleService
from workstation.services.formats.front_matter import (
    ImportFileError,
    ParsedArticle,
    parse_markdown,
    read_text,
)
from workstation.services.formats.markdown_photos import MarkdownPhotos, import_markdown_photos
from workstation.services.photos import PhotoService
from workstation.services.taxonomy import TaxonomyService


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What happened to one file: an article, or an error; never both."""

    path: Path
    article: Article | None = None
    error: ImportFileError | None = None
    created_sections: tuple[str, ...] = ()


class ImportService:
    def __init__(
        self, articles: ArticleService, taxonomy: TaxonomyService, photos: PhotoService | None = None
    ) -> None:
        self._articles = articles
        self._taxonomy = taxonomy
        self._photos = photos

    def import_file(self, path: Path) -> ImportOutcome:
        """Import one file. Unknown sections are created (a path such as Sports/Soccer creates
        the missing levels) and reported in created_sections."""
        parsed = parse_markdown(read_text(path), str(path))
        created: list[str] = []
        content = parsed.content
        if parsed.section:
            try:
                section, created = self._taxonomy.resolve_section(parsed.section, create=True)
            except ValidationError as exc:
                raise ImportFileError(
                    str(path), f"section: {exc.message}", parsed.key_lines.get("section"), "section"
                ) from None
            content = replace(content, section_id=section.id)
        photos = self._import_photos(path, parsed)
        content = replace(content, body=photos.body)
        try:
            article = self._articles.create(
                content,
                reason=RevisionReason.IMPORT,
                first_published_at=parsed.first_published_at,
                published_elsewhere=parsed.published_elsewhere,
                photos=photos.links,
            )
        except BaseException:
            if self._photos is not None:
                self._photos.delete_if_unused(photos.created)
            raise
        return ImportOutcome(path, article=article, created_sections=tuple(created))

    def _import_photos(self, path: Path, parsed: ParsedArticle) -> MarkdownPhotos:
        if self._photos is None:
            return MarkdownPhotos(parsed.content.body)
        return import_markdown_photos(self._photos, path, parsed)

    def import_files(self, paths: list[Path]) -> list[ImportOutcome]:
        """Import each file on its own: a bad file imports nothing and the others still go in."""
        outcomes: list[ImportOutcome] = []
        for path in paths:
            try:
                outcomes.append(self.import_file(path))
            except ImportFileError as exc:
                outcomes.append(ImportOutcome(path, error=exc))
        return outcomes
