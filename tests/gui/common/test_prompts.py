"""The one home of the app's prompts (ui/common/alerts.py) and the fixture that answers them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.fakes.prompts import Prompts
from workstation.ui.common import alerts

PACKAGE = Path(alerts.__file__).resolve().parents[2]
QT_DIALOGS = {"QMessageBox", "QFileDialog", "QInputDialog"}
WINDOWS = {*QT_DIALOGS, "exec"}


def test_every_function_that_opens_a_window_is_a_dialog_the_fixture_answers() -> None:
    """Every module-level function of ui/ that runs a dialog (alerts' own, and a feature's own
    questions such as the taxonomy choosers') is registered with @alerts.dialog, and imported by
    tests/fakes/prompts.py, so the fixture answers it."""
    opening = set()
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and any(
                (isinstance(n, ast.Name) and n.id in WINDOWS)
                or (isinstance(n, ast.Attribute) and n.attr in WINDOWS)
                for n in ast.walk(node)
            ):
                opening.add((node.name, module))
    assert opening == set(alerts.DIALOGS.items())


def test_the_app_asks_through_the_alerts_module_only() -> None:
    """`from ...alerts import confirm` would keep the real dialog out of the fixture's reach, and
    a message box or file dialog elsewhere would block a test."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == Path(alerts.__file__).resolve():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = path.relative_to(PACKAGE)
            if isinstance(node, ast.ImportFrom) and node.module == "workstation.ui.common.alerts":
                offenders.append(f"{where}: imports names from alerts")
            if isinstance(node, ast.Name) and node.id in QT_DIALOGS:
                offenders.append(f"{where}: {node.id}")
    assert offenders == []


def test_a_question_with_no_scripted_answer_fails_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    own = Prompts(monkeypatch)  # not the test's own script: that one must stay clean
    with pytest.raises(pytest.fail.Exception, match=r"alerts\.confirm\(title='Delete\?'.*prompts\.answer"):
        alerts.confirm(None, "Delete?", "It goes.", "Delete")
    with pytest.raises(pytest.fail.Exception, match=r"prompts with no scripted answer: alerts\.confirm"):
        own.check_all_answered()


def test_scripted_answers_and_the_log(prompts: Prompts) -> None:
    prompts.answer("ask_markdown_files", ["a.md"])
    first = alerts.ask_markdown_files(None)
    first.append("changed by the caller")
    assert alerts.ask_markdown_files(None) == ["a.md"]  # each prompt gets its own copy
    prompts.answer_with("ask_directory", lambda title, start: f"{start}/{title}")
    assert alerts.ask_directory(None, "photos") == "/photos"
    alerts.show_error(None, "Not saved", "The disk is full.")
    alerts.show_info(None, "Saved", "All good.")
    assert prompts.asked("ask_directory") == [{"title": "photos", "start": ""}]
    assert prompts.errors == [("Not saved", "The disk is full.")]
    assert prompts.infos == [("Saved", "All good.")]
    assert [p.name for p in prompts.shown] == [
        "ask_markdown_files",
        "ask_markdown_files",
        "ask_directory",
        "show_error",
        "show_info",
    ]
    with pytest.raises(ValueError, match="not a question"):
        prompts.answer("show_error", None)


def _click_when_shown(text: str) -> None:
    """Click the button of the message box once it is shown (exec() blocks the test until then)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        (button,) = [b for b in box.buttons() if b.text() == text]
        button.click()

    QTimer.singleShot(0, click)


def test_choose_answers_the_choice_clicked_or_none_for_cancel(qtbot, prompts: Prompts) -> None:
    choose = prompts.original("choose")  # the real message box, not the script
    choices = ["Unpublish and move to Trash", "Move to Trash only"]
    _click_when_shown("Move to Trash only")
    assert choose(None, "Still on the site", "It is published.", choices) == "Move to Trash only"
    _click_when_shown("Unpublish and move to Trash")
    assert choose(None, "Still on the site", "It is published.", choices) == "Unpublish and move to Trash"
    _click_when_shown("Cancel")
    assert choose(None, "Still on the site", "It is published.", choices) is None
