"""Block markup from the renderer's HTML, and a post's HTML back to the Markdown body."""

from __future__ import annotations

import re

from workstation.services.publishing.blocks import BlockImage, html_to_blocks
from workstation.services.publishing.html_markdown import split_post_content
from workstation.services.publishing.mapping import compose_content
from workstation.services.rendering.body import markdown_to_html

BODY = """Para *one* with [a link](https://example.org).

## A heading

### A smaller one

![Drone](ewsphoto:abc "ignored title")

- a
- b

1. one
2. two

> quoted
> more

---

```
code <x>
```

| a | b |
|---|---|
| 1 | 2 |

Last paragraph."""


def _names(markup: str) -> list[str]:
    return re.findall(r"<!-- wp:([a-z/-]+)", markup)


def test_each_top_level_element_is_its_core_block():
    caption = 'A drone. <span class="ews-credit">Photo: TT</span>'
    images = {"ewsphoto:abc": BlockImage(5, "https://site/a.jpg", caption, "A drone")}
    markup = html_to_blocks(markdown_to_html(BODY, "en"), images)
    assert _names(markup) == [
        "paragraph", "heading", "heading", "image", "list", "list",
        "quote", "separator", "code", "table", "paragraph",
    ]  # fmt: skip
    assert '<!-- wp:heading {"level":3} -->' in markup
    assert '<!-- wp:list {"ordered":true} -->' in markup
    assert '<blockquote class="wp-block-quote">' in markup
    assert '<pre class="wp-block-code"><code>code &lt;x&gt;' in markup
    assert '<figure class="wp-block-table"><table>' in markup
    assert (
        '<figure class="wp-block-image size-large">'
        '<img src="https://site/a.jpg" alt="A drone" class="wp-image-5"/>'
        f'<figcaption class="wp-element-caption">{caption}</figcaption></figure>'
    ) in markup
    # Every opened block is closed, in order.
    assert len(re.findall(r"<!-- wp:", markup)) == len(re.findall(r"<!-- /wp:", markup))


def test_a_picture_that_is_not_an_uploaded_photo_is_left_out():
    markup = html_to_blocks(markdown_to_html("Text.\n\n![x](ewsphoto:unknown)", "en"), {})
    assert _names(markup) == ["paragraph"]
    assert "ewsphoto" not in markup


def test_unknown_elements_become_custom_html_not_classic():
    assert _names(html_to_blocks("<div>odd</div>")) == ["html"]
    assert _names(html_to_blocks("loose text")) == ["paragraph"]


def test_byline_and_source_note_round_trip_through_a_post():
    content = compose_content(
        markdown_to_html("Body *text*.", "en"), "TT", "Altered by the *Herald*", "en", {}
    )
    assert '<!-- wp:paragraph {"className":"ews-byline"} -->' in content
    back = split_post_content(content)
    assert (back.body, back.byline, back.source_note) == ("Body *text*.", "TT", "Altered by the Herald")


def test_a_classic_post_and_a_figure_read_back_as_markdown():
    html = (
        "<p>Hello <strong>world</strong>.</p><h2>Sub</h2><ul><li>a</li></ul>"
        '<figure class="wp-block-image"><img src="https://site/a.jpg" alt="A [drone]"/>'
        "<figcaption>Caption. Photo: TT</figcaption></figure>"
    )
    body = split_post_content(html).body
    assert body.splitlines() == [
        "Hello **world**.", "", "## Sub", "", "- a", "",
        '![A \\[drone\\]](https://site/a.jpg "Caption. Photo: TT")',
    ]  # fmt: skip


def test_a_pulled_posts_own_images_survive_the_next_publish():
    from workstation.services.publishing.mapping import body_html_for_site

    site_html = (
        "<!-- wp:paragraph --><p>Text.</p><!-- /wp:paragraph -->"
        '<!-- wp:image {"id":7} --><figure class="wp-block-image"><img src="https://site.example/a.jpg" '
        'alt="A drone" class="wp-image-7"/><figcaption>A drone. Photo: TT</figcaption></figure>'
        "<!-- /wp:image -->"
    )
    body = split_post_content(site_html).body  # what a pull keeps
    markup = html_to_blocks(body_html_for_site(body, "en"))  # what the next publish sends
    assert _names(markup) == ["paragraph", "image"]
    assert '<img src="https://site.example/a.jpg" alt="A drone"/>' in markup
    assert '<figcaption class="wp-element-caption">A drone. Photo: TT</figcaption>' in markup
    # The preview still loads nothing remote: its sanitizer leaves the picture out.
    assert "site.example" not in markdown_to_html(body, "en")


def test_a_line_break_and_a_nested_list_come_back_from_the_site_as_written():
    from workstation.services.publishing.mapping import body_html_for_site

    body = "Anna Lindqvist<br>\nStockholm\n\n- a\n    - nested\n- b\n\n> Quoted<br>\n> on two lines"
    content = compose_content(body_html_for_site(body, "en"), "", "", "en", {})
    assert "<p>Anna Lindqvist<br>\nStockholm</p>" in content
    assert split_post_content(content).body == body
