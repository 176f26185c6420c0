"""The conflict dialog's choice per field: the site's value or this copy's, for each field the site
holds differently; and the fields kept from this copy whatever is chosen (the site does not hold
them), said in one line."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.conflict import (
    ConflictComparison,
    ConflictField,
    ConflictFieldState,
    ConflictResolution,
)
from workstation.domain.i18n import translate

_PER_ROW = 2  # fields side by side: eight fields fit in four rows on a laptop screen


def _where(state: ConflictFieldState) -> str:
    if state.changed_on_site and state.changed_here:
        return translate("ConflictChoices", "changed on both")
    if state.changed_on_site:
        return translate("ConflictChoices", "changed on the site")
    if state.changed_here:
        return translate("ConflictChoices", "changed here")
    return "differs"


def kept_sentence(comparison: ConflictComparison) -> str:
    """ "Kept from this copy: byline, source note (none on the site)." or ""."""
    kept = [comparison.state(field) for field in comparison.kept_from_copy]
    if not kept:
        return ""
    parts = []
    for reason in dict.fromkeys(state.why_not_held for state in kept):
        names = ", ".join(state.label.lower() for state in kept if state.why_not_held == reason)
        parts.append(f"{names} ({reason})" if reason else names)
    return translate("ConflictChoices", "Kept from this copy whatever you choose: ") + "; ".join(parts) + "."


class ConflictChoicesBox(QGroupBox):
    """Emits `changed()` when a choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ConflictChoicesBox", "Choose per field"), parent)
        self.setObjectName("conflictChoices")
        self.setAccessibleName(translate("ConflictChoicesBox", "Choose per field"))
        self._groups: dict[ConflictField, tuple[QRadioButton, QRadioButton]] = {}
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(4)
        self.none_label = QLabel(
            translate("ConflictChoicesBox", "The site holds every field as this copy has it.")
        )
        self.none_label.setObjectName("conflictNoChoices")
        self.none_label.setStyleSheet("color:#666666;")
        self.kept_label = QLabel()
        self.kept_label.setObjectName("conflictKeptLabel")
        self.kept_label.setWordWrap(True)
        self.kept_label.setStyleSheet("color:#6b5500;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(self._grid)
        layout.addWidget(self.none_label)
        layout.addWidget(self.kept_label)
        self.none_label.hide()
        self.kept_label.hide()

    def show_comparison(self, comparison: ConflictComparison) -> None:
        defaults = comparison.take_theirs()
        for index, field in enumerate(comparison.choosable):
            state = comparison.state(field)
            row, column = divmod(index, _PER_ROW)
            column *= 4
            label = QLabel(translate("ConflictChoicesBox", "<b>{label}</b>").format(label=state.label))
            theirs = QRadioButton(translate("ConflictChoicesBox", "The site's"))
            mine = QRadioButton(translate("ConflictChoicesBox", "Mine"))
            for button, side, spoken in (
                (theirs, "theirs", translate("ConflictChoicesBox", "the site's")),
                (mine, "mine", "mine"),
            ):
                button.setObjectName(f"conflictChoice_{field.value}_{side}")
                button.setAccessibleName(f"{state.label}: {spoken}")
            group = QButtonGroup(self)
            group.addButton(theirs)
            group.addButton(mine)
            (theirs if defaults.takes(field) else mine).setChecked(True)
            group.buttonToggled.connect(self._on_group_button_toggled)
            where = QLabel(_where(state))
            where.setStyleSheet("color:#666666;")
            self._grid.addWidget(label, row, column)
            self._grid.addWidget(theirs, row, column + 1)
            self._grid.addWidget(mine, row, column + 2)
            self._grid.addWidget(where, row, column + 3)
            self._groups[field] = (theirs, mine)
        if len(comparison.choosable) > 1:
            self._grid.setColumnMinimumWidth(3, 150)  # the hint, before the second field
        self.none_label.setVisible(not comparison.choosable)
        sentence = kept_sentence(comparison)
        self.kept_label.setText(sentence)
        self.kept_label.setVisible(bool(sentence))

    def _on_group_button_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:  # the other button's unchecking says nothing more
            self.changed.emit()

    def fields(self) -> tuple[ConflictField, ...]:
        return tuple(self._groups)

    def set_choice(self, field: ConflictField, theirs: bool) -> None:
        site, mine = self._groups[field]
        (site if theirs else mine).setChecked(True)

    def resolution(self) -> ConflictResolution:
        return ConflictResolution(
            frozenset(f for f, (site, _mine) in self._groups.items() if site.isChecked())
        )
