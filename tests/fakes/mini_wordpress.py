"""A small real WordPress REST imitation on 127.0.0.1 (threading http.server), over plain HTTP or
TLS, for the network-trust tests: it says where its API is (a Link header that may name another
origin), checks Basic auth, and can answer slowly, hugely or with a redirect. It records every
Authorization header it was sent, to prove where a password went and where it did not."""

from __future__ import annotations

import base64
import datetime as dt
import http.server
import ipaddress
import json
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

USER, PASSWORD = "editor", "abcd efgh ijkl mnop"
BASIC = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


@dataclass
class SiteBehaviour:
    """What the site does; tests change it while it runs."""

    link_root: str = ""  # the API root the front page names ("" its own /wp-json/)
    redirect_me_to: str = ""  # /users/me answers 302 to this address
    trickle_posts: float = 0.0  # /posts sends its answer one byte every this many seconds
    huge_posts: int = 0  # /posts sends this many bytes of JSON
    announce_length: bool = True  # with huge_posts: a Content-Length header (else chunked)
    authorizations: list[tuple[str, str]] = field(default_factory=list)  # (path, Authorization)
    bytes_sent: int = 0


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    behaviour: SiteBehaviour
    base: str

    def log_message(self, format: str, *args: object) -> None:
        pass

    def log_error(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, kind: str = "application/json", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        b = self.behaviour
        auth = self.headers.get("Authorization", "")
        if auth:
            b.authorizations.append((self.path, auth))
        path = self.path.split("?")[0]
        try:
            if path == "/":
                root = b.link_root or f"{self.base}/wp-json/"
                self._send(
                    200,
                    b"<html><title>Mini</title></html>",
                    "text/html",
                    Link=f'<{root}>; rel="https://api.w.org/"',
                )
            elif path == "/wp-json/":
                index = {"name": "Mini", "timezone_string": "UTC", "gmt_offset": 0, "namespaces": ["wp/v2"]}
                self._send(200, json.dumps(index).encode())
            elif path == "/wp-json/wp/v2/users/me":
                if b.redirect_me_to:
                    self._send(302, b"", Location=b.redirect_me_to)
                elif auth != BASIC:
                    self._send(401, json.dumps({"code": "rest_not_logged_in", "message": "No."}).encode())
                else:
                    me = {
                        "id": 1,
                        "name": "Editor",
                        "capabilities": {"publish_posts": True, "upload_files": True},
                    }
                    self._send(200, json.dumps(me).encode())
            elif path == "/wp-json/wp/v2/posts":
                self._posts()
            else:
                self._send(404, b'{"code": "rest_no_route", "message": "No route."}')
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass  # the client gave up (the deadline, the size cap): that is the point

    def _posts(self) -> None:
        b = self.behaviour
        if b.trickle_posts:
            body = b'[{"id": 1, "title": "slow"}]'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for byte in body:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                b.bytes_sent += 1
                time.sleep(b.trickle_posts)
            return
        if b.huge_posts:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if b.announce_length:
                self.send_header("Content-Length", str(b.huge_posts))
            else:
                self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b" " * (1024 * 1024)
            left = b.huge_posts
            while left > 0:
                piece = chunk[: min(left, len(chunk))]
                if b.announce_length:
                    self.wfile.write(piece)
                else:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                b.bytes_sent += len(piece)
                left -= len(piece)
            if not b.announce_length:
                self.wfile.write(b"0\r\n\r\n")
            return
        self._send(200, b"[]", **{"X-WP-TotalPages": "1"})


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (the deadline, the size cap) resets: that is the test's point


@dataclass
class RunningSite:
    url: str  # scheme://127.0.0.1:port
    behaviour: SiteBehaviour


@contextmanager
def mini_wordpress(tls: tuple[Path, Path] | None = None) -> Iterator[RunningSite]:
    """A site on 127.0.0.1; `tls` (certificate, key) makes it https."""
    behaviour = SiteBehaviour()
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    port = int(server.server_address[1])
    scheme = "https" if tls else "http"
    base = f"{scheme}://127.0.0.1:{port}"
    if tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(tls[0], tls[1])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    server.RequestHandlerClass = type("Handler", (_Handler,), {"behaviour": behaviour, "base": base})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield RunningSite(base, behaviour)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


# -- certificates (the cryptography package) --------------------------------------------------


@dataclass(frozen=True)
class Issued:
    cert: Path
    key: Path


def _write(folder: Path, stem: str, cert: object, key: object) -> Issued:
    from cryptography.hazmat.primitives import serialization

    cert_path, key_path = folder / f"{stem}.pem", folder / f"{stem}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))  # type: ignore[attr-defined]
    key_path.write_bytes(
        key.private_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return Issued(cert_path, key_path)


def _certificate(subject: str, issuer_name: str, key: object, signer: object, *, ca: bool, san: bool):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer_name)]))
        .public_key(key.public_key())  # type: ignore[attr-defined]
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if san:
        builder = builder.add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
    return builder.sign(signer, hashes.SHA256())  # type: ignore[arg-type]


def _key() -> object:
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.generate_private_key(ec.SECP256R1())


def self_signed(folder: Path) -> Issued:
    """A certificate for 127.0.0.1 that signs itself (an appliance's, nobody else trusts it)."""
    key = _key()
    return _write(
        folder, "self-signed", _certificate("127.0.0.1", "127.0.0.1", key, key, ca=False, san=True), key
    )


def local_ca(folder: Path) -> tuple[Issued, Issued]:
    """A newsroom CA and a certificate it issued for 127.0.0.1: (the CA, the site's)."""
    ca_key, site_key = _key(), _key()
    ca = _certificate("Newsroom Test CA", "Newsroom Test CA", ca_key, ca_key, ca=True, san=False)
    site = _certificate("127.0.0.1", "Newsroom Test CA", site_key, ca_key, ca=False, san=True)
    return _write(folder, "ca", ca, ca_key), _write(folder, "site", site, site_key)
