"""Checking a staged photo and making its renditions: decode once, write the web rendition and the
thumbnail from the same pixels. Renditions are JPEG, sRGB, upright, cropped as the editor chose."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from PIL import Image

from workstation.domain.photo import CropBox, Photo, PhotoMetadata
from workstation.services.media import storage
from workstation.services.media.decode import (
    accepted_formats,
    damage_message,
    decode,
    open_photo,
    upright_size,
    verify,
)
from workstation.services.media.errors import PhotoFileError, describe_os_error
from workstation.services.media.metadata import (
    SourceMetadata,
    location_of,
    read_metadata,
    rendition_save_options,
)

THUMBNAIL_EDGE = 320
WEB_EDGE = 2048
WEB_QUALITY = 85
THUMBNAIL_QUALITY = 80
RENDITION_MIME = "image/jpeg"


class RenditionKind(StrEnum):
    THUMBNAIL = "thumb"  # for the app's lists and pickers; no metadata at all
    WEB = "web"  # what is published, uploaded and exported


@dataclass(frozen=True, slots=True)
class RenditionSizes:
    thumbnail: int = THUMBNAIL_EDGE
    web: int = WEB_EDGE

    def edge(self, kind: RenditionKind) -> int:
        return self.thumbnail if kind is RenditionKind.THUMBNAIL else self.web


@dataclass(frozen=True, slots=True)
class Inspected:
    """A staged file that decoded: what its row needs, and its first renditions' bytes."""

    mime: str
    extension: str
    width: int
    height: int
    source: SourceMetadata
    renditions: dict[str, bytes]


def rendition_name(
    kind: RenditionKind, edge: int, crop: CropBox | None, metadata: PhotoMetadata, keep_location: bool
) -> str:
    """The cache key of a rendition: kind and size, crop, and for a web rendition the metadata
    it carries (so an edited caption makes a new file rather than serving a stale one)."""
    name = f"{kind.value}{edge}-{crop.key if crop is not None else 'full'}"
    if kind is RenditionKind.WEB:
        carried = "\x00".join((metadata.caption, metadata.credit, metadata.copyright, str(keep_location)))
        name += "-" + hashlib.sha256(carried.encode("utf-8")).hexdigest()[:10]
    return name


def encode_jpeg(image: Image.Image, quality: int, options: dict[str, Any]) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=False, progressive=False, **options)
    return buffer.getvalue()


def _thumbnail(image: Image.Image, edge: int) -> Image.Image:
    if max(image.size) <= edge:
        return image
    factor = edge / max(image.size)
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.BICUBIC, reducing_gap=2.0)


def inspect(path: Path, name: str, sizes: RenditionSizes) -> Inspected:
    """Check that the file at `path` is a photo we accept and decode it; `name` is what errors
    call it. Returns its facts and the bytes of its uncropped web rendition and thumbnail."""
    verify(path, name)
    with open_photo(path, name) as image:
        mime, extension = accepted_formats()[str(image.format)]
        try:  # reading EXIF loads a PNG's chunks after the pixels: a text chunk may be too large
            source = read_metadata(image)
            width, height = upright_size(image)
        except Exception as exc:  # noqa: BLE001 - what the plugin raised on a damaged file, said so
            raise PhotoFileError(name, damage_message(exc)) from None
        decoded = decode(image, name, max(sizes.web, sizes.thumbnail), None)
    web = _thumbnail(decoded.image, sizes.web)
    web_bytes = encode_jpeg(web, WEB_QUALITY, rendition_save_options(source.metadata, None))
    thumb_bytes = encode_jpeg(_thumbnail(web, sizes.thumbnail), THUMBNAIL_QUALITY, {})
    web_name = rendition_name(RenditionKind.WEB, sizes.web, None, source.metadata, False)
    thumb_name = rendition_name(RenditionKind.THUMBNAIL, sizes.thumbnail, None, source.metadata, False)
    return Inspected(mime, extension, width, height, source, {web_name: web_bytes, thumb_name: thumb_bytes})


def write_renditions(files: storage.PhotoFiles, sha256: str, renditions: dict[str, bytes], name: str) -> None:
    for rendition, data in renditions.items():
        try:
            storage.write_file_atomically(files.rendition_path(sha256, rendition), data)
        except OSError as exc:
            raise PhotoFileError(name, describe_os_error(exc, reading=False)) from None


def make_rendition(
    files: storage.PhotoFiles, photo: Photo, kind: RenditionKind, sizes: RenditionSizes
) -> Path:
    """The rendition's file, made from the original if it is not cached yet."""
    edge = sizes.edge(kind)
    crop = photo.effective_crop
    path = files.rendition_path(
        photo.sha256, rendition_name(kind, edge, crop, photo.metadata, photo.keep_location)
    )
    if path.exists():
        return path
    name = photo.original_filename or photo.sha256
    original = files.find_original(photo.sha256)
    if original is None:
        raise PhotoFileError(name, f"the stored file is missing from {files.photos}")
    with open_photo(original, name) as image:
        location = location_of(image) if kind is RenditionKind.WEB and photo.keep_location else None
        decoded = decode(image, name, edge, crop)
    if kind is RenditionKind.WEB:
        data = encode_jpeg(decoded.image, WEB_QUALITY, rendition_save_options(photo.metadata, location))
    else:
        data = encode_jpeg(decoded.image, THUMBNAIL_QUALITY, {})
    try:
        storage.write_file_atomically(path, data)
    except OSError as exc:
        raise PhotoFileError(name, describe_os_error(exc, reading=False)) from None
    return path
