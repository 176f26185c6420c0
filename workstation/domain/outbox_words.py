"""The outbox in words: a job's state and step as its row shows them, and the tab's one-line
summary. A resolved conflict reads as such ("Resolved: took the site's version"), a job that
stopped says why and when it goes again, and "All sent" means every job was sent."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.publication_state import clock_time
from workstation.domain.publishing import JobResolution, JobState, OutboxJob
from workstation.domain.text import plural

_RESOLUTION_LABELS = {
    JobResolution.THEIRS: QT_TRANSLATE_NOOP("OutboxWords", "Resolved: took the site's version"),
    JobResolution.MINE: QT_TRANSLATE_NOOP("OutboxWords", "Resolved: kept this copy"),
    JobResolution.CHOICES: QT_TRANSLATE_NOOP("OutboxWords", "Resolved: your choices sent"),
}
WAITING_FOR_EDITOR = frozenset({JobState.FAILED, JobState.CONFLICT, JobState.NEEDS_CREDENTIALS})


def job_state_label(job: OutboxJob) -> str:
    """The state in words; a conflict the editor resolved reads so, not "Cancelled" or "Done"."""
    if job.resolution is not None and job.state in (JobState.DONE, JobState.CANCELLED):
        return translate("OutboxWords", _RESOLUTION_LABELS[job.resolution])
    return job.state.label


def job_step_text(job: OutboxJob, now: datetime | None = None) -> str:
    """What the job is doing, or why it stopped and when it goes again: "Test Herald is not
    answering. Retrying at 06:03." (never the step it was on when it stopped)."""
    reason = job.last_error.splitlines()[0] if job.last_error else ""
    if job.state is JobState.RETRYING:
        when = (
            translate("OutboxWords", "Retrying at {clock_time}.").format(
                clock_time=clock_time(job.next_attempt_at, now)
            )
            if job.next_attempt_at
            else translate("OutboxWords", "Retrying later.")
        )
        return f"{reason} {when}" if reason else when
    if job.state is JobState.CONFLICT:  # the whole sentence is in the job's details
        return translate(
            "OutboxWords", "Not sent: the post was changed on the site. Resolve the conflict to go on."
        )
    if job.state in WAITING_FOR_EDITOR and reason:
        return reason
    if job.state is JobState.SENDING and job.progress is not None:
        return f"{job.progress:.0%} · {job.step}"
    return job.step or (
        translate("OutboxWords", "Waiting to be sent") if job.state is JobState.QUEUED else ""
    )


def outbox_summary(jobs: Sequence[OutboxJob]) -> str:
    """The Outbox's header: "2 to send · 1 needs you"; with nothing going, "All sent" only when
    every job was sent, else "Nothing waiting · 1 cancelled"."""
    if not jobs:
        return ""
    going = sum(1 for job in jobs if job.state.is_open)
    stuck = sum(1 for job in jobs if job.state in WAITING_FOR_EDITOR)
    parts = []
    if going:
        parts.append(translate("OutboxWords", "{going} to send").format(going=going))
    if stuck:
        parts.append(
            translate("OutboxWords", "{stuck} need{value} you").format(
                stuck=stuck, value="s" if stuck == 1 else ""
            )
        )
    if parts:
        return " · ".join(parts)
    ended = [job for job in jobs if job.state is JobState.CANCELLED]
    cancelled = sum(1 for job in ended if job.resolution is None)
    resolved = len(ended) - cancelled
    if not ended:
        return translate("OutboxWords", "All sent")
    parts = [translate("OutboxWords", "Nothing waiting")]
    if cancelled:
        parts.append(f"{cancelled} cancelled")
    if resolved:
        parts.append(f"{plural(resolved, 'conflict')} resolved")
    return " · ".join(parts)
