"""Where a destination's password may go, and which certificates its site may show.

A password goes only to the site's own origin (scheme, host and port as the editor typed
them) or to one other origin the editor confirmed for the REST API (a site whose API lives on
api.example.org). A Link header, a front page or a redirect naming any other origin is refused
with a sentence naming both; nothing with the password is ever sent there.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from workstation.domain.i18n import translate
from workstation.domain.publishing import Destination
from workstation.services.publishing.errors import PermanentError

_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: str) -> str:
    """scheme://host[:port] of an address, lowercased, the scheme's default port left out."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    shown_port = f":{port}" if port is not None and port != _DEFAULT_PORTS.get(scheme) else ""
    return f"{scheme}://{host}{shown_port}"


@dataclass(frozen=True, slots=True)
class SiteTrust:
    """What one destination trusts: its site's origin, the API origin the editor confirmed
    (else ""), the certificate the editor pinned (PEM, else "") and the organisation's CA file."""

    site_url: str
    api_origin: str = ""
    pinned_certificate: str = ""
    ca_file: str = ""

    @classmethod
    def of(cls, destination: Destination, ca_file: str = "") -> SiteTrust:
        return cls(destination.url, destination.api_origin, destination.pinned_certificate, ca_file)

    @property
    def site_origin(self) -> str:
        return origin(self.site_url)

    def allows(self, url: str) -> bool:
        """Whether the password may be sent to `url`."""
        found = origin(url)
        return found == self.site_origin or (bool(self.api_origin) and found == origin(self.api_origin))

    def check_api_root(self, api_root: str) -> None:
        """Refuse an API root on an origin that is neither the site's nor the confirmed one."""
        if not self.allows(api_root):
            raise ForeignApiOrigin(self.site_origin, origin(api_root))


class ForeignApiOrigin(PermanentError):
    """The site names its REST API on another origin that the editor has not confirmed."""

    def __init__(self, site_origin: str, api_origin: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "{site} says its REST API is at another address, {api}: the application password "
                "would be sent there, so nothing was sent. If {api} belongs to the same site, confirm "
                "it (in the app: Trust This API Address; on the command line: --allow-api-origin "
                "{api}); otherwise ask the site's administrator.",
            ).format(site=site_origin, api=api_origin),
            code="foreign_api_origin",
        )
        self.site_origin = site_origin
        self.api_origin = api_origin


class RedirectedElsewhere(PermanentError):
    """The site answered with a redirect to an origin the password may not go to."""

    def __init__(self, site_origin: str, target: str, detail: str = "") -> None:
        super().__init__(
            translate(
                "Errors",
                "The site redirected to another host ({target}, not {site}); the request was not sent "
                "there, so the password stays safe. Check the destination's address (Publish › "
                "Destinations › Verify), or ask the site's administrator.",
            ).format(target=origin(target), site=site_origin),
            code="redirected_elsewhere",
            detail=detail,
        )
        self.target = target
