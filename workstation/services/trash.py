"""The Trash: moving articles there and back, deleting them for good, and what the editor should
know before trashing one that readers can still see on a site (the local Trash never touches a
site; an unpublish can go with it, queued in the outbox like Publish › Unpublish)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workstation.domain.errors import ValidationError
from workstation.domain.publication_state import SiteState
from workstation.domain.publishing import JobAction, JobState, OutboxJob, RemoteStatus
from workstation.services.articles import ArticleService
from workstation.services.publishing.outbox import OutboxService

# What readers see (published) or will see (scheduled) on the site.
LIVE_STATUSES = frozenset({RemoteStatus.PUBLISH, RemoteStatus.FUTURE})


@dataclass(frozen=True, slots=True)
class LiveCopy:
    """An article that a site shows (or will show) to readers."""

    article_id: int
    headline: str
    destination_id: int
    site: str
    status: RemoteStatus  # PUBLISH or FUTURE


def live_copy(state: SiteState, headline: str) -> LiveCopy | None:
    """The site's copy when readers see it (or will: scheduled), whatever the outbox is doing."""
    publication = state.publication
    if publication is None or publication.remote_id is None or publication.remote_status not in LIVE_STATUSES:
        return None
    assert publication.remote_status is not None
    return LiveCopy(state.article_id, headline, state.destination_id, state.site, publication.remote_status)


def _unsent_publish(job: OutboxJob) -> bool:
    """A publish or update not being sent this moment: one a trashed article must never get."""
    return job.action is JobAction.PUBLISH and job.state is not JobState.SENDING


class TrashService:
    def __init__(self, articles: ArticleService, outbox: OutboxService) -> None:
        self._articles = articles
        self._outbox = outbox

    def live_copies(self, article_ids: Sequence[int]) -> list[LiveCopy]:
        """The articles' copies that readers see on a site, in the order of article_ids."""
        states = self._outbox.article_states(article_ids)
        copies: list[LiveCopy] = []
        for article_id in article_ids:
            site_states = states.get(article_id, ())
            if not site_states:
                continue
            headline = self._articles.get(article_id).headline
            copies += [c for c in (live_copy(s, headline) for s in site_states) if c is not None]
        return copies

    def move_to_trash(self, article_ids: Sequence[int], *, unpublish: bool = False) -> list[OutboxJob]:
        """Trash the articles; with unpublish, first queue each live copy's move back to draft
        (if one cannot be queued, nothing is trashed). A trashed article is never sent: its
        publishes and updates still waiting in the outbox are cancelled (one being sent this
        moment finishes, and a queued unpublish follows it). Returns the jobs queued."""
        jobs: list[OutboxJob] = []
        if unpublish:
            for copy in self.live_copies(article_ids):
                jobs += self._outbox.unpublish(copy.article_id, copy.destination_id)
        for job in self._outbox.unfinished_jobs(article_ids):
            if _unsent_publish(job):
                self._outbox.cancel(job.id)
        self._articles.trash(article_ids)
        return jobs

    def restore(self, article_ids: Sequence[int]) -> None:
        self._articles.restore(article_ids)

    def delete(self, article_ids: Sequence[int]) -> None:
        """Delete trashed articles for good (ArticleService.delete refuses any other). Refused
        while the outbox still has work for one on a site (an unpublish waiting to be sent):
        deleting it would drop that job and the post's id with it, and the post would stay up."""
        jobs = self._outbox.unfinished_jobs(article_ids)
        unsent = [job for job in jobs if _unsent_publish(job)]
        for job in jobs:
            if job not in unsent:
                raise ValidationError(
                    "article",
                    f"“{job.headline}” cannot be deleted yet: its {job.action.value} on "
                    f"{job.destination_name} is still in the outbox ({job.state.label.lower()}). "
                    "Delete it once that is sent, or cancel it in the Outbox first.",
                )
        for job in unsent:
            self._outbox.cancel(job.id)  # never to be sent: the article is going
        self._articles.delete(article_ids)
