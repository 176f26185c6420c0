"""Application passwords in the OS keyring, and nowhere else.

Every keyring call runs on a short-lived thread with a timeout: a locked keyring waits for a
prompt that may never come (no desktop session), and the caller must get an answer instead.
A backend that stores passwords in plain text (keyrings.alt) is refused.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors

from workstation.services.diagnostics.logs import remember_secret
from workstation.services.publishing.errors import CredentialsUnavailable

SERVICE_NAME = "Editorial Workstation"
DEFAULT_TIMEOUT_SECONDS = 10.0

T = TypeVar("T")

_NO_KEYRING_HELP = (
    "No system keyring is available to keep the site's application password. "
    "On Linux start a Secret Service keyring (GNOME Keyring or KWallet) in your desktop session; "
    "on a machine without one, ask your IT department. Passwords are never stored in plain text."
)


def credential_key(username: str, site: str) -> str:
    """The keyring entry of one user on one site."""
    return f"{username}@{site.rstrip('/')}"


class CredentialStore:
    def __init__(self, service: str = SERVICE_NAME, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> None:
        self._service = service
        self._timeout = timeout

    def get(self, username: str, site: str) -> str | None:
        password = self._call(lambda: keyring.get_password(self._service, credential_key(username, site)))
        remember_secret(username, password)  # never in the log, whatever may quote it
        return password

    def set(self, username: str, site: str, password: str) -> None:
        remember_secret(username, password)
        self._call(lambda: keyring.set_password(self._service, credential_key(username, site), password))

    def delete(self, username: str, site: str) -> None:
        def remove() -> None:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):  # nothing stored
                keyring.delete_password(self._service, credential_key(username, site))

        self._call(remove)

    def _call(self, work: Callable[[], T]) -> T:
        _refuse_plaintext_backend()
        outcome: list[T] = []
        failure: list[BaseException] = []

        def run() -> None:
            try:
                outcome.append(work())
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                failure.append(exc)

        worker = threading.Thread(target=run, name="keyring", daemon=True)
        worker.start()
        worker.join(self._timeout)
        if worker.is_alive():
            raise CredentialsUnavailable(
                f"The system keyring did not answer within {self._timeout:g} s; it is probably locked "
                "and waiting for a password prompt. Unlock your keyring (log in to the desktop "
                "session, or open your keyring app) and try again."
            )
        if failure:
            exc = failure[0]
            if isinstance(exc, keyring.errors.NoKeyringError):
                raise CredentialsUnavailable(_NO_KEYRING_HELP) from exc
            if isinstance(exc, keyring.errors.KeyringLocked):
                raise CredentialsUnavailable(
                    "The system keyring is locked. Unlock it and try again."
                ) from exc
            if isinstance(exc, keyring.errors.KeyringError):
                raise CredentialsUnavailable(
                    f"The system keyring refused ({exc}). If it is locked, unlock it (log in to your "
                    "desktop's keyring) and try again. Passwords are never stored in plain text."
                ) from exc
            raise exc
        return outcome[0]


def _refuse_plaintext_backend() -> None:
    backend = keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or "PlaintextKeyring" in type(backend).__name__:
        raise CredentialsUnavailable(
            f"The configured keyring ({type(backend).__name__}) keeps passwords in plain text; "
            "Editorial Workstation refuses to use it. " + _NO_KEYRING_HELP
        )
