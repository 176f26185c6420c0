"""A token field for tags: chips with a remove button, a line edit with completion from the
store's tags, Enter or comma to add, Backspace on an empty field to remove the last."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from workstation.domain.i18n import translate
from workstation.domain.text import name_key


class _TagInput(QLineEdit):
    backspace_on_empty = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspace_on_empty.emit()
            return
        super().keyPressEvent(event)


class TagEditorWidget(QWidget):
    """Emits tags_changed(list[str]) after each add or remove made by the user."""

    tags_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagEditor")
        self.setAccessibleName(translate("TagEditorWidget", "Tags"))
        self._tags: list[str] = []
        self._chips: list[QToolButton] = []
        self._read_only = False
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.input = _TagInput()
        self.input.setObjectName("tagInput")
        self.input.setAccessibleName(translate("TagEditorWidget", "Add tag"))
        self.input.setPlaceholderText(translate("TagEditorWidget", "Add tag…"))
        self._completion = QStringListModel(self)
        completer = QCompleter(self._completion, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(completer)
        self._layout.addWidget(self.input, 1)
        self._layout.addStretch(0)  # holds the chips to the left while the input is hidden
        self.setFocusProxy(self.input)
        self.input.returnPressed.connect(self._on_input_return_pressed)
        self.input.textEdited.connect(self._on_input_text_edited)
        self.input.backspace_on_empty.connect(self._on_input_backspace_on_empty)

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_tags(self, tags: list[str] | tuple[str, ...]) -> None:
        """Show these tags without emitting tags_changed."""
        self._tags = []
        seen: set[str] = set()
        for tag in tags:
            if name_key(tag) and name_key(tag) not in seen:
                seen.add(name_key(tag))
                self._tags.append(tag)
        self._rebuild()

    def set_known_tags(self, names: list[str]) -> None:
        self._completion.setStringList(names)

    def set_read_only(self, read_only: bool) -> None:
        """Tags shown as plain chips, with no field to add one (an article in the Trash)."""
        self._read_only = read_only
        self.input.setReadOnly(read_only)
        self.input.setVisible(not read_only)
        self._rebuild()

    def add_tag(self, name: str) -> bool:
        if self._read_only:
            return False
        cleaned = " ".join(name.split()).strip(",")
        if not cleaned or name_key(cleaned) in {name_key(t) for t in self._tags}:
            return False
        self._tags.append(cleaned)
        self._rebuild()
        self.tags_changed.emit(self.tags())
        return True

    def remove_tag(self, name: str) -> None:
        if self._read_only:
            return
        key = name_key(name)
        kept = [t for t in self._tags if name_key(t) != key]
        if kept != self._tags:
            self._tags = kept
            self._rebuild()
            self.tags_changed.emit(self.tags())

    def _rebuild(self) -> None:
        for chip in self._chips:
            self._layout.removeWidget(chip)
            chip.hide()  # until deleted: two rebuilds before the event loop would show it unplaced
            chip.deleteLater()
        self._chips = []
        for position, tag in enumerate(self._tags):
            chip = QToolButton()
            chip.setObjectName(f"tagChip{position}")
            if self._read_only:
                chip.setAccessibleName(translate("TagEditorWidget", "Tag {tag}").format(tag=tag))
                chip.setText(tag)
                chip.setEnabled(False)
            else:
                chip.setAccessibleName(translate("TagEditorWidget", "Remove tag {tag}").format(tag=tag))
                chip.setText(f"{tag}  ×")
                chip.setToolTip(translate("TagEditorWidget", "Remove “{tag}”").format(tag=tag))
            chip.setStyleSheet(
                "QToolButton { background: #e7eef9; border: 1px solid #b9c9e4; border-radius: 9px;"
                " padding: 1px 8px; color: #1d3a6e; }"
                "QToolButton:hover { background: #d4e1f5; }"
            )
            chip.clicked.connect(lambda _checked=False, name=tag: self.remove_tag(name))
            self._layout.insertWidget(position, chip)
            self._chips.append(chip)
        # The chips are made last, so they would be at the end of the window's Tab chain (after
        # the preview): they come right after the tag field instead, the field being the stop
        # an editor Tabs to (moving the field itself would move the focus proxy of this widget).
        before: QWidget = self.input
        for chip in self._chips:
            QWidget.setTabOrder(before, chip)
            before = chip

    def _on_input_return_pressed(self) -> None:
        text = self.input.text()
        self.input.clear()
        for part in text.split(","):
            self.add_tag(part)

    def _on_input_backspace_on_empty(self) -> None:
        if self._tags:
            self.remove_tag(self._tags[-1])

    def _on_input_text_edited(self, text: str) -> None:
        if "," in text:
            *done, rest = text.split(",")
            self.input.setText(rest.lstrip())
            for part in done:
                self.add_tag(part)
