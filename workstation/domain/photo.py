"""Photos as the page shows them: caption, credit line, alt text; their crop; the publish rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from workstation.domain.article import FieldProblem
from workstation.domain.i18n import translate


@dataclass(frozen=True, slots=True)
class PhotoMetadata:
    caption: str = ""
    credit: str = ""
    alt_text: str = ""
    photographer: str = ""
    copyright: str = ""
    source: str = ""

    @property
    def credit_line(self) -> str:
        """The credit as printed under the photo: "Photo: KCNA via AP/TT"."""
        return f"Photo: {self.credit}" if self.credit.strip() else ""


class PhotoRole(StrEnum):
    """How an article uses a photo: the one featured at the top, or others placed in the body."""

    FEATURED = "featured"
    INLINE = "inline"


class AspectPreset(StrEnum):
    FREE = "free"
    WIDE = "16:9"
    LANDSCAPE = "3:2"
    CLASSIC = "4:3"
    SQUARE = "1:1"

    @property
    def ratio(self) -> float | None:
        """Width over height, or None for a free crop."""
        if self is AspectPreset.FREE:
            return None
        width, height = self.value.split(":")
        return int(width) / int(height)


@dataclass(frozen=True, slots=True)
class CropBox:
    """A rectangle in the pixels of the upright original (EXIF orientation applied)."""

    x: int
    y: int
    width: int
    height: int

    @property
    def key(self) -> str:
        """A short name for file names: renditions are cached per crop."""
        return f"{self.x}_{self.y}_{self.width}_{self.height}"

    def as_box(self) -> tuple[int, int, int, int]:
        """(left, top, right, bottom), as Pillow's crop takes it."""
        return (self.x, self.y, self.x + self.width, self.y + self.height)


@dataclass(frozen=True, slots=True)
class FocalPoint:
    """What the crop keeps in view, as fractions of the width and height (0..1)."""

    x: float = 0.5
    y: float = 0.5


CENTRE = FocalPoint()


@dataclass(frozen=True, slots=True)
class Photo:
    """A stored photo. `width` and `height` are of the upright image."""

    id: int
    sha256: str
    original_filename: str
    mime: str
    width: int
    height: int
    size_bytes: int
    created_at: datetime
    metadata: PhotoMetadata = field(default_factory=PhotoMetadata)
    keep_location: bool = False
    crop: CropBox | None = None
    aspect: AspectPreset = AspectPreset.FREE
    focal: FocalPoint = CENTRE

    @property
    def effective_crop(self) -> CropBox | None:
        """The crop renditions use: the explicit one, else the preset's around the focal point,
        else None (the whole image)."""
        if self.crop is not None:
            return self.crop
        return crop_for_preset(self.width, self.height, self.aspect, self.focal)


@dataclass(frozen=True, slots=True)
class ArticlePhoto:
    """A photo as one article uses it."""

    photo: Photo
    role: PhotoRole
    position: int


@dataclass(frozen=True, slots=True)
class PhotoUse:
    """Where a photo is used: one article."""

    article_id: int
    headline: str
    role: PhotoRole
    trashed: bool


@dataclass(frozen=True, slots=True)
class PhotoProblem(FieldProblem):
    """A photo field an editor must fill in before publishing, naming the photo's file."""

    photo_id: int = 0
    file_name: str = ""


def photo_problems(photos: Iterable[Photo | ArticlePhoto]) -> list[PhotoProblem]:
    """What blocks publishing an article with these photos: every photo needs a credit and alt text."""
    problems: list[PhotoProblem] = []
    for item in photos:
        photo = item.photo if isinstance(item, ArticlePhoto) else item
        name = photo.original_filename or photo.sha256[:12]
        if not photo.metadata.credit.strip():
            problems.append(
                PhotoProblem(
                    "photo.credit",
                    translate(
                        "Preflight", "Photo {name}: a credit is required to publish (e.g. KCNA via AP/TT)."
                    ).format(name=name),
                    photo.id,
                    name,
                )
            )
        if not photo.metadata.alt_text.strip():
            problems.append(
                PhotoProblem(
                    "photo.alt_text",
                    translate(
                        "Preflight",
                        "Photo {name}: alt text is required to publish (what the photo shows, for "
                        "readers who cannot see it).",
                    ).format(name=name),
                    photo.id,
                    name,
                )
            )
    return problems


# -- crop ------------------------------------------------------------------------------------


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high))


def crop_for_preset(
    width: int, height: int, preset: AspectPreset, focal: FocalPoint = CENTRE
) -> CropBox | None:
    """The largest box of the preset's aspect that fits the image, centred on the focal point as
    far as the edges allow. None for a free preset (the whole image)."""
    ratio = preset.ratio
    if ratio is None or width <= 0 or height <= 0:
        return None
    if width / height > ratio:  # the image is wider: full height
        box_h = height
        box_w = max(1, min(width, round(height * ratio)))
    else:
        box_w = width
        box_h = max(1, min(height, round(width / ratio)))
    fx = min(max(focal.x, 0.0), 1.0)
    fy = min(max(focal.y, 0.0), 1.0)
    x = _clamp(round(fx * width - box_w / 2), 0, width - box_w)
    y = _clamp(round(fy * height - box_h / 2), 0, height - box_h)
    return CropBox(x, y, box_w, box_h)


def check_crop(crop: CropBox, width: int, height: int) -> str | None:
    """Why a crop does not fit an image of this size, or None if it does."""
    if crop.width < 1 or crop.height < 1:
        return "the crop must be at least 1 pixel wide and high"
    if crop.x < 0 or crop.y < 0 or crop.x + crop.width > width or crop.y + crop.height > height:
        return f"the crop {crop.as_box()} lies outside the {width} x {height} image"
    return None


def check_focal(focal: FocalPoint) -> str | None:
    if not (0.0 <= focal.x <= 1.0 and 0.0 <= focal.y <= 1.0):
        return "the focal point must lie within the image (0..1 on each axis)"
    return None
