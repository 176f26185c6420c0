"""Cold start in Swedish: spawn `workstation --quit-after-show` with Preferences' interface
language set to Svenska, versus the same start in English (issue 15's budget: within 5%).

The same measure as cold_start (spawn to the window's first paint, which both print when
WORKSTATION_REPORT_FIRST_PAINT is set), on the same store with settings.ini's
interface/language set to en or sv before each start (the file is put back after); the two
starts alternate, after one warm-up each. What
Swedish adds is loading workstation_sv.qm and qtbase_sv.qm and looking every string up."""

from __future__ import annotations

from pathlib import Path

from benchmarks.bench_cold_start import _paint_ms
from benchmarks.common import Check, Result, Settings, median
from workstation.ui.common.translations import LANGUAGE_KEY, catalogue_dir

NAME = "swedish_start"
RUNS = 9
BUDGET_RATIO = 1.05


def _choose(settings_file: Path, language: str) -> None:
    section, key = LANGUAGE_KEY.split("/")
    settings_file.write_text(f"[{section}]\n{key}={language}\n", encoding="utf-8")


def run(settings: Settings) -> Result:
    catalogue = catalogue_dir() / "workstation_sv.qm"
    if not catalogue.is_file():
        raise RuntimeError(f"{catalogue} is not built: run make translations")
    python = str(settings.python)
    command = [python, "-m", "workstation", "--data-dir", str(settings.store.data_dir), "--quit-after-show"]
    settings_file = settings.store.data_dir / "settings.ini"
    kept = settings_file.read_bytes() if settings_file.exists() else None
    paints: dict[str, list[float]] = {"en": [], "sv": []}
    try:
        for language in paints:  # warm-ups: page cache, .pyc files
            _choose(settings_file, language)
            _paint_ms(command)
        for _ in range(RUNS):
            for language, times in paints.items():
                _choose(settings_file, language)
                times.append(_paint_ms(command)[0])
    finally:
        if kept is None:
            settings_file.unlink(missing_ok=True)
        else:
            settings_file.write_bytes(kept)
    english, swedish = median(paints["en"]), median(paints["sv"])
    ratio = swedish / english
    return Result(
        name=NAME,
        measured=f"Swedish first paint {swedish:.0f} ms",
        baseline=f"English first paint {english:.0f} ms",
        ratio=ratio,
        checks=[Check(f"ratio <= {BUDGET_RATIO:.2f}", ratio, BUDGET_RATIO)],
        notes=[
            f"{RUNS} alternating runs after one warm-up each; Swedish min/max "
            f"{min(paints['sv']):.0f}/{max(paints['sv']):.0f} ms, English min/max "
            f"{min(paints['en']):.0f}/{max(paints['en']):.0f} ms",
        ],
    )
