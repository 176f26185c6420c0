"""The pieces every formatting edit is built from: one TextEdit, the smallest range that
changes, and the selection carried over."""

from __future__ import annotations

from workstation.domain.markdown_edit import TextEdit, clamp, combine, lines_between, map_position


def test_combine_keeps_only_what_changes_and_maps_the_selection() -> None:
    edit = combine("abc", [(1, 1, "**"), (2, 2, "**")], 1, 2)
    assert edit == TextEdit(1, 2, "**b**", (3, 4))
    assert combine("abc", [], 1, 1) == TextEdit(1, 1, "", (1, 1))
    assert not combine("abc", [], 1, 1).changes_text


def test_pieces_that_change_nothing_or_overlap_are_dropped() -> None:
    assert combine("abc", [(1, 1, "")], 0, 0) == TextEdit(0, 0, "", (0, 0))
    # two segments in one span would both delete its marker: the first piece wins
    assert combine("**a** b", [(0, 2, ""), (1, 3, "")], 0, 0).apply("**a** b") == "a** b"
    # a piece that replaces text with the same text is no change
    assert combine("- a", [(0, 2, "- ")], 0, 0) == TextEdit(0, 0, "", (0, 0))


def test_a_position_inside_a_replaced_range_goes_to_its_start_or_end() -> None:
    pieces = [(2, 6, "xy")]
    assert map_position(pieces, 4, after=False) == 2
    assert map_position(pieces, 4, after=True) == 4
    assert map_position(pieces, 8, after=False) == 6
    assert map_position([(3, 3, "**")], 3, after=True) == 5
    assert map_position([(3, 3, "**")], 3, after=False) == 3


def test_lines_and_selections_are_kept_inside_the_text() -> None:
    assert clamp("abc", 9, -1) == (0, 3)
    assert lines_between("one\ntwo\nthree", 1, 5) == [(0, 3), (4, 7)]
    assert lines_between("one\ntwo\nthree", 1, 4) == [(0, 3)]  # ends at the start of "two"
    assert lines_between("", 0, 0) == [(0, 0)]
