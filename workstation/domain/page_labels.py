"""The words the page itself prints around an article, in the article's language: "Published",
"Tags", "More news", "2 MIN READ", "Today", "Photo: KCNA", "By TT". English for any language
without its own. A site's template folder can override each (services/rendering/labels.py)."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.domain.languages import base_language


@dataclass(frozen=True, slots=True)
class PageLabels:
    updated: str = "Updated"
    published: str = "Published"
    not_yet_published: str = "Not yet published"
    tags: str = "Tags"
    more_news: str = "More news"
    read_time: str = "{minutes} MIN READ"
    untitled: str = "Untitled article"
    sections: str = "Sections"
    today: str = "Today"
    yesterday: str = "Yesterday"
    photo: str = "Photo"  # the credit line: "Photo: KCNA via AP/TT"
    by: str = "By"  # the byline: "By TT"
    months: tuple[str, ...] = (
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    )

    def minutes(self, minutes: int) -> str:
        return self.read_time.format(minutes=minutes)

    def words(self) -> dict[str, str]:
        """The labels a template prints, by name."""
        return {
            "updated": self.updated,
            "published": self.published,
            "not_yet_published": self.not_yet_published,
            "tags": self.tags,
            "more_news": self.more_news,
            "untitled": self.untitled,
            "sections": self.sections,
            "today": self.today,
            "yesterday": self.yesterday,
            "photo": self.photo,
            "by": self.by,
        }

    def credit_line(self, credit: str) -> str:
        """The credit as printed under a photo ("Photo: KCNA via AP/TT"); "" for no credit."""
        return f"{self.photo}: {credit.strip()}" if credit.strip() else ""


ENGLISH = PageLabels()
SWEDISH = PageLabels(
    updated="Uppdaterad",
    published="Publicerad",
    not_yet_published="Ännu inte publicerad",
    tags="Taggar",
    more_news="Mer nyheter",
    read_time="{minutes} MIN LÄSNING",
    untitled="Namnlös artikel",
    sections="Avdelningar",
    today="Idag",
    yesterday="Igår",
    photo="Foto",
    by="Av",
    months=("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
)
_BY_LANGUAGE = {"en": ENGLISH, "sv": SWEDISH}


def page_labels(language: str) -> PageLabels:
    return _BY_LANGUAGE.get(base_language(language), ENGLISH)
