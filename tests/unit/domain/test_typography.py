"""Typography per language: quotes, apostrophes, dashes and non-breaking spaces, as the page
prints them and as the editor corrects them while typing."""

from __future__ import annotations

import pytest

from workstation.domain.typography import (
    ALL_RULES,
    NBSP,
    NO_RULES,
    Correction,
    TypographyRules,
    autocorrect,
    typographic_text,
)


def typed(text: str, language: str, rules: TypographyRules = ALL_RULES) -> str:
    """The line after typing `text` one character at a time, with each correction applied."""
    line = ""
    for char in text:
        line += char
        fix = autocorrect(line, language, rules)
        if fix is not None:
            line = line[: fix.start] + fix.text + line[fix.end :]
    return line


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "He said \"no\" and 'maybe'", "He said \u201cno\u201d and \u2018maybe\u2019"),
        ("sv", "Han sa \"nej\" och 'kanske'", "Han sa \u201dnej\u201d och \u2019kanske\u2019"),
        ("en", "it's the editor's", "it\u2019s the editor\u2019s"),
        ("sv", "Sveriges 'bästa'", "Sveriges \u2019bästa\u2019"),
        ("de", '"Ja"', "\u201eJa\u201c"),
    ],
)
def test_quotes_per_language(language: str, text: str, expected: str) -> None:
    assert typographic_text(text, language) == expected
    assert typed(text, language) == expected


@pytest.mark.parametrize("language", ["en", "sv"])
def test_spaced_hyphen_and_double_hyphen_become_the_spaced_en_dash(language: str) -> None:
    expected = "Israeli attack on Damascus \u2013 several killed"
    assert typographic_text("Israeli attack on Damascus - several killed", language) == expected
    assert typographic_text("Israeli attack on Damascus -- several killed", language) == expected
    assert typed("Israeli attack on Damascus - several killed", language) == expected
    assert typed("Israeli attack on Damascus -- several killed", language) == expected
    assert typed("pages 10--12", language) == "pages 10\u201312"
    assert typed("wait---what", language) == "wait\u2014what"


def test_hyphenated_words_lists_rules_and_tables_keep_their_hyphens() -> None:
    assert typed("Kim Jong-Un", "en") == "Kim Jong-Un"
    assert typed("- a list item", "en") == "- a list item"
    assert typed("  - nested item", "en") == "  - nested item"
    assert typed("|---|---|", "en") == "|---|---|"
    assert typed("--- ", "en") == "--- "


def test_swedish_non_breaking_spaces_before_units_and_in_number_groups() -> None:
    assert typographic_text("5 km, 20 % och 100 kr", "sv") == f"5{NBSP}km, 20{NBSP}% och 100{NBSP}kr"
    assert typographic_text("10 000 invånare", "sv") == f"10{NBSP}000 invånare"
    assert typographic_text("1 250 000 kronor", "sv") == f"1{NBSP}250{NBSP}000{NBSP}kronor"
    assert typed("5 km, 20 % och 100 kr.", "sv") == f"5{NBSP}km, 20{NBSP}% och 100{NBSP}kr."
    assert typed("10 000 invånare", "sv") == f"10{NBSP}000 invånare"
    assert typed("1 250 000 kronor ", "sv") == f"1{NBSP}250{NBSP}000{NBSP}kronor "


def test_a_year_before_a_number_and_unit_like_words_are_not_joined() -> None:
    assert typographic_text("år 2023 100 personer", "sv") == "år 2023 100 personer"
    assert typed("år 2023 100 personer", "sv") == "år 2023 100 personer"
    assert typed("5 mangos ", "sv") == "5 mangos "


def test_english_keeps_ordinary_spaces() -> None:
    assert typographic_text("5 km and 10 000 people", "en") == "5 km and 10 000 people"
    assert typed("5 km and 10 000 people", "en") == "5 km and 10 000 people"


def test_code_urls_and_html_are_left_as_typed() -> None:
    text = 'see `a -- "b"` at https://example.com/a--b?q="x" and <a title="t">'
    out = typographic_text(text, "en")
    assert '`a -- "b"`' in out
    assert 'https://example.com/a--b?q="x"' in out
    assert '<a title="t">' in out
    assert typed('`x = "y"', "en") == '`x = "y"'
    assert typed('https://ex.com/"a"', "en") == 'https://ex.com/"a"'
    assert typed('<img alt="x">', "en") == '<img alt="x">'
    assert typed('[a](https://x.se "title")', "en") == '[a](https://x.se "title")'
    assert typed("anna@tt.se's", "en") == "anna@tt.se's"


def test_each_rule_can_be_turned_off() -> None:
    text = 'A "b" - 5 km'
    no_quotes = TypographyRules(quotes=False)
    no_dashes = TypographyRules(dashes=False)
    no_spaces = TypographyRules(spaces=False)
    assert typographic_text(text, "sv", no_quotes) == f'A "b" \u2013 5{NBSP}km'
    assert typographic_text(text, "sv", no_dashes) == f"A \u201db\u201d - 5{NBSP}km"
    assert typographic_text(text, "sv", no_spaces) == "A \u201db\u201d \u2013 5 km"
    assert typographic_text(text, "sv", NO_RULES) == text
    assert typed(text + " ", "sv", NO_RULES) == text + " "
    assert typed(text + " ", "sv", no_quotes) == f'A "b" \u2013 5{NBSP}km '


def test_one_correction_names_only_what_changes() -> None:
    assert autocorrect('say "', "en") == Correction(4, 5, "\u201c")
    assert autocorrect("a - ", "en") == Correction(2, 3, "\u2013")
    assert autocorrect("plain words ", "en") is None


@pytest.mark.parametrize("text", ["> - punkt", "- - -", "1. - item", "  - nested", "> > - deep"])
def test_markdown_s_own_hyphens_stay_as_typed(text: str) -> None:
    """A list item in a quote, a nested item, a rule: Markdown's hyphen, never a dash."""
    assert typed(text, "en") == text
    assert typed(text, "sv") == text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ('*"No"*', "en", "*\u201cNo\u201d*"),
        ('_"Nej"_', "sv", "_\u201dNej\u201d_"),
        ("\"'Hi", "en", "\u201c\u2018Hi"),
        ("'90s", "en", "\u201990s"),
        ("in the '80s", "sv", "in the \u201980s"),
        ('He said "yes".', "en", "He said \u201cyes\u201d."),
    ],
)
def test_typed_quotes_agree_with_the_page(text: str, language: str, expected: str) -> None:
    """After Markdown's * and _ or another opening quote a quote opens; a decade's is an
    apostrophe, as the renderer prints them."""
    assert typed(text, language) == expected
