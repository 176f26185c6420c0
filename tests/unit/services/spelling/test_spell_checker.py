"""The checker over the shipped dictionaries: Swedish and English, compounds, what is skipped,
the personal and shared words, per-span language."""

from pathlib import Path

import pytest

from workstation.domain.errors import WorkstationError
from workstation.services.spelling.checker import SpellChecker


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> SpellChecker:
    spell = SpellChecker(tmp_path_factory.mktemp("data"))
    for language in ("sv", "en", "en-GB"):
        spell.load(language)
    return spell


def flagged(checker: SpellChecker, text: str, language: str) -> list[str]:
    return [w.text for w in checker.check_text(text, language)]


def test_the_shipped_dictionaries_are_found_for_the_article_languages(checker: SpellChecker) -> None:
    assert {"sv_SE", "en_US", "en_GB"} <= set(checker.dictionaries)
    assert checker.dictionary_for("sv") == "sv_SE"
    assert checker.dictionary_for("en") == "en_US"
    assert checker.dictionary_for("en-GB") == "en_GB"
    assert checker.dictionary_for("fi") is None


def test_swedish_compounds_are_accepted_and_a_misspelt_one_is_flagged(checker: SpellChecker) -> None:
    assert flagged(checker, "sjukhusparkeringen", "sv") == []
    assert flagged(checker, "sjukhusparkeringn", "sv") == ["sjukhusparkeringn"]
    assert flagged(checker, "Regeringen möts i Göteborg på måndag.", "sv") == []


def test_english_misspellings_are_flagged_and_the_region_matters(checker: SpellChecker) -> None:
    assert flagged(checker, "Teh councl will meet agian", "en") == ["Teh", "councl", "agian"]
    assert flagged(checker, "The colour of the council", "en") == ["colour"]
    assert flagged(checker, "The colour of the council", "en-GB") == []
    assert flagged(checker, "It doesn't matter", "en") == []


def test_markdown_urls_code_html_email_digits_and_acronyms_are_skipped(checker: SpellChecker) -> None:
    text = (
        "## Rubrik med **fett** och *kursivt*\n"
        "- en [länk](https://exampel.se/felstavat) och https://www.sajt.se/fellet\n"
        '`kodfelet` <abbr title="xyzzy">FN</abbr> &nbsp; skriv till nyhetr@tidnig.se\n'
        "Mål 3a i F16-klassen, NATO och EU-kommissionen.\n"
        "```\nhelt felstavd kodd här\n```\n"
        "<!-- kommentarr --> www.felet.se\n"
        "[ref]: https://felet.se/sökväg\n"
    )
    assert flagged(checker, text, "sv") == []
    assert flagged(checker, "en [länkk](https://a.se) `rätt`", "sv") == ["länkk"]


def test_a_span_gives_its_words_another_language(checker: SpellChecker) -> None:
    text = 'Han sa: <span lang="en">the council will meet again</span> och gick.'
    assert flagged(checker, text, "sv") == []
    assert flagged(checker, text.replace("council", "councl"), "sv") == ["councl"]
    # Without the span, the English words are Swedish misspellings.
    assert "council" in flagged(checker, "Han sa: the council will meet again", "sv")
    assert checker.languages_used(text, "sv") == {"sv", "en"}


def test_a_fence_opened_in_one_line_holds_until_it_closes(checker: SpellChecker) -> None:
    assert flagged(checker, "```python\nxyzzy\n\nplugh\n```\nfelstavningg", "sv") == ["felstavningg"]


def test_personal_words_are_kept_in_a_utf8_file_per_language(tmp_path: Path) -> None:
    spell = SpellChecker(tmp_path)
    spell.load("sv")
    assert flagged(spell, "Kärnkraftsåtervinningsbolagetz", "sv") != []
    spell.add_word("Kärnkraftsåtervinningsbolagetz", "sv")
    assert flagged(spell, "Kärnkraftsåtervinningsbolagetz", "sv") == []
    stored = (tmp_path / "spelling" / "sv.txt").read_text(encoding="utf-8")
    assert stored == "Kärnkraftsåtervinningsbolagetz\n"
    # Another language's list is its own; a new checker reads the file.
    spell.load("en")
    assert flagged(spell, "Kärnkraftsåtervinningsbolagetz", "en") != []
    again = SpellChecker(tmp_path)
    again.load("sv")
    assert flagged(again, "Kärnkraftsåtervinningsbolagetz", "sv") == []
    assert again.set_personal_words("sv", [" Zlatanism ", "", "# a comment", "Zlatanism"]) == ["Zlatanism"]
    assert flagged(again, "Kärnkraftsåtervinningsbolagetz Zlatanism", "sv") == [
        "Kärnkraftsåtervinningsbolagetz"
    ]


def test_shared_words_from_the_newsroom_and_ignored_words(tmp_path: Path) -> None:
    spell = SpellChecker(tmp_path, shared_words=["Xfjordia"])
    spell.load("en")
    assert flagged(spell, "Xfjordia councl", "en") == ["councl"]
    assert spell.check_text("councl", "en", frozenset({"councl"})) == []


def test_an_unreadable_personal_list_is_named(tmp_path: Path) -> None:
    (tmp_path / "spelling").mkdir()
    (tmp_path / "spelling" / "sv.txt").write_bytes(b"\xff\xfe\x00bad\x80")
    spell = SpellChecker(tmp_path)
    with pytest.raises(WorkstationError, match=r"sv\.txt"):
        spell.load("sv")


def test_a_dictionary_dropped_in_the_data_dir_is_used(tmp_path: Path) -> None:
    folder = tmp_path / "dictionaries"
    folder.mkdir()
    (folder / "xx_XX.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (folder / "xx_XX.dic").write_text("2\nblorp\nfnord\n", encoding="utf-8")
    spell = SpellChecker(tmp_path)
    assert spell.dictionary_for("xx") == "xx_XX"
    assert spell.load("xx") == "xx_XX"
    assert flagged(spell, "blorp fnord blarp", "xx") == ["blarp"]


def test_a_language_with_no_dictionary_marks_nothing(tmp_path: Path) -> None:
    spell = SpellChecker(tmp_path)
    assert spell.load("fi") is None
    assert flagged(spell, "qwxz vbnm", "fi") == []
