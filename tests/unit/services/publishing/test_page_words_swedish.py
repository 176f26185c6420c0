"""A Swedish article's page prints the template's fixed words in Swedish, in the preview, the
HTML export and the published post alike: Foto, Av, Mer nyheter, Uppdaterad, Publicerad, Idag.
A site's template folder overrides any word with labels.<language>.json."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.fakes.page_text import post_text, preview_text
from tests.fakes.photo_images import camera_jpeg
from tests.fakes.publishing import add_destination
from tests.unit.services.rendering.test_rendering_golden import visible_lines
from workstation.domain.article import ArticleContent, SiteStatus
from workstation.domain.errors import WorkstationError
from workstation.domain.photo import PhotoRole
from workstation.services.formats.export import article_to_html
from workstation.services.rendering import default_template_dir
from workstation.services.rendering.labels import use_label_folder
from workstation.services.workspace import Workspace


@pytest.fixture(autouse=True)
def default_labels() -> Iterator[None]:
    yield
    use_label_folder(None)  # the words of the template in use are the process's: leave none behind


def _swedish_article(ws: Workspace, clock, tmp_path: Path) -> int:
    ws.articles.create(
        ArticleContent(headline="Stormen drar in", body="Ord " * 300, language="sv"),
        published_elsewhere=SiteStatus.PUBLISHED,
        first_published_at=clock() - timedelta(hours=3),
    )
    section, _ = ws.taxonomy.resolve_section("Sverige")
    article = ws.articles.create(
        ArticleContent(
            headline="Färjetrafiken ställs in",
            section_id=section.id,
            standfirst="Rederierna ställer in alla avgångar.",
            body="Vågorna var 5 meter höga.",
            byline="Anna Sjögren",
            source_note="Artikeln är bearbetad av Sweden Herald",
            tags=("Åland",),
            language="sv",
        ),
        first_published_at=clock() - timedelta(hours=2),
    )
    outcome = ws.photos.import_file(camera_jpeg(tmp_path / "storm.jpg"))
    assert outcome.photo is not None
    ws.photos.update_fields(outcome.photo.id, caption="Hamnen i Mariehamn.", credit="TT", alt_text="Hamnen")
    ws.photos.attach(article.id, outcome.photo.id, PhotoRole.FEATURED)
    return article.id


def _export_lines(ws: Workspace, article_id: int, clock) -> list[str]:
    html = article_to_html(ws.rendering, article_id, resolve_photo=ws.photos.data_uri, now=clock())
    return visible_lines(html)


def test_a_swedish_articles_exported_page_carries_the_swedish_words(ws, clock, tmp_path) -> None:
    article_id = _swedish_article(ws, clock, tmp_path)
    clock.advance(60)
    lines = _export_lines(ws, article_id, clock)
    assert "Foto: TT" in lines
    assert "Av Anna Sjögren" in lines
    assert "Mer nyheter" in lines
    assert "2 MIN LÄSNING" in lines
    assert any(line.startswith("» Uppdaterad: Idag, ") for line in lines)
    assert any(line.startswith("» Publicerad: Idag, ") for line in lines)
    for english in ("Photo:", "By ", "More news", "Updated", "Published", "Today", "MIN READ"):
        assert not any(english in line for line in lines), english


def test_the_published_post_carries_the_same_swedish_words(ws, site, clock, tmp_path) -> None:
    article_id = _swedish_article(ws, clock, tmp_path)
    ws.outbox.publish(article_id, add_destination(ws))
    ws.outbox.run_due()
    post = next(p for p in site.posts.values() if "Färjetrafiken" in str(p.title))
    assert post_text(str(post.content)).byline == "Av Anna Sjögren"
    (media,) = site.media.values()
    assert "Foto: TT" in str(media.get("caption", ""))
    assert "Photo:" not in str(media.get("caption", "")) + str(post.content)


def _template_with_labels(tmp_path: Path, labels: dict[str, object] | str) -> Path:
    folder = tmp_path / "site-template"
    shutil.copytree(default_template_dir(), folder)
    text = labels if isinstance(labels, str) else json.dumps(labels, ensure_ascii=False)
    (folder / "labels.sv.json").write_text(text, encoding="utf-8")
    return folder


def test_the_template_folder_overrides_each_word_in_the_page_and_the_post(ws, site, clock, tmp_path) -> None:
    article_id = _swedish_article(ws, clock, tmp_path)
    folder = _template_with_labels(tmp_path, {"photo": "Bild", "more_news": "Fler nyheter", "by": "Text:"})
    ws.rendering.use_template(folder)
    lines = _export_lines(ws, article_id, clock)
    assert "Bild: TT" in lines
    assert "Fler nyheter" in lines
    assert "Text: Anna Sjögren" in lines
    assert "Publicerad" in " ".join(lines)  # a word the file does not name is the catalogue's
    preview = preview_text(ws.rendering.render_article(article_id).html)
    assert preview.byline == "Text: Anna Sjögren"
    ws.outbox.publish(article_id, add_destination(ws))
    ws.outbox.run_due()
    post = next(p for p in site.posts.values() if "Färjetrafiken" in str(p.title))
    assert post_text(str(post.content)).byline == "Text: Anna Sjögren"
    (media,) = site.media.values()
    assert "Bild: TT" in str(media.get("caption", ""))


def test_an_english_article_is_not_touched_by_the_swedish_labels(ws, tmp_path) -> None:
    folder = _template_with_labels(tmp_path, {"photo": "Bild"})
    ws.rendering.use_template(folder)
    article = ws.articles.create(ArticleContent(headline="Storm", byline="TT", language="en"))
    assert preview_text(ws.rendering.render_article(article.id).html).byline == "By TT"


@pytest.mark.parametrize(
    ("labels", "named"),
    [
        ("{not json", "is not valid JSON"),
        ('["Foto"]', "must be a JSON object"),
        ('{"fotograf": "Bild"}', 'unknown label "fotograf"'),
        ('{"photo": 3}', '"photo" must be a text'),
        ('{"read_time": "MIN LÄSNING"}', '"read_time" must hold {minutes}'),
    ],
)
def test_a_labels_file_that_cannot_be_used_is_named_with_what_is_wrong(ws, tmp_path, labels, named) -> None:
    folder = _template_with_labels(tmp_path, labels)
    ws.rendering.use_template(folder)
    article = ws.articles.create(ArticleContent(headline="Storm", language="sv"))
    rendered = ws.rendering.render_article(article.id)
    assert rendered.problem is not None
    assert rendered.problem.template == str(folder / "labels.sv.json")
    assert named in rendered.problem.message
    with pytest.raises(WorkstationError, match=r"labels\.sv\.json"):
        article_to_html(ws.rendering, article.id)
