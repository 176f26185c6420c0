"""The preview equals the site: an article published to a real WordPress reads, in the site's
rendered content, as the preview shows it, paragraph by paragraph: the body's blocks (headings,
list items, quotes, photos with caption and credit), the byline once (By/Av by the article's
language) and the source note.

Both sides are read by tests/fakes/page_text.py (html.parser, one line per block element):
the preview's page inside its body and footer, the post's `content.rendered` (what the site's
theme prints) with its byline and source-note paragraphs apart. Whitespace is collapsed and
entities read; nothing else is normalised: WordPress runs wptexturize over the content, and the
renderer already prints what it would (curly quotes of the language, dashes, ellipses, 2×3), so
a difference in quotes or dashes is a real one."""

from __future__ import annotations

from pathlib import Path

from tests.fakes.page_text import PHOTO, PageText, count_byline, post_text, preview_text
from tests.fakes.photo_images import camera_jpeg
from tests.integration import test_publish_wordpress as publishing
from tests.integration.wordpress_site import WordPressSite
from workstation.domain.article import ArticleContent
from workstation.domain.photo import Photo, PhotoRole
from workstation.domain.publishing import JobState, RemoteStatus
from workstation.services.sample import open_sample_article
from workstation.services.workspace import Workspace

# The publishing scenarios' fixtures (a workspace on a clock the test moves) and helpers.
clock, ws = publishing.clock, publishing.ws
_add, _send = publishing._add, publishing._send

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "reference" / "article-page.txt"


def _published(ws: Workspace, wp: WordPressSite, clock, article_id: int) -> tuple[str, str]:
    """(the preview's page, the site's rendered content) of the article once published."""
    ws.outbox.publish(article_id, _add(ws, wp), RemoteStatus.PUBLISH)
    _send(ws, clock)
    (job,) = ws.outbox.jobs()
    assert job.state is JobState.DONE, job.last_error
    remote_id = ws.outbox.publications(article_id)[0].remote_id
    assert remote_id is not None
    rendered = wp.post(remote_id)["content"]["rendered"]
    preview = ws.rendering.render_article(article_id)
    assert preview.problem is None
    return preview.html, str(rendered)


def _assert_same(preview: PageText, site: PageText) -> None:
    """Paragraph by paragraph, so a failure names the first block that differs."""
    for index, (ours, theirs) in enumerate(zip(preview.body, site.body, strict=False)):
        assert ours == theirs, f"body block {index + 1} differs"
    assert len(preview.body) == len(site.body), (preview.body, site.body)
    assert preview.byline == site.byline
    assert preview.source_note == site.source_note


def _photo(ws: Workspace, path: Path, size: tuple[int, int], caption: str, credit: str, alt: str) -> Photo:
    outcome = ws.photos.import_file(camera_jpeg(path, size))
    assert outcome.photo is not None, outcome.error
    return ws.photos.update_fields(outcome.photo.id, caption=caption, credit=credit, alt_text=alt)


def test_the_reference_article_reads_on_the_site_as_in_the_preview(ws, wp, clock):
    article = open_sample_article(ws)
    preview_html, rendered = _published(ws, wp, clock, article.id)
    preview, site = preview_text(preview_html), post_text(rendered)
    _assert_same(preview, site)
    # It is the reference page's text: its five paragraphs, "By TT" and the note.
    reference = " ".join(REFERENCE.read_text(encoding="utf-8").split())
    assert len(site.body) == 5
    for paragraph in site.body:
        assert paragraph.replace("\u201c", '"').replace("\u201d", '"') in reference
    assert (site.byline, site.source_note) == (
        "By TT",
        "This article has been altered and translated by Sweden Herald",
    )
    assert count_byline(rendered, "By TT") == 1
    assert count_byline(preview_html, "By TT") == 1


def test_an_article_with_two_captioned_photos_reads_on_the_site_as_in_the_preview(ws, wp, clock, tmp_path):
    drone = _photo(
        ws,
        tmp_path / "drone.jpg",
        (900, 600),
        'A "patrol" drone over the *Yellow Sea*.',
        "KCNA via AP/TT",
        "A drone",
    )
    robot = _photo(ws, tmp_path / "robot.jpg", (800, 800), "Kim's robots at the test site.", "TT", "Robots")
    featured = _photo(ws, tmp_path / "kim.jpg", (1200, 675), "Kim Jong-Un.", "KCNA", "Kim")
    section, _ = ws.taxonomy.resolve_section("World/Asia")
    article = ws.articles.create(
        ArticleContent(
            headline="Kim Jong-Un Orders Mass Production of Drones",
            standfirst="North Korea's dictator has ordered the mass production of attack drones.",
            body=(
                "Kim Jong-Un has personally overseen the test firing of so-called patrol robots.\n\n"
                f"![A drone](photo:{drone.sha256[:12]})\n\n"
                "## Mass production\n\n"
                '"He emphasized the need to develop a system for mass production," writes KCNA.\n\n'
                f"![Robots](photo:{robot.sha256})\n\n"
                "- drones for the navy\n- robots for the army\n\n"
                "> Kim also claims that North Korea has focused on the unmanned systems.\n\n"
                "Pyongyang - Experts say the drones -- 2x3 metres, 0x1F -- resemble Russian counterparts..."
            ),
            byline="By Anna Sjögren, Stockholm",  # the byline format "By {name}, Stockholm"
            source_note="This article has been altered and translated by Sweden Herald",
            section_id=section.id,
            tags=("Drones",),
        )
    )
    ws.photos.attach(article.id, featured.id, PhotoRole.FEATURED)
    preview_html, rendered = _published(ws, wp, clock, article.id)
    preview, site = preview_text(preview_html), post_text(rendered)
    _assert_same(preview, site)
    photos = [line for line in site.body if line.startswith(PHOTO)]
    assert photos == [
        f"{PHOTO} A \u201cpatrol\u201d drone over the Yellow Sea. Photo: KCNA via AP/TT",
        f"{PHOTO} Kim\u2019s robots at the test site. Photo: TT",
    ]
    assert site.body[-1] == (
        "Pyongyang \u2013 Experts say the drones \u2013 2\u00d73 metres, 0x1F \u2013 "
        "resemble Russian counterparts\u2026"
    )
    assert site.byline == "By Anna Sjögren, Stockholm"
    assert count_byline(rendered, "By Anna Sjögren") == 1
    assert count_byline(preview_html, "By Anna Sjögren") == 1


def test_a_swedish_article_reads_on_the_site_as_in_the_preview(ws, wp, clock, tmp_path):
    photo = _photo(
        ws, tmp_path / "hamn.jpg", (900, 600), "Färjan i Värtahamnen.", "Anna Sjögren/TT", "Färjan"
    )
    section, _ = ws.taxonomy.resolve_section("Sverige")
    article = ws.articles.create(
        ArticleContent(
            headline="Färjetrafiken till Åland ställs in",
            standfirst="Stormen stoppar all trafik över Ålands hav under lördagen.",
            body=(
                "Rederierna ställer in alla avgångar på lördagen, meddelar Trafikverket.\n\n"
                '"Vi kan inte ta några risker med passagerarnas säkerhet", säger presschefen.\n\n'
                f"![Färjan](photo:{photo.sha256})\n\n"
                "## Vad gäller för resenärerna?\n\n"
                "- Biljetten återbetalas\n- Nya avgångar på söndag\n\n"
                "Det är första gången i år som trafiken ställs in helt."
            ),
            byline="Anna Sjögren",
            source_note="Artikeln är översatt och bearbetad av Sweden Herald",
            section_id=section.id,
            language="sv",
        )
    )
    preview_html, rendered = _published(ws, wp, clock, article.id)
    preview, site = preview_text(preview_html), post_text(rendered)
    _assert_same(preview, site)
    assert site.byline == "Av Anna Sjögren"
    assert (
        "\u201dVi kan inte ta några risker med passagerarnas säkerhet\u201d, säger presschefen." in site.body
    )
    # The page's own word for the credit, as the preview prints it (issue 15: "Foto" in Swedish).
    assert f"{PHOTO} Färjan i Värtahamnen. Foto: Anna Sjögren/TT" in site.body
    assert "Photo: Anna" not in rendered
    assert count_byline(rendered, "Av Anna Sjögren") == 1
    assert count_byline(preview_html, "Av Anna Sjögren") == 1
    assert "By Anna" not in rendered
    assert "By Anna" not in preview_html
