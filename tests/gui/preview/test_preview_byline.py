"""The Preview tab prints the byline and the body's photos as the site does: "Av" for a Swedish
article, a byline typed with its word printed once, each photo with its caption and credit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.fakes.page_text import PHOTO, count_byline, preview_text
from tests.fakes.photo_images import camera_jpeg
from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.domain.photo import PhotoRole
from workstation.ui.window.main_window import MainWindow

TIMEOUT = 15_000


def _swedish_article(window: MainWindow, tmp_path: Path) -> int:
    ws = ws_of(window)
    outcome = ws.photos.import_file(camera_jpeg(tmp_path / "hamn.jpg", (900, 600)))
    assert outcome.photo is not None
    photo = ws.photos.update_fields(
        outcome.photo.id, caption="Färjan i Värtahamnen.", credit="Anna Sjögren/TT", alt_text="Färjan"
    )
    section, _ = ws.taxonomy.resolve_section("Sverige", create=True)
    article = ws.articles.create(
        ArticleContent(
            headline="Färjetrafiken till Åland ställs in",
            standfirst="Stormen stoppar all trafik över Ålands hav under lördagen.",
            body=(
                "Rederierna ställer in alla avgångar på lördagen, meddelar Trafikverket.\n\n"
                f"![Färjan](photo:{photo.sha256})\n\n"
                '"Vi kan inte ta några risker", säger presschefen.'
            ),
            byline="Anna Sjögren",
            source_note="Artikeln är översatt och bearbetad av Sweden Herald",
            section_id=section.id,
            language="sv",
        )
    )
    ws.photos.attach(article.id, photo.id, PhotoRole.INLINE)
    window.signals.taxonomy_changed.emit()
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    window.editing.show_preview_tab()
    return article.id


def test_a_swedish_article_is_previewed_with_av_and_its_photo_credited(qtbot, window, tmp_path) -> None:
    _swedish_article(window, tmp_path)
    panel = window.editing.preview_tab.ensure_panel()
    qtbot.waitUntil(lambda: "Av Anna Sjögren" in panel.current_html(), timeout=TIMEOUT)
    page = preview_text(panel.current_html())
    assert page.byline == "Av Anna Sjögren"
    assert count_byline(panel.current_html(), "Av Anna Sjögren") == 1
    assert f"{PHOTO} Färjan i Värtahamnen. Foto: Anna Sjögren/TT" in page.body  # the page's word (issue 15)
    assert page.source_note == "Artikeln är översatt och bearbetad av Sweden Herald"


def test_a_byline_typed_with_its_word_is_previewed_once(qtbot, window, tmp_path) -> None:
    _swedish_article(window, tmp_path)
    panel = window.editing.preview_tab.ensure_panel()
    qtbot.waitUntil(lambda: "Av Anna Sjögren" in panel.current_html(), timeout=TIMEOUT)
    byline = window.editing.editor.byline_edit
    byline.setFocus()
    byline.selectAll()
    QTest.keyClicks(byline, "By Anna Lind, Stockholm")  # QTest types ASCII only
    qtbot.waitUntil(lambda: "Stockholm" in preview_text(panel.current_html()).byline, timeout=TIMEOUT)
    html = panel.current_html()
    assert preview_text(html).byline == "By Anna Lind, Stockholm"
    assert count_byline(html, "Anna Lind, Stockholm") == 1
    assert "Av By" not in html
    # Av typed by hand in a Swedish article: as typed, once.
    byline.selectAll()
    QTest.keyClicks(byline, "av Anna Lind")
    QTest.keyClick(byline, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: preview_text(panel.current_html()).byline == "av Anna Lind", timeout=TIMEOUT)
    assert "Av av" not in panel.current_html()
