"""The article's status is the workflow's only (draft, ready, withdrawn); published and scheduled
come from a site.

Until now "published" and "scheduled" were workflow values too, set by hand or copied from a site
by publishing and pull. They map without losing what they said:

- An article with a publication that exists on a site (a remote id): the site's own status (the
  publication's remote_status) already says published or scheduled, so the article becomes
  `ready`: it went through the newsroom's workflow.
- An article with no such publication (the sample, a Markdown import of a published page, a
  status picked by hand): nothing here would say it again, so it becomes `ready` and keeps what it
  said in the new column `published_elsewhere` ('published' or 'scheduled'; '' for every other
  article): "Published elsewhere (on no site here)" in the list, `show` and `list --status
  published`. Its first_published_at stays as it was.
- Revisions keep content snapshots with a status: theirs become `ready` too, so a restore gives
  back a status the editor can choose (the article's published_elsewhere is not a revisioned
  field).

draft, ready and withdrawn stay as they are. A downgrade writes published/scheduled back from
published_elsewhere and from the sites' statuses; revisions stay ready.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_SITE_VALUES = "('published', 'scheduled')"
_ON_A_SITE = (
    "EXISTS (SELECT 1 FROM publications AS p WHERE p.article_id = articles.id AND p.remote_id IS NOT NULL)"
)


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("published_elsewhere", sa.String(20), nullable=False, server_default=""))
    op.execute(
        "UPDATE articles SET published_elsewhere = status"
        f" WHERE status IN {_SITE_VALUES} AND NOT {_ON_A_SITE}"
    )
    op.execute(f"UPDATE articles SET status = 'ready' WHERE status IN {_SITE_VALUES}")
    op.execute(
        "UPDATE revisions SET snapshot = json_set(snapshot, '$.status', 'ready')"
        f" WHERE json_valid(snapshot) AND json_extract(snapshot, '$.status') IN {_SITE_VALUES}"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE articles SET status = published_elsewhere WHERE published_elsewhere IN"
        f" {_SITE_VALUES} AND status = 'ready'"
    )
    for remote, status in (("publish", "published"), ("future", "scheduled")):
        op.execute(
            f"UPDATE articles SET status = '{status}' WHERE status = 'ready' AND EXISTS (SELECT 1 FROM"
            " publications AS p WHERE p.article_id = articles.id AND p.remote_id IS NOT NULL"
            f" AND p.remote_status = '{remote}')"
        )
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("published_elsewhere")
