"""The main window on a real store: empty state, sample article, create, edit, trash, search."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.domain.query import ArticleQuery
from workstation.ui.window.main_window import PAGE_ARTICLES, PAGE_EMPTY, MainWindow

REQUIRED_NAMES = [
    "articleList",
    "searchField",
    "headlineEdit",
    "standfirstEdit",
    "bodyEdit",
    "bylineEdit",
    "sourceNoteEdit",
    "sectionPicker",
    "tagEditor",
    "languagePicker",
    "statusPicker",
    "wordCountLabel",
]


def test_empty_store_shows_empty_state_with_actions(window: MainWindow) -> None:
    assert window.pages.currentIndex() == PAGE_EMPTY
    assert window.empty_state.new_button.isVisibleTo(window)
    assert window.empty_state.sample_button.isVisibleTo(window)


def test_open_sample_article_imports_the_reference_article(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.empty_state.sample_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == PAGE_ARTICLES
    assert window.list_model.rowCount() == 1
    assert window.editing.editor.headline_edit.text() == "Kim Jong-Un Orders Mass Production of Drones"
    assert window.editing.editor.section_picker.currentText().strip() == "World"
    assert window.editing.editor.byline_edit.text() == "TT"
    assert "Sweden Herald" in window.editing.editor.source_note_edit.text()
    sections = window.editing.editor.section_picker.section_names()
    assert sections == [
        "No section",
        "Sweden",
        "Living",
        "World",
        "Business",
        "Sports",
        "Soccer",
        "Entertainment",
    ]


def test_interactive_widgets_have_object_and_accessible_names(window: MainWindow) -> None:
    window.article_commands.open_sample()  # the editor and side panel exist once the store is open
    for name in REQUIRED_NAMES:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QTextBrowser)
    unnamed = []
    for kind in kinds:
        for widget in window.findChildren(kind):
            parent = widget.parent()
            inside_combo = isinstance(parent, QComboBox) or (
                parent is not None and isinstance(parent.parent(), QComboBox)
            )
            if widget.objectName().startswith("qt_") or inside_combo:
                continue  # Qt's own parts of a combo box or a scroll area
            if not widget.objectName() or not widget.accessibleName():
                unnamed.append(f"{type(widget).__name__} in {parent.objectName() if parent else '-'}")
    assert unnamed == []


def test_new_article_then_typing_is_autosaved(qtbot, window: MainWindow) -> None:
    window.editing.autosave.set_interval(50)
    window.commands.new.trigger()
    assert window.pages.currentIndex() == PAGE_ARTICLES
    assert window.editing.editor.headline_edit.hasFocus() or window.editing.editor.isVisible()
    qtbot.keyClicks(window.editing.editor.headline_edit, "Storm hits coast")
    with qtbot.waitSignal(window.editing.autosave.saved, timeout=3000):
        pass
    stored = ws_of(window).articles.list()
    assert [s.headline for s in stored] == ["Storm hits coast"]
    assert window.save_state_label.text().startswith("Saved ")


def test_edits_are_flushed_when_switching_articles(qtbot, window: MainWindow) -> None:
    store = ws_of(window)
    first = store.articles.create(ArticleContent(headline="First"))
    second = store.articles.create(ArticleContent(headline="Second"))
    window.signals.articles_changed.emit([first.id, second.id])
    window.list_pane.select_article(first.id)
    window.editing.editor.body_edit.setPlainText("Body typed just now")
    window.list_pane.select_article(second.id)  # no idle wait: switching must save
    assert store.articles.get(first.id).body == "Body typed just now"
    assert window.editing.editor.headline_edit.text() == "Second"


def test_close_saves_pending_edits_and_restores_geometry(qtbot, window_factory) -> None:
    window = window_factory()
    article = ws_of(window).articles.create(ArticleContent(headline="Before"))
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    window.editing.editor.headline_edit.selectAll()
    qtbot.keyClicks(window.editing.editor.headline_edit, "After")
    window.resize(760, 520)
    window.close()
    again = window_factory()
    assert ws_of(again).articles.get(article.id).headline == "After"
    assert (again.width(), again.height()) == (760, 520)


def test_search_field_filters_the_list(qtbot, window: MainWindow) -> None:
    store = ws_of(window)
    store.articles.create(ArticleContent(headline="Kim orders drones"))
    store.articles.create(ArticleContent(headline="Election results"))
    window.signals.articles_changed.emit([])
    assert window.list_model.rowCount() == 2
    qtbot.keyClicks(window.list_pane.search_field, "elect")
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1, timeout=1000)
    assert "1 of 2 articles match" in window.count_label.text()
    window.list_pane.search_field.clear()
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 2, timeout=1000)


def test_trash_selected_removes_from_list(qtbot, window: MainWindow) -> None:
    store = ws_of(window)
    keep = store.articles.create(ArticleContent(headline="Keep"))
    drop = store.articles.create(ArticleContent(headline="Drop"))
    window.signals.articles_changed.emit([keep.id, drop.id])
    window.list_pane.select_article(drop.id)
    window.commands.trash.trigger()
    assert [s.headline for s in store.articles.list()] == ["Keep"]
    assert [s.headline for s in store.articles.list(ArticleQuery(trashed=True))] == ["Drop"]
    assert window.list_model.rowCount() == 1


def test_import_reports_bad_files_and_keeps_good_ones(
    qtbot, window: MainWindow, tmp_path: Path, prompts
) -> None:
    good = tmp_path / "good.md"
    good.write_text("---\nheadline: Good one\nsection: World\n---\nBody\n", encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text("---\nheadline: [unclosed\n---\nBody\n", encoding="utf-8")
    window.article_commands.import_files([good, bad])
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    assert [s.headline for s in ws_of(window).articles.list()] == ["Good one"]
    assert prompts.errors
    assert "bad.md:2" in prompts.errors[0][1]


def test_app_quits_after_first_paint_and_refuses_foreign_store(tmp_path: Path) -> None:
    env_cmd = [sys.executable, "-m", "workstation", "--data-dir", str(tmp_path), "--quit-after-show"]
    done = subprocess.run(env_cmd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "workstation.sqlite3").exists()
    foreign = tmp_path / "other"
    foreign.mkdir()
    (foreign / "workstation.sqlite3").write_text("not a database", encoding="utf-8")
    env_cmd[4] = str(foreign)
    done = subprocess.run(env_cmd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "not an Editorial Workstation store" in done.stderr
    assert (foreign / "workstation.sqlite3").read_text(encoding="utf-8") == "not a database"
