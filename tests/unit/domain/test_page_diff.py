"""The page diff: paragraphs aligned first, removed and added ones whole, word marks only inside
paragraphs that still read alike; photos matched by the photo."""

from __future__ import annotations

from workstation.domain.diff import SegmentKind
from workstation.domain.page_diff import (
    BlockChangeKind,
    BlockKind,
    PageBlock,
    VersionView,
    diff_blocks,
    diff_views,
    similarity,
)

P, H, PHOTO = BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PHOTO
EQ, CH, DEL, INS = (
    BlockChangeKind.EQUAL,
    BlockChangeKind.CHANGED,
    BlockChangeKind.DELETED,
    BlockChangeKind.INSERTED,
)


def _p(text: str) -> PageBlock:
    return PageBlock(P, text)


def _kinds(changes) -> list[tuple[str, str]]:
    return [(c.kind.value, c.block.text) for c in changes]


FIRST = "The city council voted 61 to 40 on Tuesday to build the tram line."
QUOTE = "This is the biggest investment in public transport in a generation, said the commissioner."
LINK = "The full decision is published on the city's website. Construction starts in 2026."
NOTE = "Web desk note: added by the night editor on the site."


def test_one_new_sentence_replacing_three_paragraphs_is_shown_whole_not_shredded() -> None:
    # The first-use review's conflict: the site replaced three paragraphs with one new one.
    mine = [_p(FIRST), PageBlock(H, "What the line will change"), _p(QUOTE), _p(LINK)]
    site = [_p(FIRST.replace("on Tuesday", "late on Tuesday")), _p(NOTE)]
    changes = diff_blocks(site, mine)
    assert _kinds(changes) == [
        ("changed", FIRST),
        ("deleted", NOTE),
        ("inserted", "What the line will change"),
        ("inserted", QUOTE),
        ("inserted", LINK),
    ]
    edited = changes[0]
    assert [(s.kind, s.text) for s in edited.segments if s.kind is not SegmentKind.EQUAL] == [
        (SegmentKind.DELETED, "late ")
    ]
    # Nothing of the night editor's sentence is spread over the other paragraphs.
    assert all(not c.segments for c in changes[1:])


def test_equal_paragraphs_align_around_an_insert() -> None:
    old = [_p("One."), _p("Two."), _p("Three.")]
    new = [_p("One."), _p("A new paragraph between."), _p("Two."), _p("Three.")]
    assert _kinds(diff_blocks(old, new)) == [
        ("equal", "One."),
        ("inserted", "A new paragraph between."),
        ("equal", "Two."),
        ("equal", "Three."),
    ]


def test_paragraphs_that_read_alike_pair_in_order_others_stand_whole() -> None:
    old = [_p("Alpha beta gamma delta epsilon."), _p("Completely different words here.")]
    new = [_p("Something unrelated entirely."), _p("Alpha beta gamma delta zeta.")]
    changes = diff_blocks(old, new)
    assert [(c.kind, c.block.text) for c in changes] == [
        (INS, "Something unrelated entirely."),
        (CH, "Alpha beta gamma delta zeta."),
        (DEL, "Completely different words here."),
    ]


def test_a_photo_is_the_same_photo_whatever_its_caption() -> None:
    old = [PageBlock(PHOTO, "A tram.", photo="a" * 64, stored=True)]
    new = [PageBlock(PHOTO, "A tram at Slussen.", photo="a" * 64, stored=True)]
    (change,) = diff_blocks(old, new)
    assert change.kind is CH
    assert any(s.kind is SegmentKind.INSERTED and "at Slussen" in s.text for s in change.segments)
    other = [PageBlock(PHOTO, "A tram.", photo="b" * 64, stored=True)]
    assert [c.kind for c in diff_blocks(old, other)] == [DEL, INS]
    assert similarity(old[0], _p("A tram.")) == 0.0


def test_same_words_other_formatting_is_a_change() -> None:
    old = [PageBlock(P, "Starts in 2026.")]
    new = [PageBlock(P, "Starts in 2026.", markup="Starts in <b>2026</b>.")]
    (change,) = diff_blocks(old, new)
    assert change.kind is CH
    assert all(s.kind is SegmentKind.EQUAL for s in change.segments)


def test_views_compare_field_by_field_and_name_the_body() -> None:
    old = VersionView(headline="Old", body=(_p("Same."),), byline="TT", tags=("A",))
    new = VersionView(headline="New", body=(_p("Same."), _p("Added.")), byline="TT", tags=("A", "B"))
    result = diff_views(old, new)
    assert [f.name for f in result.changed_fields] == ["headline", "body", "tags"]
    assert result.body_changed
    assert not result.field_changed("byline")
    assert not diff_views(old, old).changed


def test_alignment_is_over_paragraphs_not_words() -> None:
    # 5,000 words in 100 paragraphs, one edited: one alignment of 100 keys and one word diff.
    paragraphs = [_p(" ".join(f"word{n}x{i}" for i in range(50))) for n in range(100)]
    edited = list(paragraphs)
    edited[40] = _p(paragraphs[40].text.replace("word40x7", "changed"))
    changes = diff_blocks(paragraphs, edited)
    assert [c.kind for c in changes].count(CH) == 1
    assert [c.kind for c in changes].count(EQ) == 99
