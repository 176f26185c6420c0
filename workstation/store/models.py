"""SQLAlchemy 2 tables. ORM objects never leave the store package."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes stored as sortable ISO text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, _dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use timezone-aware UTC")
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    def process_result_value(self, value: str | None, _dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class SectionRow(Base):
    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Case-folded name: tags are the same tag whatever their case.
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    slug: Mapped[str] = mapped_column(String(200))


class ArticleTagRow(Base):
    __tablename__ = "article_tags"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    tag: Mapped[TagRow] = relationship(lazy="joined")


class ArticleRow(Base):
    __tablename__ = "articles"
    __table_args__ = (
        Index("ix_articles_list", "trashed_at", "updated_at"),
        Index("ix_articles_status", "status"),
        Index("ix_articles_section", "section_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    headline: Mapped[str] = mapped_column(Text, default="")
    standfirst: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    byline: Mapped[str] = mapped_column(Text, default="")
    source_note: Mapped[str] = mapped_column(Text, default="")
    section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))
    language: Mapped[str] = mapped_column(String(35), default="en")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    # Kept on write so the list never reads bodies.
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    word_target: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    first_published_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    trashed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # '' or a SiteStatus value: published (or scheduled) on a site this store has no
    # publication for (migration 0008 says where it comes from).
    published_elsewhere: Mapped[str] = mapped_column(String(20), default="", server_default="")

    section: Mapped[SectionRow | None] = relationship(lazy="joined")
    tag_links: Mapped[list[ArticleTagRow]] = relationship(
        order_by=ArticleTagRow.position, cascade="all, delete-orphan", lazy="selectin"
    )


class ImportedFileRow(Base):
    """A file imported as an article, by the SHA-256 of its bytes (migration 0011)."""

    __tablename__ = "imported_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime())


class RevisionRow(Base):
    __tablename__ = "revisions"
    __table_args__ = (Index("ix_revisions_article", "article_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # Edits within the grouping window update this revision and move saved_at.
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime())
    reason: Mapped[str] = mapped_column(String(20))
    # The article's content as JSON (see store.snapshots).
    snapshot: Mapped[str] = mapped_column(Text)
    # What made it, in words, when the reason alone does not say ("Replaced “a” with “b” (3)").
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class PhotoRow(Base):
    """A stored photo's metadata; the file is photos/<sha[:2]>/<sha>.<ext> under the data dir."""

    __tablename__ = "photos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_filename: Mapped[str] = mapped_column(Text)
    mime: Mapped[str] = mapped_column(String(50))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size_bytes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    caption: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(Text, default="")
    alt_text: Mapped[str] = mapped_column(Text, default="")
    photographer: Mapped[str] = mapped_column(Text, default="")
    copyright: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    keep_location: Mapped[bool] = mapped_column(Boolean, default=False)
    # A crop in the pixels of the upright original; all four or none.
    crop_x: Mapped[int | None] = mapped_column(Integer)
    crop_y: Mapped[int | None] = mapped_column(Integer)
    crop_w: Mapped[int | None] = mapped_column(Integer)
    crop_h: Mapped[int | None] = mapped_column(Integer)
    aspect: Mapped[str] = mapped_column(String(10), default="free")
    focal_x: Mapped[float] = mapped_column(Float, default=0.5)
    focal_y: Mapped[float] = mapped_column(Float, default=0.5)


class ArticlePhotoRow(Base):
    __tablename__ = "article_photos"
    __table_args__ = (
        Index("ix_article_photos_photo", "photo_id"),
        # At most one featured photo per article.
        Index(
            "ux_article_photos_featured",
            "article_id",
            unique=True,
            sqlite_where=text("role = 'featured'"),
        ),
    )

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    # RESTRICT: a photo an article uses cannot be deleted.
    photo_id: Mapped[int] = mapped_column(ForeignKey("photos.id", ondelete="RESTRICT"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(10), default="inline")

    photo: Mapped[PhotoRow] = relationship(lazy="joined")


class DestinationRow(Base):
    """A site to publish to. Never holds a password: that is in the OS keyring."""

    __tablename__ = "destinations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(Text)
    username: Mapped[str] = mapped_column(String(200))
    api_root: Mapped[str] = mapped_column(Text, default="")
    platform: Mapped[str] = mapped_column(String(30), default="wordpress")
    max_upload_bytes: Mapped[int | None] = mapped_column(Integer)
    verified_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_pull_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    managed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The site's time zone as it said when last checked: an IANA name or "UTC+05:30"; "" unknown.
    timezone: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The REST API's origin when the editor confirmed one other than the site's; "" none.
    api_origin: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The certificate (PEM) the editor chose to trust for this site; "" none.
    pinned_certificate: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class PublicationRow(Base):
    """An article's post on one site, as of the last sync."""

    __tablename__ = "publications"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    destination_id: Mapped[int] = mapped_column(
        ForeignKey("destinations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    remote_id: Mapped[int | None] = mapped_column(Integer)
    link: Mapped[str] = mapped_column(Text, default="")
    remote_status: Mapped[str | None] = mapped_column(String(20))
    slug: Mapped[str] = mapped_column(Text, default="")
    modified_gmt: Mapped[datetime | None] = mapped_column(UtcDateTime())
    published_gmt: Mapped[datetime | None] = mapped_column(UtcDateTime())
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    synced_fields: Mapped[str] = mapped_column(Text, default="{}")
    # An update in flight: what it sends (JSON), until the site answers.
    pending_fields: Mapped[str] = mapped_column(Text, default="", server_default="")


class RemoteTermRow(Base):
    """A local section (kind 'category') or tag (kind 'tag') and its term id on a site."""

    __tablename__ = "remote_terms"

    destination_id: Mapped[int] = mapped_column(
        ForeignKey("destinations.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    local_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    remote_id: Mapped[int] = mapped_column(Integer)
    slug: Mapped[str] = mapped_column(Text, default="")


class RemoteMediaRow(Base):
    """A photo rendition uploaded to a site: the key names the exact bytes (crop, metadata)."""

    __tablename__ = "remote_media"

    destination_id: Mapped[int] = mapped_column(
        ForeignKey("destinations.id", ondelete="CASCADE"), primary_key=True
    )
    rendition_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photos.id", ondelete="CASCADE"), index=True)
    remote_id: Mapped[int] = mapped_column(Integer)
    source_url: Mapped[str] = mapped_column(Text, default="")
    # The caption/alt text last written to the site, so changed metadata is sent again.
    meta_fingerprint: Mapped[str] = mapped_column(String(64), default="")


class OutboxJobRow(Base):
    """One publish action, written before any network call; the worker moves it along."""

    __tablename__ = "outbox_jobs"
    __table_args__ = (Index("ix_outbox_jobs_state", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    destination_id: Mapped[int] = mapped_column(ForeignKey("destinations.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20))
    requested_status: Mapped[str | None] = mapped_column(String(20))
    scheduled_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    step: Mapped[str] = mapped_column(Text, default="")
    last_error: Mapped[str] = mapped_column(Text, default="")
    bytes_sent: Mapped[int] = mapped_column(Integer, default=0)
    bytes_total: Mapped[int] = mapped_column(Integer, default=0)
    overwrite: Mapped[bool] = mapped_column(Boolean, default=False)
    pending_marker: Mapped[str] = mapped_column(Text, default="")
    marker_set_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # While SENDING: when its sender last said it is alive (a worker takes a quiet job for dead).
    heartbeat_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    conflict: Mapped[str] = mapped_column(Text, default="")
    error_detail: Mapped[str] = mapped_column(Text, default="", server_default="")
    resolution: Mapped[str] = mapped_column(String(20), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())

    article: Mapped[ArticleRow] = relationship(lazy="joined")
    destination: Mapped[DestinationRow] = relationship(lazy="joined")
