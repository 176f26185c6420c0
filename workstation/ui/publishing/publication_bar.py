"""Above the editor: where the open article is on the sites — status, "Published" and "Updated"
in local time, the link and Open in browser. Hidden when the article is on no site."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.domain.publishing import RemoteStatus, SitePublication
from workstation.domain.timefmt import relative_time


def describe_publication(item: SitePublication, now: datetime | None = None) -> str:
    """'Herald: Published Today, 14:02 · Updated Today, 15:10', 'Herald: Scheduled for 2 Dec,
    08:00', 'Herald: Draft · Updated Yesterday, 23:05' (local time, as the page shows times)."""
    p = item.publication
    parts = []
    if p.remote_status is RemoteStatus.PUBLISH and p.published_gmt is not None:
        parts.append(f"Published {relative_time(p.published_gmt, now)}")
    elif p.remote_status is RemoteStatus.FUTURE and p.published_gmt is not None:
        parts.append(f"Scheduled for {relative_time(p.published_gmt, now)}")
    else:
        parts.append(p.remote_status.label if p.remote_status else "On the site")
    if p.modified_gmt is not None:
        parts.append(f"Updated {relative_time(p.modified_gmt, now)}")
    return f"{item.destination_name}: " + " · ".join(parts)


def short_link(link: str) -> str:
    """news.example.org/2026/11/kim-orders-drones/ (no scheme), for a narrow bar."""
    return link.split("://", 1)[-1]


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
        """Each row as plain text: 'Herald: Published Today, 14:02 · Updated … · https://…'."""
        labels = self.findChildren(QLabel, "publicationLabel")
        return [" · ".join(filter(None, (label.accessibleName(), label.toolTip()))) for label in labels]

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
        name, _, facts = describe_publication(item, now).partition(": ")
        text = f"<b>{html.escape(name)}</b>: {html.escape(facts)}"
        if link:
            text += f' · <a href="{html.escape(link)}">{html.escape(short_link(link))}</a>'
        label = QLabel(text)
        label.setWordWrap(True)
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
