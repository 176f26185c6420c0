"""The body field: the article's Markdown, with photos dropped or pasted on it handed to the
Photos tab, the photos it places shown as pictures (photo_chips.py), Enter making paragraphs as
a word processor does, rich paste (body_paste.py), and the formatting commands in its context
menu."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from workstation.domain import paragraph_keys
from workstation.domain.i18n import translate
from workstation.ui.articles.body_paste import BodyPaster
from workstation.ui.articles.photo_chips import PhotoChips

PhotoExtractor = Callable[[QMimeData], tuple[list[Path], QImage | None]]
MenuExtender = Callable[[QMenu], None]
PASTE_PLAIN_SHORTCUT = "Ctrl+Shift+V"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PARAGRAPH_KEYS = frozenset({*_ENTER_KEYS, Qt.Key.Key_Backspace, Qt.Key.Key_Delete})
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
_SHIFT = (
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier,
)
_BACKSPACE_REACH = 16  # Backspace can join or unbullet only this near a line's start


# As plain ints: Qt's flags are Python enums here, and their operators cost microseconds each.
_CTRL_ALT = Qt.KeyboardModifier.ControlModifier.value | Qt.KeyboardModifier.AltModifier.value


def is_layout_character(event: QKeyEvent) -> bool:
    """Ctrl+Alt+key that types a character of the keyboard layout. Windows reports AltGr as
    Ctrl+Alt: on a Swedish keyboard AltGr+2 is @ (and Ctrl+Alt+2 is Heading 2), AltGr+E is €
    (and Ctrl+Alt+E is Export as PDF). As in Word, the character wins."""
    if event.modifiers().value & _CTRL_ALT != _CTRL_ALT:
        return False  # what every plain keystroke meets: one comparison
    text = event.text()
    if len(text) != 1 or not text.isprintable():
        return False
    key = event.key()
    own = chr(key) if 0x20 <= key < 0x7F else ""  # what the key types with no modifier
    return text.upper() != own.upper()


class BodyTextEdit(QPlainTextEdit):
    """The body field. Photos dropped or pasted on it are reported (files_dropped,
    image_dropped) for the Photos tab to import. Enter, Shift+Enter, Backspace and Delete
    follow domain/paragraph_keys.py; a paste goes through BodyPaster (body_paste.py).
    Overriding the key and mime-data hooks costs nothing per keystroke that matters (an event
    filter would see every event)."""

    files_dropped = Signal(list)  # list[Path]
    image_dropped = Signal(QImage)
    paste_reported = Signal(str)  # a status-bar line about a paste (pictures left out, …)
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo_extractor: PhotoExtractor | None = None
        self.key_typed: Callable[[QPlainTextEdit, QKeyEvent], None] | None = None  # after each key press
        # Mouse and wheel events on the widget itself, outside the viewport (True: handled). A
        # hook, not an event filter: a filter would see every event, keys and queries included.
        self.margin_event: Callable[[QMouseEvent | QWheelEvent], bool] | None = None
        self.photo_chips = PhotoChips(self)
        self.paster = BodyPaster(self, self.insert_markdown)
        self.paster.reported.connect(self.paste_reported)
        self.paster.images_accepted.connect(self.files_dropped)
        # Items added to the context menu after the standard ones (each gets the menu).
        self.context_menu_extenders: list[MenuExtender] = [self._add_paste_plain]
        # The formatting commands, after those; None is a separator.
        self.context_actions: Sequence[QAction | None] = ()
        self.menu_position = QPoint()  # where the context menu was asked for (its extenders read it)

    def markdown(self) -> str:
        """The body as stored: its text with each photo's reference. Read the body with this,
        never toPlainText() (a photo is one character there)."""
        return self.photo_chips.markdown()

    def set_markdown(self, text: str) -> None:
        """Show a stored body; its photo references become pictures."""
        self.photo_chips.set_markdown(text)

    def setPlainText(self, text: str) -> None:
        self.paster.forget_pending()  # another article: a large paste still converting is dropped
        super().setPlainText(text)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.paster.warm_up()  # the editor is about to write, and perhaps to paste
        super().focusInEvent(event)

    def insert_markdown(self, cursor: QTextCursor, markdown: str) -> None:
        """Where pasted Markdown enters the text (inside the paste's undo step); its photo
        references become pictures."""
        self.photo_chips.insert_at(cursor, markdown)

    # -- keys: paragraphs as editors mean them ------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.isReadOnly() and self._paragraph_key(event):
            event.accept()
            return
        super().keyPressEvent(event)
        if self.key_typed is not None:
            self.key_typed(self, event)

    def _paragraph_key(self, event: QKeyEvent) -> bool:
        """Apply what domain/paragraph_keys says for this key; False for keys it leaves to Qt
        (so typing, IME input and every shortcut go on as they do in any text field)."""
        key = event.key()
        if key not in _PARAGRAPH_KEYS:
            return False  # a typed character: nothing more than this comparison per keystroke
        modifiers, cursor = event.modifiers(), self.textCursor()
        if key in _ENTER_KEYS and (modifiers in _PLAIN or modifiers in _SHIFT):
            rule = paragraph_keys.enter if modifiers in _PLAIN else paragraph_keys.line_break
            cursor.beginEditBlock()
            cursor.removeSelectedText()
            self._apply(cursor, rule(self._text(), cursor.position()))
            cursor.endEditBlock()
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier or cursor.hasSelection():
            return False
        edit: paragraph_keys.Edit | None = None
        if key == Qt.Key.Key_Backspace and cursor.positionInBlock() <= _BACKSPACE_REACH:
            edit = paragraph_keys.backspace(self._text(), cursor.position())
        elif key == Qt.Key.Key_Delete and cursor.atBlockEnd():
            edit = paragraph_keys.delete(self._text(), cursor.position())
        if edit is None:
            return False
        cursor.beginEditBlock()
        self._apply(cursor, edit)
        cursor.endEditBlock()
        return True

    def _text(self) -> str:
        """The document's text with one character per position (a photo object included)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def _apply(self, cursor: QTextCursor, edit: paragraph_keys.Edit) -> None:
        cursor.setPosition(edit.start)
        cursor.setPosition(edit.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.text, QTextCharFormat())  # not the format of a photo beside it
        cursor.setPosition(edit.caret)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- paste and drop -----------------------------------------------------------------------

    def _photos(self, source: QMimeData | None) -> tuple[list[Path], QImage | None]:
        if source is None or self.photo_extractor is None:
            return [], None
        return self.photo_extractor(source)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        files, image = self._photos(source)
        return bool(files) or image is not None or source.hasHtml() or super().canInsertFromMimeData(source)

    def createMimeDataFromSelection(self) -> QMimeData:
        # Cut, copy and drag carry the Markdown, photo references included.
        return self.photo_chips.mime_from_selection()

    def insertFromMimeData(self, source: QMimeData) -> None:
        # A body's own copy verbatim; a page's text (its pictures are offered with it); photos;
        # then text.
        if self.photo_chips.insert_own(source) or self.paster.insert_rich(source):
            return
        files, image = self._photos(source)
        if files:
            self.files_dropped.emit(files)
        elif image is not None:
            self.image_dropped.emit(image)
        elif not self.paster.insert_text(source):
            start = self.textCursor().selectionStart()
            super().insertFromMimeData(source)
            self.photo_chips.convert_inserted(start)  # pasted photo references become pictures

    def event(self, event: QEvent) -> bool:
        # Class tests first: they are cheap, and most events here (input-method queries) fail them.
        if isinstance(event, QKeyEvent):
            # A shortcut is offered to the focus widget first: taking it types the character.
            if event.type() == QEvent.Type.ShortcutOverride and is_layout_character(event):
                event.accept()
                return True
        elif (
            self.margin_event is not None
            and isinstance(event, QMouseEvent | QWheelEvent)
            and self.margin_event(event)
        ):
            return True  # on the margins around the viewport (writing mode's page)
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def paste_plain_text(self) -> bool:
        """Paste as Plain Text (Ctrl+Shift+V): the clipboard's text without its formatting;
        wire copy still becomes one paragraph a line. False if the clipboard holds no text."""
        mime = QGuiApplication.clipboard().mimeData()
        if self.isReadOnly() or mime is None or not mime.hasText() or not mime.text():
            self.paste_reported.emit("The clipboard holds no text to paste.")
            return False
        self.paster.insert_plain(mime.text())
        return True

    # -- the context menu ---------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, position: QPoint) -> QMenu:
        """Qt's standard menu (Undo, Redo, Cut, Copy, Paste, Delete, Select All) with this app's
        items added, then the formatting commands. The caller owns it."""
        self.menu_position = QPoint(position)
        menu = self.createStandardContextMenu(position)
        menu.setObjectName("bodyContextMenu")
        for extend in self.context_menu_extenders:
            extend(menu)
        if self.context_actions:
            menu.addSeparator()
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _add_paste_plain(self, menu: QMenu) -> None:
        action = QAction(translate("BodyTextEdit", "Paste as &Plain Text"), menu)
        action.setObjectName("bodyPastePlainAction")
        action.setShortcut(QKeySequence(PASTE_PLAIN_SHORTCUT))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the menu's; not the window's
        mime = QGuiApplication.clipboard().mimeData()
        action.setEnabled(not self.isReadOnly() and mime is not None and mime.hasText())
        action.triggered.connect(self.paste_plain_text)
        paste = next((a for a in menu.actions() if a.objectName() == "edit-paste"), None)
        following = menu.actions()[menu.actions().index(paste) + 1] if paste in menu.actions()[:-1] else None
        if following is not None:
            menu.insertAction(following, action)
        else:
            menu.addAction(action)
