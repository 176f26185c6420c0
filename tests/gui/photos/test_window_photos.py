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
