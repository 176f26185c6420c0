"""The Outline tab: the body's headings, indented by level, the one the caret is under marked.
A click or Enter on a heading puts the caret there and scrolls it to the top of the body."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.outline import Heading, heading_at, headings

OUTLINE_DELAY_MS = 300  # the outline follows typing without parsing the body on every keystroke
# The mark follows the caret a moment later. Typing moves the caret on every keystroke, and a
# Python slot there would need the GIL each time, waiting for any worker thread holding it (up to
# 5 ms, measured as 8-28 ms stalls during autosave writes); the timer's start is Qt's own slot.
CARET_DELAY_MS = 80
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "OutlinePanel", "No headings yet: start a line of the body with ## for a heading (### for a subheading)."
)
_LINE_ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(QWidget):
    """Follows one body field: its text (after a pause in typing) and its caret."""

    def __init__(self, body: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlinePanel")
        self.setAccessibleName(translate("OutlinePanel", "Outline"))
        self._body = body
        self._outline: list[Heading] = []
        self._lines: list[int] = []
        self._items: list[QTreeWidgetItem] = []
        self._marked: int | None = None
        self._stale = False  # the body changed while the panel was hidden

        self.tree = QTreeWidget()
        self.tree.setObjectName("outlineList")
        self.tree.setAccessibleName(translate("OutlinePanel", "Headings of the body"))
        self.tree.setAccessibleDescription(
            translate("OutlinePanel", "Press Enter on a heading to go to it in the body.")
        )
        self.tree.setHeaderHidden(True)
        self.tree.header().setObjectName("outlineHeader")
        self.tree.header().setAccessibleName(translate("OutlinePanel", "Outline header"))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(self.fontMetrics().horizontalAdvance("M") * 2)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setStyleSheet("QTreeWidget { border: none; } QTreeWidget::item { padding: 3px 6px; }")
        self.empty_label = QLabel(translate("OutlinePanel", EMPTY_TEXT))
        self.empty_label.setObjectName("outlineEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setMargin(12)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(OUTLINE_DELAY_MS)
        self.refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self._caret_timer = QTimer(self)
        self._caret_timer.setSingleShot(True)
        self._caret_timer.setInterval(CARET_DELAY_MS)
        self._caret_timer.timeout.connect(self._on_caret_timer_timeout)
        body.textChanged.connect(self.refresh_timer.start)
        body.cursorPositionChanged.connect(self._caret_timer.start)
        self.tree.itemClicked.connect(self._on_tree_item_activated)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.refresh()

    @property
    def outline(self) -> list[Heading]:
        return list(self._outline)

    def refresh(self) -> None:
        """Read the body's headings now (typing does it after a pause)."""
        self.refresh_timer.stop()
        self._stale = False
        outline = headings(self._body.toPlainText())
        self._lines = [h.line for h in outline]
        if [(h.level, h.text) for h in outline] != [(h.level, h.text) for h in self._outline]:
            self._outline = outline
            self._rebuild()
        else:
            self._outline = outline  # the same headings, perhaps on other lines
        self._mark_current()

    def _rebuild(self) -> None:
        self.tree.clear()
        self._items = []
        self._marked = None
        parents: list[tuple[int, QTreeWidgetItem]] = []  # the open headings, by level
        for index, heading in enumerate(self._outline):
            while parents and parents[-1][0] >= heading.level:
                parents.pop()
            text = heading.text or translate("OutlinePanel", "(empty heading)")
            item = QTreeWidgetItem([text])
            item.setData(0, _LINE_ROLE, index)
            item.setToolTip(0, f"{'#' * heading.level} {text}")
            if parents:
                parents[-1][1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            parents.append((heading.level, item))
            self._items.append(item)
        self.tree.expandAll()
        self.pages.setCurrentWidget(self.tree if self._outline else self.empty_label)

    def _on_refresh_timer_timeout(self) -> None:
        # Hidden behind another tab, the outline is read when it is shown again.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_caret_timer_timeout(self) -> None:
        if self._outline and self.isVisible():
            self._mark_current()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        else:
            self._mark_current()

    def _mark_current(self) -> None:
        """The heading the caret is under, in bold and current."""
        line = self._body.textCursor().blockNumber()
        index = heading_at(self._outline, line) if self._lines else None
        if index == self._marked:
            return
        if self._marked is not None and self._marked < len(self._items):
            self._set_bold(self._items[self._marked], False)
        self._marked = index
        if index is None:
            self.tree.setCurrentItem(None)  # type: ignore[call-overload]
            self.tree.clearSelection()
            return
        item = self._items[index]
        self._set_bold(item, True)
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    @staticmethod
    def _set_bold(item: QTreeWidgetItem, bold: bool) -> None:
        font = QFont(item.font(0))
        font.setBold(bold)
        item.setFont(0, font)

    def go_to(self, index: int) -> None:
        """Put the body's caret at the start of a heading, that line at the top of the view."""
        if self.refresh_timer.isActive() or self._stale:
            self.refresh()  # the outline as the body is now, not as it was before the pause
        if not 0 <= index < len(self._outline):
            return
        body = self._body
        block = body.document().findBlockByNumber(self._outline[index].line)
        if not block.isValid():
            return
        # From the end of the text, making the caret visible scrolls up just until the heading is
        # the top line (as far as the text below it allows). Setting the scroll bar to the
        # heading's line would miss: the lines of blocks not laid out yet are not known.
        scroll = body.verticalScrollBar()
        scroll.setValue(scroll.maximum())
        body.setTextCursor(QTextCursor(block))
        body.ensureCursorVisible()
        body.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, _LINE_ROLE)
        if isinstance(index, int):
            self.go_to(index)
