"""Preflight: what to fix before publishing (blockers) and what to look at again (warnings).

`preflight()` is pure: it sees the content, the other articles' headlines that could clash, and
the article's photos (stored photos, or anything with a credit and an alt text). `PreflightService`
fetches the headlines from the store (only those that could be the same, through the search
index) and, given the photo library, the article's photos."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal, Protocol

from workstation.domain.article import ArticleContent, publish_problems
from workstation.domain.house_style import HouseStyle, style_findings
from workstation.domain.i18n import translate
from workstation.domain.photo import ArticlePhoto, Photo, photo_problems
from workstation.domain.query import ArticleQuery
from workstation.services.articles import ArticleService
from workstation.services.house_style import HouseStyleService
from workstation.services.photos import PhotoService
from workstation.services.rendering.body import markdown_to_html

Severity = Literal["blocker", "warning"]
HEADLINE_LIMIT = 90  # characters; longer headlines wrap badly in lists and on social cards
DUPLICATE_SEARCH_LIMIT = 20
STYLE_FIELDS = ("headline", "standfirst", "body", "byline", "source_note")


@dataclass(frozen=True, slots=True)
class PreflightItem:
    field: str  # the field to look at: headline, section, body, standfirst, photo.credit, photo.alt_text
    severity: Severity
    message: str

    @property
    def is_blocker(self) -> bool:
        return self.severity == "blocker"


class PhotoFacts(Protocol):
    """What preflight needs of a photo that is not (yet) stored: domain.photo.PhotoMetadata has it."""

    @property
    def credit(self) -> str: ...

    @property
    def alt_text(self) -> str: ...


AnyPhoto = Photo | ArticlePhoto | PhotoFacts


def headline_key(headline: str) -> str:
    """Headlines are the same if they read the same: any case, any spacing."""
    return " ".join(headline.casefold().split())


def preflight(
    content: ArticleContent,
    *,
    headline_limit: int = HEADLINE_LIMIT,
    other_headlines: Collection[str] = (),
    photos: Sequence[AnyPhoto] = (),
    style: HouseStyle | None = None,
) -> list[PreflightItem]:
    """Blockers first (what publishing refuses), then warnings, each naming its field. With a
    house style: its headline limit, and its findings as warnings."""
    items = [PreflightItem(p.field, "blocker", p.message) for p in publish_problems(content)]
    items += _photo_blockers(photos)
    headline = content.headline.strip()
    if len(headline) > headline_limit:
        items.append(
            PreflightItem(
                "headline",
                "warning",
                translate(
                    "Preflight", "The headline is {len} characters long; keep it to {headline_limit}."
                ).format(len=len(headline), headline_limit=headline_limit),
            )
        )
    key = headline_key(headline)
    if key and any(headline_key(other) == key for other in other_headlines):
        items.append(
            PreflightItem(
                "headline", "warning", translate("Preflight", "Another article has the same headline.")
            )
        )
    if not content.standfirst.strip():
        items.append(
            PreflightItem("standfirst", "warning", translate("Preflight", "The standfirst is empty."))
        )
    for field, text in (("standfirst", content.standfirst), ("body", content.body)):
        for href in empty_links(text, content.language):
            message = (
                translate("Preflight", "A link to {href} has no text.").format(href=href)
                if href
                else translate("Preflight", "A link has no text.")
            )
            items.append(
                PreflightItem(
                    field,
                    "warning",
                    message,
                )
            )
    if style is not None:
        texts = {name: getattr(content, name) for name in STYLE_FIELDS}
        items += [PreflightItem(f.field, "warning", f.message) for f in style_findings(texts, style)]
    return sorted(items, key=lambda item: not item.is_blocker)  # stable: blockers, then warnings


def _photo_blockers(photos: Iterable[AnyPhoto]) -> list[PreflightItem]:
    """Every photo needs a credit and alt text to publish (domain.photo.photo_problems)."""
    items: list[PreflightItem] = []
    for index, photo in enumerate(photos, start=1):
        if isinstance(photo, Photo | ArticlePhoto):
            items += [PreflightItem(p.field, "blocker", p.message) for p in photo_problems([photo])]
            continue
        name = getattr(photo, "name", "") or str(index)
        if not photo.credit.strip():
            items.append(
                PreflightItem(
                    "photo.credit",
                    "blocker",
                    translate(
                        "Preflight", "Photo {name}: a credit is required to publish (e.g. KCNA via AP/TT)."
                    ).format(name=name),
                )
            )
        if not photo.alt_text.strip():
            items.append(
                PreflightItem(
                    "photo.alt_text",
                    "blocker",
                    translate(
                        "Preflight",
                        "Photo {name}: alt text is required to publish (what the photo shows, for "
                        "readers who cannot see it).",
                    ).format(name=name),
                )
            )
    return items


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
    def __init__(
        self,
        articles: ArticleService,
        photos: PhotoService | None = None,
        house_style: HouseStyleService | None = None,
    ) -> None:
        self._articles = articles
        self._photos = photos
        self._house_style = house_style

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
        photos: Sequence[AnyPhoto] | None = None,
        headline_limit: int | None = None,
    ) -> list[PreflightItem]:
        """Preflight of an article's content as it is now (saved or not). Its photos are those
        given, else the stored article's photos from the library (when the service has it).
        The headline limit is the house style's unless given."""
        style = self._house_style.style() if self._house_style is not None else None
        if headline_limit is None:
            headline_limit = style.headline_limit if style is not None else HEADLINE_LIMIT
        if photos is None:
            photos = self._photos.for_article(article_id) if self._photos and article_id is not None else ()
        return preflight(
            content,
            headline_limit=headline_limit,
            other_headlines=self.other_headlines(article_id, content.headline),
            photos=photos,
            style=style,
        )
