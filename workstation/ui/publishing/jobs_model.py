"""The outbox's jobs as a table: article, destination, action, state, step (with upload
progress), time. Rows update in place as the worker reports; the full list comes from a snapshot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.outbox_words import job_state_label, job_step_text
from workstation.domain.publication_state import clock_time
from workstation.domain.publishing import JobAction, JobState, OutboxJob
from workstation.domain.timefmt import relative_time
from workstation.ui.common.table_model import AnyIndex, ColumnTable

ARTICLE, DESTINATION, ACTION, STATE, STEP, TIME = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Article"),
    QT_TRANSLATE_NOOP("Columns", "Site"),
    QT_TRANSLATE_NOOP("Columns", "Action"),
    QT_TRANSLATE_NOOP("Columns", "State"),
    QT_TRANSLATE_NOOP("Columns", "Step"),
    QT_TRANSLATE_NOOP("Columns", "Updated"),
)
JOB_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # 0..1 while uploading, else None

ACTION_LABELS = {
    JobAction.PUBLISH: QT_TRANSLATE_NOOP("OutboxJobModel", "Publish"),
    JobAction.UNPUBLISH: QT_TRANSLATE_NOOP("OutboxJobModel", "Unpublish"),
    JobAction.TRASH: QT_TRANSLATE_NOOP("OutboxJobModel", "Move to trash"),
}
_STATE_COLORS = {
    JobState.FAILED: "#b3261e",
    JobState.CONFLICT: "#b3261e",
    JobState.NEEDS_CREDENTIALS: "#b3261e",
    JobState.RETRYING: "#8a5a00",
    JobState.DONE: "#1e7b34",
    JobState.CANCELLED: "#6b6b6b",
}
ATTENTION = frozenset({JobState.FAILED, JobState.CONFLICT, JobState.NEEDS_CREDENTIALS})
_RESOLVED_COLOR = "#1e7b34"  # a conflict the editor settled: as good as sent


def state_color(job: OutboxJob) -> str | None:
    """The colour of a job's state (None: the text's): red when it needs the editor, green
    when sent or resolved."""
    if job.resolution is not None and job.state is JobState.CANCELLED:
        return _RESOLVED_COLOR
    return _STATE_COLORS.get(job.state)


def needs_attention(job: OutboxJob) -> bool:
    """Counted in the tab's badge: still going, or waiting for the editor."""
    return job.state.is_open or job.state in ATTENTION


class OutboxJobModel(ColumnTable, QAbstractTableModel):
    column_headers = HEADERS

    def __init__(self, parent: QObject | None = None, *, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[OutboxJob] = []
        self._now = now

    # -- content -----------------------------------------------------------------------------

    def set_jobs(self, jobs: list[OutboxJob]) -> None:
        self.beginResetModel()
        self._jobs = list(jobs)
        self.endResetModel()

    def update_job(self, job: OutboxJob) -> None:
        """A job as the worker reports it: its row changes in place (a new job goes on top)."""
        row = self.row_of(job.id)
        if row < 0:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._jobs.insert(0, job)
            self.endInsertRows()
            return
        old = self._jobs[row]
        # Progress from the listener carries no headline when the row already has one.
        self._jobs[row] = job
        if old != job:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def row_of(self, job_id: int) -> int:
        return next((row for row, job in enumerate(self._jobs) if job.id == job_id), -1)

    def job(self, row: int) -> OutboxJob:
        return self._jobs[row]

    def jobs(self) -> list[OutboxJob]:
        return list(self._jobs)

    def attention_count(self) -> int:
        return sum(1 for job in self._jobs if needs_attention(job))

    # -- Qt ----------------------------------------------------------------------------------

    def _row_count(self) -> int:
        return len(self._jobs)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._jobs):
            return None
        job = self._jobs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(job, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(job, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            color = state_color(job)
            return QColor(color) if color else None
        if role == JOB_ROLE:
            return job
        if role == PROGRESS_ROLE and column == STEP:
            return job.progress if job.state is JobState.SENDING else None
        return None

    def _text(self, job: OutboxJob, column: int) -> str:
        if column == ARTICLE:
            return job.headline or translate("OutboxJobModel", "Article {id}").format(id=job.article_id)
        if column == DESTINATION:
            return job.destination_name or translate("OutboxJobModel", "Site {id}").format(
                id=job.destination_id
            )
        if column == ACTION:
            return translate("OutboxJobModel", ACTION_LABELS.get(job.action, job.action.value))
        if column == STATE:
            if job.action is JobAction.PUBLISH:
                return job_state_label(job)
            return f"{ACTION_LABELS.get(job.action, job.action.value)}: {job_state_label(job)}"
        if column == STEP:
            return job_step_text(job, self._now() if self._now else None)
        if column == TIME:
            return clock_time(job.updated_at, self._now() if self._now else None)
        return ""

    def _tooltip(self, job: OutboxJob, column: int) -> str:
        """The cell's whole text first (a narrow panel may wrap or elide it), then the job."""
        now = self._now() if self._now else None
        lines = [self._text(job, column)] if column in (ARTICLE, STEP) else []
        lines.append(f"{job.headline or 'Article ' + str(job.article_id)} → {job.destination_name}")
        lines.append(f"{ACTION_LABELS.get(job.action, job.action.value)}: {job_state_label(job)}")
        if job.step and job.step not in lines:
            lines.append(job.step)
        if job.progress is not None and job.state is JobState.SENDING:
            lines.append(
                translate("OutboxJobModel", "{size} of {size2} sent").format(
                    size=_size(job.bytes_sent), size2=_size(job.bytes_total)
                )
            )
        if job.last_error:
            lines.append(
                translate("OutboxJobModel", "Last error: {last_error}").format(last_error=job.last_error)
            )
        if job.next_attempt_at is not None and job.state is JobState.RETRYING:
            lines.append(
                translate("OutboxJobModel", "Next try: {relative_time}").format(
                    relative_time=relative_time(job.next_attempt_at, now)
                )
            )
        when = relative_time(job.updated_at, now)
        lines.append(translate("OutboxJobModel", "Updated {when}").format(when=when))
        return "\n".join(dict.fromkeys(lines))


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MB"
    if count >= 1024:
        return f"{count / 1024:.0f} KB"
    return f"{count} bytes"


def format_size(count: int) -> str:
    return _size(count)
