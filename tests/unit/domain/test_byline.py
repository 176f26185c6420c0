"""The byline rule: a new article's byline from the format, and the line the page prints."""

from __future__ import annotations

import pytest

from workstation.domain.byline import byline_name, byline_word, format_byline, printed_byline


@pytest.mark.parametrize(
    ("language", "word"),
    [("en", "By"), ("sv", "Av"), ("sv_SE", "Av"), ("sv-SE", "Av"), ("SV", "Av"), ("de", "By")],
)
def test_the_word_follows_the_article_language(language, word):
    assert byline_word(language) == word


def test_an_english_byline_is_printed_with_by():
    assert printed_byline("TT", "en") == "By TT"
    assert printed_byline("  Anna   Sjögren ", "en-GB") == "By Anna Sjögren"


@pytest.mark.parametrize("language", ["sv", "sv_SE", "sv-SE"])
def test_a_swedish_byline_is_printed_with_av(language):
    assert printed_byline("Anna Sjögren", language) == "Av Anna Sjögren"


@pytest.mark.parametrize(
    ("byline", "language"),
    [
        ("By Anna Sjögren, Stockholm", "en"),
        ("by TT", "en"),
        ("BY TT", "en"),
        ("Av Anna Sjögren", "sv"),
        ("av Anna Sjögren", "sv_SE"),
        ("By Anna Sjögren", "sv"),  # typed with its word in another language: as typed
        ("Av Anna Sjögren", "en"),
    ],
)
def test_a_byline_that_starts_with_its_word_is_not_prefixed_again(byline, language):
    assert printed_byline(byline, language) == byline


def test_a_name_that_only_begins_like_the_word_is_prefixed():
    assert printed_byline("Avery Smith", "en") == "By Avery Smith"
    assert printed_byline("Byström", "sv") == "Av Byström"


@pytest.mark.parametrize("byline", ["", "   ", "\n"])
def test_no_byline_prints_nothing(byline):
    assert printed_byline(byline, "en") == ""
    assert printed_byline(byline, "sv") == ""


def test_a_byline_from_a_format_with_its_word_is_printed_once():
    byline = format_byline("By {name}, Stockholm", "Anna Sjögren")
    assert byline == "By Anna Sjögren, Stockholm"
    assert printed_byline(byline, "en") == "By Anna Sjögren, Stockholm"
    assert printed_byline(format_byline("Av {name}", "Anna Sjögren"), "sv") == "Av Anna Sjögren"


def test_a_byline_from_a_format_without_a_word_gets_the_languages():
    byline = format_byline("{name}, Stockholm", "Anna Sjögren")
    assert printed_byline(byline, "en") == "By Anna Sjögren, Stockholm"
    assert printed_byline(byline, "sv") == "Av Anna Sjögren, Stockholm"


def test_a_format_without_a_name_gives_no_byline_or_itself():
    assert format_byline("By {name}", "  ") == ""
    assert format_byline("Sweden Herald", "Anna") == "Sweden Herald"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By TT", "TT"),
        ("Av Anna Sjögren", "Anna Sjögren"),
        ("by  Anna", "Anna"),
        ("Avery Smith", "Avery Smith"),
    ],
)
def test_the_name_of_a_printed_byline(line, name):
    assert byline_name(line) == name
