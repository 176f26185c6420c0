"""Edit › Replace in Selected Articles…: the articles chosen in the list (real key events), the
preview of every change, Apply (one revision each, the open article reloaded) and the status
bar's Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.articles.test_find_bar import focused, press, type_text
from tests.gui.helpers import child, ws_of
from workstation.domain.article import ArticleContent
from workstation.domain.revision import RevisionReason
from workstation.services.find_replace import ReplacePlan
from workstation.ui.articles.replace_dialog import ReplaceArticlesDialog, preview_html
from workstation.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TIMEOUT = 10_000


def _newsroom(window: MainWindow) -> dict[str, int]:
    articles = ws_of(window).articles
    ids = {
        "old": articles.create(ArticleContent(headline="Quiet day", body="Nothing on the island.")).id,
        "park": articles.create(ArticleContent(headline="Parks", body="A new park on Sodermalm.")).id,
        "tram": articles.create(
            ArticleContent(headline="A tram for Sodermalm", body="It crosses Sodermalm twice.")
        ).id,
    }
    window.signals.articles_changed.emit([])
    return ids


def _choose_the_two_newest(window: MainWindow, ids: dict[str, int]) -> None:
    """Newest first: the tram story, then the park; from the park, Shift+Up takes both and
    opens the tram story."""
    table = window.list_pane.table
    window.list_pane.select_article(ids["park"])
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Up, SHIFT)
    assert sorted(window.list_pane.selected_ids()) == sorted([ids["tram"], ids["park"]])
    assert window.editing.editor.article_id == ids["tram"]


def test_replace_in_selected_articles_previews_applies_and_undoes(qtbot, window: MainWindow) -> None:
    ids = _newsroom(window)
    window.activateWindow()
    _choose_the_two_newest(window, ids)
    # Typed in the open article and not yet saved: the preview sees it, nothing is lost.
    editor = window.editing.editor
    editor.body_edit.setFocus()
    QTest.keyClick(editor.body_edit, Qt.Key.Key_End, CTRL)
    type_text(editor.body_edit, " Sodermalm again.")
    window.list_pane.table.setFocus()

    press(Qt.Key.Key_H, CTRL | SHIFT)
    dialog = window.editing.find.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    assert dialog.objectName() == "replaceArticlesDialog"
    assert QApplication.activeModalWidget() is dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.find_edit, timeout=TIMEOUT)
    type_text(focused(), "Sodermalm")
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.replace_edit
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT) as previewed:
        type_text(focused(), "Södermalm")
    plan = previewed.args[0]
    qtbot.waitUntil(
        lambda: dialog.plan is not None and dialog.replacement() == plan.replacement, timeout=TIMEOUT
    )
    plan = dialog.plan
    assert plan is not None
    assert [a.article_id for a in plan.articles] == [ids["tram"], ids["park"]]
    assert plan.count == 4
    assert dialog.summary_label.text() == "4 replacements in 2 articles."
    assert dialog.apply_button.text() == "Replace in 2 Articles"
    shown = dialog.preview.toPlainText()
    assert "A tram for Sodermalm" in shown
    assert "It crosses SodermalmSödermalm twice." in shown  # the old struck out, the new after it
    assert "Sodermalm again." in shown  # the typing, saved before the preview read the store
    html = preview_html(plan)
    assert "<span class='old'>Sodermalm</span><span class='new'>Södermalm</span>" in html
    # Nothing written yet.
    assert ws_of(window).articles.get(ids["park"]).body == "A new park on Sodermalm."

    with qtbot.waitSignal(dialog.applied, timeout=TIMEOUT):
        press(Qt.Key.Key_Return)  # Replace in 2 Articles is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    tram = ws_of(window).articles.get(ids["tram"])
    assert tram.headline == "A tram for Södermalm"
    assert tram.body == "It crosses Södermalm twice. Södermalm again."
    assert ws_of(window).articles.get(ids["park"]).body == "A new park on Södermalm."
    assert ws_of(window).articles.get(ids["old"]).body == "Nothing on the island."
    for article_id, count in ((ids["tram"], 3), (ids["park"], 1)):
        latest = ws_of(window).articles.revisions(article_id)[0]
        assert latest.reason is RevisionReason.REPLACE
        assert latest.note == f"Replaced “Sodermalm” with “Södermalm” ({count})"
    # The open article shows what was written; the list row too.
    assert editor.headline_edit.text() == "A tram for Södermalm"
    assert editor.body_edit.toPlainText() == tram.body
    qtbot.waitUntil(
        lambda: _headline(window, ids["tram"]) == "A tram for Södermalm",
        timeout=TIMEOUT,
    )
    offer = window.editing.find.undo_offer
    assert offer.isVisible()
    assert offer.label.text() == "Replaced 4 in 2 articles."

    qtbot.mouseClick(offer.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not offer.isVisible(), timeout=TIMEOUT)
    tram = ws_of(window).articles.get(ids["tram"])
    assert (tram.headline, tram.body) == (
        "A tram for Sodermalm",
        "It crosses Sodermalm twice. Sodermalm again.",
    )
    assert ws_of(window).articles.get(ids["park"]).body == "A new park on Sodermalm."
    assert (
        ws_of(window).articles.revisions(ids["park"])[0].note
        == "Undid: Replaced “Sodermalm” with “Södermalm” (1)"
    )
    assert editor.headline_edit.text() == "A tram for Sodermalm"
    assert window.statusBar().currentMessage() == "Undone in 2 articles."


def test_an_invalid_expression_is_explained_and_nothing_can_be_applied(qtbot, window: MainWindow) -> None:
    ids = _newsroom(window)
    window.activateWindow()
    _choose_the_two_newest(window, ids)
    window.commands.replace_in_articles.trigger()
    dialog = window.editing.find.dialog
    assert dialog is not None
    dialog.regex_check.setChecked(True)
    dialog.find_edit.setFocus()
    type_text(dialog.find_edit, "Soder(")
    qtbot.waitUntil(lambda: "never closed" in dialog.summary_label.text(), timeout=TIMEOUT)
    assert (
        dialog.summary_label.text() == "Not a valid regular expression at character 6: a ( is never closed."
    )
    assert not dialog.apply_button.isEnabled()
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    assert ws_of(window).articles.get(ids["tram"]).headline == "A tram for Sodermalm"


def test_trashed_articles_are_replaced_in_only_from_the_trash_view(qtbot, window: MainWindow) -> None:
    ids = _newsroom(window)
    ws_of(window).articles.trash([ids["park"]])
    window.signals.articles_changed.emit([ids["park"]])
    window.activateWindow()
    window.list_pane.select_article(ids["tram"])
    window.list_pane.table.selectAll()
    window.commands.replace_in_articles.trigger()
    dialog = window.editing.find.dialog
    assert dialog is not None
    type_text(dialog.find_edit, "Sodermalm")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=TIMEOUT)
    assert [a.article_id for a in _plan(dialog).articles] == [ids["tram"]]
    dialog.reject()

    window.commands.show_trash.setChecked(True)
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1, timeout=TIMEOUT)
    window.list_pane.table.selectAll()
    window.commands.replace_in_articles.trigger()
    dialog = window.editing.find.dialog
    assert dialog is not None
    assert "in the trash" in child(dialog, QLabel, "replaceArticlesIntro").text()
    type_text(dialog.find_edit, "Sodermalm")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=TIMEOUT)
    assert [a.article_id for a in _plan(dialog).articles] == [ids["park"]]


def test_with_nothing_chosen_the_editor_is_told_what_to_do(qtbot, window: MainWindow, prompts) -> None:
    _newsroom(window)
    window.editing.show_article(None)
    window.list_pane.table.clearSelection()
    window.commands.replace_in_articles.trigger()
    assert window.editing.find.dialog is None
    assert prompts.errors == [
        (
            "Replace in Selected Articles",
            "Select the articles to replace in (Ctrl+click or Shift+click in the list), then try again.",
        )
    ]


def _plan(dialog: ReplaceArticlesDialog) -> ReplacePlan:
    assert dialog.plan is not None
    return dialog.plan


def _headline(window: MainWindow, article_id: int) -> str:
    summary = window.list_model.summary(window.list_model.row_of(article_id))
    assert summary is not None
    return summary.headline
