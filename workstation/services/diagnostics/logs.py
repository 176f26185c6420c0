"""The rotating log in the data dir: <data dir>/logs/workstation.log, a few files of a few MB.

It records start-up (version, store path), publishing outcomes and errors, never a secret and
never article text: every record passes a filter that masks the passwords this process has
seen (and their Basic-auth base64), any Authorization value and any password in a URL, and the
code logs article ids, not their words. WORKSTATION_LOG_LEVEL=DEBUG asks for more."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import platform
import re
import threading
from pathlib import Path

from workstation import __version__
from workstation.services.publishing.redaction import MASK, Redactor

LOGGER_NAME = "workstation"
LOG_DIR = "logs"
LOG_FILE = "workstation.log"
MAX_BYTES = 2 * 1024 * 1024  # 2 MB a file, 3 old files kept: at most 8 MB of log
BACKUP_COUNT = 3
LEVEL_ENV = "WORKSTATION_LOG_LEVEL"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
# A password in a URL: https://user:secret@host/.
_URL_PASSWORD = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^\s:/@]+:)[^\s@/]+@")

log = logging.getLogger(LOGGER_NAME)
# Without a log file (none set up, or the data dir cannot hold one) records go nowhere: never
# to the terminal through logging's last resort, where each command already printed its line.
log.addHandler(logging.NullHandler())
log.propagate = False


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_DIR / LOG_FILE


class SecretMask:
    """Every secret this process was given, as one Redactor each; shared by the log's filter and
    the problem report."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # One per (user, password) seen; ("", "") masks Authorization values whatever is known.
        self._redactors: dict[tuple[str, str], Redactor] = {("", ""): Redactor("", None)}

    def remember(self, username: str, password: str | None) -> None:
        if password:
            with self._lock:
                self._redactors.setdefault((username, password), Redactor(username, password))

    def text(self, text: str) -> str:
        with self._lock:
            redactors = list(self._redactors.values())
        for redactor in redactors:
            text = redactor.text(text)
        return _URL_PASSWORD.sub(lambda m: m.group(1) + MASK + "@", text)


SECRETS = SecretMask()


def remember_secret(username: str, password: str | None) -> None:
    """A password this process holds (typed, or read from the keyring): never in the log."""
    SECRETS.remember(username, password)


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg, record.args = SECRETS.text(message), None
        if record.exc_text:
            record.exc_text = SECRETS.text(record.exc_text)
        return True


class _OurHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler set_up_logging added, so a second call replaces it. A line that cannot
    be written (a full disk) is dropped in silence: the log never breaks or litters a command."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass

    def close(self) -> None:
        with contextlib.suppress(OSError):  # the last flush, on a full disk
            super().close()


def set_up_logging(data_dir: Path, *, level: str | None = None) -> Path | None:
    """Log to <data dir>/logs/workstation.log from now on; None when the folder cannot be
    written (read-only media): the app runs on without a log."""
    from workstation.store.data_dir import prepare_data_dir
    from workstation.store.errors import StoreError

    path = log_path(data_dir)
    try:
        prepare_data_dir(data_dir)  # only where the store could be written: nothing left elsewhere
        path.parent.mkdir(exist_ok=True)
        handler = _OurHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except (OSError, StoreError):
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(_RedactingFilter())
    for old in [h for h in log.handlers if isinstance(h, _OurHandler)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    chosen = (level or os.environ.get(LEVEL_ENV, "") or "INFO").upper()
    log.setLevel(chosen if chosen in logging.getLevelNamesMapping() else "INFO")
    return path


def stop_logging() -> None:
    """Close the log file (tests, and before a data dir is moved away)."""
    for handler in [h for h in log.handlers if isinstance(h, _OurHandler)]:
        log.removeHandler(handler)
        handler.close()


def log_startup(data_dir: Path, interface: str) -> None:
    from workstation.store.identity import DB_FILENAME

    log.info(
        "start: Editorial Workstation %s (%s), Python %s on %s, store %s",
        __version__,
        interface,
        platform.python_version(),
        platform.platform(),
        data_dir / DB_FILENAME,
    )
