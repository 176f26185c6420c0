"""ImportService: Markdown files with front matter become articles, one transaction each. Their
photos (front matter `photo:`, local images in the body) are imported first; if one fails, the
article is not imported and the photos new to the library are removed again. A file whose bytes
were imported before is not imported twice: its outcome names the article it became."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from workstation.domain.article import Article
from workstation.domain.errors import ValidationError, WorkstationError
from workstation.domain.revision import RevisionReason
from workstation.services.articles import ArticleService
from workstation.services.formats.front_matter import (
    ImportFileError,
    ParsedArticle,
    decode_text,
    parse_markdown,
    read_file,
)
from workstation.services.formats.markdown_photos import MarkdownPhotos, import_markdown_photos
from workstation.services.photos import PhotoService
from workstation.services.taxonomy import TaxonomyService


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What happened to one file: an article (new, or with `already` the one the same bytes
    became before), or an error; never both. `warnings` say what was cleaned on the way in."""

    path: Path
    article: Article | None = None
    error: ImportFileError | None = None
    created_sections: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    already: bool = False


OutcomeCallback = Callable[[ImportOutcome], None]


class ImportService:
    def __init__(
        self, articles: ArticleService, taxonomy: TaxonomyService, photos: PhotoService | None = None
    ) -> None:
        self._articles = articles
        self._taxonomy = taxonomy
        self._photos = photos

    def import_file(self, path: Path, *, allow_outside: bool = False, again: bool = False) -> ImportOutcome:
        """Import one file. Unknown sections are created (a path such as Sports/Soccer creates
        the missing levels) and reported in created_sections. A photo outside the file's folder
        is an OutsideFolderError unless allow_outside. The same bytes imported before give
        that article (already=True), unless `again` asks for a new copy (the sample article)."""
        data = read_file(path)
        sha256 = hashlib.sha256(data).hexdigest()
        before = None if again else self._articles.imported_as(sha256)
        if before is not None:
            return ImportOutcome(path, article=before, already=True)
        parsed = parse_markdown(decode_text(data, path), str(path))
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
        photos = self._import_photos(path, parsed, allow_outside)
        content = replace(content, body=photos.body)
        try:
            article = self._articles.create(
                content,
                reason=RevisionReason.IMPORT,
                first_published_at=parsed.first_published_at,
                published_elsewhere=parsed.published_elsewhere,
                photos=photos.links,
                imported_sha256=sha256,
            )
        except BaseException:
            if self._photos is not None:
                self._photos.delete_if_unused(photos.created)
            raise
        return ImportOutcome(path, article=article, created_sections=tuple(created), warnings=parsed.warnings)

    def _import_photos(self, path: Path, parsed: ParsedArticle, allow_outside: bool) -> MarkdownPhotos:
        if self._photos is None:
            return MarkdownPhotos(parsed.content.body)
        return import_markdown_photos(self._photos, path, parsed, allow_outside=allow_outside)

    def import_files(
        self, paths: list[Path], on_outcome: OutcomeCallback | None = None, *, allow_outside: bool = False
    ) -> list[ImportOutcome]:
        """Import each file on its own: a bad file imports nothing and the others still go in.
        on_outcome hears each file's outcome as soon as it is known."""
        outcomes: list[ImportOutcome] = []
        for path in paths:
            outcome = self._outcome(path, allow_outside)
            outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
        return outcomes

    def _outcome(self, path: Path, allow_outside: bool) -> ImportOutcome:
        try:
            return self.import_file(path, allow_outside=allow_outside)
        except ImportFileError as exc:
            return ImportOutcome(path, error=exc)
        except WorkstationError as exc:  # a store or photo problem: this file, not the batch
            return ImportOutcome(path, error=ImportFileError(str(path), str(exc)))
        except Exception as exc:  # noqa: BLE001 - one file's unforeseen failure must not end the batch
            message = f"could not be imported ({type(exc).__name__}: {exc})"
            return ImportOutcome(path, error=ImportFileError(str(path), message))
