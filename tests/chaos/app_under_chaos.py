"""`python -m tests.chaos.app_under_chaos [workstation options]`: the real GUI (workstation's own
main) with the chaos driver started once the event loop runs."""

from __future__ import annotations

import sys

from workstation.__main__ import main


def _run() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.chaos import driver

    holder: list[object] = []
    # The QApplication is made inside main(); the first timer after it exists starts the driver.
    import workstation.app as app_module

    create = app_module._create_application

    def create_and_drive() -> QApplication:
        app = create()
        QTimer.singleShot(0, lambda: holder.append(driver.install_from_environment()))
        return app

    app_module._create_application = create_and_drive
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(_run())
