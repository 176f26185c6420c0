"""The FTS5 index over headline, standfirst, body, byline and tags, kept in step with writes."""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, column, literal_column, table, text
from sqlalchemy.orm import Session

FTS_TABLE = "article_search"
SEARCH_TABLE = table(FTS_TABLE, column("rowid"))
# Ranking by relevance costs time per match. A broad query ("police": tens of thousands of
# articles) is ranked among its newest RELEVANCE_WINDOW matches; older matches follow, newest
# first. Newsrooms look for recent copy, and search-as-you-type stays fast on 100k articles.
RELEVANCE_WINDOW = 5000
# bm25 column weights: a hit in the headline matters most, then tags and standfirst.
BM25 = f"bm25({FTS_TABLE}, 10.0, 5.0, 1.0, 2.0, 4.0)"

MIN_PREFIX_LENGTH = 2
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
    prefix (search as you type). Operators and quotes typed by the user are treated as text.

    A last word of one letter is left out until a second letter is typed: as a prefix it
    matches nearly every article (seconds on a large store) and narrows nothing."""
    terms = _TERM.findall(query)
    if terms and len(terms[-1]) < MIN_PREFIX_LENGTH:
        terms.pop()
    if not terms:
        return None
    quoted = [f'"{term}"' for term in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def matches(expression: str) -> ColumnElement[bool]:
    return literal_column(FTS_TABLE).op("MATCH", return_type=None)(expression)


def relevance() -> ColumnElement[float]:
    return literal_column(BM25)


def recent_cutoff(session: Session, expression: str) -> int | None:
    """The article id below which matches are no longer ranked, or None if all can be."""
    row = session.execute(
        text(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match "
            "ORDER BY rowid DESC LIMIT 1 OFFSET :window"
        ),
        {"match": expression, "window": RELEVANCE_WINDOW - 1},
    ).first()
    return None if row is None else int(row[0])
