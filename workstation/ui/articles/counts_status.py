"""The status bar's counts of the open article: the body's words and characters (over the same
text: what a reader reads, without photo references or Markdown syntax), the selection's, each
field's in the tooltip, and the word target with its progress. Clicking the count or the target
opens a small popup that sets the target."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.article import MAX_WORD_TARGET
from workstation.domain.i18n import format_number, translate
from workstation.domain.text import WORDS_PER_MINUTE, TextCount, reading_minutes

OVER_TARGET = 1.10  # more than 10% over the target is too long for its slot
OVER_COLOUR = "#b3261e"
REACHED_COLOUR = "#1b7f3b"
TARGET_STEP = 50  # print slots come in round numbers


@dataclass(frozen=True, slots=True)
class ArticleCounts:
    """The open article's counts as the editor has them on screen."""

    headline: TextCount = field(default_factory=TextCount)
    standfirst: TextCount = field(default_factory=TextCount)
    body: TextCount = field(default_factory=TextCount)
    selection: TextCount | None = None  # in the body, when something is selected there
    word_target: int = 0  # the body's target; 0 is none

    @property
    def article(self) -> TextCount:
        """What the page shows as text: headline, standfirst and body."""
        return self.headline + self.standfirst + self.body


def _words(n: int) -> str:
    text = translate("CountsStatus", "{n} word") if n == 1 else translate("CountsStatus", "{n} words")
    return text.format(n=format_number(n))


def _characters(n: int) -> str:
    text = (
        translate("CountsStatus", "{n} character") if n == 1 else translate("CountsStatus", "{n} characters")
    )
    return text.format(n=format_number(n))


def _count(count: TextCount) -> str:
    return f"{_words(count.words)} · {_characters(count.characters)}"


def reading_time(words: int) -> str:
    """The reading time of this many words, or "" for none ("0 min read" is never right)."""
    if words <= 0:
        return ""
    if words < WORDS_PER_MINUTE:
        return translate("CountsStatus", "under 1 min read")
    return translate("CountsStatus", "{reading_minutes} min read").format(
        reading_minutes=reading_minutes(words)
    )


def counts_text(counts: ArticleCounts) -> str:
    """'Body: 412 words · 2,431 characters · 2 min read', the selection's first when there is one."""
    parts = [translate("CountsStatus", "Body: {count}").format(count=_count(counts.body))]
    minutes = reading_time(counts.article.words) if counts.body.words else ""
    if minutes:
        parts.append(minutes)
    text = " · ".join(parts)
    if counts.selection is not None:
        text = translate("CountsStatus", "Selection: {count}   |   {text}").format(
            count=_count(counts.selection), text=text
        )
    return text


def counts_tooltip(counts: ArticleCounts) -> str:
    minutes = reading_time(counts.article.words)
    lines = [
        translate("CountsStatus", "Headline: {count}").format(count=_count(counts.headline)),
        translate("CountsStatus", "Standfirst: {count}").format(count=_count(counts.standfirst)),
        translate("CountsStatus", "Body: {count}").format(count=_count(counts.body)),
        translate("CountsStatus", "Headline, standfirst and body: {count}").format(
            count=_count(counts.article)
        )
        + (f" · {minutes}" if minutes else ""),
    ]
    if counts.selection is not None:
        lines.append(
            translate("CountsStatus", "Selected in the body: {count}").format(count=_count(counts.selection))
        )
    lines.append(
        translate(
            "CountsStatus", "Photo references and Markdown syntax are not counted; characters include spaces."
        )
    )
    lines.append(translate("CountsStatus", "Click to set a word target for the body."))
    return "\n".join(lines)


def target_state(words: int, target: int) -> str:
    """'under', 'reached' (up to 10% over) or 'over' (more than 10% over) a target above 0."""
    if words < target:
        return "under"
    return "over" if words > target * OVER_TARGET else "reached"


def target_tooltip(words: int, target: int) -> str:
    if not target:
        return translate("CountsStatus", "Set a word target for the body, such as a 400-word print slot.")
    state = target_state(words, target)
    if state == "under":
        detail = translate("CountsStatus", "{words} to go.").format(words=_words(target - words))
    elif words == target:
        detail = translate("CountsStatus", "Right on target.")
    else:
        detail = translate("CountsStatus", "Over by {words}").format(words=_words(words - target)) + (
            translate("CountsStatus", " (more than 10%).")
            if state == "over"
            else translate("CountsStatus", ", within 10%.")
        )
    return translate(
        "CountsStatus", "Word target for the body: {words}. {detail}\nClick to change it."
    ).format(words=_words(target), detail=detail)


class WordTargetPopup(QFrame):
    """A small popup over the status bar: the target in a spin box (0 is no target); Enter sets
    it, Esc leaves it as it was."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("wordTargetPopup")
        self.setAccessibleName(translate("WordTargetPopup", "Word target"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(translate("WordTargetPopup", "<b>Word target for the body</b>"))
        self.spin = QSpinBox()
        self.spin.setObjectName("wordTargetSpin")
        self.spin.setAccessibleName(translate("WordTargetPopup", "Word target in words"))
        self.spin.setRange(0, MAX_WORD_TARGET)
        self.spin.setSingleStep(TARGET_STEP)
        self.spin.setSuffix(translate("WordTargetPopup", " words"))
        self.spin.setSpecialValueText(translate("WordTargetPopup", "No target"))
        self.spin.setGroupSeparatorShown(True)
        title.setBuddy(self.spin)
        hint = QLabel(
            translate(
                "WordTargetPopup",
                "The words the body should have, such as a 400-word print slot. 0 for none.",
            )
        )
        hint.setObjectName("wordTargetHint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.clear_button = QPushButton(translate("WordTargetPopup", "&No Target"))
        self.clear_button.setObjectName("wordTargetClearButton")
        self.clear_button.setAccessibleName(translate("WordTargetPopup", "No word target"))
        self.set_button = QPushButton(translate("WordTargetPopup", "&Set"))
        self.set_button.setObjectName("wordTargetSetButton")
        self.set_button.setAccessibleName(translate("WordTargetPopup", "Set the word target"))
        self.set_button.setDefault(True)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(title)
        layout.addWidget(self.spin)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 58)
        self.set_button.clicked.connect(lambda: self._choose(self.spin.value()))
        self.clear_button.clicked.connect(lambda: self._choose(0))
        self.spin.lineEdit().returnPressed.connect(lambda: self._choose(self.spin.value()))

    def open_at(self, anchor: QWidget, target: int) -> None:
        """Show above anchor (a status bar widget), its right edge on the anchor's, target in the box."""
        self.spin.setValue(target)
        self.adjustSize()
        corner = anchor.mapToGlobal(QPoint(anchor.width(), 0))
        screen = anchor.screen().availableGeometry()
        x = max(screen.left(), min(corner.x() - self.width(), screen.right() - self.width()))
        y = max(screen.top(), corner.y() - self.height() - 4)
        self.move(x, y)
        self.show()
        self.spin.setFocus()
        self.spin.selectAll()

    def _choose(self, words: int) -> None:
        self.hide()
        self.chosen.emit(words)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class CountsStatus(QObject):
    """The counts in the window's count label, and the word target beside it: a button that
    reads '312 / 400 words' with a small bar (red when more than 10% over). target_chosen says
    which target the editor asked for in the popup."""

    target_chosen = Signal(int)

    def __init__(self, label: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = label
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.installEventFilter(self)
        self.target_button = QToolButton()
        self.target_button.setObjectName("wordTargetButton")
        self.target_button.setAccessibleName(translate("CountsStatus", "Word target"))
        self.target_button.setAutoRaise(True)
        self.target_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.progress = QProgressBar()
        self.progress.setObjectName("wordTargetProgress")
        self.progress.setAccessibleName(translate("CountsStatus", "Progress towards the word target"))
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(72, 8)
        self.popup = WordTargetPopup(parent)
        self._counts: ArticleCounts | None = None
        self.target_button.clicked.connect(self.open_popup)
        self.popup.chosen.connect(self._on_popup_chosen)
        self.clear()

    def widgets(self) -> list[QWidget]:
        """What goes in the status bar after the count label, in order."""
        return [self.progress, self.target_button]

    def show_counts(self, counts: ArticleCounts) -> None:
        self._counts = counts
        self.label.setText(counts_text(counts))
        self.label.setToolTip(counts_tooltip(counts))
        words, target = counts.body.words, counts.word_target
        self.target_button.setVisible(True)
        self.target_button.setToolTip(target_tooltip(words, target))
        if not target:
            self.target_button.setText(translate("CountsStatus", "Word target…"))
            self.target_button.setStyleSheet("")
            self.progress.setVisible(False)
            return
        self.target_button.setText(
            translate("CountsStatus", "{words} / {target} words").format(
                words=format_number(words), target=format_number(target)
            )
        )
        state = target_state(words, target)
        colour = {"over": OVER_COLOUR, "reached": REACHED_COLOUR}.get(state, "")
        self.target_button.setStyleSheet(f"color: {colour}; font-weight: bold;" if state == "over" else "")
        self.progress.setRange(0, target)
        self.progress.setValue(min(words, target))
        chunk = f"QProgressBar::chunk {{ background: {colour}; }}" if colour else ""
        self.progress.setStyleSheet(chunk)
        self.progress.setVisible(True)

    def clear(self) -> None:
        """No article open: nothing to count."""
        self._counts = None
        self.label.clear()
        self.label.setToolTip("")
        self.target_button.setVisible(False)
        self.progress.setVisible(False)
        self.popup.hide()

    def open_popup(self) -> None:
        if self._counts is None:
            return
        anchor = self.target_button if self.target_button.isVisible() else self.label
        self.popup.open_at(anchor, self._counts.word_target)

    def _on_popup_chosen(self, words: int) -> None:
        # The focus stays on the target, as on a picker after a choice: Ctrl+Z undoes it.
        self.target_button.setFocus(Qt.FocusReason.PopupFocusReason)
        self.target_chosen.emit(words)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.label
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self.open_popup()
            return True
        return super().eventFilter(watched, event)
