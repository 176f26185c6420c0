"""The window's answer to a store it cannot use as usual: the banner over everything while the
store is read-only (read-only media, or damaged), and the recovery screen among the window's
pages when it is damaged (restore a backup, salvage, open read-only, quit). Imported at start-up:
the recovery screen (and the services it uses) only when needed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from workstation.domain.i18n import translate
from workstation.ui.common import alerts
from workstation.ui.common.factory import push_button

if TYPE_CHECKING:
    from workstation.services.workspace import Workspace
    from workstation.ui.window.main_window import MainWindow
    from workstation.ui.window.recovery_screen import RecoveryScreen


class ReadOnlyBanner(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("readOnlyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid #c9a227; }"
            "#readOnlyBanner QLabel { color: #3b2f00; }"
        )
        self.label = QLabel()
        self.label.setObjectName("readOnlyLabel")
        self.label.setWordWrap(True)
        self.recover_button = push_button(translate("ReadOnlyBanner", "Recover…"), "showRecoveryButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.recover_button)
        self.setVisible(False)

    def show_for(self, workspace: Workspace) -> None:
        """Shown while `workspace` is read-only, hidden otherwise."""
        if not workspace.read_only:
            self.setVisible(False)
            return
        damaged = workspace.db.damage is not None
        if damaged:
            text = translate(
                "ReadOnlyBanner",
                "This store is damaged and open read-only: you can read and export articles, not "
                "change them. Restore a backup or salvage the articles with Recover.",
            )
        else:
            text = translate(
                "ReadOnlyBanner",
                "This store is on read-only media (its folder cannot be written): you can read and "
                "export articles, not change them.",
            )
        self.label.setText(text)
        self.label.setToolTip(workspace.read_only_reason or "")  # the line naming the file
        self.setAccessibleName(text)
        self.recover_button.setVisible(damaged)
        self.setVisible(True)


class WindowRecovery(QObject):
    """Puts the banner above the window's pages as its central widget. `enable_actions`: the
    window's store actions on or off (off on the recovery screen; those that change the store
    stay off while it is read-only: locked_actions)."""

    def __init__(
        self, window: MainWindow, pages: QStackedWidget, enable_actions: Callable[[bool], None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._pages = pages
        self._enable_actions = enable_actions
        self.banner = ReadOnlyBanner()
        self.banner.recover_button.clicked.connect(lambda _checked=False: self._show_for_open_store())
        self.screen: RecoveryScreen | None = None  # made when the store is found damaged
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(pages, 1)
        window.setCentralWidget(central)

    def locked_actions(self) -> list[QAction]:
        """The store actions that stay off: those that change it, while it is read-only."""
        workspace = self._window.workspace
        return self._window.commands.changing_actions() if workspace and workspace.read_only else []

    def show(self, message: str, *, readable: bool) -> RecoveryScreen:
        """Instead of the articles: the damaged store's recovery screen (restore, salvage, quit);
        `readable`: it can also be opened read-only."""
        self._enable_actions(False)
        if self.screen is None:
            from workstation.ui.window.recovery_screen import RecoveryScreen

            self.screen = RecoveryScreen(self._window.data_dir)
            self.screen.quit_requested.connect(self._window.close)
            self.screen.open_read_only_requested.connect(self._leave)
            self.screen.restored.connect(self._on_restored_while_open)
            self._pages.addWidget(self.screen)
        self.screen.show_problem(message, readable=readable)
        self._pages.setCurrentWidget(self.screen)
        self.banner.setVisible(False)
        return self.screen

    def _show_for_open_store(self) -> None:
        workspace = self._window.workspace
        if workspace is not None and workspace.read_only_reason is not None:
            screen = self.show(workspace.read_only_reason, readable=True)
            # A restore closes this window's store (it reads no more), then the window itself.
            screen.before_restore = workspace.db.close

    def _on_restored_while_open(self) -> None:
        if self._window.workspace is None:
            return  # at start-up: the app opens the restored store (app._StoreOpening)
        alerts.show_info(
            self._window,
            translate("ReadOnlyBanner", "Backup restored"),
            translate("ReadOnlyBanner", "The backup is the store now. Start the app again to open it."),
        )
        self._window.close()

    def show_loading(self) -> None:
        self._pages.setCurrentIndex(0)  # the window's "Opening the store…"

    def _leave(self) -> None:
        """Open read-only: the articles again, under the banner (at start-up the app attaches
        the store first, see app._StoreOpening)."""
        workspace = self._window.workspace
        if workspace is not None:
            self.banner.show_for(workspace)
            self._enable_actions(True)
            self._pages.setCurrentIndex(self._window.pages.indexOf(self._window.splitter))
