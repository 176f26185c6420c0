"""The composition root: builds the store, the services and the window, once.

Start-up order, for a fast first paint: Qt and the window first, showing the article list's
first page read with plain sqlite3; the full store (SQLAlchemy, migrations) opens on a worker
thread after that paint and is attached when ready."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from workstation import APP_NAME, __version__
from workstation.store.data_dir import resolve_data_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from workstation.services.managed_config import ManagedConfig
    from workstation.services.workspace import Workspace
    from workstation.ui.window.crash_guard import CrashGuard
    from workstation.ui.window.main_window import MainWindow
    from workstation.ui.window.single_instance import InstanceGuard

EXIT_STORE_ERROR = 2
# Set to print "first-paint <unix time>" on stderr once the window has painted (benchmarks).
REPORT_FIRST_PAINT_ENV = "WORKSTATION_REPORT_FIRST_PAINT"


MANAGED_PROBLEM_MS = 20_000  # how long the status bar shows a managed configuration problem


def run_gui(args: argparse.Namespace) -> int:
    """Read the managed configuration, make the QApplication, claim the data dir, show the
    window with the list's first page, then open the store in the background and attach it."""
    data_dir = resolve_data_dir(args.data_dir)
    _start_log(data_dir)
    managed = _read_managed_config()
    app = _create_application()
    _install_translations(app, data_dir)
    guard = _claim_single_instance(data_dir, quit_after_show=args.quit_after_show)
    if guard is None:  # handed over to the window already open on this store
        return 0
    window = _show_window(data_dir, managed, guard)
    crash_guard = install_crash_guard(window)
    store = _StoreOpening(app, window, data_dir, managed, quit_after_show=args.quit_after_show)
    store.open_after_first_paint()
    status = app.exec()
    store.wait()
    store.close()
    guard.close()
    crash_guard.uninstall()
    from workstation.services.diagnostics.logs import log

    log.info("quit: exit status %s", store.exit_code or status)
    return store.exit_code or status


def _start_log(data_dir: Path) -> None:
    """The rotating log in the data dir (services/diagnostics/logs.py), from the first moment."""
    from workstation.services.diagnostics.logs import log_startup, set_up_logging

    set_up_logging(data_dir)
    log_startup(data_dir, "window")


def install_crash_guard(window: MainWindow) -> CrashGuard:
    """An exception nobody caught is logged and told once; the app keeps running."""
    from workstation.ui.window.crash_guard import CrashGuard

    crash_guard = CrashGuard(window, window.dialogs.report_problem)
    crash_guard.install()
    return crash_guard


def _read_managed_config() -> ManagedConfig:
    """The organisation's presets and locks; a bad file is reported and the defaults are used."""
    from workstation.services.managed_config import load_managed_config

    managed = load_managed_config()
    from workstation.services.diagnostics.logs import log

    for problem in managed.problems:
        print(f"workstation: warning: {problem}", file=sys.stderr)
        log.warning("managed configuration: %s", problem)
    return managed


def _create_application() -> QApplication:
    from workstation.ui.preview import configure_webengine_environment, register_url_schemes

    # QtWebEngine's settings and the photo URL scheme must be in place before the QApplication.
    configure_webengine_environment()
    register_url_schemes()

    from PySide6.QtWidgets import QApplication

    from workstation.ui.common.tasks import favour_the_gui_thread

    favour_the_gui_thread()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Editorial Workstation")
    app.setDesktopFileName("editorial-workstation")
    from workstation.ui.common.contrast import readable_placeholder

    readable = readable_placeholder(app.palette())  # hint text at AA contrast (ui/common/contrast.py)
    if readable is not None:
        app.setPalette(readable)
    return app


def _install_translations(app: QApplication, data_dir: Path) -> None:
    """The interface language from Preferences (settings.ini) or the system, before any widget."""
    from PySide6.QtCore import QSettings

    from workstation.ui.common.translations import chosen_language, install_translations
    from workstation.ui.window.main_window import SETTINGS_FILE

    settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    install_translations(app, chosen_language(settings))


def _claim_single_instance(data_dir: Path, *, quit_after_show: bool) -> InstanceGuard | None:
    """One window per data dir: a second start on the same store hands over to the first (None:
    it did, and this start ends)."""
    from workstation.ui.window.single_instance import InstanceGuard

    guard = InstanceGuard(data_dir)
    if not quit_after_show and guard.activate_existing():
        print(f"workstation: already running on {data_dir}; brought it to the front.", file=sys.stderr)
        return None
    if not guard.listen():
        print(f"workstation: note: cannot watch for a second start: {guard.error}", file=sys.stderr)
    return guard


def _show_window(data_dir: Path, managed: ManagedConfig, guard: InstanceGuard) -> MainWindow:
    """The window, showing the article list's first page read with plain sqlite3 (no store yet)."""
    from workstation.store.first_page import read_first_page
    from workstation.ui.articles.list_model import PAGE_SIZE
    from workstation.ui.window.main_window import MainWindow
    from workstation.ui.window.single_instance import bring_to_front

    window = MainWindow(data_dir, managed=managed)
    guard.activation_requested.connect(lambda _message: bring_to_front(window))
    first_page = read_first_page(data_dir, PAGE_SIZE)
    if first_page is not None:
        window.show_first_page(*first_page)
    window.show()
    if os.environ.get(REPORT_FIRST_PAINT_ENV):
        window.repaint()
        print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)
    return window


class _StoreOpening:
    """The full store (SQLAlchemy, migrations), opened on a worker thread and attached to the
    window when ready; a store that cannot open ends the app with EXIT_STORE_ERROR."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        data_dir: Path,
        managed: ManagedConfig,
        *,
        quit_after_show: bool,
    ) -> None:
        from workstation.ui.common.tasks import TaskRunner

        self._app = app
        self._window = window
        self._data_dir = data_dir
        self._managed = managed
        self._quit_after_show = quit_after_show
        # A thread of its own: wait() waits for the store, not for the window's work.
        self._tasks = TaskRunner(app, threads=1)
        self.exit_code = 0
        self._pending: Workspace | None = None  # opened damaged, waiting on the recovery screen
        self._recovery_wired = False
        self._read_only_chosen = False  # Open read-only was chosen on the recovery screen

    def open_after_first_paint(self) -> None:
        from PySide6.QtCore import QTimer

        # After the first paint: importing SQLAlchemy would otherwise compete with it for the GIL.
        QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        data_dir, managed = self._data_dir, self._managed
        self._tasks.run(lambda: _open_workspace(data_dir, managed), self._attach, self._fail)

    def wait(self) -> None:
        """After the event loop: let an opening still running finish."""
        self._tasks.wait_all(-1)

    def close(self) -> None:
        """A damaged store opened for the recovery screen and never attached."""
        if self._pending is not None:
            self._pending.close()
            self._pending = None

    def _window_gone(self) -> bool:
        """The window was closed (and deleted) while the store was opening."""
        from shiboken6 import isValid

        return not isValid(self._window)

    def _attach(self, workspace: Workspace) -> None:
        if self._window_gone() or self._window.workspace is not None:
            workspace.close()  # an opening that finished after its window, or a second one
            return
        if workspace.db.damage is not None and not self._quit_after_show and not self._read_only_chosen:
            # Damaged but readable: the recovery screen first; Open read-only attaches it.
            self._pending = workspace
            print(f"workstation: warning: {workspace.read_only_reason}", file=sys.stderr)
            self._show_recovery(str(workspace.read_only_reason), readable=True)
            return
        self._attach_now(workspace)

    def _attach_pending(self) -> None:
        """Open read-only: the damaged store opened for the recovery screen, or opened again
        (a restore that failed closed it)."""
        self._read_only_chosen = True
        workspace, self._pending = self._pending, None
        if workspace is not None:
            self._attach_now(workspace)
        elif self._window.workspace is None:
            self._window.store_recovery.show_loading()
            self._start()

    def _show_recovery(self, message: str, *, readable: bool) -> None:
        screen = self._window.store_recovery.show(message, readable=readable)
        if not self._recovery_wired:
            self._recovery_wired = True
            screen.open_read_only_requested.connect(self._attach_pending)
            screen.restored.connect(self._reopen)
            screen.before_restore = self.close  # the damaged store opened for it, if any

    def _reopen(self) -> None:
        """A backup was restored in the store's place: open it as at start-up."""
        if self._window.workspace is not None:
            return  # the window had the store open: it asks for a new start
        if self._pending is not None:
            self._pending.close()
            self._pending = None
        self._window.store_recovery.show_loading()
        self._start()

    def _attach_now(self, workspace: Workspace) -> None:
        window, managed = self._window, self._managed
        window.attach_workspace(workspace)
        for note in workspace.managed_notes:
            print(f"workstation: note: {note}", file=sys.stderr)
        if managed.problems:
            count = len(managed.problems)
            more = f" (and {count - 1} more: Help › About)" if count > 1 else ""
            window.statusBar().showMessage(
                f"Managed configuration ignored in part: {managed.problems[0]}{more}", MANAGED_PROBLEM_MS
            )
        # Start-up objects live for the whole session: keep them out of the collector's full
        # passes, which otherwise take ~50 ms on the GUI thread while typing.
        gc.collect()
        gc.freeze()
        if self._quit_after_show:
            from workstation.ui.window.main_window import quit_after_first_paint

            quit_after_first_paint(window)

    def _fail(self, error: BaseException) -> None:
        from workstation.domain.errors import WorkstationError
        from workstation.ui.common import alerts

        if not isinstance(error, WorkstationError):
            raise error
        print(f"workstation: error: {error}", file=sys.stderr)
        from workstation.services.diagnostics.logs import log

        log.error("cannot open the store: %s", error)
        if self._window_gone():
            return
        from workstation.store.errors import DamagedStoreError

        if isinstance(error, DamagedStoreError) and not self._quit_after_show:
            self._show_recovery(str(error), readable=False)  # restore, salvage or quit
            return
        self.exit_code = EXIT_STORE_ERROR
        if not self._quit_after_show:
            alerts.show_error(self._window, f"{APP_NAME} cannot open its store", str(error))
        self._window.close()
        self._app.quit()


def _open_workspace(data_dir: Path, managed: ManagedConfig) -> Workspace:
    """On the worker thread: SQLAlchemy, the migrations and the services are imported here."""
    from workstation.services.workspace import open_workspace

    return open_workspace(data_dir, managed=managed)
