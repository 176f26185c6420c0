"""Saying so when a publication's state changes: a sentence in the status bar ("Herald refused
the update: the post changed on the site. Resolve it in the Outbox.") and, for a conflict or a
failure, a desktop notification where the desktop has a system tray (QSystemTrayIcon)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from workstation.domain.i18n import translate
from workstation.domain.publication_state import PublicationState, SiteState, site_state
from workstation.domain.publishing import JobState, OutboxJob
from workstation.ui.common.host import EditorHost
from workstation.ui.common.state_icons import state_icon

STATUS_MS = 15000
TRAY_MS = 10000
# Announced when a job comes to them (a missing password has its own notice in the status bar).
_ANNOUNCED = frozenset({JobState.CONFLICT, JobState.FAILED, JobState.RETRYING})
_NOTIFIED = frozenset({PublicationState.CONFLICT, PublicationState.FAILED})


def tray_available() -> bool:
    """Whether the desktop shows tray icons and their messages (many Linux desktops do not)."""
    return bool(QSystemTrayIcon.isSystemTrayAvailable())


class DesktopNotifier(QObject):
    """A tray icon that shows one message and goes away again. `shown(title, text)` after a
    message was handed to the desktop; `clicked()` when the editor clicks it."""

    shown = Signal(str, str)
    clicked = Signal()

    def __init__(
        self, parent: QObject | None = None, *, available: Callable[[], bool] = tray_available
    ) -> None:
        super().__init__(parent)
        self.available = available  # the seam: tests say whether the desktop has a tray
        self._tray: QSystemTrayIcon | None = None
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self._hide)

    @property
    def tray(self) -> QSystemTrayIcon | None:
        return self._tray

    def notify(self, title: str, text: str, icon: QIcon) -> bool:
        """Show the message; False (and nothing else happens) where there is no system tray."""
        if not self.available():
            return False
        if self._tray is None:
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(translate("DesktopNotifier", "Editorial Workstation"))
            self._tray.messageClicked.connect(self.clicked.emit)
        self._tray.setIcon(icon)
        self._tray.show()
        self._tray.showMessage(title, text, icon, TRAY_MS)
        self._hide_timer.start(TRAY_MS + 2000)
        self.shown.emit(title, text)
        return True

    def _hide(self) -> None:
        if self._tray is not None:
            self._tray.hide()


class StateNotices(QObject):
    """Watches the outbox's jobs and the open article's states; says what changed, once."""

    announced = Signal(object)  # SiteState

    def __init__(self, host: EditorHost, notifier: DesktopNotifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.notifier = notifier
        self._seen: dict[int, tuple[JobState, int]] | None = None  # job id -> (state, attempts)
        self._open_states: dict[tuple[int, int], PublicationState] = {}

    def jobs_seen(self, jobs: list[OutboxJob]) -> None:
        """The outbox's jobs after a run (the first list read is the baseline: nothing of it is
        announced again at start)."""
        before = self._seen
        self._seen = {job.id: (job.state, job.attempts) for job in jobs}
        if before is None:
            return
        for job in reversed(jobs):  # oldest first, so the newest message stays in the status bar
            if job.state in _ANNOUNCED and before.get(job.id) != (job.state, job.attempts):
                state = site_state(job.destination_name, None, job, edited_since_sent=False)
                if state is not None:
                    self.announce(state, job.headline)

    def open_article_states(self, states: list[SiteState]) -> None:
        """The open article's states as the bar shows them: an edit here after it was in sync
        is said once (the bar keeps saying it)."""
        for state in states:
            key = (state.article_id, state.destination_id)
            previous = self._open_states.get(key)
            self._open_states[key] = state.state
            if previous is PublicationState.IN_SYNC and state.state is PublicationState.LOCAL_CHANGES:
                self.announce(state, "")

    def announce(self, state: SiteState, headline: str) -> None:
        text = state.announcement()
        self._host.show_status(text, STATUS_MS)
        if state.state in _NOTIFIED:
            title = f"“{headline[:60]}”" if headline else state.site
            self.notifier.notify(title, text, state_icon(state.state))
        self.announced.emit(state)
