"""What the Destinations dialog asks and shows about trust: an API on another origin the editor
may confirm, a certificate the editor may trust (by its fingerprint) or stop trusting, and the
line under the list that says what a destination trusts beyond the usual."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from workstation.domain.i18n import translate
from workstation.domain.publishing import Destination
from workstation.services.publishing.destinations import DestinationService
from workstation.services.publishing.errors import UntrustedCertificate
from workstation.services.publishing.site_trust import ForeignApiOrigin
from workstation.services.publishing.tls import SiteCertificate
from workstation.ui.common import alerts


def trust_summary(destination: Destination | None) -> str:
    """ "" for a destination that trusts only its own origin and the usual certificates."""
    if destination is None:
        return ""
    lines = []
    if destination.api_origin:
        lines.append(
            translate("DestinationTrust", "REST API at {origin} (another address, confirmed by you).").format(
                origin=destination.api_origin
            )
        )
    if destination.pinned_certificate:
        lines.append(
            translate("DestinationTrust", "Trusted certificate, SHA-256 {fingerprint}.").format(
                fingerprint=destination.certificate_fingerprint
            )
        )
    return "\n".join(lines)


def trust_label() -> QLabel:
    """Under the list: what the chosen destination trusts beyond the usual (hidden when nothing)."""
    label = QLabel()
    label.setObjectName("destinationTrustLabel")
    label.setAccessibleName(translate("DestinationTrust", "What this destination trusts"))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def certificate_button(
    make_button: Callable[[str, str, str], QPushButton], clicked: Callable[[], None]
) -> QPushButton:
    button = make_button(
        translate("DestinationTrust", "Certificate…"),
        "destinationCertificateButton",
        translate(
            "DestinationTrust",
            "Trust the certificate the site shows (after comparing its fingerprint), or stop trusting it",
        ),
    )
    button.clicked.connect(clicked)
    return button


def show_trust(destination: Destination | None, label: QLabel, button: QPushButton) -> None:
    summary = trust_summary(destination)
    label.setText(summary)
    label.setVisible(bool(summary))
    if destination is not None:
        button.setText(
            translate("DestinationTrust", "Stop Trusting Certificate…")
            if destination.pinned_certificate
            else translate("DestinationTrust", "Certificate…")
        )


def confirm_api_origin(parent: QWidget | None, error: ForeignApiOrigin) -> bool:
    return alerts.confirm(
        parent,
        translate("DestinationTrust", "Send the password to another address?"),
        translate(
            "DestinationTrust",
            "{site} says its REST API is at {api}, another address. The application password would "
            "be sent there.\n\nConfirm only if {api} belongs to the same site (ask its administrator "
            "if you are not sure).",
        ).format(site=error.site_origin, api=error.api_origin),
        translate("DestinationTrust", "Trust This API Address"),
    )


def confirm_certificate(parent: QWidget | None, site: str, fingerprint: str, subject: str = "") -> bool:
    named = (
        translate("DestinationTrust", " It is issued to {subject}.").format(subject=subject)
        if subject
        else ""
    )
    return alerts.confirm(
        parent,
        translate("DestinationTrust", "Trust this certificate?"),
        translate(
            "DestinationTrust",
            "{site} shows a certificate this computer does not trust.{named} Its SHA-256 fingerprint "
            "is:\n\n{fingerprint}\n\nTrust it only if your IT or the site's administrator confirms "
            "this fingerprint. It is then trusted for this destination only.",
        ).format(site=site, named=named, fingerprint=fingerprint),
        translate("DestinationTrust", "Trust Certificate"),
    )


def confirm_site_certificate(
    parent: QWidget | None, destination: Destination, certificate: SiteCertificate
) -> bool:
    return confirm_certificate(parent, destination.url, certificate.fingerprint, certificate.subject)


def confirm_forget_certificate(parent: QWidget | None, destination: Destination) -> bool:
    return alerts.confirm(
        parent,
        translate("DestinationTrust", "Stop trusting the certificate of {name}?").format(
            name=destination.name
        ),
        translate(
            "DestinationTrust",
            "The certificate with the SHA-256 fingerprint {fingerprint} is no longer trusted for "
            "{name}. If the site still shows it, publishing there stops until it is trusted again.",
        ).format(fingerprint=destination.certificate_fingerprint, name=destination.name),
        translate("DestinationTrust", "Stop Trusting"),
    )


def confirmed_retry(
    parent: QWidget | None, error: BaseException, url: str, api_origin: str, fingerprint: str
) -> tuple[str, str] | None:
    """After adding a site was refused for another API origin or an untrusted certificate:
    (api origin, fingerprint) to try again with when the editor confirmed it (each is asked
    once), else None."""
    if isinstance(error, ForeignApiOrigin) and not api_origin:
        return (error.api_origin, fingerprint) if confirm_api_origin(parent, error) else None
    if isinstance(error, UntrustedCertificate) and error.fingerprint and not fingerprint:
        return (
            (api_origin, error.fingerprint) if confirm_certificate(parent, url, error.fingerprint) else None
        )
    return None


Run = Callable[..., None]  # DestinationsDialog._run: (work, done, quiet=, note=, site=)
Changed = Callable[[Destination, str], None]  # (updated destination, message template with {name})


class TrustCommands:
    """The dialog's Certificate… button: trust the certificate the site shows (read on a
    worker, compared by the editor) or stop trusting the pinned one."""

    def __init__(self, parent: QWidget, service: DestinationService, run: Run, changed: Changed) -> None:
        self._parent = parent
        self._service = service
        self._run = run
        self._changed = changed

    def certificate(self, destination: Destination) -> None:
        service = self._service
        if destination.pinned_certificate:
            if confirm_forget_certificate(self._parent, destination):
                self._run(
                    lambda: service.forget_certificate(destination.id),
                    self._then(
                        translate("DestinationTrust", "{name}: its certificate is no longer trusted.")
                    ),
                    quiet=True,
                )
            return

        def shown(certificate: SiteCertificate) -> None:
            if confirm_site_certificate(self._parent, destination, certificate):
                self._run(
                    lambda: service.pin_certificate(destination.id, certificate),
                    self._then(
                        translate("DestinationTrust", "{name}: this certificate is trusted from now on.")
                    ),
                    quiet=True,
                )

        self._run(
            lambda: service.site_certificate(destination.url),
            shown,
            note=translate("DestinationTrust", "Reading the certificate of {site}…").format(
                site=destination.name
            ),
            site=destination.name,
        )

    def _then(self, template: str) -> Callable[[Any], None]:
        return lambda updated: self._changed(updated, template)
