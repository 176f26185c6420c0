"""GUI fixtures: a main window on a temporary store, with message boxes recorded, not shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from workstation.services.workspace import Workspace, open_workspace
from workstation.ui.common import alerts
from workstation.ui.preview.environment import configure_webengine_environment, register_url_schemes
from workstation.ui.window.main_window import MainWindow

# The Preview tab's QtWebEngine must be set up before the QApplication exists (pytest-qt makes it
# later, in the qapp fixture): Chromium's flags (no sandbox when root) and the ewsphoto: scheme.
configure_webengine_environment()
register_url_schemes()


class AlertLog:
    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirm_answer = True
        self.open_files: list[str] = []
        self.save_file = ""


@pytest.fixture
def alert_log(monkeypatch: pytest.MonkeyPatch) -> AlertLog:
    """Message boxes and file dialogs answer from this log instead of blocking the test."""
    log = AlertLog()
    monkeypatch.setattr(alerts, "show_error", lambda _p, title, text: log.errors.append((title, text)))
    monkeypatch.setattr(alerts, "show_info", lambda _p, title, text: log.infos.append((title, text)))
    monkeypatch.setattr(alerts, "confirm", lambda *_a: log.confirm_answer)
    monkeypatch.setattr(alerts, "ask_markdown_files", lambda _p: list(log.open_files))
    monkeypatch.setattr(alerts, "ask_save_file", lambda *_a: log.save_file)
    return log


@pytest.fixture
def window_factory(qtbot, data_dir: Path, alert_log: AlertLog) -> Iterator[object]:
    """Make main windows on the test's data dir; each is closed (and its store) at the end."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(data_dir)
        qtbot.addWidget(window)
        window.show()
        window.attach_workspace(open_workspace(data_dir))
        made.append(window)
        return window

    yield make
    for window in made:
        if window.isVisible():
            window.close()
        # Delete now, while the application exists: Qt objects left for Python's exit-time
        # clean-up (Chromium's above all) are destroyed in no safe order.
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(window_factory) -> MainWindow:
    return window_factory()


@pytest.fixture
def store(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace
