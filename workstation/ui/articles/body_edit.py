"""The body field: the article's Markdown, with photos dropped or pasted on it handed to the
Photos tab, and the photos it places shown as pictures (photo_chips.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from workstation.ui.articles.photo_chips import PhotoChips

PhotoExtractor = Callable[[QMimeData], tuple[list[Path], QImage | None]]


class BodyTextEdit(QPlainTextEdit):
    """The body field. Photos dropped or pasted on it are reported (files_dropped,
    image_dropped) for the Photos tab to import; text behaves as in any plain-text field.
    Overriding the mime-data hooks costs nothing per keystroke (an event filter would)."""

    files_dropped = Signal(list)  # list[Path]
    image_dropped = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo_extractor: PhotoExtractor | None = None
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
