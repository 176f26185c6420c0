"""Publish › Pull from site…: import the site's posts (and its sections and tags) so published
work can be revised offline. Runs on a worker with progress text; ends with a summary."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.i18n import translate
from workstation.domain.publishing import Destination
from workstation.services.publishing.destinations import DestinationService
from workstation.services.publishing.pull import PullReport, PullService
from workstation.services.publishing.pull_summary import pull_summary
from workstation.ui.common.tasks import Runner, on_gui_thread
from workstation.ui.publishing.common import MessageLine, busy_bar


def summarize(report: PullReport) -> str:
    return pull_summary(report)


class PullDialog(QDialog):
    """Emits `pulled(PullReport)` when a pull finished (the window refreshes its list)."""

    pulled = Signal(object)

    def __init__(
        self,
        destinations: DestinationService,
        pulls: PullService,
        tasks: Runner,
        parent: QWidget | None = None,
        *,
        on_pulled: Callable[[PullReport], None] | None = None,
    ) -> None:
        """on_pulled: told of the report even if the dialog was closed while the pull ran (the
        window must refresh the list and the open article whatever became of the dialog)."""
        super().__init__(parent)
        self._on_pulled_callback = on_pulled
        self.setObjectName("pullDialog")
        self.setAccessibleName(translate("PullDialog", "Pull from site"))
        self.setWindowTitle(translate("PullDialog", "Pull from site"))
        self._destinations = destinations
        self._pulls = pulls
        self._tasks = tasks
        self._busy = False
        self._closed = False
        # Progress text from the pull's thread, shown on the GUI thread (and dropped once the
        # dialog is deleted; the relay behind it outlives a dialog closed mid-pull).
        self._report_progress = on_gui_thread(self._on_progress, owner=self)

        intro = QLabel(
            translate(
                "PullDialog",
                "Bring the site's posts into this workstation, with their sections, tags and featured "
                "photos. Only posts changed since the last pull are read; articles you edited here are "
                "never overwritten.",
            )
        )
        intro.setObjectName("pullIntro")
        intro.setWordWrap(True)
        self.destination_combo = QComboBox()
        self.destination_combo.setObjectName("pullDestinationCombo")
        self.destination_combo.setAccessibleName(translate("PullDialog", "Destination"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("PullDialog", "&From:"), self.destination_combo)
        self.busy = busy_bar("pullBusy")
        self.progress = MessageLine("pullProgressLabel")
        self.summary = MessageLine("pullSummary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("pullButtons")
        self.pull_button = self.buttons.addButton(
            translate("PullDialog", "Pull"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pull_button.setObjectName("startPullButton")
        self.pull_button.setAccessibleName(translate("PullDialog", "Pull"))
        self.pull_button.setDefault(True)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closePullButton")
        close.setAccessibleName(translate("PullDialog", "Close"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(520, 260)
        self._set_busy(True)
        self._tasks.run(destinations.list, self._on_listed, self._on_failed)

    def _on_listed(self, items: list[Destination]) -> None:
        if self._closed:
            return
        self._set_busy(False)
        for destination in items:
            self.destination_combo.addItem(destination.name, destination.id)
            self.destination_combo.setItemData(
                self.destination_combo.count() - 1, destination.url, Qt.ItemDataRole.ToolTipRole
            )
        if not items:
            self.progress.error(
                translate("PullDialog", "No destinations yet — add your site under Publish › Destinations….")
            )
        self._set_busy(False)
        self.adjustSize()

    def start(self) -> None:
        destination_id = self.destination_combo.currentData()
        if self._busy or destination_id is None:
            return
        pulls, progress, callback = self._pulls, self._report_progress, self._on_pulled_callback
        self.summary.clear_message()
        self.progress.note(translate("PullDialog", "Connecting…"))
        self._set_busy(True)

        def pulled(report: PullReport) -> None:
            if callback is not None:
                callback(report)
            if not self._closed:
                self._on_pulled(report)

        self._tasks.run(
            lambda: pulls.pull(int(destination_id), progress),
            pulled,
            self._on_failed,
        )

    @Slot(str)
    def _on_progress(self, text: str) -> None:
        if not self._closed and self._busy:
            self.progress.note(text + "…")

    def _on_pulled(self, report: PullReport) -> None:
        self._set_busy(False)
        self.progress.ok(translate("PullDialog", "Done."))
        self.summary.note(summarize(report))
        self.pull_button.setText(translate("PullDialog", "Pull again"))
        self.adjustSize()
        self.pulled.emit(report)

    def _on_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self._set_busy(False)
        self.progress.problem(error, self.destination_combo.currentText())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.pull_button.setEnabled(not busy and self.destination_combo.count() > 0)
        self.destination_combo.setEnabled(not busy)

    @property
    def busy_now(self) -> bool:
        return self._busy

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)
