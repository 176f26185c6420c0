"""Limits on every exchange with a site: a total deadline and a cap on the answer's size.

httpx's timeouts bound each wait for a read, not the whole request: a server that sends one
byte a second never trips them. Here every socket wait (connect, TLS handshake, each write and
read, the headers included) is given at most the time left before the request's deadline, so
the request ends at its deadline whatever the server does. Answers are read in chunks and
dropped past the cap, never held whole first.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
import httpx

# A REST answer bigger than this is not one WordPress sends to us: 100 posts in edit context,
# each a long feature with its blocks twice (raw and rendered), stay under 10 MB.
MAX_ANSWER_BYTES = 32 * 1024 * 1024
DEFAULT_DEADLINE = 60.0  # seconds for one request with its answer
UPLOAD_BYTES_PER_SECOND = 50_000  # an upload is given this much more time per byte it carries

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("request_deadline", default=None)


class DeadlinePassed(httpcore.ReadTimeout):
    """The request's total time is up (raised by the stream, mapped by httpx to ReadTimeout)."""


class AnswerTooLarge(Exception):
    """The answer is larger than the cap; `size` is what was announced or read so far."""

    def __init__(self, size: int, cap: int) -> None:
        super().__init__(f"the answer is larger than {cap} bytes ({size} bytes announced or read)")
        self.size = size
        self.cap = cap


def upload_deadline(base: float, size: int) -> float:
    """The deadline of a request that sends `size` bytes."""
    return base + size / UPLOAD_BYTES_PER_SECOND


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[float]:
    """Every socket wait inside this block ends by `seconds` from now; yields the moment
    (time.monotonic) it ends."""
    ends = time.monotonic() + seconds
    token = _deadline.set(ends)
    try:
        yield ends
    finally:
        _deadline.reset(token)


def _bounded(timeout: float | None) -> float | None:
    ends = _deadline.get()
    if ends is None:
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise DeadlinePassed("the request's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(host, port, _bounded(timeout), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_unix_socket(path, _bounded(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def deadline_transport(verify: Any) -> httpx.HTTPTransport:
    """httpx's own transport (proxies from the environment included) whose sockets keep the
    deadline. httpx has no public hook for the network backend: its pool's is wrapped."""
    transport = httpx.HTTPTransport(verify=verify)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    return transport


def read_capped(response: httpx.Response, cap: int = MAX_ANSWER_BYTES) -> bytes:
    """A streamed answer's body, refused (AnswerTooLarge) past `cap` bytes: an announced
    Content-Length over it before a byte is read, else as soon as the bytes read pass it."""
    announced = response.headers.get("content-length", "")
    if announced.strip().isdigit() and int(announced) > cap:
        raise AnswerTooLarge(int(announced), cap)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > cap:
            raise AnswerTooLarge(size, cap)
        chunks.append(chunk)
    return b"".join(chunks)
