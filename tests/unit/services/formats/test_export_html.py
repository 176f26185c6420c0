"""`workstation export ID --format html`: the page as one self-contained file."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from workstation.domain.article import ArticleContent, ArticleStatus
from workstation.domain.errors import WorkstationError
from workstation.domain.photo import PhotoMetadata
from workstation.domain.photo_refs import photo_markdown
from workstation.services.formats.export import article_to_html
from workstation.services.rendering import PageRenderer, RenderingService
from workstation.services.sample import open_sample_article
from workstation.services.workspace import open_workspace

REFERENCE = Path(__file__).resolve().parents[3] / "data" / "reference-article.md"

HEADLINE = "Kim Jong-Un Orders Mass Production of Drones"
PNG = (  # a 1x1 PNG
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9"
    "awAAAABJRU5ErkJggg=="
)
PHOTOS_BODY = """\
Before the photos, see [the original](ewsphoto:aaa).

<figure class="inline-photo"><img src="ewsphoto:aaa" alt="A"><figcaption>Caption A</figcaption></figure>

![remote](https://example.com/remote.jpg) ![protocol relative](//example.com/x.png)

After the photos.
"""


class Sources(HTMLParser):
    """Every URL the page could load or link: src, srcset, href, and url() in styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.src: list[str] = []
        self.href: list[str] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"src", "srcset", "poster", "data"}:
                self.src.append(value or "")
            elif name == "href":
                self.href.append(value or "")
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


def sources(html: str) -> Sources:
    parser = Sources()
    parser.feed(html)
    parser.close()
    return parser


def assert_self_contained(html: str) -> None:
    found = sources(html)
    for src in found.src:
        assert src.startswith("data:image/"), src
    assert "ewsphoto:" not in html
    assert not re.search(r"url\(\s*['\"]?(?!data:)", found.style), "the stylesheet loads a file"
    assert "@import" not in found.style
    assert "<link" not in html.lower()
    assert "<script" not in html.lower()


@pytest.fixture
def sample_id(data_dir) -> int:
    workspace = open_workspace(data_dir)
    try:
        return open_sample_article(workspace).id
    finally:
        workspace.close()


def test_export_html_writes_the_page_to_a_file(cli, sample_id, tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "page.html"
    code, out, err = cli("export", str(sample_id), "--format", "html", "-o", str(target))
    assert (code, out, err) == (0, "", "")
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert f'<h1 class="headline">{HEADLINE}</h1>' in html
    assert "“He emphasized the need" in html
    assert "By TT" in html
    assert "This article has been altered and translated by Sweden Herald" in html
    assert "Not yet published" in html  # the sample is on no site: a site gives the date
    assert_self_contained(html)
    assert ".headline {" in html  # the stylesheet is inside
    assert list(target.parent.iterdir()) == [target]  # no temporary file left beside it


def test_export_html_without_output_prints_the_page(cli, sample_id):
    code, out, err = cli("export", str(sample_id), "--format", "html")
    assert (code, err) == (0, "")
    assert out.startswith("<!DOCTYPE html>")
    assert out.rstrip().endswith("</html>")
    assert HEADLINE in out
    assert_self_contained(out)


def test_export_html_replaces_a_file_whole(cli, sample_id, tmp_path):
    target = tmp_path / "page.html"
    target.write_text("old content " * 10_000, encoding="utf-8")
    assert cli("export", str(sample_id), "--format", "html", "-o", str(target))[0] == 0
    assert "old content" not in target.read_text(encoding="utf-8")


def test_export_html_of_a_missing_article_is_one_error_line(cli, sample_id, tmp_path):
    code, out, err = cli("export", "9999", "--format", "html", "-o", str(tmp_path / "x.html"))
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "9999" in err
    assert not (tmp_path / "x.html").exists()


def test_export_html_into_a_missing_folder_is_one_error_line(cli, sample_id, tmp_path):
    code, _, err = cli("export", str(sample_id), "--format", "html", "-o", str(tmp_path / "no" / "x.html"))
    assert code == 2
    assert len(err.splitlines()) == 1
    assert "no/x.html" in err


def test_the_other_formats_still_work(cli, sample_id):
    code, out, _ = cli("export", str(sample_id), "--format", "markdown")
    assert code == 0
    assert out.startswith("---\nheadline: Kim Jong-Un")
    assert "<html" not in out


def test_the_exported_page_has_no_remote_or_stored_photos(workspace):
    article = workspace.articles.create(
        ArticleContent(headline="Photos", body=PHOTOS_BODY, status=ArticleStatus.READY)
    )
    rendering = RenderingService(workspace.articles, workspace.taxonomy)
    html = article_to_html(rendering, article.id)
    assert_self_contained(html)
    assert "example.com/remote.jpg" not in html
    assert "//example.com/x.png" not in html
    assert "Caption A" not in html  # its photo could not be embedded: the figure goes
    assert "the original" in html
    assert "After the photos." in html


def test_stored_photos_are_embedded_through_the_resolver(workspace):
    article = workspace.articles.create(ArticleContent(headline="Photos", body=PHOTOS_BODY))
    rendering = RenderingService(workspace.articles, workspace.taxonomy)
    asked: list[str] = []

    def resolve(url: str) -> str | None:
        asked.append(url)
        return PNG if url == "ewsphoto:aaa" else None

    html = article_to_html(rendering, article.id, resolve_photo=resolve)
    assert_self_contained(html)
    assert sources(html).src == [PNG]
    assert "Caption A" in html
    assert set(asked) == {"ewsphoto:aaa"}


def test_a_broken_template_is_an_error_naming_it(workspace, tmp_path):
    (tmp_path / "article.html").write_text("{{ headline ) }}", encoding="utf-8")
    article = workspace.articles.create(ArticleContent(headline="x"))
    rendering = RenderingService(workspace.articles, workspace.taxonomy, PageRenderer(tmp_path))
    with pytest.raises(WorkstationError, match=re.escape(str(tmp_path / "article.html")) + ", line 1"):
        article_to_html(rendering, article.id)


def test_the_page_clock_can_be_fixed(workspace):
    workspace.articles.create(ArticleContent(headline="x"))
    # The reference page's article, published at 02:02 (the sample is on no site yet).
    imported = workspace.importer.import_file(REFERENCE).article
    assert imported is not None
    rendering = RenderingService(workspace.articles, workspace.taxonomy)
    now = datetime(2024, 11, 16, 9, 0, tzinfo=UTC)
    assert 'Published: <time datetime="2024-11-15T01:02:00Z">Yesterday, 01:02</time>' in article_to_html(
        rendering, imported.id, now=now
    )


def test_an_export_opens_with_no_network(tmp_path: Path, cli, sample_id):
    """The file needs nothing beside it: no relative or absolute reference to load."""
    target = tmp_path / "page.html"
    cli("export", str(sample_id), "--format", "html", "-o", str(target))
    found = sources(target.read_text(encoding="utf-8"))
    assert all(href.startswith("#") for href in found.href), found.href


# -- stored photos (the photo library) ------------------------------------------------------------


def _stored_photo(workspace, tmp_path: Path, name: str, colour: str, caption: str):
    path = tmp_path / name
    Image.new("RGB", (64, 36), colour).save(path, "JPEG")
    outcome = workspace.photos.import_file(path)
    assert outcome.photo is not None, outcome.error
    metadata = PhotoMetadata(caption=caption, credit="KCNA via AP/TT", alt_text=f"{caption} (alt)")
    return workspace.photos.update_metadata(outcome.photo.id, metadata)


def test_export_html_embeds_the_featured_and_inline_stored_photos(cli, data_dir, tmp_path):
    workspace = open_workspace(data_dir)
    try:
        featured = _stored_photo(workspace, tmp_path, "featured.jpg", "navy", "Drones over the coast")
        inline = _stored_photo(workspace, tmp_path, "inline.jpg", "olive", "The test site")
        body = f"First paragraph.\n\n{photo_markdown(inline.sha256, 'The test site')}\n\nLast paragraph."
        article = workspace.articles.create(ArticleContent(headline="With photos", body=body))
        workspace.photos.set_featured(article.id, featured.id)
        workspace.photos.attach(article.id, inline.id)
    finally:
        workspace.close()
    target = tmp_path / "page.html"
    code, out, err = cli("export", str(article.id), "--format", "html", "-o", str(target))
    assert (code, out, err) == (0, "", "")
    html = target.read_text(encoding="utf-8")
    assert_self_contained(html)
    assert "photo:" not in html
    images = sources(html).src
    assert len(images) == 2
    assert all(src.startswith("data:image/") for src in images)
    assert images[0] != images[1]  # the featured photo, then the one in the body
    assert '<p class="caption">Drones over the coast</p>' in html
    assert '<p class="credit">Photo: KCNA via AP/TT</p>' in html
    assert 'alt="Drones over the coast (alt)" width="64" height="36"' in html
    assert 'alt="The test site"' in html


def test_the_preview_page_points_at_stored_photos(workspace, tmp_path):
    photo = _stored_photo(workspace, tmp_path, "p.jpg", "red", "Caption")
    body = photo_markdown(photo.sha256[:10], "Short reference")
    article = workspace.articles.create(ArticleContent(headline="x", body=body))
    workspace.photos.set_featured(article.id, photo.id)
    rendering = RenderingService(workspace.articles, workspace.taxonomy, photos=workspace.photos)
    html = rendering.render_article(article.id).html
    assert sources(html).src == [f"ewsphoto:{photo.sha256}"] * 2
    without_photos = RenderingService(workspace.articles, workspace.taxonomy).render_article(article.id).html
    assert sources(without_photos).src == []


def test_export_html_with_a_site_template(cli, sample_id, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "article.html").write_text(
        "<!DOCTYPE html><html><body><h1 class='site-headline'>{{ headline }}</h1>"
        "{{ body_html | safe }}</body></html>",
        encoding="utf-8",
    )
    code, out, _err = cli("export", str(sample_id), "--format", "html", "--template", str(site))
    assert code == 0
    assert "<h1 class='site-headline'>Kim Jong" in out


def test_export_html_refuses_a_folder_without_a_template(cli, sample_id, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _out, err = cli("export", str(sample_id), "--format", "html", "--template", str(empty))
    assert code == 2
    assert str(empty) in err
    assert "article.html" in err
    assert len(err.strip().splitlines()) == 1
