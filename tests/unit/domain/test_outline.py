"""The outline of a body: its headings, their levels and lines, and the one a line is under."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.outline import Heading, heading_at, headings


def test_atx_headings_with_their_levels_lines_and_reader_text():
    body = (
        "Intro.\n\n## The **army** wants drones\n\nText.\n\n"
        "### What [KCNA](https://kcna.kp) said ###\n\n#### Deep"
    )
    assert headings(body) == [
        Heading(2, "The army wants drones", 2),
        Heading(3, "What KCNA said", 6),
        Heading(4, "Deep", 8),
    ]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("", []),
        ("No headings at all.\n\nJust text.", []),
        ("#hashtag is not a heading", []),
        ("####### seven is too many", []),
        ("    ## indented code", []),
        ("   ## three spaces are fine", [Heading(2, "three spaces are fine", 0)]),
        ("##", [Heading(2, "", 0)]),  # an empty heading, being typed
        ("# Svenska rubriker: Malmö och Göteborg", [Heading(1, "Svenska rubriker: Malmö och Göteborg", 0)]),
        ("Title\n=====\n\nSub title\n---\n\nText", [Heading(1, "Title", 0), Heading(2, "Sub title", 3)]),
        ("Text\n\n---\n\nMore", []),  # a rule after a blank line, not a heading
        ("- a list item\n---", []),
        ("```\n## not a heading in code\n```\n## After", [Heading(2, "After", 3)]),
        ("~~~~\n## still code\n~~~\n## still code\n~~~~\n## Out", [Heading(2, "Out", 5)]),
        ("```\n## never closed", []),
    ],
)
def test_headings(body, found):
    assert headings(body) == found


def test_heading_at_a_line():
    outline = [Heading(2, "A", 2), Heading(3, "B", 6), Heading(2, "C", 10)]
    lines = (0, 1, 2, 5, 6, 9, 10, 500)
    assert [heading_at(outline, line) for line in lines] == [None, None, 0, 0, 1, 1, 2, 2]
    assert heading_at([], 3) is None


@given(st.text())
def test_headings_never_fail_and_stay_in_order(body):
    found = headings(body)
    lines = [h.line for h in found]
    assert lines == sorted(set(lines))
    assert all(1 <= h.level <= 6 and "\n" not in h.text for h in found)
    assert all(0 <= line < body.count("\n") + 1 for line in lines)
