"""One publication state per article and site: what the editor needs to know about a site's copy.

Computed from the publication (what the site holds as of the last sync), the relevant outbox job
and whether the article was edited here since it was last sent. The services compute it
(OutboxService.publication_states); the publication bar, the article list, the status bar and
the command line only show it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from workstation.domain.i18n import translate
from workstation.domain.publishing import JobState, OutboxJob, Publication
from workstation.domain.timefmt import relative_time


class PublicationState(StrEnum):
    IN_SYNC = "in_sync"
    LOCAL_CHANGES = "local_changes"  # edited here since it was last sent
    SENDING = "sending"  # queued or being sent
    RETRYING = "retrying"  # a transient failure; the outbox tries again later
    CONFLICT = "conflict"  # the post changed on the site; the editor decides
    FAILED = "failed"  # the site refused, or a password is needed

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def needs_attention(self) -> bool:
        """Something the editor has to do (the outbox sends and retries on its own)."""
        return self in ATTENTION_STATES

    @property
    def rank(self) -> int:
        """How much it matters, for the one marker of an article on several sites."""
        return _RANKS[self]


_LABELS = {
    PublicationState.IN_SYNC: "In sync",
    PublicationState.LOCAL_CHANGES: "Edited here since it was sent",
    PublicationState.SENDING: "Sending",
    PublicationState.RETRYING: "Will retry",
    PublicationState.CONFLICT: "Conflict",
    PublicationState.FAILED: "Failed",
}
ATTENTION_STATES = frozenset(
    {PublicationState.LOCAL_CHANGES, PublicationState.CONFLICT, PublicationState.FAILED}
)
_RANKS = {
    PublicationState.IN_SYNC: 0,
    PublicationState.SENDING: 1,
    PublicationState.LOCAL_CHANGES: 2,
    PublicationState.RETRYING: 3,
    PublicationState.FAILED: 4,
    PublicationState.CONFLICT: 5,
}
# The job states that decide the publication's state on their own (the store's list filter
# uses the same sets, so the list and the bar never disagree).
JOB_STATE_MAP = {
    JobState.QUEUED: PublicationState.SENDING,
    JobState.SENDING: PublicationState.SENDING,
    JobState.RETRYING: PublicationState.RETRYING,
    JobState.CONFLICT: PublicationState.CONFLICT,
    JobState.FAILED: PublicationState.FAILED,
    JobState.NEEDS_CREDENTIALS: PublicationState.FAILED,
}
ATTENTION_JOB_STATES = frozenset(job for job, state in JOB_STATE_MAP.items() if state.needs_attention)


@dataclass(frozen=True, slots=True)
class SiteState:
    """The state of one article on one site, with what the words about it need."""

    article_id: int
    destination_id: int
    site: str
    state: PublicationState
    publication: Publication | None = None
    job: OutboxJob | None = None  # the job that decides the state (None: the publication does)
    retry_at: datetime | None = None  # RETRYING: when
    reason: str = ""  # RETRYING: why; FAILED: the site's message
    changed_at: datetime | None = None  # CONFLICT: when the post changed on the site
    password_needed: bool = False  # FAILED for want of a password
    progress: float | None = None  # SENDING: the uploads' share sent, when known
    step: str = ""  # SENDING: what it is doing

    @property
    def needs_attention(self) -> bool:
        return self.state.needs_attention

    def sentence(self, now: datetime | None = None) -> str:
        """The state in words, without the site's name: 'Edited here since it was sent',
        'Will retry at 06:03: Test Herald is not answering', 'Failed: <the site's message>'."""
        state = self.state
        if state is PublicationState.IN_SYNC:
            return translate("SiteState", "In sync with the site")
        if state is PublicationState.LOCAL_CHANGES:
            return translate("SiteState", "Edited here since it was sent")
        if state is PublicationState.SENDING:
            step = self.step or translate("SiteState", "waiting to send")
            text = translate("SiteState", "Sending: {value}").format(value=step)
            return f"{text} ({round(self.progress * 100)}%)" if self.progress is not None else text
        if state is PublicationState.RETRYING:
            # Each variant a sentence of its own: a translation cannot be put together from pieces.
            if self.retry_at:
                time = clock_time(self.retry_at, now)
                if self.reason:
                    return translate("SiteState", "Will retry at {time}: {reason}").format(
                        time=time, reason=self.reason
                    )
                return translate("SiteState", "Will retry at {time}").format(time=time)
            if self.reason:
                return translate("SiteState", "Will retry later: {reason}").format(reason=self.reason)
            return translate("SiteState", "Will retry later")
        if state is PublicationState.CONFLICT:
            if self.changed_at:
                return translate(
                    "SiteState", "Not updated: the post was changed on the site at {time}"
                ).format(time=clock_time(self.changed_at, now))
            return translate("SiteState", "Not updated: the post was changed on the site")
        if self.password_needed:
            return (
                translate("SiteState", "Failed: password needed. {reason}")
                .format(reason=self.reason)
                .rstrip()
            )
        return (
            translate("SiteState", "Failed: {reason}").format(reason=self.reason) if self.reason else "Failed"
        )

    def announcement(self, now: datetime | None = None) -> str:
        """A sentence for the status bar and a desktop notice, naming the site."""
        state = self.state
        if state is PublicationState.CONFLICT:
            return translate(
                "SiteState",
                "{site} refused the update: the post changed on the site. Resolve it in the Outbox.",
            ).format(site=self.site)
        if state is PublicationState.FAILED and self.password_needed:
            return translate(
                "SiteState", "{site} needs the password again before anything more is sent."
            ).format(site=self.site)
        if state is PublicationState.FAILED:
            return translate("SiteState", "{site} refused it: {value}").format(
                site=self.site, value=self.reason or "the send failed"
            )
        if state is PublicationState.RETRYING:
            return f"{self.site}: {self.sentence(now)}"
        if state is PublicationState.LOCAL_CHANGES:
            return translate(
                "SiteState", "Edited here since it was sent to {site}: Update sends the changes."
            ).format(site=self.site)
        if state is PublicationState.IN_SYNC:
            return translate("SiteState", "{site} has the article as it is here.").format(site=self.site)
        return f"{self.site}: {self.sentence(now)}"


def clock_time(moment: datetime, now: datetime | None = None) -> str:
    """'06:03' today (local time), else 'Yesterday, 23:05' or '15 Nov, 02:02'."""
    text = relative_time(moment, now)
    return text.removeprefix(translate("PublicationState", "Today, "))


def relevant_job(jobs: Iterable[OutboxJob]) -> OutboxJob | None:
    """Of one article's jobs for one site, the one that decides its state: the newest one still
    under way, else the newest (a job done or cancelled leaves it to the publication)."""
    ordered = sorted(jobs, key=lambda job: job.id, reverse=True)
    under_way = [job for job in ordered if job.state.is_open]
    chosen = under_way or ordered
    return chosen[0] if chosen else None


def site_state(
    site: str,
    publication: Publication | None,
    job: OutboxJob | None,
    *,
    edited_since_sent: bool,
    article_id: int | None = None,
    destination_id: int | None = None,
) -> SiteState | None:
    """The state of an article on a site; None when the site has nothing of it and nothing is
    under way (never published there, or a first publish cancelled)."""
    deciding = job if job is not None and job.state in JOB_STATE_MAP else None
    if deciding is None and (publication is None or publication.remote_id is None):
        return None
    source = publication or deciding
    assert source is not None
    article = article_id if article_id is not None else source.article_id
    destination = destination_id if destination_id is not None else source.destination_id
    base = SiteState(article, destination, site, PublicationState.IN_SYNC, publication)
    if deciding is not None:
        state = JOB_STATE_MAP[deciding.state]
        if state is PublicationState.SENDING:
            return replace(base, state=state, job=deciding, progress=deciding.progress, step=deciding.step)
        if state is PublicationState.RETRYING:
            return replace(
                base, state=state, job=deciding, retry_at=deciding.next_attempt_at, reason=deciding.last_error
            )
        if state is PublicationState.CONFLICT:
            changed_at = _conflict_time(deciding.conflict)
            return replace(base, state=state, job=deciding, changed_at=changed_at, reason=deciding.last_error)
        password = deciding.state is JobState.NEEDS_CREDENTIALS
        return replace(base, state=state, job=deciding, reason=deciding.last_error, password_needed=password)
    return replace(base, state=PublicationState.LOCAL_CHANGES) if edited_since_sent else base


def worst(states: Sequence[SiteState]) -> SiteState | None:
    """The state that matters most of an article's sites (the list's one marker)."""
    return max(states, key=lambda s: s.state.rank, default=None)


def _conflict_time(conflict_json: str) -> datetime | None:
    """When the site's copy changed, from the version a conflict kept (its modified_gmt)."""
    try:
        raw = json.loads(conflict_json or "{}")
        value = raw.get("modified_gmt") if isinstance(raw, dict) else None
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class SiteFacts:
    """What the store knows of one article on one site: the input of `site_state`."""

    article_id: int
    destination_id: int
    site: str
    publication: Publication | None
    jobs: tuple[OutboxJob, ...]  # the newest, and every one under way
    edited_since_sent: bool

    def state(self) -> SiteState | None:
        return site_state(
            self.site,
            self.publication,
            relevant_job(self.jobs),
            edited_since_sent=self.edited_since_sent,
            article_id=self.article_id,
            destination_id=self.destination_id,
        )
