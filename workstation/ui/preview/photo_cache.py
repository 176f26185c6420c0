"""Photos for the preview, remembered between updates.

Every update reloads the page, and with it each photo. A photo is named by the SHA-256 of its
bytes, so what was read once is still right: the cache keeps recent ones (up to a byte budget)
and the store is asked once per photo, not once per keystroke. A photo not found is not
remembered (it may be imported a moment later)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

PhotoSource = Callable[[str], tuple[str, bytes] | None]

CACHE_BYTES = 48 * 1024 * 1024
LOG_LIMIT = 200  # entries kept in the request logs (blocked, served, refused)


def remember(log: list[str], entry: str, limit: int = LOG_LIMIT) -> None:
    """Append to a log that keeps only its newest `limit` entries."""
    log.append(entry)
    if len(log) > limit:
        del log[: len(log) - limit]


class PhotoCache:
    def __init__(self, source: PhotoSource, budget: int = CACHE_BYTES) -> None:
        self._source = source
        self._budget = budget
        self._size = 0
        self._photos: OrderedDict[str, tuple[str, bytes]] = OrderedDict()
        self._lock = threading.Lock()  # asked from the preview's worker threads
        self.reads = 0  # times the source was asked (tests)

    def __call__(self, sha: str) -> tuple[str, bytes] | None:
        with self._lock:
            found = self._photos.get(sha)
            if found is not None:
                self._photos.move_to_end(sha)
                return found
            self.reads += 1
        found = self._source(sha)  # outside the lock: a first read may make the rendition
        if found is not None and len(found[1]) <= self._budget:
            with self._lock:
                if sha not in self._photos:
                    self._photos[sha] = found
                    self._size += len(found[1])
                while self._size > self._budget:
                    _sha, (_mime, data) = self._photos.popitem(last=False)
                    self._size -= len(data)
        return found
