"""Sections and tags in the store."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from workstation.domain.errors import NotFoundError
from workstation.domain.taxonomy import Section, Tag
from workstation.domain.text import name_key, slugify
from workstation.store.models import ArticleRow, ArticleTagRow, SectionRow, TagRow


def section_from_row(row: SectionRow) -> Section:
    return Section(id=row.id, name=row.name, slug=row.slug, parent_id=row.parent_id, position=row.position)


class SectionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[Section]:
        rows = self._session.scalars(select(SectionRow).order_by(SectionRow.position, SectionRow.id))
        return [section_from_row(row) for row in rows]

    def get(self, section_id: int) -> Section:
        return section_from_row(self._row(section_id))

    def _row(self, section_id: int) -> SectionRow:
        row = self._session.get(SectionRow, section_id)
        if row is None:
            raise NotFoundError(f"No section with id {section_id}.")
        return row

    def exists(self, section_id: int) -> bool:
        return self._session.get(SectionRow, section_id) is not None

    def slug_taken(self, slug: str, *, except_id: int | None = None) -> bool:
        query = select(SectionRow.id).where(SectionRow.slug == slug)
        if except_id is not None:
            query = query.where(SectionRow.id != except_id)
        return self._session.scalar(query) is not None

    def next_position(self, parent_id: int | None) -> int:
        current = self._session.scalar(
            select(func.max(SectionRow.position)).where(SectionRow.parent_id.is_(parent_id))
            if parent_id is None
            else select(func.max(SectionRow.position)).where(SectionRow.parent_id == parent_id)
        )
        return 0 if current is None else current + 1

    def add(self, name: str, slug: str, parent_id: int | None, position: int) -> Section:
        row = SectionRow(name=name, slug=slug, parent_id=parent_id, position=position)
        self._session.add(row)
        self._session.flush()
        return section_from_row(row)

    def update(self, section_id: int, **values: object) -> Section:
        row = self._row(section_id)
        for key, value in values.items():
            setattr(row, key, value)
        self._session.flush()
        return section_from_row(row)

    def siblings(self, parent_id: int | None) -> list[Section]:
        condition = SectionRow.parent_id.is_(None) if parent_id is None else SectionRow.parent_id == parent_id
        rows = self._session.scalars(
            select(SectionRow).where(condition).order_by(SectionRow.position, SectionRow.id)
        )
        return [section_from_row(row) for row in rows]

    def descendant_ids(self, section_id: int) -> list[int]:
        """The section and every section below it."""
        found = [section_id]
        seen = {section_id}
        frontier = [section_id]
        while frontier:  # level by level; `seen` ends a loop of parents (a damaged store)
            below = self._session.scalars(select(SectionRow.id).where(SectionRow.parent_id.in_(frontier)))
            frontier = [sid for sid in below if sid not in seen]
            seen.update(frontier)
            found.extend(frontier)
        return found

    def depth(self, section_id: int) -> int:
        """How many levels from the top this section sits (0: top level), loops of parents cut."""
        parents: dict[int, int | None] = {
            sid: parent for sid, parent in self._session.execute(select(SectionRow.id, SectionRow.parent_id))
        }
        depth, seen, current = 0, {section_id}, parents.get(section_id)
        while current is not None and current in parents and current not in seen:
            seen.add(current)
            depth += 1
            current = parents[current]
        return depth

    def height(self, section_id: int) -> int:
        """How many levels of sub-sections sit below this one (0: none)."""
        children: dict[int, list[int]] = {}
        for sid, parent in self._session.execute(select(SectionRow.id, SectionRow.parent_id)):
            if parent is not None:
                children.setdefault(parent, []).append(sid)
        height, seen, level = 0, {section_id}, [section_id]
        while True:
            level = [child for sid in level for child in children.get(sid, []) if child not in seen]
            if not level:
                return height
            seen.update(level)
            height += 1

    def article_counts(self) -> dict[int, int]:
        rows = self._session.execute(
            select(ArticleRow.section_id, func.count())
            .where(ArticleRow.section_id.is_not(None))
            .group_by(ArticleRow.section_id)
        )
        return {section_id: count for section_id, count in rows if section_id is not None}

    def reassign_articles(self, from_id: int, to_id: int | None) -> None:
        self._session.execute(
            update(ArticleRow).where(ArticleRow.section_id == from_id).values(section_id=to_id)
        )

    def delete(self, section_id: int) -> None:
        self._session.delete(self._row(section_id))
        self._session.flush()


def tag_from_row(row: TagRow, usage: int = 0) -> Tag:
    return Tag(id=row.id, name=row.name, slug=row.slug, usage_count=usage)


class TagRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def find(self, name: str) -> Tag | None:
        row = self._session.scalar(select(TagRow).where(TagRow.name_key == name_key(name)))
        return None if row is None else tag_from_row(row)

    def get(self, tag_id: int) -> Tag:
        row = self._session.get(TagRow, tag_id)
        if row is None:
            raise NotFoundError(f"No tag with id {tag_id}.")
        return tag_from_row(row)

    def get_or_create_rows(self, names: Iterable[str]) -> list[TagRow]:
        """Rows for these names, created where missing; the first spelling seen is kept."""
        rows: list[TagRow] = []
        for name in names:
            key = name_key(name)
            row = self._session.scalar(select(TagRow).where(TagRow.name_key == key))
            if row is None:
                row = TagRow(name=" ".join(name.split()), name_key=key, slug=slugify(name) or key)
                self._session.add(row)
                self._session.flush()
            rows.append(row)
        return rows

    def all_with_usage(self) -> list[Tag]:
        usage = (
            select(ArticleTagRow.tag_id, func.count().label("n")).group_by(ArticleTagRow.tag_id).subquery()
        )
        rows = self._session.execute(
            select(TagRow, func.coalesce(usage.c.n, 0))
            .outerjoin(usage, usage.c.tag_id == TagRow.id)
            .order_by(TagRow.name_key)
        )
        return [tag_from_row(row, count) for row, count in rows]

    def rename(self, tag_id: int, new_name: str) -> Tag:
        row = self._session.get(TagRow, tag_id)
        if row is None:
            raise NotFoundError(f"No tag with id {tag_id}.")
        row.name = " ".join(new_name.split())
        row.name_key = name_key(new_name)
        row.slug = slugify(new_name) or row.name_key
        self._session.flush()
        return tag_from_row(row)

    def article_ids_with(self, tag_ids: Sequence[int]) -> list[int]:
        return list(
            self._session.scalars(
                select(ArticleTagRow.article_id).where(ArticleTagRow.tag_id.in_(tag_ids)).distinct()
            )
        )

    def merge_into(self, source_ids: Sequence[int], target_id: int) -> None:
        """Give the sources' articles the target tag (at the source's place) and drop the sources."""
        tagged = set(self.article_ids_with([target_id]))
        links = self._session.execute(
            select(ArticleTagRow.article_id, ArticleTagRow.position)
            .where(ArticleTagRow.tag_id.in_(source_ids))
            .order_by(ArticleTagRow.article_id, ArticleTagRow.position)
        ).all()
        self.delete(source_ids)
        for article_id, position in links:
            if article_id not in tagged:
                self._session.add(ArticleTagRow(article_id=article_id, tag_id=target_id, position=position))
                tagged.add(article_id)
        self._session.flush()

    def delete(self, tag_ids: Sequence[int]) -> None:
        self._session.execute(delete(ArticleTagRow).where(ArticleTagRow.tag_id.in_(tag_ids)))
        self._session.execute(delete(TagRow).where(TagRow.id.in_(tag_ids)))
