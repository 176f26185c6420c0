"""Preferences edits the personal dictionary: per language, one word a line, in the data dir."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tests.gui.spelling.spelling_helpers import open_article, spelling, underlined
from workstation.ui.spelling.personal_editor import PersonalWordsEditor
from workstation.ui.window.main_window import MainWindow


def test_preferences_edit_the_personal_words_of_a_language(qtbot, window: MainWindow, data_dir) -> None:
    open_article(qtbot, window, headline="Zlatanorama and Quixotry", language="en")
    headline = window.editing.editor.headline_edit
    assert underlined(headline) == ["Zlatanorama"]
    (data_dir / "spelling").mkdir()
    (data_dir / "spelling" / "sv.txt").write_text("Kalleanka\n", encoding="utf-8")
    seen: dict[str, str] = {}

    def edit() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, edit)
            return
        words = dialog.findChild(PersonalWordsEditor, "personalWordsEditor")
        assert words is not None
        seen["language"] = str(words.language.currentData())  # the open article's
        words.words.setPlainText("Zlatanorama\n\n  Blorpington  \n")
        words.language.setCurrentIndex(words.language.findData("sv"))
        seen["sv"] = words.words.toPlainText()
        words.words.setPlainText("Kalleanka\nKnattarna")
        dialog.accept()

    QTimer.singleShot(0, edit)
    window.dialogs.open_preferences()
    assert seen == {"language": "en", "sv": "Kalleanka"}
    assert (data_dir / "spelling" / "en.txt").read_text(encoding="utf-8") == "Zlatanorama\nBlorpington\n"
    assert (data_dir / "spelling" / "sv.txt").read_text(encoding="utf-8") == "Kalleanka\nKnattarna\n"
    assert underlined(headline) == []  # accepted at once
    assert spelling(window).checker.check_text("Blorpington", "en") == []


def test_cancelled_preferences_keep_the_words(qtbot, window: MainWindow, data_dir) -> None:
    open_article(qtbot, window, headline="Zlatanorama", language="en")

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, cancel)
            return
        words = dialog.findChild(PersonalWordsEditor, "personalWordsEditor")
        assert words is not None
        words.words.setPlainText("Zlatanorama")
        dialog.reject()

    QTimer.singleShot(0, cancel)
    window.dialogs.open_preferences()
    assert not (data_dir / "spelling" / "en.txt").exists()
    assert underlined(window.editing.editor.headline_edit) == ["Zlatanorama"]
