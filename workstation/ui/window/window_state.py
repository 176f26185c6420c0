"""The window's layout between sessions (geometry, splitter, list columns, which panels show)
and full-screen writing mode, kept in settings.ini."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from workstation.ui.articles.list_pane import ArticleListPane
from workstation.ui.window.actions import WindowActions


class WindowState(QObject):
    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        actions: WindowActions,
        splitter: QSplitter,
        list_pane: ArticleListPane,
        side_tabs: QWidget,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._actions = actions
        self._splitter = splitter
        self._list_pane = list_pane
        self._side_tabs = side_tabs
        self._writing_mode_restore: tuple[bool, bool, bool] | None = None
        self._leave_writing = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._leave_writing.setEnabled(False)
        self._leave_writing.activated.connect(lambda: actions.writing_mode.setChecked(False))
        self.writing_focus: QWidget | None = None  # takes the focus in writing mode (the body)

    def restore(self) -> None:
        window, settings = self._window, self._settings
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
            screen = window.screen().availableGeometry()
            window.resize(min(1400, int(screen.width() * 0.9)), min(860, int(screen.height() * 0.9)))
        splitter = settings.value("window/splitter")
        if not (isinstance(splitter, QByteArray) and self._splitter.restoreState(splitter)):
            self._splitter.setSizes([440, 600, 360])
        header = settings.value("window/list_header")
        if isinstance(header, QByteArray):
            self._list_pane.restore_header_state(header)
        self._actions.show_list.setChecked(settings.value("window/show_list", "true") != "false")
        self._actions.show_side.setChecked(settings.value("window/show_side", "true") != "false")
        self._list_pane.setVisible(self._actions.show_list.isChecked())
        self._side_tabs.setVisible(self._actions.show_side.isChecked())

    def save(self) -> None:
        if self._writing_mode_restore is not None:
            self.set_writing_mode(False)
        settings, actions = self._settings, self._actions
        settings.setValue("window/geometry", self._window.saveGeometry())
        settings.setValue("window/splitter", self._splitter.saveState())
        settings.setValue("window/list_header", self._list_pane.header_state())
        settings.setValue("window/show_list", "true" if actions.show_list.isChecked() else "false")
        settings.setValue("window/show_side", "true" if actions.show_side.isChecked() else "false")
        settings.sync()

    def set_writing_mode(self, on: bool) -> None:
        """Full-screen writing: only the editor, until F11 or Esc."""
        window = self._window
        if on and self._writing_mode_restore is None:
            self._writing_mode_restore = (
                self._actions.show_list.isChecked(),
                self._actions.show_side.isChecked(),
                window.isMaximized(),
            )
            self._list_pane.hide()
            self._side_tabs.hide()
            window.menuBar().hide()
            window.showFullScreen()
            if self.writing_focus is not None:
                self.writing_focus.setFocus()
        elif not on and self._writing_mode_restore is not None:
            list_visible, side_visible, maximized = self._writing_mode_restore
            self._writing_mode_restore = None
            self._list_pane.setVisible(list_visible)
            self._side_tabs.setVisible(side_visible)
            window.menuBar().show()
            window.showMaximized() if maximized else window.showNormal()
        self._leave_writing.setEnabled(on)
