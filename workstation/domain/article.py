"""The article: every field of the published page, and the rules on them."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum
from typing import Any, Final, TypeVar

from workstation.domain.errors import ValidationError
from workstation.domain.i18n import translate
from workstation.domain.languages import is_language_tag
from workstation.domain.safe_text import clean_text
from workstation.domain.status import ArticleStatus, SiteStatus, status_problem
from workstation.domain.taxonomy import Section
from workstation.domain.text import count_words, reading_minutes

DEFAULT_LANGUAGE = "en"
# The most words a word target may ask for (a long read is some 10,000).
MAX_WORD_TARGET = 100_000
# The most tags one article may carry (a site's page lists a handful; a file with thousands is
# a mistake or an attack on every list that shows them).
MAX_TAGS = 100

__all__ = [
    "DEFAULT_LANGUAGE",
    "MAX_TAGS",
    "MAX_WORD_TARGET",
    "UNCHANGED",
    "Article",
    "ArticleChanges",
    "ArticleContent",
    "ArticleStatus",
    "ArticleSummary",
    "SiteStatus",
    "Unchanged",
]


@dataclass(frozen=True, slots=True)
class ArticleContent:
    """The editable fields of an article, without identity or timestamps."""

    headline: str = ""
    standfirst: str = ""
    body: str = ""
    byline: str = ""
    source_note: str = ""
    section_id: int | None = None
    tags: tuple[str, ...] = ()
    language: str = DEFAULT_LANGUAGE
    status: ArticleStatus = ArticleStatus.DRAFT
    # Words the body should have (a 400-word print slot); 0 is no target. The editor's own
    # measure: never sent to a site.
    word_target: int = 0

    @property
    def word_count(self) -> int:
        """Words a reader reads: headline, standfirst and body."""
        return count_words(self.headline, self.standfirst, self.body)

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.word_count)


class Unchanged(Enum):
    """The value of an ArticleChanges field that the edit leaves as it is."""

    UNCHANGED = "unchanged"

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = Unchanged.UNCHANGED
_T = TypeVar("_T")
_TEXT_FIELDS = ("headline", "standfirst", "body", "byline", "source_note", "language")


def _pick(change: _T | Unchanged, current: _T) -> _T:
    return current if change is UNCHANGED else change


@dataclass(frozen=True, slots=True)
class ArticleChanges:
    """An edit of an article's fields: those left UNCHANGED (the default) keep their value. None
    is a real value of section_id (no section), so "unchanged" is its own value, not None."""

    headline: str | Unchanged = UNCHANGED
    standfirst: str | Unchanged = UNCHANGED
    body: str | Unchanged = UNCHANGED
    byline: str | Unchanged = UNCHANGED
    source_note: str | Unchanged = UNCHANGED
    section_id: int | Unchanged | None = UNCHANGED
    tags: Sequence[str] | Unchanged = UNCHANGED
    language: str | Unchanged = UNCHANGED
    status: ArticleStatus | Unchanged = UNCHANGED
    word_target: int | Unchanged = UNCHANGED

    @classmethod
    def from_fields(cls, values: Mapping[str, object]) -> ArticleChanges:
        """Field values by name (an editor's form, a file's front matter), checked and brought
        to their stored form: a name that is not a field, or a value of the wrong kind, is a
        ValidationError naming the field."""
        names = {f.name for f in fields(cls)}
        unknown = set(values) - names
        if unknown:
            raise ValidationError(sorted(unknown)[0], "is not a field of an article")
        clean: dict[str, Any] = {name: _checked(name, value) for name, value in values.items()}
        language = clean.get("language")
        if language == "":
            raise ValidationError("language", "must not be empty (use a code such as en or sv)")
        if language is not None and not is_language_tag(language):
            raise ValidationError(
                "language", f"'{language}' is not a language tag (BCP 47) such as en, sv or pt-BR"
            )
        return cls(**clean)

    @classmethod
    def from_content(cls, content: ArticleContent, names: Collection[str]) -> ArticleChanges:
        """An edit that sets the named fields to their values in content."""
        return cls(**{name: getattr(content, name) for name in names})

    def given(self) -> dict[str, object]:
        """The fields this edit sets, by name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not UNCHANGED}

    def checked(self) -> ArticleChanges:
        """The same edit with its values checked and in their stored form (see from_fields)."""
        return ArticleChanges.from_fields(self.given())

    def apply_to(self, content: ArticleContent) -> ArticleContent:
        """content with this edit's fields set, as they are (check them first)."""
        return ArticleContent(
            headline=_pick(self.headline, content.headline),
            standfirst=_pick(self.standfirst, content.standfirst),
            body=_pick(self.body, content.body),
            byline=_pick(self.byline, content.byline),
            source_note=_pick(self.source_note, content.source_note),
            section_id=_pick(self.section_id, content.section_id),
            tags=content.tags if self.tags is UNCHANGED else tuple(self.tags),
            language=_pick(self.language, content.language),
            status=_pick(self.status, content.status),
            word_target=_pick(self.word_target, content.word_target),
        )


def _checked(name: str, value: object) -> object:
    """One field's value checked and in its stored form (ArticleChanges.from_fields)."""
    if name in _TEXT_FIELDS:
        if not isinstance(value, str):
            raise ValidationError(name, "must be text")
        value = clean_text(value)  # no NUL, terminal escapes or lone surrogates in the store
        if name == "language":  # sv_SE, as a POSIX locale spells it, is the tag sv-SE
            return value.strip().replace("_", "-")
        return value
    if name == "status":
        try:
            return ArticleStatus(str(value))
        except ValueError:
            raise ValidationError("status", status_problem(value)) from None
    if name == "word_target":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError("word_target", "must be a whole number of words (0 for no target)")
        if not 0 <= value <= MAX_WORD_TARGET:
            limit = f"{MAX_WORD_TARGET:,}"
            raise ValidationError("word_target", f"must be between 0 (no target) and {limit} words")
        return value
    if name == "tags":
        if isinstance(value, str) or not isinstance(value, Sequence):
            raise ValidationError("tags", "must be a list of tag names")
        if not all(isinstance(tag, str) for tag in value):
            raise ValidationError("tags", "every tag must be text")
        tags = tuple(" ".join(clean_text(tag).split()) for tag in value if clean_text(tag).strip())
        if len(tags) > MAX_TAGS:
            raise ValidationError("tags", f"at most {MAX_TAGS} tags per article (this has {len(tags):,})")
        return tags
    if value is not None and not isinstance(value, int):  # section_id
        raise ValidationError("section", "must be a section id")
    return value


@dataclass(frozen=True, slots=True)
class Article:
    """A stored article. Times are timezone-aware UTC."""

    id: int
    content: ArticleContent
    created_at: datetime
    updated_at: datetime
    first_published_at: datetime | None = None
    trashed_at: datetime | None = None
    section: Section | None = None
    section_path: tuple[str, ...] = field(default=())
    # Published (or scheduled) on a site this store has no publication for: kept from before
    # workflow and site status were apart, or from an imported page. A site here says more.
    published_elsewhere: SiteStatus | None = None

    # Shortcuts so callers read article.headline rather than article.content.headline.
    @property
    def headline(self) -> str:
        return self.content.headline

    @property
    def standfirst(self) -> str:
        return self.content.standfirst

    @property
    def body(self) -> str:
        return self.content.body

    @property
    def byline(self) -> str:
        return self.content.byline

    @property
    def source_note(self) -> str:
        return self.content.source_note

    @property
    def tags(self) -> tuple[str, ...]:
        return self.content.tags

    @property
    def language(self) -> str:
        return self.content.language

    @property
    def status(self) -> ArticleStatus:
        return self.content.status

    @property
    def word_target(self) -> int:
        return self.content.word_target

    @property
    def word_count(self) -> int:
        return self.content.word_count

    @property
    def reading_minutes(self) -> int:
        return self.content.reading_minutes

    @property
    def is_trashed(self) -> bool:
        return self.trashed_at is not None


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the article list: what the list shows, without the body."""

    id: int
    headline: str
    section_name: str
    status: ArticleStatus
    byline: str
    updated_at: datetime
    word_count: int
    trashed: bool = False
    published_elsewhere: SiteStatus | None = None  # see Article

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.word_count)

    @classmethod
    def of(cls, article: Article) -> ArticleSummary:
        """The list row of an article just read or written (no list query needed)."""
        return cls(
            id=article.id,
            headline=article.headline,
            section_name=article.section.name if article.section else "",
            status=article.status,
            byline=article.byline,
            updated_at=article.updated_at,
            word_count=article.word_count,
            trashed=article.is_trashed,
            published_elsewhere=article.published_elsewhere,
        )


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """Something that blocks publishing, named by the field an editor must fix."""

    field: str
    message: str


def publish_problems(content: ArticleContent) -> list[FieldProblem]:
    """What blocks publishing. Saving never requires a field; publishing needs these."""
    problems: list[FieldProblem] = []
    if not content.headline.strip():
        problems.append(
            FieldProblem("headline", translate("Preflight", "A headline is required to publish."))
        )
    if content.section_id is None:
        problems.append(
            FieldProblem("section", translate("Preflight", "Choose a section before publishing."))
        )
    if not content.body.strip():
        problems.append(FieldProblem("body", translate("Preflight", "The body is empty.")))
    return problems
