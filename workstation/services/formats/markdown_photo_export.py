"""An article as Markdown with its photos, readable back by `workstation import`.

- Written to a file (`export ID --format markdown -o dir/article.md`): each photo's web rendition
  (the bytes that may leave the machine: no GPS or camera data) is written beside it as
  `dir/images/<name>-<sha8>.jpg`; the front matter's `photo:` and the body's images point there.
- Printed (no -o): the photos stay where they are; the Markdown names their stored originals by
  absolute path, so importing it again finds the same photos (same bytes, same SHA-256).

The featured photo becomes `photo: {file, caption, credit, alt, ...}` in the front matter, every
other attached photo an entry of `photos:` in its order (placed in the body or not), with the same
fields; photos placed in the body are also images with a path there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from workstation.domain.article import Article
from workstation.domain.errors import WorkstationError
from workstation.domain.photo import Photo, PhotoRole
from workstation.domain.photo_refs import rewrite_photo_refs
from workstation.services.formats.export import article_to_markdown
from workstation.services.media import storage
from workstation.services.photos import PhotoService

IMAGES_DIR = "images"


@dataclass(frozen=True, slots=True)
class MarkdownExport:
    text: str
    files: dict[Path, bytes] = field(default_factory=dict)  # relative to the Markdown's folder


def exported_file(photo: Photo) -> Path:
    """Where an export writes a photo's web rendition, relative to the exported file."""
    return Path(IMAGES_DIR) / f"{_file_stem(photo)}.jpg"


def _file_stem(photo: Photo) -> str:
    stem = Path(photo.original_filename).stem
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.") or "photo"
    return f"{stem[:60]}-{photo.sha256[:8]}"


def _markdown_url(target: str) -> str:
    return f"<{target}>" if re.search(r"[\s()<>]", target) else target


def article_markdown_with_photos(article: Article, photos: PhotoService, to_file: bool) -> MarkdownExport:
    """The Markdown, and (when `to_file`) the image files to write beside it."""
    files: dict[Path, bytes] = {}
    targets: dict[str, str] = {}

    def target(photo: Photo) -> str | None:
        if photo.sha256 not in targets:
            if to_file:
                relative = exported_file(photo)
                files[relative] = photos.web_bytes(photo)
                targets[photo.sha256] = relative.as_posix()
            else:
                original = photos.original_path(photo)
                if original is None:
                    return None
                targets[photo.sha256] = str(original.resolve())
        return targets[photo.sha256]

    def body_url(ref: str) -> str | None:
        photo = photos.resolve_ref(ref)
        found = target(photo) if photo is not None else None
        return _markdown_url(found) if found is not None else None

    body = rewrite_photo_refs(article.body, body_url)
    text = article_to_markdown(replace(article, content=replace(article.content, body=body)))
    blocks: dict[str, Any] = {}
    others: list[dict[str, Any]] = []
    for item in photos.for_article(article.id):
        file = target(item.photo)
        if file is None:
            continue
        block = _photo_block(item.photo, file)
        if item.role is PhotoRole.FEATURED and "photo" not in blocks:
            blocks["photo"] = block
        else:
            others.append(block)
    if others:
        blocks["photos"] = others
    if blocks:
        front = yaml.safe_dump(blocks, allow_unicode=True, sort_keys=False, width=10_000)
        end = text.index("\n---\n", 3) + 1  # the closing fence of the front matter
        text = text[:end] + front + text[end:]
    return MarkdownExport(text, files)


def _photo_block(photo: Photo, file: str) -> dict[str, Any]:
    meta = photo.metadata
    block: dict[str, Any] = {"file": file}
    for key, value in (
        ("caption", meta.caption),
        ("credit", meta.credit),
        ("alt", meta.alt_text),
        ("photographer", meta.photographer),
        ("copyright", meta.copyright),
        ("source", meta.source),
    ):
        if value:
            block[key] = value
    return block


def export_markdown(article: Article, photos: PhotoService, output: Path | None) -> str:
    """The Markdown text; with an output path, the photos are written beside it first (the
    Markdown itself is the caller's to write, atomically)."""
    export = article_markdown_with_photos(article, photos, to_file=output is not None)
    if output is not None:
        write_beside(output, export.files)
    return export.text


def write_beside(output: Path, files: dict[Path, bytes]) -> None:
    """Write each file (relative to the folder of `output`) atomically, before `output` itself."""
    folder = output.expanduser().parent
    for relative, data in files.items():
        path = folder / relative
        try:
            storage.write_file_atomically(path, data, mode=storage.user_file_mode(path))
        except OSError as exc:
            raise WorkstationError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
