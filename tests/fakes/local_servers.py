"""Real local network ends for the error-sentence tests: a port nobody listens on, a plain
HTTP server (spoken to over https it fails the TLS handshake), a TLS server with a self-signed
certificate (made with the openssl command), and a listener that never answers."""

from __future__ import annotations

import http.server
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def closed_port() -> int:
    """A port on 127.0.0.1 that was free a moment ago: connecting is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def log_error(self, format: str, *args: object) -> None:
        pass


@contextmanager
def _serving(server: http.server.ThreadingHTTPServer) -> Iterator[int]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextmanager
def plain_http_server() -> Iterator[int]:
    """A web server without TLS on 127.0.0.1; yields its port."""
    with _serving(http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)) as port:
        yield port


@contextmanager
def self_signed_tls_server(folder: Path) -> Iterator[int]:
    """A TLS web server on 127.0.0.1 whose certificate nobody trusts; yields its port."""
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=localhost"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    with _serving(server) as port:
        yield port


@contextmanager
def silent_listener() -> Iterator[int]:
    """Accepts connections and never answers (a site that hangs); yields its port."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield int(listener.getsockname()[1])
