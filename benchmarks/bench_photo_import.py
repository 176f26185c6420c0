"""Importing a 24-megapixel camera JPEG through the app versus a bare Pillow script of the same steps.

App: `PhotoService.import_file()`: copy into the data dir while hashing (SHA-256), verify, read
the metadata (EXIF, IPTC, XMP), decode in draft mode, apply the EXIF orientation, convert to sRGB,
write the web rendition (2048 px, with IPTC + XMP) and the thumbnail (320 px), move the original
to its content-addressed name, insert the row. Between runs the photo is removed (not timed), so
every run imports it anew.
Baseline: open, verify, open again, draft, exif_transpose, copy the original (write + fsync),
resize to 2048 px and save, resize to 320 px and save: the same steps with nothing else.

The JPEG (6000 x 4000, EXIF with orientation and GPS) is made once in the cache dir. Both sides
alternate in one run; medians of RUNS each after a warm-up. `python -m benchmarks.bench_photo_import`
runs it alone and prints a profile of the app side.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import shutil
import tempfile
from pathlib import Path

from PIL import Image, ImageOps

from benchmarks.common import Check, Result, Settings, median, time_ms

NAME = "photo-import"
RUNS = 7
BUDGET_RATIO = 1.3
SIZE = (6000, 4000)
WEB_EDGE = 2048
THUMB_EDGE = 320
DEFAULT_CACHE = Path(__file__).resolve().parent / ".cache"


def camera_jpeg(cache_dir: Path) -> Path:
    """A 24 MP JPEG with camera-like noise, EXIF orientation 6 and a GPS position; made once."""
    path = cache_dir / "photo-24mp.jpg"
    if path.is_file():
        return path
    cache_dir.mkdir(parents=True, exist_ok=True)
    red = Image.linear_gradient("L").resize(SIZE)
    green = Image.linear_gradient("L").rotate(90).resize(SIZE)
    noise = Image.effect_noise(SIZE, 40)
    image = Image.merge("RGB", (red, green, noise))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "Benchmark Camera"
    exif[0x8825] = {1: "N", 2: (59.0, 19.0, 48.0), 3: "E", 4: (18.0, 4.0, 12.0)}
    partial = path.with_suffix(".partial")
    image.save(partial, "JPEG", quality=92, exif=exif)
    os.replace(partial, path)
    return path


def bare_import(source: Path, target_dir: Path) -> None:
    """The same steps with Pillow alone."""
    with Image.open(source) as image:
        image.verify()
    with Image.open(source) as image:
        ratio = WEB_EDGE / max(image.size)
        image.draft("RGB", (round(image.width * ratio), round(image.height * ratio)))
        upright = ImageOps.exif_transpose(image)
    with source.open("rb") as src, (target_dir / "original.jpg").open("wb") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())
    web = upright.copy()
    web.thumbnail((WEB_EDGE, WEB_EDGE), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    web.save(buffer, "JPEG", quality=85)
    (target_dir / "web.jpg").write_bytes(buffer.getvalue())
    thumb = web.copy()
    thumb.thumbnail((THUMB_EDGE, THUMB_EDGE), Image.Resampling.BICUBIC)
    buffer = io.BytesIO()
    thumb.save(buffer, "JPEG", quality=80)
    (target_dir / "thumb.jpg").write_bytes(buffer.getvalue())


def run(settings: Settings | None = None) -> Result:
    from workstation.services.workspace import open_workspace

    cache_dir = settings.store.data_dir.parent if settings is not None else DEFAULT_CACHE
    source = camera_jpeg(cache_dir)
    with tempfile.TemporaryDirectory(prefix="bench-photo-", dir=cache_dir) as tmp:
        work = Path(tmp)
        (work / "bare").mkdir()
        workspace = open_workspace(work / "data")
        try:

            def app_import() -> None:
                outcome = workspace.photos.import_file(source)
                if outcome.photo is None or outcome.existing:
                    raise RuntimeError(f"the import failed: {outcome.error}")

            def app_once() -> float:
                elapsed = time_ms(app_import)
                workspace.photos.remove_unused()
                return elapsed

            app_once()
            bare_import(source, work / "bare")
            app_ms: list[float] = []
            bare_ms: list[float] = []
            for _ in range(RUNS):
                app_ms.append(app_once())
                bare_ms.append(time_ms(lambda: bare_import(source, work / "bare")))
        finally:
            workspace.close()
    app_median = median(app_ms)
    bare_median = median(bare_ms)
    ratio = app_median / bare_median
    return Result(
        name=NAME,
        measured=f"import median {app_median:.0f} ms",
        baseline=f"bare Pillow median {bare_median:.0f} ms",
        ratio=ratio,
        checks=[Check(f"ratio <= {BUDGET_RATIO:.1f}", ratio, BUDGET_RATIO)],
        notes=[
            f"{SIZE[0]} x {SIZE[1]} JPEG, {source.stat().st_size / 2**20:.1f} MiB, orientation 6 and GPS; "
            f"web rendition {WEB_EDGE} px, thumbnail {THUMB_EDGE} px; {RUNS} runs each, alternating",
            f"app runs (ms): {', '.join(f'{v:.0f}' for v in app_ms)}",
            f"bare runs (ms): {', '.join(f'{v:.0f}' for v in bare_ms)}",
        ],
    )


def _profile() -> None:
    from workstation.services.workspace import open_workspace

    source = camera_jpeg(DEFAULT_CACHE)
    with tempfile.TemporaryDirectory(prefix="bench-photo-", dir=DEFAULT_CACHE) as tmp:
        workspace = open_workspace(Path(tmp) / "data")
        try:
            workspace.photos.import_file(source)
            workspace.photos.remove_unused()
            profiler = cProfile.Profile()
            profiler.enable()
            workspace.photos.import_file(source)
            profiler.disable()
        finally:
            workspace.close()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    result = run()
    print(f"{result.name}: {result.measured}; {result.baseline}; ratio {result.ratio:.2f}")
    print("\n".join(result.notes))
    _profile()
