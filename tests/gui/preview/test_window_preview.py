"""The Preview tab in the window: the page as typed, the publishing checks, HTML and PDF export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.ui.window.main_window import MainWindow

TIMEOUT = 15_000


def _open_sample(window: MainWindow) -> None:
    window.article_commands.open_sample()
    window.editing.show_preview_tab()


def test_preview_shows_the_article_and_follows_typing(qtbot, window: MainWindow) -> None:
    _open_sample(window)
    panel = window.editing.preview_tab.ensure_panel()
    qtbot.waitUntil(lambda: "Kim Jong-Un Orders Mass Production" in panel.current_html(), timeout=TIMEOUT)
    window.editing.editor.headline_edit.selectAll()
    qtbot.keyClicks(window.editing.editor.headline_edit, "Drones everywhere")
    qtbot.waitUntil(lambda: "Drones everywhere" in panel.current_html(), timeout=TIMEOUT)
    assert "Sweden Herald" in panel.current_html()  # the source note, as on the page


def test_checks_name_what_blocks_publishing_and_jump_to_it(qtbot, window: MainWindow) -> None:
    window.article_commands.new_article()
    window.editing.show_preview_tab()
    checks = window.editing.preview_tab.checks
    qtbot.waitUntil(lambda: {"headline", "section", "body"} <= set(checks.fields()), timeout=TIMEOUT)
    row = checks.fields().index("section")
    item = checks.list.item(row)
    checks.list.itemClicked.emit(item)
    assert (
        window.editing.editor.section_picker.hasFocus()
        or window.focusWidget() is window.editing.editor.section_picker
    )
    qtbot.keyClicks(window.editing.editor.headline_edit, "A headline")
    qtbot.waitUntil(lambda: "headline" not in checks.fields(), timeout=TIMEOUT)


def test_ready_article_has_no_blockers(qtbot, window: MainWindow) -> None:
    _open_sample(window)
    checks = window.editing.preview_tab.checks
    qtbot.waitUntil(lambda: checks.summary.text().startswith("✓ Ready to publish"), timeout=TIMEOUT)


def test_export_html_page_from_the_window(qtbot, window: MainWindow, prompts, tmp_path: Path) -> None:
    _open_sample(window)
    prompts.answer("ask_save_file", str(tmp_path / "page.html"))
    window.commands.export_html.trigger()
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert "<h1" in page
    assert "Kim Jong-Un Orders Mass Production of Drones" in page
    assert "ewsphoto:" not in page
    assert 'src="http' not in page
    assert prompts.errors == []


def test_export_pdf_from_the_window(qtbot, window: MainWindow, prompts, tmp_path: Path) -> None:
    _open_sample(window)
    prompts.answer("ask_save_file", str(tmp_path / "page.pdf"))
    with qtbot.waitSignal(window.editing.preview_tab.pdf_done, timeout=30_000) as done:
        window.commands.export_pdf.trigger()
    assert done.args == [str(tmp_path / "page.pdf"), True]
    assert (tmp_path / "page.pdf").read_bytes().startswith(b"%PDF")


def test_view_preview_toggles_the_side_panel(qtbot, window: MainWindow) -> None:
    ws_of(window).articles.create(ArticleContent(headline="One"))
    window.signals.articles_changed.emit([])
    window.side_tabs.setCurrentWidget(window.editing.history_panel)
    window.commands.show_preview.trigger()
    assert window.side_tabs.isVisible()
    assert window.side_tabs.currentWidget() is window.editing.preview_tab
    window.commands.show_preview.trigger()
    assert not window.side_tabs.isVisible()
    qtbot.keyClick(
        window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert window.side_tabs.isVisible()


def test_a_site_template_from_preferences_drives_the_preview(
    qtbot, window: MainWindow, tmp_path: Path, prompts
) -> None:
    from dataclasses import replace

    site = tmp_path / "site"
    site.mkdir()
    (site / "article.html").write_text("<html><body><h1 id='site'>{{ headline }}</h1></body></html>", "utf-8")
    _open_sample(window)
    panel = window.editing.preview_tab.ensure_panel()
    window.apply_preferences(replace(window.prefs, template_dir=str(site)))
    qtbot.waitUntil(lambda: "<h1 id='site'>Kim Jong" in panel.current_html(), timeout=TIMEOUT)
    window.apply_preferences(replace(window.prefs, template_dir=str(tmp_path / "nowhere")))
    assert prompts.errors
    assert "nowhere" in prompts.errors[-1][1]
    qtbot.waitUntil(lambda: 'class="headline"' in panel.current_html(), timeout=TIMEOUT)  # the default again
