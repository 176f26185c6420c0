"""HTML -> the body's Markdown dialect, which the renderer reads back as the same page
(services/formats/body_markdown.py)."""

from __future__ import annotations

import pytest

from workstation.services.formats.body_markdown import escape_block_start, html_to_markdown, tidy
from workstation.services.rendering.body import markdown_to_html


@pytest.mark.parametrize(
    "html",
    [
        "<p>First line<br>\nsecond line</p>",
        "<ul>\n<li>a<ul>\n<li>b<ul>\n<li>c</li>\n</ul>\n</li>\n</ul>\n</li>\n<li>d</li>\n</ul>",
        "<ol>\n<li>one</li>\n<li>two<ul>\n<li>nested</li>\n</ul>\n</li>\n</ol>",
        "<blockquote>\n<p>q<br>\nr</p>\n<p>s</p>\n</blockquote>",
        '<p>A <a href="https://example.com/a_b">link</a>, <strong>bold</strong>, <em>italic</em>.</p>',
        # A hyphen between spaces is typeset as the site's en dash (see the test below): -5 here.
        "<h2>Heading</h2>\n<p>#1 and 1. and -5 and &gt; quote</p>",
        "<p>snake_case and 5 * 3 and &lt;b&gt; and &amp;copy;</p>",
    ],
)
def test_the_renderer_reads_the_markdown_back_as_the_same_html(html):
    rendered = markdown_to_html(html_to_markdown(html)).replace(' rel="noopener noreferrer"', "")
    assert rendered == html


def test_a_pasted_hyphen_between_spaces_reads_back_as_the_sites_en_dash():
    """WordPress prints "Stockholm - The" as "Stockholm – The"; so does the page."""
    html = "<p>Stockholm - The minister - and - more</p>"
    assert markdown_to_html(html_to_markdown(html)) == "<p>Stockholm – The minister – and – more</p>"


def test_a_line_break_is_visible():
    assert html_to_markdown("<p>a<br>b</p>") == "a<br>\nb"


def test_nested_lists_are_indented_four_spaces():
    assert html_to_markdown("<ul><li>a<ul><li>b</li></ul></li></ul>") == "- a\n    - b"


@pytest.mark.parametrize(
    ("line", "escaped"),
    [
        ("#1 seed", "\\#1 seed"),
        ("1. Sweden", "1\\. Sweden"),
        ("2) Norway", "2\\) Norway"),
        ("- Reuters", "\\- Reuters"),
        ("> not a quote", "\\> not a quote"),
        ("---", "\\---"),
        ("===", "\\==="),
        ("1999 was a year", "1999 was a year"),
        ("-5 degrees", "-5 degrees"),
        ("plain", "plain"),
    ],
)
def test_escape_block_start(line, escaped):
    assert escape_block_start(line) == escaped


def test_tidy():
    assert tidy("a<br>\n<br>\nb  \n\n\n\nc<br>\n") == "a\n\nb\n\nc"
