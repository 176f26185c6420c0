"""A web server on 127.0.0.1 that answers every request (any method, any path) with what a test
scripted: a status, headers and a body, sent whole or a few bytes at a time with a pause, or a
huge body generated as it goes. For fuzzing the WordPress client with answers no site should
send (tests/fuzz)."""

from __future__ import annotations

import http.server
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(frozen=True, repr=False)
class Answer:
    status: int = 200
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)
    body: bytes = b"{}"
    trickle: float = 0.0  # seconds between pieces of 4 bytes (0: sent at once)
    filler: int = 0  # then this many more bytes of spaces (a huge answer), without Content-Length
    announce: bool = True  # a Content-Length header for the body (not with filler)

    def __repr__(self) -> str:  # a failing example is printed: a 100 kB body shortened
        body = repr(self.body[:120]) + (f"... ({len(self.body)} bytes)" if len(self.body) > 120 else "")
        return (
            f"Answer({self.status}, {self.headers!r}, {body}, trickle={self.trickle}, "
            f"filler={self.filler}, announce={self.announce})"
        )


@dataclass
class HostileSite:
    url: str
    answer: Answer = field(default_factory=Answer)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (method, path)


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    site: HostileSite

    def log_message(self, format: str, *args: object) -> None:
        pass

    def log_error(self, format: str, *args: object) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.site.requests.append((self.command, self.path))
        answer = self.site.answer
        try:
            self.send_response_only(answer.status)
            for key, value in answer.headers:
                self.send_header(key, value)
            if answer.filler:
                self.send_header("Transfer-Encoding", "chunked")
            elif answer.announce:
                self.send_header("Content-Length", str(len(answer.body)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if answer.filler:
                self._chunked(answer)
            elif answer.trickle:
                for start in range(0, len(answer.body), 4):
                    self.wfile.write(answer.body[start : start + 4])
                    self.wfile.flush()
                    time.sleep(answer.trickle)
            else:
                self.wfile.write(answer.body)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            self.close_connection = True  # the client gave up (its deadline, its size cap)

    def _chunked(self, answer: Answer) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(answer.body), answer.body) if answer.body else b"")
        piece = b" " * (1024 * 1024)
        left = answer.filler
        while left > 0:
            part = piece[: min(left, len(piece))]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            left -= len(part)
        self.wfile.write(b"0\r\n\r\n")

    do_GET = do_POST = do_PUT = do_DELETE = do_OPTIONS = do_HEAD = do_PATCH = _answer


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@contextmanager
def hostile_site() -> Iterator[HostileSite]:
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    site = HostileSite(f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = type("Handler", (_Handler,), {"site": site})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
