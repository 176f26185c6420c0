"""Publishing an article with one 24-megapixel photo through the outbox, against raw httpx making
the same requests to the same local WordPress, in one run.

App: `OutboxService.publish()` (the job written to the store) then `run_due()`: the keyring read,
the preflight, the slug check, the upload of the photo's web rendition, the post (title, excerpt,
content as blocks, category, tags, featured photo), the photo's caption and alt text, every step
saved in the store. Section and tags are known from a first publish (their ids are kept), so
both sides send the same five requests.
Baseline: one httpx.Client making those five requests with the same bodies: GET the slug,
OPTIONS /posts (the registered meta), POST /media (the same bytes), POST /posts, POST /media/ID.

The WordPress comes from Debian's packages (tests/integration/wordpress_site.py); without them
the benchmark reports that it was skipped. Runs alternate; medians of RUNS after a warm-up.
"""

from __future__ import annotations

from pathlib import Path

import httpx

from benchmarks.bench_photo_import import camera_jpeg
from benchmarks.common import Check, Result, Settings, median, time_ms
from benchmarks.local_wordpress import with_local_wordpress

NAME = "publish"
RUNS = 7
BUDGET_RATIO = 1.2
DEFAULT_CACHE = Path(__file__).resolve().parent / ".cache"


def run(settings: Settings | None = None) -> Result:
    cache_dir = settings.store.data_dir.parent if settings is not None else DEFAULT_CACHE
    source = camera_jpeg(cache_dir)
    return with_local_wordpress(NAME, cache_dir, lambda site, work: _measure(site, source, work))


def _measure(site: object, source: Path, work: Path) -> Result:
    import keyring

    from tests.fakes.keyring_backends import MemoryKeyring
    from workstation.domain.article import ArticleContent
    from workstation.domain.photo import PhotoRole
    from workstation.domain.publishing import JobState
    from workstation.services.workspace import open_workspace
    from workstation.store.models import RemoteMediaRow

    keyring.set_keyring(MemoryKeyring())
    base_url: str = site.base_url  # type: ignore[attr-defined]
    user: str = site.username  # type: ignore[attr-defined]
    password: str = site.app_password  # type: ignore[attr-defined]
    workspace = open_workspace(work / "data")
    try:
        photo = workspace.photos.import_file(source).photo
        assert photo is not None
        workspace.photos.update_fields(
            photo.id, caption="A test.", credit="Benchmark/TT", alt_text="A gradient"
        )
        section, _ = workspace.taxonomy.resolve_section("World/Asia")
        destination = workspace.destinations.add("Bench", base_url, user, password)
        rendition = workspace.photos.web_bytes(photo)
        counter = iter(range(1000))

        def new_article() -> int:
            n = next(counter)
            article = workspace.articles.create(
                ArticleContent(
                    headline=f"Benchmark article number {n}",
                    standfirst="A standfirst.",
                    body="First paragraph.\n\n## A heading\n\nSecond paragraph.",
                    byline="TT",
                    section_id=section.id,
                    tags=("Drones", "North Korea"),
                )
            )
            workspace.photos.attach(article.id, photo.id, PhotoRole.FEATURED)
            # Upload the photo again each time, as a new photo would be.
            with workspace.db.session() as session:
                session.query(RemoteMediaRow).delete()
            return article.id

        def app_publish(article_id: int) -> None:
            workspace.outbox.publish(article_id, destination.id)
            workspace.outbox.run_due()
            job = workspace.outbox.jobs(1)[0]
            if job.state is not JobState.DONE:
                raise RuntimeError(f"publish failed: {job.last_error}")

        api = destination.api_root.rstrip("/")
        client = httpx.Client(auth=(user, password), timeout=60)

        def raw_publish(n: int) -> None:
            slug = f"raw-benchmark-article-{n}"
            client.get(
                f"{api}/wp/v2/posts",
                params={"slug": slug, "status": "publish,future,draft,pending,private", "context": "edit"},
            ).raise_for_status()
            client.options(f"{api}/wp/v2/posts").raise_for_status()
            media = client.post(
                f"{api}/wp/v2/media",
                content=rendition,
                headers={
                    "Content-Type": "image/jpeg",
                    "Content-Disposition": f'attachment; filename="raw-{n}.jpg"',
                },
            )
            media.raise_for_status()
            media_id = media.json()["id"]
            post = client.post(
                f"{api}/wp/v2/posts",
                json={
                    "title": f"Raw benchmark article {n}",
                    "excerpt": "A standfirst.",
                    "content": "<!-- wp:paragraph -->\n<p>First paragraph.</p>\n<!-- /wp:paragraph -->",
                    "slug": slug,
                    "status": "publish",
                    "categories": [1],
                    "tags": [],
                    "featured_media": media_id,
                },
            )
            post.raise_for_status()
            client.post(
                f"{api}/wp/v2/media/{media_id}",
                json={
                    "caption": "A test. Photo: Benchmark/TT",
                    "alt_text": "A gradient",
                    "post": post.json()["id"],
                },
            ).raise_for_status()

        app_publish(new_article())  # warm-up: terms created, ids kept
        raw_publish(0)
        app_ms: list[float] = []
        raw_ms: list[float] = []
        for n in range(1, RUNS + 1):
            article_id = new_article()
            app_ms.append(time_ms(lambda article_id=article_id: app_publish(article_id)))
            raw_ms.append(time_ms(lambda n=n: raw_publish(n)))
        client.close()
    finally:
        workspace.close()
    app_median, raw_median = median(app_ms), median(raw_ms)
    ratio = app_median / raw_median
    return Result(
        name=NAME,
        measured=f"publish median {app_median:.0f} ms",
        baseline=f"raw httpx median {raw_median:.0f} ms",
        ratio=ratio,
        checks=[Check(f"ratio <= {BUDGET_RATIO:.1f}", ratio, BUDGET_RATIO)],
        notes=[
            f"24 MP photo, web rendition {len(rendition) / 2**10:.0f} KiB uploaded each run; local WordPress "
            f"(php -S, MariaDB) makes its sub-sizes; {RUNS} runs each, alternating",
            f"app runs (ms): {', '.join(f'{v:.0f}' for v in app_ms)}",
            f"raw runs (ms): {', '.join(f'{v:.0f}' for v in raw_ms)}",
        ],
    )


if __name__ == "__main__":
    from benchmarks.__main__ import table

    result = run()
    print(table([result]))
    print("\n".join(result.notes))
