"""ArticleService: create, edit, list and search, trash, duplicate, and revisions."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from workstation.domain.article import (
    UNCHANGED,
    Article,
    ArticleChanges,
    ArticleContent,
    ArticleStatus,
    ArticleSummary,
)
from workstation.domain.errors import ValidationError
from workstation.domain.photo import PhotoRole
from workstation.domain.query import ArticleQuery
from workstation.domain.revision import Revision, RevisionReason
from workstation.domain.status import SiteStatus
from workstation.services.clock import Clock, utc_now
from workstation.store.article_repository import ArticleRepository
from workstation.store.database import Database, StoreSession
from workstation.store.imported_files import ImportedFileRepository
from workstation.store.photo_repository import PhotoRepository
from workstation.store.revision_repository import RevisionRepository
from workstation.store.taxonomy_repository import SectionRepository

ALL_ARTICLES = ArticleQuery()
# A revision collects edits for this long after it was started (Ctrl+S closes one early).
REVISION_WINDOW = timedelta(minutes=5)
_CONTENT_FIELDS = tuple(f.name for f in dataclass_fields(ArticleChanges))


class ArticleService:
    def __init__(
        self, db: Database, clock: Clock = utc_now, revision_window: timedelta = REVISION_WINDOW
    ) -> None:
        self._db = db
        self._now = clock
        self._window = revision_window

    # -- reading -----------------------------------------------------------------------------

    def get(self, article_id: int) -> Article:
        with self._db.session() as session:
            return ArticleRepository(session).get(article_id)

    def list(
        self, query: ArticleQuery = ALL_ARTICLES, offset: int = 0, limit: int = 200
    ) -> builtins.list[ArticleSummary]:
        with self._db.session() as session:
            return ArticleRepository(session).summaries(query, offset, limit)

    def count(self, query: ArticleQuery = ALL_ARTICLES) -> int:
        with self._db.session() as session:
            return ArticleRepository(session).count(query)

    def revisions(self, article_id: int) -> builtins.list[Revision]:
        with self._db.session() as session:
            ArticleRepository(session).get(article_id)
            return RevisionRepository(session).for_article(article_id)

    # -- writing -----------------------------------------------------------------------------

    def create(
        self,
        content: ArticleContent | None = None,
        *,
        reason: RevisionReason = RevisionReason.CREATED,
        first_published_at: datetime | None = None,
        published_elsewhere: SiteStatus | None = None,
        photos: Sequence[tuple[int, PhotoRole]] = (),
        imported_sha256: str | None = None,
        note: str = "",
    ) -> Article:
        """A new article; `photos` (photo id, role) are attached in the same transaction. Its
        publish date is a site's (first_published_at), never the workflow status's; a page
        published on a site not here says so with `published_elsewhere`."""
        content = content or ArticleContent()
        # The same checks and cleaning as an edit: no control characters, a language tag.
        content = ArticleChanges.from_content(content, _CONTENT_FIELDS).checked().apply_to(ArticleContent())
        now = self._now()
        if first_published_at is not None and first_published_at.tzinfo is not None:
            try:
                first_published_at = first_published_at.astimezone(UTC)  # articles carry UTC
            except OverflowError:
                raise ValidationError("published", "is outside the dates that can be stored") from None
        with self._db.session() as session:
            self._check_section(session, content.section_id)
            article = ArticleRepository(session).add(
                content, now, first_published_at=first_published_at, published_elsewhere=published_elsewhere
            )
            for photo_id, role in photos:
                PhotoRepository(session).attach(article.id, photo_id, role)
            RevisionRepository(session).add(article.id, article.content, reason, now, note=note)
            if imported_sha256 is not None:  # in the same transaction: a re-run finds it or nothing
                ImportedFileRepository(session).record(imported_sha256, article.id, now)
            return article

    def imported_as(self, sha256: str) -> Article | None:
        """The article a file with these bytes (SHA-256) was imported as, trashed or not."""
        with self._db.session() as session:
            article_id = ImportedFileRepository(session).article_for(sha256)
            if article_id is None:
                return None
            return ArticleRepository(session).get(article_id)

    def update(
        self,
        article_id: int,
        changes: ArticleChanges,
        *,
        note: str = "",
        reason: RevisionReason | None = None,
    ) -> Article:
        """Change any fields; unchanged values write nothing. Edits are grouped into revisions;
        a change with a note (a replace-all: 'Replaced “a” with “b” (3)', or `workstation edit`
        with its own `reason`) is a revision of its own, labelled with it, and the edits after it
        start another."""
        clean = changes.checked()
        now = self._now()
        if reason is None:
            reason = RevisionReason.REPLACE if note else RevisionReason.EDIT
        with self._db.session() as session:
            return self._change(session, article_id, clean, reason, now, note=note)

    def _change(
        self,
        session: StoreSession,
        article_id: int,
        clean: ArticleChanges,
        reason: RevisionReason,
        now: datetime,
        *,
        note: str = "",
    ) -> Article:
        articles = ArticleRepository(session)
        current = articles.get(article_id)
        content = clean.apply_to(current.content)
        if content == current.content:
            return current
        if clean.section_id is not UNCHANGED:
            self._check_section(session, content.section_id)
        article = articles.update(article_id, content, now)
        self._record(session, article, reason, now, note=note)
        return article

    def apply_site_changes(
        self,
        article_id: int,
        changes: ArticleChanges,
        *,
        first_published_at: datetime | None = None,
        reason: RevisionReason = RevisionReason.SITE,
    ) -> Article:
        """What a site said (a publish's outcome, a pull, "take theirs"): field changes kept as a
        revision of their own (never merged into the editor's edits), and the site's own date."""
        clean = changes.checked()
        now = self._now()
        with self._db.session() as session:
            article = self._change(session, article_id, clean, reason, now)
            if first_published_at is not None and article.first_published_at != first_published_at:
                articles = ArticleRepository(session)
                articles.set_first_published(article_id, first_published_at.astimezone(UTC))
                article = articles.get(article_id)
            return article

    def checkpoint(self, article_id: int) -> Revision:
        """Close the current group of edits as a named checkpoint (Ctrl+S)."""
        now = self._now()
        with self._db.session() as session:
            article = ArticleRepository(session).get(article_id)
            return self._record(session, article, RevisionReason.CHECKPOINT, now)

    def restore_revision(self, article_id: int, revision_id: int) -> Article:
        """Bring back a revision's content; the restore is itself a revision, so it can be undone."""
        now = self._now()
        with self._db.session() as session:
            revisions = RevisionRepository(session)
            revision = revisions.get(revision_id)
            if revision.article_id != article_id:
                raise ValidationError("revision", f"revision {revision_id} belongs to another article")
            content = revision.content
            if content.section_id is not None and not SectionRepository(session).exists(content.section_id):
                content = replace(content, section_id=None)
            article = ArticleRepository(session).update(article_id, content, now)
            revisions.add(article_id, article.content, RevisionReason.RESTORE, now)
            return article

    def trash(self, article_ids: Sequence[int]) -> None:
        with self._db.session() as session:
            ArticleRepository(session).set_trashed(article_ids, self._now())

    def restore(self, article_ids: Sequence[int]) -> None:
        with self._db.session() as session:
            ArticleRepository(session).set_trashed(article_ids, None)

    def delete(self, article_ids: Sequence[int]) -> None:
        """Delete trashed articles for good, with their history; an article not in the Trash is
        refused (nothing is deleted), so one click never loses an article still in use."""
        with self._db.session() as session:
            articles = ArticleRepository(session)
            for article_id in article_ids:
                article = articles.get(article_id)
                if not article.is_trashed:
                    headline = article.headline or "(no headline)"
                    raise ValidationError("article", f"“{headline}” is not in the Trash; move it there first")
            articles.delete(article_ids)

    def duplicate(self, article_id: int) -> Article:
        """A new draft with the same content and photos; never published, so no publish times
        carry over."""
        original = self.get(article_id)
        headline = f"{original.headline} (copy)" if original.headline else ""
        content = replace(original.content, headline=headline, status=ArticleStatus.DRAFT)
        with self._db.session() as session:
            photos = [(p.photo.id, p.role) for p in PhotoRepository(session).for_article(article_id)]
        return self.create(content, photos=photos)

    # -- helpers -----------------------------------------------------------------------------

    def _record(
        self,
        session: StoreSession,
        article: Article,
        reason: RevisionReason,
        now: datetime,
        *,
        note: str = "",
    ) -> Revision:
        revisions = RevisionRepository(session)
        latest = revisions.latest(article.id)
        if note:
            return revisions.add(article.id, article.content, reason, now, note=note)
        if latest is not None and latest.content == article.content:
            # Nothing new since the last revision: a checkpoint just names it.
            if reason is RevisionReason.CHECKPOINT and latest.reason is RevisionReason.EDIT:
                return revisions.mark(latest.id, RevisionReason.CHECKPOINT)
            return latest
        if (
            latest is not None
            and latest.reason is RevisionReason.EDIT
            and reason in (RevisionReason.EDIT, RevisionReason.CHECKPOINT)
            and now - latest.created_at < self._window
        ):
            revision = revisions.amend(latest.id, article.content, now)
            if reason is RevisionReason.CHECKPOINT:
                revision = revisions.mark(latest.id, RevisionReason.CHECKPOINT)
            return revision
        return revisions.add(article.id, article.content, reason, now)

    @staticmethod
    def _check_section(session: StoreSession, section_id: int | None) -> None:
        if section_id is not None and not SectionRepository(session).exists(section_id):
            raise ValidationError("section", f"no section with id {section_id}")
