"""Both sides of a comparison in the page's form: the preview's HTML of a Markdown body and a
post's content as the site holds it read back into the same blocks; and their diff as safe HTML."""

from __future__ import annotations

from workstation.domain.article import ArticleContent
from workstation.domain.page_diff import BlockKind, PageBlock
from workstation.services.publishing.blocks import html_to_blocks
from workstation.services.rendering.body import markdown_to_html
from workstation.services.rendering.page_blocks import html_blocks
from workstation.services.rendering.page_diff_html import page_diff_to_html, version_to_html
from workstation.services.rendering.version_view import VersionComparer

BODY = """First paragraph with a [link](https://example.org/a) and **bold**.

## A heading

- one
- two

> "A quote," she said.

Last one."""


def test_the_preview_and_the_published_blocks_read_the_same() -> None:
    preview = markdown_to_html(BODY)
    published = html_to_blocks(preview, {})  # the block markup a publish sends
    assert html_blocks(preview) == html_blocks(published)
    blocks = html_blocks(preview)
    assert [b.kind for b in blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.ITEM,
        BlockKind.ITEM,
        BlockKind.QUOTE,
        BlockKind.PARAGRAPH,
    ]
    assert blocks[0].text == "First paragraph with a link and bold."
    assert (
        blocks[0].markup == 'First paragraph with a <a href="https://example.org/a">link</a> and <b>bold</b>.'
    )
    assert blocks[4].text == "\u201cA quote,\u201d she said."  # typographic, as the page prints it


def test_a_sites_figure_is_a_photo_with_its_caption() -> None:
    content = (
        '<!-- wp:image {"id":7} --><figure class="wp-block-image size-large"><img src="https://s/x.jpg" '
        'alt="Tram" class="wp-image-7"/><figcaption class="wp-element-caption">A tram. '
        '<span class="ews-credit">Photo: TT</span></figcaption></figure><!-- /wp:image -->'
    )
    (block,) = html_blocks(content)
    assert block == PageBlock(BlockKind.PHOTO, "A tram. Photo: TT", photo="https://s/x.jpg")


def test_scripts_and_markup_never_reach_the_diff_html() -> None:
    old = ArticleContent(headline="<b>bold</b>", body="Safe & sound.")
    new = ArticleContent(
        headline="<b>bold</b> <script>x()</script>", body="Safe & sound. <script>y()</script>"
    )
    page = page_diff_to_html(VersionComparer().compare(old, new))
    assert "<script>" not in page
    assert "&lt;script&gt;x()&lt;/script&gt;" in page
    assert "&amp; sound" in page


def test_a_markup_only_change_is_shown_as_typed() -> None:
    old = ArticleContent(body="Plain.")
    new = ArticleContent(body="Plain. <img src=x onerror=y>")
    result = VersionComparer().compare(old, new)
    assert result.source_changed
    page = page_diff_to_html(result)
    assert "the page reads the same" in page
    assert "&lt;img src=x onerror=y&gt;" in page
    assert "<img" not in page


def test_removed_and_added_paragraphs_are_whole_in_the_html() -> None:
    old = ArticleContent(body="Kept.\n\nRemoved paragraph.")
    new = ArticleContent(body="Kept.\n\nAn added paragraph.")
    page = page_diff_to_html(VersionComparer().compare(old, new))
    assert ">Removed paragraph.</del></p>" in page
    assert ">An added paragraph.</ins></p>" in page


def test_a_version_page_marks_fields_kept_from_this_copy() -> None:
    view = VersionComparer().view(ArticleContent(headline="H", body="Text.", byline="Anna"))
    page = version_to_html(view, {"byline": "kept from this copy: none on the site"})
    assert "Byline: Anna" in page
    assert "(kept from this copy: none on the site)" in page
