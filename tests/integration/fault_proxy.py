"""A fault-injecting HTTP/1.1 proxy on 127.0.0.1, put in front of the test WordPress.

One client connection carries one request: the proxy reads the request (Content-Length or chunked
body), sends it upstream with ``Connection: close``, reads the whole answer, and relays it with
``Connection: close``. Faults are queued for the next matching requests::

    proxy.reset_before_response(match="POST /wp/v2/posts")  # server creates the post, answer lost
    proxy.html_error(502, match="/media", times=2)

``match`` is a substring of the request line ("POST /wp-json/wp/v2/posts HTTP/1.1"); None matches
every request. The first queued fault that matches is applied and counts down its ``times``.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus

IO_TIMEOUT = 120.0
MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class ProxiedRequest:
    method: str
    path: str
    fault: str | None  # the fault applied, e.g. "reset_before_response"; None: relayed untouched
    forwarded: bool  # whether the server got the request


@dataclass
class _Fault:
    kind: str
    match: str | None
    times: int
    seconds: float = 0.0
    status: int = 0
    body: bytes = b""
    content_type: str = ""


class _Closed(Exception):
    """The peer closed the connection before a whole message arrived."""


class _Reader:
    """Buffered reads of HTTP messages from a socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def _fill(self) -> None:
        data = self.sock.recv(65536)
        if not data:
            raise _Closed
        self.buffer += data

    def until(self, marker: bytes, limit: int = MAX_HEAD) -> bytes:
        while (end := self.buffer.find(marker)) < 0:
            if len(self.buffer) > limit:
                raise _Closed
            self._fill()
        end += len(marker)
        data, self.buffer = self.buffer[:end], self.buffer[end:]
        return data

    def exactly(self, n: int) -> bytes:
        while len(self.buffer) < n:
            self._fill()
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def chunked(self) -> bytes:
        """A chunked body, returned raw (chunk sizes, data and trailers) for relaying as it is."""
        parts = []
        while True:
            size_line = self.until(b"\r\n")
            parts.append(size_line)
            size = int(size_line.split(b";")[0].strip(), 16)
            if size == 0:
                while (line := self.until(b"\r\n")) != b"\r\n":  # trailers
                    parts.append(line)
                parts.append(b"\r\n")
                return b"".join(parts)
            parts.append(self.exactly(size + 2))

    def rest(self) -> bytes:
        chunks = [self.buffer]
        self.buffer = b""
        while data := self.sock.recv(65536):
            chunks.append(data)
        return b"".join(chunks)


def _split_head(head: bytes) -> tuple[str, list[tuple[str, str]]]:
    lines = head.decode("latin-1").split("\r\n")
    headers = []
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers.append((name.strip(), value.strip()))
    return lines[0], headers


def _join_head(first: str, headers: list[tuple[str, str]]) -> bytes:
    return (first + "\r\n" + "".join(f"{n}: {v}\r\n" for n, v in headers) + "\r\n").encode("latin-1")


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    for n, v in headers:
        if n.lower() == name.lower():
            return v
    return None


def _close_per_request(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    dropped = {"connection", "keep-alive", "proxy-connection", "expect"}
    return [(n, v) for n, v in headers if n.lower() not in dropped] + [("Connection", "close")]


def _response(status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> bytes:
    headers = [
        ("Server", "nginx"),
        ("Date", time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime())),
        ("Content-Type", content_type),
        ("Content-Length", str(len(body))),
        *(extra or {}).items(),
        ("Connection", "close"),
    ]
    return _join_head(f"HTTP/1.1 {status} {HTTPStatus(status).phrase}", headers) + body


def nginx_error_page(status: int) -> bytes:
    title = f"{status} {HTTPStatus(status).phrase}"
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n"
        "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


WORDPRESS_CRITICAL_ERROR = json.dumps(
    {
        "code": "internal_server_error",
        "message": "<p>There has been a critical error on this website.</p>",
        "data": {"status": 500},
        "additional_errors": [],
    }
).encode()


def _reset(sock: socket.socket) -> None:
    """Close with an RST instead of a FIN: the client sees 'connection reset'."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class FaultProxy:
    """``FaultProxy(host, port).start()``; ``.url`` is the base URL through the proxy."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self._lock = threading.Lock()
        self._faults: list[_Fault] = []
        self._requests: list[ProxiedRequest] = []
        self._sockets: set[socket.socket] = set()
        self._threads: set[threading.Thread] = set()
        self._stopping = threading.Event()
        self._listener: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self.port = 0
        self.errors: list[str] = []  # proxy-side problems (malformed requests, upstream down)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_root(self) -> str:
        return f"{self.url}/wp-json/"

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> FaultProxy:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        listener.settimeout(0.1)
        self._listener = listener
        self.port = listener.getsockname()[1]
        self._accept_thread = threading.Thread(
            target=self._accept_loop, name="fault-proxy-accept", daemon=True
        )
        self._accept_thread.start()
        return self

    def stop(self) -> None:
        """Close the listener and every open connection; wait (bounded) for the threads."""
        self._stopping.set()
        if self._accept_thread is not None:
            self._accept_thread.join(timeout=5)
            self._accept_thread = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with self._lock:
            sockets, threads = list(self._sockets), list(self._threads)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ faults

    def _queue(self, fault: _Fault) -> None:
        if fault.times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._faults.append(fault)

    def reset_before_response(self, match: str | None = None, times: int = 1) -> None:
        """Forward the request, let the server finish it (read its whole answer), then reset the
        client connection without sending anything: "the post was created but the answer was lost"."""
        self._queue(_Fault("reset_before_response", match, times))

    def reset_before_request(self, match: str | None = None, times: int = 1) -> None:
        """Read the request and reset the connection; the server never sees it."""
        self._queue(_Fault("reset_before_request", match, times))

    def delay(self, seconds: float, match: str | None = None, times: int = 1) -> None:
        """Forward the request (the server does the work), then hold the answer ``seconds`` before
        relaying it; a client with a shorter timeout gives up. ``stop()`` cuts the wait short."""
        self._queue(_Fault("delay", match, times, seconds=seconds))

    def html_error(self, status: int = 502, match: str | None = None, times: int = 1) -> None:
        """Answer with nginx's HTML error page (text/html) without forwarding."""
        self._queue(_Fault("html_error", match, times, status=status, body=nginx_error_page(status),
                           content_type="text/html"))  # fmt: skip

    def status_error(
        self,
        status: int = 500,
        match: str | None = None,
        times: int = 1,
        body: str | bytes | None = None,
        content_type: str = "application/json; charset=UTF-8",
    ) -> None:
        """Answer ``status`` without forwarding. Default body: WordPress's JSON "critical error"
        (pass ``body`` and ``content_type="text/html"`` for an HTML one)."""
        data = WORDPRESS_CRITICAL_ERROR if body is None else body.encode() if isinstance(body, str) else body
        self._queue(_Fault("status_error", match, times, status=status, body=data, content_type=content_type))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    @property
    def pending_faults(self) -> int:
        """Fault applications still queued (sum of the remaining ``times``)."""
        with self._lock:
            return sum(f.times for f in self._faults)

    @property
    def requests(self) -> list[ProxiedRequest]:
        """Every request seen, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def forwarded(self) -> int:
        """How many requests reached the server."""
        with self._lock:
            return sum(r.forwarded for r in self._requests)

    def _take_fault(self, request_line: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.match is None or fault.match in request_line:
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    # ------------------------------------------------------------------ connections

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(
                target=self._serve, args=(client,), name="fault-proxy-conn", daemon=True
            )
            with self._lock:
                self._sockets.add(client)
                self._threads.add(thread)
            thread.start()

    def _serve(self, client: socket.socket) -> None:
        try:
            client.settimeout(IO_TIMEOUT)
            self._handle(client)
        except (_Closed, OSError, ValueError) as e:
            if not self._stopping.is_set():
                with self._lock:
                    self.errors.append(f"{type(e).__name__}: {e}")
        finally:
            client.close()
            with self._lock:
                self._sockets.discard(client)
                self._threads.discard(threading.current_thread())

    def _handle(self, client: socket.socket) -> None:
        reader = _Reader(client)
        request_line, headers = _split_head(reader.until(b"\r\n\r\n"))
        method, path, _version = request_line.split(" ", 2)
        if (_header(headers, "Expect") or "").lower() == "100-continue":
            client.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
        if "chunked" in (_header(headers, "Transfer-Encoding") or "").lower():
            body = reader.chunked()
        else:
            body = reader.exactly(int(_header(headers, "Content-Length") or 0))

        fault = self._take_fault(request_line)
        kind = fault.kind if fault else None
        forwarded = kind in (None, "reset_before_response", "delay")
        with self._lock:
            self._requests.append(ProxiedRequest(method, path, kind, forwarded))

        if fault is not None and fault.kind == "reset_before_request":
            _reset(client)
            return
        if fault is not None and fault.kind in ("html_error", "status_error"):
            client.sendall(_response(fault.status, fault.body, fault.content_type))
            return

        answer = self._forward(_join_head(request_line, _close_per_request(headers)) + body)
        if fault is not None and fault.kind == "reset_before_response":
            _reset(client)
            return
        if fault is not None and fault.kind == "delay" and self._stopping.wait(fault.seconds):
            return
        client.sendall(answer)

    def _forward(self, request: bytes) -> bytes:
        """Send one request upstream and return its whole answer, re-headed with Connection: close."""
        try:
            upstream = socket.create_connection(self.target, timeout=IO_TIMEOUT)
        except OSError as e:
            with self._lock:
                self.errors.append(f"upstream {self.target}: {e}")
            return _response(502, nginx_error_page(502), "text/html")
        with upstream:
            with self._lock:
                self._sockets.add(upstream)
            try:
                upstream.sendall(request)
                reader = _Reader(upstream)
                status_line, headers = _split_head(reader.until(b"\r\n\r\n"))
                body = reader.rest()  # the server closes after the answer (Connection: close)
            finally:
                with self._lock:
                    self._sockets.discard(upstream)
        return _join_head(status_line, _close_per_request(headers)) + body
