"""Photos in the body as pictures: each `![alt](photo:<sha256>)` of the stored Markdown is one
object in the body's document, a U+FFFC character whose format carries the reference exactly as
written. The caret passes it in one step, Backspace and Delete remove it whole, undo brings it
back with its reference, and cut, copy, paste and drag carry the Markdown.

The stored text stays the Markdown: `set_markdown` turns the references into objects as an
article loads, `markdown()` gives the exact Markdown back (autosave, the preview, export,
publishing, the counters read it). A reference that spans lines or sits in code stays text.

What an object shows (photo_chip_drawing.py) comes from the window, which knows the article's
photos and their thumbnails (the Photos tab's ThumbnailCache, read off the GUI thread): until it
has told `set_photos`, an object is a compact chip with the reference's alt text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, QRect, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from workstation.domain.i18n import translate
from workstation.domain.photo import Photo
from workstation.domain.photo_refs import PhotoRef, find_photo_refs, match_prefix
from workstation.ui.articles.photo_chip_drawing import ChipKind, ChipLook, ChipPainter, object_size

OBJECT_CHAR = "\ufffc"
PHOTO_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
MARKDOWN_PROPERTY = int(QTextFormat.Property.UserProperty) + 1  # the reference as written
REF_PROPERTY = int(QTextFormat.Property.UserProperty) + 2  # the hex it names, lower case
ALT_PROPERTY = int(QTextFormat.Property.UserProperty) + 3  # its alt text, unescaped
# The body's own copy: its Markdown, pasted back verbatim (plain-text paste rules do not apply).
BODY_MIME = "application/x-editorial-workstation-markdown"


class ThumbnailSource(Protocol):
    """What the window hands the body for thumbnails (the Photos tab's ThumbnailCache): the
    pixmap if loaded, else None while it loads off the GUI thread."""

    def pixmap(self, photo: Photo) -> QPixmap | None: ...

    def is_broken(self, photo: Photo) -> bool: ...


def photo_refs_in(text: str) -> list[PhotoRef]:
    """The references that become objects: outside code, and each on one line."""
    return [ref for ref in find_photo_refs(text) if "\n" not in text[ref.start : ref.end]]


def photo_format(ref: PhotoRef, markdown: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(PHOTO_OBJECT)
    fmt.setProperty(MARKDOWN_PROPERTY, markdown)
    fmt.setProperty(REF_PROPERTY, ref.ref)
    fmt.setProperty(ALT_PROPERTY, ref.alt)
    return fmt


def _lines(raw: str) -> str:
    # As toPlainText() gives them, except that a no-break space stays one (toPlainText makes it
    # a space, which would change "10 000" in the stored text).
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")


def document_markdown(document: QTextDocument, start: int = 0, end: int | None = None) -> str:
    """The Markdown of the document (or of a range of it): each photo object's reference."""
    raw = document.toRawText()
    if start or end is not None:
        raw = raw[start:end]
    index = raw.find(OBJECT_CHAR)
    if index < 0:
        return _lines(raw)
    cursor = QTextCursor(document)
    parts: list[str] = []
    last = 0
    while index >= 0:
        cursor.setPosition(start + index + 1)  # the format of the character before the cursor
        fmt = cursor.charFormat()
        if fmt.objectType() == PHOTO_OBJECT:
            parts.append(_lines(raw[last:index]))
            parts.append(str(fmt.property(MARKDOWN_PROPERTY)))
            last = index + 1
        index = raw.find(OBJECT_CHAR, index + 1)
    parts.append(_lines(raw[last:]))
    return "".join(parts)


def _insert(cursor: QTextCursor, text: str) -> None:
    """Insert Markdown at the cursor, over its selection, its references as objects."""
    cursor.removeSelectedText()
    plain = QTextCharFormat()  # not the format of a photo next to the cursor
    last = 0
    for ref in photo_refs_in(text):
        if ref.start > last:
            cursor.insertText(text[last : ref.start], plain)
        cursor.insertText(OBJECT_CHAR, photo_format(ref, text[ref.start : ref.end]))
        last = ref.end
    if last < len(text):
        cursor.insertText(text[last:], plain)


class _PhotoObjectHandler(QPyTextObject):
    """The document layout's handler for photo objects: their size and their painting."""

    def __init__(self, chips: PhotoChips) -> None:
        super().__init__(chips)
        self._chips = chips

    # Qt calls these with positional arguments.
    def intrinsicSize(self, _doc: QTextDocument, _position: int, fmt: QTextFormat) -> QSizeF:
        return self._chips.size_of(fmt)

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, _doc: QTextDocument, position: int, fmt: QTextFormat
    ) -> None:
        self._chips.draw(painter, QRectF(rect), position, fmt)


class PhotoChips(QObject):
    """The photo objects of one body field. `activated(ref)` on a double-click on one (the hex
    its reference gives), for the window to show that photo in the Photos tab."""

    activated = Signal(str)

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._photos: dict[str, Photo] | None = None  # None: the article's photos are not known yet
        self._pending: set[str] = set()  # inserted since the photos were last told
        self._thumbnails: ThumbnailSource | None = None
        self._looks: dict[tuple[str, str], ChipLook] = {}  # by (ref, alt), until relayout()
        self._sizes: dict[tuple[str, str, float, str], QSizeF] = {}
        self._painter = ChipPainter()
        self.handler = _PhotoObjectHandler(self)  # the layout asks it for sizes and painting
        edit.document().documentLayout().registerHandler(PHOTO_OBJECT, self.handler)
        edit.viewport().installEventFilter(self)

    # -- the Markdown ------------------------------------------------------------------------

    def markdown(self) -> str:
        return document_markdown(self._edit.document())

    def set_markdown(self, text: str) -> None:
        """Show `text` with its photo references as objects; undo starts afresh."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # as setPlainText would store them
        refs = photo_refs_in(text)
        if not refs:
            self._edit.setPlainText(text)
            return
        shown: list[str] = []
        last = 0
        for ref in refs:
            shown += [text[last : ref.start], OBJECT_CHAR]
            last = ref.end
        shown.append(text[last:])
        self._edit.setPlainText("".join(shown))
        document = self._edit.document()
        document.setUndoRedoEnabled(False)  # part of loading, not an edit to undo
        # The text is in and highlighted: its formats change, not its text, so the highlighter
        # (and textChanged) need not hear of it; the layout is told all the same. Measured on a
        # 5,000-word body with 10 photos: 7 ms less, the highlighter not run again on 250 lines.
        signals_were_blocked = document.blockSignals(True)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()  # one layout change for all of them, not one a photo
        try:
            shift = 0
            for ref in refs:
                position = ref.start - shift
                shift += ref.end - ref.start - 1
                cursor.setPosition(position)
                cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(photo_format(ref, text[ref.start : ref.end]))
        finally:
            cursor.endEditBlock()
            document.blockSignals(signals_were_blocked)
        document.setUndoRedoEnabled(True)
        document.setModified(False)

    def insert_markdown(self, text: str) -> None:
        """Insert Markdown at the cursor (over the selection), its references as objects, as one
        undo step."""
        cursor = self._edit.textCursor()
        cursor.beginEditBlock()
        _insert(cursor, text)
        cursor.endEditBlock()
        self._edit.setTextCursor(cursor)
        self._edit.ensureCursorVisible()

    @staticmethod
    def insert_at(cursor: QTextCursor, text: str) -> None:
        """Insert Markdown at `cursor` (over its selection), its references as objects, inside
        the caller's undo step."""
        _insert(cursor, text)

    def insert_block(self, markdown: str) -> None:
        """Insert `markdown` (photo references from the Photos tab) at the cursor as a paragraph
        of its own: blank lines are added before and after as needed. One undo step; the cursor
        ends after the reference."""
        edit = self._edit
        cursor = edit.textCursor()
        text = _lines(edit.document().toRawText())
        before, after = text[: cursor.selectionStart()], text[cursor.selectionEnd() :]
        trailing = len(before) - len(before.rstrip("\n"))
        leading = len(after) - len(after.lstrip("\n"))
        prefix = "" if not before.strip() else "\n" * max(0, 2 - trailing)
        suffix = "" if not after.strip() else "\n" * max(0, 2 - leading)
        refs = {ref.ref for ref in photo_refs_in(markdown)}
        if refs - self._pending:
            self._pending.update(refs)
            self._looks.clear()
            self._sizes.clear()
        cursor.beginEditBlock()
        _insert(cursor, prefix + markdown)
        position = cursor.position()
        cursor.insertText(suffix, QTextCharFormat())
        cursor.endEditBlock()
        cursor.setPosition(position)
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()

    # -- the clipboard and drag and drop -------------------------------------------------------

    def mime_from_selection(self) -> QMimeData:
        """The selection as Markdown: text/plain for any application, and the body's own type."""
        cursor = self._edit.textCursor()
        text = document_markdown(self._edit.document(), cursor.selectionStart(), cursor.selectionEnd())
        mime = QMimeData()
        mime.setText(text)
        mime.setData(BODY_MIME, QByteArray(text.encode("utf-8")))
        return mime

    def insert_own(self, source: QMimeData) -> bool:
        """Paste or drop what a body copied, verbatim; False for anything else."""
        if not source.hasFormat(BODY_MIME):
            return False
        self.insert_markdown(bytes(source.data(BODY_MIME).data()).decode("utf-8", errors="replace"))
        return True

    def convert_inserted(self, start: int) -> None:
        """After a paste from `start` to the cursor: its photo references become objects, in the
        paste's own undo step."""
        document = self._edit.document()
        end = self._edit.textCursor().position()
        if end <= start:
            return
        text = _lines(document.toRawText()[start:end])
        refs = photo_refs_in(text) if "photo:" in text else []
        if not refs:
            return
        cursor = QTextCursor(document)
        cursor.joinPreviousEditBlock()
        for ref in reversed(refs):
            cursor.setPosition(start + ref.start)
            cursor.setPosition(start + ref.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(OBJECT_CHAR, photo_format(ref, text[ref.start : ref.end]))
        cursor.endEditBlock()

    # -- the photos they show ------------------------------------------------------------------

    def set_photos(self, photos: Iterable[Photo] | None) -> None:
        """The article's photos (None while they are not known): a reference to none of them
        shows as a missing photo."""
        self._photos = None if photos is None else {photo.sha256: photo for photo in photos}
        self._pending.clear()
        self.relayout()

    def update_photo(self, photo: Photo) -> None:
        """A photo's caption, credit or crop changed."""
        if self._photos is not None and photo.sha256 in self._photos:
            self._photos[photo.sha256] = photo
            self.relayout()

    def set_thumbnails(self, source: ThumbnailSource | None) -> None:
        self._thumbnails = source
        self.relayout()

    def thumbnail_changed(self, _key: str = "") -> None:
        """A thumbnail arrived (or could not be read)."""
        self.relayout()

    def relayout(self) -> None:
        """What the photos show changed: lay out the paragraphs holding them again (their size
        may change); not an edit. One mark over all of them: the layout then redoes only the
        paragraphs it shows, as they are shown."""
        self._looks.clear()
        self._sizes.clear()
        document = self._edit.document()
        raw = document.toRawText()
        first, last = raw.find(OBJECT_CHAR), raw.rfind(OBJECT_CHAR)
        if first >= 0:
            document.markContentsDirty(first, last - first + 1)
        self._edit.viewport().update()

    def photo_for(self, ref: str) -> Photo | None:
        photos = self._photos
        if photos is None or not ref:
            return None
        found = photos.get(ref)
        if found is None and len(ref) < 64:
            sha = match_prefix(ref, tuple(photos))
            found = photos[sha] if sha is not None else None
        return found

    def look(self, fmt: QTextFormat) -> ChipLook:
        """What the object of this format shows now (kept until relayout(): the layout asks for
        each photo's size whenever it lays out its paragraph)."""
        ref, alt = str(fmt.property(REF_PROPERTY) or ""), str(fmt.property(ALT_PROPERTY) or "").strip()
        found = self._looks.get((ref, alt))
        if found is None:
            found = self._looks[(ref, alt)] = self._look(ref, alt)
        return found

    def _look(self, ref: str, alt: str) -> ChipLook:
        photo = self.photo_for(ref)
        if photo is None:
            if self._photos is None or ref in self._pending:
                return ChipLook(ChipKind.LOADING, alt or "Photo")
            return ChipLook(ChipKind.MISSING, alt or f"photo:{ref[:8]}…")
        caption = photo.metadata.caption.strip().splitlines()
        title = caption[0] if caption else (photo.original_filename or alt or "Photo")
        source = self._thumbnails
        if source is None or source.is_broken(photo):
            return ChipLook(ChipKind.PHOTO, title, photo)
        return ChipLook(ChipKind.PHOTO, title, photo, card=True, thumbnail=source.pixmap(photo))

    def available_width(self) -> float:
        """The width a line of the body has (as the plain-text layout gives it, with room for
        the cursor): an object wider than that would be cut off."""
        edit = self._edit
        margin = edit.document().documentMargin()
        return max(80.0, edit.viewport().width() - 2 * margin - edit.cursorWidth() - 4)

    def size_of(self, fmt: QTextFormat) -> QSizeF:
        font, available = self._edit.document().defaultFont(), self.available_width()
        key = (str(fmt.property(REF_PROPERTY)), str(fmt.property(ALT_PROPERTY)), available, font.key())
        found = self._sizes.get(key)
        if found is None:
            found = self._sizes[key] = object_size(self.look(fmt), font, available)
        return QSizeF(found)

    def draw(self, painter: QPainter, rect: QRectF, position: int, fmt: QTextFormat) -> None:
        cursor = self._edit.textCursor()
        selected = cursor.selectionStart() <= position < cursor.selectionEnd()
        font, palette = self._edit.document().defaultFont(), self._edit.palette()
        self._painter.draw(painter, rect, self.look(fmt), font, palette, selected=selected)

    # -- pointing at one ---------------------------------------------------------------------

    def object_at(self, point: QPoint) -> tuple[int, QTextFormat] | None:
        """The photo object under a point of the viewport: its position and format."""
        edit = self._edit
        document = edit.document()
        nearest = edit.cursorForPosition(point).position()
        cursor = QTextCursor(document)
        for position in (nearest, nearest - 1):
            if position < 0 or document.characterAt(position) != OBJECT_CHAR:
                continue
            cursor.setPosition(position + 1)
            fmt = cursor.charFormat()
            if fmt.objectType() != PHOTO_OBJECT:
                continue
            cursor.setPosition(position)
            line = edit.cursorRect(cursor)
            area = QRectF(line.left(), line.top(), self.size_of(fmt).width(), line.height())
            if area.contains(point.toPointF()):
                return position, fmt
        return None

    def tooltip(self, fmt: QTextFormat) -> str:
        look = self.look(fmt)
        if look.kind is ChipKind.MISSING:
            ref = str(fmt.property(REF_PROPERTY))[:12]
            return translate(
                "PhotoChips",
                "Missing photo: no photo of this article has the reference photo:{ref}…\nAttach the "
                "photo in the Photos tab (Library…), or delete this reference.",
            ).format(ref=ref)
        if look.photo is None:
            return translate("PhotoChips", "Photo: {title}\nDouble-click to edit in Photos").format(
                title=look.title
            )
        metadata = look.photo.metadata
        lines = [
            metadata.caption.strip() or translate("PhotoChips", "No caption yet"),
            metadata.credit_line or translate("PhotoChips", "No credit yet"),
            look.photo.original_filename,
            translate("PhotoChips", "Double-click to edit in Photos"),
        ]
        return "\n".join(line for line in lines if line)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        # On the viewport; a class check is all that most events (paint, updates) cost.
        if not isinstance(event, QHelpEvent | QMouseEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.object_at(event.pos())
            if found is None:
                QToolTip.hideText()
                return False
            QToolTip.showText(event.globalPos(), self.tooltip(found[1]), self._edit.viewport())
            return True
        if (
            kind == QEvent.Type.MouseButtonDblClick
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            found = self.object_at(event.position().toPoint())
            if found is not None:
                self.activated.emit(str(found[1].property(REF_PROPERTY)))
                return True
        return False
