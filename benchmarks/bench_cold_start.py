"""Cold start: spawn `workstation --quit-after-show` on the store, versus a bare PySide6 window."""

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
    "workstation.ui.main_window",  # PySide6 and the widgets
)


def _spawn_ms(command: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    return elapsed


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
    for _ in range(RUNS):
        app_ms.append(_spawn_ms(app_cmd))
        bare_ms.append(_spawn_ms(bare_cmd))
    imports = {module: _import_ms(python, module) for module in ("", *IMPORTS)}
    interpreter = imports.pop("")
    app_median = median(app_ms)
    bare_median = median(bare_ms)
    ratio = app_median / bare_median
    return Result(
        name=NAME,
        measured=f"app median {app_median:.0f} ms",
        baseline=f"bare median {bare_median:.0f} ms",
        ratio=ratio,
        checks=[Check(f"ratio <= {BUDGET_RATIO:.1f}", ratio, BUDGET_RATIO)],
        notes=[
            f"{RUNS} alternating runs after one warm-up each; "
            f"app min/max {min(app_ms):.0f}/{max(app_ms):.0f} ms, "
            f"bare min/max {min(bare_ms):.0f}/{max(bare_ms):.0f} ms",
            f"imports alone, over a bare interpreter ({interpreter:.0f} ms): "
            + ", ".join(f"{module} {ms - interpreter:.0f} ms" for module, ms in imports.items()),
        ],
    )
