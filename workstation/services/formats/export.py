"""Exporters that only write: an article as Markdown with front matter, as JSON, or as the page
readers see (one self-contained HTML file)."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from workstation.domain.article import Article, ArticleSummary
from workstation.domain.errors import WorkstationError
from workstation.domain.photo import ArticlePhoto, PhotoRole
from workstation.services.media.storage import set_file_mode, user_file_mode

if TYPE_CHECKING:
    from workstation.services.rendering import PhotoResolver, RenderingService


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def article_to_dict(article: Article) -> dict[str, Any]:
    section = None
    if article.section is not None:
        section = {
            "id": article.section.id,
            "name": article.section.name,
            "slug": article.section.slug,
            "path": "/".join(article.section_path),
        }
    return {
        "id": article.id,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "body": article.body,
        "byline": article.byline,
        "source_note": article.source_note,
        "section": section,
        "tags": list(article.tags),
        "language": article.language,
        "status": article.status.value,
        "created_at": _iso(article.created_at),
        "updated_at": _iso(article.updated_at),
        "first_published_at": _iso(article.first_published_at),
        # Published on a site this store has no publication for ("published", "scheduled", None).
        "published_elsewhere": article.published_elsewhere.value if article.published_elsewhere else None,
        "trashed_at": _iso(article.trashed_at),
        "word_count": article.word_count,
        "reading_minutes": article.reading_minutes,
        "word_target": article.word_target,
    }


def photo_to_dict(item: ArticlePhoto, order: int, file: str | None = None) -> dict[str, Any]:
    """One photo as an article uses it: every field the editor set, its role and `order` (0 is
    the first: the featured photo, then the others as the Photos tab lists them), its stored
    identity (sha256, the original's name) and, when the export wrote it, `file`."""
    photo = item.photo
    meta = photo.metadata
    crop = photo.crop
    return {
        "id": photo.id,
        "sha256": photo.sha256,
        "file_name": photo.original_filename,
        "file": file,
        "role": item.role.value,
        "featured": item.role is PhotoRole.FEATURED,
        "order": order,
        "caption": meta.caption,
        "credit": meta.credit,
        "credit_line": meta.credit_line,
        "alt_text": meta.alt_text,
        "photographer": meta.photographer,
        "copyright": meta.copyright,
        "source": meta.source,
        "mime": photo.mime,
        "width": photo.width,
        "height": photo.height,
        "crop": None
        if crop is None
        else {"x": crop.x, "y": crop.y, "width": crop.width, "height": crop.height},
        "aspect": photo.aspect.value,
        "focal_point": {"x": photo.focal.x, "y": photo.focal.y},
        "keep_location": photo.keep_location,
    }


def summary_to_dict(summary: ArticleSummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "headline": summary.headline,
        "section": summary.section_name or None,
        "status": summary.status.value,
        "byline": summary.byline,
        "updated_at": _iso(summary.updated_at),
        "word_count": summary.word_count,
        "reading_minutes": summary.reading_minutes,
        "trashed": summary.trashed,
        "published_elsewhere": summary.published_elsewhere.value if summary.published_elsewhere else None,
    }


def article_to_json(article: Article) -> str:
    return json.dumps(article_to_dict(article), ensure_ascii=False, indent=2) + "\n"


def article_to_markdown(article: Article) -> str:
    """Markdown with front matter that `workstation import` reads back to the same article."""
    header: dict[str, Any] = {"headline": article.headline}
    if article.standfirst:
        header["standfirst"] = article.standfirst
    if article.byline:
        header["byline"] = article.byline
    if article.section_path:
        header["section"] = "/".join(article.section_path)
    if article.tags:
        header["tags"] = list(article.tags)
    if article.source_note:
        header["source_note"] = article.source_note
    header["language"] = article.language
    header["status"] = article.status.value
    if article.first_published_at is not None:
        header["published"] = _iso(article.first_published_at)
    if article.word_target:
        header["word_target"] = article.word_target
    front = yaml.safe_dump(header, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{front}---\n\n{article.body.rstrip()}\n"


def article_to_html(
    rendering: RenderingService,
    article_id: int,
    *,
    resolve_photo: PhotoResolver | None = None,
    now: datetime | None = None,
) -> str:
    """The article's page as one file that needs nothing else: the stylesheet inline, stored
    photos as data: URIs of their web rendition through `resolve_photo` (left out without it),
    no ewsphoto: URL, nothing fetched from the network. A broken template is an error naming it."""
    page = rendering.page_input(article_id)
    if now is not None:
        page = replace(page, now=now)
    rendered = rendering.renderer.render(page, standalone=True, resolve_photo=resolve_photo)
    if rendered.problem is not None:
        raise WorkstationError(f"The page template could not be used: {rendered.problem}.")
    return rendered.html


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside the target, then replace it: never a half-written file."""
    path = path.expanduser()
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise WorkstationError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    try:
        set_file_mode(fd, user_file_mode(path))  # the user's document, not mkstemp's private 0600
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise WorkstationError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
