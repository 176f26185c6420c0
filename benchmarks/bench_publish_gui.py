"""The GUI thread while the outbox sends: the budget is that the event loop never stalls longer
than 50 ms.

A real MainWindow on a temp data dir, a real local WordPress (Debian packages; skipped with a note
without them), the Outbox tab shown and an article open in the editor. ARTICLES articles, each with
its own 24-megapixel photo (imported before the clock starts), are queued with
`OutboxService.publish` before the clock starts (the Publish dialog does that on a worker thread);
then, as the dialog's "queued" does, the panel shows each job and the window's worker is kicked; until
the worker's snapshot says nothing is left to send, a 1 ms QTimer on the GUI thread ticks: the gaps
between its ticks are how long nothing could be painted or typed. The outbox panel meanwhile shows
each step and the upload progress.

Baseline: the same 1 ms timer in the same window, idle for as long as the sending took.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

from benchmarks.bench_photo_import_gui import camera_jpegs
from benchmarks.common import Check, Result, Settings, percentile
from benchmarks.gui import TickMonitor, close_window, gc_pauses, idle, idle_until, open_window, qt_app, settle
from benchmarks.local_wordpress import with_local_wordpress

NAME = "publish_gui"
ARTICLES = 5
BUDGET_MS = 50.0
SEND_TIMEOUT_MS = 300_000
DEFAULT_CACHE = Path(__file__).resolve().parent / ".cache"


def run(settings: Settings | None = None) -> Result:
    cache_dir = settings.store.data_dir.parent if settings is not None else DEFAULT_CACHE
    photos = camera_jpegs(cache_dir, ARTICLES)
    return with_local_wordpress(NAME, cache_dir, lambda site, work: _measure(site, photos, work / "data"))


def _measure(site: object, photos: list[Path], data_dir: Path) -> Result:
    import keyring

    from tests.fakes.keyring_backends import MemoryKeyring
    from workstation.domain.article import ArticleContent
    from workstation.domain.photo import PhotoRole
    from workstation.domain.publishing import JobState

    keyring.set_keyring(MemoryKeyring())
    qt_app()
    window = open_window(data_dir)
    workspace = window.workspace
    assert workspace is not None
    try:
        destination = workspace.destinations.add(
            "Bench",
            site.base_url,  # type: ignore[attr-defined]
            site.username,  # type: ignore[attr-defined]
            site.app_password,  # type: ignore[attr-defined]
        )
        section, _ = workspace.taxonomy.resolve_section("World/Asia")
        article_ids = []
        for n, path in enumerate(photos):
            photo = workspace.photos.import_file(path).photo
            assert photo is not None
            workspace.photos.update_fields(
                photo.id, caption=f"Photo {n}.", credit="Bench/TT", alt_text="Gradient"
            )
            article = workspace.articles.create(
                ArticleContent(
                    headline=f"Benchmark article {n} sent while the window is in use",
                    standfirst="A standfirst.",
                    body="First paragraph.\n\n## A heading\n\nSecond paragraph.",
                    byline="TT",
                    section_id=section.id,
                    tags=("Drones",),
                )
            )
            workspace.photos.attach(article.id, photo.id, PhotoRole.FEATURED)
            article_ids.append(article.id)
        window.signals.articles_changed.emit(article_ids)
        window.list_pane.select_article(article_ids[0])
        settle(window)
        controller = window.editing.publishing
        window.commands.show_side.setChecked(True)
        window.side_tabs.setCurrentWidget(controller.panel)
        settle(window)

        snapshots: list[object] = []
        controller.worker.snapshot.connect(lambda snapshot: snapshots.append(snapshot))
        progress: list[float] = []
        controller.worker.job_changed.connect(lambda _job: progress.append(time.perf_counter()))

        def sent() -> bool:
            return (
                bool(snapshots)
                and not getattr(snapshots[-1], "waiting", True)
                and not controller.worker.running
            )

        # Queued as the Publish dialog does it (on a worker thread: here, before the clock starts).
        jobs = [workspace.outbox.publish(article_id, destination.id) for article_id in article_ids]
        monitor = TickMonitor()
        gc.collect()
        with gc_pauses() as collections:
            monitor.begin()
            started = time.perf_counter()
            for job in jobs:
                controller._on_queued(job)  # the dialog's "queued": the panel shows it, the worker wakes
            if not idle_until(sent, SEND_TIMEOUT_MS):
                raise RuntimeError(f"the outbox did not finish in {SEND_TIMEOUT_MS / 1000:.0f} s")
            send_s = time.perf_counter() - started
            idle(100)
            monitor.end()
        jobs = workspace.outbox.jobs()
        if not all(job.state is JobState.DONE for job in jobs) or len(jobs) != ARTICLES:
            raise RuntimeError(
                "not every job was sent: " + "; ".join(f"{j.state}: {j.last_error}" for j in jobs)
            )
        posts = site.count_posts()  # type: ignore[attr-defined]
        media = site.count_media()  # type: ignore[attr-defined]
        settle(window)
        gc.collect()
        baseline = TickMonitor()
        baseline.idle(send_s * 1000)
    finally:
        close_window(window)
    worst = monitor.worst_ms
    over = sum(1 for gap in monitor.gaps_ms if gap > 16)
    ratio = worst / baseline.worst_ms if baseline.worst_ms else None
    return Result(
        name=NAME,
        measured=f"longest gap {worst:.1f} ms ({ARTICLES} x 24 MP)",
        baseline=f"idle longest gap {baseline.worst_ms:.1f} ms",
        ratio=ratio,
        checks=[Check(f"longest gap <= {BUDGET_MS:.0f} ms", worst, BUDGET_MS)],
        notes=[
            f"{ARTICLES} articles with a 24 MP photo each sent in {send_s:.1f} s to a local WordPress "
            f"({posts} posts, {media} media on the site afterwards); {len(progress)} progress updates shown",
            f"gaps: p99 {percentile(monitor.gaps_ms, 99):.1f} ms, {over} over 16 ms; "
            f"{len(collections)} garbage collections during the send",
        ],
    )


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.__main__ import table
    from workstation.ui.preview import configure_webengine_environment, register_url_schemes

    configure_webengine_environment()
    register_url_schemes()
    result = run()
    print(table([result]))
    print("\n".join(result.notes))
