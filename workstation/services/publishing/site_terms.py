"""A post's category and tag ids on a site, as this store's section and tag names; and the
other way: a section and tag names as the site's ids, made there when missing (a publish)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workstation.domain.text import slugify
from workstation.services.publishing.publisher import Publisher
from workstation.services.taxonomy import TaxonomyService
from workstation.store.database import Database
from workstation.store.publishing_repository import RemoteIdRepository


def local_terms(
    db: Database,
    taxonomy: TaxonomyService,
    destination_id: int,
    categories: Sequence[int],
    tags: Sequence[int],
) -> tuple[int | None, tuple[str, ...]]:
    """(section id, tag names) for the site's ids; ids this store has not mapped yet are left out
    (fetching the site's sections and tags maps them)."""
    with db.session() as session:
        remote = RemoteIdRepository(session)
        section_for = {r: local for local, r in remote.terms(destination_id, "category").items()}
        tag_for = {r: local for local, r in remote.terms(destination_id, "tag").items()}
    section_id = next((section_for[c] for c in categories if c in section_for), None)
    wanted = {tag_for[t] for t in tags if t in tag_for}
    names = tuple(tag.name for tag in taxonomy.tags() if tag.id in wanted)
    return section_id, names


def site_category_ids(
    db: Database,
    taxonomy: TaxonomyService,
    publisher: Publisher,
    destination_id: int,
    section_id: int | None,
    *,
    say: Callable[[str], None],
) -> list[int]:
    """The site's category for a section ([] for none): the section and its parents are found
    or made on the site, top down, and their ids remembered."""
    if section_id is None:
        return []
    nodes = {node.section.id: node for node in taxonomy.sections()}
    chain = []
    current: int | None = section_id
    while current is not None and current in nodes and nodes[current].section not in chain:
        chain.append(nodes[current].section)
        current = nodes[current].section.parent_id
    parent = 0
    for section in reversed(chain):
        with db.session() as session:
            known = RemoteIdRepository(session).term(destination_id, "category", section.id)
        if known is None:
            say(f"Finding the category {section.name} on the site")
            term = publisher.ensure_category(section.name, section.slug, parent)
            with db.session() as session:
                RemoteIdRepository(session).set_term(
                    destination_id, "category", section.id, term.id, term.slug
                )
            known = term.id
        parent = known
    return [parent] if parent else []


def site_tag_ids(
    db: Database,
    taxonomy: TaxonomyService,
    publisher: Publisher,
    destination_id: int,
    names: Sequence[str],
    *,
    say: Callable[[str], None],
) -> list[int]:
    """The site's tag ids for these tag names, found or made on the site and remembered."""
    ids = []
    for name in names:
        tag = taxonomy.get_or_create_tag(name)
        with db.session() as session:
            known = RemoteIdRepository(session).term(destination_id, "tag", tag.id)
        if known is None:
            say(f"Finding the tag {name} on the site")
            term = publisher.ensure_tag(tag.name, tag.slug or slugify(tag.name))
            with db.session() as session:
                RemoteIdRepository(session).set_term(destination_id, "tag", tag.id, term.id, term.slug)
            known = term.id
        ids.append(known)
    return ids
