"""Run by test_announce.py in its own process: the whole UI imported, an assistive technology
listening (QAccessible active), the focus moved in and out of a web view. Exits 0 and prints
'focused' when nothing crashed; a Python accessibility factory anywhere makes this segfault."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import workstation.ui
from workstation.ui.preview.environment import configure_webengine_environment


def main() -> int:
    for module in pkgutil.walk_packages(workstation.ui.__path__, "workstation.ui."):
        importlib.import_module(module.name)
    configure_webengine_environment()
    from PySide6.QtGui import QAccessible
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    QAccessible.setActive(True)
    window = QWidget()
    layout = QVBoxLayout(window)
    line, view = QLineEdit(), QWebEngineView()
    layout.addWidget(line)
    layout.addWidget(view)
    view.setHtml("<h1>Headline</h1>")
    window.show()
    for target in (view, line, view, line):
        target.setFocus()
        for _ in range(20):
            app.processEvents()
    print("focused")
    return 0


if __name__ == "__main__":
    sys.exit(main())
