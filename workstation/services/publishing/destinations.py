"""Destinations: the sites an editor publishes to. Add, check, edit, remove; passwords in the keyring.

Checking a site says exactly what is wrong: unreachable, not WordPress, REST API disabled, wrong
user or password, or a user who may not publish.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from workstation.domain.errors import NotFoundError, ValidationError, WorkstationError
from workstation.domain.publishing import Destination, same_fingerprint
from workstation.services.clock import Clock, utc_now
from workstation.services.publishing.credentials import CredentialStore
from workstation.services.publishing.errors import CredentialsError, PermanentError
from workstation.services.publishing.publisher import Publisher, SiteAccount
from workstation.services.publishing.site_trust import SiteTrust, origin
from workstation.services.publishing.tls import SiteCertificate, fetch_certificate
from workstation.services.publishing.wordpress import WordPressPublisher
from workstation.services.publishing.wordpress_client import (
    WordPressClient,
    discover_api_root,
    normalize_site_url,
    require_encrypted,
    travels_readable,
)
from workstation.store.database import Database
from workstation.store.publishing_repository import DestinationRepository


class PresetDestination(Protocol):
    """A destination the organisation's managed configuration presets (never with a password)."""

    @property
    def name(self) -> str: ...

    @property
    def url(self) -> str: ...

    @property
    def username(self) -> str: ...


ClientFactory = Callable[..., Publisher]
"""(api root, user, password, trust=SiteTrust) -> a Publisher for that site, sending the
password only where `trust` allows; given allow_plain_http=True (only for a site the editor
chose to reach over plain http) it may send the password unencrypted."""
Discover = Callable[..., str]
"""(site address, trust=SiteTrust) -> its REST API root; allow_plain_http=True as above."""
FetchCertificate = Callable[[str], SiteCertificate]


def wordpress_publisher(
    api_root: str,
    username: str,
    password: str | None,
    *,
    allow_plain_http: bool = False,
    trust: SiteTrust | None = None,
) -> Publisher:
    return WordPressPublisher(
        WordPressClient(api_root, username, password, allow_plain_http=allow_plain_http, trust=trust)
    )


@dataclass(frozen=True, slots=True)
class CheckedSite:
    api_root: str
    account: SiteAccount


class DestinationService:
    def __init__(
        self,
        db: Database,
        credentials: CredentialStore,
        *,
        client_factory: ClientFactory = wordpress_publisher,
        discover: Discover = discover_api_root,
        clock: Clock = utc_now,
        locked: bool = False,
        ca_file: str = "",
        certificate_reader: FetchCertificate = fetch_certificate,
    ) -> None:
        """locked: the organisation's managed configuration fixes the list of destinations (users
        still enter their own passwords). ca_file: the organisation's CA certificates, trusted
        beside the system's."""
        self._db = db
        self.ca_file = ca_file
        self._fetch_certificate = certificate_reader
        self.locked = locked
        self.credentials = credentials
        self._client_factory = client_factory
        self._discover = discover
        self._now = clock

    # -- reading -----------------------------------------------------------------------------

    def list(self) -> builtins.list[Destination]:
        with self._db.session() as session:
            return DestinationRepository(session).all()

    def get(self, destination_id: int) -> Destination:
        with self._db.session() as session:
            return DestinationRepository(session).get(destination_id)

    def by_name(self, name: str) -> Destination:
        with self._db.session() as session:
            repo = DestinationRepository(session)
            found = repo.by_name(name)
            if found is None:
                known = ", ".join(d.name for d in repo.all()) or "none yet; add one first"
                raise NotFoundError(f"No destination named {name!r} (destinations: {known}).")
            return found

    # -- checking a site ---------------------------------------------------------------------

    def check(
        self,
        url: str,
        username: str,
        password: str,
        *,
        allow_plain_http: bool = False,
        api_origin: str = "",
        pinned_certificate: str = "",
    ) -> CheckedSite:
        """Talk to the site: find its API, log in, and see that the user may publish.
        allow_plain_http: the editor was told the password would cross the network readable
        (plain http to another machine) and went on; otherwise such an address is refused.
        api_origin: the other origin the editor confirmed for the API; pinned_certificate: the
        certificate (PEM) the editor trusts for the site."""
        if not username.strip():
            raise ValidationError("user", "enter the WordPress user name")
        if not password.strip():
            raise ValidationError("password", "enter the application password (Users > Profile on the site)")
        if not allow_plain_http:
            require_encrypted(normalize_site_url(url))
        trust = SiteTrust(normalize_site_url(url), api_origin, pinned_certificate, self.ca_file)
        plain = allow_plain_http and travels_readable(url)
        if plain:
            api_root = self._discover(url, allow_plain_http=True, trust=trust)
        else:
            api_root = self._discover(url, trust=trust)
        trust.check_api_root(api_root)  # before any password leaves
        publisher = self._make_publisher(api_root, username.strip(), password.strip(), plain, trust)
        try:
            try:
                account = publisher.verify()
            except CredentialsError as exc:
                raise CredentialsError(
                    f"{normalize_site_url(url)} did not accept user {username.strip()!r} with that "
                    "application password. Check both; an application password is made under "
                    "Users > Profile on the site (it is not the login password).",
                    detail=exc.detail,
                ) from exc
        finally:
            publisher.close()
        if not account.can_publish:
            raise PermanentError(
                f"User {username.strip()!r} may not publish posts on this site (their role is too low). "
                "Ask the site's administrator for the Author, Editor or Administrator role."
            )
        return CheckedSite(api_root, account)

    def _make_publisher(
        self, api_root: str, username: str, password: str | None, plain: bool, trust: SiteTrust
    ) -> Publisher:
        if plain:
            return self._client_factory(api_root, username, password, allow_plain_http=True, trust=trust)
        return self._client_factory(api_root, username, password, trust=trust)

    def trust_of(self, destination: Destination) -> SiteTrust:
        return SiteTrust.of(destination, self.ca_file)

    def publisher(self, destination: Destination, password: str | None) -> Publisher:
        # A destination stored at a plain http address was added after the editor agreed to it.
        plain = travels_readable(destination.url)
        trust = self.trust_of(destination)
        if destination.api_root:
            api_root = destination.api_root
        elif plain:
            api_root = self._discover(destination.url, allow_plain_http=True, trust=trust)
        else:
            api_root = self._discover(destination.url, trust=trust)
        # A root stored before origins were checked (or tampered with) is refused too.
        trust.check_api_root(api_root)
        return self._make_publisher(api_root, destination.username, password, plain, trust)

    def learn_timezone(self, destination_id: int) -> str:
        """The site's time zone: as stored, else asked of the site now (and kept). "" when it is
        not known and the site cannot say (offline, no password): the caller shows local time."""
        destination = self.get(destination_id)
        if destination.timezone:
            return destination.timezone
        try:
            password = self.password(destination)
            if password is None:
                return ""
            publisher = self.publisher(destination, password)
            try:
                zone = publisher.verify().timezone
            finally:
                publisher.close()
        except WorkstationError:
            return ""
        if zone:
            with self._db.session() as session:
                DestinationRepository(session).update(destination_id, timezone=zone)
        return zone

    def password(self, destination: Destination) -> str | None:
        return self.credentials.get(destination.username, self._credential_site(destination))

    @staticmethod
    def _credential_site(destination: Destination) -> str:
        return normalize_site_url(destination.url)

    # -- writing -----------------------------------------------------------------------------

    def _refuse_if_locked(self, what: str) -> None:
        if self.locked:
            raise ValidationError(
                "destinations", f"are set by your organisation; {what} is not possible here (ask your IT)"
            )

    def add(
        self,
        name: str,
        url: str,
        username: str,
        password: str,
        *,
        allow_plain_http: bool = False,
        allow_api_origin: str = "",
        trust_certificate: str = "",
    ) -> Destination:
        """Check the site, keep the password in the keyring, then store the destination.
        allow_plain_http: see check(). allow_api_origin: the other origin the editor confirmed
        for the site's REST API. trust_certificate: the SHA-256 fingerprint of the certificate
        the editor was told to trust; the site must show exactly that one."""
        self._refuse_if_locked("adding one")
        name = " ".join(name.split())
        if not name:
            raise ValidationError("name", "give the destination a name")
        with self._db.session() as session:
            if DestinationRepository(session).by_name(name) is not None:
                raise ValidationError("name", f"a destination named {name!r} already exists")
        site = normalize_site_url(url)
        api_origin = self._confirmed_origin(site, allow_api_origin)
        pinned = self._certificate_matching(site, trust_certificate) if trust_certificate.strip() else ""
        # The address as typed: discovery says "Did you mean http://...?" when a guessed https fails.
        checked = self.check(
            url,
            username,
            password,
            allow_plain_http=allow_plain_http,
            api_origin=api_origin,
            pinned_certificate=pinned,
        )
        self.credentials.set(username.strip(), site, password.strip())
        with self._db.session() as session:
            return DestinationRepository(session).add(
                name,
                site,
                username.strip(),
                self._now(),
                api_root=checked.api_root,
                verified_at=self._now(),
                timezone=checked.account.timezone,
                api_origin=api_origin,
                pinned_certificate=pinned,
            )

    @staticmethod
    def _confirmed_origin(site: str, given: str) -> str:
        """The API origin the editor confirmed, as an origin ("" when none or the site's own)."""
        if not given.strip():
            return ""
        text = given.strip() if "://" in given else "https://" + given.strip()
        found = origin(text)
        if not found.startswith(("https://", "http://")) or found.endswith("://"):
            raise ValidationError(
                "--allow-api-origin", f"{given!r} is not a web origin (https://host[:port])"
            )
        return "" if found == origin(site) else found

    def site_certificate(self, url: str) -> SiteCertificate:
        """The certificate the site at `url` shows (read only, to be compared and perhaps pinned)."""
        site = normalize_site_url(url)
        if not site.startswith("https://"):
            raise ValidationError("certificate", f"{site} is not an https:// address: it has no certificate")
        try:
            return self._fetch_certificate(site)
        except OSError as exc:
            raise PermanentError(
                f"Could not read the certificate of {origin(site)}: {exc.strerror or exc}."
            ) from exc

    def _certificate_matching(self, site: str, fingerprint: str) -> str:
        certificate = self.site_certificate(site)
        if not same_fingerprint(fingerprint, certificate.fingerprint):
            raise ValidationError(
                "certificate",
                f"{origin(site)} shows a certificate with the SHA-256 fingerprint "
                f"{certificate.fingerprint}, not {fingerprint.strip()}; nothing was trusted or sent",
            )
        return certificate.pem

    def pin_certificate(self, destination_id: int, certificate: SiteCertificate) -> Destination:
        """Trust this certificate for the destination from now on (the editor compared it)."""
        with self._db.session() as session:
            return DestinationRepository(session).update(destination_id, pinned_certificate=certificate.pem)

    def forget_certificate(self, destination_id: int) -> Destination:
        """Trust the destination's certificate no more (back to the system's and the CA file's)."""
        with self._db.session() as session:
            return DestinationRepository(session).update(destination_id, pinned_certificate="")

    def set_password(self, destination_id: int, password: str, username: str | None = None) -> Destination:
        """New credentials for a destination (after a 401, or a preset without a password)."""
        destination = self.get(destination_id)
        user = (username or destination.username).strip()
        # A stored plain http address was accepted when it was added (or preset by the organisation).
        checked = self.check(
            destination.url,
            user,
            password,
            allow_plain_http=True,
            api_origin=destination.api_origin,
            pinned_certificate=destination.pinned_certificate,
        )
        self.credentials.set(user, self._credential_site(destination), password.strip())
        with self._db.session() as session:
            return DestinationRepository(session).update(
                destination_id,
                username=user,
                api_root=checked.api_root,
                verified_at=self._now(),
                timezone=checked.account.timezone,
            )

    def rename(self, destination_id: int, name: str) -> Destination:
        self._refuse_if_locked("renaming one")
        name = " ".join(name.split())
        if not name:
            raise ValidationError("name", "give the destination a name")
        with self._db.session() as session:
            return DestinationRepository(session).update(destination_id, name=name)

    def verify(self, destination_id: int) -> SiteAccount:
        """Log in with the stored password; raises a clear error when anything is wrong."""
        destination = self.get(destination_id)
        password = self.password(destination)
        if password is None:
            raise CredentialsError(
                f"No application password is stored for {destination.username or 'this destination'} on "
                f"{destination.name}; enter it first."
            )
        checked = self.check(
            destination.url,
            destination.username,
            password,
            allow_plain_http=True,
            api_origin=destination.api_origin,
            pinned_certificate=destination.pinned_certificate,
        )
        with self._db.session() as session:
            DestinationRepository(session).update(
                destination_id,
                api_root=checked.api_root,
                verified_at=self._now(),
                timezone=checked.account.timezone,
            )
        return checked.account

    def remove(self, destination_id: int) -> None:
        """Forget a destination: its keyring entry, its links to posts, its queued jobs."""
        self._refuse_if_locked("removing one")
        destination = self.get(destination_id)
        if destination.managed:
            raise ValidationError(
                "destination", f"{destination.name} is set by your organisation and cannot be removed here"
            )
        if destination.username:
            self.credentials.delete(destination.username, self._credential_site(destination))
        with self._db.session() as session:
            DestinationRepository(session).remove(destination_id)

    def apply_presets(self, presets: Sequence[PresetDestination]) -> builtins.list[Destination]:
        """Destinations the organisation presets: added when missing (marked managed), without a
        password; the editor enters theirs. Returns those added."""
        added = []
        with self._db.session() as session:
            repo = DestinationRepository(session)
            for preset in presets:
                if repo.by_name(preset.name) is not None:
                    continue
                added.append(
                    repo.add(
                        preset.name,
                        normalize_site_url(preset.url),
                        preset.username,
                        self._now(),
                        managed=True,
                    )
                )
        return added
