"""The body editor and photos: a drop filter that takes photo files and pixels dropped on the
editor, and inserting a photo reference as a paragraph of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

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
