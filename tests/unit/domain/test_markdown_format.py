"""Bold and italic on the body's Markdown: the selection «…» (or the caret ‸) before,
the text and the selection after."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fakes.markdown_marks import run, unmark
from workstation.domain.markdown_format import emphasis_spans, toggle_bold, toggle_italic
from workstation.domain.photo_refs import find_photo_refs

PHOTO = "![The council chamber.](photo:3961053366810d10ea6ae875e0cd0163df3d961fc5fad7e12d4c93bb6f20ea81)"


# -- bold and italic on a selection ------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The «council» will meet", "The **«council»** will meet"),
        # a double-click (or Ctrl+Shift+Right) takes the space after the word: it stays outside
        ("The «council »will meet", "The **«council»** will meet"),
        ("«The council will»", "**«The council will»**"),
        ("The **«council»** will", "The «council» will"),  # on bold text: off
        ("The «**council**» will", "The «council» will"),  # the markers selected too
        ("The «**council»** will", "The «council» will"),  # half of them
        ("The __«council»__ will", "The «council» will"),  # underscores are read as well
        ("a «**b** c»", "a **«b c»**"),  # partly bold: all of it bold, one pair of markers
        ("«a **b** c»", "**«a b c»**"),
        ("**very «bold** text»", "**«very bold text»**"),  # cuts into a span: takes it whole
        ("**very «bold» text**", "**very** «bold» **text**"),  # inside a span: off for the part
        ("**«very» bold**", "«very» **bold**"),
        ("**very «bold»**", "**very** «bold»"),
    ],
)
def test_bold_on_a_selection(before: str, after: str) -> None:
    assert run(toggle_bold, before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The «council» will", "The *«council»* will"),
        ("The *«council»* will", "The «council» will"),
        ("The _«council»_ will", "The «council» will"),
        ("The **«council»** will", "The ***«council»*** will"),  # bold and italic
        ("The ***«council»*** will", "The **«council»** will"),  # italic off, bold stays
        ("*very «long» text*", "*very* «long» *text*"),
    ],
)
def test_italic_on_a_selection(before: str, after: str) -> None:
    assert run(toggle_italic, before) == after


def test_bold_off_leaves_italic_on_bold_italic_text() -> None:
    assert run(toggle_bold, "The ***«council»*** will") == "The *«council»* will"


def test_nested_markers_italic_inside_bold_and_back() -> None:
    italic = run(toggle_italic, "**two wo‸rds**")
    assert italic == "**two *wo‸rds***"
    assert run(toggle_italic, italic) == "**two wo‸rds**"
    assert run(toggle_bold, "**two *wo‸rds***") == "**two** *wo‸rds*"


@given(st.from_regex(r"[A-Za-zåäö]{1,8}( [A-Za-zåäö]{1,8}){0,3}", fullmatch=True))
def test_on_then_off_gives_back_the_text(words: str) -> None:
    marked = f"Say «{words}» now"
    for toggle in (toggle_bold, toggle_italic):
        once = run(toggle, marked)
        assert once is not None
        assert run(toggle, once) == marked


# -- no selection: the word at the cursor -------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The coun‸cil will", "The **coun‸cil** will"),  # the caret stays in the word
        ("The ‸council will", "The **‸council** will"),
        ("The council‸ will", "The **council‸** will"),
        ("Kim Jong-‸Un said", "Kim **Jong-‸Un** said"),  # a word with a hyphen is one word
        ("The **coun‸cil** will", "The coun‸cil will"),
        ("The **council**‸ will", "The council‸ will"),  # just after the markers
        ("**two wo‸rds**", "**two** wo‸rds"),  # in a longer bold span: the word only
        ("The ‸ will", "The **‸** will"),  # no word: the pair, caret between
        ("‸", "**‸**"),
        ("The **‸** will", "The ‸ will"),  # the empty pair again: gone
        ("Run `ls ‸-l` now", "Run **`ls ‸-l`** now"),  # a code span whole
        ("See [the site](https://x.se/‸a) now", "See **[the site](https://x.se/‸a)** now"),
        ("See [the si‸te](https://x.se/a) now", "See [the **si‸te**](https://x.se/a) now"),
    ],
)
def test_bold_on_the_word_at_the_cursor(before: str, after: str) -> None:
    assert run(toggle_bold, before) == after


def test_italic_on_the_word_at_the_cursor() -> None:
    assert run(toggle_italic, "The coun‸cil") == "The *coun‸cil*"
    assert run(toggle_italic, "The ‸") == "The *‸*"
    assert run(toggle_italic, "The *‸*") == "The ‸"
    assert run(toggle_italic, "The **‸**") == "The ***‸***"  # an empty bold pair is not italic


# -- several lines, blocks and photos -----------------------------------------------------------


def test_bold_over_several_lines_wraps_each_line_after_its_block_markers() -> None:
    before = "- «one\n- two\n\n## three\n> four»"
    after = run(toggle_bold, before)
    assert after == "- **«one**\n- **two**\n\n## **three**\n> **four»**"
    assert run(toggle_bold, after) == "- «one\n- two\n\n## three\n> four»"


def test_lines_partly_bold_become_all_bold() -> None:
    assert run(toggle_bold, "«**one**\ntwo»") == "**«one**\n**two»**"


def test_a_photo_reference_is_never_wrapped_or_split() -> None:
    before = f"«Before {PHOTO} after\n\n{PHOTO}\n\nEnd»"
    after = run(toggle_bold, before)
    assert after == f"**«Before** {PHOTO} **after**\n\n{PHOTO}\n\n**End»**"
    text, _, _ = unmark(after)
    assert [ref.ref for ref in find_photo_refs(text)] == [
        ref.ref for ref in find_photo_refs(unmark(before)[0])
    ]


def test_nothing_to_do_in_a_photo_reference_or_a_selection_of_photos() -> None:
    caret_in_photo = PHOTO[:20] + "‸" + PHOTO[20:]
    assert run(toggle_bold, caret_in_photo) is None
    assert run(toggle_italic, f"«{PHOTO}»") is None
    assert run(toggle_bold, "«   »") is None


def test_selection_past_the_end_is_clamped() -> None:
    edit = toggle_bold("word", 0, 99)
    assert edit is not None
    assert edit.apply("word") == "**word**"


# -- the pieces under the operations ------------------------------------------------------------


def test_emphasis_spans_match_as_commonmark_does() -> None:
    text = "***both*** and **bold *in* it** and *a* snake_case_word 2*3*4 \\*no\\*"
    spans = [
        (text[s.open_start : s.content_start], text[s.content_start : s.content_end])
        for s in emphasis_spans(text, 0, len(text))
    ]
    assert spans == [
        ("**", "both"),
        ("*", "**both**"),
        ("*", "in"),
        ("**", "bold *in* it"),
        ("*", "a"),
        ("*", "3"),
    ]


def test_markers_inside_code_links_and_photos_are_not_emphasis() -> None:
    text = "`*a*` [x](https://x.se/*b*) ![*c*](photo:abcdef0123) <https://x.se/*d*>"
    assert emphasis_spans(text, 0, len(text)) == []


def test_a_run_closes_only_markers_of_its_own_character() -> None:
    text = "*a _b* c_ d"  # the page shows <em>a _b</em> c_ d
    spans = [
        (text[s.open_start : s.content_start], text[s.content_start : s.content_end])
        for s in emphasis_spans(text, 0, len(text))
    ]
    assert spans == [("*", "a _b")]
