"""Photos: a library of stored photos with their metadata and crop, and the articles using them.

The files themselves live under the data dir, named by the SHA-256 of their bytes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from workstation.store.models import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("original_filename", sa.Text(), nullable=False),
        sa.Column("mime", sa.String(50), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("credit", sa.Text(), nullable=False),
        sa.Column("alt_text", sa.Text(), nullable=False),
        sa.Column("photographer", sa.Text(), nullable=False),
        sa.Column("copyright", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("keep_location", sa.Boolean(), nullable=False),
        sa.Column("crop_x", sa.Integer(), nullable=True),
        sa.Column("crop_y", sa.Integer(), nullable=True),
        sa.Column("crop_w", sa.Integer(), nullable=True),
        sa.Column("crop_h", sa.Integer(), nullable=True),
        sa.Column("aspect", sa.String(10), nullable=False),
        sa.Column("focal_x", sa.Float(), nullable=False),
        sa.Column("focal_y", sa.Float(), nullable=False),
    )
    op.create_table(
        "article_photos",
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "photo_id", sa.Integer(), sa.ForeignKey("photos.id", ondelete="RESTRICT"), primary_key=True
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
    )
    op.create_index("ix_article_photos_photo", "article_photos", ["photo_id"])
    op.create_index(
        "ux_article_photos_featured",
        "article_photos",
        ["article_id"],
        unique=True,
        sqlite_where=sa.text("role = 'featured'"),
    )


def downgrade() -> None:
    op.drop_index("ux_article_photos_featured", "article_photos")
    op.drop_index("ix_article_photos_photo", "article_photos")
    op.drop_table("article_photos")
    op.drop_table("photos")
