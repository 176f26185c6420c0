"""Photos of an imported Markdown file: the front matter's `photo:` (featured), `photos:` (the
others, in order, with their fields) and the body's images with local paths
(`![alt](images/x.jpg)`, relative to the Markdown file) go through the photo import pipeline;
the body then refers to them as `photo:<sha256>`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from workstation.domain.photo import Photo, PhotoRole
from workstation.domain.photo_refs import LocalImage, find_local_images, photo_url, replace_local_images
from workstation.services.formats.front_matter import ImportFileError, ParsedArticle, PhotoSpec
from workstation.services.media.errors import PhotoFileError
from workstation.services.photos import PhotoService

# Front matter's photo keys -> PhotoMetadata fields.
_FIELDS = {
    "caption": "caption",
    "credit": "credit",
    "alt": "alt_text",
    "photographer": "photographer",
    "copyright": "copyright",
    "source": "source",
}


@dataclass
class MarkdownPhotos:
    """The photos an article brings: its body rewritten, the links to make, the photos new to
    the library (to remove again if the article cannot be stored)."""

    body: str
    links: list[tuple[int, PhotoRole]] = field(default_factory=list)
    created: list[int] = field(default_factory=list)


class OutsideFolderError(ImportFileError):
    """A photo the Markdown names outside its own folder (an absolute or ../ path): imported
    only when the editor says so (--allow-outside, or yes to the app's question)."""


def _outside(file: Path, folders: tuple[Path, ...]) -> bool:
    resolved = file.resolve()
    return not any(resolved.is_relative_to(folder) for folder in folders)


def _photo_file(path: Path, target: str, line: int | None, allowed: tuple[Path, ...] | None) -> Path:
    """The file a photo target names (relative to the Markdown); OutsideFolderError when it is
    outside the allowed folders (None: anywhere)."""
    file = Path(target).expanduser()
    if not file.is_absolute():
        file = path.parent / file
    if allowed is not None and _outside(file, allowed):
        raise OutsideFolderError(
            str(path),
            f"photo {target}: is outside the folder of the Markdown file; "
            "import with --allow-outside if it should be read",
            line,
            "photo",
        )
    return file


def _with_fields(photos: PhotoService, photo: Photo, spec: PhotoSpec) -> Photo:
    """The photo with the fields the front matter gives it (caption, credit, alt, ...)."""
    given = {_FIELDS[k]: v for k, v in spec.fields.items() if k in _FIELDS and v}
    return photos.update_metadata(photo.id, replace(photo.metadata, **given)) if given else photo


def import_markdown_photos(
    photos: PhotoService, path: Path, parsed: ParsedArticle, *, allow_outside: bool = False
) -> MarkdownPhotos:
    """Import the photos a parsed Markdown file names. On any failure nothing new stays stored,
    and the ImportFileError names the Markdown file, the line and the photo's path. A photo
    outside the Markdown's folder (and not one of the store's own files, which a printed export
    names) is an OutsideFolderError unless allow_outside. A file that is a stored photo's web
    rendition, as an export writes them, is that photo: not a second copy."""
    body = parsed.content.body
    images = find_local_images(body)
    result = MarkdownPhotos(body)
    if parsed.photo is None and not parsed.photos and not images:
        return result
    loaded: dict[str, Photo] = {}
    allowed = (path.parent.resolve(), photos.files.photos.resolve())

    def load(target: str, line: int | None) -> Photo:
        if target in loaded:
            return loaded[target]
        file = _photo_file(path, target, line, None if allow_outside else allowed)
        exported = photos.exported_photo(file)
        if exported is not None:
            loaded[target] = exported
            return exported
        outcome = photos.import_file(file)
        if outcome.photo is None:
            error = outcome.error
            message = error.message if isinstance(error, PhotoFileError) else str(error or "cancelled")
            raise ImportFileError(str(path), f"photo {target}: {message}", line, "photo")
        if not outcome.existing:
            result.created.append(outcome.photo.id)
        loaded[target] = outcome.photo
        return outcome.photo

    roles: dict[int, PhotoRole] = {}
    try:
        if parsed.photo is not None:
            photo = _with_fields(photos, load(parsed.photo.file, parsed.key_lines.get("photo")), parsed.photo)
            loaded[parsed.photo.file] = photo
            roles[photo.id] = PhotoRole.FEATURED
        for spec in parsed.photos:  # the others, in their order, with what the file says of each
            photo = _with_fields(photos, load(spec.file, parsed.key_lines.get("photos")), spec)
            loaded[spec.file] = photo
            roles.setdefault(photo.id, PhotoRole.INLINE)
        for image in images:
            photo = load(image.target, parsed.body_line + image.line - 1)
            if image.alt.strip() and not photo.metadata.alt_text:
                photo = photos.update_metadata(photo.id, replace(photo.metadata, alt_text=image.alt.strip()))
                loaded[image.target] = photo
            roles.setdefault(photo.id, PhotoRole.INLINE)
    except BaseException:
        photos.delete_if_unused(result.created)
        raise

    def url(image: LocalImage) -> str:
        return photo_url(loaded[image.target].sha256)

    result.body = replace_local_images(body, url)
    result.links = list(roles.items())
    return result
