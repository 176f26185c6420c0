"""Articles in the store, with the search index and tags kept in step on every write."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, delete, func, select, update
from sqlalchemy.orm import Session

from workstation.domain.article import Article, ArticleContent, ArticleSummary
from workstation.domain.errors import NotFoundError
from workstation.domain.query import ArticleQuery, SortKey
from workstation.domain.status import SiteStatus, workflow_status
from workstation.domain.text import name_key
from workstation.store import search_index
from workstation.store.article_rows import summary_from_row
from workstation.store.models import ArticleRow, ArticleTagRow, SectionRow, TagRow
from workstation.store.publication_states import attention_article_ids, site_status_article_ids
from workstation.store.taxonomy_repository import SectionRepository, TagRepository, section_from_row

_AnySelect = TypeVar("_AnySelect", bound=Select[*tuple[Any, ...]])

_SORT_COLUMNS = {
    SortKey.HEADLINE: func.lower(ArticleRow.headline),
    SortKey.SECTION: func.lower(SectionRow.name),
    SortKey.STATUS: ArticleRow.status,
    SortKey.BYLINE: func.lower(ArticleRow.byline),
    SortKey.UPDATED: ArticleRow.updated_at,
    SortKey.WORDS: ArticleRow.word_count,
}


def _article_from_row(row: ArticleRow, section_path: tuple[str, ...]) -> Article:
    content = ArticleContent(
        headline=row.headline,
        standfirst=row.standfirst,
        body=row.body,
        byline=row.byline,
        source_note=row.source_note,
        section_id=row.section_id,
        tags=tuple(link.tag.name for link in row.tag_links),
        language=row.language,
        status=workflow_status(row.status),
        word_target=row.word_target,
    )
    return Article(
        id=row.id,
        content=content,
        created_at=row.created_at,
        updated_at=row.updated_at,
        first_published_at=row.first_published_at,
        trashed_at=row.trashed_at,
        section=section_from_row(row.section) if row.section else None,
        section_path=section_path,
        published_elsewhere=SiteStatus(row.published_elsewhere) if row.published_elsewhere else None,
    )


class ArticleRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- reading -----------------------------------------------------------------------------

    def get(self, article_id: int) -> Article:
        row = self._row(article_id)
        return _article_from_row(row, self._section_path(row.section_id))

    def _row(self, article_id: int) -> ArticleRow:
        row = self._session.get(ArticleRow, article_id)
        if row is None:
            raise NotFoundError(f"No article with id {article_id}.")
        return row

    def _section_path(self, section_id: int | None) -> tuple[str, ...]:
        path: list[str] = []
        seen: set[int] = set()
        while section_id is not None and section_id not in seen:
            seen.add(section_id)
            section = self._session.get(SectionRow, section_id)
            if section is None:
                break
            path.append(section.name)
            section_id = section.parent_id
        return tuple(reversed(path))

    def exists(self, article_id: int) -> bool:
        return self._session.get(ArticleRow, article_id) is not None

    def summaries(self, query: ArticleQuery, offset: int = 0, limit: int = 200) -> list[ArticleSummary]:
        base = self._filtered(
            select(
                ArticleRow.id,
                ArticleRow.headline,
                SectionRow.name,
                ArticleRow.status,
                ArticleRow.byline,
                ArticleRow.updated_at,
                ArticleRow.word_count,
                ArticleRow.trashed_at,
                ArticleRow.published_elsewhere,
            ).outerjoin(SectionRow, SectionRow.id == ArticleRow.section_id),
            query,
        )
        match = search_index.match_expression(query.search)
        if match is None or query.sort is not SortKey.RELEVANCE:
            return self._summaries(self._ordered(base, query).offset(offset).limit(limit))
        by_relevance = (search_index.relevance(), ArticleRow.id.desc())
        cutoff = search_index.recent_cutoff(self._session, match)
        if cutoff is None:
            return self._summaries(base.order_by(*by_relevance).offset(offset).limit(limit))
        # Ranked: the newest matches by relevance; then the older ones, newest first.
        rowid = search_index.SEARCH_TABLE.c.rowid
        ranked_total = self.count(query, extra=rowid >= cutoff)
        rows: list[ArticleSummary] = []
        if offset < ranked_total:
            ranked = base.where(rowid >= cutoff).order_by(*by_relevance)
            rows = self._summaries(ranked.offset(offset).limit(min(limit, ranked_total - offset)))
        if len(rows) < limit:
            older = base.where(rowid < cutoff).order_by(ArticleRow.id.desc())
            rows += self._summaries(older.offset(max(0, offset - ranked_total)).limit(limit - len(rows)))
        return rows

    def _summaries(self, statement: Select[*tuple[Any, ...]]) -> list[ArticleSummary]:
        return [summary_from_row(row) for row in self._session.execute(statement)]

    def count(self, query: ArticleQuery, extra: ColumnElement[bool] | None = None) -> int:
        statement = self._filtered(select(func.count()).select_from(ArticleRow), query)
        if extra is not None:
            statement = statement.where(extra)
        return int(self._session.scalar(statement) or 0)

    def _filtered(self, statement: _AnySelect, query: ArticleQuery) -> _AnySelect:
        statement = statement.where(
            ArticleRow.trashed_at.is_not(None) if query.trashed else ArticleRow.trashed_at.is_(None)
        )
        if query.status is not None:
            statement = statement.where(ArticleRow.status == query.status.value)
        if query.site_status is not None:
            statement = statement.where(ArticleRow.id.in_(site_status_article_ids(query.site_status)))
        if query.section_id is not None:
            ids = SectionRepository(self._session).descendant_ids(query.section_id)
            statement = statement.where(ArticleRow.section_id.in_(ids))
        if query.tag:
            statement = statement.where(
                ArticleRow.id.in_(
                    select(ArticleTagRow.article_id)
                    .join(TagRow, TagRow.id == ArticleTagRow.tag_id)
                    .where(TagRow.name_key == name_key(query.tag))
                )
            )
        if query.needs_attention:
            statement = statement.where(ArticleRow.id.in_(attention_article_ids()))
        match = search_index.match_expression(query.search)
        if match is not None:
            fts = search_index.SEARCH_TABLE
            statement = statement.join(fts, fts.c.rowid == ArticleRow.id).where(search_index.matches(match))
        return statement

    def _ordered(self, statement: _AnySelect, query: ArticleQuery) -> _AnySelect:
        column = _SORT_COLUMNS.get(query.sort, ArticleRow.updated_at)
        if query.sort is SortKey.RELEVANCE:
            column = ArticleRow.updated_at
        ordered = column.desc() if query.descending else column.asc()
        tiebreak = ArticleRow.id.desc() if query.descending else ArticleRow.id.asc()
        return statement.order_by(ordered, tiebreak)

    # -- writing -----------------------------------------------------------------------------

    def add(
        self,
        content: ArticleContent,
        now: datetime,
        *,
        first_published_at: datetime | None = None,
        published_elsewhere: SiteStatus | None = None,
    ) -> Article:
        row = ArticleRow(
            created_at=now,
            updated_at=now,
            first_published_at=first_published_at,
            trashed_at=None,
            published_elsewhere=published_elsewhere.value if published_elsewhere else "",
        )
        self._session.add(row)
        self._apply(row, content)
        self._session.flush()
        self._reindex(row)
        return self.get(row.id)

    def update(self, article_id: int, content: ArticleContent, now: datetime) -> Article:
        row = self._row(article_id)
        self._apply(row, content)
        row.updated_at = now
        self._session.flush()
        # The section relationship was loaded before section_id changed; load it again.
        self._session.expire(row, ["section"])
        self._reindex(row)
        return self.get(row.id)

    def set_first_published(self, article_id: int, when: datetime) -> None:
        """The date the site gives (first published, or scheduled for), not the local save."""
        self._row(article_id).first_published_at = when
        self._session.flush()

    def set_trashed(self, article_ids: Sequence[int], when: datetime | None) -> None:
        for article_id in article_ids:
            self._row(article_id)  # raises NotFoundError for a wrong id
        self._session.execute(
            update(ArticleRow).where(ArticleRow.id.in_(article_ids)).values(trashed_at=when)
        )

    def delete(self, article_ids: Sequence[int]) -> None:
        """Delete for good, with the search index entry; revisions, tag and photo links,
        publications and outbox jobs go with the row (ON DELETE CASCADE). Photos stay in the
        library."""
        for article_id in article_ids:
            self._row(article_id)  # raises NotFoundError for a wrong id
        for article_id in article_ids:
            search_index.remove_article(self._session, article_id)
        self._session.execute(delete(ArticleRow).where(ArticleRow.id.in_(article_ids)))
        self._session.expire_all()

    def reindex(self, article_id: int) -> None:
        self._reindex(self._row(article_id))

    def reindex_many(self, article_ids: Sequence[int]) -> None:
        """Index these articles again after a bulk change of their tags: rows loaded before it
        are stale, so everything is read afresh."""
        self._session.expire_all()
        for article_id in article_ids:
            self.reindex(article_id)

    def _apply(self, row: ArticleRow, content: ArticleContent) -> None:
        row.headline = content.headline
        row.standfirst = content.standfirst
        row.body = content.body
        row.byline = content.byline
        row.source_note = content.source_note
        row.section_id = content.section_id
        row.language = content.language
        row.status = content.status.value
        row.word_count = content.word_count
        row.word_target = content.word_target
        tags = TagRepository(self._session).get_or_create_rows(_unique_names(content.tags))
        current = {link.tag_id: link for link in row.tag_links}
        links = []
        for position, tag in enumerate(tags):
            link = current.get(tag.id) or ArticleTagRow(tag_id=tag.id)
            link.position = position
            link.tag = tag
            links.append(link)
        row.tag_links = links

    def _reindex(self, row: ArticleRow) -> None:
        search_index.index_article(
            self._session,
            row.id,
            headline=row.headline,
            standfirst=row.standfirst,
            body=row.body,
            byline=row.byline,
            tags=[link.tag.name for link in row.tag_links],
        )


def _unique_names(names: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    unique: list[str] = []
    for name in names:
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            unique.append(name)
    return unique
