"""The real Secret Service (GNOME Keyring on a private D-Bus session), started headless.

Each case runs in its own `dbus-run-session` with its own HOME, so no real keyring is touched.
Skipped, saying why, where gnome-keyring or dbus-run-session is missing (`make test` as root
installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[4]
NEEDED = ("dbus-run-session", "gnome-keyring-daemon")

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in NEEDED),
    reason="the real Secret Service needs dbus-run-session and gnome-keyring-daemon "
    "(apt-get install dbus-daemon gnome-keyring; `make test` as root installs them)",
)

SCRIPT = textwrap.dedent(
    """
    import json, sys, time
    import keyring
    from keyring.backends import SecretService
    keyring.set_keyring(SecretService.Keyring())
    from workstation.services.publishing.credentials import CredentialStore
    from workstation.services.publishing.errors import CredentialsUnavailable
    store = CredentialStore(timeout=5)
    started = time.monotonic()
    try:
        store.set("editor", "https://news.example.org", "abcd efgh ijkl")
        got = store.get("editor", "https://news.example.org")
        store.delete("editor", "https://news.example.org")
        after = store.get("editor", "https://news.example.org")
        print(json.dumps({"got": got, "after": after}))
    except CredentialsUnavailable as exc:
        print(json.dumps({"error": str(exc), "seconds": time.monotonic() - started}))
    """
)


def _in_session(tmp_path: Path, daemon: str) -> dict[str, Any]:
    home = tmp_path / "home"
    home.mkdir()
    script = tmp_path / "probe.py"
    script.write_text(SCRIPT)
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PYTHONPATH": str(REPO),
    }
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", f"{daemon} >/dev/null 2>&1; exec {sys.executable} {script}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no answer from the probe: {result.stdout!r} {result.stderr[-2000:]!r}"
    answer: dict[str, Any] = json.loads(lines[-1])  # the probe's JSON object
    return answer


def test_an_unlocked_gnome_keyring_keeps_and_forgets_the_password(tmp_path):
    answer = _in_session(tmp_path, "printf testpass | gnome-keyring-daemon --unlock --components=secrets")
    assert answer == {"got": "abcd efgh ijkl", "after": None}


@pytest.mark.timing
def test_a_locked_gnome_keyring_is_a_clear_message_not_a_hang(tmp_path):
    answer = _in_session(tmp_path, "gnome-keyring-daemon --start --components=secrets")
    assert "keyring" in str(answer["error"])
    assert "plain text" in str(answer["error"])
    assert float(answer["seconds"]) < 10  # never longer than the timeout (5 s) and some margin
