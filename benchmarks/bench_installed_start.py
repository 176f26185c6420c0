"""Installed start: the packaged app (the .deb's /usr/bin/workstation, a PyInstaller bundle)
against the development install (`python -m workstation` from the venv), same store, one run.

Both print "first-paint <unix time>" with WORKSTATION_REPORT_FIRST_PAINT set; the budget is on
spawn to first paint: installed <= 1.2x development. Skipped, with a note, when no installed
package is present (`make package` and `dpkg -i` it, or packaging/ci-smoke.sh, which runs this).

    python -m benchmarks.bench_installed_start --data-dir DIR [--installed PATH] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from benchmarks.bench_cold_start import _paint_ms, _spawn_ms
from benchmarks.common import Check, Result, Settings, median

NAME = "installed_start"
RUNS = 7
BUDGET_RATIO = 1.2
INSTALLED = Path("/usr/bin/workstation")
BUNDLE = Path("/opt/editorial-workstation/workstation")


def installed_program() -> Path | None:
    """The installed launcher, if the package is installed (not the venv's console script)."""
    override = os.environ.get("WORKSTATION_INSTALLED")
    if override:
        return Path(override)
    if INSTALLED.exists() and BUNDLE.exists():
        return INSTALLED
    found = shutil.which("workstation")
    if found and Path(found).resolve() == BUNDLE.resolve():
        return Path(found)
    return None


def measure(data_dir: Path, python: Path, installed: Path | None = None, runs: int = RUNS) -> Result:
    installed = installed or installed_program()
    if installed is None:
        return Result(
            name=NAME,
            measured="skipped",
            baseline="",
            ratio=None,
            notes=[
                f"no installed package ({INSTALLED} and {BUNDLE} are missing): build and install the "
                ".deb (`make package`, `dpkg -i dist/editorial-workstation_*.deb`) or run "
                "packaging/ci-smoke.sh"
            ],
        )
    tail = ["--data-dir", str(data_dir), "--quit-after-show"]
    installed_cmd = [str(installed), *tail]
    dev_cmd = [str(python), "-m", "workstation", *tail]
    _spawn_ms(installed_cmd)  # warm-ups: page cache, .pyc files
    _spawn_ms(dev_cmd)
    installed_ms: list[float] = []
    dev_ms: list[float] = []
    installed_exit: list[float] = []
    dev_exit: list[float] = []
    for _ in range(runs):  # alternating, so both see the same machine load
        paint, done = _paint_ms(installed_cmd)
        installed_ms.append(paint)
        installed_exit.append(done)
        paint, done = _paint_ms(dev_cmd)
        dev_ms.append(paint)
        dev_exit.append(done)
    installed_median = median(installed_ms)
    dev_median = median(dev_ms)
    ratio = installed_median / dev_median
    return Result(
        name=NAME,
        measured=f"installed first paint {installed_median:.0f} ms",
        baseline=f"development first paint {dev_median:.0f} ms",
        ratio=ratio,
        checks=[Check(f"ratio <= {BUDGET_RATIO:.1f}", ratio, BUDGET_RATIO)],
        notes=[
            f"installed: {installed} ({installed.resolve()}); development: {python} -m workstation",
            f"{runs} alternating runs after one warm-up each; first paint installed min/max "
            f"{min(installed_ms):.0f}/{max(installed_ms):.0f} ms, development min/max "
            f"{min(dev_ms):.0f}/{max(dev_ms):.0f} ms",
            f"to exit (store open and attached): installed {median(installed_exit):.0f} ms, "
            f"development {median(dev_exit):.0f} ms",
        ],
    )


def run(settings: Settings) -> Result:
    return measure(settings.store.data_dir, settings.python)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_installed_start", description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True, help="the store both programs open")
    parser.add_argument("--installed", type=Path, help=f"the installed program (default {INSTALLED})")
    parser.add_argument("--python", type=Path, default=Path(sys.executable), help="the venv's python")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--check", action="store_true", help="exit 1 when over budget (and 2 when skipped)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = measure(args.data_dir, args.python, args.installed, max(1, args.runs))
    ratio = "" if result.ratio is None else f"  ratio {result.ratio:.2f} (budget <= {BUDGET_RATIO})"
    print(f"{NAME}: {result.measured}; {result.baseline}{ratio}")
    for note in result.notes:
        print(f"  {note}")
    if not args.check:
        return 0
    if result.ratio is None:
        return 2
    return 0 if all(check.ok for check in result.checks) else 1


if __name__ == "__main__":
    sys.exit(main())
