"""`python -m benchmarks` (`make bench`): run every benchmark in turn and print one table.

It reports; it does not gate. The exit status is 0 whatever the budgets say, and non-zero only if
a benchmark crashed.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from benchmarks import (
    bench_cold_start,
    bench_find_typing,
    bench_installed_start,
    bench_list_model,
    bench_open_article,
    bench_paste,
    bench_photo_import,
    bench_photo_import_gui,
    bench_preview,
    bench_publish,
    bench_publish_gui,
    bench_render,
    bench_search,
    bench_search_typing,
    bench_spelling,
    bench_swedish_start,
    bench_typing,
)
from benchmarks.common import Result, Settings
from benchmarks.synthetic import ensure_store

BENCHMARKS: dict[str, Callable[[Settings], Result]] = {
    bench_search.NAME: bench_search.run,
    bench_cold_start.NAME: bench_cold_start.run,
    bench_installed_start.NAME: bench_installed_start.run,
    bench_swedish_start.NAME: bench_swedish_start.run,
    bench_list_model.NAME: bench_list_model.run,
    bench_typing.NAME: bench_typing.run,
    bench_find_typing.NAME: bench_find_typing.run,
    bench_typing.WRITING_NAME: bench_typing.run_writing,
    bench_open_article.NAME: bench_open_article.run,
    bench_search_typing.NAME: bench_search_typing.run,
    bench_render.NAME: bench_render.run,
    bench_photo_import.NAME: bench_photo_import.run,
    bench_photo_import_gui.NAME: bench_photo_import_gui.run,
    bench_preview.NAME: bench_preview.run,
    bench_paste.NAME: bench_paste.run,
    bench_publish.NAME: bench_publish.run,
    bench_publish_gui.NAME: bench_publish_gui.run,
    bench_spelling.NAME: bench_spelling.run,
}
DEFAULT_CACHE = Path(__file__).resolve().parent / ".cache"
HEADERS = ("benchmark", "measured", "baseline", "ratio", "budget", "result")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--only",
        action="append",
        choices=sorted(BENCHMARKS),
        metavar="NAME",
        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}",
    )
    parser.add_argument(
        "--articles", type=int, default=100_000, metavar="N", help="live articles in the synthetic store"
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=DEFAULT_CACHE,
        help="where built stores are kept (default: %(default)s)",
    )
    parser.add_argument("--rebuild", action="store_true", help="build the synthetic store again")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    return args


def table(results: list[Result]) -> str:
    rows: list[tuple[str, ...]] = []
    for result in results:
        ratio = "" if result.ratio is None else f"{result.ratio:.2f}"
        first = (result.name, result.measured, result.baseline, ratio)
        if not result.checks:
            rows.append((*first, "", "ERROR" if result.measured == "crashed" else ""))
        for i, check in enumerate(result.checks):
            lead = first if i == 0 else ("", "", "", "")
            rows.append((*lead, check.label, "PASS" if check.ok else "OVER"))
    widths = [max(len(row[i]) for row in [HEADERS, *rows]) for i in range(len(HEADERS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(HEADERS, widths, strict=True))]
    lines.append("  ".join("-" * width for width in widths))
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


def environment() -> str:
    from PySide6 import __version__ as pyside_version

    return (
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, PySide6 {pyside_version}, "
        f"{os.cpu_count()} CPUs, {platform.system()} {platform.release()}"
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # As app.py does, before any benchmark makes the QApplication: QtWebEngine's flags (no
    # sandbox as root) and the preview's ewsphoto: scheme.
    from workstation.ui.preview import configure_webengine_environment, register_url_schemes

    configure_webengine_environment()
    register_url_schemes()
    store = ensure_store(args.cache_dir.resolve(), args.articles, rebuild=args.rebuild)
    settings = Settings(store=store, python=Path(sys.executable))
    how = "built now" if store.built_now else "cached"
    print(
        f"\nStore: {store.articles:,} articles (+{store.trashed:,} trashed), "
        f"{store.size_bytes / 2**20:,.0f} MiB on disk, built in {store.build_seconds:.0f} s ({how})\n"
        f"  {store.data_dir}\n{environment()}\n",
        flush=True,
    )
    names = args.only or list(BENCHMARKS)
    results: list[Result] = []
    crashed = False
    for name in names:
        print(f"running {name} ...", flush=True)
        started = time.perf_counter()
        try:
            results.append(BENCHMARKS[name](settings))
        except Exception:  # noqa: BLE001 - one benchmark's crash is reported and the others still run
            crashed = True
            traceback.print_exc()
            results.append(Result(name=name, measured="crashed", baseline="", ratio=None))
        print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)
    print()
    print(table(results))
    for result in results:
        if result.notes:
            print(f"\n{result.name}:")
            print("\n".join(f"  {note}" for note in result.notes))
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
