"""What a screen reader should say when something changes on its own: a save, a failure, a
search's count, a message in the status bar.

Said through Qt 6.8's QAccessibleAnnouncementEvent: UI Automation on Windows, NSAccessibility on
macOS, the AT-SPI Announcement event on Linux (Orca 46 and later speak it). Orca before 46 does not;
there the values stay readable where they are (the status labels are named "what: value").

No Python accessibility factory (QAccessible.installFactory) is used for this: with PySide 6.11 a
Python factory is asked for every object, and wrapping QtWebEngine's focus item for it crashes the
app the moment the preview takes the focus under a screen reader (tests/gui/common/test_announce.py
keeps that from coming back). Nothing is done while no assistive technology listens."""

from __future__ import annotations

import time

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


class Announcer:
    """Says messages for one window. say() always speaks; say_now_and_then() speaks a kind of
    message (a save) again only after `quiet` seconds, so typing is not read a save at a time."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._last: dict[str, tuple[float, str]] = {}
        self.spoken: list[str] = []  # what was said, newest last (tests; at most 50 kept)

    def say(self, text: str, *, assertive: bool = False) -> None:
        text = text.strip()
        if not text:
            return
        self.spoken = [*self.spoken[-49:], text]
        if not QAccessible.isActive():
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
