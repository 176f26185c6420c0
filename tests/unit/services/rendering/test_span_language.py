"""A span's lang (Set Language of Selection) reaches the page; a bad one is dropped."""

from workstation.services.rendering.body import markdown_to_html
from workstation.services.rendering.sanitize import sanitize_html


def test_a_span_in_another_language_keeps_its_lang_on_the_page() -> None:
    html = sanitize_html(markdown_to_html('Han sa: <span lang="en">the council will meet</span>.', "sv"))
    assert '<span lang="en">the council will meet</span>' in html


def test_a_lang_that_is_no_language_code_is_dropped() -> None:
    html = sanitize_html('<p><span lang="x&quot; onclick=&quot;y">text</span><span onclick="z">t</span></p>')
    assert "lang" not in html
    assert "onclick" not in html
    assert "text" in html
