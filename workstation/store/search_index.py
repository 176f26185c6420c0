"""The FTS5 index over headline, standfirst, body, byline and tags, kept in step with writes."""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, column, literal_column, table, text
from sqlalchemy.orm import Session

FTS_TABLE = "article_search"
CREATE_FTS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "headline, standfirst, body, byline, tags, tokenize = 'unicode61 remove_diacritics 2')"
)
SEARCH_TABLE = table(FTS_TABLE, column("rowid"))
# bm25 column weights: a hit in the headline matters most, then tags and standfirst.
BM25 = f"bm25({FTS_TABLE}, 10.0, 5.0, 1.0, 2.0, 4.0)"

_TERM = re.compile(r"[^\W_]+", re.UNICODE)


def index_article(
    session: Session,
    article_id: int,
    *,
    headline: str,
    standfirst: str,
    body: str,
    byline: str,
    tags: list[str],
) -> None:
    remove_article(session, article_id)
    session.execute(
        text(
            f"INSERT INTO {FTS_TABLE}(rowid, headline, standfirst, body, byline, tags) "
            "VALUES (:id, :headline, :standfirst, :body, :byline, :tags)"
        ),
        {
            "id": article_id,
            "headline": headline,
            "standfirst": standfirst,
            "body": body,
            "byline": byline,
            "tags": " ".join(tags),
        },
    )


def remove_article(session: Session, article_id: int) -> None:
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), {"id": article_id})


def match_expression(query: str) -> str | None:
    """Turn what an editor typed into a safe FTS5 query: every word must match, the last as a
    prefix (search as you type). Operators and quotes typed by the user are treated as text."""
    terms = _TERM.findall(query)
    if not terms:
        return None
    quoted = [f'"{term}"' for term in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def matches(expression: str) -> ColumnElement[bool]:
    return literal_column(FTS_TABLE).op("MATCH", return_type=None)(expression)


def relevance() -> ColumnElement[float]:
    return literal_column(BM25)
