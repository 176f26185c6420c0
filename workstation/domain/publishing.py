"""Publishing: the sites an article goes to, the outbox jobs that send it, and what the site holds.

Nothing here talks to a network; the services do. Times are timezone-aware UTC.
"""

from __future__ import annotations

import hashlib
import random
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.status import SiteStatus


class RemoteStatus(StrEnum):
    """A post's status on the site (WordPress's names)."""

    DRAFT = "draft"
    PENDING = "pending"
    PUBLISH = "publish"
    FUTURE = "future"
    PRIVATE = "private"
    TRASH = "trash"

    @property
    def label(self) -> str:
        return translate("RemoteStatus", _REMOTE_LABELS[self])


_REMOTE_LABELS = {
    RemoteStatus.DRAFT: QT_TRANSLATE_NOOP("RemoteStatus", "Draft"),
    RemoteStatus.PENDING: QT_TRANSLATE_NOOP("RemoteStatus", "Pending review"),
    RemoteStatus.PUBLISH: QT_TRANSLATE_NOOP("RemoteStatus", "Published"),
    RemoteStatus.FUTURE: QT_TRANSLATE_NOOP("RemoteStatus", "Scheduled"),
    RemoteStatus.PRIVATE: QT_TRANSLATE_NOOP("RemoteStatus", "Private"),
    RemoteStatus.TRASH: QT_TRANSLATE_NOOP("RemoteStatus", "Trash"),
}

# The post's status that makes an article published or scheduled on a site (the list's filters).
REMOTE_STATUS_FOR = {SiteStatus.PUBLISHED: RemoteStatus.PUBLISH, SiteStatus.SCHEDULED: RemoteStatus.FUTURE}

# What an editor may ask the site for.
REQUESTABLE_STATUSES = (RemoteStatus.DRAFT, RemoteStatus.PENDING, RemoteStatus.PUBLISH, RemoteStatus.FUTURE)


class JobAction(StrEnum):
    PUBLISH = "publish"  # create the post, or update the one this article already has
    UNPUBLISH = "unpublish"  # back to draft
    TRASH = "trash"


class JobState(StrEnum):
    QUEUED = "queued"  # waits for the worker (or for its next_attempt_at)
    SENDING = "sending"
    RETRYING = "retrying"  # a transient failure; waits for next_attempt_at
    CONFLICT = "conflict"  # the site's copy changed since the last sync; the editor decides
    NEEDS_CREDENTIALS = "needs-credentials"  # 401: the password must be entered again
    FAILED = "failed"  # a permanent error (a 4xx): shown with the site's message
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """Still the outbox's business (not finished, failed or cancelled)."""
        return self in _OPEN_STATES

    @property
    def label(self) -> str:
        return translate("JobState", _STATE_LABELS[self])


_OPEN_STATES = frozenset({JobState.QUEUED, JobState.SENDING, JobState.RETRYING})
_STATE_LABELS = {
    JobState.QUEUED: QT_TRANSLATE_NOOP("JobState", "Waiting"),
    JobState.SENDING: QT_TRANSLATE_NOOP("JobState", "Sending"),
    JobState.RETRYING: QT_TRANSLATE_NOOP("JobState", "Will retry"),
    JobState.CONFLICT: QT_TRANSLATE_NOOP("JobState", "Conflict"),
    JobState.NEEDS_CREDENTIALS: QT_TRANSLATE_NOOP("JobState", "Password needed"),
    JobState.FAILED: QT_TRANSLATE_NOOP("JobState", "Failed"),
    JobState.DONE: QT_TRANSLATE_NOOP("JobState", "Done"),
    JobState.CANCELLED: QT_TRANSLATE_NOOP("JobState", "Cancelled"),
}


class JobResolution(StrEnum):
    """How the editor resolved a job's conflict."""

    THEIRS = "theirs"  # took the site's version: nothing more to send (the job ends)
    MINE = "mine"  # kept this copy: it is sent over the site's
    CHOICES = "choices"  # a choice per field: what was kept from this copy is sent


@dataclass(frozen=True, slots=True)
class Destination:
    """A site an article can be published to. The password lives in the OS keyring only."""

    id: int
    name: str
    url: str  # the site as the editor typed it
    username: str
    api_root: str = ""  # discovered from the site's Link header
    platform: str = "wordpress"
    max_upload_bytes: int | None = None
    verified_at: datetime | None = None
    last_pull_at: datetime | None = None  # the newest modified_gmt seen by a pull
    managed: bool = False  # preset by the organisation's managed configuration
    timezone: str = ""  # the site's, as it said when last checked ("Europe/Stockholm"); "" unknown
    # The REST API's origin ("https://api.example.org") when the editor confirmed one other than
    # the site's own; "" when the API is on the site's origin (the only one trusted by default).
    api_origin: str = ""
    pinned_certificate: str = ""  # PEM of the certificate the editor chose to trust; "" none

    @property
    def certificate_fingerprint(self) -> str:
        """The pinned certificate's SHA-256 fingerprint ("AB:CD:..."); "" when none is pinned."""
        return certificate_fingerprint(self.pinned_certificate) if self.pinned_certificate else ""


def certificate_fingerprint(pem: str) -> str:
    """A certificate's SHA-256 fingerprint as browsers show it: pairs of hex digits with colons."""
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def same_fingerprint(given: str, fingerprint: str) -> bool:
    """Whether a fingerprint as typed or pasted (any case, with or without colons or spaces,
    "SHA256:" in front) is this one."""
    text = given.strip().upper().removeprefix("SHA256:").removeprefix("SHA-256:")
    cleaned = "".join(ch for ch in text if ch not in ": ")
    return bool(cleaned) and cleaned == fingerprint.replace(":", "")


@dataclass(frozen=True, slots=True)
class Publication:
    """What a site holds of an article, as of the last sync (publish or pull)."""

    article_id: int
    destination_id: int
    remote_id: int | None = None
    link: str = ""
    remote_status: RemoteStatus | None = None
    slug: str = ""
    modified_gmt: datetime | None = None  # the site's last change we know of (conflict check)
    published_gmt: datetime | None = None  # the site's date: first published, or scheduled for
    synced_at: datetime | None = None
    # What we last sent or pulled: content fields by name, to send only what changed.
    synced_fields: str = "{}"
    # What an update in flight sends (JSON; "" when none): a lost answer is not a conflict.
    pending_fields: str = ""


@dataclass(frozen=True, slots=True)
class SitePublication:
    """A publication that exists on its site (it has a remote id), with the site's name."""

    destination_name: str
    publication: Publication


@dataclass(frozen=True, slots=True)
class OutboxJob:
    id: int
    article_id: int
    destination_id: int
    action: JobAction
    state: JobState
    created_at: datetime
    updated_at: datetime
    requested_status: RemoteStatus | None = None  # None: keep the site's status (an update)
    scheduled_at: datetime | None = None  # for RemoteStatus.FUTURE
    attempts: int = 0
    next_attempt_at: datetime | None = None
    step: str = ""  # what it is doing or last did, in words
    last_error: str = ""
    bytes_sent: int = 0
    bytes_total: int = 0
    overwrite: bool = False  # the editor chose "keep mine" after a conflict
    # Set before a create request so a retry finds what a lost answer created.
    pending_marker: str = ""
    marker_set_at: datetime | None = None
    heartbeat_at: datetime | None = None  # while SENDING: when its sender last said it is alive
    conflict: str = ""  # JSON of the site's version when state is CONFLICT
    error_detail: str = ""  # the technical detail behind last_error (shown behind "Details")
    resolution: JobResolution | None = None  # how the editor resolved the job's conflict
    headline: str = ""  # for lists: the article's headline when queued
    destination_name: str = ""

    @property
    def last_alive(self) -> datetime:
        """The last sign of life of the worker sending it: its heartbeat or its last write."""
        if self.heartbeat_at is not None and self.heartbeat_at > self.updated_at:
            return self.heartbeat_at
        return self.updated_at

    @property
    def progress(self) -> float | None:
        if self.bytes_total <= 0:
            return None
        return min(1.0, self.bytes_sent / self.bytes_total)


@dataclass(frozen=True, slots=True)
class RemotePost:
    """A post as the site's answer gives it (a platform's publisher reads it from the API)."""

    id: int
    link: str
    status: RemoteStatus
    slug: str
    modified_gmt: datetime | None
    date_gmt: datetime | None
    title: str = ""
    excerpt: str = ""
    content: str = ""  # raw: block markup as stored
    content_rendered: str = ""
    categories: tuple[int, ...] = ()
    tags: tuple[int, ...] = ()
    featured_media: int = 0
    author: int = 0
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UnreadablePost:
    """A post of a site's answer that could not be read (a non-numeric category, no id): it is
    reported, and the posts around it are pulled."""

    id: str  # as the answer gave it ("" when it gave none)
    reason: str


@dataclass(frozen=True, slots=True)
class RemoteVersion:
    """The site's copy of a post, as shown beside the local one in a conflict or a pull."""

    remote_id: int
    title: str
    excerpt: str
    content_html: str
    status: RemoteStatus
    modified_gmt: datetime | None
    link: str = ""
    categories: tuple[int, ...] = ()
    tags: tuple[int, ...] = ()
    featured_media: int = 0


MAX_BACKOFF_SECONDS = 15 * 60
BASE_BACKOFF_SECONDS = 2.0
# A site's Retry-After is honoured up to a day: "inf" or a date in year 9999 would put the next
# attempt past what a datetime can hold (an OverflowError that ended the outbox worker's run).
MAX_RETRY_AFTER_SECONDS = 24 * 60 * 60


def retry_delay(attempt: int, retry_after: float | None = None, rng: random.Random | None = None) -> float:
    """Seconds to wait before attempt `attempt + 1`: exponential backoff with full jitter, at
    least what the server asked for with Retry-After, never more than 15 minutes (unless the
    server asked for more)."""
    rng = rng or random.Random()
    ceiling = min(MAX_BACKOFF_SECONDS, BASE_BACKOFF_SECONDS * (2 ** max(0, attempt - 1)))
    delay = ceiling / 2 + rng.uniform(0, ceiling / 2)
    if retry_after is not None and retry_after > delay:  # NaN is never > delay
        return float(min(retry_after, MAX_RETRY_AFTER_SECONDS))
    return float(delay)
