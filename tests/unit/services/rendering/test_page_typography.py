"""The renderer prints the typography rules of domain/typography.py: the body (Markdown) and the
plain fields agree with what the editor's fields correct as they are typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workstation.domain.typography import NBSP, TypographyRules
from workstation.services.rendering.body import (
    markdown_to_html,
    site_typography,
    typographic_quotes,
    use_site_typography,
)


@pytest.fixture
def site_rules() -> Iterator[None]:
    before = site_typography()
    yield
    use_site_typography(before)


def test_a_swedish_body_keeps_numbers_with_units_and_digit_groups() -> None:
    html = markdown_to_html("Kön var 5 km lång, 20 % fler, 100 kr och 10 000 personer.", "sv")
    assert "5&nbsp;km" in html
    assert "20&nbsp;%" in html
    assert "100&nbsp;kr" in html
    assert "10&nbsp;000 personer" in html


def test_an_english_body_keeps_its_spaces() -> None:
    assert "5 km" in markdown_to_html("It was 5 km long.", "en")


def test_swedish_quotes_and_the_spaced_dash_in_the_body() -> None:
    html = markdown_to_html('Han sa "nej" - och gick.', "sv")
    assert "\u201dnej\u201d \u2013 och" in html


def test_code_and_link_targets_keep_what_was_typed() -> None:
    html = markdown_to_html('Kör `x = "5 km" - 1` och [länk](https://ex.se/a--b "10 000").', "sv")
    assert '<code>x = "5 km" - 1</code>' in html or "<code>x = &quot;5 km&quot; - 1</code>" in html
    assert 'href="https://ex.se/a--b"' in html
    fenced = markdown_to_html('```\nsay "5 km" - 10 000\n```', "sv")
    assert "5 km" in fenced
    assert "&nbsp;" not in fenced
    assert "\u2013" not in fenced


def test_the_headline_has_the_dash_of_the_reference_page() -> None:
    assert (
        typographic_quotes("Israeli attack on Damascus - several killed", "en")
        == "Israeli attack on Damascus \u2013 several killed"
    )
    assert typographic_quotes("Kön 5 km lång", "sv") == f"Kön 5{NBSP}km lång"


def test_the_site_can_turn_each_rule_off(site_rules: None) -> None:
    use_site_typography(TypographyRules(quotes=False))
    html = markdown_to_html('"Nej" - 5 km', "sv")
    assert '"Nej" \u2013 5&nbsp;km' in html
    use_site_typography(TypographyRules(dashes=False))
    html = markdown_to_html('"Nej" - 5 km', "sv")
    assert "\u201dNej\u201d - 5&nbsp;km" in html
    use_site_typography(TypographyRules(spaces=False))
    assert "5 km" in markdown_to_html("5 km", "sv")
    assert typographic_quotes("a - b", "en") == "a \u2013 b"
    use_site_typography(TypographyRules(quotes=False, dashes=False, spaces=False))
    assert typographic_quotes('"a" - b', "en") == '"a" - b'
