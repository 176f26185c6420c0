"""Sending one job, its photos: each photo's web rendition is uploaded once per site (an upload
whose answer was lost is found again by its marker), and once the post exists each media item
gets its caption (with the credit), alt text and post. A JobRun (publishing.sending) uses it and
gives it its steps and its upload progress."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Protocol

from workstation.domain.article import Article
from workstation.domain.photo import Photo
from workstation.domain.publishing import Destination
from workstation.domain.text import slugify
from workstation.services.photos import PhotoService
from workstation.services.publishing.mapping import UploadedPhoto, caption_with_credit
from workstation.services.publishing.publisher import Publisher
from workstation.services.publishing.wordpress_client import ProgressCallback
from workstation.store.database import Database
from workstation.store.publishing_repository import RemoteIdRepository

PENDING_MEDIA = 0  # a remote_media row whose upload was sent but not yet answered


class Step(Protocol):
    """JobRun.step: say what is being done (and keep `fields` on the job); raises JobCancelled."""

    def __call__(self, text: str, **fields: Any) -> None: ...


@dataclass(frozen=True, slots=True)
class _MediaMeta:
    """What an uploaded photo's media on the site is to say once the post exists."""

    key: str  # the rendition's media_key
    photo: Photo
    url: str  # the media's source URL on the site
    caption: str  # with the credit
    fingerprint: str  # of the caption and alt text to write
    sent: str  # the fingerprint of what the site has been sent ("" = nothing yet)


class MediaUploads:
    """The photos of one attempt at a publish: uploaded (or found) before the post is written,
    their texts written after it."""

    def __init__(
        self,
        db: Database,
        photos: PhotoService,
        destination: Destination,
        publisher: Publisher,
        *,
        step: Step,
        progress: ProgressCallback,
    ) -> None:
        self._db = db
        self._photos = photos
        self._destination = destination
        self._publisher = publisher
        self._step = step
        self._progress = progress
        self._meta_due: dict[int, _MediaMeta] = {}  # by media id

    def upload(self, article: Article) -> dict[str, UploadedPhoto]:
        """The featured photo and the body's photos on the site, by SHA-256."""
        photos: dict[int, Photo] = {}
        featured = self._photos.featured(article.id)
        if featured is not None:
            photos[featured.id] = featured
        for photo in self._photos.body_photos(article.body):
            photos.setdefault(photo.id, photo)
        uploaded: dict[str, UploadedPhoto] = {}
        for photo in photos.values():
            uploaded[photo.sha256] = self._upload(photo, article.language)
        return uploaded

    def _upload(self, photo: Photo, language: str) -> UploadedPhoto:
        rendition = self._photos.rendition_path(photo)
        key = media_key(photo, rendition.name)
        marker = "ews-" + _short_hash(key)
        caption = caption_with_credit(photo, language)
        fingerprint = _short_hash("\x00".join((caption, photo.metadata.alt_text)))
        with self._db.session() as session:
            known = RemoteIdRepository(session).media(self._destination.id, key)
        if known is not None and known[0] == PENDING_MEDIA:
            # An upload was started (by this job or an earlier one) and its answer never came.
            self._step(f"Looking for {photo.original_filename} uploaded by an earlier try")
            found = self._publisher.find_media(marker)
            known = None
            if found is not None:
                known = (found.id, found.source_url, "")
                self._remember(key, photo, found.id, found.source_url, "")
        if known is None:
            data = self._photos.web_bytes(photo)
            name = _upload_name(photo, marker)
            # Written before the request: whatever becomes of the answer, a retry looks first.
            self._remember(key, photo, PENDING_MEDIA, "", "")
            self._step(f"Uploading {photo.original_filename}", bytes_sent=0, bytes_total=len(data))
            media = self._publisher.upload_media(data, name, "image/jpeg", self._progress)
            self._remember(key, photo, media.id, media.source_url, "")
            known = (media.id, media.source_url, "")
        media_id, source_url, sent_fingerprint = known
        self._meta_due[media_id] = _MediaMeta(key, photo, source_url, caption, fingerprint, sent_fingerprint)
        return UploadedPhoto(photo, media_id, source_url)

    def _remember(self, key: str, photo: Photo, media_id: int, url: str, fingerprint: str) -> None:
        with self._db.session() as session:
            RemoteIdRepository(session).set_media(
                self._destination.id, key, photo.id, media_id, url, fingerprint
            )

    def write_meta(self, post_id: int) -> None:
        """Caption (with the credit) and alt text of each photo, and its post, once the post
        exists: one request per photo whose texts the site does not have yet."""
        for media_id, meta in self._meta_due.items():
            if meta.sent == meta.fingerprint:
                continue
            self._step(f"Writing the caption and alt text of {meta.photo.original_filename}")
            self._publisher.update_media(
                media_id,
                {
                    "caption": meta.caption,
                    "alt_text": meta.photo.metadata.alt_text,
                    "description": meta.caption,
                    "post": post_id,
                },
            )
            self._remember(meta.key, meta.photo, media_id, meta.url, meta.fingerprint)


def media_key(photo: Photo, rendition_name: str) -> str:
    """What makes an upload the same upload: the photo, its crop and size, and whether it keeps
    its location. Not its caption or credit: a corrected caption is written to the media on the
    site, the photo is not uploaded again."""
    pixels = rendition_name.removesuffix(".jpg").rsplit("-", 1)[0]  # without the metadata hash
    return f"{pixels}:location={photo.keep_location}"


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _upload_name(photo: Photo, marker: str) -> str:
    stem = slugify(photo.original_filename.rsplit(".", 1)[0])[:60] or "photo"
    return f"{stem}-{marker}.jpg"
