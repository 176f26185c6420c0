"""Writing mode's page in the editor: the headline, standfirst and body in one centred column of
about 70 characters of the body font, in larger type, with every other field one click away
(the Details button), and optionally typewriter scrolling and a dimmed focus on the current
paragraph. Leaving puts back every font, margin, frame and field as it was.

The column is made with margins, not a narrower widget: nested layouts (the headline row, the
metadata form) get layout margins and the text fields get viewport margins, so the body's scroll
bar stays at the window's edge. Nothing here runs per keystroke outside writing mode; inside it,
the dimming is two extra selections, set when the caret changes paragraph."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QMargins, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.ui.articles.body_edit import BodyTextEdit
from workstation.ui.articles.writing_aids import FocusDim, center_caret, forward_margin_event

COLUMN_CHARACTERS = 70  # average characters of the body font per line, as a printed column
DEFAULT_TEXT_PERCENT = 125  # writing mode's type, relative to the editor's
MIN_TEXT_PERCENT, MAX_TEXT_PERCENT, TEXT_PERCENT_STEP = 80, 250, 10
SHOW_DETAILS = QT_TRANSLATE_NOOP("WritingView", "Show details")
HIDE_DETAILS = QT_TRANSLATE_NOOP("WritingView", "Hide details")
KEPT_NAMES = frozenset({"findBar"})  # shown in writing mode too, when their owner shows them
MIN_SIDE = 16  # the column's least distance from the editor's edge
HEADLINE_SCALE = 1.6
STANDFIRST_SCALE = 1.1  # the lead a little larger than the body, as on the page
TOP_ROOM = 40  # above the headline: a page, not a form
BUTTON_GAP = 16


def clamp_text_percent(percent: int) -> int:
    return max(MIN_TEXT_PERCENT, min(MAX_TEXT_PERCENT, int(percent)))


def column_text_width(font: QFont) -> float:
    """The width of COLUMN_CHARACTERS average characters of the font, in pixels."""
    metrics = QFontMetricsF(font)
    average = metrics.averageCharWidth() or metrics.horizontalAdvance("x")
    return COLUMN_CHARACTERS * average


def _scaled(font: QFont, percent: int) -> QFont:
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * percent / 100)
    else:
        scaled.setPixelSize(max(1, round(font.pixelSize() * percent / 100)))
    return scaled


@dataclass
class _Saved:
    """What entering changed, to put back when leaving."""

    fonts: dict[QWidget, tuple[QFont, QFont]] = field(default_factory=dict)  # (before, ours)
    layout_margins: dict[QLayout, QMargins] = field(default_factory=dict)
    viewport_margins: dict[QAbstractScrollArea, QMargins] = field(default_factory=dict)
    text_margins: dict[QLineEdit, QMargins] = field(default_factory=dict)
    frames: dict[QWidget, int | bool] = field(default_factory=dict)
    hidden: dict[QWidget, bool] = field(default_factory=dict)  # each detail: hidden by its owner?
    heights: dict[QWidget, tuple[int, int]] = field(default_factory=dict)
    palette: QPalette | None = None
    page_margins: QMargins | None = None
    auto_fill: bool = False
    center_on_scroll: bool = False
    scroll_bar_policy: Qt.ScrollBarPolicy = Qt.ScrollBarPolicy.ScrollBarAsNeeded
    cursor: tuple[int, int] = (0, 0)  # anchor, position
    scroll: int = 0
    revision: int = 0


class WritingView(QObject):
    """The editor's writing-mode presentation. `editor` is the ArticleEditorWidget: its
    headline_edit, standfirst_edit and body_edit stay, everything else in its layout is a detail.
    Signals: text_percent_changed(percent) when the type is made larger or smaller (to remember)."""

    text_percent_changed = Signal(int)

    def __init__(self, editor: QWidget, headline: QWidget, standfirst: QWidget, body: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._headline = headline
        self._standfirst = standfirst
        self._body = body
        self._saved: _Saved | None = None
        self._applying = False
        self._details_shown = False
        self.text_percent = DEFAULT_TEXT_PERCENT
        self.typewriter = False
        self.focus_paragraph = False
        self._dim: FocusDim | None = None
        self._margins: dict[QObject, QMargins] = {}  # what _layout_column last set, per target
        self._left: _Saved | None = None  # what leave() put back, until restore_position()
        self.details_button = QToolButton(editor)
        self.details_button.setObjectName("writingDetailsToggle")
        self.details_button.setAccessibleName(translate("WritingView", "Show the article's details"))
        self.details_button.setText(translate("WritingView", SHOW_DETAILS))
        self.details_button.setToolTip(
            translate("WritingView", "Section, status, tags, byline and the other fields, one click away")
        )
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.setStyleSheet("QToolButton { color: palette(placeholder-text); }")
        self.details_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.details_button.hide()
        self.details_button.toggled.connect(self.set_details_visible)

    # -- state -------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._saved is not None

    @property
    def details_visible(self) -> bool:
        return self._details_shown

    def body_has_focus(self) -> bool:
        return self._body.hasFocus()

    def focus_body(self) -> None:
        self._body.setFocus(Qt.FocusReason.OtherFocusReason)

    def details(self) -> list[QWidget]:
        """Every widget of the editor's layout that writing mode hides: all but the headline,
        standfirst and body (and a find bar), found afresh so a field added later is one too."""
        kept = [self._headline, self._standfirst, self._body]
        found: list[QWidget] = []

        def walk(layout: QLayout) -> None:
            for index in range(layout.count()):
                item = layout.itemAt(index)
                if item is None:
                    continue
                widget, child = item.widget(), item.layout()
                if child is not None:
                    walk(child)
                elif widget is None or widget in kept or widget.objectName() in KEPT_NAMES:
                    continue
                elif any(widget.isAncestorOf(k) for k in kept):
                    inner = widget.layout()
                    if inner is not None:
                        walk(inner)
                else:
                    found.append(widget)

        top = self._editor.layout()
        if top is not None:
            walk(top)
        return found

    # -- entering and leaving ----------------------------------------------------------------

    def enter(self, text_percent: int, *, typewriter: bool, focus_paragraph: bool) -> None:
        if self._saved is not None:
            return
        body = self._body
        cursor = body.textCursor()
        saved = _Saved(
            palette=QPalette(self._editor.palette()),
            auto_fill=self._editor.autoFillBackground(),
            center_on_scroll=body.centerOnScroll(),
            scroll_bar_policy=body.verticalScrollBarPolicy(),
            cursor=(cursor.anchor(), cursor.position()),
            scroll=body.verticalScrollBar().value(),
            revision=body.document().revision(),
        )
        self._saved = saved
        self.text_percent = clamp_text_percent(text_percent)
        self._details_shown = False
        self._applying = True
        try:
            for widget in self.details():
                saved.hidden[widget] = widget.isHidden()
                widget.hide()
                widget.installEventFilter(self)
        finally:
            self._applying = False
        for widget in (self._headline, self._standfirst, body):
            saved.fonts[widget] = (QFont(widget.font()), QFont(widget.font()))
            saved.heights[widget] = (widget.minimumHeight(), widget.maximumHeight())
            self._set_frameless(widget, saved)
        page = self._editor.palette()
        page.setColor(QPalette.ColorRole.Window, page.color(QPalette.ColorRole.Base))
        self._editor.setPalette(page)
        self._editor.setAutoFillBackground(True)
        top = self._editor.layout()
        if top is not None:
            saved.page_margins = top.contentsMargins()
            # No side margins: the column's own margins centre it, the scroll bar at the edge.
            top.setContentsMargins(0, max(saved.page_margins.top(), TOP_ROOM), 0, saved.page_margins.bottom())
        self._editor.installEventFilter(self)
        self._watch_body(True)
        body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        body.cursorPositionChanged.connect(self._on_body_cursor_position_changed)
        self.details_button.blockSignals(True)
        self.details_button.setChecked(False)
        self.details_button.blockSignals(False)
        self.details_button.setText(translate("WritingView", SHOW_DETAILS))
        self.details_button.show()
        self.details_button.raise_()
        self._apply_fonts()
        self.set_typewriter(typewriter)
        self.set_focus_paragraph(focus_paragraph)
        self._layout_column()
        body.setFocus(Qt.FocusReason.OtherFocusReason)
        body.ensureCursorVisible()

    def leave(self) -> None:
        """Put everything back. The caret stays where the editor left it; restore_position()
        brings back the scroll position once the window has its old size again."""
        saved = self._saved
        if saved is None:
            return
        body = self._body
        typewriter, focus_paragraph = self.typewriter, self.focus_paragraph
        self.set_typewriter(False)
        self.set_focus_paragraph(False)
        self.typewriter, self.focus_paragraph = typewriter, focus_paragraph  # the options stay
        self._saved = None
        body.setCenterOnScroll(saved.center_on_scroll)
        body.setVerticalScrollBarPolicy(saved.scroll_bar_policy)
        body.cursorPositionChanged.disconnect(self._on_body_cursor_position_changed)
        self._watch_body(False)
        self._editor.removeEventFilter(self)
        self.details_button.hide()
        top = self._editor.layout()
        if top is not None and saved.page_margins is not None:
            top.setContentsMargins(saved.page_margins)
        for layout, margins in saved.layout_margins.items():
            layout.setContentsMargins(margins)
        for area, margins in saved.viewport_margins.items():
            area.setViewportMargins(margins)
        for line, margins in saved.text_margins.items():
            line.setTextMargins(margins)
        for widget, (before, ours) in saved.fonts.items():
            if widget.font() == ours:  # not changed meanwhile (the preferences' body font)
                widget.setFont(before)
        for widget, (low, high) in saved.heights.items():
            widget.setMinimumHeight(low)
            widget.setMaximumHeight(high)
        for widget, shape in saved.frames.items():
            if isinstance(widget, QLineEdit):
                widget.setFrame(bool(shape))
            elif isinstance(widget, QFrame):
                widget.setFrameShape(QFrame.Shape(shape))
        if saved.palette is not None:
            self._editor.setPalette(saved.palette)
        self._editor.setAutoFillBackground(saved.auto_fill)
        self._applying = True
        try:
            for widget, hidden in saved.hidden.items():
                widget.removeEventFilter(self)
                widget.setHidden(hidden)
        finally:
            self._applying = False
        self._margins.clear()
        self._details_shown = False
        self._left = saved

    def restore_position(self) -> None:
        """After leaving, once the layout is back: the scroll position as it was, if the caret
        and the text are as they were; otherwise the caret in view."""
        saved, self._left = self._left, None
        if saved is None:
            return
        body = self._body
        cursor = body.textCursor()
        unchanged = (cursor.anchor(), cursor.position()) == saved.cursor
        if unchanged and body.document().revision() == saved.revision:
            body.verticalScrollBar().setValue(saved.scroll)
        else:
            body.ensureCursorVisible()

    # -- options -----------------------------------------------------------------------------

    def set_text_percent(self, percent: int) -> None:
        percent = clamp_text_percent(percent)
        if percent == self.text_percent:
            return
        self.text_percent = percent
        if self._saved is not None:
            self._apply_fonts()
            self._layout_column()
        self.text_percent_changed.emit(percent)

    def larger(self) -> None:
        self.set_text_percent(self.text_percent + TEXT_PERCENT_STEP)

    def smaller(self) -> None:
        self.set_text_percent(self.text_percent - TEXT_PERCENT_STEP)

    def set_typewriter(self, on: bool) -> None:
        self.typewriter = on
        if self._saved is None:
            return
        self._body.setCenterOnScroll(on or self._saved.center_on_scroll)
        if on:
            self._center_caret()

    def set_focus_paragraph(self, on: bool) -> None:
        self.focus_paragraph = on
        if self._saved is None:
            return
        if on and self._dim is None:
            self._dim = FocusDim(self._body)
            self._dim.apply()
        elif not on and self._dim is not None:
            dim, self._dim = self._dim, None
            dim.clear()

    def set_details_visible(self, on: bool) -> None:
        if self._saved is None:
            return
        self._details_shown = on
        self._applying = True
        try:
            for widget, hidden in self._saved.hidden.items():
                widget.setVisible(on and not hidden)
        finally:
            self._applying = False
        if self.details_button.isChecked() != on:
            self.details_button.setChecked(on)
        self.details_button.setText(translate("WritingView", HIDE_DETAILS if on else SHOW_DETAILS))
        self._layout_column()

    # -- the column --------------------------------------------------------------------------

    def column_width(self) -> int:
        """The body's text column (its viewport) in pixels, for the editor's present width."""
        body_font = self._body.font()
        margin = 2 * self._body.document().documentMargin()
        wanted = column_text_width(body_font) + margin
        return max(1, round(min(wanted, self._content_width() - 2 * MIN_SIDE)))

    def _content_width(self) -> int:
        layout = self._editor.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        return self._editor.width() - margins.left() - margins.right()

    def _apply_fonts(self) -> None:
        saved = self._saved
        assert saved is not None
        for widget, (before, _ours) in list(saved.fonts.items()):
            percent = self.text_percent
            if widget is self._standfirst:
                percent = round(percent * STANDFIRST_SCALE)
            font = _scaled(before, percent)
            if widget is self._headline:
                # A headline's size over the body's, as on the page (the editor's is the UI's).
                body = _scaled(saved.fonts[self._body][0], round(percent * HEADLINE_SCALE))
                if body.pointSizeF() > font.pointSizeF() > 0:
                    font.setPointSizeF(self._headline_size(font, body.pointSizeF()))
            widget.setFont(font)
            saved.fonts[widget] = (before, font)
        standfirst = self._standfirst
        if isinstance(standfirst, QPlainTextEdit):
            # Three lines of the standfirst, as in the editor, in its larger type.
            margin = 2 * standfirst.document().documentMargin()
            lines = QFontMetricsF(standfirst.font()).lineSpacing() * 3
            standfirst.setFixedHeight(round(lines + margin + 4))

    def _headline_size(self, font: QFont, wanted: float) -> float:
        """A one-line headline field scrolls what does not fit: there, only as large as shows
        the whole headline in the column (a wrapping one takes the full size)."""
        headline, saved = self._headline, self._saved
        if not isinstance(headline, QLineEdit) or not headline.text() or saved is None:
            return wanted
        column = column_text_width(_scaled(saved.fonts[self._body][0], self.text_percent))
        trial = QFont(font)
        trial.setPointSizeF(wanted)
        width = QFontMetricsF(trial).horizontalAdvance(headline.text()) + 12
        fitted = wanted * min(1.0, column / width) if width > 0 else wanted
        return max(font.pointSizeF(), fitted)

    def _layout_column(self) -> None:
        saved = self._saved
        top = self._editor.layout()
        if saved is None or top is None:
            return
        column = self.column_width()
        content = self._content_width()
        left = max(0, (content - column) // 2)
        right = max(0, content - column - left)
        for index in range(top.count()):
            item = top.itemAt(index)
            if item is None:
                continue
            child, widget = item.layout(), item.widget()
            if child is not None:
                saved.layout_margins.setdefault(child, child.contentsMargins())
                old = saved.layout_margins[child]
                self._set(child, QMargins(left, old.top(), right, old.bottom()))
            elif widget in (self._headline, self._standfirst, self._body):
                self._set_field_margins(widget, left, right)
        self._place_button(left + column)

    def _set_field_margins(self, widget: QWidget, left: int, right: int) -> None:
        saved = self._saved
        assert saved is not None
        if isinstance(widget, QAbstractScrollArea):
            saved.viewport_margins.setdefault(widget, widget.viewportMargins())
            # The body's scroll bar always shows in writing mode, so the column never moves
            # (a scroll bar that came and went with the text would rewrap it).
            always = widget.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
            scroll_bar = widget.verticalScrollBar().sizeHint().width() if always else 0
            self._set(widget, QMargins(left, 0, max(0, right - scroll_bar), 0))
        elif isinstance(widget, QLineEdit):
            saved.text_margins.setdefault(widget, widget.textMargins())
            self._set(widget, QMargins(left, 0, right, 0))

    def _set(self, target: QObject, margins: QMargins) -> None:
        if self._margins.get(target) == margins:
            return  # unchanged: no relayout
        self._margins[target] = margins
        if isinstance(target, QLayout):
            target.setContentsMargins(margins)
        elif isinstance(target, QAbstractScrollArea):
            target.setViewportMargins(margins)
        elif isinstance(target, QLineEdit):
            target.setTextMargins(margins)

    def _place_button(self, column_right: int) -> None:
        button = self.details_button
        button.adjustSize()
        layout = self._editor.layout()
        offset = layout.contentsMargins().left() if layout is not None else 0
        x = min(offset + column_right + BUTTON_GAP, self._editor.width() - button.width() - 4)
        y = self._headline.geometry().top() if self._headline.isVisible() else 8
        button.move(max(0, x), max(0, y))
        button.raise_()

    def _set_frameless(self, widget: QWidget, saved: _Saved) -> None:
        if isinstance(widget, QLineEdit):
            saved.frames[widget] = widget.hasFrame()
            widget.setFrame(False)
        elif isinstance(widget, QFrame):
            saved.frames[widget] = int(widget.frameShape().value)
            widget.setFrameShape(QFrame.Shape.NoFrame)

    # -- events ------------------------------------------------------------------------------

    def _watch_body(self, on: bool) -> None:
        """The body's resizes lay out the column, and clicks and the wheel on its margins act on
        the text. Through the body's own hooks where it has them (BodyTextEdit): an event filter
        would see its every event, each keystroke's included."""
        body = self._body
        if isinstance(body, BodyTextEdit):
            body.margin_event = (lambda event: forward_margin_event(body, event)) if on else None
            if on:
                body.resized.connect(self._layout_column)
            else:
                body.resized.disconnect(self._layout_column)
        elif on:
            body.installEventFilter(self)
        else:
            body.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        saved = self._saved
        if saved is None:
            return False
        if watched is self._body:
            return self._body_event(event)
        kind = event.type()
        if watched is self._editor:
            if kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
                self._layout_column()
            return False
        if isinstance(watched, QWidget) and watched in saved.hidden and not self._applying:
            # A detail's owner showed or hid it meanwhile (a publication bar after a publish):
            # that is how it returns; while the details are folded away it stays hidden.
            if kind == QEvent.Type.Show:
                saved.hidden[watched] = False
                if not self._details_shown:
                    watched.hide()
            elif kind == QEvent.Type.Hide and watched.isHidden():
                saved.hidden[watched] = True
        return False

    def _body_event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._layout_column()
            return False
        return forward_margin_event(self._body, event)

    def _on_body_cursor_position_changed(self) -> None:
        body = self._body
        if self.typewriter and QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self._center_caret()  # the caret's line stays at the middle (not while dragging)
        dim = self._dim
        if dim is not None and body.textCursor().blockNumber() != dim.block_number:
            dim.apply()

    def _center_caret(self) -> None:
        center_caret(self._body)
