"""What a screen reader should say when something changes on its own: a save, a failure, a
search's count, a message in the status bar.

Qt 6.8's QAccessibleAnnouncementEvent is what Windows and macOS screen readers hear. On Linux
(AT-SPI) Orca before 46, Debian 12's 43 among them, ignores that event but speaks a notification
(role Notification) the moment it shows: there the announcement goes through a hidden live
region, a label whose accessible role is Notification and which is shown again for each message.
Nothing is done while no assistive technology listens (QAccessible.isActive)."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

USES_LIVE_REGION = sys.platform.startswith("linux")
LIVE_REGION_NAME = "liveRegion"


class LiveRegion(QLabel):
    """Zero-sized and out of the layout; its accessible name is the last message."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(LIVE_REGION_NAME)
        self.setFixedSize(0, 0)
        self.hide()

    def say(self, text: str) -> None:
        self.setAccessibleName(text)
        self.hide()
        self.show()  # object:state-changed:showing on a notification: Orca speaks it


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if key == "LiveRegion" and isinstance(obj, QWidget):
        return QAccessibleWidget(obj, QAccessible.Role.Notification, "")
    return None


QAccessible.installFactory(_factory)


class Announcer:
    """Says messages for one window. say() always speaks; say_now_and_then() speaks a kind of
    message (a save) again only after `quiet` seconds, so typing is not read a save at a time."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._region = LiveRegion(window)
        self._last: dict[str, tuple[float, str]] = {}
        self.spoken: list[str] = []  # what was said, newest last (tests; at most 50 kept)

    def say(self, text: str, *, assertive: bool = False) -> None:
        text = text.strip()
        if not text:
            return
        self.spoken = [*self.spoken[-49:], text]
        if not QAccessible.isActive():
            return
        if USES_LIVE_REGION:
            self._region.say(text)
            return
        event = QAccessibleAnnouncementEvent(self._window, text)
        if assertive:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)

    def say_now_and_then(self, kind: str, text: str, quiet: float = 60.0) -> bool:
        """Say text unless the same kind of message was said less than quiet seconds ago."""
        now = time.monotonic()
        last = self._last.get(kind)
        if last is not None and now - last[0] < quiet:
            return False
        self._last[kind] = (now, text)
        self.say(text)
        return True

    def forget(self, kind: str) -> None:
        """The next message of this kind is said at once (after a failure, say)."""
        self._last.pop(kind, None)
