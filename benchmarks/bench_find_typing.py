"""Find and replace on a 5,000-word body in the real main window: typing into the body while the
find bar is open with a common word found, and typing into the find field itself.

1. Body: the find bar is open on "the" (hundreds of matches, highlighted on screen); keystrokes go
   in turn into the app's focused body and a bare QPlainTextEdit with the same text, font and size,
   one every 50 ms, each timed from just before the key until QApplication.processEvents()
   returns (as `typing` does). The find bar's refresh is coalesced on a timer (REFRESH_MS): twice
   the typing pauses long enough for it to run, and a 1 ms tick monitor measures the longest GUI
   stall around it. The body's matches must have followed the typing by the end.
2. Find field: queries typed a character at a time into findEdit (from the third character a
   search of every field, the count, the highlights on screen and the first match selected on
   each keystroke; one or two characters are searched once typing pauses), against the same keys
   typed into a bare QLineEdit; after each query, the longest GUI stall while it is searched.
"""

from __future__ import annotations

import gc
import tempfile
import time
from pathlib import Path

from benchmarks.common import Check, Result, Settings, median, percentile
from benchmarks.gui import (
    TickMonitor,
    activate,
    bare_editor,
    close_window,
    gc_pauses,
    idle,
    open_window,
    qt_app,
    quiet_alerts,
    settle,
    type_char,
)
from benchmarks.prose import markdown_body, typed_text

NAME = "find_typing"
BODY_WORDS = 5000
KEYSTROKES = 300
WARMUP = 20
SLOT_MS = 50
SEGMENTS = 3
QUERIES = ("government", "the", "e", "minister said", "Stockholm")
BUDGET_RATIO = 1.5
BUDGET_P99_MS = 16.0
BUDGET_FIND_KEY_P95_MS = 16.0  # a keystroke in the find field, search and highlights included


def _stats(samples: list[float]) -> str:
    return f"p50 {median(samples):.2f} / p99 {percentile(samples, 99):.2f} ms"


def run(_settings: Settings) -> Result:
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QPlainTextEdit

    from benchmarks.bench_typing import _cursor_below
    from workstation.domain.article import ArticleContent
    from workstation.ui.articles.find_controller import REFRESH_MS, SHORT_QUERY_MS

    app = qt_app()
    body = markdown_body(BODY_WORDS, seed=5000)
    typed = typed_text(WARMUP + KEYSTROKES, seed=11)
    with quiet_alerts() as alerts, tempfile.TemporaryDirectory(prefix="bench-find-") as tmp:
        window = open_window(Path(tmp))
        assert window.workspace is not None
        article = window.workspace.articles.create(
            ArticleContent(
                headline="The budget passes after the night", standfirst="The vote was close.", body=body
            )
        )
        window.signals.articles_changed.emit([article.id])
        window.list_pane.select_article(article.id)
        settle(window)
        editor = window.editing.editor
        controller = window.editing.find.controller
        bar = controller.bar
        app_edit = editor.body_edit
        font, size = app_edit.font(), app_edit.size()
        bare_window, bare_edit = bare_editor(body, font, size)
        activate(window)

        # -- 2 first: typing in the find field ---------------------------------------------
        line_window = QMainWindow()
        bare_line = QLineEdit()
        line_window.setCentralWidget(bare_line)
        line_window.show()
        activate(window)  # the keys go to the app's window; the bare line takes them sent directly
        find_ms: list[float] = []
        line_ms: list[float] = []
        counts: dict[str, int] = {}
        search_stalls: dict[str, float] = {}
        app_edit.setFocus()
        window.commands.find_in_article.trigger()
        idle(50)
        for query in QUERIES:
            bar.find_edit.selectAll()
            bare_line.selectAll()
            for char in query:
                for edit, samples in ((bar.find_edit, find_ms), (bare_line, line_ms)):
                    t0 = time.perf_counter()
                    type_char(edit, char)
                    QApplication.processEvents()
                    samples.append((time.perf_counter() - t0) * 1000)
                idle(30)
            # A short query is searched once typing pauses: the GUI stall of that search.
            monitor = TickMonitor()
            monitor.idle(SHORT_QUERY_MS + 150)
            search_stalls[query] = monitor.worst_ms
            counts[query] = len(controller.matches)
        find_key_p95 = percentile(find_ms, 95)

        # -- 1: typing in the body with the bar open ---------------------------------------
        bar.find_edit.selectAll()
        for char in "the":
            type_char(bar.find_edit, char)
        QApplication.processEvents()
        before_matches = len(controller.matches)
        activate(window)
        app_edit.setFocus()
        idle(50)
        if QApplication.focusWidget() is not app_edit or not bar.isVisible():
            raise RuntimeError("the body did not get the keyboard with the find bar open")
        editors: dict[str, QPlainTextEdit] = {"app": app_edit, "bare": bare_edit}
        for edit in editors.values():
            _cursor_below(edit, edit.document().blockCount() // 2)
        idle(50)
        refreshes: list[float] = []
        controller.searched.connect(lambda: refreshes.append(time.perf_counter()))
        samples: dict[str, list[float]] = {name: [] for name in editors}
        pause_stalls: list[float] = []
        per_segment = -(-KEYSTROKES // SEGMENTS)
        typing_idle = TickMonitor()
        gc.collect()
        with gc_pauses():
            for i, char in enumerate(typed):
                slot_start = time.perf_counter()
                for name in list(editors) if i % 2 else list(editors)[::-1]:
                    if name == "app" and char == "\n" and typed[i - 1 : i] == "\n":
                        continue  # the body's one Enter made the paragraph break ("\n\n") already
                    t0 = time.perf_counter()
                    type_char(editors[name], char)
                    QApplication.processEvents()
                    if i >= WARMUP:
                        samples[name].append((time.perf_counter() - t0) * 1000)
                measured = i - WARMUP + 1
                if measured > 0 and measured % per_segment == 0 and measured < KEYSTROKES:
                    monitor = TickMonitor()
                    monitor.idle(REFRESH_MS * 2 + 100)  # the coalesced refresh runs in here
                    pause_stalls.append(monitor.worst_ms)
                    continue
                typing_idle.idle(SLOT_MS - (time.perf_counter() - slot_start) * 1000)
        keystroke_refreshes = len(refreshes)
        idle(REFRESH_MS * 2)
        final_text = app_edit.toPlainText()
        expected = sum(1 for m in controller.matches if m.target == "body")
        from workstation.domain.find import Finder

        really = len(Finder(bar.options()).spans(final_text))
        if expected != really:
            raise RuntimeError(
                f"the matches did not follow the typing ({expected} shown, {really} in the text)"
            )
        if bare_edit.toPlainText() != final_text:
            raise RuntimeError("the baseline editor did not receive the same keystrokes")
        t0 = time.perf_counter()
        for _ in range(10):
            controller.refresh()
        refresh_ms = (time.perf_counter() - t0) * 100
        window_size = window.size()
        controller.close()
        close_window(line_window)
        close_window(window)
        close_window(bare_window)
        app.processEvents()
    if alerts:
        raise RuntimeError(f"the window showed a message: {alerts[0]}")

    app_ms, bare_ms = samples["app"], samples["bare"]
    ratio = median(app_ms) / median(bare_ms)
    notes = [
        f"body: {BODY_WORDS:,}+ words, {len(body):,} characters; window {window_size.width()}x"
        f"{window_size.height()}; find bar open on “the” ({before_matches:,} matches at the start)",
        f"typing in the body, find bar open: app {_stats(app_ms)}, max {max(app_ms):.1f} ms; "
        f"bare QPlainTextEdit {_stats(bare_ms)}",
        f"the bar's refresh ran {keystroke_refreshes} times in {KEYSTROKES + WARMUP} keystrokes "
        f"(coalesced: {REFRESH_MS} ms after typing pauses); one refresh of every field {refresh_ms:.1f} ms; "
        f"longest GUI stall in the pauses {max(pause_stalls, default=0):.1f} ms "
        f"({', '.join(f'{ms:.1f}' for ms in pause_stalls)}), "
        f"between keystrokes {typing_idle.worst_ms:.1f} ms",
        f"typing in the find field: {_stats(find_ms)}, p95 {find_key_p95:.2f}, max {max(find_ms):.1f} ms; "
        f"bare QLineEdit {_stats(line_ms)}; matches: " + ", ".join(f"“{q}” {n:,}" for q, n in counts.items()),
        "longest GUI stall after each query (a one- or two-letter query is searched when typing "
        f"pauses {SHORT_QUERY_MS} ms): " + ", ".join(f"“{q}” {ms:.1f} ms" for q, ms in search_stalls.items()),
    ]
    return Result(
        name=NAME,
        measured=f"app {_stats(app_ms)}; find key p95 {find_key_p95:.2f} ms",
        baseline=f"bare {_stats(bare_ms)}",
        ratio=ratio,
        checks=[
            Check(f"body p50 ratio <= {BUDGET_RATIO:.1f}", ratio, BUDGET_RATIO),
            Check(f"body p99 <= {BUDGET_P99_MS:.0f} ms", percentile(app_ms, 99), BUDGET_P99_MS),
            Check(f"find key p95 <= {BUDGET_FIND_KEY_P95_MS:.0f} ms", find_key_p95, BUDGET_FIND_KEY_P95_MS),
        ],
        notes=notes,
    )
