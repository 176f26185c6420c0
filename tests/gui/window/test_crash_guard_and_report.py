"""An exception nobody caught in the window (a Qt slot, a thread) is logged with its traceback
and told once, with a Report a Problem… button, and the app keeps running; Help › Report a
Problem… saves the zip where the editor chose."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu, QPushButton

from workstation.app import install_crash_guard
from workstation.services.diagnostics.logs import log, log_path, set_up_logging, stop_logging
from workstation.ui.window.crash_guard import CrashGuard
from workstation.ui.window.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_no_exception_capture,  # the guard under test is the hook
    pytest.mark.qt_log_ignore("This plugin does not support raise"),  # offscreen has no window stack
]


@pytest.fixture
def guarded(window: MainWindow, data_dir: Path) -> Iterator[CrashGuard]:
    set_up_logging(data_dir)
    guard = install_crash_guard(window)
    yield guard
    guard.uninstall()
    if guard.box is not None:
        guard.box.close()
    stop_logging()


def _log_text(data_dir: Path) -> str:
    for handler in log.handlers:
        handler.flush()
    return log_path(data_dir).read_text(encoding="utf-8")


def _fail_in_a_slot(message: str = "the slot's own failure") -> None:
    raise ZeroDivisionError(message)


def test_an_error_in_a_qt_slot_is_logged_shown_once_and_the_app_runs_on(
    qtbot, window: MainWindow, guarded: CrashGuard, data_dir: Path
) -> None:
    QTimer.singleShot(0, _fail_in_a_slot)
    qtbot.waitUntil(lambda: guarded.box is not None and guarded.box.isVisible())
    box = guarded.box
    assert box is not None
    assert box.objectName() == "unexpectedErrorDialog"
    assert "unexpected error" in box.text()
    assert "keep working" in box.text()
    assert "Traceback" not in box.text()  # a sentence, not a traceback
    assert box.report_button.isVisible()
    text = _log_text(data_dir)
    assert "ERROR" in text
    assert "unexpected error" in text
    assert "Traceback (most recent call last)" in text
    assert "ZeroDivisionError: the slot's own failure" in text
    assert "_fail_in_a_slot" in text

    # The event loop runs on: later timers fire and the window still answers.
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True])
    window.commands.new.trigger()
    qtbot.waitUntil(lambda: window.editing.current_article_id() is not None)


def test_the_same_error_again_is_not_shown_again_in_a_row(qtbot, guarded: CrashGuard, data_dir: Path) -> None:
    QTimer.singleShot(0, _fail_in_a_slot)
    qtbot.waitUntil(lambda: guarded.shown_count == 1)
    assert guarded.box is not None
    guarded.box.close()
    for _ in range(3):
        QTimer.singleShot(0, _fail_in_a_slot)
    qtbot.waitUntil(lambda: _log_text(data_dir).count("ZeroDivisionError: the slot") == 4)
    assert guarded.shown_count == 1
    assert not guarded.box.isVisible()
    QTimer.singleShot(0, lambda: _fail_in_a_slot("something else"))  # another error is told
    qtbot.waitUntil(lambda: guarded.shown_count == 2)
    assert guarded.box.isVisible()


def test_an_error_on_another_thread_is_told_on_the_gui_thread(
    qtbot, guarded: CrashGuard, data_dir: Path
) -> None:
    worker = threading.Thread(target=lambda: _fail_in_a_slot("on a worker"), name="test-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: guarded.box is not None and guarded.box.isVisible())
    text = _log_text(data_dir)
    assert "ZeroDivisionError: on a worker" in text
    assert "[test-worker]" in text


def test_report_a_problem_from_the_error_box_saves_the_zip(
    qtbot, guarded: CrashGuard, prompts, tmp_path: Path
) -> None:
    chosen = tmp_path / "my-report"  # no suffix: .zip is added
    prompts.answer("ask_save_file", str(chosen))
    QTimer.singleShot(0, _fail_in_a_slot)
    qtbot.waitUntil(lambda: guarded.box is not None and guarded.box.isVisible())
    assert guarded.box is not None
    guarded.box.report_button.click()
    qtbot.waitUntil(lambda: bool(prompts.infos))
    written = tmp_path / "my-report.zip"
    title, message = prompts.infos[0]
    assert title == "Problem Report Saved"
    assert str(written) in message
    with zipfile.ZipFile(written) as archive:
        logged = archive.read("logs/workstation.log").decode()
        report = archive.read("report.txt").decode()
    assert "ZeroDivisionError: the slot's own failure" in logged
    assert "Qt: 6." in report
    assert "PySide6: 6." in report


def test_help_report_a_problem_asks_where_and_writes_the_zip(
    qtbot, window: MainWindow, prompts, tmp_path: Path
) -> None:
    help_menu = window.menuBar().findChild(QMenu, "helpMenu")
    assert isinstance(help_menu, QMenu)
    assert window.commands.report_problem in help_menu.actions()
    out = tmp_path / "chosen.zip"
    prompts.answer("ask_save_file", str(out))
    window.commands.report_problem.trigger()
    qtbot.waitUntil(lambda: bool(prompts.infos))
    assert prompts.asked("ask_save_file")[0]["suggested"].endswith(".zip")
    with zipfile.ZipFile(out) as archive:
        assert "report.txt" in archive.namelist()


def test_cancelling_the_save_writes_nothing(window: MainWindow, prompts, tmp_path: Path) -> None:
    prompts.answer("ask_save_file", "")
    window.commands.report_problem.trigger()
    assert prompts.infos == []
    assert list(tmp_path.glob("*.zip")) == []


def test_a_place_that_cannot_be_written_is_an_error_sentence(
    qtbot, window: MainWindow, prompts, tmp_path: Path
) -> None:
    prompts.answer("ask_save_file", str(tmp_path / "missing" / "r.zip"))
    window.commands.report_problem.trigger()
    qtbot.waitUntil(lambda: bool(prompts.errors))
    title, message = prompts.errors[0]
    assert title == "Problem report not saved"
    assert "missing" in message


def test_the_box_does_not_block_and_closes(qtbot, window: MainWindow) -> None:
    from workstation.ui.window.crash_guard import UnexpectedErrorBox

    reported: list[bool] = []
    box = UnexpectedErrorBox(window, lambda: reported.append(True))
    qtbot.addWidget(box)
    box.show()  # returns at once: not modal, no nested event loop
    assert not box.isModal()
    box.report_button.click()
    assert reported == [True]
    close = box.findChild(QPushButton, "unexpectedErrorClose")
    assert close is not None
    close.click()
    assert not box.isVisible()
