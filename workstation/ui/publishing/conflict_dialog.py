"""A conflict: the post changed on the site since it was last sent from here. The site's version
as the page reads it beside its differences from this copy (paragraph by paragraph, photos with
their captions: the History tab's view), a choice per field, and the ways on: keep mine (overwrite
the site), take theirs (a revision here), use the choices per field, or edit and retry. What the
site does not hold is shown as kept from this copy, and taking theirs keeps it. Nothing is ever
overwritten without this choice."""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.conflict import ConflictComparison, ConflictResolution
from workstation.domain.i18n import translate
from workstation.domain.publishing import OutboxJob
from workstation.domain.timefmt import relative_time
from workstation.services.publishing.conflicts import ConflictChoice, remote_version_from_json
from workstation.services.publishing.outbox import OutboxService
from workstation.services.rendering.page_diff_html import page_diff_to_html, version_to_html
from workstation.ui.common.diff_view import DiffView, PhotoSource
from workstation.ui.common.factory import push_button
from workstation.ui.common.tasks import Runner
from workstation.ui.publishing.common import MessageLine, busy_bar
from workstation.ui.publishing.conflict_choices import ConflictChoicesBox

FIELDS_CHOICE = "fields"  # what `resolved` says for a choice made field by field


class ConflictDialog(QDialog):
    """Emits `resolved(OutboxJob, str)` with the job as it is after the choice ("mine",
    "theirs", "edit", or FIELDS_CHOICE)."""

    resolved = Signal(object, str)

    def __init__(
        self,
        outbox: OutboxService,
        job: OutboxJob,
        tasks: Runner,
        parent: QWidget | None = None,
        *,
        on_resolved: Callable[[OutboxJob, str], None] | None = None,
        photo_source: PhotoSource | None = None,
    ) -> None:
        """on_resolved: told of the outcome even if the dialog was closed meanwhile (the window
        must reload the article after "take theirs" whatever became of the dialog).
        photo_source: the stored photos' bytes, for the thumbnails."""
        super().__init__(parent)
        self._on_resolved_callback = on_resolved
        self.setObjectName("conflictDialog")
        self.setAccessibleName(translate("ConflictDialog", "Conflict with the site"))
        self.setWindowTitle(translate("ConflictDialog", "The post changed on the site"))
        self._outbox = outbox
        self._job = job
        self._tasks = tasks
        self._busy = False
        self._closed = False
        self._diff_html = ""
        self.comparison: ConflictComparison | None = None
        self.remote = remote_version_from_json(job.conflict)
        self._build(photo_source)
        self.resize(1100, 700)
        self._load()

    def _build(self, photo_source: PhotoSource | None) -> None:
        when = ""
        if self.remote is not None and self.remote.modified_gmt is not None:
            when = f" ({relative_time(self.remote.modified_gmt)})"
        intro = QLabel(
            translate(
                "ConflictDialog",
                "<b>{escape}</b> was changed on <b>{escape2}</b>{escape3} since it was last sent from "
                "here. Nothing was written. Compare the versions and choose what to keep.",
            ).format(
                escape=html.escape(self._job.headline or "This article"),
                escape2=html.escape(self._job.destination_name),
                escape3=html.escape(when),
            )
        )
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)

        self.remote_view = DiffView(
            "conflictRemoteView", translate("ConflictDialog", "The site's version"), photo_source
        )
        self.diff_view = DiffView(
            "conflictDiffView",
            translate("ConflictDialog", "Differences between the site's version and yours"),
            photo_source,
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("conflictSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(
            self._titled(translate("ConflictDialog", "On the site now"), self.remote_view)
        )
        self.splitter.addWidget(
            self._titled(
                translate("ConflictDialog", "Your version, compared with the site's"), self.diff_view
            )
        )
        self.splitter.setSizes([440, 640])

        self.choices = ConflictChoicesBox()
        self.choices.changed.connect(self._on_choices_changed)

        make_button = partial(push_button, auto_default=False, min_height=30)
        self.mine_button = make_button(
            translate("ConflictDialog", "Keep mine (overwrite the site)"),
            "keepMineButton",
            translate("ConflictDialog", "Send your version; the changes made on the site are replaced."),
        )
        self.theirs_button = make_button(
            translate("ConflictDialog", "Take theirs (becomes a revision here)"),
            "takeTheirsButton",
            translate(
                "ConflictDialog",
                "What changed on the site replaces yours here as a new revision; yours stays in the "
                "History tab. Fields the site does not hold are kept.",
            ),
        )
        self.apply_button = make_button(
            translate("ConflictDialog", "Use these choices"),
            "useChoicesButton",
            translate(
                "ConflictDialog",
                "Take the site's value of the fields chosen above and keep yours of the others; "
                "the fields you keep are sent to the site.",
            ),
        )
        self.edit_button = make_button(
            translate("ConflictDialog", "Edit and retry"),
            "editAndRetryButton",
            translate("ConflictDialog", "Merge by hand in the editor, then press Retry in the Outbox."),
        )
        self.close_button = make_button(
            translate("ConflictDialog", "Decide later"),
            "closeConflictButton",
            translate("ConflictDialog", "Leave the job in conflict"),
        )
        self.mine_button.clicked.connect(lambda: self._resolve("mine"))
        self.theirs_button.clicked.connect(lambda: self._resolve("theirs"))
        self.apply_button.clicked.connect(lambda: self._resolve(self.choices.resolution()))
        self.edit_button.clicked.connect(lambda: self._resolve("edit"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.mine_button, self.theirs_button, self.apply_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.busy = busy_bar("conflictBusy")
        self.message = MessageLine("conflictMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.choices)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._set_enabled(False)

    @staticmethod
    def _titled(title: str, view: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        label = QLabel(title)
        label.setStyleSheet("font-weight: 600;")
        layout.addWidget(label)
        layout.addWidget(view, 1)
        return box

    # -- loading -----------------------------------------------------------------------------

    def _load(self) -> None:
        if self.remote is None:
            self.message.error(
                translate(
                    "ConflictDialog", "This job has no conflict to resolve (it was resolved elsewhere)."
                )
            )
            self._set_enabled(False)
            return
        outbox, job_id = self._outbox, self._job.id
        self._run(lambda: outbox.conflict(job_id), self._show)

    def _show(self, comparison: ConflictComparison) -> None:
        self.comparison = comparison
        kept = {
            field.value: translate("ConflictDialog", "kept from this copy: {why_not_held}").format(
                why_not_held=comparison.state(field).why_not_held
            )
            for field in comparison.kept_from_copy
        }
        self.remote_view.setHtml(version_to_html(comparison.site, kept))
        self.choices.show_comparison(comparison)
        self._set_enabled(not self._busy)
        self._render_diff()

    def _render_diff(self) -> None:
        comparison = self.comparison
        if comparison is None:
            return
        choice = self.choices.resolution()
        notes = {
            field.value: translate("ConflictDialog", "\u2192 taking the site's")
            if choice.takes(field)
            else translate("ConflictDialog", "\u2192 keeping yours")
            for field in comparison.choosable
        }
        self._diff_html = page_diff_to_html(
            comparison.diff,
            title=translate("ConflictDialog", "From the site's version to yours:"),
            legend=(
                translate("ConflictDialog", "only in yours"),
                translate("ConflictDialog", "only on the site"),
            ),
            no_changes="The texts are the same; only the post's date or status changed on the site.",
            notes=notes,
        )
        self.diff_view.setHtml(self._diff_html)

    def _on_choices_changed(self) -> None:
        self._render_diff()

    def diff_html(self) -> str:
        return self._diff_html

    # -- choosing ----------------------------------------------------------------------------

    def _resolve(self, choice: ConflictChoice | ConflictResolution) -> None:
        if self._busy:
            return
        outbox, job_id = self._outbox, self._job.id
        callback = self._on_resolved_callback
        said = choice if isinstance(choice, str) else FIELDS_CHOICE

        def resolve() -> OutboxJob:
            return outbox.resolve_conflict(job_id, choice)

        def resolved(job: OutboxJob) -> None:
            if callback is not None:
                callback(job, said)
            if not self._closed:
                self._on_resolved(job, said)

        self._run(resolve, resolved, always=True)

    def _on_resolved(self, job: OutboxJob, choice: str) -> None:
        self.resolved.emit(job, choice)
        self.accept()

    def _run(self, work: Any, done: Any, *, always: bool = False) -> None:
        """done(value) on success; when `always`, also after the dialog was closed (done must
        then not touch the dialog's widgets)."""
        self._set_busy(True)

        def succeeded(value: Any) -> None:
            if not self._closed:
                self._set_busy(False)
            if always or not self._closed:
                done(value)

        def failed(error: BaseException) -> None:
            if not self._closed:
                self._set_busy(False)
                self.message.problem(error, self._job.destination_name)

        self._tasks.run(work, succeeded, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self._set_enabled(not busy)

    def _set_enabled(self, enabled: bool) -> None:
        ready = enabled and self.remote is not None and self.comparison is not None
        for button in (self.mine_button, self.theirs_button, self.edit_button):
            button.setEnabled(ready)
        self.apply_button.setEnabled(ready and bool(self.comparison and self.comparison.choosable))

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)
