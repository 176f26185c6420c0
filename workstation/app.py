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
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from workstation import APP_NAME, __version__
from workstation.store.data_dir import resolve_data_dir

if TYPE_CHECKING:
    from workstation.services.managed_config import ManagedConfig
    from workstation.services.workspace import Workspace

EXIT_STORE_ERROR = 2
# Set to print "first-paint <unix time>" on stderr once the window has painted (benchmarks).
REPORT_FIRST_PAINT_ENV = "WORKSTATION_REPORT_FIRST_PAINT"


MANAGED_PROBLEM_MS = 20_000  # how long the status bar shows a managed configuration problem


def _open_workspace(data_dir: Path, managed: ManagedConfig) -> Workspace:
    from workstation.services.workspace import open_workspace

    return open_workspace(data_dir, managed=managed)


def run_gui(args: argparse.Namespace) -> int:
    from workstation.services.managed_config import load_managed_config

    data_dir = resolve_data_dir(args.data_dir)
    # The organisation's presets and locks; a bad file is reported and the defaults are used.
    managed = load_managed_config()
    for problem in managed.problems:
        print(f"workstation: warning: {problem}", file=sys.stderr)

    from workstation.ui.preview import configure_webengine_environment, register_url_schemes

    # QtWebEngine's settings and the photo URL scheme must be in place before the QApplication.
    configure_webengine_environment()
    register_url_schemes()

    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    from workstation.domain.errors import WorkstationError
    from workstation.store.first_page import read_first_page
    from workstation.ui.articles.list_model import PAGE_SIZE
    from workstation.ui.common import alerts
    from workstation.ui.window.main_window import MainWindow, quit_after_first_paint
    from workstation.ui.window.single_instance import InstanceGuard, bring_to_front

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Editorial Workstation")
    app.setDesktopFileName("editorial-workstation")

    # One window per data dir: a second start on the same store hands over to the first.
    guard = InstanceGuard(data_dir)
    if not args.quit_after_show and guard.activate_existing():
        print(f"workstation: already running on {data_dir}; brought it to the front.", file=sys.stderr)
        return 0
    if not guard.listen():
        print(f"workstation: note: cannot watch for a second start: {guard.error}", file=sys.stderr)

    window = MainWindow(data_dir, managed=managed)
    guard.activation_requested.connect(lambda _message: bring_to_front(window))
    first_page = read_first_page(data_dir, PAGE_SIZE)
    if first_page is not None:
        window.show_first_page(*first_page)
    window.show()
    if os.environ.get(REPORT_FIRST_PAINT_ENV):
        window.repaint()
        print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)
    exit_code = 0

    class _Delivery(QObject):
        ready = Signal(object)

    def on_ready(future: Future[Workspace]) -> None:
        nonlocal exit_code
        try:
            workspace = future.result()
        except WorkstationError as exc:
            exit_code = EXIT_STORE_ERROR
            print(f"workstation: error: {exc}", file=sys.stderr)
            if not args.quit_after_show:
                alerts.show_error(window, f"{APP_NAME} cannot open its store", str(exc))
            window.close()
            app.quit()
            return
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
        if args.quit_after_show:
            quit_after_first_paint(window)

    delivery = _Delivery()
    delivery.ready.connect(on_ready)
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-open")

    def open_store() -> None:
        opening = executor.submit(_open_workspace, data_dir, managed)
        # Runs on the worker thread; the signal queues on_ready to the GUI thread.
        opening.add_done_callback(delivery.ready.emit)

    # After the first paint: importing SQLAlchemy would otherwise compete with it for the GIL.
    QTimer.singleShot(0, open_store)
    status = app.exec()
    executor.shutdown(wait=True)
    guard.close()
    return exit_code or status
