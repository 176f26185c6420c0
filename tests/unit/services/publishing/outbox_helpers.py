"""Shared by the outbox tests: a clock the tests move, and an article with an inline photo too
(the article itself, the site and its wiring are in tests/fakes/publishing.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.fakes.photo_images import camera_jpeg
from tests.fakes.publishing import make_article
from workstation.domain.article import ArticleChanges


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
        self.per_call = timedelta()  # a clock that moves a little each time it is read

    def __call__(self) -> datetime:
        self.now += self.per_call
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def article_with_inline_photo(ws, tmp_path) -> tuple[int, str]:
    article_id = make_article(ws, tmp_path)
    outcome = ws.photos.import_file(camera_jpeg(tmp_path / "inline.jpg"))
    photo = ws.photos.update_fields(outcome.photo.id, caption="A drone.", credit="KCNA", alt_text="Drone")
    body = f"Before.\n\n![Drone](photo:{photo.sha256})\n\nAfter."
    ws.articles.update(article_id, ArticleChanges(body=body))
    return article_id, body
