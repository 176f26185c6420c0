"""Search as you type: prefix indexes for 2 and 3 letters in the full-text index.

Without them a typed prefix such as "dro" walks every term that starts with it; with them it
reads one index entry. The index is rebuilt from the articles and their tags.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_COLUMNS = "headline, standfirst, body, byline, tags"
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
_FILL = (
    "INSERT INTO article_search(rowid, headline, standfirst, body, byline, tags) "
    "SELECT a.id, a.headline, a.standfirst, a.body, a.byline, "
    "coalesce((SELECT group_concat(name, ' ') FROM ("
    "  SELECT t.name AS name FROM article_tags AS at JOIN tags AS t ON t.id = at.tag_id"
    "  WHERE at.article_id = a.id ORDER BY at.position)), '') "
    "FROM articles AS a"
)


def _rebuild(options: str) -> None:
    op.execute("DROP TABLE article_search")
    op.execute(f"CREATE VIRTUAL TABLE article_search USING fts5({_COLUMNS}, {_TOKENIZE}{options})")
    op.execute(_FILL)


def upgrade() -> None:
    _rebuild(", prefix = '2 3'")


def downgrade() -> None:
    _rebuild("")
