"""Inside the app under test: types real key events into the body of a new article at a random
pace and, when asked, imports photos off the GUI thread, logging every step to a side file
(flushed per line) so the runner knows exactly what was typed when it kills the process."""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workstation.ui.window.main_window import MainWindow

SIDE_FILE_ENV = "WORKSTATION_CHAOS_SIDE_FILE"
SEED_ENV = "WORKSTATION_CHAOS_SEED"
PHOTOS_ENV = "WORKSTATION_CHAOS_PHOTOS"  # a folder of photos to import while typing
# Letters and single spaces: nothing the typing aids (smart quotes, lists) rewrite.
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


class ChaosDriver:
    def __init__(self, side_file: Path, seed: int, photos: Path | None) -> None:
        self._out: TextIO = side_file.open("a", encoding="utf-8", buffering=1)
        self._random = random.Random(seed)
        self._photos = sorted(photos.iterdir()) if photos is not None else []
        self._window: MainWindow | None = None
        self._last = " "
        self._poll = QTimer()
        self._poll.setInterval(20)
        self._poll.timeout.connect(self._find_window)
        self._poll.start()

    def _log(self, event: str, **fields: object) -> None:
        self._out.write(json.dumps({"t": time.time(), "event": event, **fields}) + "\n")
        self._out.flush()

    def _find_window(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.workspace is not None:
                self._poll.stop()
                self._window = widget
                self._start(widget)
                return

    def _start(self, window: MainWindow) -> None:
        self._log("ready")
        window.commands.new.trigger()
        area = window.editing
        article_id = area.editor.article_id
        body = area.editor.body_edit
        self._log("article", id=article_id, body=body.toPlainText())
        area.autosave.state_changed.connect(lambda _text: self._log("autosave", state=area.autosave.state))
        body.setFocus()
        body.moveCursor(body.textCursor().MoveOperation.End)
        self._schedule_key()
        if self._photos:
            QTimer.singleShot(self._random.randint(50, 400), self._import_next_photo)

    def _schedule_key(self) -> None:
        # A random pace: bursts of fast typing and pauses longer than the autosave's idle time.
        roll = self._random.random()
        pause = 2500 if roll < 0.02 else 700 if roll < 0.08 else self._random.randint(15, 220)
        QTimer.singleShot(pause, self._type_key)

    def _type_key(self) -> None:
        assert self._window is not None
        body = self._window.editing.editor.body_edit
        char = " " if self._last != " " and self._random.random() < 0.18 else self._random.choice(ALPHABET)
        if char == " ":
            QTest.keyClick(body, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)
        else:
            QTest.keyClicks(body, char)
        self._last = char
        self._log("key", char=char)
        self._schedule_key()

    def _import_next_photo(self) -> None:
        assert self._window is not None
        if not self._photos:
            return
        path = self._photos.pop(0)
        photos = self._window.workspace.photos if self._window.workspace is not None else None
        if photos is None:
            return
        self._log("photo-start", path=str(path))

        def done(_outcome: object) -> None:
            self._log("photo-done", path=str(path))
            QTimer.singleShot(self._random.randint(20, 300), self._import_next_photo)

        def failed(error: BaseException) -> None:
            self._log("photo-failed", path=str(path), error=str(error))

        self._window.tasks.run(lambda: photos.import_file(path), done, failed)


def install_from_environment() -> ChaosDriver | None:
    """A driver when the side file is named in the environment (after the QApplication exists)."""
    side = os.environ.get(SIDE_FILE_ENV, "")
    if not side:
        return None
    photos = os.environ.get(PHOTOS_ENV, "")
    return ChaosDriver(Path(side), int(os.environ.get(SEED_ENV, "0")), Path(photos) if photos else None)
