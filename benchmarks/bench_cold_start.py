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


def _spawn_ms(command: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    return elapsed


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
            f"bare min/max {min(bare_ms):.0f}/{max(bare_ms):.0f} ms"
        ],
    )
