"""Above the editor: where the open article is on the sites and its state there, each in words
with the one action that fixes it — "Edited here since it was sent · Update", "Not updated: the
post was changed on the site at 05:57 · Resolve…", "Will retry at 06:03: …", "Failed: … · Retry",
sending with its progress — then "Published" and "Updated" in local time, the link and Open in
browser. Hidden when the article is on no site and nothing is being sent."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.publication_state import PublicationState, SiteState, site_state
from workstation.domain.publishing import OutboxJob, RemoteStatus, SitePublication
from workstation.domain.timefmt import relative_time
from workstation.ui.common.state_icons import state_colour, state_icon

# The one button a state offers: its text, and the signal it sends.
_ACTIONS = {
    PublicationState.LOCAL_CHANGES: QT_TRANSLATE_NOOP("PublicationBar", "Update"),
    PublicationState.CONFLICT: QT_TRANSLATE_NOOP("PublicationBar", "Resolve…"),
    PublicationState.FAILED: QT_TRANSLATE_NOOP("PublicationBar", "Retry"),
}


def describe_publication(item: SitePublication, now: datetime | None = None) -> str:
    """'Herald: Published Today, 14:02 · Updated Today, 15:10', 'Herald: Scheduled for 2 Dec,
    08:00', 'Herald: Draft · Updated Yesterday, 23:05' (local time, as the page shows times)."""
    p = item.publication
    parts = []
    if p.remote_status is RemoteStatus.PUBLISH and p.published_gmt is not None:
        when = relative_time(p.published_gmt, now)
        parts.append(translate("PublicationBar", "Published {when}").format(when=when))
    elif p.remote_status is RemoteStatus.FUTURE and p.published_gmt is not None:
        parts.append(
            translate("PublicationBar", "Scheduled for {relative_time}").format(
                relative_time=relative_time(p.published_gmt, now)
            )
        )
    else:
        parts.append(p.remote_status.label if p.remote_status else translate("PublicationBar", "On the site"))
    if p.modified_gmt is not None:
        when = relative_time(p.modified_gmt, now)
        parts.append(translate("PublicationBar", "Updated {when}").format(when=when))
    return f"{item.destination_name}: " + " · ".join(parts)


def describe_state(state: SiteState, now: datetime | None = None) -> str:
    """The site's facts, then the state: 'Herald: Published Today, 14:02 · Updated … · In sync
    with the site', or 'Herald: Not on the site yet · Sending: Creating the post'."""
    publication = state.publication
    if publication is not None and publication.remote_id is not None:
        facts = describe_publication(SitePublication(state.site, publication), now)
    else:
        facts = translate("PublicationBar", "{site}: Not on the site yet").format(site=state.site)
    return f"{facts} · {state.sentence(now)}"


def short_link(link: str) -> str:
    """news.example.org/2026/11/kim-orders-drones/ (no scheme), for a narrow bar."""
    return link.split("://", 1)[-1]


def action_text(state: SiteState) -> str:
    """The button a state offers ("" for none): a missing password is entered, not retried."""
    if state.state is PublicationState.FAILED and state.password_needed:
        return translate("PublicationBar", "Enter password…")
    action = _ACTIONS.get(state.state)
    return translate("PublicationBar", action) if action else ""


class PublicationBar(QFrame):
    """Emits `open_requested(str)` with a post's link; `update_requested(int)` with a site's id
    (send the edits made here); `resolve_requested(OutboxJob)`, `retry_requested(OutboxJob)`;
    `password_requested(int)` with a site's id."""

    open_requested = Signal(str)
    update_requested = Signal(int)
    resolve_requested = Signal(object)
    retry_requested = Signal(object)
    password_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publicationBar")
        self.setAccessibleName(translate("PublicationBar", "On the site"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#publicationBar { background: palette(alternate-base); border: 1px solid palette(mid); "
            "border-radius: 4px; }"
        )
        self._now = now
        self._states: list[SiteState] = []
        self._rows: list[QWidget] = []  # one per site (the rows replaced wait for deleteLater)
        self._labels: list[QLabel] = []  # their texts
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 6, 4)
        self._layout.setSpacing(4)
        self.hide()

    def states(self) -> list[SiteState]:
        return list(self._states)

    def items(self) -> list[SitePublication]:
        """The sites that hold the article (a post exists there)."""
        return [
            SitePublication(s.site, s.publication)
            for s in self._states
            if s.publication is not None and s.publication.remote_id is not None
        ]

    def rows(self) -> list[QWidget]:
        """The rows shown now, one per site, in the order of states()."""
        return list(self._rows)

    def texts(self) -> list[str]:
        """Each row as plain text: 'Herald: Published Today, 14:02 · Updated … · In sync … · https://…'."""
        return [" · ".join(filter(None, (label.accessibleName(), label.toolTip()))) for label in self._labels]

    def set_states(self, states: list[SiteState]) -> None:
        self._states = list(states)
        while self._layout.count():
            child = self._layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        now = self._now() if self._now else None
        self._labels = []
        self._rows = [self._row(state, now) for state in self._states]
        for row in self._rows:
            self._layout.addWidget(row)
        self.setVisible(bool(self._states))

    def update_job(self, job: OutboxJob) -> bool:
        """A job of the open article under way moved on (a step, upload progress): its site's row
        follows at once, by the same rule as the service (no store read). False if no row is its,
        or the job ended."""
        if not job.state.is_open:  # it ended: the store says what the site holds now
            return False
        for index, state in enumerate(self._states):
            if state.destination_id != job.destination_id or state.article_id != job.article_id:
                continue
            edited = state.state is PublicationState.LOCAL_CHANGES
            fresh = site_state(state.site, state.publication, job, edited_since_sent=edited)
            if fresh is None:
                return False
            self.set_states(
                [*self._states[:index], replace(fresh, site=state.site), *self._states[index + 1 :]]
            )
            return True
        return False

    def _row(self, state: SiteState, now: datetime | None) -> QWidget:
        row = QWidget(self)
        row.setObjectName("publicationRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        icon = QLabel(row)
        icon.setObjectName("publicationStateIcon")
        icon.setAccessibleName(state.state.label)
        icon.setToolTip(state.state.label)
        size = self.fontMetrics().height()
        icon.setPixmap(state_icon(state.state).pixmap(size, size))
        icon.setContentsMargins(0, 2, 0, 0)  # level with the first line of text
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        label = self._text_label(state, now)
        self._labels.append(label)
        text_column = QVBoxLayout()
        text_column.setSpacing(2)
        text_column.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        if state.state is PublicationState.SENDING and state.progress is not None:
            progress = QProgressBar(row)
            progress.setObjectName("publicationProgress")
            progress.setAccessibleName(
                translate("PublicationBar", "Sending to {site}").format(site=state.site)
            )
            progress.setRange(0, 100)
            progress.setValue(round(state.progress * 100))
            progress.setMaximumHeight(max(6, size // 2))
            progress.setTextVisible(False)
            text_column.addWidget(progress)
        text_column.addStretch(1)
        layout.addLayout(text_column, 1)
        action = action_text(state)
        if action:
            button = QPushButton(action, row)
            button.setObjectName("publicationActionButton")
            button.setAccessibleName(f"{action.rstrip('…')} ({state.site})")
            button.setToolTip(state.announcement(now))
            button.clicked.connect(lambda _checked=False, s=state: self._act(s))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        link = state.publication.link if state.publication is not None else ""
        if link:
            opener = QPushButton(translate("PublicationBar", "Open in browser"), row)
            opener.setObjectName("openPublicationButton")
            opener.setAccessibleName(
                translate("PublicationBar", "Open in browser ({site})").format(site=state.site)
            )
            opener.setToolTip(link)
            opener.setFlat(True)
            opener.setCursor(Qt.CursorShape.PointingHandCursor)
            opener.clicked.connect(lambda _checked=False, url=link: self.open_requested.emit(url))
            layout.addWidget(opener, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _text_label(self, state: SiteState, now: datetime | None) -> QLabel:
        """The state first (what needs saying, in its colour), then the site's facts and link."""
        facts, _, sentence = describe_state(state, now).rpartition(" · ")
        name, _, facts = facts.partition(": ")
        link = state.publication.link if state.publication is not None else ""
        colour = state_colour(state.state).name()
        weight = 400 if state.state is PublicationState.IN_SYNC else 600
        text = (
            f"<b>{html.escape(name)}</b>: "
            f'<span style="color:{colour}; font-weight:{weight}">{html.escape(sentence)}</span>'
            f"<br>{html.escape(facts)}"
        )
        if link:
            text += f' · <a href="{html.escape(link)}">{html.escape(short_link(link))}</a>'
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setObjectName("publicationLabel")
        label.setAccessibleName(describe_state(state, now))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(self.open_requested.emit)
        label.setToolTip(link)
        return label

    def _act(self, state: SiteState) -> None:
        if state.state is PublicationState.LOCAL_CHANGES:
            self.update_requested.emit(state.destination_id)
        elif state.state is PublicationState.CONFLICT and state.job is not None:
            self.resolve_requested.emit(state.job)
        elif state.password_needed:
            self.password_requested.emit(state.destination_id)
        elif state.state is PublicationState.FAILED and state.job is not None:
            self.retry_requested.emit(state.job)
