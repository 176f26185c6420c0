"""The installed Qt binding must not corrupt reference counts on the app's hot paths.

PySide6 6.12.0 returned a borrowed True from SignalInstance.emit(): every emit from Python
dropped one reference, and on Python 3.11 the process aborted after a few hundred emits
(the editor emits on every keystroke). pyproject pins below it; this test keeps it so."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    with_text = Signal(str)


def test_emitting_signals_keeps_the_refcount_of_true_and_false() -> None:
    emitter = _Emitter()
    received: list[str] = []
    emitter.with_text.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(200):
        emitter.plain.emit()
        emitter.with_text.emit("x")
    after = (sys.getrefcount(True), sys.getrefcount(False))
    assert len(received) == 200
    assert after == before
