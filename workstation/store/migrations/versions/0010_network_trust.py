"""Network trust: a destination keeps the API origin the editor confirmed when the site names
its REST API on another host (else ""), and the certificate the editor chose to trust for it
(PEM, else ""); a job being sent keeps the time its sender last said it is alive.

Existing destinations confirmed nothing and pin nothing; existing jobs have no heartbeat (their
updated_at stands in for it).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from workstation.store.models import UtcDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("destinations") as batch:
        batch.add_column(sa.Column("api_origin", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("pinned_certificate", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("outbox_jobs") as batch:
        batch.add_column(sa.Column("heartbeat_at", UtcDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox_jobs") as batch:
        batch.drop_column("heartbeat_at")
    with op.batch_alter_table("destinations") as batch:
        batch.drop_column("pinned_certificate")
        batch.drop_column("api_origin")
