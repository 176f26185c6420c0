"""Enter, Shift+Enter, Backspace and Delete in the body's Markdown (domain/paragraph_keys.py).

Each case is written with "|" for the caret, before and after the key."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.paragraph_keys import Edit, backspace, delete, enter, in_code_block, line_break
from workstation.services.rendering.body import markdown_to_html


def press(rule: Callable[[str, int], Edit | None], before: str) -> str | None:
    position = before.index("|")
    text = before.replace("|", "", 1)
    edit = rule(text, position)
    if edit is None:
        return None
    after, caret = edit.apply(text)
    return after[:caret] + "|" + after[caret:]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The first trams run in 2031.|", "The first trams run in 2031.\n\n|"),
        ("Split he|re", "Split he\n\n|re"),
        ("Spaces stay |at the split", "Spaces stay \n\n|at the split"),  # as in a word processor
        ("|At the start", "\n\n|At the start"),  # an empty paragraph above, the caret stays
        ("One.|\n\nTwo.", "One.\n\n|\n\nTwo."),  # a new empty paragraph between two
        ("Soft-wrapped line|\nrest of the paragraph", "Soft-wrapped line\n\n|rest of the paragraph"),
        ("## Heading|\nText right below", "## Heading\n\n|\n\nText right below"),
        ("## Heading|", "## Heading\n\n|"),
        ("Before a line break<br>|\nafter", "Before a line break\n\n|after"),
        ("A\n\n|", "A\n\n\n|"),  # on an empty line: a plain new line
    ],
)
def test_enter_in_a_paragraph_starts_a_new_one(before, after):
    assert press(enter, before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("- one|", "- one\n- |"),
        ("* one|", "* one\n* |"),
        ("- one|\n- two", "- one\n- |\n- two"),
        ("- spl|it", "- spl\n- |it"),
        ("- |text", "- \n- |text"),  # at the start of the text: an empty item above
        ("1. one|", "1. one\n2. |"),
        ("1) one|", "1) one\n2) |"),
        ("1. one|\n2. two\n3. three", "1. one\n2. |\n3. two\n4. three"),  # the rest renumbered
        ("1. one|\n2. two\n    - nested\n3. three", "1. one\n2. |\n3. two\n    - nested\n4. three"),
        ("1. one|\n1. two", "1. one\n1. |\n1. two"),  # "1." on every item: so is the new one
        ("1. one\n1. two|", "1. one\n1. two\n1. |"),
        ("1. one|\n5. two", "1. one\n2. |\n5. two"),  # not numbered in order: left as written
        ("    - nested|", "    - nested\n    - |"),
        ("> - quoted item|", "> - quoted item\n> - |"),
    ],
)
def test_enter_in_a_list_continues_it(before, after):
    assert press(enter, before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("- one\n- |", "- one\n\n|"),
        ("- |", "|"),
        ("- one\n- |\n- two", "- one\n\n|\n\n- two"),  # the list splits around a paragraph
        ("1. one\n2. |", "1. one\n\n|"),
        ("- one\n    - |", "- one\n- |"),  # a nested list goes up a level
        ("1. one\n    - |", "1. one\n2. |"),
        ("> - one\n> - |", "> - one\n>\n> |"),  # the list ends, the quote goes on
    ],
)
def test_enter_on_an_empty_item_ends_the_list(before, after):
    assert press(enter, before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("> A quote|", "> A quote\n>\n> |"),  # a new paragraph of the quote
        ("> Split |here", "> Split \n>\n> |here"),
        ("> One line|\n> of the same paragraph", "> One line\n>\n> |of the same paragraph"),
        (">no space|", ">no space\n>\n> |"),
        ("> A quote\n>\n> |", "> A quote\n\n|"),  # an empty quote paragraph ends the quote
        ("> A quote\n> |", "> A quote\n\n|"),
        ("> A quote\n> |\nText", "> A quote\n\n|\n\nText"),
        ("> > inner\n> >\n> > |", "> > inner\n>\n> |"),  # back to the outer quote
    ],
)
def test_enter_in_a_quote(before, after):
    assert press(enter, before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("```\nprint(1)|\n```", "```\nprint(1)\n|\n```"),
        ("```python|\nx = 1\n```", "```python\n|\nx = 1\n```"),  # after the opening fence
        ("~~~\n- not a list|\n~~~", "~~~\n- not a list\n|\n~~~"),
        ("````\n```|\n````", "````\n```\n|\n````"),  # a shorter fence does not close
        ("```\ncode\n```|", "```\ncode\n```\n\n|"),  # after the closing fence: a paragraph
    ],
)
def test_enter_in_a_code_block_is_a_plain_new_line(before, after):
    assert press(enter, before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("First line|", "First line<br>\n|"),
        ("Mid|dle", "Mid<br>\n|dle"),
        ("- item|", "- item<br>\n    |"),  # the next line stays in the item
        ("> quote|", "> quote<br>\n> |"),
        ("## Heading|", "## Heading<br>|"),  # a heading is one line
        ("```\ncode|\n```", "```\ncode\n|\n```"),
    ],
)
def test_shift_enter_is_a_line_break(before, after):
    assert press(line_break, before) == after


def test_a_line_break_renders_inside_the_paragraph():
    html = markdown_to_html("First line<br>\nsecond line\n\nNext paragraph")
    assert html == "<p>First line<br>\nsecond line</p>\n<p>Next paragraph</p>"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("One.\n\n|Two.", "One.|Two."),  # joined in one step, the blank line gone
        ("One.\n\n\n\n|Two.", "One.|Two."),
        ("One.\n\n|\n\nTwo.", "One.|\n\nTwo."),  # an empty paragraph goes
        ("One.  \n\n|Two.", "One.|Two."),
        ("\n\n|Top", "|Top"),
        ("- |item", "|item"),  # the bullet goes, the text stays
        ("> - |item", "> |item"),
        ("> |quoted", "|quoted"),  # the paragraph leaves the quote
        ("> one\n>\n> |two", "> one\n\n|two"),
    ],
)
def test_backspace_at_the_start_of_a_paragraph_joins_it(before, after):
    assert press(backspace, before) == after


@pytest.mark.parametrize(
    "before",
    [
        "|Start of the body",
        "Line one\n|line two",  # one newline back, as in any field
        "Mid|dle",
        "> one\n> |two",  # inside a quote's paragraph
        "```\ncode\n```\n\n|After",
        "```\n\n|code\n```",
    ],
)
def test_backspace_elsewhere_is_left_to_the_field(before):
    assert press(backspace, before) is None


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("One.|\n\nTwo.", "One.|Two."),
        ("One. |\n\n\nTwo.", "One.|Two."),
    ],
)
def test_delete_at_the_end_of_a_paragraph_joins_the_next(before, after):
    assert press(delete, before) == after


@pytest.mark.parametrize("before", ["One.|\nTwo.", "One.|", "O|ne.\n\nTwo.", "One.|\n\n```\ncode\n```"])
def test_delete_elsewhere_is_left_to_the_field(before):
    assert press(delete, before) is None


def test_in_code_block_counts_fences():
    text = "Text\n```\ncode\n```\nafter"
    assert [in_code_block(text, text.index(word)) for word in ("Text", "code", "after")] == [
        False,
        True,
        False,
    ]


_LINES = st.lists(
    st.sampled_from(
        ["Text.", "", "- item", "1. one", "> quote", ">", "## Head", "```", "word<br>", "    - sub"]
    ),
    max_size=8,
)


@given(lines=_LINES, data=st.data())
def test_every_edit_stays_inside_the_text(lines, data):
    text = "\n".join(lines)
    position = data.draw(st.integers(min_value=0, max_value=len(text)))
    for rule in (enter, line_break, backspace, delete):
        edit = rule(text, position)
        if edit is None:
            continue
        assert 0 <= edit.start <= edit.end <= len(text)
        after, caret = edit.apply(text)
        assert 0 <= caret <= len(after)


@given(lines=_LINES, data=st.data())
def test_enter_then_backspace_joins_back(lines, data):
    """A new paragraph and Backspace at its start give the paragraph back (plain paragraphs)."""
    text = "\n\n".join(line for line in lines if line and line[0].isalpha() and "<" not in line)
    if not text:
        return
    position = data.draw(st.integers(min_value=0, max_value=len(text)))
    split = enter(text, position)
    after, caret = split.apply(text)
    joined = backspace(after, caret)
    if position == 0 or text[position - 1] == "\n" or text[position : position + 1] in ("", "\n", " "):
        return  # at a paragraph's edge Enter adds an empty paragraph; covered above
    assert joined is not None
    assert joined.apply(after)[0] == text
