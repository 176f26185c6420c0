"""The Outbox tab: every publishing job with its state, step, upload progress and last error;
Retry, Cancel, Resolve conflict… and Open in browser for the selected job."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QUrl,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QTableView,
    QTextBrowser,
    QWidget,
)

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.outbox_words import job_state_label, outbox_summary
from workstation.domain.publication_state import clock_time
from workstation.domain.publishing import JobState, OutboxJob
from workstation.domain.timefmt import relative_time
from workstation.ui.common import side_panel
from workstation.ui.common.factory import push_button
from workstation.ui.publishing.job_card import JobCardDelegate
from workstation.ui.publishing.jobs_model import (
    ACTION,
    ACTION_LABELS,
    ARTICLE,
    DESTINATION,
    STATE,
    STEP,
    TIME,
    OutboxJobModel,
    format_size,
)

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "OutboxPanel",
    "No jobs in the outbox.\n\nPublish an article (Publish › Publish…) and it is sent from here.",
)
DETAILS_ANCHOR = "#details"  # the job details' "Details" link: the last error's technical side
PAGE_EMPTY, PAGE_JOBS = range(2)


class OutboxPanel(QWidget):
    """Signals carry the selected job: retry_requested, cancel_requested, resolve_requested,
    open_requested (a done job's post in the browser)."""

    retry_requested = Signal(object)
    cancel_requested = Signal(object)
    resolve_requested = Signal(object)
    open_requested = Signal(object)
    count_changed = Signal(int)  # jobs still going or waiting for the editor

    def __init__(self, parent: QWidget | None = None, *, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxPanel")
        self.setAccessibleName(translate("OutboxPanel", "Outbox"))
        self._now = now
        self._detail_shown = False  # the selected job's technical detail is unfolded
        self.model = OutboxJobModel(self, now=now)
        self._build()
        self.model.modelReset.connect(self._on_model_changed)
        self.model.rowsInserted.connect(self._on_model_changed)
        self.model.dataChanged.connect(self._on_model_data_changed)
        self._on_model_changed()

    def _build(self) -> None:
        self.empty_label = side_panel.empty_label(translate("OutboxPanel", EMPTY_TEXT), "outboxEmptyLabel")

        title = side_panel.title_label(translate("OutboxPanel", "Outbox"), "outboxTitle")
        self.status_label = side_panel.status_label("outboxStatusLabel")

        self.view = QTableView()
        self.view.setObjectName("outboxView")
        self.view.setAccessibleName(translate("OutboxPanel", "Outbox jobs"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # A quarter of a laptop's width holds no table of six columns: each job is one card
        # (headline, time, state and step, wrapped rather than cut short); the other columns
        # stay in the model for its tooltips, tests and the command line's words.
        self.cards = JobCardDelegate(self.view, now=self._now)
        self.view.setItemDelegateForColumn(ARTICLE, self.cards)
        for column in (DESTINATION, ACTION, STATE, STEP, TIME):
            self.view.setColumnHidden(column, True)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setObjectName("outboxRowHeader")
        rows.setAccessibleName(translate("OutboxPanel", "Job rows"))
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns = self.view.horizontalHeader()
        columns.setObjectName("outboxViewHeader")
        columns.setAccessibleName(translate("OutboxPanel", "Job columns"))
        columns.hide()
        columns.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)

        self.details = QTextBrowser()
        self.details.setObjectName("outboxDetails")
        self.details.setAccessibleName(translate("OutboxPanel", "Job details"))
        self.details.setOpenLinks(False)
        self.details.setOpenExternalLinks(False)
        self.details.document().setDocumentMargin(8)
        self.details.anchorClicked.connect(self._on_details_anchor_clicked)

        self.splitter = side_panel.splitter("outboxSplitter", self.view, self.details, (3, 1))

        make_button = partial(push_button, min_height=28)
        self.retry_button = make_button(
            translate("OutboxPanel", "Retry"),
            "retryJobButton",
            translate("OutboxPanel", "Send the selected job again now"),
        )
        self.cancel_button = make_button(
            translate("OutboxPanel", "Cancel"),
            "cancelJobButton",
            translate("OutboxPanel", "Stop and drop the selected job"),
        )
        self.resolve_button = make_button(
            translate("OutboxPanel", "Resolve conflict…"),
            "resolveConflictButton",
            translate("OutboxPanel", "Compare the site's version with yours and choose"),
        )
        self.open_button = make_button(
            translate("OutboxPanel", "Open in browser"),
            "openJobLinkButton",
            translate("OutboxPanel", "Open the post on the site"),
        )
        self.retry_button.clicked.connect(lambda: self._emit_selected(self.retry_requested))
        self.cancel_button.clicked.connect(lambda: self._emit_selected(self.cancel_requested))
        self.resolve_button.clicked.connect(lambda: self._emit_selected(self.resolve_requested))
        self.open_button.clicked.connect(lambda: self._emit_selected(self.open_requested))
        # Two by two: the side panel may be a quarter of a laptop's width.
        buttons = QGridLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.retry_button, 0, 0)
        buttons.addWidget(self.cancel_button, 0, 1)
        buttons.addWidget(self.resolve_button, 1, 0)
        buttons.addWidget(self.open_button, 1, 1)

        header = side_panel.header(title, self.status_label)
        self.pages = side_panel.pages(
            self, self.empty_label, header, self.splitter, buttons, grow=self.splitter
        )

    # -- public ------------------------------------------------------------------------------

    def set_jobs(self, jobs: list[OutboxJob]) -> None:
        selected = self.selected_job()
        self.model.set_jobs(jobs)
        if selected is not None:
            self.select_job(selected.id)

    def detail_shown(self) -> bool:
        return self._detail_shown

    def update_job(self, job: OutboxJob) -> None:
        self.model.update_job(job)

    def selected_job(self) -> OutboxJob | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.job(rows[0].row()) if rows else None

    def select_job(self, job_id: int) -> bool:
        row = self.model.row_of(job_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        return True

    # -- reacting ----------------------------------------------------------------------------

    def _emit_selected(self, signal: SignalInstance) -> None:
        job = self.selected_job()
        if job is not None:
            signal.emit(job)

    def _on_model_changed(self, *_args: object) -> None:
        count = self.model.rowCount()
        # One site (most newsrooms): its name on every card says nothing; the details name it.
        self.cards.show_sites = len({job.destination_id for job in self.model.jobs()}) > 1
        self.pages.setCurrentIndex(PAGE_JOBS if count else PAGE_EMPTY)
        self._update_status()
        self._update_selection_view()

    def _on_model_data_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex, *_a: object) -> None:
        self._update_status()
        selected = self.selected_job()
        if selected is not None and self.model.row_of(selected.id) == top_left.row():
            self._update_selection_view()

    def _update_status(self) -> None:
        self.status_label.setText(outbox_summary(self.model.jobs()))
        self.count_changed.emit(self.model.attention_count())

    def _on_view_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._detail_shown = False
        self._update_selection_view()

    def _on_details_anchor_clicked(self, url: QUrl) -> None:
        if url.toString() == DETAILS_ANCHOR:
            self._detail_shown = not self._detail_shown
            self._update_selection_view()
        else:
            self._emit_selected(self.open_requested)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        job = self.model.job(index.row())
        if job.state is JobState.CONFLICT:
            self.resolve_requested.emit(job)
        elif job.state is JobState.DONE:
            self.open_requested.emit(job)

    def _update_selection_view(self) -> None:
        job = self.selected_job()
        state = job.state if job is not None else None
        self.retry_button.setEnabled(
            state in (JobState.QUEUED, JobState.RETRYING, JobState.FAILED, JobState.NEEDS_CREDENTIALS)
        )
        self.cancel_button.setEnabled(state is not None and state not in (JobState.DONE, JobState.CANCELLED))
        self.resolve_button.setEnabled(state is JobState.CONFLICT)
        self.open_button.setEnabled(state is JobState.DONE)
        self.details.setHtml(self._details_html(job) if job is not None else _hint())

    def _details_html(self, job: OutboxJob) -> str:
        now = self._now() if self._now else None
        e = html.escape
        rows = [
            f"{e(ACTION_LABELS.get(job.action, job.action.value))} "
            f"<b>{e(job.headline or f'Article {job.article_id}')}</b> → {e(job.destination_name)}",
            translate(
                "OutboxPanel", "<span style='color:{color}; font-weight:600;'>{e}</span> · queued {e2}"
            ).format(color=_color(job), e=e(job_state_label(job)), e2=e(relative_time(job.created_at, now)))
            + (
                translate("OutboxPanel", " · {attempts} attempt{value}").format(
                    attempts=job.attempts, value="s" if job.attempts != 1 else ""
                )
                if job.attempts
                else ""
            ),
        ]
        if job.step and job.state is not JobState.RETRYING:  # a retry says when, below
            step = e(job.step)
            if job.state is JobState.DONE and "http" in job.step:
                before, _, link = job.step.partition("http")
                step = f"{e(before)}<a href='http{e(link)}'>http{e(link)}</a>"
            rows.append(step)
        if job.state is JobState.SENDING and job.progress is not None:
            rows.append(
                translate("OutboxPanel", "{format_size} of {format_size2} sent ({progress:.0%})").format(
                    format_size=format_size(job.bytes_sent),
                    format_size2=format_size(job.bytes_total),
                    progress=job.progress,
                )
            )
        if job.last_error:
            rows.append(f"<span style='color:#b3261e;'>{e(job.last_error)}</span>")
        if job.state is JobState.RETRYING and job.next_attempt_at is not None:
            rows.append(
                translate("OutboxPanel", "Retrying at {e}, or press Retry.").format(
                    e=e(clock_time(job.next_attempt_at, now))
                )
            )
        hints = {
            JobState.CONFLICT: translate(
                "OutboxPanel", "Someone changed the post on the site. Press Resolve conflict… to compare."
            ),
            JobState.NEEDS_CREDENTIALS: translate(
                "OutboxPanel", "Enter the site's application password again, then Retry."
            ),
        }
        if job.state in hints:
            rows.append(f"<i>{e(hints[job.state])}</i>")
        if job.error_detail:
            label = translate("OutboxPanel", "Hide details") if self._detail_shown else "Details"
            rows.append(f"<a href='{DETAILS_ANCHOR}'>{label}</a>")
            if self._detail_shown:
                rows.append(
                    f"<span style='color:#555555; font-family:monospace;'>{e(job.error_detail)}</span>"
                )
        return "<br>".join(rows)


def _color(job: OutboxJob) -> str:
    if job.state in (JobState.FAILED, JobState.CONFLICT, JobState.NEEDS_CREDENTIALS):
        return "#b3261e"
    if job.state is JobState.DONE or (job.state is JobState.CANCELLED and job.resolution is not None):
        return "#1e7b34"
    return "#444444"


def _hint() -> str:
    return translate("OutboxPanel", "<p style='color:#666666;'><i>Select a job to see its details.</i></p>")
