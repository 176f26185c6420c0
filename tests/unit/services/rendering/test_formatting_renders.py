"""What the body's formatting commands write renders on the page as the editor meant it: the
Markdown of markdown_format and markdown_blocks through the page's own renderer."""

from __future__ import annotations

import pytest

from tests.fakes.markdown_marks import run, unmark
from workstation.domain.markdown_blocks import (
    NORMAL,
    set_heading,
    toggle_bullets,
    toggle_numbers,
    toggle_quote,
)
from workstation.domain.markdown_format import toggle_bold, toggle_italic
from workstation.services.rendering.body import markdown_to_html


def _html(operation, marked: str, *args: object) -> str:
    after = run(operation, marked, *args)
    assert after is not None
    return markdown_to_html(unmark(after)[0]).replace("\n", "")


@pytest.mark.parametrize(
    ("operation", "marked", "html"),
    [
        (toggle_bold, "The «council» met", "<p>The <strong>council</strong> met</p>"),
        (toggle_bold, "**very «bold» text**", "<p><strong>very</strong> bold <strong>text</strong></p>"),
        (toggle_italic, "**two wo‸rds**", "<p><strong>two <em>words</em></strong></p>"),
        (toggle_bold, "***very bo‸ld***", "<p><em><strong>very</strong> bold</em></p>"),
        (toggle_italic, "The **«council»**", "<p>The <strong><em>council</em></strong></p>"),
    ],
)
def test_emphasis_renders(operation, marked: str, html: str) -> None:
    assert _html(operation, marked) == html


def test_headings_render_at_the_levels_the_page_styles() -> None:
    assert _html(set_heading, "Vo‸te\nThe council met.", 2) == "<h2>Vote</h2><p>The council met.</p>"
    assert _html(set_heading, "Vo‸te", 3) == "<h3>Vote</h3>"
    assert _html(set_heading, "## Vo‸te\nThe council met.", NORMAL) == "<p>Vote</p><p>The council met.</p>"


def test_a_quote_of_two_paragraphs_is_one_quote() -> None:
    html = _html(toggle_quote, "«First.\n\nSecond.»")
    assert html == "<blockquote><p>First.</p><p>Second.</p></blockquote>"
    assert _html(toggle_quote, "Before.\nQuo‸te.\nAfter.") == (
        "<p>Before.</p><blockquote><p>Quote.</p></blockquote><p>After.</p>"
    )


def test_lists_render_as_lists_and_items_taken_out_as_paragraphs() -> None:
    assert _html(toggle_bullets, "Intro.\n«one\ntwo»") == "<p>Intro.</p><ul><li>one</li><li>two</li></ul>"
    assert _html(toggle_bullets, "- one\n- tw‸o\n- three") == (
        "<ul><li>one</li></ul><p>two</p><ul><li>three</li></ul>"
    )
    assert _html(toggle_numbers, "1. one\n2. tw‸o\n3. three") == (
        '<ol><li>one</li></ol><p>two</p><ol start="2"><li>three</li></ol>'
    )
    assert _html(toggle_numbers, "«a\nb»") == "<ol><li>a</li><li>b</li></ol>"
