"""The keystroke path of spell checking: a prose line re-checked against the words known good."""

from __future__ import annotations

from workstation.services.spelling.tokens import Word, line_words, misspelt_in_plain_line

KNOWN = {"The", "council", "will", "meet", "again", "on", "Friday", "end", "said", "it's"}


def _test(word: str) -> bool:
    return word in KNOWN


def test_misspelt_words_are_found_with_their_places_and_good_words_remembered() -> None:
    good: set[str] = set()
    line = "Teh council will meet agian on Friday. Teh end."
    found = misspelt_in_plain_line(line, good, _test)
    assert found == [
        Word(0, 3, "Teh", None),
        Word(22, 27, "agian", None),
        Word(39, 42, "Teh", None),
    ]
    assert all(line[w.start : w.end] == w.text for w in found)
    assert {"council", "will", "meet", "on", "Friday"} <= good
    assert "Teh" not in good
    # Words that are not looked up (one letter, digits, acronyms) count as good.
    assert misspelt_in_plain_line("A NATO 3rd council", good, _test) == []
    assert {"A", "NATO", "3rd"} <= good


def test_the_same_answer_as_the_full_scan_on_prose() -> None:
    line = "The councl will meet agian on Friday, it's said."
    words, _after = line_words(line)
    full = [w for w in words if not _test(w.text)]
    assert misspelt_in_plain_line(line, set(), _test) == full


def test_a_line_with_markup_a_fence_or_a_reference_is_left_to_the_full_scan() -> None:
    for line in (
        "Teh `code` here",
        "See [Teh](https://example.com)",
        "```python",
        "[id]: https://x.se",
        "a <b>c</b>",
    ):
        assert misspelt_in_plain_line(line, set(), _test) is None
