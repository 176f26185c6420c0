"""An action's words as a person reads them: its text without mnemonics, its shortcuts in the
platform's own notation (Ctrl+Shift+O, ⇧⌘O)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def plain_text(text: str) -> str:
    """A menu text without its & mnemonic (&& is an &) and trailing …: "&Link…" -> "Link"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def shortcut_text(action: QAction) -> str:
    """Every shortcut of the action, in native text: "Ctrl+Y or Ctrl+Shift+Z"."""
    return " or ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
