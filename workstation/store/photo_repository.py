"""Photos in the store (their rows: the files are the media package's) and the articles using them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.orm import Session

from workstation.domain.errors import NotFoundError, ValidationError
from workstation.domain.photo import (
    ArticlePhoto,
    AspectPreset,
    CropBox,
    FocalPoint,
    Photo,
    PhotoMetadata,
    PhotoRole,
    PhotoUse,
)
from workstation.store.models import ArticlePhotoRow, ArticleRow, PhotoRow


@dataclass(frozen=True, slots=True)
class NewPhoto:
    """What an import knows about a photo before it has a row."""

    sha256: str
    original_filename: str
    mime: str
    width: int
    height: int
    size_bytes: int
    metadata: PhotoMetadata


def photo_from_row(row: PhotoRow) -> Photo:
    crop = None
    if None not in (row.crop_x, row.crop_y, row.crop_w, row.crop_h):
        crop = CropBox(row.crop_x or 0, row.crop_y or 0, row.crop_w or 0, row.crop_h or 0)
    try:
        aspect = AspectPreset(row.aspect)
    except ValueError:
        aspect = AspectPreset.FREE
    return Photo(
        id=row.id,
        sha256=row.sha256,
        original_filename=row.original_filename,
        mime=row.mime,
        width=row.width,
        height=row.height,
        size_bytes=row.size_bytes,
        created_at=row.created_at,
        metadata=PhotoMetadata(
            caption=row.caption,
            credit=row.credit,
            alt_text=row.alt_text,
            photographer=row.photographer,
            copyright=row.copyright,
            source=row.source,
        ),
        keep_location=bool(row.keep_location),
        crop=crop,
        aspect=aspect,
        focal=FocalPoint(row.focal_x, row.focal_y),
    )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class PhotoRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- photos ------------------------------------------------------------------------------

    def get(self, photo_id: int) -> Photo:
        return photo_from_row(self._row(photo_id))

    def _row(self, photo_id: int) -> PhotoRow:
        row = self._session.get(PhotoRow, photo_id)
        if row is None:
            raise NotFoundError(f"No photo with id {photo_id}.")
        return row

    def by_sha(self, sha256: str) -> Photo | None:
        row = self._session.scalar(select(PhotoRow).where(PhotoRow.sha256 == sha256.lower()))
        return photo_from_row(row) if row is not None else None

    def by_prefix(self, prefix: str) -> list[Photo]:
        """Photos whose SHA-256 starts with prefix (hex digits only)."""
        prefix = prefix.lower()
        if not prefix or any(c not in "0123456789abcdef" for c in prefix):
            return []
        rows = self._session.scalars(
            select(PhotoRow).where(PhotoRow.sha256 >= prefix, PhotoRow.sha256 < prefix + "g").limit(2)
        )
        return [photo_from_row(row) for row in rows]

    def add(self, new: NewPhoto, now: datetime) -> Photo:
        meta = new.metadata
        row = PhotoRow(
            sha256=new.sha256.lower(),
            original_filename=new.original_filename,
            mime=new.mime,
            width=new.width,
            height=new.height,
            size_bytes=new.size_bytes,
            created_at=now,
            caption=meta.caption,
            credit=meta.credit,
            alt_text=meta.alt_text,
            photographer=meta.photographer,
            copyright=meta.copyright,
            source=meta.source,
            keep_location=False,
            aspect=AspectPreset.FREE.value,
            focal_x=0.5,
            focal_y=0.5,
        )
        self._session.add(row)
        self._session.flush()
        return photo_from_row(row)

    def update(
        self,
        photo_id: int,
        *,
        metadata: PhotoMetadata | None = None,
        keep_location: bool | None = None,
        crop: CropBox | bool | None = False,
        aspect: AspectPreset | None = None,
        focal: FocalPoint | None = None,
    ) -> Photo:
        """Change the given parts; `crop=None` clears the crop, `crop=False` (default) keeps it."""
        row = self._row(photo_id)
        if metadata is not None:
            row.caption = metadata.caption
            row.credit = metadata.credit
            row.alt_text = metadata.alt_text
            row.photographer = metadata.photographer
            row.copyright = metadata.copyright
            row.source = metadata.source
        if keep_location is not None:
            row.keep_location = keep_location
        if crop is None:
            row.crop_x = row.crop_y = row.crop_w = row.crop_h = None
        elif isinstance(crop, CropBox):
            row.crop_x, row.crop_y, row.crop_w, row.crop_h = crop.x, crop.y, crop.width, crop.height
        if aspect is not None:
            row.aspect = aspect.value
        if focal is not None:
            row.focal_x, row.focal_y = focal.x, focal.y
        self._session.flush()
        return photo_from_row(row)

    def search(self, text: str = "", offset: int = 0, limit: int = 200) -> list[Photo]:
        """The library, newest first; `text` matches caption, credit, photographer, source or file
        name anywhere, in any case (ASCII case-folding: SQLite's LIKE)."""
        statement = select(PhotoRow)
        for word in text.split():
            pattern = _like(word)
            statement = statement.where(
                or_(
                    *(
                        column.like(pattern, escape="\\")
                        for column in (
                            PhotoRow.caption,
                            PhotoRow.credit,
                            PhotoRow.photographer,
                            PhotoRow.source,
                            PhotoRow.original_filename,
                        )
                    )
                )
            )
        statement = statement.order_by(PhotoRow.created_at.desc(), PhotoRow.id.desc())
        return [photo_from_row(row) for row in self._session.scalars(statement.offset(offset).limit(limit))]

    def unused(self) -> list[Photo]:
        used = exists().where(ArticlePhotoRow.photo_id == PhotoRow.id)
        return [photo_from_row(row) for row in self._session.scalars(select(PhotoRow).where(~used))]

    def delete(self, photo_ids: Sequence[int]) -> None:
        if photo_ids:
            self._session.execute(delete(PhotoRow).where(PhotoRow.id.in_(photo_ids)))

    def all_sha256(self) -> set[str]:
        return set(self._session.scalars(select(PhotoRow.sha256)))

    # -- articles' photos ---------------------------------------------------------------------

    def for_article(self, article_id: int) -> list[ArticlePhoto]:
        """The article's photos: the featured one first, then the others in their order."""
        rows = self._session.scalars(
            select(ArticlePhotoRow)
            .where(ArticlePhotoRow.article_id == article_id)
            .order_by((ArticlePhotoRow.role != PhotoRole.FEATURED.value), ArticlePhotoRow.position)
        )
        return [ArticlePhoto(photo_from_row(r.photo), PhotoRole(r.role), r.position) for r in rows]

    def _check_article(self, article_id: int) -> None:
        if self._session.get(ArticleRow, article_id) is None:
            raise NotFoundError(f"No article with id {article_id}.")

    def attach(self, article_id: int, photo_id: int, role: PhotoRole = PhotoRole.INLINE) -> ArticlePhoto:
        """Add a photo to an article (at the end), or change its role if it is there already.
        Featuring a photo makes the article's previous featured photo an inline one."""
        self._check_article(article_id)
        self._row(photo_id)
        link = self._session.get(ArticlePhotoRow, (article_id, photo_id))
        if role is PhotoRole.FEATURED:
            self._unfeature(article_id, keep=photo_id)
        if link is None:
            last = self._session.scalar(
                select(func.max(ArticlePhotoRow.position)).where(ArticlePhotoRow.article_id == article_id)
            )
            link = ArticlePhotoRow(
                article_id=article_id, photo_id=photo_id, position=(last + 1) if last is not None else 0
            )
            self._session.add(link)
        link.role = role.value
        self._session.flush()
        self._session.refresh(link)
        return ArticlePhoto(photo_from_row(link.photo), PhotoRole(link.role), link.position)

    def _unfeature(self, article_id: int, keep: int) -> None:
        for link in self._session.scalars(
            select(ArticlePhotoRow).where(
                ArticlePhotoRow.article_id == article_id,
                ArticlePhotoRow.role == PhotoRole.FEATURED.value,
                ArticlePhotoRow.photo_id != keep,
            )
        ):
            link.role = PhotoRole.INLINE.value
        self._session.flush()

    def detach(self, article_id: int, photo_id: int) -> None:
        link = self._session.get(ArticlePhotoRow, (article_id, photo_id))
        if link is None:
            raise NotFoundError(f"Photo {photo_id} is not attached to article {article_id}.")
        self._session.delete(link)
        self._session.flush()

    def clear_featured(self, article_id: int) -> None:
        self._check_article(article_id)
        self._unfeature(article_id, keep=-1)

    def reorder(self, article_id: int, photo_ids: Sequence[int]) -> None:
        """Put the article's photos in this order; every attached photo must be named once."""
        links = {
            link.photo_id: link
            for link in self._session.scalars(
                select(ArticlePhotoRow).where(ArticlePhotoRow.article_id == article_id)
            )
        }
        if sorted(photo_ids) != sorted(links):
            raise ValidationError(
                "photos", f"the order must name each of the article's photos once: {sorted(links)}"
            )
        for position, photo_id in enumerate(photo_ids):
            links[photo_id].position = position
        self._session.flush()

    def where_used(self, photo_id: int) -> list[PhotoUse]:
        self._row(photo_id)
        rows = self._session.execute(
            select(ArticleRow.id, ArticleRow.headline, ArticlePhotoRow.role, ArticleRow.trashed_at)
            .join(ArticlePhotoRow, ArticlePhotoRow.article_id == ArticleRow.id)
            .where(ArticlePhotoRow.photo_id == photo_id)
            .order_by(ArticleRow.id)
        )
        return [PhotoUse(r[0], r[1], PhotoRole(r[2]), r[3] is not None) for r in rows]
