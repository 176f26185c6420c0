"""Opening an article: from selecting its row in the list until the editor shows it, in the real
main window, versus a bare QPlainTextEdit.setPlainText of the same body.

Two 5,000-word Markdown articles with 10 photos each are opened in turn. The time runs from
`list_pane.select_article(id)` (what a click on the row does: the table's current index changes)
until the editor holds that article and its body, after QApplication.processEvents() (layout and
paint included). The history panel then loads the article's revisions on a worker thread; the
time until it has, and the longest GUI stall while it does, are reported too (not budgeted).

Photos are real when the app has them (Workspace.photos, PhotoService): 20 photo-like JPEGs of
2400x1600 are imported through the app's pipeline (originals and renditions stored), 10 attached
to each article (the first featured) and placed in its body as `photo:` references. The calls
the window makes to PhotoService while opening are counted, so the output says whether opening
loads them at all. Without PhotoService the output says photos are not in the app yet and the
articles are measured without; no photos are faked.
"""

from __future__ import annotations

import gc
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Check, Result, Settings, fmt_p, median, p50_p95, time_ms
from benchmarks.gui import (
    TickMonitor,
    bare_editor,
    close_window,
    idle,
    idle_until,
    open_window,
    qt_app,
    quiet_alerts,
    settle,
)
from benchmarks.prose import markdown_body

NAME = "open_article"
BODY_WORDS = 5000
PHOTOS = 10  # per article
PHOTO_SIZE = (2400, 1600)
OTHER_ARTICLES = 40  # shorter ones, so the list looks like a list
RUNS = 30  # per side, alternating between the two long articles
WARMUP = 4
GAP_MS = 100  # between runs, after the history panel has loaded
BUDGET_P95_MS = 50.0
NO_PHOTOS_NOTE = f"photos: not in the app yet; measured without (the brief asks for {PHOTOS} per article)"
ALT_TEXTS = (
    "Members of parliament leave the chamber after the vote",
    "The finance minister speaks to reporters in Stockholm",
    "Protesters outside the parliament building",
    "A nurse at the hospital in Uppsala",
    "Snow clearing on the E4 north of Gothenburg",
)


def _photo_files(folder: Path, count: int, seed: int) -> list[Path]:
    """Photo-like JPEGs (a gradient, grain and a tint: they compress like photos, unlike a flat
    colour), each different, so the content-addressed store keeps every one."""
    from PIL import Image

    rng = random.Random(seed)
    base = Image.blend(
        Image.linear_gradient("L").resize(PHOTO_SIZE).convert("RGB"),
        Image.effect_noise(PHOTO_SIZE, 40).convert("RGB"),
        0.35,
    )
    paths: list[Path] = []
    for n in range(count):
        tint = Image.new("RGB", PHOTO_SIZE, tuple(rng.randrange(256) for _ in range(3)))
        path = folder / f"photo-{n + 1:02d}.jpg"
        Image.blend(base, tint, 0.25 + 0.02 * n).save(path, "JPEG", quality=90)
        paths.append(path)
    return paths


def _with_photo_refs(body: str, refs: list[str]) -> str:
    """The references as paragraphs of their own, spread evenly through the body."""
    blocks = body.split("\n\n")
    step = max(1, len(blocks) // (len(refs) + 1))
    for n, ref in enumerate(reversed(refs)):
        blocks.insert(step * (len(refs) - n), ref)
    return "\n\n".join(blocks)


class _CallCounter:
    """Counts calls to an object's public methods while `on` (instance attributes shadow them)."""

    def __init__(self, target: object) -> None:
        self.on = False
        self.calls: dict[str, int] = {}
        for name in dir(type(target)):
            method = getattr(target, name, None)
            if name.startswith("_") or not callable(method):
                continue
            setattr(target, name, self._wrap(name, method))

    def _wrap(self, name: str, method: Callable[..., object]) -> Callable[..., object]:
        def counted(*args: object, **kwargs: object) -> object:
            if self.on:
                self.calls[name] = self.calls.get(name, 0) + 1
            return method(*args, **kwargs)

        return counted


def run(_settings: Settings) -> Result:
    from PySide6.QtWidgets import QApplication

    from workstation.domain.article import ArticleContent, ArticleStatus, SiteStatus
    from workstation.ui.articles.photo_chips import photo_refs_in

    qt_app()
    bodies = [markdown_body(BODY_WORDS, seed=seed) for seed in (5001, 5002)]
    with quiet_alerts() as alerts, tempfile.TemporaryDirectory(prefix="bench-open-") as tmp:
        window = open_window(Path(tmp))
        assert window.workspace is not None
        articles = window.workspace.articles
        for n in range(OTHER_ARTICLES):
            articles.create(
                ArticleContent(
                    headline=f"Short news item number {n + 1} about the weather",
                    body=markdown_body(300, seed=n),
                    byline="TT",
                    status=ArticleStatus.READY,
                ),
                published_elsewhere=SiteStatus.PUBLISHED,  # "More news" on the page
            )
        photos = getattr(window.workspace, "photos", None)
        counter: _CallCounter | None = None
        photos_note = NO_PHOTOS_NOTE
        if photos is not None:
            from workstation.domain.photo import PhotoRole
            from workstation.domain.photo_refs import photo_markdown

            folder = Path(tmp) / "camera"
            folder.mkdir()
            started = time.perf_counter()
            outcomes = photos.import_files(_photo_files(folder, PHOTOS * len(bodies), seed=3))
            stored = [o.photo for o in outcomes if o.photo is not None]
            if len(stored) != PHOTOS * len(bodies):
                raise RuntimeError(f"photo import failed: {[str(o.error) for o in outcomes if o.error]}")
            import_seconds = time.perf_counter() - started
            per_article = [stored[i * PHOTOS : (i + 1) * PHOTOS] for i in range(len(bodies))]
            bodies = [
                _with_photo_refs(
                    body,
                    [photo_markdown(p.sha256, ALT_TEXTS[n % len(ALT_TEXTS)]) for n, p in enumerate(mine)],
                )
                for body, mine in zip(bodies, per_article, strict=True)
            ]
        long_ids = [
            articles.create(
                ArticleContent(
                    headline=f"Long read {i + 1}: how the budget was won in one night",
                    standfirst="Four votes decided it. Here is what happened behind closed doors.",
                    body=body,
                    byline="Anna Lindqvist",
                    tags=("Budget", "Parliament", "Long read"),
                )
            ).id
            for i, body in enumerate(bodies)
        ]
        if photos is not None:
            for article_id, mine in zip(long_ids, per_article, strict=True):
                photos.set_featured(article_id, mine[0].id)
                for photo in mine[1:]:
                    photos.attach(article_id, photo.id, PhotoRole.INLINE)
                if len(photos.for_article(article_id)) != PHOTOS:
                    raise RuntimeError(f"article {article_id} does not have {PHOTOS} photos")
            counter = _CallCounter(photos)
            photos_note = (
                f"photos: {PHOTOS} per article ({PHOTO_SIZE[0]}x{PHOTO_SIZE[1]} JPEG, imported through "
                f"PhotoService in {import_seconds:.1f} s for {len(stored)}, the first featured, all "
                "placed in the body as photo: references)"
            )
        window.signals.articles_changed.emit([])
        settle(window)
        editor = window.editing.editor
        bare_window, bare_edit = bare_editor("", editor.body_edit.font(), editor.body_edit.size())
        idle(50)

        # The body's length on screen: each photo reference is one character there (a picture).
        shown_length = {
            body: len(body) - sum(ref.end - ref.start - 1 for ref in photo_refs_in(body)) for body in bodies
        }

        def shown(article_id: int, body: str) -> bool:
            document = editor.body_edit.document()
            return editor.article_id == article_id and document.characterCount() - 1 == shown_length[body]

        loaded_at: list[float] = []
        window.editing.history_panel.loaded.connect(lambda _id: loaded_at.append(time.perf_counter()))
        app_ms: list[float] = []
        bare_ms: list[float] = []
        history_ms: list[float] = []
        get_ms: list[float] = []
        stall_ms: list[float] = []
        gc.collect()  # not the earlier benchmarks' garbage in the middle of this one
        for i in range(WARMUP + RUNS):
            article_id, body = long_ids[i % 2], bodies[i % 2]

            def open_in_app(
                article_id: int = article_id, body: str = body, count: bool = i >= WARMUP
            ) -> float:
                loaded_at.clear()
                if counter is not None:
                    counter.on = count
                started = time.perf_counter()
                window.list_pane.select_article(article_id)
                QApplication.processEvents()
                if not shown(article_id, body):
                    idle_until(lambda: shown(article_id, body), 5000)
                done = time.perf_counter()
                if editor.body_edit.markdown() != body:
                    raise RuntimeError(f"article {article_id} did not open in the editor")
                monitor = TickMonitor()
                monitor.idle_until(lambda: not window.editing.history_panel.loading, 5000)
                stall_ms.append(monitor.worst_ms)
                if counter is not None:
                    counter.on = False
                if loaded_at:
                    history_ms.append((loaded_at[0] - started) * 1000)
                return (done - started) * 1000

            def open_bare(body: str = body) -> float:
                started = time.perf_counter()
                bare_edit.setPlainText(body)
                QApplication.processEvents()
                return (time.perf_counter() - started) * 1000

            if i % 2:  # alternate which goes first
                b, a = open_bare(), open_in_app()
            else:
                a, b = open_in_app(), open_bare()
            get_ms.append(time_ms(lambda article_id=article_id: articles.get(article_id)))
            if i >= WARMUP:
                app_ms.append(a)
                bare_ms.append(b)
            else:
                stall_ms.clear()
                history_ms.clear()
                get_ms.clear()
            idle(GAP_MS)
        close_window(window)
        close_window(bare_window)
    if alerts:
        raise RuntimeError(f"the window showed a message: {alerts[0]}")

    if counter is not None:
        calls = sum(counter.calls.values())
        photos_note += (
            f"; opening made {calls / RUNS:g} PhotoService calls per open"
            + (f" ({', '.join(f'{k} x{v}' for k, v in sorted(counter.calls.items()))})" if calls else "")
            + ("" if calls else ": the window does not load photos when it opens an article")
        )
    _, p95 = p50_p95(app_ms)
    ratio = median(app_ms) / median(bare_ms)
    return Result(
        name=NAME,
        measured=f"app {fmt_p(app_ms)}",
        baseline=f"setPlainText {fmt_p(bare_ms)}",
        ratio=ratio,
        checks=[Check(f"p95 <= {BUDGET_P95_MS:.0f} ms", p95, BUDGET_P95_MS)],
        notes=[
            photos_note,
            f"{RUNS} opens alternating between two {BODY_WORDS:,}-word Markdown articles "
            f"({len(bodies[0]):,} and {len(bodies[1]):,} characters) among {OTHER_ARTICLES + 2} articles, "
            f"after {WARMUP} warm-up; select the row -> editor shows the article, after processEvents",
            "baseline: a bare QPlainTextEdit (same font and size) setPlainText of the same body + "
            "processEvents (ratio of p50s, informational)",
            f"of which ArticleService.get alone: {fmt_p(get_ms)}",
            f"history panel loaded (revisions on a worker, then the diff on the GUI thread): "
            f"{fmt_p(history_ms)} after the click; longest GUI stall meanwhile "
            f"{max(stall_ms):.1f} ms (1 ms tick gaps)",
        ],
    )
