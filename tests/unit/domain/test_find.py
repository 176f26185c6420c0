"""Find and replace: case, whole words (Unicode), regular expressions and their groups, ranges
per field, the text around a match and the words for a replacement; Swedish text throughout."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.find import (
    FieldText,
    Finder,
    FindError,
    FindOptions,
    apply_edits,
    join_words,
    replacement_note,
    replacement_summary,
    snippet,
    undo_note,
)

SWEDISH = "Spårvägen på Södermalm: södermalmsborna får vänta. SÖDERMALM säger nej, Sodermalm ja."


def _found(options: FindOptions, text: str) -> list[str]:
    return [text[a:b] for a, b in Finder(options).spans(text)]


def test_an_empty_find_text_finds_nothing_and_replaces_nothing() -> None:
    finder = Finder(FindOptions(""))
    assert not finder.active
    assert finder.spans(SWEDISH) == []
    assert finder.replace_all(SWEDISH, "x") == (SWEDISH, 0)


def test_case_is_ignored_unless_asked_and_diacritics_always_count() -> None:
    assert _found(FindOptions("södermalm"), SWEDISH) == ["Södermalm", "södermalm", "SÖDERMALM"]
    assert _found(FindOptions("Södermalm", match_case=True), SWEDISH) == ["Södermalm"]
    # Sodermalm (no ö) is another word: fixing it must not touch the correct spelling.
    assert _found(FindOptions("Sodermalm"), SWEDISH) == ["Sodermalm"]


def test_whole_words_treat_swedish_letters_as_word_characters() -> None:
    text = "Malmö, Malmöbor och malmöiter; Malm är inte Malmö."
    assert _found(FindOptions("Malmö", whole_word=True), text) == ["Malmö", "Malmö"]
    assert _found(FindOptions("malm", whole_word=True), text) == ["Malm"]
    assert _found(FindOptions("Malm"), text) == ["Malm", "Malm", "malm", "Malm", "Malm"]
    # å ä ö at a word's edge: "får" is not found inside "fårskinn".
    assert _found(FindOptions("får", whole_word=True), "får fårskinn befår") == ["får"]
    # A hyphen or an apostrophe ends a word.
    assert _found(FindOptions("Jong", whole_word=True), "Kim Jong-Un") == ["Jong"]


def test_a_composed_letter_also_finds_its_decomposed_form() -> None:
    decomposed = unicodedata.normalize("NFD", "Göteborg")
    assert len(decomposed) == 9
    text = f"Göteborg och {decomposed}"
    assert _found(FindOptions("göteborg"), text) == ["Göteborg", decomposed]


def test_special_characters_are_literal_unless_a_regular_expression_is_asked() -> None:
    text = "Price (SEK): 1.5 * 2 [approx] a.b"
    assert _found(FindOptions("(SEK)"), text) == ["(SEK)"]
    assert _found(FindOptions("1.5 * 2"), text) == ["1.5 * 2"]
    assert _found(FindOptions("a.b"), "axb a.b") == ["a.b"]
    assert _found(FindOptions("a.b", regex=True), "axb a.b") == ["axb", "a.b"]


def test_regular_expressions_find_per_line_and_skip_empty_matches() -> None:
    text = "Första raden\nandra raden\n  tredje"
    assert _found(FindOptions(r"^\w+", regex=True), text) == ["Första", "andra"]
    assert _found(FindOptions(r"raden$", regex=True), text) == ["raden", "raden"]
    finder = Finder(FindOptions("x*", regex=True))
    assert finder.spans("abc") == []
    assert finder.matches_only_empty("abc")
    assert not Finder(FindOptions("b", regex=True)).matches_only_empty("abc")


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("(Söder", "Not a valid regular expression at character 1: a ( is never closed."),
        ("Söder)", "Not a valid regular expression at character 6: a ) has no ( before it."),
        ("[åäö", "Not a valid regular expression at character 1: a [ is never closed."),
        ("*malm", "Not a valid regular expression at character 1: *, + or ? has nothing before it"),
        ("malm\\", "Not a valid regular expression at character 5: it ends with a lone \\."),
    ],
)
def test_an_invalid_regular_expression_names_the_problem(expression: str, message: str) -> None:
    with pytest.raises(FindError) as caught:
        Finder(FindOptions(expression, regex=True))
    assert str(caught.value).startswith(message)


def test_the_same_text_without_regular_expressions_is_searched_as_typed() -> None:
    assert _found(FindOptions("(Söder"), "Se (Södermalm)") == ["(Söder"]


def test_replace_all_literal_and_count() -> None:
    finder = Finder(FindOptions("Sodermalm", whole_word=True))
    text, count = finder.replace_all("Sodermalm och sodermalm, inte Sodermalmsgatan.", "Södermalm")
    assert (text, count) == ("Södermalm och Södermalm, inte Sodermalmsgatan.", 2)


def test_a_literal_replacement_keeps_backslashes_as_typed() -> None:
    finder = Finder(FindOptions("x"))
    assert finder.replace_all("a x b", r"\1 \n") == (r"a \1 \n b", 1)


def test_regular_expression_replacement_fills_in_groups() -> None:
    finder = Finder(FindOptions(r"(\w+), (\w+)", regex=True))
    assert finder.replace_all("Lindqvist, Anna och Öberg, Åsa", r"\2 \1") == (
        "Anna Lindqvist och Åsa Öberg",
        2,
    )
    named = Finder(FindOptions(r"(?P<year>\d{4})-(?P<month>\d\d)", regex=True))
    assert named.replace_all("2026-11", r"\g<month>/\g<year>") == ("11/2026", 1)
    assert named.expand("den 2026-11 ", (4, 11), r"\g<year>") == "2026"


@pytest.mark.parametrize(
    ("replacement", "message"),
    [
        (r"\3", "The replacement uses group \\3, which the expression does not have."),
        (r"\g<name>", "The replacement uses the group 'name', which the expression does not have."),
        ("\\d", "The replacement has \\d, which is not an escape it can use"),
        ("a\\", "The replacement ends with a lone \\"),
    ],
)
def test_a_replacement_naming_a_missing_group_is_refused_with_a_sentence(
    replacement: str, message: str
) -> None:
    finder = Finder(FindOptions(r"(\w+) (\w+)", regex=True))
    with pytest.raises(FindError) as caught:
        finder.check_replacement(replacement)
    assert str(caught.value).startswith(message)
    with pytest.raises(FindError):
        finder.replace_all("Anna Lindqvist", replacement)
    Finder(FindOptions("x")).check_replacement(replacement)  # literal: any text is fine


def test_matches_per_field_in_order_leaving_out_fields_without_any() -> None:
    finder = Finder(FindOptions("tram"))
    found = finder.in_fields(
        [
            FieldText("headline", "headline", "A tram for Södermalm"),
            FieldText("standfirst", "standfirst", "Nothing here."),
            FieldText("body", "body", "Trams, trams and a tramline."),
            FieldText("photo.4.caption", "caption", "The tram at Slussen."),
        ]
    )
    assert [(f.name, f.spans) for f in found] == [
        ("headline", ((2, 6),)),
        ("body", ((0, 4), (7, 11), (19, 23))),
        ("photo.4.caption", ((4, 8),)),
    ]


def test_apply_edits_replaces_ranges_in_order() -> None:
    assert apply_edits("abcdef", [(0, 1, "X"), (3, 5, "")]) == "Xbcf"
    assert apply_edits("abc", []) == "abc"


@given(
    st.text(alphabet="abåäö ÅÄÖ.\n", max_size=60),
    st.text(alphabet="abåäöÅ", min_size=1, max_size=3),
    st.booleans(),
    st.booleans(),
)
def test_replacing_with_the_found_text_changes_nothing(
    text: str, needle: str, case: bool, word: bool
) -> None:
    finder = Finder(FindOptions(needle, match_case=case, whole_word=word))
    spans = finder.spans(text)
    edits = [(a, b, text[a:b]) for a, b in spans]
    assert apply_edits(text, edits) == text
    # Matches never overlap and come in order.
    assert all(b1 <= a2 for (_a1, b1), (a2, _b2) in itertools.pairwise(spans))
    new, count = finder.replace_all(text, "#")
    assert count == len(spans)
    assert new.count("#") == text.count("#") + count


def test_a_snippet_shows_the_words_around_a_match_on_one_line() -> None:
    text = (
        "Det här är en lång inledning som inte får plats i sin helhet.\n\n"
        "Spårvägen på Sodermalm byggs 2031, säger kommunen i ett pressmeddelande i dag."
    )
    start = text.index("Sodermalm")
    shown = snippet(text, start, start + len("Sodermalm"), width=30)
    assert shown.match == "Sodermalm"
    assert shown.before.startswith("…")
    assert shown.before.endswith("helhet. Spårvägen på ")
    assert "\n" not in shown.before
    assert shown.after.startswith(" byggs 2031,")
    assert shown.after.endswith("…")
    whole = snippet("Sodermalm", 0, 9)
    assert (whole.before, whole.match, whole.after) == ("", "Sodermalm", "")


def test_the_words_for_a_replacement() -> None:
    options = FindOptions("Sodermalm")
    note = replacement_note(options, "Södermalm", 7)
    assert note == "Replaced “Sodermalm” with “Södermalm” (7)"
    assert replacement_note(options, "", 2) == "Removed “Sodermalm” (2)"
    assert undo_note(note) == "Undid: Replaced “Sodermalm” with “Södermalm” (7)"
    long = replacement_note(FindOptions("x" * 80), "y", 1)
    assert "…" in long
    assert len(long) < 110


def test_the_summary_names_each_field_and_counts_photos() -> None:
    counts = [
        ("headline", 1),
        ("standfirst", 0),
        ("body", 4),
        ("caption", 1),
        ("alt text", 0),
        ("caption", 1),
    ]
    assert replacement_summary(counts) == "Replaced 7 in headline, body and 2 captions"
    assert replacement_summary([("body", 3)]) == "Replaced 3 in body"
    assert replacement_summary([("caption", 1), ("alt text", 2)]) == "Replaced 3 in 1 caption and 1 alt text"
    assert replacement_summary([("body", 0)]) == "Nothing was replaced."
    assert join_words(["a", "b", "c"]) == "a, b and c"
    assert join_words(["a"]) == "a"
    assert join_words([]) == ""
