"""Preflight: what to fix before publishing (blockers) and what to look at again (warnings).

`preflight()` is pure: it sees the content, the other articles' headlines that could clash, and
the article's photos (anything with a credit and an alt text). `PreflightService` fetches the
headlines from the store: only those that could be the same, through the search index."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal, Protocol

from workstation.domain.article import ArticleContent, publish_problems
from workstation.domain.query import ArticleQuery
from workstation.services.articles import ArticleService
from workstation.services.rendering.body import markdown_to_html

Severity = Literal["blocker", "warning"]
HEADLINE_LIMIT = 90  # characters; longer headlines wrap badly in lists and on social cards
DUPLICATE_SEARCH_LIMIT = 20


@dataclass(frozen=True, slots=True)
class PreflightItem:
    field: str  # the field an editor must look at: headline, section, body, standfirst, photos
    severity: Severity
    message: str

    @property
    def is_blocker(self) -> bool:
        return self.severity == "blocker"


class PhotoFacts(Protocol):
    """What preflight needs of a photo (domain.photo.PhotoMetadata has it)."""

    @property
    def credit(self) -> str: ...

    @property
    def alt_text(self) -> str: ...


def headline_key(headline: str) -> str:
    """Headlines are the same if they read the same: any case, any spacing."""
    return " ".join(headline.casefold().split())


def preflight(
    content: ArticleContent,
    *,
    headline_limit: int = HEADLINE_LIMIT,
    other_headlines: Collection[str] = (),
    photos: Sequence[PhotoFacts] = (),
) -> list[PreflightItem]:
    """Blockers first (what publishing refuses), then warnings, each naming its field."""
    items = [PreflightItem(p.field, "blocker", p.message) for p in publish_problems(content)]
    items += _photo_blockers(photos)
    headline = content.headline.strip()
    if len(headline) > headline_limit:
        items.append(
            PreflightItem(
                "headline",
                "warning",
                f"The headline is {len(headline)} characters long; keep it to {headline_limit}.",
            )
        )
    key = headline_key(headline)
    if key and any(headline_key(other) == key for other in other_headlines):
        items.append(PreflightItem("headline", "warning", "Another article has the same headline."))
    if not content.standfirst.strip():
        items.append(PreflightItem("standfirst", "warning", "The standfirst is empty."))
    for field, text in (("standfirst", content.standfirst), ("body", content.body)):
        for href in empty_links(text, content.language):
            target = f" to {href}" if href else ""
            items.append(PreflightItem(field, "warning", f"A link{target} has no text."))
    items += _photo_warnings(photos)
    return sorted(items, key=lambda item: not item.is_blocker)  # stable: blockers, then warnings


def _photo_name(index: int, photo: PhotoFacts) -> str:
    name = getattr(photo, "name", "") or getattr(photo, "filename", "")
    return f"Photo {index} ({name})" if isinstance(name, str) and name else f"Photo {index}"


def _photo_blockers(photos: Iterable[PhotoFacts]) -> list[PreflightItem]:
    return [
        PreflightItem("photos", "blocker", f"{_photo_name(i, photo)} has no credit.")
        for i, photo in enumerate(photos, start=1)
        if not photo.credit.strip()
    ]


def _photo_warnings(photos: Iterable[PhotoFacts]) -> list[PreflightItem]:
    return [
        PreflightItem("photos", "warning", f"{_photo_name(i, photo)} has no alt text for screen readers.")
        for i, photo in enumerate(photos, start=1)
        if not photo.alt_text.strip()
    ]


class _LinkTexts(HTMLParser):
    """Links and what a reader (or a screen reader) gets as their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []  # (href, text)
        self._open: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a":
            self._open.append((values.get("href") or "", []))
        elif tag == "img" and self._open:
            self._open[-1][1].append(values.get("alt") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open:
            href, parts = self._open.pop()
            self.links.append((href, "".join(parts)))

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][1].append(data)

    def close(self) -> None:
        super().close()
        while self._open:  # an <a> never closed still counts
            self.handle_endtag("a")


def empty_links(markdown_text: str, language: str = "en") -> list[str]:
    """The targets of links with no text, in Markdown (`[](url)`) or HTML (`<a href>` with nothing
    inside but spaces, or an image without alt text). As the page renders them."""
    if "[" not in markdown_text and "<a" not in markdown_text.lower():
        return []
    parser = _LinkTexts()
    parser.feed(markdown_to_html(markdown_text, language))
    parser.close()
    return [href for href, text in parser.links if not text.strip()]


class PreflightService:
    def __init__(self, articles: ArticleService) -> None:
        self._articles = articles

    def other_headlines(self, article_id: int | None, headline: str) -> set[str]:
        """Headlines of other live articles that read the same as `headline`. Found through the
        search index (all its words), then compared exactly; never loads every headline."""
        key = headline_key(headline)
        if not key:
            return set()
        matches = self._articles.list(ArticleQuery(search=headline), 0, DUPLICATE_SEARCH_LIMIT)
        return {s.headline for s in matches if s.id != article_id and headline_key(s.headline) == key}

    def check(
        self,
        article_id: int | None,
        content: ArticleContent,
        *,
        photos: Sequence[PhotoFacts] = (),
        headline_limit: int = HEADLINE_LIMIT,
    ) -> list[PreflightItem]:
        """Preflight of an article's content as it is now (saved or not)."""
        return preflight(
            content,
            headline_limit=headline_limit,
            other_headlines=self.other_headlines(article_id, content.headline),
            photos=photos,
        )
