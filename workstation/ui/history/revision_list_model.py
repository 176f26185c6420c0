"""RevisionListModel: an article's revisions, newest first, with when, why and how much changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt

from workstation.domain.article import ArticleContent
from workstation.domain.diff import diff_content
from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.revision import Revision, RevisionReason
from workstation.domain.timefmt import relative_time
from workstation.services.rendering.diff_html import format_change_size
from workstation.ui.common.table_model import AnyIndex, ColumnTable

REVISION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Saved"),
    QT_TRANSLATE_NOOP("Columns", "Change"),
    QT_TRANSLATE_NOOP("Columns", "Size"),
)
SAVED, REASON, SIZE = range(len(COLUMNS))

REASON_LABELS = {
    RevisionReason.CREATED: "Created",
    RevisionReason.EDIT: "Edited",
    RevisionReason.CHECKPOINT: "Checkpoint",
    RevisionReason.RESTORE: "Restored",
    RevisionReason.IMPORT: "Imported",
    RevisionReason.PUBLISH: "Published",
    RevisionReason.SITE: "From the site",
    RevisionReason.REPLACE: "Replaced",
    RevisionReason.COMMAND_LINE: "Edited on the command line",
}


@dataclass(frozen=True, slots=True)
class RevisionChange:
    """A revision and what it changed against the revision before it (or an empty article)."""

    revision: Revision
    words_added: int
    words_removed: int
    changed_fields: tuple[str, ...]  # labels of the fields that changed, in page order

    @property
    def size_text(self) -> str:
        """'+12 −3 words'; for changes of section, status or language only, which fields changed."""
        if self.words_added or self.words_removed:
            return format_change_size(self.words_added, self.words_removed)
        if self.changed_fields:
            return f"{', '.join(self.changed_fields)} changed"
        return translate("RevisionChange", "No changes")


def summarize_revisions(revisions: Sequence[Revision]) -> list[RevisionChange]:
    """Each revision (newest first) against the one before it. Pure Python: runs off the GUI thread."""
    changes: list[RevisionChange] = []
    for index, revision in enumerate(revisions):
        previous = revisions[index + 1].content if index + 1 < len(revisions) else ArticleContent()
        result = diff_content(previous, revision.content)
        labels = tuple(field.label for field in result.changed_fields)
        changes.append(RevisionChange(revision, result.words_added, result.words_removed, labels))
    return changes


class RevisionListModel(ColumnTable, QAbstractTableModel):
    """Rows are set whole (loading happens elsewhere, off the GUI thread). The row whose content
    matches the current text is marked "(current)"."""

    column_headers = COLUMNS

    def __init__(self, parent: Any = None, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RevisionChange] = []
        self._current: ArticleContent | None = None
        self._current_row = -1
        self._now = now

    # -- content -----------------------------------------------------------------------------

    def set_changes(self, changes: Sequence[RevisionChange]) -> None:
        self.beginResetModel()
        self._rows = list(changes)
        self._find_current_row()
        self.endResetModel()

    def clear(self) -> None:
        self.set_changes([])

    def set_current(self, content: ArticleContent | None) -> None:
        """The text revisions are compared with; the matching row reads '(current)'."""
        if content == self._current:
            return
        self._current = content
        self._find_current_row()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def change(self, row: int) -> RevisionChange | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, revision_id: int) -> int:
        for row, change in enumerate(self._rows):
            if change.revision.id == revision_id:
                return row
        return -1

    def is_current(self, row: int) -> bool:
        """The newest revision that holds the current text (an older one that matches, e.g. the
        checkpoint a restore went back to, is not also marked)."""
        return row >= 0 and row == self._current_row

    def _find_current_row(self) -> None:
        current = self._current
        self._current_row = next(
            (
                r
                for r, change in enumerate(self._rows)
                if current is not None and change.revision.content == current
            ),
            -1,
        )

    # -- Qt model interface ------------------------------------------------------------------

    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(COLUMNS):
            return None
        change = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(change, column, self.is_current(index.row()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(change, self.is_current(index.row()))
        if role == REVISION_ID_ROLE:
            return change.revision.id
        return None

    def _display(self, change: RevisionChange, column: int, current: bool) -> str:
        if column == SAVED:
            return relative_time(change.revision.saved_at, self._now() if self._now else None, seconds=True)
        if column == REASON:
            return f"{self.label(change)} (current)" if current else self.label(change)
        return change.size_text

    @staticmethod
    def label(change: RevisionChange) -> str:
        """What made the revision: its note ('Replaced “a” with “b” (3)'), else its reason."""
        revision = change.revision
        return revision.note or REASON_LABELS.get(revision.reason, revision.reason.value.capitalize())

    def _tooltip(self, change: RevisionChange, current: bool) -> str:
        now = self._now() if self._now else None
        revision = change.revision
        text = f"{revision.note}\nSaved " if revision.note else "Saved "
        text += relative_time(revision.saved_at, now)
        if revision.created_at != revision.saved_at:
            text += translate("RevisionListModel", " (edits since {relative_time})").format(
                relative_time=relative_time(revision.created_at, now)
            )
        if change.changed_fields:
            text += translate("RevisionListModel", "\nChanged: {join}").format(
                join=", ".join(change.changed_fields)
            )
        if current:
            text += translate("RevisionListModel", "\nThis version matches the current text.")
        return text

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
