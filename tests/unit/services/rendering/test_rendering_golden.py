"""Golden-file tests: the reference article renders to a page a reader reads as the real one.

The reference page is tests/data/reference/article-page.txt (a copy of the published page; see
tests/data/README.md). Its elements, in page order, are checked in as
tests/data/reference-page.elements.txt. The sample article with the sample's sections, a featured
photo and the reference's twenty "More news" articles is rendered with a fixed clock and time
zone; the visible text of the page must hold every element in order.

The HTML snapshot (tests/data/snapshots/reference-page.html) guards the template: the same page
must come out byte for byte. After an intended change to article.html or style.css, regenerate it
and review the diff:

    UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/unit/test_rendering_golden.py

`python tests/unit/test_rendering_golden.py OUT.html [PHOTO]` writes this page as an export would
(standalone), with a JPEG or PNG file as the featured photo. docs/reference-page.png is a headless
Chromium screenshot (1280x1600) of the real export: this store, a photo imported into the library
as the featured photo, then `workstation export ID --format html`.
"""

from __future__ import annotations

import base64
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from workstation.domain.article import ArticleChanges, ArticleContent, ArticleStatus, SiteStatus
from workstation.services.rendering import FeaturedPhoto, PageInput, RenderingService
from workstation.services.sample import open_sample_article
from workstation.services.workspace import Workspace, open_workspace

REPO = Path(__file__).resolve().parents[4]
DATA = REPO / "tests" / "data"
ELEMENTS = DATA / "reference-page.elements.txt"
SNAPSHOT = DATA / "snapshots" / "reference-page.html"
REFERENCE = DATA / "reference" / "article-page.txt"

# The reference page's clock: Stockholm in November (CET), read the same morning.
ZONE = timezone(timedelta(hours=1), "CET")
NOW = datetime(2024, 11, 15, 9, 30, tzinfo=ZONE)
UPDATED = datetime(2024, 11, 15, 2, 17, tzinfo=ZONE)
PUBLISHED = datetime(2024, 11, 15, 1, 2, tzinfo=UTC)  # 02:02 CET, as the site says
HEADLINE = "Kim Jong-Un Orders Mass Production of Drones"
CREDIT = "KCNA via AP/TT"
# A 1x1 PNG: the featured photo without a photo store.
TINY_PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9"
    "awAAAABJRU5ErkJggg=="
)
_MINUTES = re.compile(r"^(\d+) MIN READ$")


def expected_elements() -> list[str]:
    lines = ELEMENTS.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def more_news() -> list[tuple[str, int]]:
    """(headline, minutes) of the reference's "More news", in page order."""
    elements = expected_elements()
    items = elements[elements.index("More news") + 1 :]
    pairs = list(zip(items[::2], items[1::2], strict=True))
    return [(headline, _minutes(minutes)) for headline, minutes in pairs]


def _minutes(text: str) -> int:
    """5 of '5 MIN READ'."""
    match = _MINUTES.fullmatch(text)
    assert match is not None, f"not a reading time: {text!r}"
    return int(match.group(1))


# -- the page's visible text ------------------------------------------------------------------

_BLOCKS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "nav", "header", "footer",
    "main", "article", "aside", "section", "figure", "figcaption", "blockquote", "br", "hr", "table",
    "tr", "td", "th", "pre", "dl", "dt", "dd", "body", "html",
}  # fmt: skip
_HIDDEN = {"head", "style", "script", "template"}


class VisibleText(HTMLParser):
    """The text a reader sees, one line per block; <head>, <style> and <script> are not text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._hidden = 0
        self._parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._parts.append(data)

    def lines(self) -> list[str]:
        text = "".join(self._parts)
        return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def visible_lines(html: str) -> list[str]:
    parser = VisibleText()
    parser.feed(html)
    parser.close()
    return parser.lines()


_QUOTES = str.maketrans({c: '"' for c in "“”„‟"} | {c: "'" for c in "‘’‚‛"} | {"\xa0": " "})


def normalize_quotes(text: str) -> str:
    """Typographic quotes as straight ones (the reference page has straight quotes)."""
    return " ".join(text.translate(_QUOTES).split())


def missing_in_order(elements: list[str], text: str, *, whole_words: bool = True) -> list[str]:
    """The elements not found in `text` after the element before them (empty: all in order)."""
    position = 0
    missing = []
    for element in elements:
        pattern = re.escape(element)
        if whole_words:
            pattern = rf"(?<!\w){pattern}(?!\w)"
        match = re.compile(pattern).search(text, position)
        if match is None:
            missing.append(element)
        else:
            position = match.end()
    return missing


# -- the reference article in a store ---------------------------------------------------------


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


def words(count: int) -> str:
    vocabulary = ["the", "minister", "said", "on", "Friday", "that", "talks", "would", "continue", "next"]
    text = " ".join(vocabulary[i % len(vocabulary)] for i in range(count))
    return text[0].upper() + text[1:] + "."


def reference_store(data_dir: Path) -> tuple[Workspace, int]:
    """A store holding the sample (published 02:02 by a site, updated 02:17) and the twenty
    articles of "More news" (published on the site), newest first in the reference's order."""
    clock = Clock(UPDATED.astimezone(UTC))
    workspace = open_workspace(data_dir, clock=clock)
    article = open_sample_article(workspace)  # not yet published: the site gives the date
    workspace.articles.apply_site_changes(article.id, ArticleChanges(), first_published_at=PUBLISHED)
    for index, (headline, minutes) in enumerate(more_news()):
        clock.now = UPDATED.astimezone(UTC) - timedelta(minutes=20 + index)
        body = words(200 if minutes == 1 else 300)
        workspace.articles.create(
            ArticleContent(headline=headline, body=body, status=ArticleStatus.READY),
            published_elsewhere=SiteStatus.PUBLISHED,
        )
    return workspace, article.id


def reference_page(workspace: Workspace, article_id: int, photo_src: str = TINY_PNG) -> PageInput:
    rendering = RenderingService(workspace.articles, workspace.taxonomy)
    photo = FeaturedPhoto(
        src=photo_src,
        caption=HEADLINE,
        credit=CREDIT,
        alt_text="Kim Jong-Un at a drone test",
        width=1200,
        height=675,
    )
    return replace(rendering.page_input(article_id), now=NOW, featured_photo=photo)


@pytest.fixture
def reference(data_dir: Path) -> Iterator[tuple[RenderingService, PageInput]]:
    workspace, article_id = reference_store(data_dir)
    try:
        yield RenderingService(workspace.articles, workspace.taxonomy), reference_page(workspace, article_id)
    finally:
        workspace.close()


# -- tests ------------------------------------------------------------------------------------


def test_the_page_shows_every_element_of_the_reference_in_order(reference):
    rendering, page = reference
    rendered = rendering.renderer.render(page)
    assert rendered.problem is None
    lines = visible_lines(rendered.html)
    text = normalize_quotes("\n".join(lines))
    assert missing_in_order([normalize_quotes(e) for e in expected_elements()], text) == []


def test_the_order_check_catches_a_swapped_element(reference):
    rendering, page = reference
    text = normalize_quotes("\n".join(visible_lines(rendering.renderer.render(page).html)))
    elements = [normalize_quotes(e) for e in expected_elements()]
    published, updated = (
        elements.index("» Published: Today, 02:02"),
        elements.index("» Updated: Today, 02:17"),
    )
    elements[published], elements[updated] = elements[updated], elements[published]
    assert missing_in_order(elements, text) == ["» Updated: Today, 02:17"]


def test_each_more_news_headline_is_followed_by_its_reading_time(reference):
    rendering, page = reference
    lines = visible_lines(rendering.renderer.render(page).html)
    start = lines.index("More news")
    shown = lines[start + 1 :]
    expected = [line for headline, minutes in more_news() for line in (headline, f"{minutes} MIN READ")]
    assert [normalize_quotes(line) for line in shown] == [normalize_quotes(line) for line in expected]


def test_quotes_on_the_page_are_typographic(reference):
    rendering, page = reference
    text = "\n".join(visible_lines(rendering.renderer.render(page).html))
    assert "“He emphasized the need" in text
    assert "the “mass production” of attack drones" in text
    assert "North Korea’s dictator" in text
    assert '"He emphasized' not in text


def test_the_dates_are_local_times_relative_to_now(reference):
    rendering, page = reference
    lines = visible_lines(rendering.renderer.render(page).html)
    assert "» Updated: Today, 02:17" in lines
    next_day = rendering.renderer.render(replace(page, now=NOW + timedelta(days=1)))
    assert "» Updated: Yesterday, 02:17" in visible_lines(next_day.html)


def test_the_elements_list_is_the_reference_page():
    """The checked-in list is derived from the reference: every element is on it, in order."""
    reference = normalize_quotes(REFERENCE.read_text(encoding="utf-8")).casefold()
    elements = [normalize_quotes(e).casefold() for e in expected_elements()]
    # The reference's navigation line runs names together ("SwedenLivingWorld"): no word boundaries.
    assert missing_in_order(elements, reference, whole_words=False) == []
    assert len(more_news()) == 20


def test_the_page_matches_its_snapshot(reference):
    rendering, page = reference
    html = rendering.renderer.render(page).html
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
        SNAPSHOT.write_text(html, encoding="utf-8", newline="\n")
    assert SNAPSHOT.is_file(), f"no snapshot yet: run with UPDATE_SNAPSHOTS=1 to write {SNAPSHOT}"
    expected = SNAPSHOT.read_text(encoding="utf-8")
    assert html == expected, "the page changed: if intended, run with UPDATE_SNAPSHOTS=1 and review the diff"


def _write_page(out: Path, photo: Path | None) -> None:  # pragma: no cover - a helper for docs/
    import tempfile

    src = TINY_PNG
    if photo is not None:
        kind = "jpeg" if photo.suffix.lower() in {".jpg", ".jpeg"} else "png"
        src = f"data:image/{kind};base64,{base64.b64encode(photo.read_bytes()).decode('ascii')}"
    with tempfile.TemporaryDirectory() as tmp:
        from workstation.store.database import open_database

        open_database(Path(tmp)).close()
        workspace, article_id = reference_store(Path(tmp))
        try:
            rendering = RenderingService(workspace.articles, workspace.taxonomy)
            page = reference_page(workspace, article_id, src)
            out.write_text(rendering.renderer.render(page, standalone=True).html, encoding="utf-8")
        finally:
            workspace.close()


if __name__ == "__main__":  # pragma: no cover
    _write_page(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
