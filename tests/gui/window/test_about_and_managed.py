"""Help › About, and the managed configuration in the window: presets, locks, start-up."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, qVersion
from PySide6.QtGui import QGuiApplication

import workstation
from tests.gui.helpers import ws_of
from workstation.services.diagnostics.versions import LIBRARIES
from workstation.services.managed_config import ENV_VAR, ManagedConfig, load_managed_config
from workstation.services.workspace import open_workspace
from workstation.ui.window.about_dialog import AboutDialog
from workstation.ui.window.main_window import SETTINGS_FILE, MainWindow
from workstation.ui.window.preferences import load_preferences, save_preferences
from workstation.ui.window.preferences_dialog import LOCKED_TOOLTIP, PreferencesDialog

MANAGED = """\
[defaults]
language = "sv"
byline_format = "By {name}, Sweden Herald"

[photos]
rendition_size = "big"

[lock]
settings = ["default_language", "byline_format", "template_dir"]
"""


@pytest.fixture
def managed(tmp_path: Path) -> ManagedConfig:
    path = tmp_path / "config.toml"
    path.write_text(MANAGED, encoding="utf-8")
    config = load_managed_config(path)
    assert config.locked == {"default_language", "byline_format", "template_dir"}
    assert len(config.problems) == 1  # the rendition size
    return config


@pytest.fixture
def managed_window(qtbot, data_dir: Path, managed: ManagedConfig, prompts) -> Iterator[MainWindow]:
    # The editor had chosen English and a plain byline before the organisation locked them.
    settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue("articles/default_language", "en")
    settings.setValue("articles/byline_format", "{name}")
    settings.setValue("articles/default_byline", "Anna Svensson")
    settings.sync()
    del settings
    window = MainWindow(data_dir, managed=managed)
    qtbot.addWidget(window)
    window.show()
    window.attach_workspace(open_workspace(data_dir, managed=managed))
    yield window
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_about_shows_version_licence_libraries_and_places(qtbot, tmp_path, managed) -> None:
    dialog = AboutDialog(tmp_path / "data", managed)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "aboutDialog"
    assert dialog.version_label.text() == f"Version {workstation.__version__}"
    assert dialog.license_label.text() == "Licence: GPL-3.0-or-later"
    assert dialog.versions["Qt"] == qVersion()
    assert dialog.versions["Python"] == sys.version.split()[0]
    for label, _dist, _module in LIBRARIES:
        assert dialog.versions[label][0].isdigit(), (label, dialog.versions[label])
    assert dialog.data_dir_label.text() == str(tmp_path / "data")
    assert str(managed.path) in dialog.managed_label.text()
    assert dialog.problems_label is not None
    assert "rendition_size" in dialog.problems_label.text()


def test_about_copy_puts_the_details_on_the_clipboard(qtbot, tmp_path, managed) -> None:
    dialog = AboutDialog(tmp_path / "data", managed)
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.text()
    assert f"Editorial Workstation {workstation.__version__}" in copied
    assert f"Qt: {qVersion()}" in copied
    assert f"Data directory: {tmp_path / 'data'}" in copied
    assert f"Managed configuration: {managed.path}" in copied
    assert "Locked settings: byline_format, default_language, template_dir" in copied
    assert "[photos] rendition_size" in copied
    assert dialog.copy_button.text() == "Copied"
    qtbot.waitUntil(lambda: dialog.copy_button.text() == "&Copy", timeout=3000)


def test_about_without_a_managed_file_says_where_it_looked(qtbot, tmp_path) -> None:
    config = load_managed_config(tmp_path / "absent.toml")
    dialog = AboutDialog(tmp_path, config)
    qtbot.addWidget(dialog)
    assert dialog.managed_label.text() == f"none ({tmp_path / 'absent.toml'} does not exist)"
    assert dialog.problems_label is None


def test_the_about_action_opens_the_about_dialog(qtbot, window, monkeypatch) -> None:
    shown: list[AboutDialog] = []

    def record_shown(dialog: AboutDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(AboutDialog, "exec", record_shown)
    window.commands.about.trigger()
    assert len(shown) == 1
    assert shown[0].data_dir_label.text() == str(window.data_dir)


def test_locked_settings_win_over_the_editors_file(managed_window: MainWindow) -> None:
    prefs = managed_window.prefs
    assert prefs.default_language == "sv"  # locked: the file's "en" does not count
    assert prefs.byline_format == "By {name}, Sweden Herald"
    assert prefs.default_byline == "Anna Svensson"  # not locked: the editor's own
    managed_window.article_commands.new_article()
    article_id = managed_window.editing.editor.article_id
    assert article_id is not None
    article = ws_of(managed_window).articles.get(article_id)
    assert (article.byline, article.language) == ("By Anna Svensson, Sweden Herald", "sv")


def test_an_unlocked_preset_is_a_default_the_editor_overrides(tmp_path, qapp) -> None:
    managed = ManagedConfig(path=tmp_path / "c.toml", default_language="de", byline_format="TT")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert load_preferences(settings, managed).default_language == "de"  # nothing chosen yet
    assert load_preferences(settings, managed).new_article_byline() == "TT"
    settings.setValue("articles/default_language", "fi")
    assert load_preferences(settings, managed).default_language == "fi"


def test_saving_keeps_only_the_editors_own_choices(tmp_path, managed, qapp) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    unlocked = ManagedConfig(path=managed.path, default_language="sv")
    prefs = load_preferences(settings, unlocked)
    save_preferences(settings, prefs, unlocked)
    # equal to the preset: not written, so a later change of the preset reaches this editor
    assert settings.value("articles/default_language") is None
    assert settings.value("editor/font_size") == 12.0  # the editor's own settings are kept
    fresh = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    save_preferences(fresh, load_preferences(fresh, managed), managed)
    assert fresh.value("articles/byline_format") is None  # locked: never written
    assert fresh.value("articles/default_language") is None


def test_locked_settings_are_disabled_in_preferences(qtbot, managed_window: MainWindow) -> None:
    dialog = PreferencesDialog(managed_window.prefs, managed_window, locked=managed_window.managed.locked)
    qtbot.addWidget(dialog)
    for widget in (dialog.default_language, dialog.byline_format, dialog.template_dir):
        assert not widget.isEnabled()
        assert widget.toolTip() == LOCKED_TOOLTIP == "Set by your organisation"
    for editable in (dialog.default_byline, dialog.font_size, dialog.autosave, dialog.font_picker):
        assert editable.isEnabled()
    assert not dialog.locked_note.isHidden()
    assert dialog.byline_example.text() == "New articles: By Anna Svensson, Sweden Herald"
    dialog.default_byline.setText("Erik Berg")
    assert dialog.byline_example.text() == "New articles: By Erik Berg, Sweden Herald"
    assert dialog.preferences().default_language == "sv"


def test_nothing_locked_leaves_preferences_editable(qtbot, window: MainWindow) -> None:
    dialog = PreferencesDialog(window.prefs, window)
    qtbot.addWidget(dialog)
    assert dialog.default_language.isEnabled()
    assert dialog.byline_format.isEnabled()
    assert dialog.locked_note.isHidden()
    assert dialog.byline_example.text() == "New articles: no byline"


@pytest.mark.slow
def test_the_app_starts_with_a_bad_managed_file_and_applies_the_rest(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[photos]\nrendition_size = "big"\n[sections]\ntree = ["News/Politics"]\n', encoding="utf-8"
    )
    data = tmp_path / "data"
    env = {**__import__("os").environ, ENV_VAR: str(config)}
    done = subprocess.run(
        [sys.executable, "-m", "workstation", "--data-dir", str(data), "--quit-after-show"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "[photos] rendition_size must be an integer between 320 and 8192, got 'big'" in done.stderr
    assert "created managed section 'News/Politics'" in done.stderr
    workspace = open_workspace(data)
    try:
        assert workspace.taxonomy.find_section("News/Politics") is not None
    finally:
        workspace.close()
