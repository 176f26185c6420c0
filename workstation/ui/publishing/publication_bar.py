"""Above the editor: where the open article is on the sites — status, "Published" and "Updated"
in local time, the link and Open in browser. Hidden when the article is on no site."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.domain.publishing import Publication, RemoteStatus
from workstation.domain.timefmt import relative_time


@dataclass(frozen=True, slots=True)
class SitePublication:
    destination_name: str
    publication: Publication


def describe_publication(item: SitePublication, now: datetime | None = None) -> str:
    """'Herald: Published · Published Today, 14:02 · Updated Today, 15:10' (local time)."""
    p = item.publication
    parts = [p.remote_status.label if p.remote_status else "On the site"]
    if p.published_gmt is not None:
        if p.remote_status is RemoteStatus.FUTURE:
            parts.append(f"Scheduled for {relative_time(p.published_gmt, now)}")
        elif p.remote_status is RemoteStatus.PUBLISH:
            parts.append(f"Published {relative_time(p.published_gmt, now)}")
    if p.modified_gmt is not None:
        parts.append(f"Updated {relative_time(p.modified_gmt, now)}")
    return f"{item.destination_name}: " + " · ".join(parts)


class PublicationBar(QFrame):
    """Emits `open_requested(str)` with a post's link."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publicationBar")
        self.setAccessibleName("On the site")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#publicationBar { background: palette(alternate-base); border: 1px solid palette(mid); "
            "border-radius: 4px; }"
        )
        self._now = now
        self._items: list[SitePublication] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 6, 4)
        self._layout.setSpacing(2)
        self.hide()

    def items(self) -> list[SitePublication]:
        return list(self._items)

    def texts(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel, "publicationLabel")]

    def set_publications(self, items: list[SitePublication]) -> None:
        self._items = [i for i in items if i.publication.remote_id is not None]
        while self._layout.count():
            child = self._layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        now = self._now() if self._now else None
        for item in self._items:
            self._layout.addWidget(self._row(item, now))
        self.setVisible(bool(self._items))

    def _row(self, item: SitePublication, now: datetime | None) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        link = item.publication.link
        text = html.escape(describe_publication(item, now))
        if link:
            text += f' · <a href="{html.escape(link)}">{html.escape(link)}</a>'
        label = QLabel(text)
        label.setObjectName("publicationLabel")
        label.setAccessibleName(describe_publication(item, now))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(self.open_requested.emit)
        label.setToolTip(link)
        layout.addWidget(label, 1)
        if link:
            button = QPushButton("Open in browser")
            button.setObjectName("openPublicationButton")
            button.setAccessibleName(f"Open in browser ({item.destination_name})")
            button.setToolTip(link)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, url=link: self.open_requested.emit(url))
            layout.addWidget(button)
        return row
