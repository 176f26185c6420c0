"""Cold start: spawn `workstation --quit-after-show` on the store, versus a bare PySide6 window.

The budget is on the time from spawning the process to the window's first paint (both print
"first-paint <unix time>" when WORKSTATION_REPORT_FIRST_PAINT is set). The app's window then
shows the article list's first page; the full store opens after that paint. Spawn to exit
(store opened and attached, window painted again, quit) is reported beside it."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from benchmarks.common import Check, Result, Settings, median

NAME = "cold_start"
RUNS = 7
BUDGET_RATIO = 1.5
BARE_SCRIPT = Path(__file__).with_name("bare_window.py")
# Informational: what the start-up imports cost on their own (median of 3 spawns each).
IMPORTS = (
    "workstation.services.workspace",  # SQLAlchemy and the services: opened on a worker thread
    "workstation.ui.window.main_window",  # PySide6 and the widgets
)


def _spawn(command: list[str]) -> tuple[float, float | None]:
    """(ms to exit, ms to the first paint or None if the program printed no stamp)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKSTATION_REPORT_FIRST_PAINT="1")
    wall = time.time()
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    stamps = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("first-paint ")]
    return elapsed, (float(stamps[0]) - wall) * 1000 if stamps else None


def _spawn_ms(command: list[str]) -> float:
    return _spawn(command)[0]


def _paint_ms(command: list[str]) -> tuple[float, float]:
    exit_ms, paint_ms = _spawn(command)
    if paint_ms is None:
        raise RuntimeError(f"{' '.join(command)} printed no first-paint stamp")
    return paint_ms, exit_ms


def _import_ms(python: str, module: str) -> float:
    code = f"import {module}" if module else "pass"
    return median([_spawn_ms([python, "-c", code]) for _ in range(3)])


def run(settings: Settings) -> Result:
    python = str(settings.python)
    app_cmd = [python, "-m", "workstation", "--data-dir", str(settings.store.data_dir), "--quit-after-show"]
    bare_cmd = [python, str(BARE_SCRIPT)]
    _spawn_ms(app_cmd)  # warm-ups: page cache, .pyc files
    _spawn_ms(bare_cmd)
    app_ms: list[float] = []
    bare_ms: list[float] = []
    app_exit_ms: list[float] = []
    bare_exit_ms: list[float] = []
    for _ in range(RUNS):
        paint, done = _paint_ms(app_cmd)
        app_ms.append(paint)
        app_exit_ms.append(done)
        paint, done = _paint_ms(bare_cmd)
        bare_ms.append(paint)
        bare_exit_ms.append(done)
    imports = {module: _import_ms(python, module) for module in ("", *IMPORTS)}
    interpreter = imports.pop("")
    app_median = median(app_ms)
    bare_median = median(bare_ms)
    ratio = app_median / bare_median
    return Result(
        name=NAME,
        measured=f"app first paint {app_median:.0f} ms",
        baseline=f"bare first paint {bare_median:.0f} ms",
        ratio=ratio,
        checks=[Check(f"ratio <= {BUDGET_RATIO:.1f}", ratio, BUDGET_RATIO)],
        notes=[
            f"to exit (store open and attached, app): app {median(app_exit_ms):.0f} ms, "
            f"bare {median(bare_exit_ms):.0f} ms",
            f"{RUNS} alternating runs after one warm-up each; "
            f"first paint app min/max {min(app_ms):.0f}/{max(app_ms):.0f} ms, "
            f"bare min/max {min(bare_ms):.0f}/{max(bare_ms):.0f} ms",
            f"imports alone, over a bare interpreter ({interpreter:.0f} ms): "
            + ", ".join(f"{module} {ms - interpreter:.0f} ms" for module, ms in imports.items()),
        ],
    )
