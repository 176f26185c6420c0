"""The editing workspace: fields, autosave triggers, undo, filters, trash, preferences, modes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent, ArticleStatus, ArticleSummary
from workstation.domain.errors import WorkstationError
from workstation.domain.query import ArticleQuery
from workstation.domain.revision import RevisionReason
from workstation.ui.window.main_window import MainWindow
from workstation.ui.window.preferences_dialog import PreferencesDialog


def _open(window: MainWindow, content: ArticleContent) -> int:
    article = ws_of(window).articles.create(content)
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    assert window.editing.editor.article_id == article.id
    return article.id


def _sections(window: MainWindow) -> dict[str, int]:
    ws_of(window).taxonomy.resolve_section("World")
    ws_of(window).taxonomy.resolve_section("Sports/Soccer")
    window.signals.taxonomy_changed.emit()
    return {node.section.name: node.section.id for node in ws_of(window).taxonomy.sections()}


def _summary(window: MainWindow, row: int) -> ArticleSummary:
    summary = window.list_model.summary(row)
    assert summary is not None, f"no article in row {row}"
    return summary


# The completion popup asks the platform to raise it and grab the keyboard; offscreen can't.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_tags_are_added_with_enter_and_removed_with_backspace(qtbot, window: MainWindow) -> None:
    ws_of(window).taxonomy.get_or_create_tag("North Korea")
    window.signals.taxonomy_changed.emit()
    article_id = _open(window, ArticleContent(headline="Drones"))
    tag_input = window.editing.editor.tag_editor.input
    qtbot.keyClicks(tag_input, "Drones")
    qtbot.keyClick(tag_input, Qt.Key.Key_Return)
    qtbot.keyClicks(tag_input, "north korea, Kim")
    qtbot.keyClick(tag_input, Qt.Key.Key_Return)
    assert window.editing.editor.tag_editor.tags() == ["Drones", "north korea", "Kim"]
    qtbot.keyClick(tag_input, Qt.Key.Key_Backspace)
    assert window.editing.autosave.flush_now()
    # Tags are one per name whatever the case: the store keeps the existing spelling.
    assert ws_of(window).articles.get(article_id).tags == ("Drones", "North Korea")


def test_section_tree_picker_stores_a_sub_section(window: MainWindow) -> None:
    ids = _sections(window)
    article_id = _open(window, ArticleContent(headline="Match report"))
    assert window.editing.editor.section_picker.section_names() == ["No section", "World", "Sports", "Soccer"]
    window.editing.editor.section_picker.choose(ids["Soccer"])
    assert window.editing.autosave.flush_now()
    assert ws_of(window).articles.get(article_id).section_path == ("Sports", "Soccer")


def test_field_changes_are_undoable_and_the_undo_is_saved(window: MainWindow) -> None:
    ids = _sections(window)
    article_id = _open(window, ArticleContent(headline="Undo me", section_id=ids["World"]))
    window.editing.editor.section_picker.choose(ids["Soccer"])
    window.list_pane.table.setFocus()
    assert window.commands.undo.text() == "&Undo Change Section"
    window.commands.undo.trigger()
    assert window.editing.editor.section_picker.section_id() == ids["World"]
    assert window.editing.autosave.flush_now()
    assert ws_of(window).articles.get(article_id).content.section_id == ids["World"]
    window.commands.redo.trigger()
    assert window.editing.autosave.flush_now()
    assert ws_of(window).articles.get(article_id).content.section_id == ids["Soccer"]


def test_a_long_headline_reads_from_its_start_when_an_article_opens(window: MainWindow) -> None:
    headline = "Kim Jong-Un Orders Mass Production of Drones, Says the State News Agency KCNA Today"
    _open(window, ArticleContent(headline=headline, source_note="This article has been altered " * 4))
    editor = window.editing.editor
    assert editor.headline_edit.text() == headline
    assert editor.headline_edit.cursorPosition() == 0
    assert editor.source_note_edit.cursorPosition() == 0


def test_word_count_label_follows_typing(qtbot, window: MainWindow) -> None:
    _open(window, ArticleContent(headline="Two words"))
    with qtbot.waitSignal(window.editing.editor.counts_changed, timeout=2000):
        qtbot.keyClicks(window.editing.editor.body_edit, "one two three")
    # Words and characters over the same text, saying which (the headline's words were counted
    # with the body's characters before); the whole article's in the tooltip.
    assert window.word_count_label.text() == "Body: 3 words · 13 characters · under 1 min read"
    assert "Headline, standfirst and body: 5 words · 22 characters" in window.word_count_label.toolTip()


def test_leaving_the_editor_saves_at_once(qtbot, window: MainWindow) -> None:
    window.editing.autosave.set_interval(60_000)  # only the focus change can save in time
    article_id = _open(window, ArticleContent(headline="Old"))
    window.activateWindow()
    window.editing.editor.headline_edit.setFocus()
    window.editing.editor.headline_edit.selectAll()
    qtbot.keyClicks(window.editing.editor.headline_edit, "New")
    with qtbot.waitSignal(window.editing.autosave.saved, timeout=3000):
        window.list_pane.table.setFocus()
    assert ws_of(window).articles.get(article_id).headline == "New"


def test_continuous_typing_is_saved_before_going_idle(qtbot, window: MainWindow) -> None:
    _open(window, ArticleContent(headline="Typing"))
    window.editing.editor.body_edit.setFocus()
    with qtbot.waitSignal(window.editing.autosave.saved, timeout=5000):
        for _ in range(400):  # never idle for 2 s: the deadline must still save
            QTest.keyClicks(window.editing.editor.body_edit, "a")
            qtbot.wait(5)
    article_id = window.editing.editor.article_id
    assert article_id is not None
    assert ws_of(window).articles.get(article_id).body.startswith("aaaa")


def test_checkpoint_marks_a_revision(window: MainWindow) -> None:
    article_id = _open(window, ArticleContent(headline="Check"))
    window.editing.editor.body_edit.setPlainText("Some text")
    window.commands.checkpoint.trigger()
    revisions = ws_of(window).articles.revisions(article_id)
    assert revisions[0].reason is RevisionReason.CHECKPOINT
    assert revisions[0].content.body == "Some text"


def test_a_failed_save_keeps_the_edits_and_retries(qtbot, window: MainWindow, monkeypatch) -> None:
    article_id = _open(window, ArticleContent(headline="Fragile"))
    real_update = ws_of(window).articles.update
    calls = {"n": 0}

    def flaky_update(article, changes):
        calls["n"] += 1
        if calls["n"] == 1:
            raise WorkstationError("Cannot write the store: disk full")
        return real_update(article, changes)

    monkeypatch.setattr(ws_of(window).articles, "update", flaky_update)
    window.editing.editor.body_edit.setPlainText("Precious words")
    assert not window.editing.autosave.flush_now()
    assert window.save_state_label.text() == "Not saved"
    assert window.editing.autosave.has_pending
    assert ws_of(window).articles.get(article_id).body == ""
    assert window.editing.autosave.flush_now()
    assert ws_of(window).articles.get(article_id).body == "Precious words"


def test_filters_and_trash_view(qtbot, window: MainWindow) -> None:
    ids = _sections(window)
    store = ws_of(window).articles
    store.create(ArticleContent(headline="World news", section_id=ids["World"], tags=("Politics",)))
    store.create(ArticleContent(headline="Goal!", section_id=ids["Soccer"], status=ArticleStatus.READY))
    store.create(ArticleContent(headline="Unsorted"))
    window.signals.taxonomy_changed.emit()
    window.signals.articles_changed.emit([])
    pane = window.list_pane
    assert window.list_model.rowCount() == 3

    pane.section_filter.setCurrentIndex(pane.section_filter.findData(ids["Sports"]))
    pane.apply_query()
    assert [_summary(window, r).headline for r in range(window.list_model.rowCount())] == ["Goal!"]
    pane.section_filter.setCurrentIndex(0)
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("ready"))
    pane.apply_query()
    assert window.list_model.rowCount() == 1
    pane.status_filter.setCurrentIndex(0)
    pane.tag_filter.setEditText("politics")
    pane.apply_query()
    assert _summary(window, 0).headline == "World news"
    pane.tag_filter.setEditText("")
    pane.apply_query()

    pane.table.selectAll()
    window.commands.trash.trigger()
    assert store.count() == 0
    assert window.list_model.rowCount() == 0
    window.commands.show_trash.trigger()
    assert pane.trash_toggle.isChecked()
    assert window.list_model.rowCount() == 3
    assert window.commands.restore.isEnabled()
    assert not window.commands.trash.isEnabled()
    pane.table.selectRow(0)
    window.commands.restore.trigger()
    assert store.count() == 1
    assert store.count(ArticleQuery(trashed=True)) == 2


def test_search_as_you_type_highlights_matches(qtbot, window: MainWindow) -> None:
    ws_of(window).articles.create(ArticleContent(headline="Kim orders drones"))
    ws_of(window).articles.create(ArticleContent(headline="Election day"))
    window.signals.articles_changed.emit([])
    qtbot.keyClicks(window.list_pane.search_field, "dro")
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1, timeout=1000)
    html = window.list_pane.highlighter.highlighted_html("Kim orders drones")
    assert '<span style="background:#ffe58a;font-weight:600">dro</span>nes' in html


def test_keyboard_only_flow(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editing.editor.headline_edit.hasFocus()
    qtbot.keyClicks(window.editing.editor.headline_edit, "Keyboard story")
    qtbot.keyClick(window.editing.editor.headline_edit, Qt.Key.Key_Tab)
    assert window.editing.editor.standfirst_edit.hasFocus()
    qtbot.keyClicks(window.editing.editor.standfirst_edit, "Written without a mouse.")
    # Ctrl+F finds in the open article; the list's search is Ctrl+Shift+F.
    qtbot.keyClick(
        window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.list_pane.search_field.hasFocus()
    qtbot.keyClicks(window.list_pane.search_field, "keyboard")
    qtbot.keyClick(window.list_pane.search_field, Qt.Key.Key_Return)
    assert window.list_pane.table.hasFocus()
    assert window.list_model.rowCount() == 1
    stored = ws_of(window).articles.get(_summary(window, 0).id)
    assert (stored.headline, stored.standfirst) == ("Keyboard story", "Written without a mouse.")
    qtbot.keyClick(window.list_pane.table, Qt.Key.Key_Delete)
    assert ws_of(window).articles.count() == 0


def test_preferences_apply_and_persist(qtbot, window_factory) -> None:
    window = window_factory()
    dialog = PreferencesDialog(window.prefs, window)
    qtbot.addWidget(dialog)
    dialog.default_byline.setText("Sweden Herald")
    dialog.default_language.setCurrentIndex(dialog.default_language.findData("sv"))
    dialog.font_size.setValue(15.0)
    dialog.autosave.setValue(1.0)
    from workstation.ui.window.preferences import save_preferences

    window.apply_preferences(dialog.preferences())
    save_preferences(window.settings, window.prefs)
    assert window.editing.autosave.interval == 1000
    assert window.editing.editor.body_edit.font().pointSizeF() == 15.0
    window.article_commands.new_article()
    article = ws_of(window).articles.get(window.editing.editor.article_id)
    assert (article.byline, article.language) == ("Sweden Herald", "sv")
    window.close()
    again = window_factory()
    assert again.prefs.default_byline == "Sweden Herald"
    assert again.editing.editor.body_edit.font().pointSizeF() == 15.0


def test_panels_hide_and_restore_and_writing_mode(qtbot, window_factory) -> None:
    window = window_factory()
    window.article_commands.new_article()  # the three areas show once the store has an article
    assert window.list_pane.isVisible()
    assert window.side_tabs.isVisible()
    window.commands.show_side.setChecked(False)
    assert not window.side_tabs.isVisible()
    window.commands.writing_mode.setChecked(True)
    assert window.isFullScreen()
    assert not window.list_pane.isVisible()
    assert not window.menuBar().isVisible()
    assert window.editing.editor.body_edit.isVisible()
    window.commands.writing_mode.setChecked(False)
    assert not window.isFullScreen()
    assert window.list_pane.isVisible()
    assert window.menuBar().isVisible()
    assert not window.side_tabs.isVisible()
    window.close()
    again = window_factory()
    assert again.side_tabs.isHidden()
    assert not again.list_pane.isHidden()
