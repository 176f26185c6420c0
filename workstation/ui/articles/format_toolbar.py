"""The small toolbar above the body: the formatting commands as short labels (B, I, H2, …)
whose tooltips name the command and its shortcut."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from workstation.domain.i18n import translate
from workstation.ui.common.action_text import plain_text, shortcut_text


class FormatToolBar(QToolBar):
    """Buttons for the actions (None: a separator). A button shows its action's iconText
    ("B", "H2") and its toolTip (QToolButton copies both from the action whenever the action
    changes); it is named for screen readers after the action and takes no focus: the body
    keeps it, and the command acts on the body's selection."""

    def __init__(self, actions: Sequence[QAction | None], parent: QWidget | None = None) -> None:
        super().__init__(translate("FormatToolBar", "Formatting"), parent)
        self.setObjectName("formatToolbar")
        self.setAccessibleName(translate("FormatToolBar", "Formatting"))
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in actions:
            if action is None:
                self.addSeparator()
                continue
            self.addAction(action)
            button = self.widgetForAction(action)
            assert isinstance(button, QToolButton)
            button.setObjectName(f"{action.objectName().removesuffix('Action')}Button")
            button.setAccessibleName(plain_text(action.text()))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # The button's own font (not the action's: the menus keep theirs): B bold, I italic.
            font = button.font()
            font.setBold(action.iconText() == "B")
            font.setItalic(action.iconText() == "I")
            button.setFont(font)


def describe(action: QAction, label: str) -> None:
    """The toolbar's short label for an action, and a tooltip that names it and its keys."""
    action.setIconText(label)
    name = plain_text(action.text())
    keys = shortcut_text(action)
    action.setToolTip(f"{name} ({keys})" if keys else name)
