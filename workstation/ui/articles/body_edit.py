"""The body field: the article's Markdown, with photos dropped or pasted on it handed to the
Photos tab, the photos it places shown as pictures (photo_chips.py), and the formatting
commands in its context menu."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QImage, QKeyEvent
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from workstation.ui.articles.photo_chips import PhotoChips

PhotoExtractor = Callable[[QMimeData], tuple[list[Path], QImage | None]]

_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def is_layout_character(event: QKeyEvent) -> bool:
    """Ctrl+Alt+key that types a character of the keyboard layout. Windows reports AltGr as
    Ctrl+Alt: on a Swedish keyboard AltGr+2 is @ (and Ctrl+Alt+2 is Heading 2), AltGr+E is €
    (and Ctrl+Alt+E is Export as PDF). As in Word, the character wins."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    text = event.text()
    if modifiers & _CTRL_ALT != _CTRL_ALT or len(text) != 1 or not text.isprintable():
        return False
    key = event.key()
    own = chr(key) if 0x20 <= key < 0x7F else ""  # what the key types with no modifier
    return text.upper() != own.upper()


class BodyTextEdit(QPlainTextEdit):
    """The body field. Photos dropped or pasted on it are reported (files_dropped,
    image_dropped) for the Photos tab to import; text behaves as in any plain-text field.
    Overriding the mime-data hooks costs nothing per keystroke (an event filter would)."""

    files_dropped = Signal(list)  # list[Path]
    image_dropped = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo_extractor: PhotoExtractor | None = None
        # After the standard Undo … Select All of the context menu; None is a separator.
        self.context_actions: Sequence[QAction | None] = ()
        self.photo_chips = PhotoChips(self)

    def markdown(self) -> str:
        """The body as stored: its text with each photo's reference. Read the body with this,
        never toPlainText() (a photo is one character there)."""
        return self.photo_chips.markdown()

    def set_markdown(self, text: str) -> None:
        """Show a stored body; its photo references become pictures."""
        self.photo_chips.set_markdown(text)

    def _photos(self, source: QMimeData | None) -> tuple[list[Path], QImage | None]:
        if source is None or self.photo_extractor is None:
            return [], None
        return self.photo_extractor(source)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        files, image = self._photos(source)
        return bool(files) or image is not None or super().canInsertFromMimeData(source)

    def createMimeDataFromSelection(self) -> QMimeData:
        # Cut, copy and drag carry the Markdown, photo references included.
        return self.photo_chips.mime_from_selection()

    def insertFromMimeData(self, source: QMimeData) -> None:
        files, image = self._photos(source)
        if files:
            self.files_dropped.emit(files)
        elif image is not None:
            self.image_dropped.emit(image)
        elif not self.photo_chips.insert_own(source):  # a body's own copy goes in verbatim
            start = self.textCursor().selectionStart()
            super().insertFromMimeData(source)
            self.photo_chips.convert_inserted(start)  # pasted photo references become pictures

    def event(self, event: QEvent) -> bool:
        # A shortcut is offered to the focus widget first: taking it types the character.
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and is_layout_character(event):
            event.accept()
            return True
        return super().event(event)

    def context_menu(self, position: QPoint) -> QMenu:
        """The standard menu (Undo, Redo, Cut, Copy, Paste, Delete, Select All), then the
        formatting commands. The caller owns it."""
        menu = self.createStandardContextMenu(position)
        menu.setObjectName("bodyContextMenu")
        if self.context_actions:
            menu.addSeparator()
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
