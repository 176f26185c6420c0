"""App-wide change signals, emitted after a service call succeeds; wired in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    # Article ids whose stored content changed (created, edited, trashed, restored).
    articles_changed = Signal(list)
    # The section tree or the tag list changed.
    taxonomy_changed = Signal()
