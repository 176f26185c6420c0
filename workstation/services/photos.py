"""PhotoService: the photo library, the photos of each article, and the bytes the preview and
publishing use. Qt-free; import_files is meant to run on a worker thread (one Session per call)."""

from __future__ import annotations

import base64
import builtins
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from workstation.domain.errors import ValidationError, WorkstationError
from workstation.domain.photo import (
    ArticlePhoto,
    AspectPreset,
    CropBox,
    FocalPoint,
    Photo,
    PhotoMetadata,
    PhotoRole,
    PhotoUse,
    check_crop,
    check_focal,
)
from workstation.domain.photo_refs import find_photo_refs, match_prefix, rewrite_photo_refs
from workstation.domain.urls import PHOTO_SCHEME
from workstation.services.clock import Clock, utc_now
from workstation.services.media import pipeline
from workstation.services.media.decode import extension_for_mime
from workstation.services.media.errors import ImportCancelled, PhotoFileError, describe_os_error
from workstation.services.media.pipeline import RenditionKind, RenditionSizes
from workstation.services.media.storage import STALE_SECONDS, PhotoFiles
from workstation.services.safe_files import MAX_PHOTO_BYTES, UnreadableFileError, read_regular
from workstation.store.database import Database
from workstation.store.errors import DuplicateRowError
from workstation.store.photo_repository import NewPhoto, PhotoRepository

# The name a Markdown export gives a photo's web rendition (formats/markdown_photo_export.py).
_EXPORTED_NAME = re.compile(r"-([0-9a-f]{8})\.jpg$")
ProgressCallback = Callable[[int, int, Path], None]
"""progress(done, total, path): called after each file of a batch."""
CancelCheck = Callable[[], bool]
"""cancelled(): True once the editor asked to stop; checked between files and between steps."""


@dataclass(frozen=True, slots=True)
class PhotoImportOutcome:
    """What happened to one file: a photo (new, or the same bytes already stored), an error
    naming the file, or cancelled before it was stored. Never more than one."""

    path: Path
    photo: Photo | None = None
    error: WorkstationError | None = None
    existing: bool = False
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.photo is not None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()


class PhotoService:
    def __init__(
        self,
        db: Database,
        data_dir: Path,
        clock: Clock = utc_now,
        sizes: RenditionSizes | None = None,
    ) -> None:
        self._db = db
        self._now = clock
        self.files = PhotoFiles(data_dir)
        self.sizes = sizes or RenditionSizes()

    # -- importing ---------------------------------------------------------------------------

    def import_file(self, path: Path, cancelled: CancelCheck | None = None) -> PhotoImportOutcome:
        """Import one file; errors come back in the outcome, never raised."""
        try:
            photo, existing = self._import(Path(path), cancelled or (lambda: False))
        except ImportCancelled:
            return PhotoImportOutcome(Path(path), cancelled=True)
        except WorkstationError as exc:
            return PhotoImportOutcome(Path(path), error=exc)
        return PhotoImportOutcome(Path(path), photo=photo, existing=existing)

    def import_files(
        self,
        paths: Sequence[Path],
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> list[PhotoImportOutcome]:
        """Import each file on its own: a bad file stores nothing and the others still go in.
        Once cancelled, the file in progress and the rest come back with cancelled=True."""
        check = cancelled or (lambda: False)
        outcomes: list[PhotoImportOutcome] = []
        for index, path in enumerate(paths):
            if check():
                outcomes.extend(PhotoImportOutcome(Path(p), cancelled=True) for p in paths[index:])
                break
            outcomes.append(self.import_file(path, check))
            if progress is not None:
                progress(index + 1, len(paths), Path(path))
        return outcomes

    def _import(self, path: Path, cancelled: CancelCheck) -> tuple[Photo, bool]:
        name = str(path)
        if cancelled():
            raise ImportCancelled()
        if path.is_dir():
            raise PhotoFileError(name, "is a folder, not a photo")
        try:  # only a regular file, never waited on (a FIFO) or read without end (/dev/zero)
            staged = self.files.stage(path)
        except UnreadableFileError as exc:
            raise PhotoFileError(name, exc.reason) from None
        except OSError as exc:
            raise PhotoFileError(name, describe_os_error(exc, reading=True)) from None
        created = False
        try:
            with self._db.session() as session:
                existing = PhotoRepository(session).by_sha(staged.sha256)
            if existing is not None:
                if self.files.find_original(existing.sha256) is None:  # the same bytes repair a lost file
                    self.files.commit(staged, extension_for_mime(existing.mime))
                self.files.discard(staged)
                return existing, True
            inspected = pipeline.inspect(staged.temp_path, name, self.sizes)
            if cancelled():
                raise ImportCancelled()
            try:
                _, created = self.files.commit(staged, inspected.extension)
            except OSError as exc:
                raise PhotoFileError(name, describe_os_error(exc, reading=False)) from None
            pipeline.write_renditions(self.files, staged.sha256, inspected.renditions, name)
            new = NewPhoto(
                sha256=staged.sha256,
                original_filename=path.name,
                mime=inspected.mime,
                width=inspected.width,
                height=inspected.height,
                size_bytes=staged.size_bytes,
                metadata=inspected.source.metadata,
            )
            try:
                with self._db.session() as session:
                    return PhotoRepository(session).add(new, self._now()), False
            except DuplicateRowError:  # the same bytes were imported meanwhile (another window)
                created = False
                with self._db.session() as session:
                    other = PhotoRepository(session).by_sha(staged.sha256)
                if other is None:
                    raise
                return other, True
        except BaseException:
            self.files.discard(staged)
            if created:
                self.files.delete_photo(staged.sha256)
            raise

    # -- the library -------------------------------------------------------------------------

    def get(self, photo_id: int) -> Photo:
        with self._db.session() as session:
            return PhotoRepository(session).get(photo_id)

    def by_sha(self, sha256: str) -> Photo | None:
        with self._db.session() as session:
            return PhotoRepository(session).by_sha(sha256)

    def resolve_ref(self, ref: str) -> Photo | None:
        """The photo a body reference names: a full SHA-256 or a unique prefix of one."""
        with self._db.session() as session:
            found = PhotoRepository(session).by_prefix(ref)
        return found[0] if len(found) == 1 else None

    def search(self, text: str = "", offset: int = 0, limit: int = 200) -> builtins.list[Photo]:
        """The library, newest first, matching every word in caption, credit, photographer,
        source or file name."""
        with self._db.session() as session:
            return PhotoRepository(session).search(text, offset, limit)

    def update_metadata(
        self, photo_id: int, metadata: PhotoMetadata | None = None, *, keep_location: bool | None = None
    ) -> Photo:
        with self._db.session() as session:
            photo = PhotoRepository(session).update(photo_id, metadata=metadata, keep_location=keep_location)
        self._drop_stale_renditions(photo)
        return photo

    def update_fields(self, photo_id: int, **fields: str) -> Photo:
        """Change some metadata fields by name (caption, credit, alt_text, ...)."""
        current = self.get(photo_id)
        try:
            metadata = replace(current.metadata, **fields)
        except TypeError:
            raise ValidationError(", ".join(sorted(fields)), "is not a field of a photo") from None
        return self.update_metadata(photo_id, metadata)

    def set_crop(
        self,
        photo_id: int,
        crop: CropBox | None = None,
        aspect: AspectPreset = AspectPreset.FREE,
        focal: FocalPoint | None = None,
    ) -> Photo:
        """Set the crop: an explicit box (upright original pixels), or None to let the aspect
        preset choose the largest box around the focal point (free: the whole photo)."""
        photo = self.get(photo_id)
        if crop is not None and (problem := check_crop(crop, photo.width, photo.height)):
            raise ValidationError("crop", problem)
        if focal is not None and (problem := check_focal(focal)):
            raise ValidationError("focal point", problem)
        with self._db.session() as session:
            photo = PhotoRepository(session).update(photo_id, crop=crop, aspect=aspect, focal=focal)
        self._drop_stale_renditions(photo)
        return photo

    def where_used(self, photo_id: int) -> builtins.list[PhotoUse]:
        with self._db.session() as session:
            return PhotoRepository(session).where_used(photo_id)

    def remove_unused(self) -> builtins.list[Photo]:
        """Delete the photos no article uses (trashed articles count as using theirs), with
        their files; also files without a row and temporary files left by a crashed import
        (those older than an hour: a newer one may belong to an import in progress)."""
        with self._db.session() as session:
            repository = PhotoRepository(session)
            unused = repository.unused()
            repository.delete([photo.id for photo in unused])
            known = repository.all_sha256()
        for photo in unused:
            self.files.delete_photo(photo.sha256)
        cutoff = time.time() - STALE_SECONDS
        for sha, path in builtins.list(self.files.originals()):
            # A recent file may be an import in progress (stored, its row not yet written).
            if sha not in known and _mtime(path) < cutoff:
                self.files.delete_photo(sha)
        self.files.sweep_temporary()
        return unused

    def delete_if_unused(self, photo_ids: Sequence[int]) -> None:
        """Remove these photos (rows and files) unless an article uses them: undoing an import."""
        wanted = set(photo_ids)
        if not wanted:
            return
        with self._db.session() as session:
            repository = PhotoRepository(session)
            doomed = [p for p in repository.unused() if p.id in wanted]
            repository.delete([p.id for p in doomed])
        for photo in doomed:
            self.files.delete_photo(photo.sha256)

    # -- an article's photos -----------------------------------------------------------------

    def for_article(self, article_id: int) -> builtins.list[ArticlePhoto]:
        """The featured photo first, then the others in their order."""
        with self._db.session() as session:
            return PhotoRepository(session).for_article(article_id)

    def featured(self, article_id: int) -> Photo | None:
        for item in self.for_article(article_id):
            if item.role is PhotoRole.FEATURED:
                return item.photo
        return None

    def attach(self, article_id: int, photo_id: int, role: PhotoRole = PhotoRole.INLINE) -> ArticlePhoto:
        with self._db.session() as session:
            return PhotoRepository(session).attach(article_id, photo_id, role)

    def detach(self, article_id: int, photo_id: int) -> None:
        with self._db.session() as session:
            PhotoRepository(session).detach(article_id, photo_id)

    def set_featured(self, article_id: int, photo_id: int | None) -> None:
        """Feature this photo (attaching it if needed; the previous one stays, inline), or
        none."""
        with self._db.session() as session:
            repository = PhotoRepository(session)
            if photo_id is None:
                repository.clear_featured(article_id)
            else:
                repository.attach(article_id, photo_id, PhotoRole.FEATURED)

    def reorder(self, article_id: int, photo_ids: Sequence[int]) -> None:
        with self._db.session() as session:
            PhotoRepository(session).reorder(article_id, photo_ids)

    # -- files and bytes ---------------------------------------------------------------------

    def original_path(self, photo: Photo) -> Path | None:
        return self.files.find_original(photo.sha256)

    def rendition_path(self, photo: Photo, kind: RenditionKind = RenditionKind.WEB) -> Path:
        """The rendition's file (made now if not cached). Raises PhotoFileError."""
        return pipeline.make_rendition(self.files, photo, kind, self.sizes)

    def thumbnail_path(self, photo: Photo) -> Path:
        return self.rendition_path(photo, RenditionKind.THUMBNAIL)

    def web_bytes(self, photo: Photo) -> bytes:
        """The bytes that leave the machine: the web rendition (no private metadata)."""
        path = self.rendition_path(photo, RenditionKind.WEB)
        try:
            return path.read_bytes()
        except OSError as exc:
            raise PhotoFileError(str(path), describe_os_error(exc, reading=True)) from None

    def exported_photo(self, path: Path) -> Photo | None:
        """The stored photo whose web rendition this file is, byte for byte: what a Markdown export
        writes beside itself as images/<name>-<sha8>.jpg. None for any other file."""
        match = _EXPORTED_NAME.search(Path(path).name)
        photo = self.resolve_ref(match.group(1)) if match else None
        if photo is None:
            return None
        try:
            data = read_regular(Path(path), MAX_PHOTO_BYTES, "photo")
            return photo if data == self.web_bytes(photo) else None
        except WorkstationError:
            return None

    def photo_bytes(self, sha256: str) -> tuple[str, bytes] | None:
        """(MIME type, bytes) of the web rendition for the preview's ewsphoto: scheme; None if no
        such photo or its file cannot be read."""
        sha256 = sha256.removeprefix(f"{PHOTO_SCHEME}:").strip().lower()
        photo = self.by_sha(sha256) if len(sha256) == 64 else None
        if photo is None:
            return None
        try:
            return pipeline.RENDITION_MIME, self.web_bytes(photo)
        except WorkstationError:
            return None

    def data_uri(self, url_or_sha: str) -> str | None:
        """A data: URI of the web rendition; fits services.rendering.photos.PhotoResolver."""
        found = self.photo_bytes(url_or_sha)
        if found is None:
            return None
        mime, data = found
        return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"

    # -- bodies ------------------------------------------------------------------------------

    def body_for_preview(self, body: str) -> str:
        """The body with each `photo:` reference pointing at the preview's ewsphoto:<sha256>."""
        shas = self._shas_for(body)
        return rewrite_photo_refs(
            body, lambda ref: f"{PHOTO_SCHEME}:{sha}" if (sha := match_prefix(ref, shas)) else None
        )

    def body_photos(self, body: str) -> builtins.list[Photo]:
        """The stored photos a body shows, in no particular order (publishing uploads them)."""
        found = (self.by_sha(sha) for sha in self._shas_for(body))
        return [photo for photo in found if photo is not None]

    def body_with_data_uris(self, body: str) -> str:
        """The body with each `photo:` reference embedded as a data: URI (a standalone export)."""
        shas = self._shas_for(body)
        return rewrite_photo_refs(
            body, lambda ref: self.data_uri(sha) if (sha := match_prefix(ref, shas)) else None
        )

    def _shas_for(self, body: str) -> builtins.list[str]:
        refs = {ref.ref for ref in find_photo_refs(body)}
        if not refs:
            return []
        shas: set[str] = set()
        with self._db.session() as session:
            repository = PhotoRepository(session)
            for ref in refs:
                shas.update(photo.sha256 for photo in repository.by_prefix(ref))
        return sorted(shas)

    def _drop_stale_renditions(self, photo: Photo) -> None:
        """Renditions of an older crop or metadata are never served again: remove them."""
        current = {
            self.files.rendition_path(
                photo.sha256,
                pipeline.rendition_name(
                    kind, self.sizes.edge(kind), photo.effective_crop, photo.metadata, photo.keep_location
                ),
            )
            for kind in RenditionKind
        }
        self.files.delete_renditions(photo.sha256, keep=current)
