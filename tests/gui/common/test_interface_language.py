"""The interface language: Preferences' choice or the system locale, the app's catalogue and Qt's
own, the locale numbers follow, and English when the catalogue was not built."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from workstation.domain import i18n
from workstation.ui.common import translations
from workstation.ui.common.translations import (
    LANGUAGE_KEY,
    chosen_language,
    install_translations,
    remove_translations,
    resolve_language,
)


def test_system_means_swedish_on_a_swedish_system_and_english_elsewhere() -> None:
    assert resolve_language("system", QLocale("sv_SE")) == "sv"
    assert resolve_language("system", QLocale("sv_FI")) == "sv"
    assert resolve_language("system", QLocale("de_DE")) == "en"
    assert resolve_language("en", QLocale("sv_SE")) == "en"
    assert resolve_language("sv", QLocale("en_US")) == "sv"


def test_the_choice_is_read_from_settings_and_nonsense_is_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert chosen_language(settings) == "system"
    settings.setValue(LANGUAGE_KEY, "sv")
    assert chosen_language(settings) == "sv"
    settings.setValue(LANGUAGE_KEY, "klingon")
    assert chosen_language(settings) == "system"


def test_swedish_has_qt_standard_buttons_and_swedish_numbers(qtbot, swedish) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text() == "Avbryt"
    assert i18n.format_number(1234) == "1\u00a0234"


def test_a_missing_catalogue_leaves_the_app_in_english(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(translations, "catalogue_dir", lambda: tmp_path)
    before = QLocale()
    try:
        assert install_translations(qapp, "sv") == "en"
        assert "the interface is in English" in capsys.readouterr().err
        assert i18n.translate("PreferencesDialog", "Preferences") == "Preferences"
    finally:
        remove_translations(qapp)
        QLocale.setDefault(before)
