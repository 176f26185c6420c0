"""Fuzzing the renderer: any Markdown in any field, in any language tag, renders to a page (or
the template's error page) and never raises; no script survives; nothing takes long."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.fuzz_budget import fuzz_settings, ran
from workstation.domain.article import ArticleContent, ArticleStatus, ArticleSummary
from workstation.services.rendering import FeaturedPhoto, PageInput, PageRenderer, markdown_to_html
from workstation.services.rendering.captions import BodyPhoto

PIECES = st.sampled_from(
    [
        "# ",
        "## ",
        "- ",
        "1. ",
        "> ",
        "    ",
        "```",
        "~~~",
        "`",
        "*",
        "**",
        "_",
        "__",
        "~~",
        "[",
        "]",
        "(",
        ")",
        "![",
        "](",
        "ewsphoto:ab12",
        "photo:",
        "javascript:alert(1)",
        "data:text/html,x",
        "<script>x</script>",
        "<img src=x onerror=alert(1)>",
        '<span lang="sv">',
        "</span>",
        "<!--",
        "-->",
        "<![CDATA[",
        "&",
        "&#0;",
        "&#x110000;",
        "&amp;",
        "|",
        "|---|",
        ":",
        "\n",
        "\n\n",
        "\t",
        "  \n",
        "\\",
        "\x00",
        "\x1b[2J",
        "\ud800",
        "\u202e",
        "\ufeff",
        "--",
        "'",
        '"',
        "''",
        "...",
        "10 000",
        "{.x}",
        "{: #id}",
        "[^1]",
        "[^1]: n",
        "*[HTML]: x",
        "<details>",
        "<style>",
        "<iframe src=x>",
        '<a href="vbscript:x">',
        "<svg onload=x>",
        "[x]: <javascript:y>",
    ]
)
markdown = st.one_of(
    st.text(max_size=300), st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=60).map("".join)
)
languages = st.one_of(
    st.sampled_from(["en", "sv", "sv-SE", "de-CH-1996", "", "x" * 50, "zh-Hant-TW"]), st.text(max_size=12)
)
moments = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)),
)


class _ActiveParts(HTMLParser):
    """What of a page could run: script elements, event handlers, script: addresses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "iframe", "object", "embed"):
            self.found.append(tag)
        for name, value in attrs:
            address = "".join((value or "").split()).lower()
            followed = name in ("href", "src", "action", "formaction", "srcset", "xlink:href")
            if name.startswith("on") or (
                followed and address.startswith(("javascript:", "vbscript:", "data:text"))
            ):
                self.found.append(f"{tag} {name}={value!r}")


def _no_script(html: str) -> None:
    parser = _ActiveParts()
    parser.feed(html)
    parser.close()
    assert not parser.found, parser.found
    html.encode("utf-8")  # what a file or a site gets: a lone surrogate cannot be written


@fuzz_settings()
@given(markdown, languages)
def test_markdown_to_html_renders_anything_safely(text: str, language: str) -> None:
    ran("renderer: markdown_to_html")
    started = time.monotonic()
    html = markdown_to_html(text, language)
    assert isinstance(html, str)
    _no_script(html)
    assert time.monotonic() - started < 5


RENDERER = PageRenderer()


@fuzz_settings(share=0.6)
@given(
    fields=st.tuples(markdown, markdown, markdown, markdown, markdown),
    tags=st.lists(st.text(max_size=10), max_size=4),
    language=languages,
    published=moments,
    updated=moments,
    photo_src=st.sampled_from(
        ["ewsphoto:ab12", "data:image/png;base64,AAAA", "https://x/y.jpg", "", "javascript:x"]
    ),
    standalone=st.booleans(),
)
def test_a_page_renders_from_any_article(
    fields: tuple[str, str, str, str, str],
    tags: list[str],
    language: str,
    published: datetime | None,
    updated: datetime | None,
    photo_src: str,
    standalone: bool,
) -> None:
    ran("renderer: PageRenderer.render")
    headline, standfirst, body, byline, source_note = fields
    content = ArticleContent(headline, standfirst, body, byline, source_note, None, tuple(tags), language)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    other = ArticleSummary(2, headline, "", ArticleStatus.READY, byline, now - timedelta(days=1), 10)
    page = PageInput(
        content,
        section_path=(headline[:10],),
        first_published_at=published,
        updated_at=updated,
        featured_photo=FeaturedPhoto(photo_src, standfirst, byline, headline),
        more_news=(other,),
        now=now,
        body_photos=(BodyPhoto("ewsphoto:ab12", standfirst, byline),),
    )
    rendered = RENDERER.render(page, standalone=standalone, resolve_photo=lambda src: None)
    assert rendered.problem is None, rendered.problem
    _no_script(rendered.html)
