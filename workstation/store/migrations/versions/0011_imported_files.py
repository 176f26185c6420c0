"""The files imported into the store, by the SHA-256 of their bytes: importing the same file
again finds the article it made instead of making a second one.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from workstation.store.models import UtcDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imported_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column(
            "article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_imported_files_article_id", "imported_files", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_imported_files_article_id", "imported_files")
    op.drop_table("imported_files")
