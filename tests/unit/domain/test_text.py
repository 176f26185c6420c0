"""Words, reading time and slugs as the page shows them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.article import ArticleContent
from workstation.domain.text import (
    TextCount,
    count_words,
    name_key,
    plural,
    reader_text,
    reading_minutes,
    slugify,
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("Kim Jong-Un orders drones", 4),  # an inner hyphen keeps one word
        ("don't stop", 2),
        ("don’t stop", 2),  # typographic apostrophe
        ("North Korea's dictator", 3),
        ("— , . ! ?", 0),  # punctuation alone is no word
        ("Malmö och Göteborg", 3),
        ("2024 was 1 year", 4),
        ("snake_case", 2),  # the underscore separates
        ("See [the report](https://example.com/a-long-url-with-many-words) now", 4),
        ("![a photo](photo.jpg)", 2),
        ("<p class='lead'>Two words</p>", 2),
    ],
)
def test_count_words(text, words):
    assert count_words(text) == words


def test_count_words_adds_up_several_texts():
    assert count_words("one two", "", "three") == 3
    assert count_words() == 0


def test_article_word_count_covers_headline_standfirst_and_body_only():
    content = ArticleContent(
        headline="Two words",
        standfirst="three more words",
        body="and four in body",
        byline="Not counted here",
        source_note="Nor this",
        tags=("nor", "tags"),
    )
    assert content.word_count == 9


@pytest.mark.parametrize(
    ("words", "minutes"),
    [(0, 1), (1, 1), (249, 1), (250, 1), (251, 2), (500, 2), (501, 3), (2500, 10)],
)
def test_reading_minutes(words, minutes):
    assert reading_minutes(words) == minutes


def test_reading_minutes_of_a_summary_and_content_agree():
    body = " ".join(["word"] * 251)
    assert ArticleContent(body=body).reading_minutes == 2
    assert ArticleContent().reading_minutes == 1


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Sport & Fotboll", "sport-fotboll"),
        ("Åsa Öberg på Västkusten", "asa-oberg-pa-vastkusten"),
        ("Sverige", "sverige"),
        ("SMÅLAND ÄR STÖRST", "smaland-ar-storst"),
        ("  --Hej!!  ", "hej"),
        ("Kim Jong-Un", "kim-jong-un"),
        ("Nr. 1 i Malmö", "nr-1-i-malmo"),
        ("", ""),
        ("!!!", ""),
        ("北朝鮮", ""),  # nothing ASCII survives; callers supply a fallback
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


@given(st.text())
def test_slugify_only_ever_gives_lowercase_ascii_words_and_single_hyphens(text):
    slug = slugify(text)
    assert all(c in "abcdefghijklmnopqrstuvwxyz0123456789-" for c in slug)
    assert not slug.startswith("-")
    assert not slug.endswith("-")
    assert "--" not in slug


@pytest.mark.parametrize(
    ("n", "words", "text"),
    [
        (1, ("tag",), "1 tag"),
        (0, ("tag",), "0 tags"),
        (3, ("new section",), "3 new sections"),
        (2, ("article was", "articles were"), "2 articles were"),
        (1, ("article was", "articles were"), "1 article was"),
    ],
)
def test_plural(n, words, text):
    assert plural(n, *words) == text


def test_name_key_ignores_case_and_spacing():
    assert name_key("  North   KOREA ") == name_key("north korea") == "north korea"
    assert name_key("Straße") == name_key("STRASSE")


# Markup that can pair up across a join ("](", "<", ...) is left out: without it, words never
# span whitespace, so counting a space-joined text equals counting its parts.
_PLAIN = st.text(alphabet=st.characters(exclude_characters="[]()<>", exclude_categories=["Cs"]), max_size=60)


@given(st.lists(_PLAIN, max_size=6))
def test_count_words_is_non_negative_and_additive_over_spaces(parts):
    total = count_words(" ".join(parts))
    assert total >= 0
    assert total == sum(count_words(part) for part in parts)
    assert count_words(*parts) == total


@given(st.text())
def test_count_words_never_fails_and_is_non_negative(text):
    assert count_words(text) >= 0


SHA = "3961053366810d10ea6ae875e0cd0163df3d961fc5fad7e12d4c93bb6f20ea81"


@pytest.mark.parametrize(
    ("markdown", "shown"),
    [
        ("", ""),
        ("Plain words.", "Plain words."),
        (f"Before.\n\n![The council chamber during the vote.](photo:{SHA})\n\nAfter.", "Before.\nAfter."),
        (f'Text ![Drones](photo:{SHA[:10]} "At the site")  more.', "Text more."),
        ("## A sub-heading ##", "A sub-heading"),
        ("# Title", "Title"),
        ("#hashtag stays", "#hashtag stays"),
        ("Some **bold**, *italic*, __strong__ and _emphasis_.", "Some bold, italic, strong and emphasis."),
        ("> A quote\n> > nested *words*", "A quote\nnested words"),
        ("- one\n* two\n+ three\n1. four\n12) five\n- [x] done", "one\ntwo\nthree\nfour\nfive\ndone"),
        ("> - quoted item", "quoted item"),
        ("See [the report](https://example.com/a-long-url) and [this][ref].", "See the report and this."),
        (
            "Mail <mailto:desk@example.com> or <https://example.com>",
            "Mail mailto:desk@example.com or https://example.com",
        ),
        ("<p class='lead'>Two words</p>", "Two words"),
        (
            "snake_case and 5 * 3 stay; \\*escaped\\* too; ~~struck~~",
            "snake_case and 5 * 3 stay; *escaped* too; struck",
        ),
        ("Use `**not bold**` here", "Use **not bold** here"),
        ("```\n![code](photo:abcdef12)\n```", "![code](photo:abcdef12)"),
        ("One\n\n---\n\n***\n\nTwo", "One\nTwo"),
        ("[ref]: https://example.com/x\nText", "Text"),
        ("A hard break  \nand a backslash one\\\nend", "A hard break\nand a backslash one\nend"),
    ],
)
def test_reader_text_is_what_a_reader_sees(markdown: str, shown: str) -> None:
    assert reader_text(markdown) == shown


def test_reader_text_counts_a_photo_as_nothing() -> None:
    """The first-use review: inserting a photo took the counters from 118 to 125 words."""
    body = "Kim Jong-Un has personally overseen the test firing.\n\nExperts say the drones resemble others."
    with_photo = body.replace("\n\n", f"\n\n![The city council chamber during the vote.](photo:{SHA})\n\n", 1)
    assert count_words(reader_text(with_photo)) == count_words(reader_text(body)) == 14
    assert len(reader_text(with_photo)) == len(reader_text(body))


@given(st.text(max_size=200))
def test_reader_text_never_fails_and_never_adds_words(text: str) -> None:
    assert count_words(reader_text(text)) <= count_words(text) + text.count("_") + text.count("*")


# -- what a reader reads, and its counts ------------------------------------------------------

_SHA = "3f2a9c" + "0" * 58


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("", ""),
        ("Plain prose.", "Plain prose."),
        (f"Before.\n\n![Kim at a drone test](photo:{_SHA})\n\nAfter.", "Before.\nAfter."),
        (f'![a \\[b\\] c](photo:{_SHA[:12]} "title")', ""),  # a short reference, escapes, a title
        ("![a web picture](https://example.com/a.jpg)", ""),
        ("## A heading ##", "A heading"),
        ("###### Six", "Six"),
        ("#hashtag", "#hashtag"),  # no space: not a heading
        ("> A quote\n> > nested", "A quote\nnested"),
        ("- one\n* two\n+ three\n  - nested", "one\ntwo\nthree\nnested"),
        ("1. first\n2) second", "first\nsecond"),
        ("**bold**, *italic*, __strong__, _em_, ~~gone~~, `code`", "bold, italic, strong, em, gone, code"),
        ("See [the report](https://example.com/a-long-url) and [this][ref].", "See the report and this."),
        ("5 * 3 = 15, snake_case and file_name_here", "5 * 3 = 15, snake_case and file_name_here"),
        ("\\*not emphasis\\* and \\[not a link\\](x)", "*not emphasis* and [not a link](x)"),
        ("Text\n\n---\n\n***\n\nMore", "Text\nMore"),
        ("Title\n=====\n\nSub\n---", "Title\nSub"),
        ("```python\nprint('hi')\n```", "print('hi')"),
        ("[ref]: https://example.com/long\nText", "Text"),
        ("<b>Bold</b> and<br>next <!-- a note -->", "Bold and next"),
        ("<https://example.com> stays", "https://example.com stays"),
        ("   indented   \n\n\n\nlines   ", "indented\nlines"),
    ],
)
def test_reader_text(markdown, text):
    assert reader_text(markdown) == text


def test_reader_text_without_blocks_keeps_line_starts():
    assert reader_text("# Not a heading in a standfirst *but* this", blocks=False) == (
        "# Not a heading in a standfirst but this"
    )


@pytest.mark.parametrize(
    ("markdown", "words", "characters"),
    [
        ("", 0, 0),
        ("\n\n   \n", 0, 0),
        ("Malmö, Göteborg och Västerås är städer i Sverige.", 8, 49),
        ("Åsa Öberg på Västkusten säger att sjön är isfri", 9, 47),
        ("Kim Jong-Un orders drones", 4, 25),
        (f"Two words\n\n![Three more words](photo:{_SHA})", 2, 9),  # the reference is not text
        ("## Rubrik\n\n**Fetstil** text", 3, 18),  # "Rubrik" + "Fetstil text", no markers
        ("[Länk](https://example.com/en-mycket-lång-adress)", 1, 4),
        ("one\ntwo", 2, 6),  # a line break is not a character
    ],
)
def test_text_count_of_markdown(markdown, words, characters):
    assert TextCount.of_markdown(markdown) == TextCount(words, characters)


def test_text_counts_add_up():
    assert TextCount.of("Two words") + TextCount.of("and three more") == TextCount(5, 23)
    assert TextCount.of("") == TextCount() == TextCount(0, 0)


@given(st.text())
def test_reader_text_never_fails_and_never_adds_text(markdown):
    text = reader_text(markdown)
    assert len(text) <= len(markdown)
    assert TextCount.of(text).characters <= len(text)
