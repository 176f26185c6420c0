"""The Spelling tab: every misspelling of the open article (field, word, context), to step
through. Double-click or Enter on one selects it in its field; Next and Previous go on from
the current one. It re-reads the fields a moment after typing stops, only while shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.text import plural
from workstation.ui.common.factory import push_button
from workstation.ui.spelling.controller import Misspelling, SpellingController

REFRESH_DELAY_MS = 400
EMPTY_TEXT = QT_TRANSLATE_NOOP("SpellingPanel", "No misspellings in this article.")


class _List(QTreeWidget):
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.activated_row.emit(self.indexOfTopLevelItem(current))
            return
        super().keyPressEvent(event)


class SpellingPanel(QWidget):
    count_changed = Signal(int)

    def __init__(self, controller: SpellingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spellingPanel")
        self.setAccessibleName(translate("SpellingPanel", "Spelling"))
        self._controller = controller
        self.found: list[Misspelling] = []
        self._stale = True

        self.list = _List()
        self.list.setObjectName("spellingList")
        self.list.setAccessibleName(translate("SpellingPanel", "Misspellings in the article"))
        self.list.setAccessibleDescription(
            translate("SpellingPanel", "Press Enter on a misspelling to select it in its field.")
        )
        self.list.setColumnCount(3)
        self.list.setHeaderLabels(
            [
                translate("SpellingPanel", "Field"),
                translate("SpellingPanel", "Word"),
                translate("SpellingPanel", "Context"),
            ]
        )
        self.list.header().setObjectName("spellingHeader")
        self.list.header().setAccessibleName(translate("SpellingPanel", "Spelling header"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemDoubleClicked.connect(lambda item, _c: self.go_to(self.list.indexOfTopLevelItem(item)))
        self.list.activated_row.connect(self.go_to)
        self.summary = QLabel(translate("SpellingPanel", EMPTY_TEXT))
        self.summary.setObjectName("spellingSummaryLabel")
        self.summary.setWordWrap(True)
        self.previous_button = push_button(
            translate("SpellingPanel", "&Previous"), "spellingPreviousButton", on_click=self.previous
        )
        self.next_button = push_button(
            translate("SpellingPanel", "&Next"), "spellingNextButton", on_click=self.next
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        controller.rechecked.connect(self.schedule)

    def schedule(self) -> None:
        """The fields changed: refresh soon if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        current = self.list.currentItem()
        keep = self.list.indexOfTopLevelItem(current) if current is not None else -1
        self.found = self._controller.misspellings()
        self.list.clear()
        for found in self.found:
            row = QTreeWidgetItem([found.field.label, found.word.text, found.context])
            row.setToolTip(2, found.context)
            self.list.addTopLevelItem(row)
        for column in (0, 1):
            self.list.resizeColumnToContents(column)
        count = len(self.found)
        self.summary.setText(
            plural(count, "misspelling") if count else translate("SpellingPanel", EMPTY_TEXT)
        )
        self.next_button.setEnabled(bool(count))
        self.previous_button.setEnabled(bool(count))
        item = self.list.topLevelItem(keep) if 0 <= keep < count else None
        if item is not None:
            self.list.setCurrentItem(item)
        self.count_changed.emit(count)

    def go_to(self, row: int) -> None:
        if not 0 <= row < len(self.found):
            return
        found = self.found[row]
        item = self.list.topLevelItem(row)
        if item is not None:
            self.list.setCurrentItem(item)
        found.field.select(found.word.start, found.word.end)

    def _step(self, delta: int) -> None:
        if self._stale or self._timer.isActive():
            self.refresh()
        if not self.found:
            return
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else (-1 if delta > 0 else 0)
        self.go_to((row + delta) % len(self.found))

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)
