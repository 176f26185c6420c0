"""Shared by the outbox tests: a clock the tests move, an article with a credited photo, a site."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.unit.fake_site import PASSWORD, FakeSite
from tests.unit.photo_images import camera_jpeg
from workstation.domain.article import ArticleContent
from workstation.domain.photo import PhotoRole
from workstation.services.workspace import Workspace

SITE_URL = "https://news.example.org"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
        self.per_call = timedelta()  # a clock that moves a little each time it is read

    def __call__(self) -> datetime:
        self.now += self.per_call
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def wire(workspace: Workspace, site: FakeSite, clock: Clock) -> None:
    workspace.connect_publishing(site.destinations(workspace, clock), clock, random.Random(7))


def make_article(ws: Workspace, tmp_path: Path, *, photo: bool = True, tags=("Drones", "North Korea")) -> int:
    section, _ = ws.taxonomy.resolve_section("World/Asia")
    article = ws.articles.create(
        ArticleContent(
            headline="Kim Orders Drones",
            standfirst='North Korea\'s leader wants "mass production".',
            body="First paragraph.\n\n## More\n\nSecond paragraph.",
            byline="TT",
            source_note="This article has been altered and translated by Sweden Herald",
            section_id=section.id,
            tags=tags,
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


def add_destination(ws: Workspace) -> int:
    return ws.destinations.add("Herald", SITE_URL, "editor", PASSWORD).id


def article_with_inline_photo(ws, tmp_path) -> tuple[int, str]:
    article_id = make_article(ws, tmp_path)
    outcome = ws.photos.import_file(camera_jpeg(tmp_path / "inline.jpg"))
    photo = ws.photos.update_fields(outcome.photo.id, caption="A drone.", credit="KCNA", alt_text="Drone")
    body = f"Before.\n\n![Drone](photo:{photo.sha256})\n\nAfter."
    ws.articles.update(article_id, body=body)
    return article_id, body
