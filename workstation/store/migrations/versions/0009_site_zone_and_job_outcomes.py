"""A destination keeps its site's time zone (for "08:00 on the site (Europe/Stockholm)" when
scheduling, offline too); a job keeps the technical detail of its last error apart from the
sentence the editor reads, and how the editor resolved its conflict ("Resolved: took the site's
version", not "Cancelled").

Existing destinations have no zone until they are next checked (or the Publish dialog asks the
site); existing jobs have no detail and no resolution.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("destinations") as batch:
        batch.add_column(sa.Column("timezone", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("outbox_jobs") as batch:
        batch.add_column(sa.Column("error_detail", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("resolution", sa.String(20), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("outbox_jobs") as batch:
        batch.drop_column("resolution")
        batch.drop_column("error_detail")
    with op.batch_alter_table("destinations") as batch:
        batch.drop_column("timezone")
