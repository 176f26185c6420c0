"""The body editor and photos: a drop filter that takes photo files and pixels dropped on the
editor, and inserting a photo reference as a paragraph of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QTextCursor
from PySide6.QtWidgets import QAbstractScrollArea, QPlainTextEdit, QTextEdit, QWidget

from workstation.ui.photos.importer import image_data, image_files


def insert_reference_block(edit: QPlainTextEdit, markdown: str) -> None:
    """Insert `markdown` (a photo reference) at the cursor as a paragraph of its own: blank lines
    are added before and after as needed. One undo step; the cursor ends after the reference."""
    cursor = edit.textCursor()
    text = edit.toPlainText()
    before, after = text[: cursor.selectionStart()], text[cursor.selectionEnd() :]
    trailing = len(before) - len(before.rstrip("\n"))
    leading = len(after) - len(after.lstrip("\n"))
    prefix = "" if not before.strip() else "\n" * max(0, 2 - trailing)
    suffix = "" if not after.strip() else "\n" * max(0, 2 - leading)
    cursor.beginEditBlock()
    cursor.insertText(prefix + markdown)
    position = cursor.position()
    cursor.insertText(suffix)
    cursor.endEditBlock()
    cursor.setPosition(position, QTextCursor.MoveMode.MoveAnchor)
    edit.setTextCursor(cursor)


def photo_mime_contents(mime: QMimeData) -> tuple[list[Path], QImage | None]:
    """The photos a drop or paste carries: image files, else image pixels (else nothing)."""
    files = image_files(mime)
    if files:
        return files, None
    return [], None if mime.hasUrls() else image_data(mime)


class PhotoDropFilter(QObject):
    """Install on the body editor (`install(editor)`): photo files dropped there emit
    `files_dropped(list[Path])`, image data `image_dropped(QImage)`, with the text cursor moved
    to the drop point first. Every other drop (text, other files) reaches the editor as before."""

    files_dropped = Signal(list)
    image_dropped = Signal(QImage)

    def install(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        if isinstance(widget, QAbstractScrollArea):
            widget.viewport().installEventFilter(self)

    @staticmethod
    def wants(mime: QMimeData) -> bool:
        return bool(image_files(mime)) or (not mime.hasUrls() and image_data(mime) is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDragMoveEvent
        ):
            mime = event.mimeData()
            if mime is not None and self.wants(mime):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            mime = event.mimeData()
            if mime is not None and self.wants(mime):
                event.acceptProposedAction()
                _move_cursor_to(watched, event)
                files = image_files(mime)
                if files:
                    self.files_dropped.emit(files)
                else:
                    image = image_data(mime)
                    if image is not None:
                        self.image_dropped.emit(image)
                return True
        return super().eventFilter(watched, event)


def _move_cursor_to(watched: QObject, event: QDropEvent) -> None:
    editor = watched if isinstance(watched, QPlainTextEdit | QTextEdit) else watched.parent()
    if isinstance(editor, QPlainTextEdit | QTextEdit):
        point = event.position().toPoint()
        if watched is editor:
            point = editor.viewport().mapFrom(editor, point)
        editor.setTextCursor(editor.cursorForPosition(point))
