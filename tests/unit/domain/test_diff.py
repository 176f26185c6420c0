"""Word-level differences between article versions, their size, and their HTML."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.article import ArticleContent, ArticleStatus
from workstation.domain.diff import (
    DiffSegment,
    FieldKind,
    SegmentKind,
    change_size,
    diff_content,
    diff_text,
    tokenize,
)
from workstation.services.rendering.diff_html import diff_to_html, format_change_size

EQ, INS, DEL = SegmentKind.EQUAL, SegmentKind.INSERTED, SegmentKind.DELETED


def _pairs(segments: tuple[DiffSegment, ...]) -> list[tuple[str, str]]:
    return [(s.kind.value, s.text) for s in segments]


def _old(segments: tuple[DiffSegment, ...]) -> str:
    return "".join(s.text for s in segments if s.kind is not INS)


def _new(segments: tuple[DiffSegment, ...]) -> str:
    return "".join(s.text for s in segments if s.kind is not DEL)


# -- text fields -------------------------------------------------------------------------------


def test_tokens_are_words_spaces_and_marks_and_join_back() -> None:
    text = "Kim Jong-Un's  drones,\n\nsaid KCNA."
    assert tokenize(text) == ["Kim", " ", "Jong-Un's", "  ", "drones", ",", "\n\n", "said", " ", "KCNA", "."]
    assert "".join(tokenize(text)) == text


def test_unchanged_text_is_one_equal_segment() -> None:
    assert _pairs(diff_text("Same words.", "Same words.")) == [("equal", "Same words.")]
    assert diff_text("", "") == ()


def test_inserted_words() -> None:
    segments = diff_text("The drones flew.", "The new drones flew north.")
    assert _pairs(segments) == [
        ("equal", "The "),
        ("inserted", "new "),
        ("equal", "drones flew"),
        ("inserted", " north"),
        ("equal", "."),
    ]


def test_deleted_words() -> None:
    segments = diff_text("The very new drones flew.", "The drones flew.")
    assert _pairs(segments) == [("equal", "The "), ("deleted", "very new "), ("equal", "drones flew.")]


def test_replaced_word_shows_deletion_before_insertion() -> None:
    segments = diff_text("The quick brown fox.", "The quick red fox.")
    assert _pairs(segments) == [
        ("equal", "The quick "),
        ("deleted", "brown"),
        ("inserted", "red"),
        ("equal", " fox."),
    ]


def test_neighbouring_replacements_read_as_one_change() -> None:
    # Spaces between replaced words fold into the change rather than splitting it word by word.
    assert _pairs(diff_text("a b c", "x y z")) == [("deleted", "a b c"), ("inserted", "x y z")]


def test_paragraphs_survive_and_new_paragraph_is_an_insertion() -> None:
    old = "First paragraph.\n\nSecond paragraph."
    new = "First paragraph.\n\nSecond paragraph, longer.\n\nThird paragraph."
    segments = diff_text(old, new)
    assert _old(segments) == old
    assert _new(segments) == new
    assert ("inserted", ", longer") in _pairs(segments)
    assert ("inserted", "\n\nThird paragraph.") in _pairs(segments)
    assert ("equal", "First paragraph.\n\nSecond paragraph") in _pairs(segments)


def test_change_in_one_paragraph_of_many_leaves_the_others_equal() -> None:
    paragraphs = [f"Paragraph {n} says something about item {n}." for n in range(40)]
    new = list(paragraphs)
    new[20] = "Paragraph 20 says something else about item 20."
    segments = diff_text("\n\n".join(paragraphs), "\n\n".join(new))
    changes = [s for s in segments if s.kind is not EQ]
    assert [(s.kind, s.text) for s in changes] == [(INS, "else ")]


def test_long_single_paragraph_still_diffs_word_by_word() -> None:
    chooser = random.Random(5)
    words = [f"word{chooser.randrange(2000)}" for _ in range(5000)]
    new = list(words)
    new[1000] = "CHANGED"
    new.insert(4000, "ADDED")
    segments = diff_text(" ".join(words), " ".join(new))
    changes = [(s.kind, s.text) for s in segments if s.kind is not EQ]
    assert changes == [(DEL, words[1000]), (INS, "CHANGED"), (INS, "ADDED ")]


def _random_article_text(chooser: random.Random, words: int, paragraph_breaks: bool) -> list[str]:
    vocabulary = ["the", "a", "said", "drones", "Korea", "of", "and", ",", ".", "state", "media", "new"]
    vocabulary += [f"w{n}" for n in range(300)]
    tokens = []
    for _ in range(words):
        tokens.append(chooser.choice(vocabulary))
        tokens.append("\n\n" if paragraph_breaks and chooser.random() < 0.02 else " ")
    return tokens


@pytest.mark.parametrize("paragraph_breaks", [True, False])
@pytest.mark.parametrize("seed", range(4))
def test_large_texts_at_every_level_give_back_both_texts(seed: int, paragraph_breaks: bool) -> None:
    chooser = random.Random(seed)
    tokens = _random_article_text(chooser, 4000, paragraph_breaks)
    edited = list(tokens)
    for _ in range(chooser.choice([5, 60, 600])):
        at = chooser.randrange(len(edited))
        edited[at : at + chooser.randrange(3)] = chooser.choice([[], ["NEW"], ["NEW", " ", "WORDS"]])
    old, new = "".join(tokens), "".join(edited)
    segments = diff_text(old, new)
    assert _old(segments) == old
    assert _new(segments) == new


@given(
    st.lists(st.sampled_from(["a", "b", "cat", "dog", " ", "\n", "\n\n", ".", ",", "Ö"]), max_size=40),
    st.lists(st.sampled_from(["a", "b", "cat", "dog", " ", "\n", "\n\n", ".", ",", "Ö"]), max_size=40),
)
def test_segments_give_back_both_texts(old_parts: list[str], new_parts: list[str]) -> None:
    old, new = "".join(old_parts), "".join(new_parts)
    segments = diff_text(old, new)
    assert _old(segments) == old
    assert _new(segments) == new
    assert all(s.text for s in segments)
    # Neighbouring segments never share a kind (they would have been merged).
    assert all(a.kind != b.kind for a, b in itertools.pairwise(segments))


# -- whole articles ----------------------------------------------------------------------------


def test_content_diff_covers_every_field_in_page_order() -> None:
    result = diff_content(ArticleContent(), ArticleContent())
    assert [f.name for f in result.fields] == [
        "headline",
        "standfirst",
        "body",
        "byline",
        "source_note",
        "tags",
        "section",
        "status",
        "language",
        "word_target",
    ]
    assert not result.changed
    assert result.changed_fields == ()


def test_tag_changes_are_per_tag() -> None:
    old = ArticleContent(tags=("North Korea", "Drones", "Military"))
    new = ArticleContent(tags=("North Korea", "Military", "Kim Jong-Un"))
    tags = diff_content(old, new).field("tags")
    assert tags.kind is FieldKind.LIST
    assert _pairs(tags.segments) == [
        ("equal", "North Korea"),
        ("deleted", "Drones"),
        ("equal", "Military"),
        ("inserted", "Kim Jong-Un"),
    ]
    assert (tags.words_added, tags.words_removed) == (2, 1)  # "Kim", "Jong-Un"


def test_section_change_uses_names_when_given() -> None:
    old, new = ArticleContent(section_id=1), ArticleContent(section_id=2)
    named = diff_content(old, new, {1: "World", 2: "Sports"}).field("section")
    assert _pairs(named.segments) == [("deleted", "World"), ("inserted", "Sports")]
    unnamed = diff_content(old, new).field("section")
    assert _pairs(unnamed.segments) == [("deleted", "Section 1"), ("inserted", "Section 2")]
    added = diff_content(ArticleContent(), new, {2: "Sports"}).field("section")
    assert _pairs(added.segments) == [("inserted", "Sports")]


def test_status_and_language_changes() -> None:
    old = ArticleContent(status=ArticleStatus.DRAFT, language="en")
    new = ArticleContent(status=ArticleStatus.READY, language="sv")
    result = diff_content(old, new)
    assert _pairs(result.field("status").segments) == [("deleted", "Draft"), ("inserted", "Ready")]
    assert _pairs(result.field("language").segments) == [("deleted", "en"), ("inserted", "sv")]
    assert [f.name for f in result.changed_fields] == ["status", "language"]
    assert change_size(old, new) == (0, 0)  # values are not words of text


def test_a_word_target_change_shows_as_words() -> None:
    result = diff_content(ArticleContent(word_target=400), ArticleContent(word_target=1200))
    target = result.field("word_target")
    assert _pairs(target.segments) == [("deleted", "400 words"), ("inserted", "1,200 words")]
    assert [f.name for f in result.changed_fields] == ["word_target"]
    set_now = diff_content(ArticleContent(), ArticleContent(word_target=400)).field("word_target")
    assert _pairs(set_now.segments) == [("inserted", "400 words")]  # no target before: nothing deleted


def test_unknown_field_name_raises() -> None:
    with pytest.raises(KeyError):
        diff_content(ArticleContent(), ArticleContent()).field("nope")


# -- change size -------------------------------------------------------------------------------


def test_change_size_counts_words_added_and_removed_over_fields() -> None:
    old = ArticleContent(headline="drones ordered", body="The leader ordered drones today.")
    new = ArticleContent(
        headline="Mass drones ordered",
        body="The leader ordered many more drones.",
        byline="TT",
        tags=("Drones",),
    )
    # +Mass, +many more, -today, +TT, +Drones
    assert change_size(old, new) == (5, 1)
    assert change_size(old, old) == (0, 0)


def test_change_size_counts_separate_changes_separately() -> None:
    old = ArticleContent(body="one two three four five six")
    new = ArticleContent(body="one NEW two three MORE four five six ADDED")
    assert change_size(old, new) == (3, 0)


def test_change_size_of_a_new_article_is_all_its_words() -> None:
    content = ArticleContent(headline="One two", body="three four five")
    assert change_size(ArticleContent(), content) == (5, 0)


@pytest.mark.parametrize(
    ("added", "removed", "text"),
    [
        (12, 3, "+12 \u22123 words"),
        (1, 0, "+1 word"),
        (0, 1, "\u22121 word"),
        (1, 1, "+1 \u22121 words"),
        (1200, 0, "+1,200 words"),
        (0, 0, "No text changes"),
    ],
)
def test_format_change_size(added: int, removed: int, text: str) -> None:
    assert format_change_size(added, removed) == text


# -- HTML --------------------------------------------------------------------------------------


def test_html_marks_insertions_and_deletions_under_field_headings() -> None:
    old = ArticleContent(headline="Old title", body="Keep this. Drop that.")
    new = ArticleContent(headline="New title", body="Keep this. Add more.")
    page = diff_to_html(diff_content(old, new))
    assert "HEADLINE" in page
    assert "BODY" in page
    assert "BYLINE" not in page  # unchanged fields are left out by default
    assert "<del" in page
    assert ">Old</del>" in page
    assert "<ins" in page
    assert ">New</ins>" in page
    assert "line-through" in page
    assert "background-color" in page
    assert "display:flex" not in page
    assert "grid" not in page


def test_replaced_markup_reads_as_one_change_not_letter_soup() -> None:
    segments = diff_text("<b>bold</b>", "<script>alert('x')</script>")
    assert _pairs(segments) == [
        ("equal", "<"),
        ("deleted", "b>bold</b"),
        ("inserted", "script>alert('x')</script"),
        ("equal", ">"),
    ]


def test_html_escapes_text_in_every_kind_of_segment() -> None:
    old = ArticleContent(headline="<b>bold</b>", body="Safe & sound", tags=("<i>",), byline="<u>x</u>")
    new = ArticleContent(
        headline="<b>bold</b> <script>alert('x')</script>",
        body="Safe & sound <img src=x onerror=y>",
        tags=('"q"',),
        source_note="<script>new()</script>",
    )
    page = diff_to_html(diff_content(old, new), only_changed=False, title="<title>")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;script&gt;new()&lt;/script&gt;" in page
    assert "<img" not in page
    assert "&lt;img src=x onerror=y&gt;" in page
    assert "<b>bold" not in page
    assert "&lt;b&gt;bold" in page
    assert "<u>" not in page
    assert "&lt;u&gt;x&lt;/u&gt;" in page
    assert "&amp;" in page
    assert "<i>" not in page.replace("<i>none</i>", "").replace("<i>empty</i>", "")
    assert "&quot;q&quot;" in page
    assert "&lt;title&gt;" in page


def test_html_keeps_paragraphs_and_marks_changed_breaks() -> None:
    old = ArticleContent(body="One.\n\nTwo.")
    new = ArticleContent(body="One.\n\nTwo.\n\nThree.")
    page = diff_to_html(diff_content(old, new))
    assert "One.<br><br>Two." in page
    assert ">\u00b6<br><br>Three.</ins>" in page  # the new paragraph break is visible inside <ins>


def test_html_shortens_long_unchanged_runs_but_can_show_all() -> None:
    paragraphs = [f"Paragraph number {n}." for n in range(30)]
    new = list(paragraphs)
    new[15] = "Paragraph number fifteen."
    old_content, new_content = (
        ArticleContent(body="\n\n".join(paragraphs)),
        ArticleContent(body="\n\n".join(new)),
    )
    short = diff_to_html(diff_content(old_content, new_content))
    assert "unchanged paragraphs" in short
    assert "Paragraph number 14." in short  # context next to the change
    assert "Paragraph number 2." not in short
    full = diff_to_html(diff_content(old_content, new_content), context=None)
    assert "unchanged paragraphs" not in full
    assert "Paragraph number 2." in full


def test_html_title_and_legend() -> None:
    page = diff_to_html(
        diff_content(ArticleContent(), ArticleContent()), title="Since <then>:", legend=("added", "removed")
    )
    assert "Since &lt;then&gt;:" in page
    assert ">&nbsp;added&nbsp;</ins>" in page
    assert ">&nbsp;removed&nbsp;</del>" in page


def test_html_for_no_changes_says_so() -> None:
    page = diff_to_html(diff_content(ArticleContent(), ArticleContent()), no_changes="Nothing differs.")
    assert "Nothing differs." in page
