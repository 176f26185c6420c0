"""What the article list asks for: filters, search and sort order."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workstation.domain.article import ArticleStatus
from workstation.domain.status import SiteStatus


class SortKey(StrEnum):
    RELEVANCE = "relevance"  # only meaningful with a search; falls back to UPDATED
    HEADLINE = "headline"
    SECTION = "section"
    STATUS = "status"
    BYLINE = "byline"
    UPDATED = "updated"
    WORDS = "words"


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    search: str = ""
    status: ArticleStatus | None = None  # the workflow status
    # What a site made of it (a site here's publication, else published_elsewhere): not the workflow.
    site_status: SiteStatus | None = None
    section_id: int | None = None  # includes its sub-sections
    tag: str | None = None  # tag name, any case
    trashed: bool = False  # the Trash view lists only trashed articles
    needs_attention: bool = False  # only articles a site needs the editor for (domain.publication_state)
    sort: SortKey = SortKey.RELEVANCE
    descending: bool = True

    @property
    def is_filtered(self) -> bool:
        """True when the query narrows the list (search or filters), not just sorts it."""
        return bool(
            self.search.strip()
            or self.status
            or self.site_status
            or self.section_id is not None
            or self.tag
            or self.trashed
            or self.needs_attention
        )
