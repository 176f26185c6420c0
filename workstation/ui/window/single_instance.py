"""One instance per data dir: a second start on the same data dir hands over to the first and exits.

The primary listens on a QLocalServer (a unix socket in the temp dir, a named pipe on Windows) whose
name is derived from the data dir. A later start connects, sends one framed message (b"EWS1", a 2-byte
big-endian length, the payload) and exits; the primary emits `activation_requested` and the app brings
its window to front. Starts on different data dirs use different names and run independently.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import struct
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from workstation.domain.i18n import translate

MAGIC = b"EWS1"
_HEADER = struct.Struct(">4sH")
MAX_MESSAGE = 4096


def server_name_for(data_dir: Path) -> str:
    """A stable, per-user local server name for a data dir (about 50 characters)."""
    path = os.path.normcase(str(data_dir.expanduser().resolve()))
    return f"editorial-workstation-{_user_id()}-{hashlib.sha256(path.encode()).hexdigest()[:16]}"


def _user_id() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    try:  # Windows: no uid; pipe names are per session anyway, the user name keeps them apart
        user = getpass.getuser()
    except (OSError, ImportError, KeyError):
        user = ""
    return hashlib.sha256(user.encode()).hexdigest()[:8]


def encode_message(message: bytes) -> bytes:
    if len(message) > MAX_MESSAGE:
        raise ValueError(f"hand-over message too long: {len(message)} > {MAX_MESSAGE} bytes")
    return _HEADER.pack(MAGIC, len(message)) + message


def bring_to_front(window: QWidget) -> None:
    """Show `window` un-minimized on top; the window manager may only flash it in the taskbar."""
    if window.isMinimized():
        window.showNormal()
    elif not window.isVisible():
        window.show()
    window.raise_()
    window.activateWindow()


class InstanceGuard(QObject):
    """Either hands a start over to the running instance, or becomes that instance."""

    activation_requested = Signal(bytes)

    def __init__(
        self, data_dir: Path, parent: QObject | None = None, *, client_timeout_ms: int = 2000
    ) -> None:
        super().__init__(parent)
        self.name = server_name_for(data_dir)
        self.error = ""
        self._client_timeout_ms = client_timeout_ms
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def activate_existing(self, message: bytes = b"raise", timeout_ms: int = 500) -> bool:
        """Send `message` to a running instance; True if it was delivered (the caller then exits)."""
        frame = encode_message(message)
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(frame)
        delivered = True
        while socket.bytesToWrite() > 0 and delivered:
            delivered = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return delivered

    def listen(self) -> bool:
        """Become the primary. False, with `.error` set, if that is impossible; never raises."""
        if self._server is not None:
            return True
        server = QLocalServer(self)
        ok = server.listen(self.name)
        if not ok and server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            if self._is_alive():
                self.error = translate(
                    "InstanceGuard", "another instance is already listening on {name!r}"
                ).format(name=self.name)
                server.deleteLater()
                return False
            QLocalServer.removeServer(self.name)  # a stale socket left by a crashed instance
            ok = server.listen(self.name)
        if not ok:
            self.error = translate("InstanceGuard", "cannot listen on {name!r}: {errorString}").format(
                name=self.name, errorString=server.errorString()
            )
            server.deleteLater()
            return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        self.error = ""
        return True

    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def close(self) -> None:
        for socket in list(self._buffers):
            self._drop(socket)
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _is_alive(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        alive = probe.waitForConnected(200)
        probe.abort()
        return alive

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._on_socket_ready_read(s, finished=True))
            QTimer.singleShot(self._client_timeout_ms, socket, lambda s=socket: self._drop(s))
            if socket.bytesAvailable() > 0:
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket, finished: bool = False) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += socket.readAll().data()
        if len(buffer) >= _HEADER.size:
            magic, length = _HEADER.unpack_from(buffer)
            if magic != MAGIC or length > MAX_MESSAGE:
                finished = True  # garbage: hang up without reading more
            elif len(buffer) >= _HEADER.size + length:
                message = bytes(buffer[_HEADER.size : _HEADER.size + length])
                self._drop(socket)
                self.activation_requested.emit(message)
                return
        if finished:
            self._drop(socket)

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is None:
            return
        socket.abort()
        socket.deleteLater()
