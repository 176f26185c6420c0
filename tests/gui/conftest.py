"""GUI fixtures: a main window on a temporary store, with every prompt answered from a script."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from tests.fakes.prompts import Prompts
from tests.gui.helpers import ws_of
from workstation.services.workspace import Workspace, open_workspace
from workstation.ui.preview.environment import configure_webengine_environment, register_url_schemes
from workstation.ui.window.main_window import MainWindow

# The Preview tab's QtWebEngine must be set up before the QApplication exists (pytest-qt makes it
# later, in the qapp fixture): Chromium's flags (no sandbox when root) and the ewsphoto: scheme.
configure_webengine_environment()
register_url_schemes()


@pytest.fixture(autouse=True)
def prompts(monkeypatch: pytest.MonkeyPatch) -> Iterator[Prompts]:
    """Every GUI test: message boxes, file dialogs and questions answer from this script and are
    logged, instead of opening a window that blocks the test."""
    script = Prompts(monkeypatch)
    yield script
    script.check_all_answered()  # an unscripted prompt fails even where the UI caught the failure


@pytest.fixture
def window_factory(qtbot, data_dir: Path) -> Iterator[Callable[[], MainWindow]]:
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
def window(window_factory: Callable[[], MainWindow]) -> MainWindow:
    return window_factory()


@pytest.fixture
def store(window: MainWindow) -> Workspace:
    return ws_of(window)


@pytest.fixture
def swedish(qapp) -> Iterator[None]:
    """The interface in Swedish for one test, as a Swedish start has it; English again after."""
    from PySide6.QtCore import QLocale

    from tests.fakes.catalogue import ensure_swedish_catalogue
    from workstation.ui.common.translations import install_translations, remove_translations

    ensure_swedish_catalogue()
    before = QLocale()
    assert install_translations(qapp, "sv") == "sv"
    yield
    remove_translations(qapp)
    QLocale.setDefault(before)
