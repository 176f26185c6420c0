"""A conflict with a site, field by field: what the site holds of each field, what changed where,
and the editor's choice per field (the site's value, or this copy's)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from workstation.domain.page_diff import PageDiff, VersionView


class ConflictField(StrEnum):
    """The article's fields a site may hold, in the page's order."""

    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    FEATURED_PHOTO = "featured_photo"
    BODY = "body"
    BYLINE = "byline"
    SOURCE_NOTE = "source_note"
    SECTION = "section"
    TAGS = "tags"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    ConflictField.HEADLINE: "Headline",
    ConflictField.STANDFIRST: "Standfirst",
    ConflictField.FEATURED_PHOTO: "Featured photo",
    ConflictField.BODY: "Body",
    ConflictField.BYLINE: "Byline",
    ConflictField.SOURCE_NOTE: "Source note",
    ConflictField.SECTION: "Section",
    ConflictField.TAGS: "Tags",
}


@dataclass(frozen=True, slots=True)
class ConflictResolution:
    """Per field: the site's value for those in `theirs`, this copy's for every other one.
    What the site does not hold (a byline the content lost) is kept from this copy whatever the
    choice; fields kept from this copy that differ from the site are sent with the next update."""

    theirs: frozenset[ConflictField] = frozenset()

    @classmethod
    def taking(cls, fields: Iterable[ConflictField | str]) -> ConflictResolution:
        return cls(frozenset(ConflictField(f) for f in fields))

    def takes(self, field: ConflictField) -> bool:
        return field in self.theirs


@dataclass(frozen=True, slots=True)
class ConflictFieldState:
    """One field in a conflict. held: the site holds this field (its content has a byline
    paragraph, its category is known here...); changed_on_site / changed_here: since the last
    sync; differs: the site's value is not this copy's (a field the site does not hold differs
    when this copy has one: the next update would bring it back there)."""

    field: ConflictField
    held: bool
    changed_on_site: bool
    changed_here: bool
    differs: bool
    why_not_held: str = ""  # "none on the site", "not in this store": a few words

    @property
    def label(self) -> str:
        return self.field.label


@dataclass(frozen=True, slots=True)
class ConflictComparison:
    """What the conflict dialog shows, and what a resolution applies: the site's version (fields
    it does not hold filled in from this copy, as taking theirs keeps them), this copy, their
    differences, and each field's state."""

    headline: str  # the article's, as the job names it
    destination_name: str
    site_changed_at: datetime | None
    site: VersionView
    mine: VersionView
    diff: PageDiff
    fields: tuple[ConflictFieldState, ...]

    def state(self, field: ConflictField) -> ConflictFieldState:
        return next(s for s in self.fields if s.field is field)

    @property
    def kept_from_copy(self) -> tuple[ConflictField, ...]:
        """Fields the site does not hold: kept from this copy whatever is chosen."""
        return tuple(s.field for s in self.fields if not s.held)

    @property
    def choosable(self) -> tuple[ConflictField, ...]:
        """Fields the site holds differently from this copy: the editor chooses."""
        return tuple(s.field for s in self.fields if s.held and s.differs)

    def take_theirs(self) -> ConflictResolution:
        """ "Take theirs": every field the site changed since the last sync (the rest were not
        changed there, so this copy's value is the newer one)."""
        return ConflictResolution(frozenset(s.field for s in self.fields if s.held and s.changed_on_site))

    def kept_fields(self, resolution: ConflictResolution) -> tuple[ConflictField, ...]:
        """Fields that stay this copy's and differ from the site under `resolution`."""
        return tuple(s.field for s in self.fields if s.differs and not (s.held and resolution.takes(s.field)))
