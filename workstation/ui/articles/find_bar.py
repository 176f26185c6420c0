"""The find bar under the article's fields (never over the text): what to find, with match
case, whole words and regular expressions, the count ("3 of 12"), previous and next, and with
Ctrl+H a replace row. It only shows and reports; ArticleFindController does the finding."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from workstation.domain.find import FindOptions
from workstation.domain.i18n import translate

ERROR_COLOUR = "#b3261e"  # the editor's colour for a problem (the headline counter's)
BAR_STYLE = """
#findBar { border-top: 1px solid palette(mid); }
QLineEdit[problem="true"] { border: 1px solid #b3261e; border-radius: 3px; background: #fff6f5; }
"""
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FindLineEdit(QLineEdit):
    """A field of the find bar: Esc closes the bar (before any window shortcut on Esc, such as
    leaving writing mode), Enter and Shift+Enter are reported, and Ctrl+Z right after a
    replacement undoes the replacement rather than the field's own typing."""

    escape_pressed = Signal()
    enter_pressed = Signal(bool)  # shift held
    replace_all_pressed = Signal()  # Ctrl+Alt+Enter
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Asked on Ctrl+Z (False) and Ctrl+Shift+Z (True): whether the bar's last replacement is
        # what to undo (redo) rather than the field's own typing.
        self.undo_replacement: Callable[[bool], bool] | None = None

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.key() == Qt.Key.Key_Escape or event.key() in _ENTER)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        if key in _ENTER:
            control_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            if modifiers & control_alt == control_alt:
                self.replace_all_pressed.emit()
            else:
                self.enter_pressed.emit(bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
            return
        hook = self.undo_replacement
        if hook is not None:
            if event.matches(QKeySequence.StandardKey.Undo) and hook(False):
                self.undo_requested.emit()
                return
            if event.matches(QKeySequence.StandardKey.Redo) and hook(True):
                self.redo_requested.emit()
                return
        super().keyPressEvent(event)


def _set_style(widget: QWidget, style: str) -> None:
    if widget.styleSheet() != style:  # setting one polishes the widget again (~0.5 ms)
        widget.setStyleSheet(style)


def _name(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class FindBar(QFrame):
    """Signals: `find_changed` (the text or an option), `replacement_changed`, `next_requested`,
    `previous_requested`, `replace_requested`, `replace_all_requested`, `close_requested` (Esc
    or ×), `undo_requested` / `redo_requested` (Ctrl+Z / Ctrl+Shift+Z right after a replacement)."""

    find_changed = Signal()
    replacement_changed = Signal()
    next_requested = Signal()
    previous_requested = Signal()
    replace_requested = Signal()
    replace_all_requested = Signal()
    close_requested = Signal()
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _name(self, "findBar", translate("FindBar", "Find and replace in the article"))
        self.setStyleSheet(BAR_STYLE)

        self.find_edit = FindLineEdit()
        _name(self.find_edit, "findEdit", translate("FindBar", "Find"))
        self.find_edit.setPlaceholderText(
            translate("FindBar", "Find in headline, standfirst, body and captions")
        )
        self.find_edit.setClearButtonEnabled(True)
        for clear in self.find_edit.findChildren(QToolButton):  # the clear button Qt adds
            _name(clear, "findClearButton", translate("FindBar", "Clear the text to find"))
        self.replace_edit = FindLineEdit()
        _name(self.replace_edit, "replaceEdit", translate("FindBar", "Replace with"))
        self.replace_edit.setPlaceholderText(translate("FindBar", "Replace with"))
        self.find_label = QLabel(translate("FindBar", "Find"))
        self.find_label.setBuddy(self.find_edit)
        self.replace_label = QLabel(translate("FindBar", "Replace"))
        self.replace_label.setBuddy(self.replace_edit)

        self.count_label = QLabel()
        _name(self.count_label, "findCountLabel", translate("FindBar", "Matches"))
        self.count_label.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(translate("FindBar", "888 of 888")) + 8
        )
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.previous_button = self._arrow(
            Qt.ArrowType.UpArrow, "findPreviousButton", translate("FindBar", "Previous match")
        )
        self.next_button = self._arrow(
            Qt.ArrowType.DownArrow, "findNextButton", translate("FindBar", "Next match")
        )
        self.close_button = QToolButton()
        _name(self.close_button, "findCloseButton", translate("FindBar", "Close the find bar"))
        self.close_button.setText("×")
        self.close_button.setToolTip(translate("FindBar", "Close (Esc)"))
        self.close_button.setAutoRaise(True)

        self.replace_button = QPushButton(translate("FindBar", "Replace"))
        _name(self.replace_button, "replaceButton", translate("FindBar", "Replace this match"))
        self.replace_button.setToolTip(
            translate("FindBar", "Replace this match and go to the next (Enter in Replace with)")
        )
        self.replace_all_button = QPushButton(translate("FindBar", "Replace All"))
        _name(self.replace_all_button, "replaceAllButton", translate("FindBar", "Replace all matches"))
        self.replace_all_button.setToolTip(
            translate("FindBar", "Replace every match in the article, as one undo step (Ctrl+Alt+Enter)")
        )
        for push in (self.replace_button, self.replace_all_button):
            push.setAutoDefault(False)

        self.case_check = self._check(
            translate("FindBar", "&Match case"), "findMatchCaseCheck", translate("FindBar", "Match case")
        )
        self.word_check = self._check(
            translate("FindBar", "Whole wor&ds"),
            "findWholeWordCheck",
            translate("FindBar", "Whole words only"),
        )
        self.regex_check = self._check(
            translate("FindBar", "Regular e&xpression"),
            "findRegexCheck",
            translate("FindBar", "Regular expression"),
        )
        self.regex_check.setToolTip(
            translate(
                "FindBar",
                "Python regular expressions: . any character, \\w a letter, \\d a digit, ( ) a group.\n"
                "In the replacement, \\1 puts back what the first group found.",
            )
        )
        self.message_label = QLabel()
        _name(self.message_label, "findMessageLabel", translate("FindBar", "Find message"))
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()  # a row of its own, shown when there is something to say

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.count_label, 0, 2)
        arrows = QHBoxLayout()
        arrows.setSpacing(2)
        arrows.addWidget(self.previous_button)
        arrows.addWidget(self.next_button)
        grid.addLayout(arrows, 0, 3)
        grid.addWidget(self.close_button, 0, 4)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        replace_buttons = QHBoxLayout()
        replace_buttons.setSpacing(6)
        replace_buttons.addWidget(self.replace_button)
        replace_buttons.addWidget(self.replace_all_button)
        grid.addLayout(replace_buttons, 1, 2, 1, 3)
        options = QHBoxLayout()
        options.setSpacing(14)
        for check in (self.case_check, self.word_check, self.regex_check):
            options.addWidget(check)
        options.addStretch(1)
        grid.addLayout(options, 2, 1, 1, 4)
        grid.addWidget(self.message_label, 3, 1, 1, 4)
        grid.setColumnStretch(1, 1)
        self._replace_row = (
            self.replace_label,
            self.replace_edit,
            self.replace_button,
            self.replace_all_button,
        )

        self.find_edit.textChanged.connect(lambda _t: self.find_changed.emit())
        self.replace_edit.textChanged.connect(lambda _t: self.replacement_changed.emit())
        for check in (self.case_check, self.word_check, self.regex_check):
            check.toggled.connect(lambda _on: self.find_changed.emit())
        self.find_edit.enter_pressed.connect(self._on_find_edit_enter_pressed)
        self.replace_edit.enter_pressed.connect(self._on_replace_edit_enter_pressed)
        for edit in (self.find_edit, self.replace_edit):
            edit.escape_pressed.connect(self.close_requested.emit)
            edit.replace_all_pressed.connect(self.replace_all_requested.emit)
            edit.undo_requested.connect(self.undo_requested.emit)
            edit.redo_requested.connect(self.redo_requested.emit)
        self.previous_button.clicked.connect(lambda _c=False: self.previous_requested.emit())
        self.next_button.clicked.connect(lambda _c=False: self.next_requested.emit())
        self.close_button.clicked.connect(lambda _c=False: self.close_requested.emit())
        self.replace_button.clicked.connect(lambda _c=False: self.replace_requested.emit())
        self.replace_all_button.clicked.connect(lambda _c=False: self.replace_all_requested.emit())
        chain = (
            self.find_edit,
            self.replace_edit,
            self.replace_button,
            self.replace_all_button,
            self.case_check,
            self.word_check,
            self.regex_check,
            self.previous_button,
            self.next_button,
            self.close_button,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.set_replace_visible(False)
        self.hide()

    def _arrow(self, arrow: Qt.ArrowType, name: str, accessible: str) -> QToolButton:
        button = QToolButton()
        _name(button, name, accessible)
        button.setArrowType(arrow)
        key = "Shift+F3, Shift+Enter" if arrow == Qt.ArrowType.UpArrow else "F3, Enter"
        button.setToolTip(f"{accessible} ({key})")
        button.setAutoRaise(True)
        return button

    def _check(self, text: str, name: str, accessible: str) -> QCheckBox:
        check = QCheckBox(text)
        _name(check, name, accessible)
        return check

    # -- what the bar holds ------------------------------------------------------------------

    def options(self) -> FindOptions:
        return FindOptions(
            self.find_edit.text(),
            match_case=self.case_check.isChecked(),
            whole_word=self.word_check.isChecked(),
            regex=self.regex_check.isChecked(),
        )

    def replacement(self) -> str:
        return self.replace_edit.text()

    @property
    def replace_visible(self) -> bool:
        return not self.replace_edit.isHidden()

    def set_replace_visible(self, visible: bool) -> None:
        for widget in self._replace_row:
            widget.setVisible(visible)

    def set_count(self, text: str, *, problem: bool = False) -> None:
        self.count_label.setText(text)
        _set_style(
            self.count_label, f"color: {ERROR_COLOUR};" if problem else "color: palette(placeholder-text);"
        )

    def set_message(self, text: str, *, problem: bool = False) -> None:
        self.message_label.setText(text)
        _set_style(self.message_label, f"color: {ERROR_COLOUR};" if problem else "")
        self.message_label.setVisible(bool(text))

    def set_problem(self, edit: QLineEdit, problem: bool) -> None:
        """Mark a field as holding something that cannot be used (an invalid expression)."""
        if bool(edit.property("problem")) != problem:
            edit.setProperty("problem", problem)
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    def set_replace_enabled(self, enabled: bool) -> None:
        self.replace_button.setEnabled(enabled)
        self.replace_all_button.setEnabled(enabled)

    # -- keys --------------------------------------------------------------------------------

    def _on_find_edit_enter_pressed(self, shift: bool) -> None:
        (self.previous_requested if shift else self.next_requested).emit()

    def _on_replace_edit_enter_pressed(self, shift: bool) -> None:
        (self.previous_requested if shift else self.replace_requested).emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # on a button or a check box of the bar
            self.close_requested.emit()
            return
        super().keyPressEvent(event)
