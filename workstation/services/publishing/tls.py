"""Which certificates a site may show: the operating system's trust store (through truststore,
so a newsroom's internal CA or TLS-inspecting proxy installed by IT is trusted as the browser
trusts it, and SSL_CERT_FILE is honoured on Linux), the organisation's managed `ca_file`, and a
certificate the editor chose to trust for one destination (a pin). Verification is never off.
"""

from __future__ import annotations

import functools
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

import truststore

from workstation.domain.publishing import certificate_fingerprint


@functools.cache
def tls_context(
    ca_file: str = "", pinned_pem: str = "", _cert_env: tuple[str, str] = ("", "")
) -> ssl.SSLContext:
    """One context per trust setting (loading the store costs ~20 ms). `_cert_env` is
    SSL_CERT_FILE and SSL_CERT_DIR as they are now, so that a change makes a new context.
    A pinned certificate is added as a trust anchor on its own (a partial chain), so the site
    may show exactly it even when nobody issued it."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    if pinned_pem:
        context.load_verify_locations(cadata=pinned_pem)
        context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    return context


def current_cert_env() -> tuple[str, str]:
    import os

    return os.environ.get("SSL_CERT_FILE", ""), os.environ.get("SSL_CERT_DIR", "")


def context_for(ca_file: str = "", pinned_pem: str = "") -> ssl.SSLContext:
    return tls_context(ca_file, pinned_pem, current_cert_env())


@dataclass(frozen=True, slots=True)
class SiteCertificate:
    """The certificate a site shows, read to be looked at and perhaps trusted (never to send)."""

    pem: str
    subject: str  # who it names ("news.example.org")
    issuer: str

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.pem)


def fetch_certificate(url: str, timeout: float = 10.0) -> SiteCertificate:
    """The certificate the https site at `url` shows, without trusting it: only read, so the
    editor can compare its fingerprint with what their IT says; nothing is sent over it.
    Raises OSError (ssl.SSLError, socket errors) when it cannot be read."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or 443
    # Reading a certificate that is not trusted yet needs a handshake that does not verify it;
    # the connection is closed at once and carries no request.
    probe = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    probe.check_hostname = False
    probe.verify_mode = ssl.CERT_NONE
    with (
        socket.create_connection((host, port), timeout=timeout) as raw,
        probe.wrap_socket(raw, server_hostname=host) as tls,
    ):
        der = tls.getpeercert(binary_form=True)
    if not der:
        raise ssl.SSLError(f"{host}:{port} showed no certificate")
    pem = ssl.DER_cert_to_PEM_cert(der)
    subject, issuer = _names(der)
    return SiteCertificate(pem, subject, issuer)


def _names(der: bytes) -> tuple[str, str]:
    try:
        from cryptography import x509
        from cryptography.x509.oid import NameOID
    except ImportError:  # the names are a courtesy; the fingerprint is what counts
        return "", ""
    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        return "", ""

    def common_name(name: x509.Name) -> str:
        found = name.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(found[0].value) if found else name.rfc4514_string()

    return common_name(cert.subject), common_name(cert.issuer)
