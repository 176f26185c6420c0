"""Publishing in the window: the Publish menu's commands, the Outbox tab and its worker, the
publication bar above the editor and the password notice. The window places `panel`, `bar` and
`notice`, connects the menu's actions to the public methods and tells this about the open
article and quitting; everything else it asks of the window goes through EditorHost."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from workstation.domain.article import Article
from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.publication_state import SiteState
from workstation.domain.publishing import (
    Destination,
    JobState,
    OutboxJob,
    Publication,
    RemoteStatus,
    SitePublication,
)
from workstation.services.publishing.pull import PullReport
from workstation.ui.common import alerts
from workstation.ui.common.host import EditorHost
from workstation.ui.common.signals import AppSignals
from workstation.ui.common.tasks import DetachedTasks, TaskRunner
from workstation.ui.publishing.common import describe, show_problem
from workstation.ui.publishing.conflict_dialog import FIELDS_CHOICE, ConflictDialog
from workstation.ui.publishing.credentials_notice import CredentialsNotice
from workstation.ui.publishing.destinations_dialog import DestinationsDialog
from workstation.ui.publishing.outbox_panel import OutboxPanel
from workstation.ui.publishing.password_dialog import PasswordDialog
from workstation.ui.publishing.publication_bar import PublicationBar
from workstation.ui.publishing.publish_dialog import PublishDialog
from workstation.ui.publishing.pull_dialog import PullDialog
from workstation.ui.publishing.state_notices import DesktopNotifier, StateNotices
from workstation.ui.publishing.worker import OutboxSnapshot, OutboxWorker

if TYPE_CHECKING:
    from workstation.services.managed_config import ManagedDestination
    from workstation.services.workspace import Workspace

OUTBOX_TAB = QT_TRANSLATE_NOOP("PublishingController", "Outbox")
LAST_DESTINATION_KEY = "publish/last_destination"
STOP_WAIT_SECONDS = 1.5


def open_url(url: str) -> bool:
    """Open a post in the system browser (tests replace this)."""
    return bool(QDesktopServices.openUrl(QUrl(url)))


class SiteActions(Protocol):
    """The Publish menu's actions that depend on the open article's posts."""

    open_in_browser: QAction
    unpublish: QAction
    trash_on_site: QAction


class PublishingController(QObject):
    # Publication states may have changed (a job queued, ended, resolved): the list's markers.
    states_changed = Signal()

    def __init__(
        self,
        host: EditorHost,
        window: QWidget,
        *,
        tasks: TaskRunner,
        signals: AppSignals,
        settings: QSettings,
        actions: SiteActions,
    ) -> None:
        super().__init__(window)
        self.window = window  # the parent of the publishing dialogs
        self._host = host
        self._tasks = tasks
        self._signals = signals
        self._settings = settings
        self._actions = actions
        self.workspace: Workspace | None = None
        self.site_tasks = DetachedTasks(self)
        self.worker = OutboxWorker(self)
        self.panel = OutboxPanel()
        self.bar = PublicationBar()
        self.notice = CredentialsNotice()
        self.notices = StateNotices(host, DesktopNotifier(self), self)
        self.dialog: QDialog | None = None  # the publishing dialog open now (tests look at it)
        self._publications: list[SitePublication] = []
        self._destination_names: dict[int, str] = {}
        self._seen_credential_failures: set[tuple[int, int]] = set()
        self._bar_generation = 0

    # -- building ----------------------------------------------------------------------------

    def install(self) -> None:
        """Connect the panel, the bar, the notice and the worker to this controller."""
        self.panel.count_changed.connect(self._on_count_changed)
        self.panel.retry_requested.connect(self.retry)
        self.panel.cancel_requested.connect(self.cancel)
        self.panel.resolve_requested.connect(self.resolve)
        self.panel.open_requested.connect(self.open_job_in_browser)
        self.bar.open_requested.connect(open_url)
        self.bar.update_requested.connect(self.update_site)
        self.bar.resolve_requested.connect(self.resolve)
        self.bar.retry_requested.connect(self.retry)
        self.bar.password_requested.connect(self.enter_password)
        self.notices.notifier.clicked.connect(self._on_notifier_clicked)
        self.notice.enter_requested.connect(self.enter_password)
        self.worker.job_changed.connect(self._on_job_changed)
        self.worker.snapshot.connect(self._on_snapshot)
        self.worker.failed.connect(self._on_worker_failed)
        self._update_actions()

    def attach(self, workspace: Workspace, presets: tuple[ManagedDestination, ...] = ()) -> None:
        """The store is open: the organisation's destinations, the outbox and its worker."""
        self.workspace = workspace
        if presets:
            self._tasks.run(
                lambda: workspace.destinations.apply_presets(presets), lambda _added: None, self._report
            )
        self.worker.set_outbox(workspace.outbox)
        self.refresh_jobs()

    def shutdown(self) -> bool:
        """Quitting: the job being sent stops at its next step and goes back to the queue."""
        return self.worker.stop(STOP_WAIT_SECONDS)

    # -- helpers -----------------------------------------------------------------------------

    def _report(self, error: BaseException) -> None:
        self._host.show_status(describe(error), 10000)

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _current_article_id(self) -> int | None:
        return self._host.current_article_id()

    def refresh_jobs(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        outbox = workspace.outbox
        self._tasks.run(
            lambda: OutboxSnapshot(outbox.jobs(), outbox.next_wake()), self._apply_snapshot, self._report
        )

    # -- the open article --------------------------------------------------------------------

    def show_article(self, article_id: int | None) -> None:
        self._publications = []
        self.bar.set_states([])
        self._update_actions()
        if article_id is not None:
            self.refresh_publications()

    def refresh_publications(self) -> None:
        workspace, article_id = self.workspace, self._current_article_id()
        if workspace is None or article_id is None:
            return
        self._bar_generation += 1
        generation = self._bar_generation

        outbox = workspace.outbox

        def done(states: list[SiteState]) -> None:
            if generation == self._bar_generation and article_id == self._current_article_id():
                self.bar.set_states(states)
                self._publications = self.bar.items()
                self._update_actions()
                self.notices.open_article_states(states)

        self._tasks.run(lambda: outbox.publication_states(article_id), done, self._report)

    def article_saved(self, article: Article) -> None:
        """An edit of the open article was written: its state on the sites may have changed."""
        if article.id == self._current_article_id() and self.bar.states():
            self.refresh_publications()

    def update_site(self, destination_id: int) -> None:
        """The bar's Update: send the edits made here to that site, keeping its status."""
        workspace, article_id = self.workspace, self._current_article_id()
        if workspace is None or article_id is None:
            return
        if not self._host.flush_edits():
            self._host.show_status(
                translate(
                    "PublishingController", "Your latest edits are not saved yet; the update waits for them."
                ),
                8000,
            )
            return
        outbox = workspace.outbox

        def failed(error: BaseException) -> None:
            show_problem(self.window, translate("PublishingController", "Update"), error)

        self._tasks.run(lambda: outbox.publish(article_id, destination_id), self._on_queued, failed)

    def publications(self) -> list[Publication]:
        return [item.publication for item in self._publications]

    def _update_actions(self) -> None:
        a = self._actions
        on_site = [p for p in self.publications() if p.remote_status is not None]
        live = [p for p in on_site if p.remote_status is not RemoteStatus.TRASH]
        a.open_in_browser.setEnabled(any(p.link for p in on_site))
        a.unpublish.setEnabled(any(p.remote_status is not RemoteStatus.DRAFT for p in live))
        a.trash_on_site.setEnabled(bool(live))

    def _reload_article(self, article_id: int, *, text_changed: bool) -> None:
        """The site changed an article (a publish's status and dates, take theirs, a pull): its
        row in the list is updated in place (no list query), the open article shows it."""
        workspace = self.workspace
        if workspace is None:
            return
        articles = workspace.articles

        def done(article: Article) -> None:
            if self._host.article_changed_elsewhere(article, text_changed=text_changed):
                self.refresh_publications()

        self._tasks.run(lambda: articles.get(article_id), done, self._report)

    # -- Publish menu ------------------------------------------------------------------------

    def open_publish(self) -> None:
        workspace = self.workspace
        article_id = self._current_article_id()
        if workspace is None:
            return
        if article_id is None:
            self._host.show_status(translate("PublishingController", "Select an article to publish."), 5000)
            return
        if not self._host.flush_edits():
            self._host.show_status(
                translate(
                    "PublishingController", "Your latest edits are not saved yet; publishing waits for them."
                ),
                8000,
            )
            return
        last = self._settings.value(LAST_DESTINATION_KEY)
        dialog = PublishDialog(
            workspace,
            article_id,
            self._tasks,
            self.window,
            last_destination_id=_int_or_none(last),
            site_tasks=self.site_tasks,
        )
        dialog.queued.connect(self._on_queued)
        go_to_field = self._host.go_to_field
        dialog.field_activated.connect(lambda field: QTimer.singleShot(0, lambda: go_to_field(field)))
        dialog.destinations_requested.connect(lambda: QTimer.singleShot(0, self.open_destinations))
        self._open(dialog)

    def _on_queued(self, job: OutboxJob) -> None:
        self._settings.setValue(LAST_DESTINATION_KEY, job.destination_id)
        self.panel.update_job(job)
        self.worker.kick()
        if job.article_id == self._current_article_id() and not self.bar.update_job(job):
            self.refresh_publications()
        self.states_changed.emit()
        self._host.show_status(
            translate(
                "PublishingController",
                "“{headline}” is in the outbox for {destination_name}; it is sent in the background.",
            ).format(headline=job.headline, destination_name=job.destination_name),
            6000,
        )

    def open_destinations(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        dialog = DestinationsDialog(
            workspace.destinations, self.site_tasks, self.window, pulls=workspace.pulls
        )
        dialog.taxonomy_changed.connect(self._signals.taxonomy_changed.emit)
        dialog.changed.connect(self.refresh_publications)
        dialog.changed.connect(self.refresh_jobs)
        self._open(dialog)

    def open_pull(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        self._host.flush_edits()
        dialog = PullDialog(
            workspace.destinations, workspace.pulls, self.site_tasks, self.window, on_pulled=self._on_pulled
        )
        self._open(dialog)

    def _on_pulled(self, report: PullReport) -> None:
        if report.sections_added or report.tags_mapped:
            self._signals.taxonomy_changed.emit()
        self._signals.articles_changed.emit(report.created + report.updated)
        current = self._current_article_id()
        if current is not None and current in report.updated:
            self._reload_article(current, text_changed=True)
        else:
            self.refresh_publications()

    def show_outbox(self) -> None:
        self._host.show_side_tab(self.panel)

    def open_current_in_browser(self) -> None:
        link = next((p.link for p in self.publications() if p.link), "")
        if link:
            open_url(link)

    def withdraw(self, *, trash: bool) -> None:
        workspace, article_id = self.workspace, self._current_article_id()
        if workspace is None or article_id is None or not self.publications():
            return
        sites = ", ".join(item.destination_name for item in self._publications)
        if trash:
            title, action = (
                translate("PublishingController", "Move the post to the site's trash?"),
                translate("PublishingController", "Move to Trash"),
            )
            text = translate(
                "PublishingController",
                "The post is moved to the trash on {sites}; readers no longer see it. The article stays "
                "here, and an administrator can restore the post from the site's trash.",
            ).format(sites=sites)
        else:
            title, action = translate("PublishingController", "Unpublish?"), "Unpublish"
            text = translate(
                "PublishingController",
                "The post goes back to draft on {sites}; readers no longer see it. The article stays "
                "here and can be published again.",
            ).format(sites=sites)
        if not alerts.confirm(self.window, title, text, action):
            return
        outbox = workspace.outbox
        work: Callable[[], list[OutboxJob]] = (
            (lambda: outbox.trash(article_id)) if trash else (lambda: outbox.unpublish(article_id))
        )

        self._tasks.run(work, self.jobs_queued, lambda e: show_problem(self.window, title, e))

    def jobs_queued(self, jobs: list[OutboxJob]) -> None:
        """Jobs queued outside the Publish menu (an unpublish that goes with Move to Trash): the
        Outbox tab lists them, the worker sends them, the list's markers follow."""
        for job in jobs:
            self.panel.update_job(job)
        if jobs:
            self.worker.kick()
            self.states_changed.emit()

    # -- the Outbox tab ----------------------------------------------------------------------

    def _job_call(self, work: Callable[[], Any], after: Callable[[Any], None] | None = None) -> None:
        def done(job: OutboxJob) -> None:
            self.panel.update_job(job)
            if job.article_id == self._current_article_id():
                self.refresh_publications()
            self.states_changed.emit()
            if after is not None:
                after(job)

        self._tasks.run(
            work, done, lambda e: show_problem(self.window, translate("PublishingController", "Outbox"), e)
        )

    def retry(self, job: OutboxJob) -> None:
        workspace = self.workspace
        if workspace is not None:
            outbox = workspace.outbox
            self._job_call(lambda: outbox.retry(job.id), lambda _job: self.worker.kick())

    def cancel(self, job: OutboxJob) -> None:
        workspace = self.workspace
        if workspace is not None:
            outbox = workspace.outbox
            self._job_call(lambda: outbox.cancel(job.id))

    def resolve(self, job: OutboxJob) -> None:
        workspace = self.workspace
        if workspace is None or job.state is not JobState.CONFLICT:
            return
        if job.article_id == self._current_article_id():
            self._host.flush_edits()
        dialog = ConflictDialog(
            workspace.outbox,
            job,
            self._tasks,
            self.window,
            on_resolved=self._on_resolved,
            photo_source=workspace.photos.photo_bytes,
        )
        self._open(dialog)

    def _on_resolved(self, job: OutboxJob, choice: str) -> None:
        self.panel.update_job(job)
        if choice == "mine":
            self.worker.kick()
        elif choice == "theirs":
            self._reload_article(job.article_id, text_changed=True)
            self._host.show_status(
                translate("PublishingController", "The site's version is now the article's latest revision."),
                6000,
            )
        elif choice == FIELDS_CHOICE:
            self._reload_article(job.article_id, text_changed=True)
            if job.state is JobState.QUEUED:
                self.worker.kick()
            self._host.show_status(
                translate(
                    "PublishingController", "The fields you chose from the site are a new revision. {step}."
                ).format(step=job.step),
                8000,
            )
        else:
            self._host.select_article(job.article_id)
            self._host.show_status(
                translate(
                    "PublishingController", "Edit the article, then press Retry in the Outbox to send it."
                ),
                8000,
            )

    def open_job_in_browser(self, job: OutboxJob) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        outbox = workspace.outbox

        def link() -> str:
            found = [p for p in outbox.publications(job.article_id) if p.destination_id == job.destination_id]
            return found[0].link if found else ""

        def opened(url: str) -> None:
            if url:
                open_url(url)

        self._tasks.run(link, opened, self._report)

    def _on_count_changed(self, count: int) -> None:
        self._host.set_side_tab_label(
            self.panel,
            f"{translate('PublishingController', OUTBOX_TAB)} ({count})"
            if count
            else translate("PublishingController", OUTBOX_TAB),
            translate("PublishingController", "{count} job(s) to send or to look at").format(count=count)
            if count
            else translate("PublishingController", "Nothing waits"),
        )

    # -- the worker --------------------------------------------------------------------------

    def _on_job_changed(self, job: OutboxJob) -> None:
        self.panel.update_job(job)
        if job.article_id == self._current_article_id() and not self.bar.update_job(job):
            self.refresh_publications()
        if job.state is JobState.DONE:  # its status here (Published, Withdrawn) and its dates
            self._reload_article(job.article_id, text_changed=False)

    def _on_snapshot(self, snapshot: OutboxSnapshot) -> None:
        self._apply_snapshot(snapshot)
        self.refresh_publications()  # a job ended: sent, refused, in conflict, to retry
        self.states_changed.emit()

    def _apply_snapshot(self, snapshot: OutboxSnapshot) -> None:
        self.panel.set_jobs(snapshot.jobs)
        self._check_credentials(snapshot.jobs)
        self.notices.jobs_seen(snapshot.jobs)

    def _on_notifier_clicked(self) -> None:
        self.window.raise_()
        self.window.activateWindow()
        self.show_outbox()

    def _on_worker_failed(self, message: str) -> None:
        self._host.show_status(
            translate("PublishingController", "The outbox could not run: {message}").format(message=message),
            10000,
        )

    # -- passwords ---------------------------------------------------------------------------

    def _check_credentials(self, jobs: list[OutboxJob]) -> None:
        waiting = [job for job in jobs if job.state is JobState.NEEDS_CREDENTIALS]
        if not waiting:
            self.notice.clear_notice()
            return
        new = [job for job in waiting if (job.id, job.attempts) not in self._seen_credential_failures]
        for job in waiting:
            self._seen_credential_failures.add((job.id, job.attempts))
        if not new or self.notice.isVisible():
            return
        first = new[0]
        count = sum(1 for job in waiting if job.destination_id == first.destination_id)
        self.notice.show_for(first.destination_id, first.destination_name, count)

    def enter_password(self, destination_id: int) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        destinations = workspace.destinations
        self.site_tasks.run(lambda: destinations.get(destination_id), self._ask_password, self._report)

    def _ask_password(self, destination: Destination) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        dialog = PasswordDialog(workspace.destinations, destination, self.site_tasks, self.window)
        dialog.saved.connect(self._on_password_saved)
        self._open(dialog)

    def _on_password_saved(self, destination: Destination) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        self.notice.clear_notice()
        outbox = workspace.outbox

        def done(count: int) -> None:
            self.worker.kick()
            self._host.show_status(
                translate(
                    "PublishingController", "{name}: password saved; {count} job(s) sent again."
                ).format(name=destination.name, count=count),
                6000,
            )

        self._tasks.run(lambda: len(outbox.resume_after_password(destination.id)), done, self._report)


def _int_or_none(value: object) -> int | None:
    try:
        return int(str(value)) if value not in (None, "") else None
    except ValueError:
        return None
