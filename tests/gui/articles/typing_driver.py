"""Run the real main window on a data dir and type into a new article's body, forever.

Used by test_crash_safety: the test kills this process with SIGKILL mid-typing. Each typed
character is reported on stdout as "<count> <monotonic seconds>", so the test knows exactly
what had been typed, and when, at the moment of the kill. A paragraph break ("\n\n") is one
Enter, as in the body, and counts two characters."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workstation.services.workspace import open_workspace
from workstation.ui.window.main_window import MainWindow

KEYSTROKE_MS = 15


def typed_text(count: int) -> str:
    """The deterministic text of the first `count` characters the driver types."""
    words = []
    length = 0
    n = 0
    while length < count:
        word = f"word{n} " if n % 12 else f"\n\nParagraph{n} " if n else "Paragraph0 "
        words.append(word)
        length += len(word)
        n += 1
    return "".join(words)[:count]


def main() -> None:
    data_dir = Path(sys.argv[1])
    app = QApplication([])
    window = MainWindow(data_dir)
    window.show()
    window.attach_workspace(open_workspace(data_dir))
    window.article_commands.new_article()
    body = window.editing.editor.body_edit
    body.setFocus()
    text = typed_text(200_000)
    state = {"count": 0}

    def type_one() -> None:
        char = text[state["count"]]
        if text.startswith("\n\n", state["count"]):
            QTest.keyClick(body, Qt.Key.Key_Return)  # one Enter is a new paragraph: "\n\n"
            state["count"] += 2
        else:
            QTest.keyClicks(body, char)
            state["count"] += 1
        print(f"{state['count']} {time.monotonic():.4f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(KEYSTROKE_MS)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
