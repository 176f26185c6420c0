"""House style rules and their findings: each names the field and quotes the text."""

from __future__ import annotations

from workstation.domain.house_style import HouseStyle, WordRule, parse_house_style, style_findings


def _messages(texts: dict[str, str], style: HouseStyle | None = None) -> list[tuple[str, str]]:
    return [(f.field, f.message) for f in style_findings(texts, style or HouseStyle())]


def test_a_repeated_word_is_named_with_its_field() -> None:
    assert _messages({"body": "The council will meet the the mayor."}) == [
        ("body", "Repeated word in the body: “the the”.")
    ]
    assert _messages({"headline": "Storm Storm hits"}) == [
        ("headline", "Repeated word in the headline: “Storm Storm”.")
    ]


def test_repeats_in_code_links_and_numbers_are_not_typos() -> None:
    assert _messages({"body": "Run `go go` and [see](https://x.se/a/a) in 10 10 cases."}) == []


def test_a_double_space_is_quoted() -> None:
    (finding,) = _messages({"standfirst": "North Korea's leader  wants drones."})
    assert finding[0] == "standfirst"
    assert "Double space in the standfirst" in finding[1]
    assert "leader  wants" in finding[1]


def test_a_sentence_over_the_limit_is_named() -> None:
    long = " ".join(f"w{n}" for n in range(12)) + ". Short one."
    assert _messages({"body": long}, HouseStyle(sentence_limit=10)) == [
        ("body", "A sentence in the body has 12 words (keep to 10): “w0 w1 w2 w3 w4 w5 …”.")
    ]
    assert _messages({"body": long}, HouseStyle(sentence_limit=12)) == []


def test_banned_and_discouraged_words_and_house_spellings() -> None:
    style = HouseStyle(
        banned=(WordRule("utilize", "use"),),
        discouraged=(WordRule("very"),),
        spellings=("Kim Jong-un",),
    )
    texts = {"body": "They utilize very many drones.", "source_note": "Photo of Kim Jong-Un by TT"}
    assert _messages(texts, style) == [
        ("body", "Banned word in the body: “utilize”; write “use”."),
        ("body", "Discouraged word in the body: “very”."),
        ("source_note", "House spelling in the source note: “Kim Jong-Un” is “Kim Jong-un”."),
    ]
    assert _messages({"body": "Kim Jong-un and every utilizer"}, style) == []


def test_rules_parse_from_the_newsrooms_text_with_problems_naming_the_line() -> None:
    text = """# Sweden Herald
headline limit: 70
sentence limit: 30
banned: utilize => use
discouraged: very
spelling: Kim Jong-un
typography quotes: off
colour: red
sentence limit: many
"""
    style, problems = parse_house_style(text, "house-style.txt")
    assert (style.headline_limit, style.sentence_limit) == (70, 30)
    assert style.banned == (WordRule("utilize", "use"),)
    assert style.discouraged == (WordRule("very"),)
    assert style.spellings == ("Kim Jong-un",)
    assert not style.typography.quotes
    assert style.typography.dashes
    assert problems[0].startswith("house-style.txt, line 8: unknown rule 'colour'")
    assert problems[1].startswith("house-style.txt, line 9: sentence limit must be a number")


def test_the_newsrooms_rules_add_to_the_organisations() -> None:
    base, _ = parse_house_style("banned: utilize\nheadline limit: 80", "preset")
    style, _ = parse_house_style("banned: irregardless\nheadline limit: 60", "own", base)
    assert [rule.word for rule in style.banned] == ["utilize", "irregardless"]
    assert style.headline_limit == 60


def test_a_hash_inside_a_word_is_not_a_comment_and_an_empty_word_is_refused() -> None:
    style, problems = parse_house_style(
        "spelling: C#  # the language\nbanned: => use\n# a comment line\nbanned: utilize => use", "rules.txt"
    )
    assert style.spellings == ("C#",)
    assert style.banned == (WordRule("utilize", "use"),)
    assert problems == ['rules.txt, line 2: banned needs a word before "=>", got "banned: => use"']
