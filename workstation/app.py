"""The composition root: builds the store, the services and the window, once."""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from workstation import APP_NAME, __version__
from workstation.store.data_dir import resolve_data_dir

if TYPE_CHECKING:
    from workstation.services.workspace import Workspace

EXIT_STORE_ERROR = 2


def _open_workspace(data_dir: Path) -> Workspace:
    from workstation.services.workspace import open_workspace

    return open_workspace(data_dir)


def run_gui(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    # Open the store (and import SQLAlchemy) while Qt starts: the window shows sooner.
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-open")
    opening = executor.submit(_open_workspace, data_dir)
    executor.shutdown(wait=False)

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication

    from workstation.domain.errors import WorkstationError
    from workstation.ui import alerts
    from workstation.ui.main_window import MainWindow, quit_after_first_paint
    from workstation.ui.single_instance import InstanceGuard, bring_to_front

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

    window = MainWindow(data_dir)
    guard.activation_requested.connect(lambda _message: bring_to_front(window))
    window.show()
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
        if args.quit_after_show:
            quit_after_first_paint(window)

    delivery = _Delivery()
    delivery.ready.connect(on_ready)
    # Runs on the worker thread (or here, if already done); the signal queues it to the GUI thread.
    opening.add_done_callback(delivery.ready.emit)
    status = app.exec()
    guard.close()
    return exit_code or status
