"""Opening an article for the spelling tests, and reading the underlines off the widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QWidget

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.ui.spelling.controller import SpellingController
from workstation.ui.window.main_window import MainWindow

WAVE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def spelling(window: MainWindow) -> SpellingController:
    return window.editing.spelling.controller


def open_article(qtbot, window: MainWindow, **fields: object) -> int:
    window.resize(1366, 768)
    article = ws_of(window).articles.create(ArticleContent(**fields))  # type: ignore[arg-type]
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    assert window.editing.editor.article_id == article.id
    controller = spelling(window)
    checker = controller.checker
    qtbot.waitUntil(lambda: not controller.busy and checker.is_loaded(controller.language), timeout=5000)
    return article.id


def underlined(edit: QPlainTextEdit) -> list[str]:
    """The words drawn with the wavy underline, in order: the field's extra selections (the
    body's), or its character formats."""
    QApplication.processEvents()  # what the next paint shows: a paragraph is checked at once
    selections = [s for s in edit.extraSelections() if s.format.underlineStyle() == WAVE]
    if selections:
        selections.sort(key=lambda s: s.cursor.selectionStart())
        return [s.cursor.selectedText() for s in selections if s.cursor.hasSelection()]
    words: list[str] = []
    block = edit.document().firstBlock()
    while block.isValid():
        layout = block.layout()
        run_end = -1
        for fmt_range in layout.formats() if layout is not None else []:
            if fmt_range.format.underlineStyle() != WAVE:
                continue
            text = block.text()[fmt_range.start : fmt_range.start + fmt_range.length]
            if fmt_range.start == run_end and words:
                words[-1] += text  # one word's characters carry a format each
            else:
                words.append(text)
            run_end = fmt_range.start + fmt_range.length
        block = block.next()
    return words


def line_underlined(line: QLineEdit) -> list[str]:
    overlay = line.findChild(QWidget, f"{line.objectName()}SpellUnderline")
    assert overlay is not None
    return [w.text for w in overlay.words]  # type: ignore[attr-defined]


def right_click_menu(
    window: MainWindow, target: QWidget, pos: QPoint, inspect: Callable[[QMenu], None]
) -> None:
    """A real right-click on `target` at `pos`, through the window (Qt makes the context menu
    event from it); `inspect` gets the open menu, which is closed after it."""
    seen: list[QMenu] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, look)
            return
        seen.append(menu)
        try:
            inspect(menu)
        finally:
            menu.close()  # a failed check must not leave the menu's loop running

    QTimer.singleShot(0, look)
    handle = window.windowHandle()
    assert handle is not None
    where = target.mapTo(window, pos)
    QTest.mousePress(handle, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, where)
    QTest.mouseRelease(handle, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, where)
    assert seen, "no context menu opened"


def actions_named(menu: QMenu, name: str) -> list[str]:
    return [a.text() for a in menu.actions() if a.objectName() == name]
