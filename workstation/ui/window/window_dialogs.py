"""The window's own dialogs, opened from its menus: Sections and Tags, Preferences, Keyboard
Shortcuts (one window, raised again when it is open), Report a Problem and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.ui.common import alerts
from workstation.ui.spelling.personal_editor import PersonalWordsEditor
from workstation.ui.window.preferences import save_preferences

if TYPE_CHECKING:
    from workstation.ui.window.main_window import MainWindow
    from workstation.ui.window.shortcuts_dialog import ShortcutsDialog


class WindowDialogs:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._shortcuts: ShortcutsDialog | None = None
        a = window.commands
        a.taxonomy.triggered.connect(self.open_taxonomy_manager)
        a.preferences.triggered.connect(self.open_preferences)
        a.house_style.triggered.connect(self.open_house_style)
        a.about.triggered.connect(self.open_about)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.report_problem.triggered.connect(self.report_problem)

    def open_taxonomy_manager(self) -> None:
        window = self._window
        if window.workspace is None:
            return
        from workstation.ui.taxonomy.dialog import TaxonomyDialog

        dialog = TaxonomyDialog(window.workspace.taxonomy, window)
        dialog.changed.connect(window.signals.taxonomy_changed.emit)
        dialog.changed.connect(lambda: window.signals.articles_changed.emit([]))
        dialog.exec()
        dialog.deleteLater()

    def open_house_style(self) -> None:
        from workstation.ui.window.house_style_dialog import HouseStyleDialog

        window = self._window
        if window.workspace is None:
            return
        dialog = HouseStyleDialog(window.workspace.house_style, window)
        if dialog.exec():
            window.apply_preferences(window.prefs)  # typing follows the site's typography rules
            window.signals.articles_changed.emit([])  # the checks and the preview read the rules again
        dialog.deleteLater()

    def open_preferences(self) -> None:
        from workstation.ui.window.preferences_dialog import PreferencesDialog

        window = self._window
        words = self._personal_words()
        dialog = PreferencesDialog(window.prefs, window, locked=window.managed.locked, extra=words)
        if dialog.exec():
            window.apply_preferences(dialog.preferences())
            save_preferences(window.settings, window.prefs, window.managed)
            if words is not None:
                self._save_personal_words(words)
        dialog.deleteLater()

    def _personal_words(self) -> PersonalWordsEditor | None:
        """The personal dictionary's part of Preferences, once the store is open."""
        editing = getattr(self._window, "editing", None)
        if editing is None:
            return None
        controller = editing.spelling.controller
        return PersonalWordsEditor(controller.checker, controller.language)

    def _save_personal_words(self, words: PersonalWordsEditor) -> None:
        try:
            words.save()
        except WorkstationError as exc:
            alerts.show_error(
                self._window, translate("WindowDialogs", "Personal dictionary not saved"), str(exc)
            )
            return
        self._window.editing.spelling.controller.recheck()

    def show_shortcuts(self) -> None:
        from workstation.ui.window.shortcuts_dialog import ShortcutsDialog

        if self._shortcuts is None:
            self._shortcuts = ShortcutsDialog(self._window)
        self._shortcuts.show()
        self._shortcuts.raise_()
        self._shortcuts.activateWindow()

    def open_about(self) -> None:
        from workstation.ui.window.about_dialog import AboutDialog

        window = self._window
        dialog = AboutDialog(window.data_dir, window.managed, window)
        dialog.exec()
        dialog.deleteLater()

    def report_problem(self) -> None:
        from workstation.ui.window.report_problem import ask_and_write_report

        ask_and_write_report(self._window)
