"""Preferences turn each as-you-type typography rule off, and the choice outlives the window."""

from __future__ import annotations

from PySide6.QtTest import QTest

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.ui.window.preferences import save_preferences
from workstation.ui.window.preferences_dialog import PreferencesDialog


def test_turning_quotes_off_in_preferences_types_straight_quotes_and_persists(qtbot, window_factory) -> None:
    window = window_factory()
    dialog = PreferencesDialog(window.prefs, window)
    qtbot.addWidget(dialog)
    assert dialog.typing_quotes.isChecked()
    dialog.typing_quotes.setChecked(False)
    window.apply_preferences(dialog.preferences())
    save_preferences(window.settings, window.prefs)
    article = ws_of(window).articles.create(ArticleContent(headline="Typing"))
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    body = window.editing.editor.body_edit
    body.setFocus()
    QTest.keyClicks(body, 'a "b" - c')
    assert body.markdown() == 'a "b" \u2013 c'  # dashes are still on
    window.close()
    again = window_factory()
    assert not again.prefs.typing_quotes
    assert again.prefs.typing_dashes
    assert not again.editing.editor.typing.rules.quotes
