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


# The deepest a section may sit (Sports/Soccer is 2): a navigation menu shows three or four.
MAX_SECTION_DEPTH = 16


def section_paths(sections: list[Section]) -> list[SectionNode]:
    """Order sections depth-first by position, as the navigation shows them. The walk keeps its
    own stack (a store may hold a path thousands deep) and visits each section once: sections
    in a loop of parents, or whose parent vanished, are shown at top level rather than lost."""
    children: dict[int | None, list[Section]] = {}
    for section in sections:
        children.setdefault(section.parent_id, []).append(section)
    for siblings in children.values():
        siblings.sort(key=lambda s: (s.position, s.name.casefold()))
    known = {s.id for s in sections}
    ordered: list[SectionNode] = []
    seen: set[int] = set()

    def walk(roots: list[Section]) -> None:
        stack: list[tuple[Section, int, tuple[str, ...]]] = [(s, 0, ()) for s in reversed(roots)]
        while stack:
            section, depth, path = stack.pop()
            if section.id in seen:
                continue
            seen.add(section.id)
            here = (*path, section.name)
            ordered.append(SectionNode(section, depth, here))
            stack.extend((child, depth + 1, here) for child in reversed(children.get(section.id, [])))

    walk(children.get(None, []))
    walk(
        [s for parent, group in children.items() if parent is not None and parent not in known for s in group]
    )
    walk([s for s in sections if s.id not in seen])  # loops of parents: each entered once
    return ordered
