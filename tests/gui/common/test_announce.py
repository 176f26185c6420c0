"""What a screen reader is told when something changes on its own (ui/common/announce.py), and
status values named "what: value" (ui/common/value_label.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from workstation.ui.common.announce import Announcer
from workstation.ui.common.value_label import ValueLabel
from workstation.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]


def test_a_value_label_is_named_by_what_it_is_and_what_it_holds(qtbot) -> None:
    label = ValueLabel("Save state")
    qtbot.addWidget(label)
    assert label.accessibleName() == "Save state"
    label.setText("Saved 06:40")
    assert label.accessibleName() == "Save state: Saved 06:40"
    assert label.accessibleDescription() == "Save state"
    label.clear()
    assert label.accessibleName() == "Save state"


def test_the_preview_can_take_the_focus_while_a_screen_reader_listens() -> None:
    """A Python accessibility factory (once behind the live region) made PySide wrap QtWebEngine's
    focus item and crash the app when Tab reached the preview under Orca; in its own process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("_web_focus_with_at.py"))],
        env=env,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, f"exited {run.returncode}:\n{run.stderr[-2000:]}"
    assert "focused" in run.stdout


def test_a_kind_of_message_is_said_again_only_after_a_quiet_spell(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    announcer = Announcer(parent)
    assert announcer.say_now_and_then("save", "Saved 06:40")
    assert not announcer.say_now_and_then("save", "Saved 06:41")
    assert announcer.say_now_and_then("save", "Saved 06:42", quiet=0.0)
    announcer.forget("save")
    assert announcer.say_now_and_then("save", "Saved 06:43")
    announcer.say("   ")  # nothing to say
    assert announcer.spoken == ["Saved 06:40", "Saved 06:42", "Saved 06:43"]


def test_the_window_says_status_messages_saves_and_search_counts(qtbot, window: MainWindow) -> None:
    window.article_commands.open_sample()
    window.statusBar().showMessage("Not saved: the disk is full. Your text is kept; retrying.")
    assert window.announcer.spoken[-1].startswith("Not saved: the disk is full")
    window.editing.editor.headline_edit.setFocus()
    qtbot.keyClicks(window.editing.editor.headline_edit, "!")
    assert window.editing.flush_edits()
    qtbot.waitUntil(lambda: window.save_state_label.text().startswith("Saved"))
    assert window.announcer.spoken[-1] == window.save_state_label.text()
    assert window.save_state_label.accessibleName() == f"Save state: {window.save_state_label.text()}"
    window.list_pane.search_field.setText("drones")
    qtbot.waitUntil(lambda: "match" in window.count_label.text())
    qtbot.waitUntil(lambda: window.announcer.spoken[-1] == window.count_label.text())
