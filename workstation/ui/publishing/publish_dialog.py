"""Publish › Publish…: where (a destination), how (draft, pending review, publish now, scheduled,
or keep the site's status for an update), and the publishing checks. Publishing only writes a
job to the outbox; the worker sends it.

A scheduled time is typed in local time and shown with the site's ("07:00 here (UTC) · 08:00 on
the site (Europe/Stockholm)"): the site's zone as stored with the destination, else asked of the
site in the background; unknown, only local time is said. The dialog grows with what it shows
(a wrapped headline, the post's facts, a message), never squeezing its choices together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import ValidationError
from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.publishing import (
    REQUESTABLE_STATUSES,
    Destination,
    OutboxJob,
    Publication,
    RemoteStatus,
)
from workstation.domain.site_time import schedule_in_words
from workstation.domain.timefmt import relative_time
from workstation.services.preflight import PreflightItem
from workstation.services.publishing.outbox import PreflightBlocked
from workstation.services.workspace import Workspace
from workstation.ui.common.preflight_list import PreflightListWidget
from workstation.ui.common.tasks import Runner
from workstation.ui.publishing.common import MessageLine, busy_bar

KEEP = "keep"
# How the dialog offers each status an editor may ask for: (label, object name).
_STATUS_RADIOS = {
    RemoteStatus.DRAFT: (QT_TRANSLATE_NOOP("PublishDialog", "Draft"), "draftRadio"),
    RemoteStatus.PENDING: (QT_TRANSLATE_NOOP("PublishDialog", "Pending review"), "pendingRadio"),
    RemoteStatus.PUBLISH: (QT_TRANSLATE_NOOP("PublishDialog", "Publish now"), "publishNowRadio"),
    RemoteStatus.FUTURE: (QT_TRANSLATE_NOOP("PublishDialog", "Schedule at"), "scheduleRadio"),
}
CHOICES: tuple[tuple[str, str, str], ...] = (
    # (key, label, object name)
    (KEEP, QT_TRANSLATE_NOOP("PublishDialog", "Keep the site's status"), "keepStatusRadio"),
    *((status.value, *_STATUS_RADIOS[status]) for status in REQUESTABLE_STATUSES),
)


@dataclass(frozen=True, slots=True)
class PublishContext:
    headline: str
    destinations: list[Destination]
    publications: list[Publication]  # the article's posts on the sites (they have a remote id)
    checks: list[PreflightItem]


def load_context(workspace: Workspace, article_id: int) -> PublishContext:
    """Runs on a worker: what the dialog shows (the store only, no network)."""
    article = workspace.articles.get(article_id)
    return PublishContext(
        headline=article.headline,
        destinations=workspace.destinations.list(),
        publications=[site.publication for site in workspace.outbox.site_publications(article_id)],
        checks=workspace.preflight.check(article_id, article.content),
    )


class PublishDialog(QDialog):
    """Signals: `queued(OutboxJob)` when the job is in the outbox (the dialog then closes);
    `field_activated(str)` when a check is clicked (the dialog closes, the window goes to the
    field); `destinations_requested()` from the empty state's button."""

    queued = Signal(object)
    field_activated = Signal(str)
    destinations_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        article_id: int,
        tasks: Runner,
        parent: QWidget | None = None,
        *,
        last_destination_id: int | None = None,
        site_tasks: Runner | None = None,
    ) -> None:
        """site_tasks: where the site may be asked its time zone (calls that may wait on a site);
        None: only the zone stored with the destination is used."""
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setAccessibleName(translate("PublishDialog", "Publish"))
        self.setWindowTitle(translate("PublishDialog", "Publish"))
        self._workspace = workspace
        self._article_id = article_id
        self._tasks = tasks
        self._last_destination_id = last_destination_id
        self._site_tasks = site_tasks
        self._zones: dict[int, str] = {}  # destination id -> its site's time zone ("" unknown)
        self._zone_asked: set[int] = set()
        self._fitting = False
        self._context: PublishContext | None = None
        self._busy = True
        self._closed = False
        self._build()
        self.setMinimumWidth(560)
        self._load()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(translate("PublishDialog", "Loading…"))
        self.title.setObjectName("publishHeadline")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)

        self.destination_combo = QComboBox()
        self.destination_combo.setObjectName("destinationCombo")
        self.destination_combo.setAccessibleName(translate("PublishDialog", "Destination"))
        self.destination_combo.currentIndexChanged.connect(self._on_destination_changed)
        self.where_label = QLabel()
        self.where_label.setObjectName("publishedWhereLabel")
        self.where_label.setWordWrap(True)
        self.where_label.setStyleSheet("color: palette(placeholder-text);")
        self.where_label.setTextFormat(Qt.TextFormat.PlainText)
        self.no_destinations = QWidget()
        self.no_destinations.setObjectName("noDestinationsBox")
        none_layout = QHBoxLayout(self.no_destinations)
        none_layout.setContentsMargins(0, 0, 0, 0)
        none_label = QLabel(translate("PublishDialog", "No destinations yet — add your site."))
        none_label.setObjectName("noDestinationsLabel")
        self.add_site_button = QPushButton(translate("PublishDialog", "Destinations…"))
        self.add_site_button.setObjectName("openDestinationsButton")
        self.add_site_button.setAccessibleName(translate("PublishDialog", "Destinations"))
        self.add_site_button.clicked.connect(self._on_add_site)
        none_layout.addWidget(none_label, 1)
        none_layout.addWidget(self.add_site_button)
        self.no_destinations.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("PublishDialog", "&Destination:"), self.destination_combo)
        form.addRow("", self.where_label)

        self.status_box = QGroupBox(translate("PublishDialog", "Status on the site"))
        self.status_box.setObjectName("publishStatusBox")
        # One choice a row; the date and time take the rest of the schedule's row, its zones
        # the row under it.
        status_layout = QGridLayout(self.status_box)
        status_layout.setHorizontalSpacing(8)
        status_layout.setVerticalSpacing(6)
        status_layout.setColumnStretch(1, 1)
        self.status_group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for row, (key, source, name) in enumerate(CHOICES):
            label = translate("PublishDialog", source)
            radio = QRadioButton(label)
            radio.setObjectName(name)
            radio.setAccessibleName(label)
            self.radios[key] = radio
            self.status_group.addButton(radio)
            radio.toggled.connect(self._update_state)
            if key == RemoteStatus.FUTURE.value:
                status_layout.addWidget(radio, row, 0)
                status_layout.addWidget(self._make_schedule_edit(), row, 1)
                status_layout.addWidget(self._make_zone_label(), row + 1, 1)
            else:
                status_layout.addWidget(radio, row, 0, 1, 2)
        self.radios[KEEP].setToolTip(
            translate(
                "PublishDialog", "Update the post's text; its status and date stay as they are on the site."
            )
        )

        self.checks = PreflightListWidget()
        self.checks.field_activated.connect(self._on_check_activated)

        self.busy = busy_bar("publishBusy")
        self.message = MessageLine("publishMessage")
        self.message.details_button.toggled.connect(lambda _shown: self._fit())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("publishButtons")
        self.publish_button = self.buttons.addButton(
            translate("PublishDialog", "Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.publish_button.setObjectName("publishButton")
        self.publish_button.setAccessibleName(translate("PublishDialog", "Publish"))
        self.publish_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelPublishButton")
        cancel.setAccessibleName(translate("PublishDialog", "Cancel"))
        self.buttons.accepted.connect(self._on_publish)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.no_destinations)
        layout.addWidget(self.status_box)
        layout.addWidget(self.checks)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _make_schedule_edit(self) -> QDateTimeEdit:
        self.schedule_edit = QDateTimeEdit()
        self.schedule_edit.setObjectName("scheduleEdit")
        self.schedule_edit.setAccessibleName(translate("PublishDialog", "Publish at (local time)"))
        self.schedule_edit.setCalendarPopup(True)
        self.schedule_edit.setDisplayFormat("d MMM yyyy  HH:mm")
        start = QDateTime.currentDateTime().addSecs(3600)
        start.setTime(start.time().addSecs(-start.time().minute() * 60 - start.time().second()))
        self.schedule_edit.setDateTime(start)
        self.schedule_edit.setMinimumDateTime(QDateTime.currentDateTime().addSecs(-60))
        self.schedule_edit.setToolTip(
            translate("PublishDialog", "Local time on this computer; sent to the site in UTC.")
        )
        self.schedule_edit.dateTimeChanged.connect(self._update_state)
        self.schedule_edit.dateTimeChanged.connect(self._show_zones)
        return self.schedule_edit

    def _make_zone_label(self) -> QLabel:
        self.zone_label = QLabel()
        self.zone_label.setObjectName("scheduleZoneLabel")
        self.zone_label.setAccessibleName(translate("PublishDialog", "Scheduled time here and on the site"))
        self.zone_label.setWordWrap(True)
        self.zone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zone_label.setStyleSheet("color: palette(placeholder-text);")
        return self.zone_label

    # -- the site's time zone ----------------------------------------------------------------

    def site_zone(self) -> str:
        """The chosen destination's time zone ("" when unknown)."""
        destination_id = self.destination_id()
        return self._zones.get(destination_id, "") if destination_id is not None else ""

    def zone_text(self) -> str:
        return self.zone_label.text()

    def _show_zones(self, *_args: object) -> None:
        here = bytes(QTimeZone.systemTimeZoneId().data()).decode().removeprefix("Etc/")  # "Etc/UTC": "UTC"
        self.zone_label.setText(schedule_in_words(self.scheduled_at(), self.site_zone(), here_name=here))

    def _learn_zone(self, destination_id: int) -> None:
        """Ask the site its zone once (in the background) when the destination has none stored."""
        if self._site_tasks is None or destination_id in self._zone_asked:
            return
        self._zone_asked.add(destination_id)
        destinations = self._workspace.destinations

        def learned(zone: str) -> None:
            if self._closed or not zone:
                return
            self._zones[destination_id] = zone
            self._show_zones()
            self._fit()

        self._site_tasks.run(lambda: destinations.learn_timezone(destination_id), learned, lambda _e: None)

    # -- size --------------------------------------------------------------------------------

    def _fit(self) -> None:
        """Tall enough for what it shows at its width: wrapped labels are not counted in a
        dialog's minimum size, so without this the choices would be squeezed together."""
        layout = self.layout()
        if layout is None or self._fitting:
            return
        self._fitting = True
        try:
            layout.activate()
            needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
            needed = max(needed, layout.totalMinimumSize().height())
            self.setMinimumHeight(needed)
            if self.height() < needed:
                self.resize(self.width(), needed)
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    # -- loading -----------------------------------------------------------------------------

    def _load(self) -> None:
        workspace, article_id = self._workspace, self._article_id
        self._set_busy(True)
        self._tasks.run(lambda: load_context(workspace, article_id), self._on_loaded, self._on_load_failed)

    def _on_loaded(self, context: PublishContext) -> None:
        if self._closed:
            return
        self._context = context
        self._set_busy(False)
        self.title.setText(context.headline or translate("PublishDialog", "(no headline)"))
        self.checks.set_items(context.checks)
        published = {p.destination_id: p for p in context.publications}
        self.destination_combo.blockSignals(True)
        self.destination_combo.clear()
        for destination in context.destinations:
            self._zones[destination.id] = destination.timezone
            text = destination.name
            publication = published.get(destination.id)
            if publication is not None:
                status = (
                    publication.remote_status.label
                    if publication.remote_status
                    else translate("PublishDialog", "on the site")
                )
                text += translate("PublishDialog", "  ({lower} there)").format(lower=status.lower())
            self.destination_combo.addItem(text, destination.id)
            index = self.destination_combo.count() - 1
            self.destination_combo.setItemData(index, destination.url, Qt.ItemDataRole.ToolTipRole)
        self.destination_combo.blockSignals(False)
        has_any = bool(context.destinations)
        self.no_destinations.setVisible(not has_any)
        self.destination_combo.setEnabled(has_any)
        preferred = next(iter(published), None)
        if preferred is None:
            preferred = self._last_destination_id
        index = self.destination_combo.findData(preferred) if preferred is not None else -1
        self.destination_combo.setCurrentIndex(max(index, 0) if has_any else -1)
        self._on_destination_changed()

    def _on_load_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self._set_busy(False)
        self.message.problem(error)
        self._update_state()
        self._fit()

    # -- state -------------------------------------------------------------------------------

    def destination_id(self) -> int | None:
        value = self.destination_combo.currentData()
        return int(value) if value is not None else None

    def publication(self) -> Publication | None:
        destination_id = self.destination_id()
        if self._context is None or destination_id is None:
            return None
        return next((p for p in self._context.publications if p.destination_id == destination_id), None)

    def choice(self) -> str:
        for key, radio in self.radios.items():
            if radio.isChecked():
                return key
        return KEEP

    def requested(self) -> tuple[RemoteStatus | None, datetime | None]:
        """The status and time to ask for (None: keep the site's status)."""
        key = self.choice()
        if key == KEEP:
            return None, None
        status = RemoteStatus(key)
        if status is RemoteStatus.FUTURE:
            return status, self.scheduled_at()
        return status, None

    def scheduled_at(self) -> datetime:
        """The schedule field's local time as an aware UTC datetime."""
        seconds = self.schedule_edit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, UTC)

    def set_scheduled_at(self, moment: datetime) -> None:
        self.schedule_edit.setMinimumDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()) - 3600))
        self.schedule_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))

    def _on_destination_changed(self, *_args: object) -> None:
        publication = self.publication()
        keep = self.radios[KEEP]
        keep.setVisible(publication is not None)
        if publication is not None:
            status = publication.remote_status.label if publication.remote_status else "unknown"
            keep.setText(
                translate("PublishDialog", "Keep the site's status ({status})").format(status=status)
            )
            keep.setChecked(True)
            when = [status]
            scheduled = publication.remote_status is RemoteStatus.FUTURE and publication.published_gmt
            if scheduled and publication.published_gmt is not None:
                when.append(f"for {relative_time(publication.published_gmt)}")
                self.set_scheduled_at(publication.published_gmt)  # rescheduling starts from it
            elif publication.published_gmt is not None:
                when.append(f"dated {relative_time(publication.published_gmt)}")
            if publication.synced_at is not None:
                when.append(
                    translate("PublishDialog", "last sent {relative_time}").format(
                        relative_time=relative_time(publication.synced_at)
                    )
                )
            self.where_label.setText(
                translate(
                    "PublishDialog", "Already on this site: {join}.\nPublishing updates that post: {link}"
                ).format(join=" · ".join(when), link=publication.link)
            )
            self.publish_button.setText(translate("PublishDialog", "Update"))
            self.publish_button.setAccessibleName(translate("PublishDialog", "Update"))
        else:
            if keep.isChecked() or self.status_group.checkedButton() is None:
                self.radios[RemoteStatus.PUBLISH.value].setChecked(True)
            url = self.destination_combo.currentData(Qt.ItemDataRole.ToolTipRole)
            self.where_label.setText(
                translate("PublishDialog", "A new post is created on {url}.").format(url=url)
                if self.destination_id()
                else ""
            )
            self.publish_button.setText(translate("PublishDialog", "Publish"))
            self.publish_button.setAccessibleName(translate("PublishDialog", "Publish"))
        self.where_label.setVisible(bool(self.where_label.text()))
        destination_id = self.destination_id()
        if destination_id is not None and not self._zones.get(destination_id):
            self._learn_zone(destination_id)
        self._show_zones()
        self._update_state()
        self._fit()

    def _update_state(self, *_args: object) -> None:
        blockers = [c for c in (self._context.checks if self._context else []) if c.is_blocker]
        scheduling = self.radios[RemoteStatus.FUTURE.value].isChecked()
        self.schedule_edit.setEnabled(scheduling)
        self.zone_label.setEnabled(scheduling)
        ready = not self._busy and self._context is not None and self.destination_id() is not None
        self.publish_button.setEnabled(ready and not blockers)
        if blockers:
            self.publish_button.setToolTip(
                translate("PublishDialog", "Fix what the checks list first (click one to go to the field).")
            )
        elif self.destination_id() is None:
            self.publish_button.setToolTip(translate("PublishDialog", "Add a destination first."))
        else:
            self.publish_button.setToolTip(
                translate("PublishDialog", "Put the article in the outbox; it is sent in the background.")
            )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self._update_state()

    # -- commands ----------------------------------------------------------------------------

    def _on_publish(self) -> None:
        destination_id = self.destination_id()
        if self._busy or destination_id is None or not self.publish_button.isEnabled():
            return
        status, at = self.requested()
        outbox, article_id = self._workspace.outbox, self._article_id
        self.message.clear_message()
        self._set_busy(True)
        self._tasks.run(
            lambda: outbox.publish(article_id, destination_id, status, at), self._on_queued, self._on_failed
        )

    def _on_queued(self, job: OutboxJob) -> None:
        if self._closed:
            return
        self._set_busy(False)
        self.queued.emit(job)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self._set_busy(False)
        if isinstance(error, PreflightBlocked):
            self.checks.set_items(error.items)
            if self._context is not None:
                others = [c for c in self._context.checks if not c.is_blocker]
                self._context = PublishContext(
                    self._context.headline,
                    self._context.destinations,
                    self._context.publications,
                    list(error.items) + others,
                )
                self.checks.set_items(self._context.checks)
            self.message.error(
                translate(
                    "PublishDialog",
                    "Fix what the checks list before publishing (click one to go to the field).",
                )
            )
            self._update_state()
            self._fit()
            return
        self.message.problem(error)
        self._fit()
        if isinstance(error, ValidationError) and error.field == "at":
            self.schedule_edit.setFocus()

    def _on_check_activated(self, field: str) -> None:
        self.field_activated.emit(field)
        self.reject()

    def _on_add_site(self) -> None:
        self.destinations_requested.emit()
        self.reject()

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)
