"""What can go wrong talking to a site, sorted by what the outbox does about it."""

from __future__ import annotations

from workstation.domain.errors import WorkstationError
from workstation.domain.publishing import RemoteVersion


class PublishError(WorkstationError):
    """Any failure of a publishing step; the message is for the editor."""


class TransientError(PublishError):
    """Worth retrying: the network, a timeout, 429, a 5xx, an HTML page instead of JSON."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentError(PublishError):
    """A 4xx (other than 401/429): retrying the same request cannot help."""

    def __init__(self, message: str, status: int = 0, code: str = "", data: object = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.data = data


class NotFoundOnSiteError(PermanentError):
    """The post or media is gone from the site (404/410)."""


class CredentialsError(PublishError):
    """401: the site did not accept the user and password (or they are missing)."""


class CredentialsUnavailable(PublishError):
    """The OS keyring cannot be used (none, locked, not answering)."""


class NotWordPressError(PublishError):
    """The URL answers, but not as a WordPress site with its REST API."""


class ConflictError(PublishError):
    """The site's copy changed since the last sync: nothing was written."""

    def __init__(self, remote: RemoteVersion) -> None:
        super().__init__(
            "The post was changed on the site since it was last published from here. "
            "Nothing was written; compare the versions and choose which to keep."
        )
        self.remote = remote
