"""Search as you type in the real main window over the 100k-article store.

The cached store is copied to a temporary directory first (the window writes settings.ini beside
it, and nothing may change the cache). For each query, Find in List (Ctrl+Shift+F) focuses the search field
and selects its text; the query is then typed a character at a time with human gaps (80-150 ms,
seeded) while the event loop runs, so the list's debounce timer and every intermediate query run
as they would. The time runs from just before the LAST keystroke until the list model is reset
for the final query (its modelReset, with model.query.search equal to the typed text); the time
until the list has also been repainted is reported beside it.

Baseline (informational): the service call the model makes for that final query,
ArticleService.list(query, 0, PAGE_SIZE), timed on its own right after.

Intermediate queries ("g", "go", "gov" ...) block the GUI thread while they run; the longest such
stall, measured with a 1 ms tick monitor during the gaps between keystrokes, is reported: a
keystroke typed then is echoed only after it.
"""

from __future__ import annotations

import gc
import random
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.bench_search import queries
from benchmarks.common import Check, Result, Settings, fmt_p, p50_p95, time_ms
from benchmarks.gui import TickMonitor, close_window, idle, idle_until, open_window, qt_app, quiet_alerts
from benchmarks.gui import type_char as press

NAME = "search_typing"
GAP_MS = (80, 150)  # between keystrokes
BEFORE_MS = 150  # after Find in List, before the first key
AFTER_MS = 250  # after the list has updated, before the next query
TIMEOUT_MS = 10_000
SEED = 11
BUDGET_P95_MS = 100.0
REFRESH_RUNS = 10


def _copy_store(source: Path, target: Path) -> float:
    started = time.perf_counter()
    target.mkdir()
    for path in source.iterdir():
        if path.is_file():
            shutil.copy2(path, target / path.name)
    return time.perf_counter() - started


def run(settings: Settings) -> Result:
    from PySide6.QtCore import QEvent, QObject

    from workstation.domain.query import ArticleQuery
    from workstation.ui.articles.list_model import PAGE_SIZE

    qt_app()
    store = settings.store
    qs = queries(store)
    rng = random.Random(SEED)

    class PaintStamp(QObject):
        """Stamps the first paint of the list's viewport after arm()."""

        def __init__(self) -> None:
            super().__init__()
            self.armed = False
            self.at: float | None = None

        def arm(self) -> None:
            self.armed, self.at = True, None

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if self.armed and event.type() == QEvent.Type.Paint:
                self.at, self.armed = time.perf_counter(), False
            return False

    with quiet_alerts() as alerts, tempfile.TemporaryDirectory(prefix="bench-search-typing-") as tmp:
        data_dir = Path(tmp) / "store"
        copy_seconds = _copy_store(store.data_dir, data_dir)
        window = open_window(data_dir)
        assert window.workspace is not None
        service = window.workspace.articles
        model = window.list_model
        field = window.list_pane.search_field
        viewport = window.list_pane.table.viewport()
        paint = PaintStamp()
        viewport.installEventFilter(paint)
        expected: list[str] = [""]
        reset_at: list[float] = []

        def on_reset() -> None:
            if not reset_at and model.query.search == expected[0]:
                reset_at.append(time.perf_counter())
                paint.arm()

        model.modelReset.connect(on_reset)
        latency_ms: list[float] = []
        painted_ms: list[float] = []
        service_ms: list[float] = []
        per_query: list[tuple[float, str, int]] = []
        worst_stall = (0.0, "")
        worst_late = (0.0, "")
        gc.collect()  # not the earlier benchmarks' garbage in the middle of this one
        for round_, q in enumerate([qs[0], *qs]):  # the first query once more as a warm-up
            window.commands.find.trigger()  # Find in List (Ctrl+Shift+F): focus the field, select its text
            idle(BEFORE_MS)
            expected[0] = q.strip()
            reset_at.clear()
            next_key = time.perf_counter()
            last_started = 0.0
            for n, char in enumerate(q):
                now = time.perf_counter()
                late = (now - next_key) * 1000  # a stall held this keystroke back
                if late > worst_late[0]:
                    worst_late = (late, f"{q!r}, key {n + 1} {char!r}")
                if n == len(q) - 1:
                    last_started = time.perf_counter()
                    press(field, char)
                    break
                press(field, char)
                gap = rng.uniform(*GAP_MS)
                next_key = now + gap / 1000
                monitor = TickMonitor()
                monitor.idle(gap - (time.perf_counter() - now) * 1000)
                if monitor.worst_ms > worst_stall[0]:
                    worst_stall = (monitor.worst_ms, f"after {q[: n + 1]!r}")
            if not idle_until(lambda: bool(reset_at) and paint.at is not None, TIMEOUT_MS):
                raise RuntimeError(f"the list did not update for {q!r} within {TIMEOUT_MS} ms")
            if field.text() != q:
                raise RuntimeError(f"typed {q!r} but the search field holds {field.text()!r}")
            query = model.query
            rows = model.rowCount()
            call = time_ms(lambda query=query: service.list(query, 0, PAGE_SIZE))
            if round_ > 0:
                latency_ms.append((reset_at[0] - last_started) * 1000)
                assert paint.at is not None
                painted_ms.append((paint.at - last_started) * 1000)
                service_ms.append(call)
                per_query.append((latency_ms[-1], q, rows))
            idle(AFTER_MS)

        # What every autosave does on this store (MainWindow._on_autosave_saved emits
        # articles_changed): the list is refreshed and counted on the GUI thread.
        refresh: dict[str, list[float]] = {}
        for label, search in (("no search", ""), ("search 'government'", "government")):
            field.setText(search)
            idle_until(lambda search=search: model.query.search == search, TIMEOUT_MS)
            idle(AFTER_MS)
            refresh[label] = [
                time_ms(lambda: window.signals.articles_changed.emit([])) for _ in range(REFRESH_RUNS)
            ]
        viewport.removeEventFilter(paint)
        total_matches = service.count(ArticleQuery(search="government"))
        close_window(window)
    if alerts:
        raise RuntimeError(f"the window showed a message: {alerts[0]}")

    _, p95 = p50_p95(latency_ms)
    _, service_p95 = p50_p95(service_ms)
    slowest = sorted(per_query, reverse=True)[:5]
    notes = [
        f"{len(latency_ms)} queries typed a character at a time, {GAP_MS[0]}-{GAP_MS[1]} ms apart, "
        f"over {store.articles:,} articles (a copy, made in {copy_seconds:.0f} s); from the last "
        "keystroke to the list model's reset for the final text",
        f"until the list was repainted as well: {fmt_p(painted_ms)}",
        f"baseline: ArticleService.list(final query, 0, {PAGE_SIZE}) alone: {fmt_p(service_ms)} "
        "(ratio of p95s, informational)",
        "slowest: " + ", ".join(f"{q!r} {ms:.0f} ms ({rows} rows)" for ms, q, rows in slowest),
        f"longest GUI stall between keystrokes (an intermediate query): {worst_stall[0]:.0f} ms "
        f"{worst_stall[1]}; a keystroke was held back by up to {worst_late[0]:.0f} ms ({worst_late[1]})",
        "each autosave's list refresh on this store (articles_changed: reload + count, on the GUI "
        "thread): "
        + "; ".join(f"{label} {fmt_p(ms)}" for label, ms in refresh.items())
        + f" ('government' matches {total_matches:,})",
    ]
    return Result(
        name=NAME,
        measured=f"app {fmt_p(latency_ms)}",
        baseline=f"service {fmt_p(service_ms)}",
        ratio=p95 / service_p95,
        checks=[Check(f"p95 <= {BUDGET_P95_MS:.0f} ms", p95, BUDGET_P95_MS)],
        notes=notes,
    )
