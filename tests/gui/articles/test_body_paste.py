"""Pasting into the body through the real clipboard and real Ctrl+V / Ctrl+Shift+V key events:
rich HTML from Word, LibreOffice, Google Docs and a browser becomes clean Markdown, wire copy
becomes paragraphs, a page's pictures are offered to the Photos tab and never linked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.fakes.photo_images import camera_jpeg
from tests.gui.helpers import child, open_article_id, ws_of
from workstation.domain.article import ArticleContent
from workstation.services.formats.html_paste import convert_html
from workstation.ui.articles import body_paste
from workstation.ui.articles.body_edit import BodyTextEdit
from workstation.ui.articles.photo_chips import BODY_MIME
from workstation.ui.window.main_window import MainWindow

SAMPLES = Path(__file__).parents[2] / "data" / "paste"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TIMEOUT = 15_000


def _open(window: MainWindow, body: str = "") -> BodyTextEdit:
    article = ws_of(window).articles.create(ArticleContent(headline="Paste test", body=body))
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    edit = window.editing.editor.body_edit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    return edit


def _clipboard(html: str | None = None, text: str | None = None) -> QMimeData:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    return mime


def _sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def _paste(body: BodyTextEdit, *, plain: bool = False) -> None:
    QTest.keyClick(body, Qt.Key.Key_V, CTRL | SHIFT if plain else CTRL)


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


@pytest.mark.parametrize("name", ["word.html", "libreoffice.html", "chromium.html", "google-docs.html"])
def test_a_rich_paste_becomes_clean_markdown_in_one_undo_step(
    qtbot, window: MainWindow, prompts, name: str
) -> None:
    prompts.answer("confirm", False)  # LibreOffice's picture: not added here
    body = _open(window)
    _clipboard(_sample(name), "the plain text of the paste")
    _paste(body)
    expected = convert_html(_sample(name)).markdown
    assert body.toPlainText() == expected
    assert body.textCursor().position() == len(expected)  # the caret after the paste
    QTest.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert body.toPlainText() == ""


def test_a_paste_from_google_docs_keeps_its_bold_italic_links_and_lists(window: MainWindow) -> None:
    body = _open(window, "Notes: ")
    _clipboard(_sample("google-docs.html"), "Library hours extended")
    _paste(body)
    text = body.toPlainText()
    assert text.startswith("Notes: \n\n## Library hours extended\n\n")  # a heading on its own line
    assert "until **nine in the evening** from March" in text
    assert "*long demanded*" in text
    assert "[committee’s decision](https://kommun.example.se/kultur/beslut-2025-02)" in text
    assert "1. Weekdays 8–21\n    - children’s section until 19\n2. Saturdays 10–16" in text
    assert "googleusercontent" not in text  # the picture on the web is not linked
    assert "Left out a picture (lh7-rt.googleusercontent.com/" in _status(window)
    assert "never linked from the body" in _status(window)


def test_the_pasted_page_reaches_the_preview_as_a_page(qtbot, window: MainWindow) -> None:
    body = _open(window)
    _clipboard(_sample("word.html"), "plain")
    _paste(body)
    preview = window.editing.preview
    qtbot.waitUntil(lambda: preview.page_input() is not None, timeout=TIMEOUT)  # its base loads off-thread
    page = preview.page_input()
    assert page is not None
    html = ws_of(window).rendering.renderer.render(page).html
    assert "<h2>Council approves the Södermalm tram line</h2>" in html
    assert "<strong>decade of debate</strong>" in html
    assert '<a href="https://www.stockholm.se/trafik/sparvag-sodermalm"' in html
    assert "<li>with hearings in every district</li>" in html
    assert "mso-" not in html
    assert "o:p" not in html


def test_a_words_picture_whose_file_is_gone_is_named_as_left_out(window: MainWindow, prompts) -> None:
    body = _open(window)
    _clipboard(_sample("word.html"), "plain")
    _paste(body)
    assert prompts.asked("confirm") == []  # nothing to offer: the Windows temp file is not here
    assert "clip_image002.jpg" in _status(window)
    assert "no longer there" in _status(window)


def test_an_embedded_picture_is_offered_and_added_to_the_photos_tab(
    qtbot, window: MainWindow, prompts
) -> None:
    prompts.answer("confirm", True)
    body = _open(window)
    _clipboard(_sample("libreoffice.html"), "plain")
    panel = window.editing.photo_panel
    with qtbot.waitSignal(panel.import_finished, timeout=TIMEOUT):
        _paste(body)
    (question,) = prompts.asked("confirm")
    assert question["title"] == "Add the pasted pictures?"
    assert "LibreOffice" in question["message"]
    assert "The new night network map" in question["message"]
    article_id = open_article_id(window)
    qtbot.waitUntil(lambda: len(ws_of(window).photos.for_article(article_id)) == 1, timeout=TIMEOUT)
    photo = ws_of(window).photos.for_article(article_id)[0].photo
    assert photo.original_filename == "the-new-night-network-map.png"
    # Its reference follows the pasted text; nothing in the body points at the clipboard's data.
    qtbot.waitUntil(lambda: f"photo:{photo.sha256}" in body.markdown(), timeout=TIMEOUT)
    text = body.markdown()  # the photo shows as a picture: its reference is in the Markdown
    assert text.index("40 million kronor") < text.index(f"photo:{photo.sha256}")
    assert "data:image" not in text


def test_declining_the_pictures_pastes_the_text_alone(window: MainWindow, prompts) -> None:
    prompts.answer("confirm", False)
    body = _open(window)
    _clipboard(_sample("libreoffice.html"), "plain")
    _paste(body)
    assert "Night buses cut from January" in body.toPlainText()
    assert "photo:" not in body.toPlainText()
    assert ws_of(window).photos.for_article(open_article_id(window)) == []
    assert _status(window) == "Pasted from LibreOffice without its 1 picture."


def test_a_local_picture_file_is_imported_as_it_is(
    qtbot, window: MainWindow, prompts, tmp_path: Path
) -> None:
    picture = camera_jpeg(tmp_path / "clip_image002.jpg", (640, 480))
    prompts.answer("confirm", True)
    body = _open(window)
    html = (
        "<html xmlns:o='urn:schemas-microsoft-com:office:office' "
        "xmlns:w='urn:schemas-microsoft-com:office:word'><body><!--StartFragment-->"
        "<p class=MsoNormal>The chamber<o:p></o:p></p>"
        f"<p class=MsoNormal><img width=302 height=201 src='{picture.as_uri()}' alt='The chamber'></p>"
        "<!--EndFragment--></body></html>"
    )
    _clipboard(html, "The chamber")
    with qtbot.waitSignal(window.editing.photo_panel.import_finished, timeout=TIMEOUT):
        _paste(body)
    assert "Word" in prompts.asked("confirm")[0]["message"]
    article_id = open_article_id(window)
    qtbot.waitUntil(lambda: len(ws_of(window).photos.for_article(article_id)) == 1, timeout=TIMEOUT)
    assert ws_of(window).photos.for_article(article_id)[0].photo.original_filename == "clip_image002.jpg"


def test_a_browser_pages_remote_picture_is_left_out_and_said_so(window: MainWindow, prompts) -> None:
    body = _open(window)
    _clipboard(_sample("chromium.html"), "plain")
    _paste(body)
    assert prompts.asked("confirm") == []
    assert "static.example-news.se" not in body.toPlainText()
    assert _status(window).startswith("Pasted from a web page. Left out a picture (static.example-news.se/")


def test_wire_copy_becomes_one_paragraph_a_line(window: MainWindow) -> None:
    body = _open(window)
    _clipboard(text="STOCKHOLM (TT) The budget passed.\nThe vote was 175 to 174.\nThe opposition objected.")
    _paste(body)
    assert body.toPlainText() == (
        "STOCKHOLM (TT) The budget passed.\n\nThe vote was 175 to 174.\n\nThe opposition objected."
    )


def test_markdown_with_blank_lines_is_pasted_as_it_is(window: MainWindow) -> None:
    body = _open(window)
    markdown = "## Heading\n\nA paragraph\nwrapped by hand.\n\n- one\n- two"
    _clipboard(text=markdown)
    _paste(body)
    assert body.toPlainText() == markdown


def test_ctrl_shift_v_pastes_the_plain_text(window: MainWindow) -> None:
    body = _open(window)
    html = "<p><b>Bold</b> and <a href='https://x.example'>a link</a></p>"
    _clipboard(html, "Bold and a link\nSecond line")
    _paste(body, plain=True)
    assert body.toPlainText() == "Bold and a link\n\nSecond line"


def test_paste_as_plain_text_is_in_the_edit_menu_after_paste(window: MainWindow) -> None:
    edit_menu = child(window.menuBar(), QMenu, "editMenu")
    names = [action.objectName() for action in edit_menu.actions()]
    assert names.index("pastePlainAction") == names.index("pasteAction") + 1
    assert window.commands.paste_plain.shortcut().toString() == "Ctrl+Shift+V"


def test_the_edit_menus_paste_items_act_on_the_body(window: MainWindow) -> None:
    body = _open(window)
    _clipboard("<p><em>Soft</em></p>", "Soft")
    window.commands.paste.trigger()
    assert body.toPlainText() == "*Soft*"
    window.commands.paste_plain.trigger()
    assert body.toPlainText() == "*Soft*Soft"


def test_the_context_menu_offers_paste_as_plain_text_after_paste(window: MainWindow) -> None:
    body = _open(window)
    _clipboard("<p><em>Soft</em></p>", "Soft")
    menu = body.context_menu(QPoint(5, 5))
    names = [action.objectName() for action in menu.actions()]
    assert names.index("bodyPastePlainAction") == names.index("edit-paste") + 1
    action = menu.actions()[names.index("bodyPastePlainAction")]
    assert action.text() == "Paste as &Plain Text"
    assert action.isEnabled()
    action.trigger()
    assert body.toPlainText() == "Soft"
    menu.deleteLater()


def test_a_copy_from_the_body_pastes_back_unchanged(window: MainWindow) -> None:
    source = "**Bold** and *italic*\na soft-wrapped line\n\n- item"
    body = _open(window, source)
    body.selectAll()
    QTest.keyClick(body, Qt.Key.Key_C, CTRL)
    # The body's own copy: its Markdown as text, and its private type for pasting back.
    assert QApplication.clipboard().mimeData().formats() == ["text/plain", BODY_MIME]
    body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(body, Qt.Key.Key_Return)  # the next item
    QTest.keyClick(body, Qt.Key.Key_Return)  # no: the list ends
    _paste(body)
    assert body.toPlainText() == source + "\n\n" + source


def test_a_large_page_converts_off_the_gui_thread_and_lands_where_it_was_pasted(
    qtbot, window: MainWindow
) -> None:
    body = _open(window, "Before. After.")
    cursor = body.textCursor()
    cursor.setPosition(len("Before. "))
    body.setTextCursor(cursor)
    paragraphs = "".join(f"<p>Paragraph {n} with <b>bold</b> text.</p>" for n in range(800))
    html = "<meta charset='utf-8'>" + paragraphs
    assert len(html) > body_paste.SYNC_HTML_LIMIT
    _clipboard(html, "plain")
    with qtbot.waitSignal(body.paster.finished, timeout=TIMEOUT):
        _paste(body)
        assert body.paster.busy  # the GUI thread is free while it converts
        assert body.toPlainText() == "Before. After."
        assert _status(window) == "Converting the pasted text…"
    text = body.toPlainText()
    assert text.startswith("Before. Paragraph 0 with **bold** text.\n\nParagraph 1 with")
    assert text.endswith("Paragraph 799 with **bold** text.After.")
    assert body.textCursor().position() == len(text) - len("After.")  # the caret after the paste
    assert _status(window) == ""
    QTest.keyClick(body, Qt.Key.Key_Z, CTRL)  # one undo step
    assert body.toPlainText() == "Before. After."


def test_typing_while_a_large_page_converts_follows_the_paste(qtbot, window: MainWindow) -> None:
    body = _open(window, "Before. ")
    html = "<meta charset='utf-8'>" + "".join(f"<p>Paragraph {n} <i>x</i></p>" for n in range(900))
    _clipboard(html, "plain")
    with qtbot.waitSignal(body.paster.finished, timeout=TIMEOUT):
        _paste(body)
        QTest.keyClicks(body, "typed")
    text = body.toPlainText()
    assert text.startswith("Before. Paragraph 0 *x*")
    assert text.endswith("Paragraph 899 *x*typed")
    assert body.textCursor().position() == len(text)  # the caret stayed where the editor typed


def test_a_large_paste_still_converting_is_dropped_when_another_article_opens(
    qtbot, window: MainWindow
) -> None:
    _open(window, "First article.")
    html = "<meta charset='utf-8'>" + "".join(f"<p>Paragraph {n} <i>x</i></p>" for n in range(900))
    _clipboard(html, "plain")
    body = window.editing.editor.body_edit
    _paste(body)
    assert body.paster.busy
    _open(window, "Second article.")
    qtbot.waitUntil(lambda: not body.paster.busy, timeout=TIMEOUT)
    assert body.toPlainText() == "Second article."


def test_a_page_that_cannot_be_read_is_pasted_as_plain_text(window: MainWindow, monkeypatch) -> None:
    def broken(_html: str) -> None:
        raise ValueError("unexpected markup")

    monkeypatch.setattr(body_paste, "convert_html", broken)
    body = _open(window)
    _clipboard("<p>Rich</p>", "Rich\nText")
    _paste(body)
    assert body.toPlainText() == "Rich\n\nText"
    assert _status(window) == (
        "The pasted formatting could not be read (unexpected markup); pasted as plain text."
    )


def test_an_image_copied_alone_is_still_a_photo(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QColor, QImage

    body = _open(window)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("darkred"))
    mime = QMimeData()
    mime.setHtml("<meta charset='utf-8'><img src=\"https://example.com/a.png\">")  # a browser's Copy Image
    mime.setImageData(image)
    QApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(window.editing.photo_panel.import_finished, timeout=TIMEOUT):
        _paste(body)
    qtbot.waitUntil(lambda: "](photo:" in body.markdown(), timeout=TIMEOUT)


def test_a_large_paste_replaces_the_selection_it_was_pasted_over(qtbot, window: MainWindow) -> None:
    body = _open(window, "Keep. Replace me. Keep too.")
    cursor = body.textCursor()
    cursor.setPosition(len("Keep. "))
    cursor.setPosition(len("Keep. Replace me. "), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    html = "<meta charset='utf-8'>" + "".join(f"<p>Paragraph {n} <i>x</i></p>" for n in range(900))
    _clipboard(html, "plain")
    with qtbot.waitSignal(body.paster.finished, timeout=TIMEOUT):
        _paste(body)
    text = body.toPlainText()
    assert text.startswith("Keep. Paragraph 0 *x*")
    assert text.endswith("Paragraph 899 *x*Keep too.")
    QTest.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert body.toPlainText() == "Keep. Replace me. Keep too."


def test_html_dropped_on_the_body_is_converted_where_it_is_dropped(window: MainWindow) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    body = _open(window, "Existing text.")
    mime = QMimeData()
    mime.setHtml("<meta charset='utf-8'><p>Dropped <b>bold</b> words. </p>")
    mime.setText("Dropped bold words. ")
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(2, 2), copy, mime, left, none)
    QApplication.sendEvent(body.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(body.viewport(), QDropEvent(QPointF(2, 2), copy, mime, left, none))
    assert body.toPlainText() == "Dropped **bold** words.Existing text."
