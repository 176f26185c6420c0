"""The page renderer on a 2,000-word article with 3 photos versus bare Markdown + nh3 on the same text.

App: `PageRenderer.render()` of the whole page, as the preview asks for it (Markdown with the
article's quotes, the sanitizer, the sandboxed template with the inline stylesheet, navigation,
20 "More news" items, a featured photo and two inline figures with ewsphoto: URLs).
Baseline: `markdown.markdown(text, extensions=[extra, sane_lists, smarty])` then `nh3.clean()`.
Both alternate in one run; medians of RUNS each after a warm-up. Needs no store.

`python -m benchmarks.bench_render` runs it alone and prints a profile of the app side.
"""

from __future__ import annotations

import base64
import cProfile
import io
import pstats
import random
import zlib
from datetime import UTC, datetime, timedelta

import markdown
import nh3

from benchmarks.common import Check, Result, Settings, median, time_ms
from workstation.domain.article import ArticleContent, ArticleStatus, ArticleSummary
from workstation.domain.taxonomy import Section, SectionNode
from workstation.domain.text import count_words
from workstation.services.rendering import FeaturedPhoto, PageInput, PageRenderer

NAME = "render"
RUNS = 50
WORDS = 2000
BUDGET_RATIO = 1.5
EXTENSIONS = ["extra", "sane_lists", "smarty"]
PHOTO_SHAS = ("a" * 64, "b" * 64, "c" * 64)

_PROSE = (
    "the government said on Friday that talks with the opposition would continue next week in the "
    "capital where ministers met police officers and local leaders to discuss the budget for schools "
    "hospitals and roads after a year of protests over rising prices and a shortage of housing"
)
_VOCABULARY = _PROSE.split(" ")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_VOCABULARY) for _ in range(rng.randint(8, 22))]
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    roll = rng.random()
    if roll < 0.15:
        return f'"{text}," said the minister\'s spokesperson.'
    if roll < 0.25:
        return f"{text}, according to [the agency](https://example.com/{rng.randint(1, 999)})."
    if roll < 0.3:
        return f"{text} -- *so far*."
    return f"{text}."


def article_body(words: int = WORDS, seed: int = 7) -> str:
    """About `words` words of news prose in Markdown: paragraphs, quotes, links, two sub-headings
    and two inline photo figures."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    while count_words("\n\n".join(paragraphs)) < words:
        paragraphs.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))))
    for index, sha in zip((len(paragraphs) // 3, 2 * len(paragraphs) // 3), PHOTO_SHAS[1:], strict=True):
        paragraphs.insert(
            index,
            f'<figure class="inline-photo"><img src="ewsphoto:{sha}" alt="Photo {sha[0]}">'
            f"<figcaption>A caption for the photo. Photo: TT</figcaption></figure>",
        )
    paragraphs.insert(len(paragraphs) // 2, "## What happens next")
    paragraphs.insert(len(paragraphs) - 3, "## Reactions")
    return "\n\n".join(paragraphs)


def page_input(body: str) -> PageInput:
    updated = datetime(2024, 11, 15, 1, 17, tzinfo=UTC)
    sections = [("Sweden", 0), ("Living", 0), ("World", 0), ("Business", 0), ("Sports", 0), ("Soccer", 1)]
    navigation = tuple(
        SectionNode(Section(i, name, name.lower()), depth, (name,))
        for i, (name, depth) in enumerate(sections)
    )
    more_news = tuple(
        ArticleSummary(i, f"More news headline number {i}", "World", ArticleStatus.READY, "TT", updated, 240)
        for i in range(20)
    )
    return PageInput(
        content=ArticleContent(
            headline="Kim Jong-Un Orders Mass Production of Drones",
            standfirst='North Korea\'s dictator has ordered the "mass production" of attack drones.',
            body=body,
            byline="TT",
            source_note="This article has been altered and translated by Sweden Herald",
            tags=("North Korea", "Kim Jong-Un", "Drones", "TT"),
        ),
        section_path=("World",),
        navigation=navigation,
        first_published_at=updated - timedelta(minutes=15),
        updated_at=updated,
        featured_photo=FeaturedPhoto(
            src=f"ewsphoto:{PHOTO_SHAS[0]}", caption="The headline", credit="KCNA via AP/TT", alt_text="Kim"
        ),
        more_news=more_news,
        now=updated + timedelta(hours=8),
    )


def bare(body: str) -> str:
    return nh3.clean(markdown.markdown(body, extensions=EXTENSIONS))


def _png_data_uri(size: int = 30_000) -> str:
    """A data: URI about the size of a small web rendition (the export embeds these)."""
    raw = random.Random(1).randbytes(size)
    return "data:image/png;base64," + base64.b64encode(zlib.compress(raw, 0)).decode("ascii")


def run(_settings: Settings | None = None) -> Result:
    body = article_body()
    page = page_input(body)
    renderer = PageRenderer()
    rendered = renderer.render(page)
    if rendered.problem is not None:
        raise RuntimeError(f"the default template failed: {rendered.problem}")
    bare(body)
    app_ms: list[float] = []
    bare_ms: list[float] = []
    for _ in range(RUNS):
        app_ms.append(time_ms(lambda: renderer.render(page)))
        bare_ms.append(time_ms(lambda: bare(body)))
    data_uri = _png_data_uri()
    export_ms = [
        time_ms(lambda: renderer.render(page, standalone=True, resolve_photo=lambda _url: data_uri))
        for _ in range(RUNS // 5)
    ]
    app_median = median(app_ms)
    bare_median = median(bare_ms)
    ratio = app_median / bare_median
    return Result(
        name=NAME,
        measured=f"page median {app_median:.1f} ms",
        baseline=f"markdown+nh3 median {bare_median:.1f} ms",
        ratio=ratio,
        checks=[Check(f"ratio <= {BUDGET_RATIO:.1f}", ratio, BUDGET_RATIO)],
        notes=[
            f"{count_words(body)} words, 3 photos (featured + 2 inline figures), "
            f"{len(rendered.html):,} bytes of page; {RUNS} alternating runs after a warm-up",
            f"page min/max {min(app_ms):.1f}/{max(app_ms):.1f} ms, "
            f"bare min/max {min(bare_ms):.1f}/{max(bare_ms):.1f} ms",
            f"standalone export with the 3 photos embedded as data: URIs ({len(data_uri) // 1024} KiB each): "
            f"median {median(export_ms):.1f} ms",
        ],
    )


def profile(runs: int = RUNS) -> str:
    page = page_input(article_body())
    renderer = PageRenderer()
    renderer.render(page)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(runs):
        renderer.render(page)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
    return out.getvalue()


if __name__ == "__main__":
    result = run()
    print(f"{result.measured}; {result.baseline}; ratio {result.ratio:.2f}")
    print("\n".join(result.notes))
    print(profile())
