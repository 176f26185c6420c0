"""The cold-start baseline: a bare PySide6 window, shown, painted once, then quit.

It quits the way `workstation --quit-after-show` does (ui.main_window.quit_after_first_paint):
repaint, then QTimer.singleShot(0, quit).
"""

from __future__ import annotations

import os
import sys
import time


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    screen = window.screen().availableGeometry()  # the size MainWindow picks on a first start
    window.resize(min(1400, int(screen.width() * 0.9)), min(860, int(screen.height() * 0.9)))
    window.show()
    window.repaint()
    if os.environ.get("WORKSTATION_REPORT_FIRST_PAINT"):  # the same stamp the app prints
        print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
