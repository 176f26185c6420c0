"""The last line of defence: an exception nobody caught (in a Qt slot, at the top of the event
loop, on any thread) is logged with its traceback, told to the editor once in a sentence with
a "Report a Problem…" button, and the app keeps running. The same error again straight after
is logged but not shown again, so a failing timer cannot bury the window in boxes."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from workstation import APP_NAME
from workstation.domain.i18n import translate
from workstation.services.diagnostics.logs import log
from workstation.ui.common.tasks import on_gui_thread

_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def error_signature(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """What makes two errors the same one: the kind, the message and where it was raised."""
    frames = traceback.extract_tb(tb)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return f"{kind.__qualname__}|{value}|{where}"


class UnexpectedErrorBox(QDialog):
    """A plain dialog, not a QMessageBox run with exec(): it is shown and the hook returns at
    once, so the event loop runs on (and no test waits on it)."""

    def __init__(self, parent: QWidget | None, on_report: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("unexpectedErrorDialog")
        self.setWindowTitle(translate("CrashGuard", "Something went wrong"))
        self.setModal(False)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(
            translate(
                "CrashGuard",
                "{app} ran into an unexpected error and stopped what it was doing. "
                "Your articles are safe and you can keep working.",
            ).format(app=APP_NAME)
        )
        self.advice = QLabel(
            translate(
                "CrashGuard",
                "If it happens again, send a problem report to your support: it holds the log, "
                "never your articles or passwords.",
            )
        )
        for label in (self.message, self.advice):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setObjectName("unexpectedErrorMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.report_button = QPushButton(translate("CrashGuard", "Report a Problem…"))
        self.report_button.setObjectName("unexpectedErrorReport")
        self.report_button.setAccessibleName(translate("CrashGuard", "Report a Problem…"))
        buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("unexpectedErrorClose")
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.report_button.clicked.connect(on_report)

        texts = QVBoxLayout()
        texts.setSpacing(10)
        texts.addWidget(self.message)
        texts.addWidget(self.advice)
        texts.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        # As tall as the wrapped labels need at this width (the size hint guesses taller).
        width = max(self.minimumWidth(), self.sizeHint().width())
        self.resize(width, layout.totalHeightForWidth(width))

    def text(self) -> str:
        return f"{self.message.text()}\n{self.advice.text()}"


class CrashGuard(QObject):
    """Installs itself as sys.excepthook and threading.excepthook; uninstall() puts back what
    was there. Make it on the GUI thread."""

    def __init__(self, parent: QWidget, on_report: Callable[[], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._on_report = on_report
        self._last_shown = ""
        self.box: UnexpectedErrorBox | None = None
        self.shown_count = 0
        self._to_gui = on_gui_thread(self._show, owner=self)
        self._previous: tuple[object, object] | None = None

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self._on_exception(args.exc_type, args.exc_value, args.exc_traceback)

    def _on_exception(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        signature = error_signature(kind, value, tb)
        if threading.current_thread() is threading.main_thread():  # Qt's GUI thread
            self._show(signature)
        else:
            self._to_gui(signature)

    def _show(self, signature: str) -> None:
        if signature == self._last_shown or (self.box is not None and self.box.isVisible()):
            return
        self._last_shown = signature
        self.shown_count += 1
        if self.box is None:
            self.box = UnexpectedErrorBox(self._parent, self._report)
        self.box.show()
        self.box.raise_()

    def _report(self) -> None:
        if self.box is not None:
            self.box.hide()
        self._on_report()
