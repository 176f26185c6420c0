"""Every string a window shows a user: widget texts, titles, tooltips, placeholders, accessible
names, menu and action texts, tab titles, header labels and combo items. The translation tests
walk a window in English and in Swedish with these and compare."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)


def visible_texts(root: QWidget) -> list[str]:
    """The interface's own strings under root (not what the user typed: the text of line edits
    and text editors is left out, their placeholders are in)."""
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (its catalogue translates them)
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.statusTip()]
        texts += _own_texts(widget)
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.iconText(), action.statusTip()]
    return [_plain(text) for text in texts if text and text.strip()]


def _own_texts(widget: QWidget) -> list[str]:
    texts: list[str] = []
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QMenu):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            texts += [widget.tabText(index), widget.tabToolTip(index)]
    if isinstance(widget, QComboBox) and not widget.isEditable():
        texts += [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # Qt's list widgets' private models: no header
            columns = 0
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(column, Qt.Orientation.Horizontal, role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def _plain(text: str) -> str:
    """Without the mnemonic '&' and the shortcut after a tab."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
