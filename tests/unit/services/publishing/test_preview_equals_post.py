"""The preview, the HTML export and the published post print the same article: the byline once
(By/Av by the article's language), the same body blocks, photo captions with their credits and
the same source note. Against the in-memory site (the post's block markup as sent); the real
WordPress's rendered content is compared in tests/integration/test_preview_equals_site.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.page_text import PHOTO, count_byline, post_text, preview_text
from tests.fakes.photo_images import camera_jpeg
from tests.fakes.publishing import add_destination
from workstation.domain.article import ArticleContent
from workstation.services.formats.export import article_to_html
from workstation.services.workspace import Workspace


def _article(ws: Workspace, *, byline: str, language: str = "en", body: str = "A paragraph.") -> int:
    section, _ = ws.taxonomy.resolve_section("World")
    article = ws.articles.create(
        ArticleContent(
            headline="A headline",
            body=body,
            byline=byline,
            source_note="This article has been altered and translated by *Sweden Herald*",
            section_id=section.id,
            language=language,
        )
    )
    return article.id


def _photo(ws: Workspace, tmp_path: Path, name: str, caption: str, credit: str, width: int = 600) -> str:
    outcome = ws.photos.import_file(camera_jpeg(tmp_path / name, (width, 400)))
    assert outcome.photo is not None
    photo = ws.photos.update_fields(
        outcome.photo.id, caption=caption, credit=credit, alt_text=caption or name
    )
    return photo.sha256


def _published_content(ws: Workspace, site, article_id: int) -> str:
    ws.outbox.publish(article_id, add_destination(ws))
    ws.outbox.run_due()
    (post,) = site.posts.values()
    return str(post.content)


@pytest.mark.parametrize(
    ("byline", "language", "line"),
    [
        ("TT", "en", "By TT"),
        ("By Anna Sjögren, Stockholm", "en", "By Anna Sjögren, Stockholm"),  # byline format "By {name}, ..."
        ("Anna Sjögren", "sv", "Av Anna Sjögren"),
        ("Anna Sjögren", "sv_SE", "Av Anna Sjögren"),
        ("av Anna Sjögren", "sv-SE", "av Anna Sjögren"),
    ],
)
def test_preview_export_and_post_each_print_the_byline_once(ws, site, byline, language, line):
    article_id = _article(ws, byline=byline, language=language)
    preview = ws.rendering.render_article(article_id).html
    export = article_to_html(ws.rendering, article_id, resolve_photo=ws.photos.data_uri)
    content = _published_content(ws, site, article_id)
    for printed in (preview, export, content):
        assert count_byline(printed, line) == 1
        for doubled in ("By By", "Av Av", "By Av", "Av By"):
            assert doubled not in printed
    assert preview_text(preview).byline == post_text(content).byline == line
    assert preview_text(export).byline == line


def test_no_byline_prints_no_byline_line_anywhere(ws, site):
    article_id = _article(ws, byline="  ")
    preview = ws.rendering.render_article(article_id).html
    content = _published_content(ws, site, article_id)
    assert 'class="byline"' not in preview
    assert "ews-byline" not in content
    assert preview_text(preview).byline == post_text(content).byline == ""
    assert preview_text(preview).source_note == post_text(content).source_note != ""


def test_the_preview_reads_as_the_post_block_by_block(ws, site, tmp_path):
    first = _photo(ws, tmp_path, "drone.jpg", 'A "patrol" drone, *in flight*.', "KCNA via AP/TT")
    second = _photo(ws, tmp_path, "robot.jpg", "", "TT", width=500)
    body = (
        "Kim Jong-Un has personally overseen the test firing.\n\n"
        f"![A drone](photo:{first[:12]})\n\n"
        "## Mass production\n\n"
        '- drones\n- robots, "patrol" ones\n\n'
        '> "He emphasized the need," writes KCNA.\n\n'
        f"![A robot](photo:{second})\n\n"
        "Kim's last paragraph -- with a dash... and a line<br>break."
    )
    article_id = _article(ws, byline="TT", body=body)
    preview = preview_text(ws.rendering.render_article(article_id).html)
    post = post_text(_published_content(ws, site, article_id))
    assert preview == post
    assert preview.body[1] == f"{PHOTO} A \u201cpatrol\u201d drone, in flight. Photo: KCNA via AP/TT"
    assert preview.body[-2] == f"{PHOTO} Photo: TT"
    assert (preview.byline, preview.source_note) == (
        "By TT",
        "This article has been altered and translated by Sweden Herald",
    )


def test_the_export_prints_the_body_photos_captions_too(ws, tmp_path):
    sha = _photo(ws, tmp_path, "drone.jpg", "A drone.", "KCNA")
    article_id = _article(ws, byline="TT", body=f"Before.\n\n![A drone](photo:{sha})\n\nAfter.")
    export = preview_text(article_to_html(ws.rendering, article_id, resolve_photo=ws.photos.data_uri))
    assert export.body == ("Before.", f"{PHOTO} A drone. Photo: KCNA", "After.")
