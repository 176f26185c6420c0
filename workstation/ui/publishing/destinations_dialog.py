"""Publish › Destinations…: the sites articles go to. Add one (the site is checked first and the
password goes to the keyring), enter a password again, rename, verify, remove.

Every call that may reach a site or the keyring runs on a worker with a busy bar; what went wrong
is said in the dialog in the service's words (unreachable, not WordPress, REST API disabled, wrong
password, may not publish, no keyring)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import ValidationError
from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.publishing import Destination
from workstation.domain.text import plural
from workstation.domain.timefmt import relative_time
from workstation.services.publishing.destinations import DestinationService
from workstation.services.publishing.publisher import SiteAccount
from workstation.services.publishing.pull import PullReport, PullService
from workstation.services.publishing.wordpress_client import travels_readable
from workstation.ui.common import alerts
from workstation.ui.common.factory import line_edit, push_button
from workstation.ui.common.tasks import Runner
from workstation.ui.publishing import destination_trust
from workstation.ui.publishing.common import MessageLine, busy_bar, confirm_plain_http
from workstation.ui.publishing.password_dialog import PasswordDialog

NAME, SITE, USER, VERIFIED = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The list's column headers.
_NAME = QT_TRANSLATE_NOOP("DestinationsDialog", "Name")
_SITE = QT_TRANSLATE_NOOP("DestinationsDialog", "Site")
_USER = QT_TRANSLATE_NOOP("DestinationsDialog", "User")
_VERIFIED = QT_TRANSLATE_NOOP("DestinationsDialog", "Verified")
EMPTY_TEXT = QT_TRANSLATE_NOOP("DestinationsDialog", "No destinations yet — add your site below.")
APP_PASSWORD_HELP = QT_TRANSLATE_NOOP(
    "DestinationsDialog",
    "Use an <b>application password</b>, not your login password: on the site open "
    "<i>Users › Profile</i>, find <i>Application Passwords</i>, give it a name (e.g. “Workstation”) "
    "and press <i>Add New Application Password</i>. It is checked now and kept only in your "
    "system keyring.",
)


class DestinationsDialog(QDialog):
    """Emits `changed()` after a destination was added, renamed, given a password or removed."""

    changed = Signal()
    taxonomy_changed = Signal()  # the site's sections and tags were fetched into the store

    def __init__(
        self,
        destinations: DestinationService,
        tasks: Runner,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
        pulls: PullService | None = None,
    ) -> None:
        super().__init__(parent)
        self._pulls = pulls
        self.setObjectName("destinationsDialog")
        self.setAccessibleName(translate("DestinationsDialog", "Destinations"))
        self.setWindowTitle(translate("DestinationsDialog", "Destinations"))
        self._destinations = destinations
        self._tasks = tasks
        self._now = now
        self._busy = False
        self._closed = False
        self._items: list[Destination] = []
        self._trust = destination_trust.TrustCommands(self, destinations, self._run, self._on_trust_changed)
        self._build()
        self.resize(720, 560)
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            translate(
                "DestinationsDialog",
                "The sites your articles are published to. Passwords stay in your system keyring.",
            )
        )
        intro.setObjectName("destinationsIntro")
        intro.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setObjectName("destinationList")
        self.list.setAccessibleName(translate("DestinationsDialog", "Destinations"))
        self.list.setColumnCount(4)
        self.list.setHeaderLabels(
            [translate("DestinationsDialog", word) for word in (_NAME, _SITE, _USER, _VERIFIED)]
        )
        self.list.header().setObjectName("destinationListHeader")
        self.list.header().setAccessibleName(translate("DestinationsDialog", "Destination columns"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(SITE, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(USER, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(VERIFIED, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setMinimumHeight(140)
        self.list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.trust_label = destination_trust.trust_label()
        self.empty_label = QLabel(translate("DestinationsDialog", EMPTY_TEXT))
        self.empty_label.setObjectName("destinationsEmptyLabel")
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 6px 2px;")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        make_button = partial(push_button, auto_default=False)
        self.verify_button = make_button(
            translate("DestinationsDialog", "Verify"),
            "verifyDestinationButton",
            translate("DestinationsDialog", "Log in to the site again now"),
        )
        self.password_button = make_button(
            translate("DestinationsDialog", "Enter password…"),
            "destinationPasswordButton",
            translate("DestinationsDialog", "Enter a new application password for this site"),
        )
        self.rename_button = make_button(
            translate("DestinationsDialog", "Rename…"),
            "renameDestinationButton",
            translate("DestinationsDialog", "Give the destination another name"),
        )
        self.remove_button = make_button(
            translate("DestinationsDialog", "Remove…"),
            "removeDestinationButton",
            translate("DestinationsDialog", "Forget this destination"),
        )
        self.fetch_button = make_button(
            translate("DestinationsDialog", "Fetch sections and tags"),
            "fetchTaxonomyButton",
            translate(
                "DestinationsDialog",
                "Bring the site's categories and tags in as sections and tags, so you pick the site's "
                "real ones",
            ),
        )
        self.certificate_button = destination_trust.certificate_button(make_button, self._on_certificate)
        self.fetch_button.setVisible(self._pulls is not None)
        self.fetch_button.clicked.connect(self._on_fetch_taxonomy)
        self.verify_button.clicked.connect(self._on_verify)
        self.password_button.clicked.connect(self._on_password)
        self.rename_button.clicked.connect(self._on_rename)
        self.remove_button.clicked.connect(self._on_remove)
        row = QHBoxLayout()
        row.setSpacing(6)
        for button in (
            self.verify_button,
            self.password_button,
            self.rename_button,
            self.certificate_button,
            self.fetch_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.remove_button)

        self.name_edit = line_edit(
            "destinationNameEdit",
            translate("DestinationsDialog", "Name"),
            translate("DestinationsDialog", "e.g. Sweden Herald"),
        )
        self.url_edit = line_edit(
            "destinationUrlEdit",
            translate("DestinationsDialog", "Site address"),
            translate("DestinationsDialog", "https://news.example.org"),
        )
        self.user_edit = line_edit(
            "destinationUserEdit",
            translate("DestinationsDialog", "User"),
            translate("DestinationsDialog", "your WordPress user name"),
        )
        self.password_edit = line_edit(
            "destinationPasswordEdit",
            translate("DestinationsDialog", "Application password"),
            translate("DestinationsDialog", "xxxx xxxx xxxx xxxx xxxx xxxx"),
        )
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        help_text = QLabel(translate("DestinationsDialog", APP_PASSWORD_HELP))
        help_text.setObjectName("applicationPasswordHelp")
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = make_button(
            translate("DestinationsDialog", "Check and add"),
            "addDestinationButton",
            translate("DestinationsDialog", "Check the site, then add it"),
        )
        self.add_button.clicked.connect(lambda: self._on_add())
        for edit in (self.name_edit, self.url_edit, self.user_edit, self.password_edit):
            edit.returnPressed.connect(lambda: self._on_add())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow(translate("DestinationsDialog", "&Name:"), self.name_edit)
        form.addRow(translate("DestinationsDialog", "Site &address:"), self.url_edit)
        form.addRow(translate("DestinationsDialog", "&User:"), self.user_edit)
        form.addRow(translate("DestinationsDialog", "Application &password:"), self.password_edit)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        add_box = QGroupBox(translate("DestinationsDialog", "Add a site"))
        add_box.setObjectName("addDestinationBox")
        add_layout = QVBoxLayout(add_box)
        add_layout.setSpacing(8)
        add_layout.addLayout(form)
        add_layout.addWidget(help_text)
        add_layout.addLayout(add_row)

        self.busy = busy_bar("destinationBusy")
        self.message = MessageLine("destinationMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("destinationsButtons")
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setObjectName("closeDestinationsButton")
        close_button.setAccessibleName(translate("DestinationsDialog", "Close"))
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)  # where the list would be: the spare height
        layout.addWidget(self.trust_label)
        layout.addLayout(row)
        layout.addWidget(add_box)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(close)

    # -- public ------------------------------------------------------------------------------

    @property
    def busy_now(self) -> bool:
        return self._busy

    def destinations(self) -> list[Destination]:
        return list(self._items)

    def select(self, destination_id: int) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(NAME, ID_ROLE) == destination_id:
                self.list.setCurrentItem(item)

    def refresh(self, select_id: int | None = None) -> None:
        service = self._destinations
        self._run(service.list, lambda items: self._show(items, select_id), quiet=True)

    # -- showing -----------------------------------------------------------------------------

    def _show(self, items: list[Destination], select_id: int | None) -> None:
        current = self.current()
        keep = select_id if select_id is not None else (current.id if current else None)
        self._items = list(items)
        self.list.clear()
        now = self._now() if self._now else None
        for destination in items:
            verified = (
                relative_time(destination.verified_at, now)
                if destination.verified_at
                else translate("DestinationsDialog", "Not yet")
            )
            name = destination.name + ("  (managed)" if destination.managed else "")
            item = QTreeWidgetItem([name, destination.url, destination.username or "—", verified])
            item.setData(NAME, ID_ROLE, destination.id)
            tip = translate("DestinationsDialog", "{name}\n{url}\nAPI: {value}").format(
                name=destination.name, url=destination.url, value=destination.api_root or "not found yet"
            )
            if destination.managed:
                tip += translate(
                    "DestinationsDialog", "\nSet by your organisation; enter your own application password."
                )
            if trusted := destination_trust.trust_summary(destination):
                tip += "\n" + trusted
            if destination.max_upload_bytes:
                tip += translate("DestinationsDialog", "\nLargest upload: {value} MB").format(
                    value=destination.max_upload_bytes // (1024 * 1024)
                )
            for column in range(4):
                item.setToolTip(column, tip)
            self.list.addTopLevelItem(item)
        self.list.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        if keep is not None:
            self.select(keep)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        if not items:
            self.name_edit.setFocus()
        self._update_buttons()

    def current(self) -> Destination | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(NAME, ID_ROLE)
        return next((d for d in self._items if d.id == wanted), None)

    def _update_buttons(self) -> None:
        chosen = self.current() is not None and not self._busy
        for button in (
            self.verify_button,
            self.password_button,
            self.rename_button,
            self.certificate_button,
            self.remove_button,
            self.fetch_button,
        ):
            button.setEnabled(chosen)
        destination_trust.show_trust(self.current(), self.trust_label, self.certificate_button)
        self.add_button.setEnabled(not self._busy)

    # -- running -----------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        *,
        quiet: bool = False,
        note: str = "",
        field_widgets: dict[str, QWidget] | None = None,
        site: str = "",
        on_error: Callable[[BaseException], bool] | None = None,
    ) -> None:
        """site: the destination's name, for the sentences of what went wrong ("" for one being
        added: "The site did not answer..."). on_error: answers True when it dealt with the error
        itself (a question that may lead to another try)."""
        self._set_busy(True, quiet)
        if note:
            self.message.note(note)

        def succeeded(value: Any) -> None:
            if self._closed:
                return
            self._set_busy(False, quiet)
            done(value)

        def failed(error: BaseException) -> None:
            if self._closed:
                return
            self._set_busy(False, quiet)
            if on_error is not None and on_error(error):
                return
            self.message.problem(error, site)
            if isinstance(error, ValidationError) and field_widgets and error.field in field_widgets:
                field_widgets[error.field].setFocus()

        self._tasks.run(work, succeeded, failed)

    def _set_busy(self, busy: bool, quiet: bool) -> None:
        self._busy = busy
        if not quiet:
            self.busy.setVisible(busy)
            for edit in (self.name_edit, self.url_edit, self.user_edit, self.password_edit):
                edit.setReadOnly(busy)
        self._update_buttons()

    def done(self, result: int) -> None:
        self._closed = True  # a check still running reports to nobody
        super().done(result)

    # -- commands ----------------------------------------------------------------------------

    def _on_add(self, api_origin: str = "", fingerprint: str = "") -> None:
        """api_origin, fingerprint: what the editor confirmed after a first try was refused."""
        if self._busy:
            return
        name, url = self.name_edit.text(), self.url_edit.text()
        user, password = self.user_edit.text(), self.password_edit.text()
        if not url.strip():
            self.message.error(
                translate(
                    "DestinationsDialog",
                    "Site address: enter the site's address, e.g. https://news.example.org",
                )
            )
            self.url_edit.setFocus()
            return
        # Plain http to another machine: the password would travel readable. The editor decides.
        plain_http = travels_readable(url)
        if plain_http and not api_origin and not fingerprint and not confirm_plain_http(self, url):
            self.url_edit.setFocus()
            return
        service = self._destinations
        fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "url": self.url_edit,
            "user": self.user_edit,
            "password": self.password_edit,
        }

        def refused(error: BaseException) -> bool:
            retry = destination_trust.confirmed_retry(self, error, url.strip(), api_origin, fingerprint)
            if retry is not None:
                self._on_add(*retry)
            return retry is not None

        self._run(
            lambda: service.add(
                name,
                url,
                user,
                password,
                allow_plain_http=plain_http,
                allow_api_origin=api_origin,
                trust_certificate=fingerprint,
            ),
            self._on_added,
            note=translate("DestinationsDialog", "Checking {site}…").format(site=url.strip()),
            field_widgets=fields,
            on_error=refused,
        )

    def _on_added(self, destination: Destination) -> None:
        for edit in (self.name_edit, self.url_edit, self.user_edit, self.password_edit):
            edit.clear()
        unencrypted = (
            translate(
                "DestinationsDialog",
                " It is reached over plain http: the password is not encrypted on the way.",
            )
            if travels_readable(destination.url)
            else ""
        )
        self.message.ok(
            translate(
                "DestinationsDialog", "Added {name}: the site accepted the password.{unencrypted}"
            ).format(name=destination.name, unencrypted=unencrypted)
        )
        self.changed.emit()
        self.refresh(select_id=destination.id)

    def _on_verify(self) -> None:
        destination = self.current()
        if destination is None or self._busy:
            return
        service = self._destinations

        def verified(account: SiteAccount) -> None:
            who = account.name or destination.username
            self.message.ok(
                translate("DestinationsDialog", "{name}: logged in as {who}; publishing works.").format(
                    name=destination.name, who=who
                )
            )
            self.refresh()

        self._run(
            lambda: service.verify(destination.id),
            verified,
            note=translate("DestinationsDialog", "Checking {site}…").format(site=destination.name),
            site=destination.name,
        )

    def _on_certificate(self) -> None:
        destination = self.current()
        if destination is not None and not self._busy:
            self._trust.certificate(destination)

    def _on_trust_changed(self, destination: Destination, template: str) -> None:
        self.message.ok(template.format(name=destination.name))
        self.changed.emit()
        self.refresh(select_id=destination.id)

    def _on_fetch_taxonomy(self) -> None:
        destination = self.current()
        pulls = self._pulls
        if destination is None or pulls is None or self._busy:
            return

        def fetched(report: PullReport) -> None:
            sections = plural(report.sections_added, "new section")
            tags = plural(report.tags_mapped, "tag")
            self.message.ok(
                translate(
                    "DestinationsDialog",
                    "{name}: {sections}, {tags} from the site. Pick them in the article's Section and "
                    "Tags fields.",
                ).format(name=destination.name, sections=sections, tags=tags)
            )
            self.taxonomy_changed.emit()

        self._run(
            lambda: pulls.sync_taxonomy(destination.id),
            fetched,
            note=f"Fetching the sections and tags of {destination.name}…",
            site=destination.name,
        )

    def _on_password(self) -> None:
        destination = self.current()
        if destination is None or self._busy:
            return
        dialog = PasswordDialog(self._destinations, destination, self._tasks, self)
        dialog.saved.connect(lambda saved: self._on_password_saved(saved))
        dialog.exec()
        dialog.deleteLater()

    def _on_password_saved(self, destination: Destination) -> None:
        self.message.ok(
            translate("DestinationsDialog", "{name}: the new password works and is in your keyring.").format(
                name=destination.name
            )
        )
        self.changed.emit()
        self.refresh(select_id=destination.id)

    def _on_rename(self) -> None:
        destination = self.current()
        if destination is None or self._busy:
            return
        name = alerts.ask_text(
            self,
            translate("DestinationsDialog", "Rename destination"),
            translate("DestinationsDialog", "New name:"),
            destination.name,
        )
        if name is None or name.strip() == destination.name:
            return
        service = self._destinations

        def renamed(updated: Destination) -> None:
            self.message.ok(translate("DestinationsDialog", "Renamed to {name}.").format(name=updated.name))
            self.changed.emit()
            self.refresh(select_id=updated.id)

        self._run(lambda: service.rename(destination.id, name), renamed, quiet=True)

    def _on_remove(self) -> None:
        destination = self.current()
        if destination is None or self._busy:
            return
        if not alerts.confirm(
            self,
            translate("DestinationsDialog", "Remove {name}?").format(name=destination.name),
            translate(
                "DestinationsDialog",
                "Posts already on {url} stay there. This app forgets the site: its links to those posts, "
                "its queued jobs, and the password in your keyring.",
            ).format(url=destination.url),
            translate("DestinationsDialog", "Remove"),
        ):
            return
        service = self._destinations

        def removed(_none: object) -> None:
            self.message.ok(
                translate("DestinationsDialog", "Removed {name}. Its posts stay on the site.").format(
                    name=destination.name
                )
            )
            self.changed.emit()
            self.refresh()

        self._run(
            lambda: service.remove(destination.id),
            removed,
            note=translate("DestinationsDialog", "Removing {site}…").format(site=destination.name),
            site=destination.name,
        )
