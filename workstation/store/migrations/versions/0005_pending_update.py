"""What an update in flight is sending, kept until the site answers: if the answer is lost, the
retry recognises the site's newer copy as its own write instead of a conflict.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("publications") as batch:
        batch.add_column(sa.Column("pending_fields", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("publications") as batch:
        batch.drop_column("pending_fields")
