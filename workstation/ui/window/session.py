"""Start where you left off: the article open at quit, with its body's caret (or selection) and
scroll position, reopened at the next start, if it is still there and not in the trash.

The scroll position is kept as the top line's block and its line within the block, not as the
scroll bar's value: a plain-text editor's value counts wrapped lines, which change with the
window's width, and it keeps its top block through later resizes."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from workstation.domain.errors import WorkstationError
from workstation.ui.articles.list_pane import ArticleListPane
from workstation.ui.window.editing_area import EditingArea

ARTICLE = "window/last_article"
ANCHOR = "window/last_anchor"
POSITION = "window/last_cursor"
TOP_BLOCK = "window/last_top_block"
TOP_LINE = "window/last_top_line"
KEYS = (ARTICLE, ANCHOR, POSITION, TOP_BLOCK, TOP_LINE)


def _number(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def remember_open_article(settings: QSettings, editing: EditingArea) -> None:
    """At quit: which article is open, where its caret is and which line is at the top."""
    article_id = editing.editor.article_id
    if article_id is None:
        for key in KEYS:
            settings.remove(key)
        return
    body = editing.editor.body_edit
    cursor = body.textCursor()
    top = body.firstVisibleBlock()
    line = body.verticalScrollBar().value() - top.firstLineNumber()
    for key, value in (
        (ARTICLE, article_id),
        (ANCHOR, cursor.anchor()),
        (POSITION, cursor.position()),
        (TOP_BLOCK, top.blockNumber()),
        (TOP_LINE, max(0, line)),
    ):
        settings.setValue(key, value)


def reopen_last_article(settings: QSettings, editing: EditingArea, list_pane: ArticleListPane) -> bool:
    """At start: open the article of last time where it was left (True), or nothing (False: it
    is gone, in the trash, or there was none) and the list makes its usual first choice."""
    article_id = _number(settings.value(ARTICLE))
    if article_id is None:
        return False
    try:
        article = editing.workspace.articles.get(article_id)
    except WorkstationError:
        return False  # deleted since
    if article.is_trashed:
        return False
    if not list_pane.select_article(article_id):  # beyond the rows the list has read so far
        editing.show_article(article_id)
    if editing.editor.article_id != article_id:
        return False
    body = editing.editor.body_edit
    _place(body, settings)
    body.setFocus(Qt.FocusReason.OtherFocusReason)
    return True


def _place(body: QPlainTextEdit, settings: QSettings) -> None:
    document = body.document()
    last = document.characterCount() - 1
    anchor = _number(settings.value(ANCHOR))
    position = _number(settings.value(POSITION))
    if position is not None:
        cursor = QTextCursor(document)
        cursor.setPosition(max(0, min(anchor if anchor is not None else position, last)))
        cursor.setPosition(max(0, min(position, last)), QTextCursor.MoveMode.KeepAnchor)
        body.setTextCursor(cursor)
    block_number = _number(settings.value(TOP_BLOCK))
    if block_number is not None and 0 <= block_number < document.blockCount():
        block = document.findBlockByNumber(block_number)
        line = max(0, min(_number(settings.value(TOP_LINE)) or 0, max(0, block.lineCount() - 1)))
        body.verticalScrollBar().setValue(block.firstLineNumber() + line)
    else:
        body.ensureCursorVisible()
