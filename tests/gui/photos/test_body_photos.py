"""Photos in the body in the window: thumbnails with captions from the Photos tab, a missing
photo, the counters, autosave of the Markdown, double-click to the Photos tab."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import QApplication, QToolTip

from tests.fakes.photo_images import camera_jpeg
from tests.gui.helpers import selected_photo, ws_of
from workstation.domain.article import ArticleContent
from workstation.domain.photo import Photo
from workstation.domain.photo_refs import photo_markdown
from workstation.domain.text import reader_text
from workstation.ui.articles.body_edit import BodyTextEdit
from workstation.ui.articles.photo_chip_drawing import CARD_PAD, ChipKind, card_geometry
from workstation.ui.articles.photo_chips import OBJECT_CHAR
from workstation.ui.window.main_window import MainWindow

TIMEOUT = 15_000
CAPTION = "Kim Jong-Un inspects a drone production line"
CREDIT = "KCNA via AP/TT"
MISSING_SHA = "ab" * 32


@dataclass
class Opened:
    article_id: int
    photos: list[Photo]
    body: BodyTextEdit
    markdown: str


def open_with_photos(qtbot, window: MainWindow, tmp_path: Path, template: str) -> Opened:
    """An article whose body is `template` with {0}, {1} the references of two attached photos
    (the first with caption and credit) and {missing} one to no photo; opened, photos listed."""
    workspace = window.workspace
    assert workspace is not None
    photos = []
    for n, size in enumerate(((900, 600), (400, 600))):
        outcome = workspace.photos.import_file(camera_jpeg(tmp_path / f"photo{n}.jpg", size))
        assert outcome.photo is not None
        photos.append(outcome.photo)
    photos[0] = workspace.photos.update_fields(
        photos[0].id, caption=CAPTION, credit=CREDIT, alt_text="Drones"
    )
    refs = [photo_markdown(photo.sha256, photo.metadata.alt_text) for photo in photos]
    markdown = template.format(*refs, missing=photo_markdown(MISSING_SHA, "The council chamber"))
    article = workspace.articles.create(ArticleContent(headline="Drones", body=markdown))
    for photo in photos:
        workspace.photos.attach(article.id, photo.id)
    window.resize(1366, 768)
    window.signals.articles_changed.emit([article.id])
    panel = window.editing.photo_panel
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        window.list_pane.select_article(article.id)
    body = window.editing.editor.body_edit
    return Opened(article.id, photos, body, markdown)


def object_positions(body: BodyTextEdit) -> list[int]:
    return [i for i, char in enumerate(body.document().toRawText()) if char == OBJECT_CHAR]


def format_at(body: BodyTextEdit, position: int) -> QTextFormat:
    cursor = QTextCursor(body.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat()


def object_rect(body: BodyTextEdit, position: int) -> QRect:
    cursor = QTextCursor(body.document())
    cursor.setPosition(position)
    line = body.cursorRect(cursor)
    size = body.photo_chips.size_of(format_at(body, position))
    return QRect(line.left(), line.top(), round(size.width()), round(size.height()))


def test_a_photo_shows_as_its_thumbnail_with_caption(qtbot, window: MainWindow, tmp_path: Path) -> None:
    opened = open_with_photos(qtbot, window, tmp_path, "Before the photo.\n\n{0}\n\nAfter the photo.")
    body, chips = opened.body, opened.body.photo_chips
    (position,) = object_positions(body)
    fmt = format_at(body, position)
    qtbot.waitUntil(lambda: chips.look(fmt).thumbnail is not None, timeout=TIMEOUT)
    look = chips.look(fmt)
    assert look.kind is ChipKind.PHOTO
    assert look.card
    assert look.title == CAPTION
    assert look.credit == f"Photo: {CREDIT}"
    # The layout's size is the card around the thumbnail, in the thumbnail's shape.
    size = chips.handler.intrinsicSize(body.document(), position, fmt)
    geometry = card_geometry(look, body.document().defaultFont(), chips.available_width())
    assert size == geometry.size
    thumbnail = look.thumbnail
    assert thumbnail is not None
    assert geometry.thumb.width() / geometry.thumb.height() == pytest.approx(
        thumbnail.width() / thumbnail.height(), rel=0.02
    )
    assert size.height() == geometry.thumb.height() + 2 * CARD_PAD
    # And it is drawn: the thumbnail's box holds the photo's many colours, not a blank.
    qtbot.wait(50)
    image = body.viewport().grab().toImage()
    box = object_rect(body, position)
    thumb = QRect(
        box.left() + round(CARD_PAD),
        box.top() + round(CARD_PAD),
        round(geometry.thumb.width()),
        round(geometry.thumb.height()),
    )
    colours = {
        image.pixelColor(x, y).rgb()
        for x in range(thumb.left() + 2, thumb.right() - 2, 4)
        for y in range(thumb.top() + 2, thumb.bottom() - 2, 4)
    }
    assert len(colours) > 20
    assert QColor("#dfe3e8").rgb() not in colours  # not the placeholder box
    assert body.markdown() == opened.markdown


def test_a_reference_to_a_photo_not_attached_is_a_missing_photo(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    opened = open_with_photos(qtbot, window, tmp_path, "Text.\n\n{missing}\n\nMore.")
    chips = opened.body.photo_chips
    (position,) = object_positions(opened.body)
    fmt = format_at(opened.body, position)
    look = chips.look(fmt)
    assert look.kind is ChipKind.MISSING
    assert not look.card
    assert look.title == "The council chamber"
    assert "Missing photo" in chips.tooltip(fmt)
    assert "Attach the photo in the Photos tab" in chips.tooltip(fmt)
    assert opened.body.markdown() == opened.markdown


# The tooltip asks the platform to raise it; offscreen can't.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_caption_changed_in_the_photos_tab_shows_on_the_photo(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    opened = open_with_photos(qtbot, window, tmp_path, "{0}\n\nText.")
    chips, panel = opened.body.photo_chips, window.editing.photo_panel
    fmt = format_at(opened.body, object_positions(opened.body)[0])
    tip = chips.tooltip(fmt)
    assert CAPTION in tip
    assert f"Photo: {CREDIT}" in tip
    assert "Double-click to edit in Photos" in tip
    # Hovering shows it.
    point = object_rect(opened.body, object_positions(opened.body)[0]).center()
    viewport = opened.body.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    assert QToolTip.isVisible()
    assert QToolTip.text() == tip
    assert panel.select_photo(opened.photos[0].id)
    panel.form.caption_edit.selectAll()
    qtbot.keyClicks(panel.form.caption_edit, "Drones on a launch rail")
    with qtbot.waitSignal(panel.metadata_saved, timeout=TIMEOUT):
        assert panel.flush_now()
    assert chips.look(fmt).title == "Drones on a launch rail"
    assert "Drones on a launch rail" in chips.tooltip(fmt)
    assert opened.body.markdown() == opened.markdown  # the stored text does not change


def test_double_click_on_a_photo_shows_it_in_the_photos_tab(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    opened = open_with_photos(qtbot, window, tmp_path, "{0}\n\nBetween.\n\n{1}\n\nEnd.")
    panel = window.editing.photo_panel
    window.editing.show_preview_tab()
    assert panel.select_photo(opened.photos[0].id)
    second = object_positions(opened.body)[1]
    qtbot.waitUntil(
        lambda: opened.body.photo_chips.look(format_at(opened.body, second)).card, timeout=TIMEOUT
    )
    point = object_rect(opened.body, second).center()
    qtbot.mouseDClick(opened.body.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.side_tabs.currentWidget() is panel
    assert selected_photo(panel).id == opened.photos[1].id
    # Beside the photo, a double-click is the text's own (it selects a word).
    word = opened.body.cursorRect(opened.body.document().find("Between.")).center() - QPoint(20, 0)
    qtbot.mouseDClick(opened.body.viewport(), Qt.MouseButton.LeftButton, pos=word)
    assert opened.body.textCursor().selectedText() == "Between"


def test_autosave_stores_the_markdown_with_its_references(qtbot, window: MainWindow, tmp_path: Path) -> None:
    opened = open_with_photos(qtbot, window, tmp_path, "{0}\n\nThe middle {1} and {missing}.\n\nThe end.")
    body = opened.body
    assert body.toPlainText().count(OBJECT_CHAR) == 3
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    qtbot.keyClicks(body, " Typed.")
    qtbot.keyClick(body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(body, Qt.Key.Key_Delete)  # the first photo, whole
    assert (
        body.markdown()
        == opened.markdown.removeprefix(photo_markdown(opened.photos[0].sha256, "Drones")) + " Typed."
    )
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    expected = opened.markdown + " Typed."
    assert body.markdown() == expected
    assert window.editing.autosave.flush_now()
    assert ws_of(window).articles.get(opened.article_id).body == expected
    assert window.editing.editor.content().body == expected  # what the preview renders
    assert window.editing.editor.value("body") == expected


def test_removing_a_photo_the_body_shows_still_asks(
    qtbot, window: MainWindow, tmp_path: Path, prompts
) -> None:
    """The Photos tab reads the body's Markdown, so it sees the photo shown as a picture."""
    opened = open_with_photos(qtbot, window, tmp_path, "Text.\n\n{0}")
    panel = window.editing.photo_panel
    assert panel.select_photo(opened.photos[0].id)
    prompts.answer("confirm", False)
    panel.remove_from_article()
    assert [question["title"] for question in prompts.asked("confirm")] == ["Remove a photo the body shows?"]


def test_the_counters_leave_out_photos_and_markdown(qtbot, window: MainWindow, tmp_path: Path) -> None:
    template = "One two three.\n\n{0}\n\n**Four** [five](https://example.com/six-seven-eight) {missing}"
    opened = open_with_photos(qtbot, window, tmp_path, template)
    editor = window.editing.editor
    with qtbot.waitSignal(editor.counts_changed, timeout=2000) as counted:
        editor.update_counters()
    # "Drones" (the headline) + "One two three." + "Four five": 6 words; the body shows 23
    # characters ("One two three." and "Four five", the line break not counted).
    assert reader_text(opened.markdown) == "One two three.\nFour five"
    counts = counted.args[0]
    assert (counts.article.words, counts.body.words, counts.body.characters) == (6, 5, 23)
    # Typing counts the typed word only.
    cursor = opened.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    opened.body.setTextCursor(cursor)
    with qtbot.waitSignal(editor.counts_changed, timeout=2000) as counted:
        qtbot.keyClicks(opened.body, " six")
    counts = counted.args[0]
    # One space where the missing photo was, as on the page: "Four five six".
    assert (counts.article.words, counts.body.words, counts.body.characters) == (7, 6, 27)


def test_insert_in_body_places_the_photo_as_a_picture(qtbot, window: MainWindow, tmp_path: Path) -> None:
    opened = open_with_photos(qtbot, window, tmp_path, "First paragraph.\n\nSecond paragraph.")
    panel, body = window.editing.photo_panel, opened.body
    cursor = body.textCursor()
    cursor.setPosition(len("First paragraph."))
    body.setTextCursor(cursor)
    assert panel.select_photo(opened.photos[1].id)
    qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)
    reference = photo_markdown(opened.photos[1].sha256, "")
    assert body.markdown() == f"First paragraph.\n\n{reference}\n\nSecond paragraph."
    assert "photo:" not in body.toPlainText()
    (position,) = object_positions(body)
    assert body.photo_chips.look(format_at(body, position)).kind is ChipKind.PHOTO
