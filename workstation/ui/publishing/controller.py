"""Publishing in the window: the Publish menu's commands, the Outbox tab and its worker, the
publication bar above the editor and the password notice. main_window.py only builds this and
tells it about the store, the open article and quitting."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from workstation.domain.article import Article, ArticleSummary
from workstation.domain.publishing import Destination, JobState, OutboxJob, Publication, RemoteStatus
from workstation.services.publishing.pull import PullReport
from workstation.ui.common import alerts
from workstation.ui.publishing.common import SiteTasks, describe
from workstation.ui.publishing.conflict_dialog import ConflictDialog
from workstation.ui.publishing.credentials_notice import CredentialsNotice
from workstation.ui.publishing.destinations_dialog import DestinationsDialog
from workstation.ui.publishing.outbox_panel import OutboxPanel
from workstation.ui.publishing.password_dialog import PasswordDialog
from workstation.ui.publishing.publication_bar import PublicationBar, SitePublication
from workstation.ui.publishing.publish_dialog import PublishDialog
from workstation.ui.publishing.pull_dialog import PullDialog
from workstation.ui.publishing.worker import OutboxSnapshot, OutboxWorker

if TYPE_CHECKING:
    from workstation.services.workspace import Workspace
    from workstation.ui.window.main_window import MainWindow

OUTBOX_TAB = "Outbox"
LAST_DESTINATION_KEY = "publish/last_destination"
STOP_WAIT_SECONDS = 1.5


def open_url(url: str) -> bool:
    """Open a post in the system browser (tests replace this)."""
    return bool(QDesktopServices.openUrl(QUrl(url)))


class PublishingController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.site_tasks = SiteTasks(self)
        self.worker = OutboxWorker(self)
        self.panel = OutboxPanel()
        self.bar = PublicationBar()
        self.notice = CredentialsNotice()
        self.dialog: QDialog | None = None  # the publishing dialog open now (tests look at it)
        self._publications: list[SitePublication] = []
        self._destination_names: dict[int, str] = {}
        self._seen_credential_failures: set[tuple[int, int]] = set()
        self._bar_generation = 0

    # -- building ----------------------------------------------------------------------------

    def install(self) -> None:
        """Put the Outbox tab, the publication bar and the notice in the window; wire the menu."""
        w = self.window
        w.side_tabs.addTab(self.panel, OUTBOX_TAB)
        editor_layout = w.editor.layout()
        if editor_layout is not None and hasattr(editor_layout, "insertWidget"):
            editor_layout.insertWidget(0, self.bar)
        w.statusBar().addWidget(self.notice)
        a = w.commands
        a.publish.triggered.connect(self.open_publish)
        a.destinations.triggered.connect(self.open_destinations)
        a.pull.triggered.connect(self.open_pull)
        a.open_in_browser.triggered.connect(self.open_current_in_browser)
        a.unpublish.triggered.connect(lambda: self.withdraw(trash=False))
        a.trash_on_site.triggered.connect(lambda: self.withdraw(trash=True))
        a.show_outbox.triggered.connect(self.show_outbox)
        self.panel.count_changed.connect(self._on_count_changed)
        self.panel.retry_requested.connect(self.retry)
        self.panel.cancel_requested.connect(self.cancel)
        self.panel.resolve_requested.connect(self.resolve)
        self.panel.open_requested.connect(self.open_job_in_browser)
        self.bar.open_requested.connect(open_url)
        self.notice.enter_requested.connect(self.enter_password)
        self.worker.job_changed.connect(self._on_job_changed)
        self.worker.snapshot.connect(self._on_snapshot)
        self.worker.failed.connect(self._on_worker_failed)
        self._update_actions()

    def attach(self, workspace: Workspace) -> None:
        presets = self.window.managed.destinations
        if presets:
            self.window.tasks.run(
                lambda: workspace.destinations.apply_presets(presets), lambda _added: None, self._report
            )
        self.worker.set_outbox(workspace.outbox)
        self.refresh_jobs()

    def shutdown(self) -> bool:
        """Quitting: the job being sent stops at its next step and goes back to the queue."""
        return self.worker.stop(STOP_WAIT_SECONDS)

    # -- helpers -----------------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace | None:
        return self.window.workspace

    def _report(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(describe(error), 10000)

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
        w = self.window
        return w.editor.article_id if getattr(w, "_editing_ready", False) else None

    def refresh_jobs(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        outbox = workspace.outbox
        self.window.tasks.run(
            lambda: OutboxSnapshot(outbox.jobs(), outbox.next_wake()), self._apply_snapshot, self._report
        )

    # -- the open article --------------------------------------------------------------------

    def show_article(self, article_id: int | None) -> None:
        self._publications = []
        self.bar.set_publications([])
        self._update_actions()
        if article_id is not None:
            self.refresh_publications()

    def refresh_publications(self) -> None:
        workspace, article_id = self.workspace, self._current_article_id()
        if workspace is None or article_id is None:
            return
        self._bar_generation += 1
        generation = self._bar_generation

        def work() -> list[SitePublication]:
            names = {d.id: d.name for d in workspace.destinations.list()}
            return [
                SitePublication(names.get(p.destination_id, f"Site {p.destination_id}"), p)
                for p in workspace.outbox.publications(article_id)
                if p.remote_id is not None
            ]

        def done(items: list[SitePublication]) -> None:
            if generation == self._bar_generation and article_id == self._current_article_id():
                self._publications = items
                self.bar.set_publications(items)
                self._update_actions()

        self.window.tasks.run(work, done, self._report)

    def publications(self) -> list[Publication]:
        return [item.publication for item in self._publications]

    def _update_actions(self) -> None:
        a = self.window.commands
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
            w = self.window
            w.list_model.update_summary(summary_of(article))
            if article.id != self._current_article_id():
                return
            if text_changed:
                if w.autosave.has_pending:
                    return  # never drop typing; the History tab has the site's revision
                w.reload_article(article)
            else:
                w.editor.set_status(article.status)
                w.preview.article_saved(article)
            self.refresh_publications()

        self.window.tasks.run(lambda: articles.get(article_id), done, self._report)

    # -- Publish menu ------------------------------------------------------------------------

    def open_publish(self) -> None:
        workspace, w = self.workspace, self.window
        article_id = self._current_article_id()
        if workspace is None:
            return
        if article_id is None:
            w.statusBar().showMessage("Select an article to publish.", 5000)
            return
        if not w.autosave.flush_now():
            w.statusBar().showMessage("Your latest edits are not saved yet; publishing waits for them.", 8000)
            return
        last = w.settings.value(LAST_DESTINATION_KEY)
        dialog = PublishDialog(
            workspace,
            article_id,
            w.tasks,
            w,
            last_destination_id=_int_or_none(last),
        )
        dialog.queued.connect(self._on_queued)
        dialog.field_activated.connect(lambda field: QTimer.singleShot(0, lambda: w.go_to_field(field)))
        dialog.destinations_requested.connect(lambda: QTimer.singleShot(0, self.open_destinations))
        self._open(dialog)

    def _on_queued(self, job: OutboxJob) -> None:
        self.window.settings.setValue(LAST_DESTINATION_KEY, job.destination_id)
        self.panel.update_job(job)
        self.worker.kick()
        self.window.statusBar().showMessage(
            f"“{job.headline}” is in the outbox for {job.destination_name}; it is sent in the background.",
            6000,
        )

    def open_destinations(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        dialog = DestinationsDialog(
            workspace.destinations, self.site_tasks, self.window, pulls=workspace.pulls
        )
        dialog.taxonomy_changed.connect(self.window.signals.taxonomy_changed.emit)
        dialog.changed.connect(self.refresh_publications)
        dialog.changed.connect(self.refresh_jobs)
        self._open(dialog)

    def open_pull(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        self.window.autosave.flush_now()
        dialog = PullDialog(
            workspace.destinations, workspace.pulls, self.site_tasks, self.window, on_pulled=self._on_pulled
        )
        self._open(dialog)

    def _on_pulled(self, report: PullReport) -> None:
        w = self.window
        if report.sections_added or report.tags_mapped:
            w.signals.taxonomy_changed.emit()
        w.signals.articles_changed.emit(report.created + report.updated)
        current = self._current_article_id()
        if current is not None and current in report.updated:
            self._reload_article(current, text_changed=True)
        else:
            self.refresh_publications()

    def show_outbox(self) -> None:
        w = self.window
        w.commands.show_side.setChecked(True)
        w.side_tabs.setCurrentWidget(self.panel)

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
            title, action = "Move the post to the site's trash?", "Move to Trash"
            text = (
                f"The post is moved to the trash on {sites}; readers no longer see it. The article "
                "stays here, and an administrator can restore the post from the site's trash."
            )
        else:
            title, action = "Unpublish?", "Unpublish"
            text = (
                f"The post goes back to draft on {sites}; readers no longer see it. The article "
                "stays here and can be published again."
            )
        if not alerts.confirm(self.window, title, text, action):
            return
        outbox = workspace.outbox
        work: Callable[[], list[OutboxJob]] = (
            (lambda: outbox.trash(article_id)) if trash else (lambda: outbox.unpublish(article_id))
        )

        def queued(jobs: list[OutboxJob]) -> None:
            for job in jobs:
                self.panel.update_job(job)
            self.worker.kick()

        self.window.tasks.run(work, queued, lambda e: alerts.show_error(self.window, title, describe(e)))

    # -- the Outbox tab ----------------------------------------------------------------------

    def _job_call(self, work: Callable[[], Any], after: Callable[[Any], None] | None = None) -> None:
        def done(job: OutboxJob) -> None:
            self.panel.update_job(job)
            if after is not None:
                after(job)

        self.window.tasks.run(work, done, lambda e: alerts.show_error(self.window, "Outbox", describe(e)))

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
            self.window.autosave.flush_now()
        dialog = ConflictDialog(
            workspace.outbox,
            workspace.articles,
            job,
            self.window.tasks,
            self.window,
            on_resolved=self._on_resolved,
        )
        self._open(dialog)

    def _on_resolved(self, job: OutboxJob, choice: str) -> None:
        self.panel.update_job(job)
        w = self.window
        if choice == "mine":
            self.worker.kick()
        elif choice == "theirs":
            self._reload_article(job.article_id, text_changed=True)
            w.statusBar().showMessage("The site's version is now the article's latest revision.", 6000)
        else:
            w.select_article(job.article_id)
            w.statusBar().showMessage("Edit the article, then press Retry in the Outbox to send it.", 8000)

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

        self.window.tasks.run(link, opened, self._report)

    def _on_count_changed(self, count: int) -> None:
        tabs = self.window.side_tabs
        index = tabs.indexOf(self.panel)
        if index >= 0:
            tabs.setTabText(index, f"{OUTBOX_TAB} ({count})" if count else OUTBOX_TAB)
            tabs.setTabToolTip(index, f"{count} job(s) to send or to look at" if count else "Nothing waits")

    # -- the worker --------------------------------------------------------------------------

    def _on_job_changed(self, job: OutboxJob) -> None:
        self.panel.update_job(job)
        if job.state is JobState.DONE:  # its status here (Published, Withdrawn) and its dates
            self._reload_article(job.article_id, text_changed=False)

    def _on_snapshot(self, snapshot: OutboxSnapshot) -> None:
        self._apply_snapshot(snapshot)
        report = snapshot.report
        if report is not None and report.sent:
            self.refresh_publications()

    def _apply_snapshot(self, snapshot: OutboxSnapshot) -> None:
        self.panel.set_jobs(snapshot.jobs)
        self._check_credentials(snapshot.jobs)

    def _on_worker_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(f"The outbox could not run: {message}", 10000)

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

        def retry_all() -> int:
            jobs = [
                job
                for job in outbox.jobs()
                if job.destination_id == destination.id and job.state is JobState.NEEDS_CREDENTIALS
            ]
            for job in jobs:
                outbox.retry(job.id)
            return len(jobs)

        def done(count: int) -> None:
            self.worker.kick()
            self.window.statusBar().showMessage(
                f"{destination.name}: password saved; {count} job(s) sent again.", 6000
            )

        self.window.tasks.run(retry_all, done, self._report)


def _int_or_none(value: object) -> int | None:
    try:
        return int(str(value)) if value not in (None, "") else None
    except ValueError:
        return None


def summary_of(article: Article) -> ArticleSummary:
    return ArticleSummary(
        id=article.id,
        headline=article.headline,
        section_name=article.section.name if article.section else "",
        status=article.status,
        byline=article.byline,
        updated_at=article.updated_at,
        word_count=article.word_count,
        trashed=article.is_trashed,
    )
