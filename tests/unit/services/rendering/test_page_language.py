"""The page's own words follow the article's language: a Swedish article's page says
"Publicerad", "Taggar", "Mer nyheter", "Av ..." (review §18); other languages read English."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from tests.fakes.page_text import preview_text
from tests.unit.services.rendering.test_rendering_golden import visible_lines
from workstation.domain.article import ArticleContent, ArticleStatus, ArticleSummary
from workstation.services.rendering import PageInput, PageRenderer

CET = timezone(timedelta(hours=1))
NOW = datetime(2024, 11, 15, 9, 30, tzinfo=CET)
NEWS = ArticleSummary(
    id=2,
    headline="Stormen drar in över Gotland",
    section_name="",
    status=ArticleStatus.DRAFT,
    byline="",
    updated_at=NOW,
    word_count=400,
)


def _page(language: str, *, published: bool = True) -> PageInput:
    content = ArticleContent(
        headline="Färjetrafiken ställs in",
        body="Rederierna ställer in alla avgångar.",
        byline="Anna Sjögren",
        source_note="Artikeln är bearbetad av Sweden Herald",
        tags=("Åland",),
        language=language,
    )
    return PageInput(
        content=content,
        first_published_at=NOW - timedelta(days=1, hours=8) if published else None,
        updated_at=NOW - timedelta(hours=1) if published else None,
        more_news=(NEWS,),
        now=NOW,
    )


@pytest.mark.parametrize("language", ["sv", "sv_SE", "sv-SE"])
def test_a_swedish_page_speaks_swedish(language):
    html = PageRenderer().render(_page(language)).html
    lines = visible_lines(html)
    assert "» Uppdaterad: Idag, 08:30" in lines
    assert "» Publicerad: Igår, 01:30" in lines
    assert "Taggar" in lines
    assert "Mer nyheter" in lines
    assert "2 MIN LÄSNING" in lines
    assert preview_text(html).byline == "Av Anna Sjögren"
    for english in ("Updated", "Published", "Tags", "More news", "MIN READ", "By "):
        assert not any(english in line for line in lines), english
    assert 'aria-label="Avdelningar"' in html


def test_an_unpublished_swedish_page_says_so_in_swedish():
    html = PageRenderer().render(_page("sv", published=False)).html
    assert "Ännu inte publicerad" in visible_lines(html)
    assert "Not yet published" not in html


def test_an_older_date_has_swedish_months():
    page = replace(_page("sv"), first_published_at=datetime(2024, 5, 3, 7, 5, tzinfo=CET), updated_at=None)
    assert "» Publicerad: 3 maj, 07:05" in visible_lines(PageRenderer().render(page).html)


@pytest.mark.parametrize("language", ["en", "de", "xx"])
def test_other_languages_read_english(language):
    lines = visible_lines(PageRenderer().render(_page(language)).html)
    assert "» Updated: Today, 08:30" in lines
    assert "» Published: Yesterday, 01:30" in lines
    assert "Tags" in lines
    assert "More news" in lines
    assert "2 MIN READ" in lines
    assert "By Anna Sjögren" in lines


def test_an_untitled_swedish_article_is_named_in_swedish():
    page = replace(_page("sv"), content=replace(_page("sv").content, headline=""))
    assert '<h1 class="headline">Namnlös artikel</h1>' in PageRenderer().render(page).html
