"""Preferences › Interface language: System, English or Svenska, kept where the next start reads it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLabel

from workstation.ui.common.translations import chosen_language
from workstation.ui.window.preferences import Preferences, load_preferences, save_preferences
from workstation.ui.window.preferences_dialog import PreferencesDialog


def test_choosing_svenska_is_kept_for_the_next_start(qtbot, tmp_path: Path) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "interfaceLanguage")
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == ["System", "English", "Svenska"]
    assert combo.currentData() == "system"
    note = dialog.findChild(QLabel, "interfaceLanguageNote")
    assert note is not None
    assert "next starts" in note.text()
    combo.setCurrentIndex(combo.findData("sv"))
    prefs = dialog.preferences()
    assert prefs.interface_language == "sv"

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    save_preferences(settings, prefs)
    reread = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert chosen_language(reread) == "sv"  # what app.py reads before the window exists
    assert load_preferences(reread).interface_language == "sv"


def test_a_language_the_app_lacks_in_settings_reads_as_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("interface/language", "fi")
    assert load_preferences(settings).interface_language == "system"
