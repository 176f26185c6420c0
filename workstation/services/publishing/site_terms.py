"""A post's category and tag ids on a site, as this store's section and tag names."""

from __future__ import annotations

from collections.abc import Sequence

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
