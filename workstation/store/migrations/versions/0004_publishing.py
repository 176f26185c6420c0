"""Publishing: destinations (sites), what each site holds of an article, and the outbox.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from workstation.store.models import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "destinations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("username", sa.String(200), nullable=False),
        sa.Column("api_root", sa.Text(), nullable=False),
        sa.Column("platform", sa.String(30), nullable=False),
        sa.Column("max_upload_bytes", sa.Integer(), nullable=True),
        sa.Column("verified_at", UtcDateTime(), nullable=True),
        sa.Column("last_pull_at", UtcDateTime(), nullable=True),
        sa.Column("managed", sa.Boolean(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "publications",
        sa.Column(
            "article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "destination_id",
            sa.Integer(),
            sa.ForeignKey("destinations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("remote_id", sa.Integer(), nullable=True),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("remote_status", sa.String(20), nullable=True),
        sa.Column("slug", sa.Text(), nullable=False),
        sa.Column("modified_gmt", UtcDateTime(), nullable=True),
        sa.Column("published_gmt", UtcDateTime(), nullable=True),
        sa.Column("synced_at", UtcDateTime(), nullable=True),
        sa.Column("synced_fields", sa.Text(), nullable=False),
    )
    op.create_index("ix_publications_destination_id", "publications", ["destination_id"])
    op.create_table(
        "remote_terms",
        sa.Column(
            "destination_id",
            sa.Integer(),
            sa.ForeignKey("destinations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("kind", sa.String(10), primary_key=True),
        sa.Column("local_id", sa.Integer(), primary_key=True),
        sa.Column("remote_id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.Text(), nullable=False),
    )
    op.create_table(
        "remote_media",
        sa.Column(
            "destination_id",
            sa.Integer(),
            sa.ForeignKey("destinations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("rendition_key", sa.String(200), primary_key=True),
        sa.Column("photo_id", sa.Integer(), sa.ForeignKey("photos.id", ondelete="CASCADE"), nullable=False),
        sa.Column("remote_id", sa.Integer(), nullable=False),
        sa.Column("source_url", sa.Text(), nullable=False),
        sa.Column("meta_fingerprint", sa.String(64), nullable=False),
    )
    op.create_index("ix_remote_media_photo_id", "remote_media", ["photo_id"])
    op.create_table(
        "outbox_jobs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "destination_id",
            sa.Integer(),
            sa.ForeignKey("destinations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("requested_status", sa.String(20), nullable=True),
        sa.Column("scheduled_at", UtcDateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UtcDateTime(), nullable=True),
        sa.Column("step", sa.Text(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("bytes_sent", sa.Integer(), nullable=False),
        sa.Column("bytes_total", sa.Integer(), nullable=False),
        sa.Column("overwrite", sa.Boolean(), nullable=False),
        sa.Column("pending_marker", sa.Text(), nullable=False),
        sa.Column("marker_set_at", UtcDateTime(), nullable=True),
        sa.Column("conflict", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_outbox_jobs_article_id", "outbox_jobs", ["article_id"])
    op.create_index("ix_outbox_jobs_state", "outbox_jobs", ["state", "next_attempt_at"])


def downgrade() -> None:
    op.drop_table("outbox_jobs")
    op.drop_table("remote_media")
    op.drop_table("remote_terms")
    op.drop_table("publications")
    op.drop_table("destinations")
