"""A real, throwaway WordPress on 127.0.0.1 for integration tests, built from Debian packages.

MariaDB runs in its own data dir on a unix socket (``--skip-networking``); WordPress is a copy of
``/usr/share/wordpress`` with our own ``wp-config.php`` (Debian's reads /etc/wordpress only), served
by ``php -S`` with a router script standing in for mod_rewrite, and installed through the PHP CLI.
Nothing listens on a fixed port and everything lives in the work dir, so two sessions never collide.

The admin helpers (``rest``, ``count_posts``, ``reset`` ...) use raw httpx with basic auth: they are
test oracles, independent of the app's publisher.

Command line, for humans and benchmarks (the site keeps running after ``start`` returns)::

    python -m tests.integration.wordpress_site start DIR   # prints JSON: url, api_root, user, password
    python -m tests.integration.wordpress_site stop DIR
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent / "wordpress"
WORDPRESS_SOURCE = Path("/usr/share/wordpress")
WORDPRESS_PACKAGES = ("wordpress", "php-cli", "php-mysql", "php-gd", "php-xml", "php-mbstring", "php-curl",
                      "php-intl", "mariadb-server")  # fmt: skip
APT_INSTALL = "apt-get install -y " + " ".join(WORDPRESS_PACKAGES)
TIMEZONE = "Europe/Stockholm"
START_TIMEOUT = 30.0
PHP_WORKERS = 4
PHP_INI = {
    "upload_max_filesize": "64M",
    "post_max_size": "64M",
    "memory_limit": "512M",
    "max_execution_time": "120",
    "display_errors": "0",
    "log_errors": "1",
}
# PHP extension -> the Debian package that provides it.
PHP_EXTENSIONS = {
    "mysqli": "php-mysql",
    "gd": "php-gd",
    "dom": "php-xml",
    "mbstring": "php-mbstring",
    "curl": "php-curl",
    "intl": "php-intl",
}
ALL_POST_STATUSES = "publish,future,draft,pending,private,trash"
STATE_FILE = "site.json"


class ProvisioningError(RuntimeError):
    """The site could not be started; the message names the step and ends with the log tail."""


class WordPressError(RuntimeError):
    """An admin helper got an unexpected answer from the site."""

    def __init__(self, response: httpx.Response, expected: str) -> None:
        super().__init__(
            f"{response.request.method} {response.request.url} -> {response.status_code}, "
            f"expected {expected}: {response.text[:500]}"
        )
        self.response = response


def _which(*names: str) -> str | None:
    path = os.environ.get("PATH", "") + os.pathsep + "/usr/sbin:/sbin"
    for name in names:
        found = shutil.which(name, path=path)
        if found:
            return found
    return None


def missing_requirements() -> list[str]:
    """What is missing to provision a site here (empty when everything is installed)."""
    missing: list[str] = []
    if not (WORDPRESS_SOURCE / "wp-settings.php").is_file():
        missing.append("wordpress (no /usr/share/wordpress)")
    if not (_which("mariadbd", "mysqld") and _which("mariadb-install-db", "mysql_install_db")):
        missing.append("mariadb-server (no mariadbd / mariadb-install-db)")
    php = _which("php")
    if php is None:
        missing.append("php-cli (no php)")
    else:
        loaded = (
            subprocess.run(
                [php, "-r", "echo implode(' ', get_loaded_extensions());"],
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
            .stdout.lower()
            .split()
        )
        missing += [f"{pkg} (no PHP extension {ext})" for ext, pkg in PHP_EXTENSIONS.items()
                    if ext not in loaded]  # fmt: skip
    return missing


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"({path} not readable)"
    return f"--- last lines of {path} ---\n" + "\n".join(text.splitlines()[-lines:])


def _alive(pid: int) -> bool:
    """True while the process exists and is not a zombie (PID 1 here may never reap orphans)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _signal_group(pgid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def _group_alive(pgid: int) -> bool:
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            return True
    return False


def _stop_group(pgid: int, sig: int, popen: subprocess.Popen[bytes] | None, timeout: float = 15.0) -> None:
    """Signal a process group we started, wait for all of it, then SIGKILL what is left."""
    _signal_group(pgid, sig)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if popen is not None:
            popen.poll()
        if not _group_alive(pgid):
            break
        time.sleep(0.05)
    else:
        _signal_group(pgid, signal.SIGKILL)
    if popen is not None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            popen.wait(timeout=5)


class WordPressSite:
    """One WordPress + MariaDB on 127.0.0.1. ``start(workdir)`` provisions, ``stop()`` ends it all."""

    timezone = TIMEZONE

    def __init__(self) -> None:
        self.workdir: Path | None = None
        self.port = 0
        self.username = "admin"
        self.app_password = ""
        self.subscriber_username = "subscriber"
        self.subscriber_app_password = ""
        self.admin_password = ""  # the login password (wp-admin); REST uses app_password
        self._db: subprocess.Popen[bytes] | None = None
        self._php: subprocess.Popen[bytes] | None = None
        self._socket_dir: Path | None = None
        self._socket_path = Path()
        self._client: httpx.Client | None = None

    # ------------------------------------------------------------------ addresses

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_root(self) -> str:
        return f"{self.base_url}/wp-json/"

    @property
    def docroot(self) -> Path:
        assert self.workdir is not None
        return self.workdir / "www"

    @property
    def php_error_log(self) -> Path:
        """PHP warnings, notices and fatal errors of the server (WP_DEBUG_LOG)."""
        assert self.workdir is not None
        return self.workdir / "php-errors.log"

    # ------------------------------------------------------------------ lifecycle

    def start(self, workdir: Path | str) -> None:
        """Provision a fresh site in ``workdir`` (created if missing; must not hold a previous site)."""
        if self._php is not None:
            raise ProvisioningError("already started")
        missing = missing_requirements()
        if missing:
            raise ProvisioningError(f"missing: {', '.join(missing)}. Install with: {APT_INSTALL}")
        self.workdir = Path(workdir).resolve()
        if (self.workdir / STATE_FILE).exists():
            raise ProvisioningError(f"{self.workdir} holds a running site ({STATE_FILE}); stop it first")
        atexit.register(self.stop)
        try:
            self._clear_workdir()
            self._start_database()
            self._copy_wordpress()
            self._install()
            self._start_php()
            self._client = httpx.Client(auth=(self.username, self.app_password), timeout=60.0)
            self._check_rest()
        except OSError as e:
            self.stop()
            raise ProvisioningError(f"{type(e).__name__}: {e}") from e
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the web server and the database (idempotent; also runs at exit as a backstop)."""
        atexit.unregister(self.stop)
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._php is not None:
            # SIGINT lets the php -S master stop its workers and reap them; SIGTERM would orphan them.
            _stop_group(self._php.pid, signal.SIGINT, self._php)
            self._php = None
        if self._db is not None:
            _stop_group(self._db.pid, signal.SIGTERM, self._db, timeout=30)
            self._db = None
        if self._socket_dir is not None:
            shutil.rmtree(self._socket_dir, ignore_errors=True)
            self._socket_dir = None
        if self.workdir is not None:
            with contextlib.suppress(FileNotFoundError):
                (self.workdir / STATE_FILE).unlink()

    def __enter__(self) -> WordPressSite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _clear_workdir(self) -> None:
        """Remove what a previous (stopped) site left in the work dir; nothing else is touched."""
        assert self.workdir is not None
        self.workdir.mkdir(parents=True, exist_ok=True)
        for name in ("db", "www"):
            shutil.rmtree(self.workdir / name, ignore_errors=True)
        for name in ("mysql.sock", "mariadb.pid", "init.sql", "mariadb.log", "install.log",
                     "php-server.log", "php-errors.log"):  # fmt: skip
            with contextlib.suppress(FileNotFoundError):
                (self.workdir / name).unlink()

    def _spawn(
        self, args: list[str], log: Path, env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        with open(log, "ab") as out:
            # Own session: Ctrl-C in a terminal does not reach it, and stop() can signal the group.
            return subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=self.workdir,
                env=env,
                start_new_session=True,
            )

    def _run(self, args: list[str], log: Path, what: str) -> str:
        try:
            done = subprocess.run(
                args, stdin=subprocess.DEVNULL, capture_output=True, cwd=self.workdir, timeout=START_TIMEOUT
            )
        except subprocess.TimeoutExpired as e:
            raise ProvisioningError(f"{what}: timed out after {START_TIMEOUT} s\n{_tail(log)}") from e
        with open(log, "ab") as out:
            out.write(done.stdout + done.stderr)
        if done.returncode != 0:
            raise ProvisioningError(f"{what}: exit status {done.returncode}\n{_tail(log)}")
        return done.stdout.decode()

    def _start_database(self) -> None:
        assert self.workdir is not None
        datadir = self.workdir / "db"
        log = self.workdir / "mariadb.log"
        socket_path = self.workdir / "mysql.sock"
        if len(str(socket_path)) > 100:  # unix socket paths are limited to 108 bytes
            self._socket_dir = Path(tempfile.mkdtemp(prefix="wp-db-"))
            socket_path = self._socket_dir / "mysql.sock"
        self._socket_path = socket_path
        as_root = ["--user=root"] if os.geteuid() == 0 else []
        install_db = _which("mariadb-install-db", "mysql_install_db")
        mariadbd = _which("mariadbd", "mysqld")
        assert install_db
        assert mariadbd
        self._run(
            [install_db, "--no-defaults", f"--datadir={datadir}", *as_root,
             "--auth-root-authentication-method=normal", "--skip-test-db"],
            log,
            "mariadb-install-db",
        )  # fmt: skip
        init = self.workdir / "init.sql"
        init.write_text("CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4;\n")
        self._db = self._spawn(
            [mariadbd, "--no-defaults", f"--datadir={datadir}", f"--socket={socket_path}",
             "--skip-networking", *as_root, f"--pid-file={self.workdir / 'mariadb.pid'}",
             f"--log-error={log}", f"--init-file={init}", "--skip-name-resolve",
             "--innodb-buffer-pool-size=64M", "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0"],
            log,
        )  # fmt: skip
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self._db.poll() is not None:
                raise ProvisioningError(f"mariadbd exited with status {self._db.returncode}\n{_tail(log)}")
            if socket_path.exists():
                with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                    try:
                        s.connect(str(socket_path))
                        break
                    except OSError:
                        pass
            if time.monotonic() > deadline:
                raise ProvisioningError(f"mariadbd: no socket after {START_TIMEOUT} s\n{_tail(log)}")
            time.sleep(0.05)

    def _copy_wordpress(self) -> None:
        # Dereference links: Debian's tree links to /etc/wordpress and /var/lib/wordpress.
        shutil.copytree(
            WORDPRESS_SOURCE, self.docroot, symlinks=False, ignore=shutil.ignore_patterns(".htaccess")
        )
        self.port = _free_port()
        self._write_config()

    def _write_config(self) -> None:
        salt = secrets.token_hex(16)
        text = (HERE / "wp-config.php.in").read_text()
        for key, value in {
            "@DB_SOCKET@": str(self._socket_path),
            "@HOST@": f"127.0.0.1:{self.port}",
            "@DEBUG_LOG@": str(self.php_error_log),
            "@SALT@": salt,
        }.items():
            text = text.replace(key, value)
        (self.docroot / "wp-config.php").write_text(text)

    def _php_args(self) -> list[str]:
        php = _which("php")
        assert php
        return [php, *(f"-d{k}={v}" for k, v in PHP_INI.items()), f"-derror_log={self.php_error_log}"]

    def _install(self) -> None:
        assert self.workdir is not None
        self.admin_password = secrets.token_urlsafe(12)
        out = self._run(
            [*self._php_args(), str(HERE / "install.php"), str(self.docroot), self.admin_password,
             secrets.token_urlsafe(12), self.timezone],
            self.workdir / "install.log",
            "WordPress install (php install.php)",
        )  # fmt: skip
        try:
            credentials = json.loads(out.strip().splitlines()[-1])
        except (ValueError, IndexError) as e:
            raise ProvisioningError(f"install.php printed no credentials: {out[-2000:]!r}") from e
        self.username = credentials["username"]
        self.app_password = credentials["app_password"]
        self.subscriber_username = credentials["subscriber_username"]
        self.subscriber_app_password = credentials["subscriber_app_password"]

    def _start_php(self) -> None:
        assert self.workdir is not None
        assert self._db is not None
        log = self.workdir / "php-server.log"
        env = {**os.environ, "PHP_CLI_SERVER_WORKERS": str(PHP_WORKERS)}
        for attempt in range(5):
            if attempt:  # the port was taken between choosing it and binding it
                self.port = _free_port()
                self._write_config()
            offset = log.stat().st_size if log.exists() else 0
            self._php = self._spawn(
                [*self._php_args(), "-S", f"127.0.0.1:{self.port}", "-t", str(self.docroot),
                 str(HERE / "router.php")],
                log,
                env,
            )  # fmt: skip
            deadline = time.monotonic() + START_TIMEOUT
            while True:
                text = log.read_bytes()[offset:].decode(errors="replace")
                if f"(http://127.0.0.1:{self.port}) started" in text:
                    return
                if self._php.poll() is not None:
                    self._php.wait()
                    self._php = None
                    if "Address already in use" in text:
                        break
                    raise ProvisioningError(f"php -S exited\n{_tail(log)}")
                if time.monotonic() > deadline:
                    raise ProvisioningError(f"php -S did not start in {START_TIMEOUT} s\n{_tail(log)}")
                time.sleep(0.02)
        raise ProvisioningError(f"php -S found no free port\n{_tail(log)}")

    def _check_rest(self) -> None:
        response = self.rest("GET", "/wp/v2/users/me")
        if response.status_code != 200:
            assert self.workdir is not None
            raise ProvisioningError(
                f"GET /wp/v2/users/me -> {response.status_code}: {response.text[:500]}\n"
                f"{_tail(self.php_error_log)}"
            )

    # ------------------------------------------------------------------ admin helpers (test oracles)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            raise RuntimeError("the site is not running")
        return self._client

    def rest(self, method: str, path: str, **kw: Any) -> httpx.Response:
        """A REST request as admin. ``path`` like "/wp/v2/posts"; ``kw`` as for httpx (params, json,
        content, headers, auth= to override the admin's credentials, timeout ...)."""
        return self.client.request(method, self.api_root + path.lstrip("/"), **kw)

    def _ok(self, response: httpx.Response, *statuses: int) -> Any:
        if response.status_code not in (statuses or (200,)):
            raise WordPressError(response, " or ".join(map(str, statuses or (200,))))
        return response.json()

    def _ids(self, path: str, **params: Any) -> Iterator[int]:
        """IDs of every item of a collection (first page again each time: callers delete them)."""
        response = self.rest("GET", path, params={"per_page": 100, "_fields": "id", **params})
        return iter(item["id"] for item in self._ok(response))

    def _total(self, path: str, **params: Any) -> int:
        response = self.rest("GET", path, params={"per_page": 1, "_fields": "id", **params})
        self._ok(response)
        return int(response.headers["X-WP-Total"])

    def count_posts(self, status: str = "any") -> int:
        """Posts in ``status`` ("any": every status including trash; or e.g. "publish", "draft,future")."""
        return self._total("/wp/v2/posts", status=ALL_POST_STATUSES if status == "any" else status)

    def count_media(self) -> int:
        return self._total("/wp/v2/media", status="inherit,private,trash")

    def post(self, post_id: int, context: str = "edit") -> dict[str, Any]:
        post: dict[str, Any] = self._ok(
            self.rest("GET", f"/wp/v2/posts/{post_id}", params={"context": context})
        )
        return post

    def media(self, media_id: int, context: str = "edit") -> dict[str, Any]:
        media: dict[str, Any] = self._ok(
            self.rest("GET", f"/wp/v2/media/{media_id}", params={"context": context})
        )
        return media

    def posts(self, status: str = "any", **params: Any) -> list[dict[str, Any]]:
        """Up to 100 posts (edit context), newest first."""
        params = {"status": ALL_POST_STATUSES if status == "any" else status, "per_page": 100,
                  "context": "edit", **params}  # fmt: skip
        posts: list[dict[str, Any]] = self._ok(self.rest("GET", "/wp/v2/posts", params=params))
        return posts

    def create_post(self, **fields: Any) -> dict[str, Any]:
        """Create a post directly on the server (as another editor would); returns it in edit context.
        Note: a new post's ``modified_gmt`` equals its ``date_gmt`` (past or future), not the time now."""
        post: dict[str, Any] = self._ok(self.rest("POST", "/wp/v2/posts", json=fields), 201)
        return post

    def update_post(self, post_id: int, **fields: Any) -> dict[str, Any]:
        """Change a post directly on the server. Note: ``modified_gmt`` has 1 s resolution."""
        post: dict[str, Any] = self._ok(self.rest("POST", f"/wp/v2/posts/{post_id}", json=fields))
        return post

    def parse_blocks(self, post_id: int) -> dict[str, Any]:
        """The site's parse_blocks() on a stored post (PHP CLI, the site's own code)."""
        out = subprocess.run(
            [*self._php_args(), str(HERE / "parse_blocks.php"), str(self.docroot), str(post_id)],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
        result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
        return result

    def run_cron(self) -> None:
        """Run due WP-Cron events now (e.g. publish scheduled posts). DISABLE_WP_CRON is set, so
        nothing runs unless a test calls this."""
        response = self.client.get(f"{self.base_url}/wp-cron.php", params={"doing_wp_cron": ""})
        if response.status_code != 200:
            raise WordPressError(response, "200")

    def reset(self) -> None:
        """Delete every post (trash included), all media, all tags and all categories but
        Uncategorized (id 1), so each test starts from a clean site."""
        for path, params in (
            ("/wp/v2/posts", {"status": ALL_POST_STATUSES}),
            ("/wp/v2/media", {"status": "inherit,private,trash"}),
            ("/wp/v2/categories", {"exclude": 1}),
            ("/wp/v2/tags", {}),
        ):
            while ids := list(self._ids(path, **params)):
                for item_id in ids:
                    self._ok(self.rest("DELETE", f"{path}/{item_id}", params={"force": "true"}), 200, 410)

    # ------------------------------------------------------------------ command line state

    def save_state(self) -> dict[str, Any]:
        """Write DIR/site.json (credentials and pids for ``stop DIR``) and return its content."""
        assert self.workdir is not None
        assert self._php is not None
        assert self._db is not None
        state = {
            "url": self.base_url,
            "api_root": self.api_root,
            "user": self.username,
            "password": self.app_password,
            "subscriber_user": self.subscriber_username,
            "subscriber_password": self.subscriber_app_password,
            "admin_login_password": self.admin_password,
            "timezone": self.timezone,
            "php_pgid": self._php.pid,
            "db_pgid": self._db.pid,
            "socket_dir": str(self._socket_dir) if self._socket_dir else None,
        }
        (self.workdir / STATE_FILE).write_text(json.dumps(state, indent=2) + "\n")
        return state


def stop_detached(workdir: Path) -> bool:
    """Stop a site started by ``start DIR``. False when DIR holds no running site."""
    state_file = workdir / STATE_FILE
    if not state_file.exists():
        return False
    state = json.loads(state_file.read_text())
    _stop_group(state["php_pgid"], signal.SIGINT, None)
    _stop_group(state["db_pgid"], signal.SIGTERM, None, timeout=30)
    if state.get("socket_dir"):
        shutil.rmtree(state["socket_dir"], ignore_errors=True)
    state_file.unlink()
    return True


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        print("usage: python -m tests.integration.wordpress_site start|stop DIR", file=sys.stderr)
        return 2
    command, workdir = argv[0], Path(argv[1]).resolve()
    if command == "stop":
        if not stop_detached(workdir):
            print(f"no running site in {workdir}", file=sys.stderr)
            return 1
        return 0
    if (workdir / STATE_FILE).exists():
        print(f"{workdir} already holds a site; stop it first", file=sys.stderr)
        return 1
    site = WordPressSite()
    started = time.monotonic()
    try:
        site.start(workdir)
    except ProvisioningError as e:
        print(f"cannot start WordPress: {e}", file=sys.stderr)
        return 1
    state = site.save_state()
    state["seconds_to_start"] = round(time.monotonic() - started, 2)
    if site._client is not None:
        site._client.close()
    atexit.unregister(site.stop)  # keep running: `stop DIR` ends it
    print(json.dumps(state, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
