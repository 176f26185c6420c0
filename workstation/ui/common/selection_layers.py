"""A text field's extra selections, kept by owner (the find bar's matches, writing mode's dimmed
paragraphs, the body's misspellings): each sets its own layer, and the field gets them all in
one list. Reading them back from the field (extraSelections()) makes a Python object of every
one, a misspelling each: milliseconds in a long body."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

Selections = Sequence[QTextEdit.ExtraSelection]
# Painted in this order, later over earlier: the matches' background under the text's colour
# and its underline.
ORDER = ("find", "dim", "spelling")


class SelectionLayers(QObject):
    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self.setObjectName("selectionLayers")
        self._edit = edit
        self._layers: dict[str, Selections] = {}

    def set(self, name: str, selections: Selections) -> None:
        if not selections and not self._layers.get(name):
            return
        self._layers[name] = selections
        self._edit.setExtraSelections(
            [s for layer in ORDER if layer in self._layers for s in self._layers[layer]]
        )

    def layer(self, name: str) -> Selections:
        return self._layers.get(name, ())


def layers_of(edit: QPlainTextEdit) -> SelectionLayers:
    found = edit.findChild(SelectionLayers, "selectionLayers", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, SelectionLayers) else SelectionLayers(edit)
