"""The page renderer: quotes per language, template errors, photos, the stylesheet cache."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from workstation.domain.article import ArticleContent, ArticleStatus, ArticleSummary
from workstation.services.rendering import (
    FeaturedPhoto,
    PageInput,
    PageRenderer,
    default_template_dir,
    embed_photos,
    inline_markdown_to_html,
    markdown_to_html,
    typographic_quotes,
)

PNG = (  # a 1x1 PNG
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9"
    "awAAAABJRU5ErkJggg=="
)
SENTENCE = 'She said "we\'ll see" and left.'


# -- typographic quotes per language ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "She said “we’ll see” and left."),
        ("en-GB", "She said “we’ll see” and left."),
        ("sv", "She said ”we’ll see” and left."),
        ("sv_SE", "She said ”we’ll see” and left."),
        ("fi", "She said ”we’ll see” and left."),
        ("de", "She said „we’ll see“ and left."),
        ("fr", "She said «\xa0we’ll see\xa0» and left."),
        ("nb", "She said «we’ll see» and left."),
        ("da", "She said »we’ll see« and left."),
        ("xx", "She said “we’ll see” and left."),  # unknown: English
    ],
)
def test_double_quotes_follow_the_language(language, expected):
    assert inline_markdown_to_html(SENTENCE, language) == expected.replace("\xa0", "&nbsp;")
    assert typographic_quotes(SENTENCE, language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "<p>He called it ‘fine’.</p>"),
        ("sv", "<p>He called it ’fine’.</p>"),
        ("de", "<p>He called it ‚fine‘.</p>"),
        ("fr", "<p>He called it ‹fine›.</p>"),
    ],
)
def test_single_quotes_follow_the_language(language, expected):
    assert markdown_to_html("He called it 'fine'.", language) == expected


@pytest.mark.parametrize("language", ["en", "sv", "de", "fr", "nb", "da", "es"])
def test_an_apostrophe_is_always_an_apostrophe(language):
    html = markdown_to_html("It's the '80s, l'homme, don't.", language)
    assert html == "<p>It’s the ’80s, l’homme, don’t.</p>"


def test_quotes_in_code_stay_straight():
    assert markdown_to_html('`"x"`', "de") == '<p><code>"x"</code></p>'


@pytest.mark.parametrize(
    ("markdown_text", "expected"),
    [
        ("Stockholm - The minister", "Stockholm \u2013 The minister"),
        ("a -- b --- c", "a \u2013 b \u2014 c"),
        ("well-known - and more", "well-known \u2013 and more"),
        ("2x3 metres, 1.5x2, 0.5x1", "2\u00d73 metres, 1.5\u00d72, 0.5\u00d71"),
        ("0x1F, 2x3m, x2", "0x1F, 2x3m, x2"),  # hex, a unit glued on, no number before: as typed
        ("Brand (tm) wait...", "Brand \u2122 wait\u2026"),
        ("`2x3 - y`", "<code>2x3 - y</code>"),
    ],
)
def test_dashes_times_and_marks_are_printed_as_the_site_prints_them(markdown_text, expected):
    """WordPress's wptexturize would change these on the site: the page prints them so first."""
    assert inline_markdown_to_html(markdown_text) == expected


def test_the_headline_more_news_and_caption_get_the_same_quotes():
    page = PageInput(
        content=ArticleContent(headline='"Mysterious" necklace sold', language="de"),
        featured_photo=FeaturedPhoto(src=PNG, caption="The 'necklace'", credit="TT"),
        more_news=(
            ArticleSummary(1, 'Police want to "starve out" miners', "", ArticleStatus.READY, "", _T, 10),
        ),
    )
    html = PageRenderer().render(page).html
    assert '<h1 class="headline">„Mysterious“ necklace sold</h1>' in html
    assert "<title>„Mysterious“ necklace sold</title>" in html
    assert "Police want to „starve out“ miners" in html
    assert "The ‚necklace‘" in html


_T = datetime(2024, 11, 15, 1, 17, tzinfo=UTC)


# -- Markdown that cannot be read -------------------------------------------------------------


def test_markdown_nested_too_deep_shows_as_text_and_the_next_render_is_normal():
    html = markdown_to_html("- " * 3000 + "deep <b>")
    assert html.startswith("<p>- - -")
    assert "deep &lt;b&gt;" in html
    assert markdown_to_html("*fine*") == "<p><em>fine</em></p>"


# -- template errors: an error page, never an exception -----------------------------------------


def _template(tmp_path: Path, article_html: str | None) -> Path:
    folder = tmp_path / "template"
    shutil.copytree(default_template_dir(), folder)
    if article_html is None:
        (folder / "article.html").unlink()
    else:
        (folder / "article.html").write_text(article_html, encoding="utf-8")
    return folder


PAGE = PageInput(content=ArticleContent(headline="Headline", body="Body text."))


def test_a_syntax_error_names_the_template_file_line_and_message(tmp_path):
    folder = _template(tmp_path, "<html>\n<body>\n<h1>{{ headline }}</h1>\n<p>{{ byline ) }}</p>\n</body>\n")
    rendered = PageRenderer(folder).render(PAGE)
    problem = rendered.problem
    assert problem is not None
    assert problem.template == str(folder / "article.html")
    assert problem.line == 4
    assert "unexpected ')'" in problem.message
    assert str(folder / "article.html") in rendered.html
    assert "line 4" in rendered.html
    assert "unexpected &#x27;)&#x27;" in rendered.html
    assert "Body text." not in rendered.html
    assert rendered.body_html == "<p>Body text.</p>"


def test_an_unclosed_block_is_a_syntax_error(tmp_path):
    folder = _template(tmp_path, "<html>\n{% if headline %}\n<h1>{{ headline }}</h1>\n</html>\n")
    problem = PageRenderer(folder).render(PAGE).problem
    assert problem is not None
    assert problem.line is not None
    assert "endif" in problem.message


def test_a_missing_template_names_its_path(tmp_path):
    folder = _template(tmp_path, None)
    rendered = PageRenderer(folder).render(PAGE)
    assert rendered.problem is not None
    assert rendered.problem.template == str(folder / "article.html")
    assert rendered.problem.line is None
    assert str(folder / "article.html") in rendered.html
    assert "not found" in rendered.html


def test_a_missing_template_folder_names_the_path(tmp_path):
    rendered = PageRenderer(tmp_path / "nowhere").render(PAGE)
    assert rendered.problem is not None
    assert str(tmp_path / "nowhere" / "article.html") in rendered.html


def test_an_undefined_variable_names_the_line(tmp_path):
    folder = _template(
        tmp_path, "<html>\n<body>\n<h1>{{ headline }}</h1>\n<p>{{ no_such_field }}</p>\n</body>\n"
    )
    rendered = PageRenderer(folder).render(PAGE)
    problem = rendered.problem
    assert problem is not None
    assert problem.template == str(folder / "article.html")
    assert problem.line == 4
    assert "no_such_field" in problem.message
    assert "undefined" in problem.message
    assert "line 4" in rendered.html
    assert "no_such_field" in rendered.html


def test_an_error_in_an_included_template_names_that_file(tmp_path):
    folder = _template(tmp_path, "<html>\n{% include 'part.html' %}\n</html>\n")
    (folder / "part.html").write_text("<p>ok</p>\n<p>{{ 1 // 0 }}</p>\n", encoding="utf-8")
    rendered = PageRenderer(folder).render(PAGE)
    assert rendered.problem is not None
    assert rendered.problem.template == str(folder / "part.html")
    assert rendered.problem.line == 2
    assert "ZeroDivisionError" in rendered.problem.message


@pytest.mark.parametrize(
    "template",
    [
        "{{ headline.__class__.__mro__ }}",  # the sandbox refuses internals
        "{{ ''.join }}{{ range(10**9) | list }}",  # too large
        "{{ tags[5] }}",
        "{% for x in headline|int %}{% endfor %}",
        "{{ 'x' ~ (1 / 0) }}",
        "{{ undefined_macro() }}",
        "{{ headline | no_such_filter }}",
    ],
)
def test_any_template_failure_is_an_error_page(tmp_path, template):
    folder = _template(tmp_path, template)
    rendered = PageRenderer(folder).render(PAGE)
    assert rendered.problem is not None
    assert rendered.problem.message
    assert rendered.html.startswith("<!DOCTYPE html>")
    assert "could not be used" in rendered.html


def test_an_unreadable_template_is_an_error_page(tmp_path):
    folder = _template(tmp_path, None)
    (folder / "article.html").write_bytes(b"\xff\xfe\x00bad")
    rendered = PageRenderer(folder).render(PAGE)
    assert rendered.problem is not None
    assert "article.html" in rendered.problem.template


def test_a_fixed_template_renders_again(tmp_path):
    folder = _template(tmp_path, "{% if %}")
    renderer = PageRenderer(folder)
    assert renderer.render(PAGE).problem is not None
    (folder / "article.html").write_text("<h1>{{ headline }}</h1>", encoding="utf-8")
    os.utime(folder / "article.html", ns=(1, 10**18))  # a newer file, whatever the clock's resolution
    rendered = renderer.render(PAGE)
    assert (rendered.problem, rendered.html) == (None, "<h1>Headline</h1>")


# -- the stylesheet -------------------------------------------------------------------------------


def test_the_stylesheet_is_inlined_and_read_once_until_it_changes(tmp_path, monkeypatch):
    folder = _template(tmp_path, "<style>{{ stylesheet | safe }}</style>")
    renderer = PageRenderer(folder)
    css = folder / "style.css"
    css.write_text("body { color: red; }", encoding="utf-8")
    reads = []
    original = Path.read_text

    def counting_read_text(self: Path, *args: Any, **kwargs: Any) -> str:
        if self.name == "style.css":
            reads.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", counting_read_text)
    for _ in range(5):
        assert renderer.render(PAGE).html == "<style>body { color: red; }</style>"
    assert len(reads) == 1
    css.write_text("body { color: blue; }", encoding="utf-8")
    os.utime(css, ns=(1, 10**18))
    assert renderer.render(PAGE).html == "<style>body { color: blue; }</style>"
    assert len(reads) == 2


def test_no_stylesheet_is_an_empty_one(tmp_path):
    folder = _template(tmp_path, "<style>{{ stylesheet }}</style>")
    (folder / "style.css").unlink()
    assert PageRenderer(folder).render(PAGE).html == "<style></style>"


# -- dates ----------------------------------------------------------------------------------------

CET = timezone(timedelta(hours=1))


def test_an_unpublished_article_says_so():
    html = PageRenderer().render(PAGE).html
    assert "Not yet published" in html
    assert "Published:" not in html


def test_updated_shows_only_when_later_than_published():
    published = datetime(2024, 11, 15, 1, 2, tzinfo=UTC)
    now = datetime(2024, 11, 15, 12, 0, tzinfo=CET)
    page = replace(PAGE, first_published_at=published, updated_at=published, now=now)
    html = PageRenderer().render(page).html
    assert 'Published: <time datetime="2024-11-15T01:02:00Z">Today, 02:02</time>' in html
    assert "Updated" not in html
    html = PageRenderer().render(replace(page, updated_at=published + timedelta(minutes=15))).html
    assert 'Updated: <time datetime="2024-11-15T01:17:00Z">Today, 02:17</time>' in html


# -- photos ---------------------------------------------------------------------------------------


def test_a_featured_photo_shows_with_caption_and_credit_line():
    photo = FeaturedPhoto(
        src=PNG, caption="Kim at the test", credit="KCNA via AP/TT", alt_text="Kim", width=4
    )
    html = PageRenderer().render(replace(PAGE, featured_photo=photo)).html
    assert f'<img src="{PNG}" alt="Kim" width="4">' in html
    assert '<p class="caption">Kim at the test</p>' in html
    assert '<p class="credit">Photo: KCNA via AP/TT</p>' in html


@pytest.mark.parametrize(
    "src", ["https://example.com/a.jpg", "//example.com/a.jpg", "javascript:alert(1)", "data:text/html,x", ""]
)
def test_a_featured_photo_from_elsewhere_is_not_shown(src):
    photo = FeaturedPhoto(src=src, caption="Caption", credit="TT")
    html = PageRenderer().render(replace(PAGE, featured_photo=photo)).html
    assert "<figure" not in html
    assert "Caption" not in html


def test_a_stored_featured_photo_shows_in_the_preview():
    photo = FeaturedPhoto(src="ewsphoto:abc123", caption="Caption")
    html = PageRenderer().render(replace(PAGE, featured_photo=photo)).html
    assert 'src="ewsphoto:abc123"' in html


BODY_WITH_PHOTOS = f"""\
First paragraph with a [photo link](ewsphoto:aaa).

<figure class="inline-photo"><img src="ewsphoto:aaa" alt="A"><figcaption>Caption A</figcaption></figure>

<figure class="inline-photo"><img src="ewsphoto:bbb" alt="B &gt; C"><figcaption>Caption B</figcaption>
</figure>

![inline](ewsphoto:bbb)

<figure class="inline-photo"><img src="{PNG}" alt="D"><figcaption>Caption D</figcaption></figure>
"""


def test_standalone_pages_embed_stored_photos_as_data_uris():
    resolved = {"ewsphoto:aaa": PNG}
    page = replace(PAGE, content=replace(PAGE.content, body=BODY_WITH_PHOTOS))
    page = replace(page, featured_photo=FeaturedPhoto(src="ewsphoto:aaa", caption="Featured"))
    html = PageRenderer().render(page, standalone=True, resolve_photo=resolved.get).html
    assert "ewsphoto" not in html
    assert html.count(f'src="{PNG}"') == 3  # featured, photo A, photo D
    assert "Caption A" in html
    assert "Caption D" in html
    assert "Featured" in html
    assert "Caption B" not in html  # its photo could not be embedded: the figure goes
    assert "photo link" in html  # the link keeps its text


def test_standalone_pages_without_photos_drop_stored_ones():
    page = replace(PAGE, content=replace(PAGE.content, body=BODY_WITH_PHOTOS))
    page = replace(page, featured_photo=FeaturedPhoto(src="ewsphoto:aaa", caption="Featured"))
    html = PageRenderer().render(page, standalone=True).html
    assert "ewsphoto" not in html
    assert "Featured" not in html
    assert "Caption A" not in html
    assert "Caption D" in html  # inline data is kept
    preview = PageRenderer().render(page).html
    assert preview.count("ewsphoto:aaa") == 3
    assert "Caption B" in preview


def test_a_resolver_answer_that_is_not_image_data_is_not_used():
    html = embed_photos('<p><img src="ewsphoto:x" alt="x"></p>', lambda _: "https://example.com/x.png")
    assert html == "<p></p>"


def test_embed_photos_keeps_unrelated_markup():
    fragment = '<p>A <a href="https://example.com" rel="noopener noreferrer">link</a> <img alt="none"></p>'
    assert embed_photos(fragment, None) == fragment
