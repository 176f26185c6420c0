"""Opening photos safely and decoding them to upright sRGB pixels, no larger than needed.

Accepted: JPEG, PNG, WebP, TIFF (the first page) and still GIF; HEIC/HEIF when the optional
pillow-heif package is installed. Animated images (GIF, APNG, WebP) are refused: a page shows a
still rendition, and the editor should choose that frame, not have it chosen silently. Nothing else
is opened at all (Pillow would otherwise try EPS through Ghostscript, PSD, ...).
"""

from __future__ import annotations

import functools
import io
import math
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageFile, ImageOps, PngImagePlugin, UnidentifiedImageError

from workstation.domain.photo import CropBox
from workstation.services.media.errors import PhotoFileError, describe_os_error

# Above this the file is refused: a 100-megapixel RGB image decodes to 300 MB. Pillow itself
# warns above this and raises DecompressionBombError above twice this, at open.
MAX_PIXELS = 100_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

# Pillow format -> (MIME type, extension of the stored original).
FORMATS: dict[str, tuple[str, str]] = {
    "JPEG": ("image/jpeg", ".jpg"),
    "PNG": ("image/png", ".png"),
    "WEBP": ("image/webp", ".webp"),
    "TIFF": ("image/tiff", ".tif"),
    "GIF": ("image/gif", ".gif"),
}
_HEIF_FORMATS = {"HEIF": ("image/heic", ".heic")}
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif")
_READABLE = "JPEG, PNG, WebP, TIFF or GIF"
# Frames of these formats are an animation; a TIFF's pages are separate images (first one used).
_ANIMATED_FORMATS = {"GIF", "PNG", "WEBP"}


@functools.cache
def heif_available() -> bool:
    """Whether HEIC/HEIF photos can be read: the optional pillow-heif package registers them."""
    try:
        from pillow_heif import register_heif_opener  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return False
    register_heif_opener()
    return True


def accepted_formats() -> dict[str, tuple[str, str]]:
    return {**FORMATS, **_HEIF_FORMATS} if heif_available() else dict(FORMATS)


def extension_for_mime(mime: str) -> str:
    for known, extension in (*FORMATS.values(), *_HEIF_FORMATS.values()):
        if known == mime:
            return extension
    return ".bin"


def _looks_like_heif(head: bytes) -> bool:
    return head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS


@contextmanager
def open_photo(path: Path, name: str) -> Iterator[ImageFile.ImageFile]:
    """The image, opened (header read, pixels not decoded) and checked; closed afterwards.
    Any problem is a PhotoFileError naming `name` (the file as the editor knows it).

    Pillow warns (UserWarning) about EXIF it cannot read on a damaged file, at open and whenever
    it is read, and skips it: the photo is still good, and a Python warning on the editor's
    terminal is not a sentence. Those warnings are not shown while the photo is open."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        with _opened(path, name) as image:
            yield image


@contextmanager
def _opened(path: Path, name: str) -> Iterator[ImageFile.ImageFile]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PhotoFileError(name, describe_os_error(exc, reading=True)) from None
    if size == 0:
        raise PhotoFileError(name, "the file is empty (0 bytes)")
    formats = accepted_formats()
    try:
        image = Image.open(path, formats=list(formats))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoFileError(name, _too_large(str(exc))) from None
    except UnidentifiedImageError:
        with path.open("rb") as handle:
            head = handle.read(16)
        if _looks_like_heif(head):
            raise PhotoFileError(
                name,
                "a HEIC/HEIF photo, which needs the optional pillow-heif package "
                "(pip install pillow-heif); or export it from the camera app as JPEG",
            ) from None
        raise PhotoFileError(name, f"not a photo that can be imported (use {_READABLE})") from None
    except OSError as exc:
        raise PhotoFileError(name, describe_os_error(exc, reading=True)) from None
    except Exception as exc:  # noqa: BLE001 - a malformed header can raise anything from a plugin
        raise PhotoFileError(name, damage_message(exc)) from None
    try:
        assert isinstance(image, ImageFile.ImageFile)
        width, height = image.size
        if width < 1 or height < 1:
            raise PhotoFileError(name, "the image has no pixels")
        if width * height > MAX_PIXELS:
            raise PhotoFileError(
                name, _too_large(f"{width:,} x {height:,} pixels ({width * height / 1e6:,.0f} megapixels)")
            )
        if image.format in _ANIMATED_FORMATS and getattr(image, "is_animated", False):
            raise PhotoFileError(
                name,
                "an animated image; animations cannot be published as photos. "
                "Save the frame you want as a JPEG or PNG and import that",
            )
        yield image
    finally:
        image.close()


def damage_message(exc: Exception) -> str:
    """What a plugin's exception says about the file, in an editor's words."""
    if isinstance(exc, ValueError) and ("MAX_TEXT_CHUNK" in str(exc) or "MAX_TEXT_MEMORY" in str(exc)):
        limit = PngImagePlugin.MAX_TEXT_CHUNK // (1024 * 1024)
        return (
            f"a text block in the PNG (its metadata) is larger than the {limit} MB that is read "
            "safely; save the image again without its metadata"
        )
    return f"damaged image file ({type(exc).__name__}: {exc})"


def _too_large(detail: str) -> str:
    limit = MAX_PIXELS // 1_000_000
    return f"the image is too large to import safely: {detail}; the limit is {limit} megapixels"


def verify(path: Path, name: str) -> None:
    """Pillow's structural check (chunk checksums for PNG); the decode checks the rest."""
    with open_photo(path, name) as image:
        try:
            image.verify()
        except Exception as exc:  # noqa: BLE001 - verify() raises whatever the plugin hit: a damaged file, said so
            raise PhotoFileError(name, f"damaged image file ({exc})") from None


def upright_size(image: Image.Image) -> tuple[int, int]:
    """The size once EXIF orientation is applied."""
    width, height = image.size
    orientation = image.getexif().get(0x0112)
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Upright RGB pixels in sRGB, possibly reduced; `scale` is decoded size / full size."""

    image: Image.Image
    scale: float


def decode(image: ImageFile.ImageFile, name: str, long_edge: int | None, crop: CropBox | None) -> Decoded:
    """Decode `image` (from open_photo) upright, converted to sRGB RGB, cropped, and scaled so
    that its long edge is at most long_edge (never enlarged). JPEGs are decoded at the smallest
    DCT scale (1/2, 1/4, 1/8) that still gives enough pixels."""
    full_w, full_h = image.size
    up_w, up_h = upright_size(image)
    region = max(crop.width, crop.height) if crop is not None else max(up_w, up_h)
    if long_edge is not None and image.format == "JPEG" and long_edge < region:
        ratio = long_edge / region
        image.draft(image.mode, (max(1, math.ceil(full_w * ratio)), max(1, math.ceil(full_h * ratio))))
    try:
        image.load()
    except OSError as exc:
        message = str(exc)
        if "truncated" in message:
            raise PhotoFileError(name, "the image file is truncated (incomplete download or copy?)") from None
        raise PhotoFileError(name, f"damaged image file ({message})") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoFileError(name, _too_large(str(exc))) from None
    except Exception as exc:  # noqa: BLE001 - the decoder's plugin can raise anything on a damaged file
        raise PhotoFileError(name, damage_message(exc)) from None
    try:  # damaged metadata (EXIF orientation, an ICC profile) can raise from Pillow here too
        return _upright_srgb(image, full_w, long_edge, crop)
    except PhotoFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - what the plugin raised on a damaged file, said so
        raise PhotoFileError(name, damage_message(exc)) from None


def _upright_srgb(
    image: ImageFile.ImageFile, full_w: int, long_edge: int | None, crop: CropBox | None
) -> Decoded:
    scale = image.size[0] / full_w
    icc = image.info.get("icc_profile")
    pixels: Image.Image = _normalize_mode(image)
    pixels = ImageOps.exif_transpose(pixels)
    if crop is not None:
        box = (
            math.floor(crop.x * scale),
            math.floor(crop.y * scale),
            min(pixels.width, math.ceil((crop.x + crop.width) * scale)),
            min(pixels.height, math.ceil((crop.y + crop.height) * scale)),
        )
        pixels = pixels.crop(box)
    if long_edge is not None and max(pixels.size) > long_edge:
        factor = long_edge / max(pixels.size)
        target = (max(1, round(pixels.width * factor)), max(1, round(pixels.height * factor)))
        pixels = pixels.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    pixels = _to_srgb(pixels, icc if isinstance(icc, bytes) else None)
    pixels.info = {}  # nothing of the original's metadata may ride along into a saved file
    return Decoded(pixels, scale)


def _normalize_mode(image: Image.Image) -> Image.Image:
    """Bring any mode to L, RGB, RGBA or CMYK without losing what the pixels mean."""
    mode = image.mode
    if mode in ("L", "RGB", "RGBA", "CMYK"):
        return image
    if mode.startswith("I;16") or mode in ("I", "F"):
        # 16-bit (or wider) grey: scale into 8 bits; a plain convert("L") clips at 255.
        wide = image.convert("I") if mode != "F" else image
        high = wide.getextrema()[1]
        assert isinstance(high, (int, float))
        divisor = 257.0 if high > 255 else 1.0
        if mode == "F" and high <= 1.0:
            divisor = 1 / 255
        return (
            wide.point(lambda value: value / divisor, "L")
            if mode != "F"
            else wide.point(lambda value: value / divisor).convert("L")
        )
    if mode in ("LA", "La", "PA", "RGBa") or (mode == "P" and "transparency" in image.info):
        return image.convert("RGBA")
    if mode == "LAB":
        lab = ImageCms.createProfile("LAB")
        srgb = ImageCms.createProfile("sRGB")
        converted = ImageCms.profileToProfile(image, lab, srgb, outputMode="RGB")
        assert converted is not None
        return converted
    return image.convert("RGB")  # 1, P, YCbCr, HSV, RGBX, ...


_COLOUR_SPACES = {"RGB": "RGB", "L": "GRAY", "CMYK": "CMYK"}


@functools.lru_cache(maxsize=16)
def _transform(icc: bytes, mode: str) -> ImageCms.ImageCmsTransform | None:
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    except (OSError, ImageCms.PyCMSError):
        return None
    if profile.profile.xcolor_space.strip() != _COLOUR_SPACES.get(mode):
        return None  # a profile for another colour space than the pixels: it does not apply
    try:
        return ImageCms.buildTransform(
            profile, ImageCms.createProfile("sRGB"), mode, "RGB", ImageCms.Intent.PERCEPTUAL
        )
    except ImageCms.PyCMSError:
        return None


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """RGB in sRGB: alpha flattened onto white, an embedded ICC profile converted from."""
    if image.mode == "RGBA":
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        image = background
    if icc:
        transform = _transform(icc, image.mode)
        if transform is not None:
            converted = ImageCms.applyTransform(image, transform)
            assert converted is not None
            return converted
    return image if image.mode == "RGB" else image.convert("RGB")
