"""A workspace that publishes to the fake site, a destination on it, and the article the
publishing tests send (unit tests of the outbox and GUI tests of the publishing UI alike)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from tests.fakes.fake_site import PASSWORD, FakeSite
from tests.fakes.photo_images import camera_jpeg
from workstation.domain.article import ArticleContent
from workstation.domain.photo import PhotoRole
from workstation.services.clock import Clock
from workstation.services.workspace import Workspace

SITE_URL = "https://news.example.org"


def wire(workspace: Workspace, site: FakeSite, clock: Clock | None = None) -> None:
    """The workspace's publishing services, talking to the fake site. With a clock (one the test
    moves), the outbox reads it and draws its retry jitter from a seeded generator."""
    if clock is None:
        workspace.connect_publishing(site.destinations(workspace))
    else:
        workspace.connect_publishing(site.destinations(workspace, clock), clock, random.Random(7))


def make_article(
    ws: Workspace,
    tmp_path: Path,
    *,
    photo: bool = True,
    headline: str = "Kim Orders Drones",
    tags: Sequence[str] = ("Drones", "North Korea"),
) -> int:
    """An article in World/Asia with a standfirst, a subheading and a source note; with a
    featured photo (kim.jpg, captioned and credited) unless photo is False."""
    section, _ = ws.taxonomy.resolve_section("World/Asia")
    article = ws.articles.create(
        ArticleContent(
            headline=headline,
            standfirst='North Korea\'s leader wants "mass production".',
            body="First paragraph.\n\n## More\n\nSecond paragraph.",
            byline="TT",
            source_note="This article has been altered and translated by Sweden Herald",
            section_id=section.id,
            tags=tuple(tags),
        )
    )
    if photo:
        outcome = ws.photos.import_file(camera_jpeg(tmp_path / "kim.jpg"))
        assert outcome.photo is not None
        ws.photos.update_fields(
            outcome.photo.id, caption="Kim Jong-Un.", credit="KCNA via AP/TT", alt_text="Kim"
        )
        ws.photos.attach(article.id, outcome.photo.id, PhotoRole.FEATURED)
    return article.id


def add_destination(ws: Workspace, name: str = "Herald") -> int:
    return ws.destinations.add(name, SITE_URL, "editor", PASSWORD).id
