"""TaxonomyService: the section tree and the tags."""

from __future__ import annotations

from collections.abc import Sequence

from workstation.domain.errors import ValidationError
from workstation.domain.safe_text import clean_text
from workstation.domain.taxonomy import MAX_SECTION_DEPTH, Section, SectionNode, Tag, section_paths
from workstation.domain.text import name_key, slugify
from workstation.store.article_repository import ArticleRepository
from workstation.store.database import Database, StoreSession
from workstation.store.taxonomy_repository import SectionRepository, TagRepository

PATH_SEPARATOR = "/"


def _too_deep(field: str, levels: int) -> ValidationError:
    return ValidationError(
        field, f"sections nest at most {MAX_SECTION_DEPTH} levels deep (this would be {levels:,})"
    )


def _clean_name(name: str, field: str = "name") -> str:
    cleaned = " ".join(clean_text(name).split())  # no NUL or terminal escapes in a name
    if not cleaned:
        raise ValidationError(field, "must not be empty")
    return cleaned


class TaxonomyService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- sections ----------------------------------------------------------------------------

    def sections(self) -> list[SectionNode]:
        """The tree depth-first in navigation order, with how many articles each holds."""
        with self._db.session() as session:
            repo = SectionRepository(session)
            counts = repo.article_counts()
            nodes = section_paths(repo.all())
        return [
            SectionNode(node.section, node.depth, node.path, counts.get(node.section.id, 0)) for node in nodes
        ]

    def section(self, section_id: int) -> Section:
        with self._db.session() as session:
            return SectionRepository(session).get(section_id)

    def create_section(self, name: str, parent_id: int | None = None, slug: str | None = None) -> Section:
        with self._db.session() as session:
            return self._create_section(session, name, parent_id, slug)

    def _create_section(
        self, session: StoreSession, name: str, parent_id: int | None, slug: str | None
    ) -> Section:
        repo = SectionRepository(session)
        name = _clean_name(name, "section")
        if parent_id is not None:
            repo.get(parent_id)
            if repo.depth(parent_id) + 2 > MAX_SECTION_DEPTH:
                raise _too_deep("parent", repo.depth(parent_id) + 2)
        final_slug = self._free_slug(repo, name, slug)
        return repo.add(name, final_slug, parent_id, repo.next_position(parent_id))

    @staticmethod
    def _free_slug(repo: SectionRepository, name: str, slug: str | None, except_id: int | None = None) -> str:
        if slug is not None:
            wanted = slugify(slug)
            if not wanted:
                raise ValidationError("slug", "must contain letters or digits")
            if repo.slug_taken(wanted, except_id=except_id):
                raise ValidationError("slug", f"'{wanted}' is already used by another section")
            return wanted
        base = slugify(name) or "section"
        candidate, n = base, 2
        while repo.slug_taken(candidate, except_id=except_id):
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def rename_section(self, section_id: int, name: str, slug: str | None = None) -> Section:
        with self._db.session() as session:
            repo = SectionRepository(session)
            current = repo.get(section_id)
            values: dict[str, object] = {"name": _clean_name(name, "section")}
            if slug is not None and slug != current.slug:
                values["slug"] = self._free_slug(repo, name, slug, except_id=section_id)
            return repo.update(section_id, **values)

    def move_section(self, section_id: int, parent_id: int | None, position: int | None = None) -> Section:
        """Put a section under another parent (None: top level), at position among its siblings."""
        with self._db.session() as session:
            repo = SectionRepository(session)
            repo.get(section_id)
            if parent_id is not None:
                repo.get(parent_id)
                if parent_id in repo.descendant_ids(section_id):
                    raise ValidationError("parent", "a section cannot move under itself")
                levels = repo.depth(parent_id) + 2 + repo.height(section_id)
                if levels > MAX_SECTION_DEPTH:
                    raise _too_deep("parent", levels)
            siblings = [s for s in repo.siblings(parent_id) if s.id != section_id]
            index = len(siblings) if position is None else max(0, min(position, len(siblings)))
            order = [s.id for s in siblings]
            order.insert(index, section_id)
            for pos, sid in enumerate(order):
                repo.update(sid, position=pos, **({"parent_id": parent_id} if sid == section_id else {}))
            return repo.get(section_id)

    def delete_section(self, section_id: int, move_articles_to: int | None = None) -> None:
        """Delete a section; its articles go to move_articles_to (or no section), its
        sub-sections move up to its parent."""
        with self._db.session() as session:
            repo = SectionRepository(session)
            doomed = repo.get(section_id)
            if move_articles_to is not None:
                if move_articles_to == section_id:
                    raise ValidationError("section", "articles cannot move to the section being deleted")
                repo.get(move_articles_to)
            repo.reassign_articles(section_id, move_articles_to)
            for child in repo.siblings(section_id):
                repo.update(
                    child.id, parent_id=doomed.parent_id, position=repo.next_position(doomed.parent_id)
                )
            repo.delete(section_id)

    def find_section(self, text: str) -> Section | None:
        """A section by slug, name or path ("Sports/Soccer"), any case."""
        with self._db.session() as session:
            return self._find(SectionRepository(session).all(), text)

    @staticmethod
    def _find(sections: list[Section], text: str) -> Section | None:
        text = clean_text(text)
        wanted = name_key(text)
        nodes = section_paths(sections)
        for node in nodes:
            if name_key(PATH_SEPARATOR.join(node.path)) == name_key(
                PATH_SEPARATOR.join(part.strip() for part in text.split(PATH_SEPARATOR))
            ):
                return node.section
        for node in nodes:
            if node.section.slug == wanted or name_key(node.section.name) == wanted:
                return node.section
        return None

    def resolve_section(self, text: str, *, create: bool = True) -> tuple[Section, list[str]]:
        """Find a section by slug, name or path; create the missing parts of a path if asked.
        Returns the section and the names of sections created."""
        text = clean_text(text)  # as the names it creates are
        parts = [" ".join(p.split()) for p in text.split(PATH_SEPARATOR)]
        if not all(parts):
            raise ValidationError("section", f"'{text}' is not a section name or path")
        if len(parts) > MAX_SECTION_DEPTH:
            raise _too_deep("section", len(parts))
        with self._db.session() as session:
            repo = SectionRepository(session)
            found = self._find(repo.all(), text)
            if found is not None:
                return found, []
            if not create:
                raise ValidationError("section", f"no section named '{text}'")
            created: list[str] = []
            parent: Section | None = None
            for depth, part in enumerate(parts):
                # Walk the path from the root: a name found elsewhere in the tree is not this level.
                children = repo.siblings(parent.id if parent else None)
                existing = next((s for s in children if name_key(s.name) == name_key(part)), None)
                if existing is None:
                    existing = self._create_section(session, part, parent.id if parent else None, None)
                    created.append(PATH_SEPARATOR.join(parts[: depth + 1]))
                parent = existing
            assert parent is not None
            return parent, created

    # -- tags --------------------------------------------------------------------------------

    def tags(self) -> list[Tag]:
        """Every tag with how many articles use it, by name."""
        with self._db.session() as session:
            return TagRepository(session).all_with_usage()

    def get_or_create_tag(self, name: str) -> Tag:
        name = _clean_name(name, "tag")
        with self._db.session() as session:
            repo = TagRepository(session)
            row = repo.get_or_create_rows([name])[0]
            return repo.get(row.id)

    def rename_tag(self, tag_id: int, new_name: str) -> Tag:
        new_name = _clean_name(new_name, "tag")
        with self._db.session() as session:
            repo = TagRepository(session)
            other = repo.find(new_name)
            if other is not None and other.id != tag_id:
                raise ValidationError("tag", f"'{other.name}' already exists; merge the tags instead")
            tag = repo.rename(tag_id, new_name)
            self._reindex(session, repo.article_ids_with([tag_id]))
            return tag

    def merge_tags(self, source_ids: Sequence[int], target_id: int) -> Tag:
        """Fold the source tags into the target: their articles get the target tag instead."""
        sources = [tag_id for tag_id in source_ids if tag_id != target_id]
        with self._db.session() as session:
            repo = TagRepository(session)
            repo.get(target_id)
            for tag_id in sources:
                repo.get(tag_id)
            affected = repo.article_ids_with(sources)
            repo.merge_into(sources, target_id)
            self._reindex(session, affected)
            return next(t for t in repo.all_with_usage() if t.id == target_id)

    @staticmethod
    def _reindex(session: StoreSession, article_ids: Sequence[int]) -> None:
        ArticleRepository(session).reindex_many(article_ids)
