"""Photos in the window: add through File > Add Photos, credit it, feature it, see it on the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.photo_images import camera_jpeg
from tests.gui.helpers import ws_of
from workstation.ui.window.main_window import MainWindow

TIMEOUT = 15_000
IPTC_CREDIT = 110


@pytest.fixture
def agency_photo(tmp_path: Path) -> Path:
    return camera_jpeg(tmp_path / "kcna-drones.jpg", (900, 600), iptc={IPTC_CREDIT: "KCNA via AP/TT"})


def test_a_photo_added_in_the_window_reaches_the_page_and_the_checks(
    qtbot, window: MainWindow, agency_photo: Path, prompts
) -> None:
    prompts.answer("ask_image_files", [agency_photo])
    window.article_commands.open_sample()
    window.editing.show_preview_tab()
    panel = window.editing.photo_panel
    with qtbot.waitSignal(panel.import_finished, timeout=TIMEOUT):
        window.commands.add_photos.trigger()
    assert window.side_tabs.currentWidget() is panel
    article_id = window.editing.editor.article_id
    assert article_id is not None
    qtbot.waitUntil(lambda: len(ws_of(window).photos.for_article(article_id)) == 1, timeout=TIMEOUT)
    photo = ws_of(window).photos.for_article(article_id)[0].photo
    assert photo.metadata.credit == "KCNA via AP/TT"  # prefilled from the file's IPTC credit

    # No alt text yet: publishing is blocked, and the check leads to the Photos tab.
    checks = window.editing.preview_tab.checks
    qtbot.waitUntil(lambda: "photo.alt_text" in checks.fields(), timeout=TIMEOUT)
    window.side_tabs.setCurrentWidget(window.editing.preview_tab)
    window.editing.go_to_field("photo.alt_text")
    assert window.side_tabs.currentWidget() is panel

    ws_of(window).photos.update_fields(photo.id, alt_text="Drones on a launch rail", caption="Test firing")
    ws_of(window).photos.set_featured(article_id, photo.id)
    panel.photos_changed.emit(article_id)
    window.editing.show_preview_tab()
    page = window.editing.preview_tab.ensure_panel()
    qtbot.waitUntil(lambda: "Photo: KCNA via AP/TT" in page.current_html(), timeout=TIMEOUT)
    assert f"ewsphoto:{photo.sha256}" in page.current_html()
    qtbot.waitUntil(lambda: not any(f.startswith("photo") for f in checks.fields()), timeout=TIMEOUT)


def test_a_photo_dropped_on_the_body_is_imported_and_referenced_there(
    qtbot, window: MainWindow, agency_photo: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    window.article_commands.open_sample()
    body = window.editing.editor.body_edit
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(agency_photo))])
    assert body.canInsertFromMimeData(mime)
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(body.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.editing.photo_panel.import_finished, timeout=TIMEOUT):
        QApplication.sendEvent(body.viewport(), drop)
    qtbot.waitUntil(lambda: "](photo:" in body.markdown(), timeout=TIMEOUT)
    article_id = window.editing.editor.article_id
    assert article_id is not None
    assert len(ws_of(window).photos.for_article(article_id)) == 1
    # Plain text still drops as text.
    text = QMimeData()
    text.setText("plain words")
    body.insertFromMimeData(text)
    assert "plain words" in body.toPlainText()


def test_a_caption_and_an_alt_text_are_typed_with_the_article_s_typography(
    qtbot, window: MainWindow, agency_photo: Path, prompts
) -> None:
    """Swedish quotes and the no-break space before a unit, as in the body; stored as typed."""
    from PySide6.QtTest import QTest

    from workstation.domain.typography import NBSP

    prompts.answer("ask_image_files", [agency_photo])
    window.article_commands.open_sample()
    editor = window.editing.editor
    editor.language_picker.setCurrentIndex(editor.language_picker.findData("sv"))
    panel = window.editing.photo_panel
    with qtbot.waitSignal(panel.import_finished, timeout=TIMEOUT):
        window.commands.add_photos.trigger()
    article_id = editor.article_id
    assert article_id is not None
    qtbot.waitUntil(lambda: panel.form.caption_edit.isEnabled(), timeout=TIMEOUT)
    caption = panel.form.caption_edit
    caption.setFocus()
    caption.selectAll()
    QTest.keyClicks(caption, 'Dronare "i skytte" 5 km ')  # ASCII: QTest types no other
    assert caption.toPlainText().replace(NBSP, " ") == "Dronare \u201di skytte\u201d 5 km "
    photo_id = ws_of(window).photos.for_article(article_id)[0].photo.id

    def stored() -> str:
        return ws_of(window).photos.get(photo_id).metadata.caption

    qtbot.waitUntil(lambda: stored().startswith("Dronare"), timeout=TIMEOUT)
    assert f"5{NBSP}km" in stored()
    alt = panel.form.alt_edit
    alt.setFocus()
    QTest.keyClicks(alt, "Tio - tolv ")
    assert alt.toPlainText() == "Tio \u2013 tolv "
