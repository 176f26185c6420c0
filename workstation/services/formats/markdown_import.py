"""ImportService: Markdown files with front matter, and IPTC ninjs items (JSON, by content or a
.json name: formats/ninjs_*.py), become articles, one transaction each. Their
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
from workstation.services.formats.ninjs_import import (
    RemoteRendition,
    import_pictures,
    item_content,
    provenance_note,
)
from workstation.services.formats.ninjs_mapping import load_mapping
from workstation.services.formats.ninjs_parse import load_json, parse_ninjs, read_ninjs_file
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
    notes: tuple[str, ...] = ()  # what a ninjs item had that the article keeps no field for
    remote_renditions: tuple[RemoteRendition, ...] = ()  # a ninjs item's pictures not fetched


OutcomeCallback = Callable[[ImportOutcome], None]


def is_ninjs_file(path: Path) -> bool:
    """A .json file is read as ninjs (any other file whose content is a JSON object is too)."""
    return path.suffix.lower() == ".json"


class ImportService:
    def __init__(
        self,
        articles: ArticleService,
        taxonomy: TaxonomyService,
        photos: PhotoService | None = None,
        *,
        ninjs_mapping: Path | None = None,
    ) -> None:
        self._articles = articles
        self._taxonomy = taxonomy
        self._photos = photos
        self.ninjs_mapping = ninjs_mapping  # the editor's genre/subject -> section table

    def import_file(self, path: Path, *, allow_outside: bool = False, again: bool = False) -> ImportOutcome:
        """Import one file. Unknown sections are created (a path such as Sports/Soccer creates
        the missing levels) and reported in created_sections. A photo outside the file's folder
        is an OutsideFolderError unless allow_outside. The same bytes imported before give
        that article (already=True), unless `again` asks for a new copy (the sample article)."""
        ninjs = is_ninjs_file(path)
        data = read_ninjs_file(path) if ninjs else read_file(path)
        ninjs = ninjs or data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"  # JSON, whatever its name
        sha256 = hashlib.sha256(data).hexdigest()
        before = None if again else self._articles.imported_as(sha256)
        if before is not None:
            return ImportOutcome(path, article=before, already=True)
        if ninjs:
            return self._import_ninjs(path, data, sha256, allow_outside)
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

    def _import_ninjs(self, path: Path, data: bytes, sha256: str, allow_outside: bool) -> ImportOutcome:
        item = parse_ninjs(load_json(data, path), str(path))
        result = item_content(item, path, load_mapping(self.ninjs_mapping), self._taxonomy)
        content = result.content
        created: list[str] = []
        if result.section_path:
            try:
                section, created = self._taxonomy.resolve_section(result.section_path, create=True)
            except ValidationError as exc:
                raise ImportFileError(str(path), f"section: {exc.message}", field="section") from None
            content = replace(content, section_id=section.id)
        if self._photos is not None:
            import_pictures(self._photos, item, path, result, allow_outside=allow_outside)
        try:
            article = self._articles.create(
                content,
                reason=RevisionReason.IMPORT,
                photos=result.links,
                imported_sha256=sha256,
                note=provenance_note(item, result.remote),
            )
        except BaseException:
            if self._photos is not None:
                self._photos.delete_if_unused(result.created_photos)
            raise
        return ImportOutcome(
            path,
            article=article,
            created_sections=tuple(created),
            warnings=tuple(result.warnings),
            notes=tuple(result.notes),
            remote_renditions=tuple(result.remote),
        )

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
