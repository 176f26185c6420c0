"""Writing mode (F11): a centred column of about 70 characters in larger type, only the headline,
standfirst and body, the other fields one click away, typewriter scrolling and a dimmed focus
paragraph; Esc puts the window, its panes and the editor back exactly as they were."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.ui.articles.writing_aids import DIM_PROPERTY
from workstation.ui.articles.writing_view import COLUMN_CHARACTERS
from workstation.ui.common.selection_layers import layers_of
from workstation.ui.window.main_window import MainWindow

REFERENCE = Path(__file__).parents[2] / "data" / "reference-article.md"
DETAIL_NAMES = (
    "sectionPicker",
    "statusPicker",
    "languagePicker",
    "tagEditor",
    "bylineEdit",
    "sourceNoteEdit",
    "headlineCounter",
)
KEPT_NAMES = ("headlineEdit", "standfirstEdit", "bodyEdit")


def reference_body() -> str:
    return REFERENCE.read_text(encoding="utf-8").split("---", 2)[2].strip()


def _open(window: MainWindow, body: str | None = None) -> int:
    article = ws_of(window).articles.create(
        ArticleContent(
            headline="Kim Jong-Un orders mass production of drones",
            standfirst="North Korea's leader has ordered the mass production of attack drones.",
            body=reference_body() if body is None else body,
            byline="TT",
            source_note="Translated by Sweden Herald",
            tags=("Drones", "North Korea"),
        )
    )
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    assert window.editing.editor.article_id == article.id
    return article.id


def _widget(window: MainWindow, name: str) -> QWidget:
    found = window.findChild(QWidget, name)
    assert found is not None, name
    return found


def _visibility(window: MainWindow) -> dict[str, bool]:
    """Every named widget of the editor and the window's panes: shown or not."""
    names = {w.objectName() for w in window.editing.editor.findChildren(QWidget) if w.objectName()}
    names |= {"articleListPane", "sideTabs", "articleCountLabel", "saveStateLabel", "wordCountLabel"}
    return {name: _widget(window, name).isVisible() for name in sorted(names)}


def _enter(qtbot, window: MainWindow) -> None:
    body = window.editing.editor.body_edit
    window.activateWindow()
    body.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body)
    qtbot.keyClick(body, Qt.Key.Key_F11)
    assert window.commands.writing_mode.isChecked()
    assert window.editing.writing.active
    qtbot.waitUntil(lambda: window.editing.editor.width() == window.width())  # the panes are gone


def test_f11_shows_a_centred_column_of_about_70_characters_in_larger_type(qtbot, window: MainWindow) -> None:
    _open(window)
    editor = window.editing.editor
    body = editor.body_edit
    size_before = body.font().pointSizeF()
    _enter(qtbot, window)
    assert window.isFullScreen()
    assert not window.menuBar().isVisible()
    assert not window.list_pane.isVisible()
    assert not window.side_tabs.isVisible()
    for name in DETAIL_NAMES:
        assert not _widget(window, name).isVisible(), name
    for name in KEPT_NAMES:
        assert _widget(window, name).isVisible(), name
    assert not window.count_label.isVisible()  # the status bar keeps only the counts and saving
    assert window.word_count_label.isVisible()
    assert body.font().pointSizeF() > size_before
    assert editor.headline_edit.font().pointSizeF() > body.font().pointSizeF()

    def column() -> float:
        return body.viewport().width() - 2 * body.document().documentMargin()

    average = QFontMetricsF(body.font()).averageCharWidth()
    qtbot.waitUntil(lambda: abs(column() / average - COLUMN_CHARACTERS) < 1.5)
    # Centred in the window; the scroll bar at the window's right edge, not the column's.
    viewport = body.viewport()
    middle = viewport.mapTo(window, QPoint(viewport.width() // 2, 0)).x()
    assert abs(middle - window.width() / 2) <= 12
    bar = body.verticalScrollBar()
    assert bar.isVisible()
    assert abs(bar.mapTo(window, QPoint(bar.width(), 0)).x() - window.width()) <= 2
    # The headline and standfirst share the body's column.
    standfirst = editor.standfirst_edit.viewport()
    assert abs(standfirst.mapTo(window, QPoint(0, 0)).x() - viewport.mapTo(window, QPoint(0, 0)).x()) <= 2
    headline_left = editor.headline_edit.mapTo(window, QPoint(0, 0)).x()
    assert abs(headline_left - viewport.mapTo(window, QPoint(0, 0)).x()) <= 6
    assert QApplication.focusWidget() is body


def test_details_show_the_fields_and_esc_puts_everything_back(qtbot, window: MainWindow) -> None:
    _open(window)
    editor = window.editing.editor
    body = editor.body_edit
    window.resize(1300, 760)  # room for every pane's least width (the test screen is 800 wide)
    window.commands.show_side.setChecked(False)  # a pane hidden before stays hidden after
    window.splitter.setSizes([340, 900, 0])
    qtbot.waitUntil(lambda: window.splitter.width() == 1300)
    qtbot.wait(50)  # the hidden pane's handle goes at the next layout
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(200)
    body.setTextCursor(cursor)
    body.verticalScrollBar().setValue(3)
    before = {
        "visible": _visibility(window),
        "splitter": window.splitter.sizes(),
        "geometry": window.geometry(),
        "fonts": [w.font().toString() for w in (editor.headline_edit, editor.standfirst_edit, body)],
        "heights": editor.standfirst_edit.height(),
        "cursor": body.textCursor().position(),
        "scroll": body.verticalScrollBar().value(),
        "frames": (body.frameShape(), editor.headline_edit.frameShape()),
    }
    assert window.editing.publishing.bar.isHidden()  # no publication: its bar is hidden before

    _enter(qtbot, window)
    toggle = window.editing.writing.details_button
    assert toggle.isVisible()
    assert toggle.text() == "Show details"
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    for name in DETAIL_NAMES:
        assert _widget(window, name).isVisible(), name
    assert window.editing.publishing.bar.isHidden()  # shown only when it was shown before
    assert toggle.text() == "Hide details"
    # The fields shown are in the column too.
    viewport = body.viewport()
    column_left = viewport.mapTo(window, QPoint(0, 0)).x()
    column_right = viewport.mapTo(window, QPoint(viewport.width(), 0)).x()
    assert column_left > 24
    assert editor.section_picker.mapTo(window, QPoint(0, 0)).x() >= column_left
    byline = editor.byline_edit
    assert byline.mapTo(window, QPoint(byline.width(), 0)).x() <= column_right + 8
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not editor.byline_edit.isVisible()

    qtbot.keyClick(body, Qt.Key.Key_Escape)
    assert not window.commands.writing_mode.isChecked()
    assert not window.isFullScreen()
    assert window.menuBar().isVisible()
    assert _visibility(window) == before["visible"]
    assert window.splitter.sizes() == before["splitter"]
    qtbot.wait(50)
    assert window.splitter.sizes() == before["splitter"]  # and after the next layout
    assert window.geometry() == before["geometry"]
    fonts = [w.font().toString() for w in (editor.headline_edit, editor.standfirst_edit, body)]
    assert fonts == before["fonts"]
    assert editor.standfirst_edit.height() == before["heights"]
    assert (body.frameShape(), editor.headline_edit.frameShape()) == before["frames"]
    assert body.textCursor().position() == before["cursor"]
    assert body.verticalScrollBar().value() == before["scroll"]
    assert body.viewportMargins().left() == 0
    assert not toggle.isVisible()
    assert QApplication.focusWidget() is body


def test_typing_in_writing_mode_keeps_the_text_and_the_caret_after_leaving(qtbot, window: MainWindow) -> None:
    article_id = _open(window, body="First paragraph.")
    body = window.editing.editor.body_edit
    _enter(qtbot, window)
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body, " More words.")
    qtbot.keyClick(body, Qt.Key.Key_Escape)
    assert body.toPlainText() == "First paragraph. More words."
    assert body.textCursor().position() == len("First paragraph. More words.")
    assert QApplication.focusWidget() is body
    assert window.editing.autosave.flush_now()
    assert ws_of(window).articles.get(article_id).body == "First paragraph. More words."


def test_larger_and_smaller_text_while_writing_are_remembered(qtbot, window_factory) -> None:
    window = window_factory()
    _open(window)
    body = window.editing.editor.body_edit
    normal = body.font().pointSizeF()
    qtbot.keyClick(body, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert body.font().pointSizeF() == normal  # outside writing mode, Ctrl+= does nothing here
    _enter(qtbot, window)
    entered = body.font().pointSizeF()
    assert entered > normal
    qtbot.keyClick(body, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    smaller = body.font().pointSizeF()
    assert normal < smaller < entered
    average = QFontMetricsF(body.font()).averageCharWidth()
    column = body.viewport().width() - 2 * body.document().documentMargin()
    assert abs(column / average - COLUMN_CHARACTERS) < 1.5  # the column follows the type
    qtbot.keyClick(body, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(body, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert body.font().pointSizeF() > entered
    # Wider than the screen allows: the column keeps a margin, never runs to the edge.
    assert body.viewport().mapTo(window, QPoint(0, 0)).x() >= 16
    remembered = body.font().pointSizeF()
    qtbot.keyClick(body, Qt.Key.Key_Escape)
    assert body.font().pointSizeF() == normal
    window.close()
    again = window_factory()
    _open(again)
    _enter(qtbot, again)
    assert again.editing.editor.body_edit.font().pointSizeF() == remembered


def test_typewriter_scrolling_keeps_the_caret_line_in_the_middle(qtbot, window: MainWindow) -> None:
    _open(window, body="The first line.")
    body = window.editing.editor.body_edit
    menu = window.findChild(QWidget, "writingOptionsMenu")
    assert menu is not None
    window.commands.typewriter_scrolling.trigger()
    assert window.commands.typewriter_scrolling.isChecked()
    _enter(qtbot, window)
    body.moveCursor(QTextCursor.MoveOperation.End)
    for line in range(60):
        qtbot.keyClick(body, Qt.Key.Key_Return)
        qtbot.keyClicks(body, f"Line {line} of the typing")
    middle = body.viewport().height() / 2
    spacing = QFontMetricsF(body.font()).lineSpacing()
    assert abs(body.cursorRect().center().y() - middle) <= spacing
    assert body.verticalScrollBar().value() > 0
    # Off again: the caret is only kept in view, at the bottom after typing more.
    window.commands.typewriter_scrolling.trigger()
    for line in range(30):
        qtbot.keyClick(body, Qt.Key.Key_Return)
        qtbot.keyClicks(body, f"More {line}")
    assert body.cursorRect().center().y() > middle + 3 * spacing


def _darkest(image: QImage, top: int, bottom: int, width: int) -> int:
    """The darkest grey level in rows top..bottom (0 black, 255 white)."""
    darkest = 255
    for y in range(max(0, top), min(image.height(), bottom), 2):
        for x in range(0, width, 2):
            darkest = min(darkest, image.pixelColor(x, y).lightness())
    return darkest


def test_focus_paragraph_dims_the_other_paragraphs(qtbot, window: MainWindow) -> None:
    text = "\n\n".join(f"Paragraph {n}: " + "words in a sentence " * 6 for n in range(4))
    _open(window, body=text)
    body = window.editing.editor.body_edit
    window.commands.focus_paragraph.setChecked(True)
    _enter(qtbot, window)
    document = body.document()
    cursor = body.textCursor()
    cursor.setPosition(document.findBlockByNumber(2).position() + 3)  # the second paragraph
    body.setTextCursor(cursor)

    def levels() -> list[int]:
        image = body.viewport().grab().toImage()
        found = []
        for number in (0, 2, 4):
            block = document.findBlockByNumber(number)
            rect = body.blockBoundingGeometry(block).translated(body.contentOffset())
            found.append(_darkest(image, int(rect.top()), int(rect.bottom()), body.viewport().width()))
        return found

    first, current, third = levels()
    assert current < 90  # the current paragraph in full contrast
    assert first > 110
    assert third > 110
    for _line in range(6):  # down the paragraph's lines and the blank one to the third
        if body.textCursor().blockNumber() == 4:
            break
        qtbot.keyClick(body, Qt.Key.Key_Down)
    assert body.textCursor().blockNumber() == 4
    first, current, third = levels()
    assert third < 90
    assert current > 110
    # Typing at the paragraph's start: the new words are bright too.
    cursor = body.textCursor()
    cursor.setPosition(document.findBlockByNumber(4).position())
    body.setTextCursor(cursor)
    qtbot.keyClicks(body, "Now ")
    before, _after = (s for s in body.extraSelections() if s.format.foreground().color().lightness() > 110)
    assert before.cursor.selectionEnd() == document.findBlockByNumber(4).position()
    first, current, third = levels()
    assert third < 90
    window.commands.focus_paragraph.setChecked(False)
    assert max(levels()) < 90  # off: every paragraph in full contrast


def test_focus_paragraph_keeps_other_extra_selections(qtbot, window: MainWindow) -> None:
    """A find bar's highlights (extra selections) stay while the paragraphs are dimmed."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QTextEdit

    _open(window, body="One here.\n\nTwo here.\n\nThree here.")
    body = window.editing.editor.body_edit
    match = QTextEdit.ExtraSelection()
    cursor = body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, QTextCursor.MoveMode.KeepAnchor)
    match.cursor = cursor
    match.format.setBackground(QColor("yellow"))
    layers_of(body).set("find", [match])  # as the find bar sets its matches
    window.commands.focus_paragraph.setChecked(True)
    _enter(qtbot, window)
    selections = body.extraSelections()
    assert len(selections) == 2  # the match, and the dimmed paragraphs after the first (no misspelling)
    assert selections[0].format.background().color() == QColor("yellow")
    qtbot.keyClick(body, Qt.Key.Key_Escape)
    [kept] = body.extraSelections()
    assert kept.format.background().color() == QColor("yellow")


def test_writing_options_are_remembered(qtbot, window_factory) -> None:
    window = window_factory()
    assert not window.commands.typewriter_scrolling.isChecked()
    assert not window.commands.focus_paragraph.isChecked()
    window.commands.typewriter_scrolling.trigger()
    window.commands.focus_paragraph.trigger()
    window.close()
    again = window_factory()
    assert again.commands.typewriter_scrolling.isChecked()
    assert again.commands.focus_paragraph.isChecked()
    names = {a.objectName() for a in again.findChild(QWidget, "writingOptionsMenu").actions()}
    assert {"typewriterScrollingAction", "focusParagraphAction"} <= names


def test_closing_in_writing_mode_saves_the_normal_layout(qtbot, window_factory) -> None:
    window = window_factory()
    _open(window)
    window.resize(760, 520)
    sizes = window.splitter.sizes()
    _enter(qtbot, window)
    window.close()
    again = window_factory()
    assert not again.isFullScreen()
    assert (again.width(), again.height()) == (760, 520)
    assert again.splitter.sizes() == sizes
    assert again.list_pane.isVisibleTo(again)


def test_an_article_opened_while_writing_gets_the_writing_page(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)  # no article yet: the store is empty
    assert window.isFullScreen()
    assert not window.editing.writing.active
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editing.writing.active)
    assert not window.editing.editor.byline_edit.isVisible()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    assert window.editing.editor.byline_edit.isVisible()


def test_writing_mode_comes_and_goes_as_often_as_wanted(qtbot, window: MainWindow) -> None:
    _open(window)
    editor = window.editing.editor
    body = editor.body_edit
    window.commands.typewriter_scrolling.setChecked(True)
    normal = (body.font().pointSizeF(), body.centerOnScroll(), body.viewportMargins().left())
    for _round in range(3):
        _enter(qtbot, window)
        assert not editor.byline_edit.isVisible()
        assert body.viewportMargins().left() > 0
        assert body.centerOnScroll()
        qtbot.keyClick(body, Qt.Key.Key_Escape)
        assert editor.byline_edit.isVisible()
        assert (body.font().pointSizeF(), body.centerOnScroll(), body.viewportMargins().left()) == normal
    # The options change nothing outside writing mode.
    window.commands.focus_paragraph.setChecked(True)
    window.commands.typewriter_scrolling.setChecked(False)
    window.commands.typewriter_scrolling.setChecked(True)
    assert not body.centerOnScroll()
    assert not [s for s in body.extraSelections() if s.format.hasProperty(DIM_PROPERTY)]  # nothing dimmed


def test_the_page_margins_act_on_the_text(qtbot, window: MainWindow) -> None:
    """A click in the margin beside a line puts the caret on it; the wheel there scrolls."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtTest import QTest

    _open(window, body="\n\n".join(f"Paragraph {n} of the page." for n in range(80)))
    body = window.editing.editor.body_edit
    _enter(qtbot, window)
    margin_x = body.viewportMargins().left() // 2
    assert margin_x > 0
    block = body.document().findBlockByNumber(6)
    line_y = round(body.blockBoundingGeometry(block).translated(body.contentOffset()).center().y())
    point = body.viewport().mapTo(body, QPoint(0, line_y))
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(body, left, none, QPoint(margin_x, point.y()))
    assert body.textCursor().blockNumber() == 6
    assert body.textCursor().positionInBlock() == 0
    bar = body.verticalScrollBar()
    before = bar.value()
    wheel = QWheelEvent(
        QPointF(margin_x, point.y()),
        QPointF(body.mapToGlobal(QPoint(margin_x, point.y()))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(body, wheel)
    assert bar.value() > before
