"""Helpers for the publishing UI tests: a workspace that publishes to an in-memory site
(tests/unit/fake_site.py), a slow site, articles and destinations."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.unit.fake_site import PASSWORD, FakePublisher, FakeSite
from tests.unit.photo_images import camera_jpeg
from workstation.domain.article import ArticleContent
from workstation.domain.photo import PhotoRole
from workstation.services.workspace import Workspace
from workstation.ui.main_window import MainWindow

SITE_URL = "https://news.example.org"


class SlowPublisher(FakePublisher):
    """Uploads take `site.upload_seconds`, reporting progress in ten steps."""

    def upload_media(self, data: bytes, filename: str, mime: str, progress: Any = None) -> Any:
        site = self.site
        assert isinstance(site, SlowSite)
        steps = 10
        for step in range(steps):
            time.sleep(site.upload_seconds / steps)
            if progress is not None:
                progress(len(data) * step // steps, len(data))
        return super().upload_media(data, filename, mime, progress)


class SlowSite(FakeSite):
    upload_seconds: float = 0.5

    def publisher(self, api_root: str, username: str, password: str | None) -> FakePublisher:
        return SlowPublisher(self, password)


def wire(workspace: Workspace, site: FakeSite) -> None:
    """The workspace's publishing services, talking to the fake site."""
    workspace.connect_publishing(site.destinations(workspace))


def make_article(
    ws: Workspace, tmp_path: Path, *, photo: bool = False, headline: str = "Kim Orders Drones"
) -> int:
    section, _ = ws.taxonomy.resolve_section("World/Asia")
    article = ws.articles.create(
        ArticleContent(
            headline=headline,
            standfirst="North Korea's leader wants mass production.",
            body="First paragraph.\n\nSecond paragraph.",
            byline="TT",
            section_id=section.id,
            tags=("Drones",),
        )
    )
    if photo:
        outcome = ws.photos.import_file(camera_jpeg(tmp_path / f"photo-{article.id}.jpg"))
        assert outcome.photo is not None
        ws.photos.update_fields(outcome.photo.id, caption="Kim.", credit="KCNA via AP/TT", alt_text="Kim")
        ws.photos.attach(article.id, outcome.photo.id, PhotoRole.FEATURED)
    return article.id


def add_destination(ws: Workspace, name: str = "Herald") -> int:
    return ws.destinations.add(name, SITE_URL, "editor", PASSWORD).id


def show_article(window: MainWindow, article_id: int) -> None:
    window.signals.articles_changed.emit([article_id])
    window.select_article(article_id)
    assert window.editor.article_id == article_id


def wait_for(qtbot, condition: Callable[[], bool], timeout: int = 5000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)
