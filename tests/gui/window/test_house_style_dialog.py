"""Edit › House Style…: the newsroom edits its rules; a line that cannot be read is named and
nothing is saved; saved rules show in the publishing checks, each jumping to its field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.ui.common.preflight_list import PreflightListWidget
from workstation.ui.window.house_style_dialog import HouseStyleDialog


def test_the_dialog_saves_the_rules_and_names_a_bad_line(qtbot, window) -> None:
    service = ws_of(window).house_style
    dialog = HouseStyleDialog(service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.setPlainText("banned: utilize => use\nloudness: 11")
    buttons = dialog.findChild(QDialogButtonBox, "houseStyleButtons")
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.isVisible()
    assert "line 2: unknown rule 'loudness'" in dialog.problem.text()
    assert service.text() == ""
    dialog.editor.setPlainText("banned: utilize => use")
    save.click()
    assert not dialog.isVisible()
    assert service.text() == "banned: utilize => use\n"


def test_house_style_findings_show_in_the_checks_list_and_jump_to_their_field(qtbot) -> None:
    from workstation.services.preflight import PreflightItem

    panel = PreflightListWidget()
    qtbot.addWidget(panel)
    panel.set_items([PreflightItem("standfirst", "warning", "Repeated word in the standfirst: “the the”.")])
    with qtbot.waitSignal(panel.field_activated) as signal:
        panel.list.itemClicked.emit(panel.list.item(0))
    assert signal.args == ["standfirst"]


def test_the_preview_tabs_checks_show_the_newsrooms_rules(qtbot, window) -> None:
    ws = ws_of(window)
    ws.house_style.save("banned: utilize => use")
    article = ws.articles.create(ArticleContent(headline="Drones", body="They utilize drones."))
    items = ws.preflight.check(article.id, article.content)
    assert any(i.field == "body" and "Banned word in the body: “utilize”" in i.message for i in items)


def test_a_rules_file_that_cannot_be_read_is_never_saved_over(qtbot, window) -> None:
    """Latin-1 where UTF-8 is expected: the dialog says so, and Save cannot empty the file."""
    service = ws_of(window).house_style
    service.path.write_bytes("banned: utilize => använd\n".encode("latin-1"))
    dialog = HouseStyleDialog(service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = dialog.findChild(QDialogButtonBox, "houseStyleButtons")
    assert buttons is not None
    assert not buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert str(service.path) in dialog.problem.text()
    assert dialog.editor.isReadOnly()
    assert service.path.read_bytes() == "banned: utilize => använd\n".encode("latin-1")


def test_a_rules_file_with_a_byte_order_mark_reads_as_its_rules(window) -> None:
    service = ws_of(window).house_style
    service.path.write_text("\ufeffheadline limit: 70\n", encoding="utf-8")
    assert service.text() == "headline limit: 70\n"
    assert service.style().headline_limit == 70


def test_a_site_that_turns_a_typography_rule_off_gets_it_off_as_typed_too(qtbot, window) -> None:
    """House style "typography quotes: off": typed quotes stay straight in the body, as the page
    prints them; the editor's own preference still governs the other rules."""
    from PySide6.QtTest import QTest

    dialog = HouseStyleDialog(ws_of(window).house_style, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.setPlainText("typography quotes: off")
    dialog.accept()
    window.apply_preferences(window.prefs)  # as the Edit menu's dialog does after saving
    rules = window.editing.editor.typing.rules
    assert not rules.quotes
    assert rules.dashes
    body = window.editing.editor.body_edit
    body.setFocus()
    QTest.keyClicks(body, 'say "no" - ')
    assert body.toPlainText().endswith('say "no" \u2013 ')
