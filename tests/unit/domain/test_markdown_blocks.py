"""Headings, quotes and lists on the lines of a selection: the selection «…» (or the caret ‸)
before, the text and the selection after."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fakes.markdown_marks import run, unmark
from workstation.domain.markdown_blocks import (
    HEADING_LEVELS,
    NORMAL,
    set_heading,
    toggle_bullets,
    toggle_numbers,
    toggle_quote,
)
from workstation.domain.photo_refs import find_photo_refs

PHOTO = "![The council chamber.](photo:3961053366810d10ea6ae875e0cd0163df3d961fc5fad7e12d4c93bb6f20ea81)"


# -- headings ----------------------------------------------------------------------------------


def test_the_body_offers_the_levels_below_the_headline() -> None:
    assert HEADING_LEVELS == (2, 3)
    with pytest.raises(ValueError, match="heading level 1"):
        set_heading("text", 0, 0, 1)


@pytest.mark.parametrize(
    ("before", "level", "after"),
    [
        ("The vo‸te\nnext line", 2, "## The vo‸te\nnext line"),  # the caret's line only
        ("## The vo‸te", 3, "### The vo‸te"),  # another level replaces it
        ("## The vo‸te", 2, "The vo‸te"),  # the same level again: off
        ("# The vo‸te", 2, "## The vo‸te"),  # an h1 (dropped by the page) becomes an h2
        ("### The vo‸te", NORMAL, "The vo‸te"),
        ("- The vo‸te", 2, "## The vo‸te"),  # a heading is no list item
        ("> The vo‸te", 2, "> ## The vo‸te"),  # in a quote it stays in the quote
        ("«one\ntwo»", 3, "### «one\n### two»"),
        ("## «one\nlast»", 2, "## «one\n## last»"),  # not all of them: all get it
    ],
)
def test_set_heading(before: str, level: int, after: str) -> None:
    assert run(set_heading, before, level) == after


def test_a_heading_taken_away_is_a_paragraph_of_its_own() -> None:
    # "## Vote\ntext" is a heading and a paragraph; "Vote\ntext" would be one paragraph.
    assert run(set_heading, "## Vo‸te\nThe council met.", 2) == "Vo‸te\n\nThe council met."
    assert run(set_heading, "«## One\n## Two»", NORMAL) == "«One\n\nTwo»"


def test_normal_on_plain_text_changes_nothing() -> None:
    edit = set_heading("Plain text", 3, 3, NORMAL)
    assert edit is not None
    assert not edit.changes_text


def test_an_empty_line_gets_the_marker_ready_for_typing() -> None:
    assert run(set_heading, "Text\n\n‸", 2) == "Text\n\n## ‸"


# -- quotes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Sa‸id the mayor", "> Sa‸id the mayor"),
        ("> Sa‸id the mayor", "Sa‸id the mayor"),
        ("> > Sa‸id", "> Sa‸id"),  # one level at a time
        # paragraphs in the quote: the blank line between them is quoted, one quote block
        ("«First.\n\nSecond.»", "> «First.\n>\n> Second.»"),
        ("> «First.\n>\n> Second.»", "«First.\n\nSecond.»"),
        ("«> First.\nSecond.»", "«> First.\n> Second.»"),  # partly quoted: all quoted
        ("«- one\n- two»", "> «- one\n> - two»"),  # a list in the quote
    ],
)
def test_toggle_quote(before: str, after: str) -> None:
    assert run(toggle_quote, before) == after


def test_a_quote_is_kept_apart_from_the_lines_around_it() -> None:
    # "p\n> q\nr" would quote r too (a lazy continuation line).
    assert run(toggle_quote, "Before.\nQuo‸te.\nAfter.") == "Before.\n\n> Quo‸te.\n\nAfter."
    assert run(toggle_quote, "> a\n> b‸\n> c") == "> a\n\nb‸\n\n> c"


# -- bulleted lists ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Bread‸", "- Bread‸"),
        ("- Bread‸", "Bread‸"),
        ("«one\ntwo\nthree»", "- «one\n- two\n- three»"),
        ("«one\n\ntwo»", "- «one\n- two»"),  # paragraphs become one tight list
        ("«- one\ntwo»", "«- one\n- two»"),  # partly a list: all of it
        ("«1. one\n2. two»", "«- one\n- two»"),  # a numbered list becomes bullets
        ("«* one\n+ two»", "«one\n\ntwo»"),  # every bullet marker is a bullet: off
        ("> «one\n> two»", "> - «one\n> - two»"),  # a list in a quote
        ("«- one\n  more of one\n- two»", "«one\n  more of one\n\ntwo»"),
    ],
)
def test_toggle_bullets(before: str, after: str) -> None:
    assert run(toggle_bullets, before) == after


def test_list_items_taken_out_become_paragraphs_apart_from_the_list() -> None:
    # "- a\nb" would make b part of item a; "a\n- b" would be no list at all.
    assert run(toggle_bullets, "- one\n- tw‸o\n- three") == "- one\n\ntw‸o\n\n- three"
    assert run(toggle_bullets, "Intro line\nIte‸m\nOutro") == "Intro line\n\n- Ite‸m\n\nOutro"
    assert run(toggle_bullets, "«- one\n- two»") == "«one\n\ntwo»"


def test_bullets_on_an_empty_line_start_a_list() -> None:
    assert run(toggle_bullets, "Text\n\n‸") == "Text\n\n- ‸"
    assert run(toggle_bullets, "Text\n‸") == "Text\n\n- ‸"
    assert run(toggle_bullets, "- ‸") == "‸"


# -- numbered lists ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("«one\ntwo\nthree»", "1. «one\n2. two\n3. three»"),
        ("«1. one\n2. two»", "«one\n\ntwo»"),
        ("«1. one\n1. two\n1. three»", "«one\n\ntwo\n\nthree»"),
        ("«- one\n- two»", "«1. one\n2. two»"),
        ("«5. one\ntwo»", "«5. one\n6. two»"),  # a list that starts at 5 keeps its start
        ("«1) one\ntwo»", "«1) one\n2. two»"),
    ],
)
def test_toggle_numbers(before: str, after: str) -> None:
    assert run(toggle_numbers, before) == after


def test_numbering_goes_on_from_the_list_above() -> None:
    assert run(toggle_numbers, "1. one\n2. two\nthr‸ee") == "1. one\n2. two\n3. thr‸ee"
    assert run(toggle_numbers, "1. one\n\nMid‸dle\n\n2. three") == "1. one\n\n2. Mid‸dle\n\n3. three"


def test_the_list_is_renumbered_when_an_item_is_taken_out() -> None:
    # as in Word: the items after go on counting from the ones before
    assert run(toggle_numbers, "1. one\n2. tw‸o\n3. three\n4. four") == "1. one\n\ntw‸o\n\n2. three\n3. four"
    # the first item out: the rest starts again at 1
    assert run(toggle_numbers, "1. o‸ne\n2. two\n3. three") == "o‸ne\n\n1. two\n2. three"
    # a heading made of an item
    assert run(set_heading, "1. one\n2. Tw‸o\n3. three", 2) == "1. one\n## Tw‸o\n2. three"


def test_renumbering_skips_nested_lines_and_stops_at_the_next_paragraph() -> None:
    before = "1. one\n   - nested\n3. th‸ree\n\nAfter.\n\n7. other list"
    assert run(toggle_numbers, before) == "1. one\n   - nested\n\nth‸ree\n\nAfter.\n\n7. other list"
    assert run(toggle_numbers, "1. one\n   - nested\n5. t‸wo") == "1. one\n   - nested\n\nt‸wo"


# -- photos, selections ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "operation",
    [toggle_quote, toggle_bullets, toggle_numbers, lambda t, s, e: set_heading(t, s, e, 2)],
)
def test_photo_lines_are_left_as_they_are(operation) -> None:
    before = f"«One\n\n{PHOTO}\n\nTwo»"
    after = run(operation, before)
    assert after is not None
    text = unmark(after)[0]
    assert f"\n\n{PHOTO}\n\n" in text
    assert [r.ref for r in find_photo_refs(text)] == [r.ref for r in find_photo_refs(unmark(before)[0])]
    assert run(operation, f"«{PHOTO}»") is None


def test_a_selection_ending_at_the_start_of_a_line_leaves_that_line_out() -> None:
    # (and a blank line keeps "two" out of the new list)
    assert run(toggle_bullets, "«one\n»two") == "- «one\n»\ntwo"


@given(
    st.lists(st.from_regex(r"[A-Za-z][A-Za-z ]{0,10}[A-Za-z]", fullmatch=True), min_size=1, max_size=5),
    st.sampled_from([toggle_quote, toggle_bullets, toggle_numbers]),
)
def test_lines_toggled_twice_read_the_same(lines: list[str], toggle) -> None:
    """On and off again keeps every line's text (lists come back as separate paragraphs)."""
    marked = "«" + "\n\n".join(lines) + "»"
    once = run(toggle, marked)
    assert once is not None
    twice = run(toggle, once)
    assert twice is not None
    assert unmark(twice)[0].split("\n\n") == lines
