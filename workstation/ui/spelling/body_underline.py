"""The body's underlines, as extra selections of the field (its "spelling" layer): Qt paints
them with the text, in C++, and their cursors follow the text as it is typed, so a keystroke
costs nothing here. A paragraph's are set again only when its misspellings change.

(Drawn in Python after each paint they cost 0.2 ms a keystroke; as the highlighter's formats,
3 ms: each change of a block's formats relays the block out and repaints the field.)"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from workstation.services.spelling.tokens import Word
from workstation.ui.common.selection_layers import layers_of
from workstation.ui.spelling.underline import RED

BlockWords = Callable[[QTextBlock], Sequence[Word]]  # the misspelt words to show, in block offsets
LAYER = "spelling"


def _wave() -> QTextCharFormat:
    form = QTextCharFormat()
    form.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    form.setUnderlineColor(RED)
    return form


class BodyUnderline(QObject):
    def __init__(self, edit: QPlainTextEdit, misspelt: BlockWords) -> None:
        super().__init__(edit)
        self.setObjectName("bodySpellUnderline")
        self._edit = edit
        self._misspelt = misspelt
        self._format = _wave()
        self._selections: list[QTextEdit.ExtraSelection] = []  # in the order of the text

    def refresh_all(self) -> None:
        """Every paragraph's underlines found again (another article, a dictionary loaded)."""
        selections: list[QTextEdit.ExtraSelection] = []
        block = self._edit.document().firstBlock()
        while block.isValid():
            selections += self._made(block, self._misspelt(block))
            block = block.next()
        self._selections = selections
        layers_of(self._edit).set(LAYER, selections)

    def refresh(self, blocks: Sequence[QTextBlock]) -> None:
        """These paragraphs' underlines, where they changed."""
        changed = False
        for block in blocks:
            if block.isValid():
                changed |= self._refresh_block(block)
        if changed:
            layers_of(self._edit).set(LAYER, self._selections)

    def _refresh_block(self, block: QTextBlock) -> bool:
        selections = self._selections
        start, end = block.position(), block.position() + block.length()
        first = bisect.bisect_left(selections, start, key=_start)
        last = bisect.bisect_left(selections, end, key=_start, lo=first)
        words = self._misspelt(block)
        shown = [
            (s.cursor.selectionStart() - start, s.cursor.selectionEnd() - start)
            for s in selections[first:last]
        ]
        if shown == [(w.start, w.end) for w in words]:
            return False
        selections[first:last] = self._made(block, words)
        return True

    def _made(self, block: QTextBlock, words: Sequence[Word]) -> list[QTextEdit.ExtraSelection]:
        made: list[QTextEdit.ExtraSelection] = []
        offset = block.position()
        document = self._edit.document()
        for word in words:
            cursor = QTextCursor(document)
            cursor.setPosition(offset + word.start)
            cursor.setPosition(offset + word.end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = self._format
            made.append(selection)
        return made


def _start(selection: QTextEdit.ExtraSelection) -> int:
    return selection.cursor.selectionStart()
