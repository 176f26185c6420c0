"""The article: every field of the published page, and the rules on them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from workstation.domain.status import ArticleStatus
from workstation.domain.taxonomy import Section
from workstation.domain.text import count_words, reading_minutes

DEFAULT_LANGUAGE = "en"

__all__ = ["DEFAULT_LANGUAGE", "Article", "ArticleContent", "ArticleStatus", "ArticleSummary"]


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

    @property
    def word_count(self) -> int:
        """Words a reader reads: headline, standfirst and body."""
        return count_words(self.headline, self.standfirst, self.body)

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.word_count)


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
        problems.append(FieldProblem("headline", "A headline is required to publish."))
    if content.section_id is None:
        problems.append(FieldProblem("section", "Choose a section before publishing."))
    if not content.body.strip():
        problems.append(FieldProblem("body", "The body is empty."))
    return problems
