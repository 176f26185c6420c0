"""Single instance per data dir: hand-over to the primary, stale sockets, garbage clients, two processes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QWidget

from workstation.ui.window.single_instance import (
    InstanceGuard,
    bring_to_front,
    encode_message,
    server_name_for,
)

PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from workstation.ui.window.single_instance import InstanceGuard
app = QCoreApplication(sys.argv)
guard = InstanceGuard(Path(sys.argv[1]))
sys.exit(0 if guard.activate_existing(b"from another process", timeout_ms=5000) else 3)
"""


@pytest.fixture
def guards() -> Iterator[list[InstanceGuard]]:
    made: list[InstanceGuard] = []
    yield made
    for guard in made:
        guard.close()


@pytest.fixture
def primary(tmp_path: Path, guards: list[InstanceGuard]) -> InstanceGuard:
    guard = InstanceGuard(tmp_path / "data", client_timeout_ms=300)
    guards.append(guard)
    assert guard.listen(), guard.error
    return guard


def test_server_name_is_stable_short_and_per_data_dir(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    name = server_name_for(tmp_path / "a")
    assert name == server_name_for(tmp_path / "a" / ".." / "a")
    assert name != server_name_for(tmp_path / "b")
    assert name.startswith("editorial-workstation-")
    assert len(name) < 60
    assert "/" not in name
    assert "\\" not in name


def test_second_start_on_same_data_dir_hands_over(qtbot, tmp_path: Path, primary: InstanceGuard) -> None:
    second = InstanceGuard(tmp_path / "data")
    with qtbot.waitSignal(primary.activation_requested, timeout=3000) as blocker:
        assert second.activate_existing(b"raise")
    assert blocker.args == [b"raise"]
    assert primary.is_listening()


def test_repeated_hand_overs_each_arrive(qtbot, tmp_path: Path, primary: InstanceGuard) -> None:
    for message in (b"first", b"", b"x" * 4096):
        with qtbot.waitSignal(primary.activation_requested, timeout=3000) as blocker:
            assert InstanceGuard(tmp_path / "data").activate_existing(message)
        assert blocker.args == [message]


def test_other_data_dir_finds_no_instance(tmp_path: Path, primary: InstanceGuard) -> None:
    assert not InstanceGuard(tmp_path / "other").activate_existing()


def test_no_primary_means_no_hand_over(tmp_path: Path) -> None:
    assert not InstanceGuard(tmp_path / "data").activate_existing(timeout_ms=100)


def test_message_too_long_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="too long"):
        InstanceGuard(tmp_path / "data").activate_existing(b"x" * 4097)


def test_listen_does_not_steal_a_live_primary(
    qtbot, tmp_path: Path, primary: InstanceGuard, guards: list[InstanceGuard]
) -> None:
    late = InstanceGuard(tmp_path / "data")
    guards.append(late)
    assert not late.listen()
    assert "already listening" in late.error
    with qtbot.waitSignal(primary.activation_requested, timeout=3000):
        assert InstanceGuard(tmp_path / "data").activate_existing()


def test_closed_primary_frees_the_name(
    tmp_path: Path, primary: InstanceGuard, guards: list[InstanceGuard]
) -> None:
    primary.close()
    assert not primary.is_listening()
    assert not InstanceGuard(tmp_path / "data").activate_existing(timeout_ms=100)
    successor = InstanceGuard(tmp_path / "data")
    guards.append(successor)
    assert successor.listen(), successor.error


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind after a crash")
def test_stale_socket_file_does_not_prevent_listen(
    qtbot, tmp_path: Path, guards: list[InstanceGuard]
) -> None:
    data_dir = tmp_path / "data"
    path = os.path.join(QDir.tempPath(), server_name_for(data_dir))
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # a bound, never-listening socket file: what a kill -9 leaves behind
    stale.close()
    assert os.path.exists(path)
    guard = InstanceGuard(data_dir)
    guards.append(guard)
    assert not guard.activate_existing(timeout_ms=100)
    assert guard.listen(), guard.error
    with qtbot.waitSignal(guard.activation_requested, timeout=3000):
        assert InstanceGuard(data_dir).activate_existing()


@pytest.mark.parametrize(
    "junk",
    [b"GET / HTTP/1.1\r\n\r\n", b"EWS1\xff\xff", b"EWS1\x00\x10short", b"E", b""],
    ids=["text", "too-long", "truncated", "partial-header", "nothing"],
)
def test_garbage_client_is_hung_up_on_and_primary_keeps_working(
    qtbot, tmp_path: Path, primary: InstanceGuard, junk: bytes
) -> None:
    emitted: list[bytes] = []
    primary.activation_requested.connect(emitted.append)
    client = QLocalSocket()
    client.connectToServer(primary.name)
    assert client.waitForConnected(1000)
    with qtbot.waitSignal(client.disconnected, timeout=3000):
        client.write(junk)  # and stay connected: the primary must hang up by itself
    assert emitted == []
    with qtbot.waitSignal(primary.activation_requested, timeout=3000) as blocker:
        assert InstanceGuard(tmp_path / "data").activate_existing(b"after junk")
    assert blocker.args == [b"after junk"]


def test_client_that_sends_junk_and_leaves_is_tolerated(
    qtbot, tmp_path: Path, primary: InstanceGuard
) -> None:
    client = QLocalSocket()
    client.connectToServer(primary.name)
    assert client.waitForConnected(1000)
    client.write(b"\x00junk\x00")
    client.waitForBytesWritten(1000)
    client.disconnectFromServer()
    fragmented = QLocalSocket()  # a valid message in two pieces
    fragmented.connectToServer(primary.name)
    assert fragmented.waitForConnected(1000)
    frame = encode_message(b"in pieces")
    with qtbot.waitSignal(primary.activation_requested, timeout=3000) as blocker:
        fragmented.write(frame[:3])
        fragmented.flush()
        qtbot.waitUntil(lambda: fragmented.bytesToWrite() == 0)
        fragmented.write(frame[3:])
        fragmented.flush()
    assert blocker.args == [b"in pieces"]


@pytest.mark.slow
def test_second_process_hands_over_to_this_one(qtbot, tmp_path: Path, primary: InstanceGuard) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with qtbot.waitSignal(primary.activation_requested, timeout=30000) as blocker:
        process = subprocess.Popen(
            [sys.executable, "-W", "error", "-c", PROBE, str(tmp_path / "data")],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
    _out, err = process.communicate()
    assert process.returncode == 0, err.decode(errors="replace")
    assert blocker.args == [b"from another process"]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window stack
def test_bring_to_front_restores_a_minimized_window(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    assert window.isMinimized()
    bring_to_front(window)
    assert not window.isMinimized()
    assert window.isVisible()
