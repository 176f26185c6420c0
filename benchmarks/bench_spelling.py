"""Spell checking in the body's highlighter, on a 2,000-word English article (about 2 % of its
words misspelt, so the underlines are drawn too).

Full re-check: `SpellingController.recheck()` (what adding a word does: the body highlighted
again with the spelling hook over the shipped en_GB dictionary, as the typed text is British,
its per-block cache emptied, Hunspell's word cache warm) and its paint, against the same
highlighter's `rehighlight()` with no hook (Markdown only), alternating; the first, cold-cache
re-check is reported beside it.

Per keystroke: real keys (QTest.keyClick) typed into two such bodies side by side, one with
checking on and one off, in turns of 25 keys, at the end of a paragraph with no misspelling;
the difference of their wall times to `processEvents()` at p50 is the budget (a paragraph is
checked when a word ends, in a zero-delay timer, or once typing pauses), the highlighter's time
per keystroke (perf_counter around highlightBlock) is reported beside it. The word being typed
is not marked until the caret leaves it. Needs no store.
"""

from __future__ import annotations

import random
import time

from benchmarks.bench_render import article_body
from benchmarks.common import Check, Result, Settings, median, percentile, time_ms
from benchmarks.gui import activate, close_window, idle, qt_app, type_char
from benchmarks.prose import typed_text
from workstation.domain.text import count_words

NAME = "spelling"
WORDS = 2000
RUNS = 30
KEYSTROKES = 300
SEGMENT = 25  # keys typed into one field before the other's turn
BUDGET_FULL_MS = 20.0
BUDGET_KEY_MS = 1.0
MISSPELT_SHARE = 0.02


def misspelt_body(seed: int = 11) -> tuple[str, int]:
    """The render benchmark's article with one word in fifty misspelt (a letter doubled)."""
    rng = random.Random(seed)
    words = article_body(WORDS).split(" ")
    count = 0
    for index, word in enumerate(words):
        if word.isalpha() and len(word) > 3 and rng.random() < MISSPELT_SHARE:
            words[index] = word[:2] + word[2] * 2 + word[3:]
            count += 1
    return " ".join(words), count


def run(_settings: Settings | None = None) -> Result:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter

    from workstation.services.spelling.checker import SpellChecker
    from workstation.services.spelling.suggestions import SuggestionProcess
    from workstation.ui.articles.markdown_highlighter import MarkdownHighlighter
    from workstation.ui.common.tasks import TaskRunner
    from workstation.ui.spelling.controller import SpellingController

    class TimedHighlighter(MarkdownHighlighter):
        """The app's highlighter, its time per block recorded while `recording`."""

        def __init__(self, document: object) -> None:
            super().__init__(document)  # type: ignore[arg-type]
            self.samples: list[float] = []
            self.recording = False

        def highlightBlock(self, text: str) -> None:
            started = time.perf_counter()
            super().highlightBlock(text)
            if self.recording:
                self.samples.append((time.perf_counter() - started) * 1000)

    app = qt_app()
    body, misspelt = misspelt_body()
    checker = SpellChecker(None)
    checker.load("en-GB")
    controller = SpellingController(checker, TaskRunner(), SuggestionProcess())
    controller.language = "en-GB"
    # Both bodies side by side in one active window: the focus moves between them as typed.
    window = QMainWindow()
    splitter = QSplitter()
    window.setCentralWidget(splitter)
    window.resize(QSize(1800, 700))
    edits, highlighters = [], []
    for checking in (True, False):
        edit = QPlainTextEdit()
        highlighter = TimedHighlighter(edit.document())
        if checking:
            highlighter.block_hook = controller.check_block
            controller.add_highlighted("body", "Body", edit, highlighter)
        edit.setPlainText(body)
        splitter.addWidget(edit)
        edits.append(edit)
        highlighters.append(highlighter)
    window.show()
    activate(window)
    QApplication.processEvents()
    underlines = len(controller.misspellings())

    # controller.recheck(): what a word added or a dictionary loaded does, its block cache
    # emptied (the Hunspell word cache stays warm but for the cold first one).
    checker.reload_personal()
    cold_ms = time_ms(controller.recheck)
    on_ms: list[float] = []
    off_ms: list[float] = []
    for _ in range(RUNS):
        on_ms.append(time_ms(lambda: (controller.recheck(), QApplication.processEvents())))
        off_ms.append(time_ms(lambda: (highlighters[1].rehighlight(), QApplication.processEvents())))

    # Per keystroke: at the end of the first paragraph past the middle with no misspelling and
    # no Markdown format (a block with any format is laid out and painted again on every
    # keystroke by Qt, about 3 ms here, whether a misspelling's underline or a **bold** word).
    block = edits[0].document().findBlock(len(body) // 2)
    while block.isValid() and (
        checker.check_text(block.text(), "en-GB") or any(c in block.text() for c in "*[#>")
    ):
        block = block.next()
    for edit in edits:
        cursor = edit.textCursor()
        cursor.setPosition(block.position() + len(block.text()))
        edit.setTextCursor(cursor)
        edit.centerCursor()
    text = typed_text(KEYSTROKES, seed=5)
    key_on: list[float] = []
    key_off: list[float] = []
    per_key: dict[int, list[float]] = {0: [], 1: []}  # highlighter time summed per keystroke
    # In turns of SEGMENT keys (a focus change repaints both fields: not once a key).
    for first in range(0, len(text), SEGMENT):
        for index, samples in ((0, key_on), (1, key_off)):
            edit, highlighter = edits[index], highlighters[index]
            edit.setFocus()
            app.processEvents()
            for char in text[first : first + SEGMENT]:
                highlighter.samples.clear()
                highlighter.recording = True
                started = time.perf_counter()
                type_char(edit, char)
                app.processEvents()
                samples.append((time.perf_counter() - started) * 1000)
                highlighter.recording = False
                per_key[index].append(sum(highlighter.samples))
                idle(2)
    close_window(window)
    controller.shutdown()

    full_on = median(on_ms)
    full_off = median(off_ms)
    on_p50, on_p99 = percentile(per_key[0], 50), percentile(per_key[0], 99)
    off_p50, off_p99 = percentile(per_key[1], 50), percentile(per_key[1], 99)
    overhead = percentile(key_on, 50) - percentile(key_off, 50)
    return Result(
        name=NAME,
        measured=f"re-check median {full_on:.1f} ms; per key p50 {percentile(key_on, 50):.3f} ms",
        baseline=f"Markdown only: {full_off:.1f} ms; per key p50 {percentile(key_off, 50):.3f} ms",
        ratio=full_on / full_off if full_off else None,
        checks=[
            Check(f"full re-check <= {BUDGET_FULL_MS:.0f} ms", full_on, BUDGET_FULL_MS),
            Check(f"per-keystroke overhead p50 <= {BUDGET_KEY_MS:.0f} ms", overhead, BUDGET_KEY_MS),
        ],
        notes=[
            f"{count_words(body)} words, {misspelt} misspelt ({underlines} underlined), en_GB; "
            f"{RUNS} alternating re-checks; the first, cold-cache re-check {cold_ms:.1f} ms",
            f"highlighter time a keystroke ({len(text)} keys each): checking on p50 {on_p50:.3f} / "
            f"p99 {on_p99:.3f} ms, off p50 {off_p50:.3f} / p99 {off_p99:.3f} ms",
            f"wall time a keystroke to processEvents: on p50 {percentile(key_on, 50):.2f} / p99 "
            f"{percentile(key_on, 99):.2f} ms, off p50 {percentile(key_off, 50):.2f} / p99 "
            f"{percentile(key_off, 99):.2f} ms",
        ],
    )


if __name__ == "__main__":
    print(run())
