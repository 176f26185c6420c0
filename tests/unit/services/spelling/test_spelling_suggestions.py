"""Suggestions come from the helper process."""

import threading
import time

import pytest

from workstation.services.spelling.checker import SpellChecker
from workstation.services.spelling.suggestions import SuggestionProcess


def test_suggestions_in_english_and_swedish_from_the_helper_process(tmp_path) -> None:
    spell = SpellChecker(tmp_path)
    process = SuggestionProcess()
    try:
        assert "council" in process.suggest(spell.dictionaries["en_US"], "councl")
        assert "förhandlingarna" in process.suggest(spell.dictionaries["sv_SE"], "förhandlngarna")
    finally:
        process.close()


@pytest.mark.timing
def test_a_suggestion_leaves_this_process_free_to_run_python(tmp_path) -> None:
    """The GIL is not held while the helper works: this thread keeps ticking."""
    spell = SpellChecker(tmp_path)
    process = SuggestionProcess()
    files = spell.dictionaries["sv_SE"]
    process.suggest(files, "parkerign")  # started, dictionary loaded
    result: list[list[str]] = []
    worker = threading.Thread(target=lambda: result.append(process.suggest(files, "förhandlngarna")))
    gaps: list[float] = []
    try:
        last = time.perf_counter()
        worker.start()
        while worker.is_alive():
            time.sleep(0.002)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
        assert result
        assert "förhandlingarna" in result[0]
        assert len(gaps) > 5  # the suggestion took a while, and this thread ran meanwhile
        assert max(gaps) < 0.1
    finally:
        worker.join()
        process.close()
