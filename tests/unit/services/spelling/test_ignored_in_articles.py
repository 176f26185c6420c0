"""The words ignored in an article, kept in the data dir: read back by a new instance (the
next start), per article, and a damaged file is a sentence naming it."""

from __future__ import annotations

import json

import pytest

from workstation.domain.errors import WorkstationError
from workstation.services.spelling.ignored import IgnoredWords


def test_ignored_words_are_kept_per_article_across_starts(tmp_path) -> None:
    first = IgnoredWords(tmp_path)
    first.add("7@2026-12-01T09:00:00+00:00", "Wlodarczykowna")
    first.add("7@2026-12-01T09:00:00+00:00", "Krzysztofa")
    first.add("9@2026-12-02T10:00:00+00:00", "Zlatan")
    again = IgnoredWords(tmp_path)
    assert again.words("7@2026-12-01T09:00:00+00:00") == {"Wlodarczykowna", "Krzysztofa"}
    assert again.words("9@2026-12-02T10:00:00+00:00") == {"Zlatan"}
    assert again.words("7@2026-12-04T12:00:00+00:00") == frozenset()  # id 7 given again later
    assert again.words(None) == frozenset()
    stored = json.loads((tmp_path / "spelling" / "ignored-in-articles.json").read_text(encoding="utf-8"))
    assert stored == {
        "7@2026-12-01T09:00:00+00:00": ["Krzysztofa", "Wlodarczykowna"],
        "9@2026-12-02T10:00:00+00:00": ["Zlatan"],
    }


def test_a_hand_edited_file_with_odd_entries_is_read_for_what_it_holds(tmp_path) -> None:
    path = tmp_path / "spelling" / "ignored-in-articles.json"
    path.parent.mkdir()
    path.write_text('{"\u00b2": ["x"], "3@t": "not a list", "4@t": ["ok", 5, ""]}', encoding="utf-8")
    ignored = IgnoredWords(tmp_path)
    assert ignored.words("4@t") == {"ok"}
    assert ignored.words("3@t") == frozenset()


def test_a_damaged_file_is_named_and_never_written_over_silently(tmp_path) -> None:
    path = tmp_path / "spelling" / "ignored-in-articles.json"
    path.parent.mkdir()
    path.write_text("{not json", encoding="utf-8")
    ignored = IgnoredWords(tmp_path)
    with pytest.raises(WorkstationError, match=r"ignored-in-articles\.json"):
        ignored.words("1@t")
    with pytest.raises(WorkstationError, match=r"ignored-in-articles\.json"):
        ignored.add("1@t", "word")
    assert path.read_text(encoding="utf-8") == "{not json"


def test_an_unwritable_folder_is_a_sentence(tmp_path) -> None:
    (tmp_path / "spelling").write_text("a file where the folder goes", encoding="utf-8")
    with pytest.raises(WorkstationError, match=r"the words ignored in articles, .*ignored-in-articles\.json"):
        IgnoredWords(tmp_path).add("1@t", "word")
