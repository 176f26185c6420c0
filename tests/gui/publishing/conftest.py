"""Fixtures of the publishing UI tests: an in-memory site and the real window publishing to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from tests.fakes.fake_site import FakeSite
from tests.fakes.publishing import wire
from tests.gui.publishing.publishing_helpers import SlowSite
from workstation.services.workspace import open_workspace
from workstation.ui.window.main_window import MainWindow


@pytest.fixture
def site() -> FakeSite:
    return FakeSite()


@pytest.fixture
def publishing_window(qtbot, data_dir: Path, prompts, site: FakeSite) -> Iterator[MainWindow]:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    workspace = open_workspace(data_dir)
    wire(workspace, site)
    window.attach_workspace(workspace)
    yield window
    if window.isVisible():
        window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def slow_site() -> SlowSite:
    return SlowSite()
