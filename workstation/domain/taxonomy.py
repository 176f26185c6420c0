"""Sections (a tree, as the site's navigation shows it) and tags."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Section:
    id: int
    name: str
    slug: str
    parent_id: int | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class SectionNode:
    """A section with its place in the tree: depth 0 is top level; path is names from the root."""

    section: Section
    depth: int
    path: tuple[str, ...]
    article_count: int = 0

    @property
    def path_text(self) -> str:
        return " / ".join(self.path)


@dataclass(frozen=True, slots=True)
class Tag:
    id: int
    name: str
    slug: str
    usage_count: int = 0


def section_paths(sections: list[Section]) -> list[SectionNode]:
    """Order sections depth-first by position, as the navigation shows them."""
    children: dict[int | None, list[Section]] = {}
    for section in sections:
        children.setdefault(section.parent_id, []).append(section)
    for siblings in children.values():
        siblings.sort(key=lambda s: (s.position, s.name.casefold()))
    known = {s.id for s in sections}
    ordered: list[SectionNode] = []

    def walk(parent: int | None, depth: int, path: tuple[str, ...]) -> None:
        for section in children.get(parent, []):
            here = (*path, section.name)
            ordered.append(SectionNode(section, depth, here))
            walk(section.id, depth + 1, here)

    walk(None, 0, ())
    # Sections whose parent vanished are shown at top level rather than lost.
    for parent, orphans in children.items():
        if parent is not None and parent not in known:
            for section in orphans:
                ordered.append(SectionNode(section, 0, (section.name,)))
                walk(section.id, 1, (section.name,))
    return ordered
