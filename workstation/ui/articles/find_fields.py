"""The text fields the find bar searches, behind one interface: read the text, show the matches
and the current one, select a match, and replace as undoable edits. A QLineEdit (one line) and
a QPlainTextEdit (standfirst, body, caption) differ in all of these.

Positions are Python string indices; Qt counts UTF-16 units, so a text with characters outside
the Basic Multilingual Plane (emoji) is converted here."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QInputMethodEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from workstation.ui.common.selection_layers import layers_of

Span = tuple[int, int]
Edit = tuple[int, int, str]

MATCH_COLOUR = QColor("#ffe58a")  # the list's search highlight
CURRENT_COLOUR = QColor("#f59e0b")
# Marks the find bar's extra selections, so that another feature's (a focus paragraph) stay.
FIND_PROPERTY = QTextFormat.Property.UserProperty + 0x46E  # "Find"
# A long body highlights the matches on screen and this many characters either side; scrolling
# highlights again. Making a QTextCursor per match costs ~40 µs: 5,000 matches would be 200 ms.
VISIBLE_MARGIN = 4000
DENSE_MATCHES = 150  # more than this within the margin: only those on screen are highlighted
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_KEEP_ANCHOR = QTextCursor.MoveMode.KeepAnchor  # looked up once: a PySide enum lookup costs ~30 µs


class Utf16:
    """Python index <-> Qt position for one text."""

    def __init__(self, text: str) -> None:
        # The common case first: as many UTF-16 units as characters (~20 µs for a long body).
        plain = text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text)
        self._astral = [] if plain else [m.start() for m in _ASTRAL.finditer(text)]

    def to_qt(self, index: int) -> int:
        return index + bisect.bisect_left(self._astral, index) if self._astral else index

    def to_python(self, position: int) -> int:
        if not self._astral:
            return position
        # Each astral character before the index adds one unit: step back until consistent.
        index = position
        while index > 0 and self.to_qt(index) > position:
            index -= 1
        return index


def _format(colour: QColor) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    fmt.setProperty(FIND_PROPERTY, True)
    return fmt


class TextField:
    """One searchable field shown in a widget."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    def text(self) -> str:
        raise NotImplementedError

    def caret(self) -> int:
        """Where the cursor is (the start of a selection)."""
        raise NotImplementedError

    def selected_text(self) -> str:
        raise NotImplementedError

    def highlight(self, spans: Sequence[Span], current: Span | None) -> None:
        raise NotImplementedError

    def clear_highlight(self) -> None:
        self.highlight([], None)

    def select(self, span: Span) -> None:
        """Select the match and bring it into view (the keyboard focus stays where it is)."""
        raise NotImplementedError

    def replace(self, span: Span, new: str) -> None:
        """Replace one match as the editor's own edit (its undo takes it back)."""
        raise NotImplementedError

    def replace_all(self, edits: Sequence[Edit]) -> FieldStep:
        """Apply every edit as one step of the field's own undo history."""
        raise NotImplementedError


class FieldStep:
    """A replace-all's step in one field's undo history, undone and redone with the others."""

    def applied(self) -> bool:
        """The field reads as the replace-all left it, the step on top of its history."""
        raise NotImplementedError

    def undone_in_field(self) -> bool:
        """The field's own undo (Ctrl+Z in it) took the step back."""
        raise NotImplementedError

    def redone_in_field(self) -> bool:
        raise NotImplementedError

    def undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        raise NotImplementedError


# -- a one-line field -----------------------------------------------------------------------


class LineField(TextField):
    """A QLineEdit: the matches are painted as text formats (set by an input-method event,
    which changes neither the text nor its undo history); the current one is the selection."""

    widget: QLineEdit

    def __init__(self, widget: QLineEdit) -> None:
        super().__init__(widget)
        self._formatted = False
        self._shown: tuple[str, tuple[Span, ...], Span | None] | None = None

    def text(self) -> str:
        return self.widget.text()

    def caret(self) -> int:
        line = self.widget
        position = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
        return Utf16(line.text()).to_python(position)

    def selected_text(self) -> str:
        return self.widget.selectedText()

    def highlight(self, spans: Sequence[Span], current: Span | None) -> None:
        if not spans and not self._formatted:
            return
        line = self.widget
        shown = (line.text(), tuple(spans), current)
        if shown == self._shown:
            return  # the event costs ~5 ms (the line lays itself out again): only on a change
        self._shown = shown
        utf16 = Utf16(line.text())
        cursor = line.cursorPosition()
        attributes = []
        for span in spans:
            start, end = utf16.to_qt(span[0]), utf16.to_qt(span[1])
            colour = CURRENT_COLOUR if span == current else MATCH_COLOUR
            attributes.append(
                QInputMethodEvent.Attribute(
                    QInputMethodEvent.AttributeType.TextFormat, start - cursor, end - start, _format(colour)
                )
            )
        QCoreApplication.sendEvent(line, QInputMethodEvent("", attributes))
        self._formatted = bool(spans)

    def select(self, span: Span) -> None:
        utf16 = Utf16(self.widget.text())
        start = utf16.to_qt(span[0])
        self.widget.setSelection(start, utf16.to_qt(span[1]) - start)

    def replace(self, span: Span, new: str) -> None:
        self.select(span)
        self.widget.insert(new)

    def replace_all(self, edits: Sequence[Edit]) -> FieldStep:
        from workstation.domain.find import apply_edits

        line = self.widget
        before = line.text()
        after = apply_edits(before, edits)
        line.setSelection(0, len(before.encode("utf-16-le")) // 2)
        line.insert(after)  # one step of the line's undo: the whole text back
        return _LineStep(line, before, after)


class _LineStep(FieldStep):
    def __init__(self, line: QLineEdit, before: str, after: str) -> None:
        self._line = line
        self._before = before
        self._after = after

    def applied(self) -> bool:
        return self._line.text() == self._after

    def undone_in_field(self) -> bool:
        return self._line.text() == self._before and self._line.isRedoAvailable()

    def redone_in_field(self) -> bool:
        return self._line.text() == self._after

    def undo(self) -> None:
        line = self._line
        # Typing after the replace-all is undone first, as one undo history would.
        for _ in range(200):
            if line.text() == self._before or not line.isUndoAvailable():
                break
            line.undo()

    def redo(self) -> None:
        line = self._line
        if line.text() == self._before and line.isRedoAvailable():
            line.redo()


# -- a multi-line field ---------------------------------------------------------------------


class PlainTextField(TextField):
    """A QPlainTextEdit: the matches are extra selections (those of other features kept). A
    long text shows only the matches on screen and near it (see VISIBLE_MARGIN)."""

    widget: QPlainTextEdit

    def __init__(self, widget: QPlainTextEdit, *, long_text: bool = False) -> None:
        super().__init__(widget)
        self.long_text = long_text
        self._shown = False
        self._last: tuple[int, tuple[Span, ...], Span | None] | None = None
        self._utf16: tuple[int, Utf16] | None = None

    def text(self) -> str:
        return self.widget.toPlainText()

    def utf16(self, text: str | None = None) -> Utf16:
        """The position converter for the text as it is now (kept until the text changes)."""
        revision = self.widget.document().revision()
        if self._utf16 is None or self._utf16[0] != revision:
            self._utf16 = (revision, Utf16(self.text() if text is None else text))
        return self._utf16[1]

    def caret(self) -> int:
        cursor = self.widget.textCursor()
        return self.utf16().to_python(cursor.selectionStart())

    def selected_text(self) -> str:
        # A selection across paragraphs holds U+2029 between them.
        return self.widget.textCursor().selectedText().replace("\u2029", "\n")

    def visible_range(self, margin: int = VISIBLE_MARGIN) -> tuple[int, int]:
        """The Qt positions on screen, with a margin either side."""
        edit = self.widget
        viewport = edit.viewport()
        top = edit.cursorForPosition(viewport.rect().topLeft()).position()
        bottom = edit.cursorForPosition(viewport.rect().bottomRight()).position()
        return max(0, top - margin), bottom + margin

    def highlight(self, spans: Sequence[Span], current: Span | None, utf16: Utf16 | None = None) -> None:
        if not spans and not self._shown:
            return
        edit = self.widget
        if spans and utf16 is None:
            utf16 = self.utf16()
        chosen: Sequence[Span] = spans
        if spans and self.long_text and utf16 is not None:
            starts = [s for s, _e in spans]
            for margin in (VISIBLE_MARGIN, 0):  # dense matches ("e"): the screen only
                low, high = self.visible_range(margin)
                first = bisect.bisect_left(starts, utf16.to_python(low))
                last = bisect.bisect_right(starts, utf16.to_python(high))
                if last - first <= DENSE_MATCHES:
                    break
            chosen = spans[first:last]
            if current is not None and current not in chosen:
                chosen = [*chosen, current]
        document = edit.document()
        key = (document.revision(), tuple(chosen), current)
        if key == self._last and self._shown == bool(chosen):
            return  # these matches of this text are shown already
        self._last = key
        mine: list[QTextEdit.ExtraSelection] = []
        match_format, current_format = _format(MATCH_COLOUR), _format(CURRENT_COLOUR)
        for span in chosen:
            assert utf16 is not None
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(utf16.to_qt(span[0]))
            cursor.setPosition(utf16.to_qt(span[1]), _KEEP_ANCHOR)
            selection.cursor = cursor
            selection.format = current_format if span == current else match_format
            mine.append(selection)
        layers_of(edit).set("find", mine)
        self._shown = bool(mine)

    def select(self, span: Span) -> None:
        edit = self.widget
        utf16 = self.utf16()
        cursor = edit.textCursor()
        cursor.setPosition(utf16.to_qt(span[0]))
        cursor.setPosition(utf16.to_qt(span[1]), _KEEP_ANCHOR)
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()

    def replace(self, span: Span, new: str) -> None:
        self.select(span)
        self.widget.textCursor().insertText(new)

    def replace_all(self, edits: Sequence[Edit]) -> FieldStep:
        from workstation.domain.find import apply_edits

        document = self.widget.document()
        before = self.text()
        utf16 = Utf16(before)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()  # one step of the field's undo history
        for start, end, new in reversed(edits):
            cursor.setPosition(utf16.to_qt(start))
            cursor.setPosition(utf16.to_qt(end), _KEEP_ANCHOR)
            cursor.insertText(new)
        cursor.endEditBlock()
        return _DocumentStep(self.widget, apply_edits(before, edits))


class _DocumentStep(FieldStep):
    """The document counts its undo commands (an edit block is several): at our count the step
    is on top; below it, it was undone."""

    def __init__(self, edit: QPlainTextEdit, after: str) -> None:
        self._edit = edit
        self._after = after
        self._steps = edit.document().availableUndoSteps()

    def applied(self) -> bool:
        return self._edit.document().availableUndoSteps() >= self._steps

    def undone_in_field(self) -> bool:
        return self._edit.document().availableUndoSteps() < self._steps

    def redone_in_field(self) -> bool:
        document = self._edit.document()
        return document.availableUndoSteps() == self._steps and self._edit.toPlainText() == self._after

    def undo(self) -> None:
        document = self._edit.document()
        # Typing after the replace-all is undone first, as one undo history would.
        for _ in range(10_000):
            if document.availableUndoSteps() < self._steps or not document.isUndoAvailable():
                break
            document.undo()

    def redo(self) -> None:
        document = self._edit.document()
        if document.availableUndoSteps() < self._steps and document.isRedoAvailable():
            document.redo()


def field_for(widget: QWidget, *, long_text: bool = False) -> TextField:
    if isinstance(widget, QLineEdit):
        return LineField(widget)
    if isinstance(widget, QPlainTextEdit):
        return PlainTextField(widget, long_text=long_text)
    raise TypeError(f"the find bar cannot search a {type(widget).__name__}")
