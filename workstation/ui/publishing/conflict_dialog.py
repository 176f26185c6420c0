"""A conflict: the post changed on the site since it was last sent from here. The site's version
beside the word-level differences to the local one (the History tab's diff), and three ways on:
keep mine (overwrite the site), take theirs (a revision here), or edit and retry. Nothing is ever
overwritten without this choice."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.article import ArticleContent
from workstation.domain.diff import diff_content
from workstation.domain.publishing import OutboxJob, RemoteVersion
from workstation.domain.timefmt import relative_time
from workstation.services.articles import ArticleService
from workstation.services.publishing.conflicts import ConflictChoice, remote_version_from_json
from workstation.services.publishing.html_markdown import split_post_content
from workstation.services.publishing.outbox import OutboxService
from workstation.services.rendering.diff_html import diff_to_html
from workstation.ui.common.factory import push_button
from workstation.ui.common.tasks import Runner
from workstation.ui.publishing.common import MessageLine, busy_bar, describe


def plain(fragment: str) -> str:
    """Text of a bit of the site's HTML (a title, an excerpt)."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


_STRAIGHT = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "--", "—": "---", "…": "..."})


def _as_typed(remote: str, local: str) -> str:
    """The site's text with the typographic quotes and dashes our own publish put there undone,
    when the local text has none: they are not an edit anyone made."""
    straight = remote.translate(_STRAIGHT)
    return straight if local.translate(_STRAIGHT) == local else remote


def remote_content(remote: RemoteVersion, local: ArticleContent) -> ArticleContent:
    """The site's version as an article: headline, standfirst, body (as Markdown), byline and
    source note from the post; the rest (section, tags, status) as here, so only text differs."""
    text = split_post_content(remote.content_html)
    return replace(
        local,
        headline=_as_typed(plain(remote.title), local.headline),
        standfirst=_as_typed(plain(remote.excerpt), local.standfirst),
        body=_as_typed(text.body, local.body),
        byline=_as_typed(text.byline, local.byline) or local.byline,
        source_note=_as_typed(text.source_note, local.source_note) or local.source_note,
    )


def _text_page(content: ArticleContent) -> str:
    e = html.escape
    parts = [f"<h3 style='margin-top:0'>{e(content.headline)}</h3>"]
    if content.standfirst:
        parts.append(f"<p><i>{e(content.standfirst)}</i></p>")
    for paragraph in content.body.split("\n\n"):
        if paragraph.strip():
            parts.append(f"<p>{e(paragraph).replace(chr(10), '<br>')}</p>")
    if content.byline:
        parts.append(f"<p style='color:#666666;'>{e(content.byline)}</p>")
    return "".join(parts)


class ConflictDialog(QDialog):
    """Emits `resolved(OutboxJob, str)` with the job as it is after the choice."""

    resolved = Signal(object, str)

    def __init__(
        self,
        outbox: OutboxService,
        articles: ArticleService,
        job: OutboxJob,
        tasks: Runner,
        parent: QWidget | None = None,
        *,
        on_resolved: Callable[[OutboxJob, str], None] | None = None,
    ) -> None:
        """on_resolved: told of the outcome even if the dialog was closed meanwhile (the window
        must reload the article after "take theirs" whatever became of the dialog)."""
        super().__init__(parent)
        self._on_resolved_callback = on_resolved
        self.setObjectName("conflictDialog")
        self.setAccessibleName("Conflict with the site")
        self.setWindowTitle("The post changed on the site")
        self._outbox = outbox
        self._articles = articles
        self._job = job
        self._tasks = tasks
        self._busy = False
        self._closed = False
        self.remote = remote_version_from_json(job.conflict)
        self._build()
        self.resize(980, 640)
        self._load()

    def _build(self) -> None:
        when = ""
        if self.remote is not None and self.remote.modified_gmt is not None:
            when = f" ({relative_time(self.remote.modified_gmt)})"
        intro = QLabel(
            f"<b>{html.escape(self._job.headline or 'This article')}</b> was changed on "
            f"<b>{html.escape(self._job.destination_name)}</b>{html.escape(when)} since it was last "
            "sent from here. Nothing was written. Compare the versions and choose which to keep."
        )
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)

        self.remote_view = QTextBrowser()
        self.remote_view.setObjectName("conflictRemoteView")
        self.remote_view.setAccessibleName("The site's version")
        self.remote_view.setOpenLinks(False)
        self.remote_view.document().setDocumentMargin(10)
        self.diff_view = QTextBrowser()
        self.diff_view.setObjectName("conflictDiffView")
        self.diff_view.setAccessibleName("Differences between the site's version and yours")
        self.diff_view.setOpenLinks(False)
        self.diff_view.document().setDocumentMargin(10)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("conflictSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._titled("On the site now", self.remote_view))
        self.splitter.addWidget(self._titled("Your version, compared with the site's", self.diff_view))
        self.splitter.setSizes([420, 560])

        make_button = partial(push_button, auto_default=False, min_height=30)
        self.mine_button = make_button(
            "Keep mine (overwrite the site)",
            "keepMineButton",
            "Send your version; the changes made on the site are replaced.",
        )
        self.theirs_button = make_button(
            "Take theirs (becomes a revision here)",
            "takeTheirsButton",
            "The site's text replaces yours here as a new revision; yours stays in the History tab.",
        )
        self.edit_button = make_button(
            "Edit and retry",
            "editAndRetryButton",
            "Merge by hand in the editor, then press Retry in the Outbox.",
        )
        self.close_button = make_button("Decide later", "closeConflictButton", "Leave the job in conflict")
        self.mine_button.clicked.connect(lambda: self._resolve("mine"))
        self.theirs_button.clicked.connect(lambda: self._resolve("theirs"))
        self.edit_button.clicked.connect(lambda: self._resolve("edit"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.busy = busy_bar("conflictBusy")
        self.message = MessageLine("conflictMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    @staticmethod
    def _titled(title: str, view: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        label = QLabel(title)
        label.setStyleSheet("font-weight: 600;")
        layout.addWidget(label)
        layout.addWidget(view, 1)
        return box

    # -- loading -----------------------------------------------------------------------------

    def _load(self) -> None:
        if self.remote is None:
            self.message.error("This job has no conflict to resolve (it was resolved elsewhere).")
            self._set_enabled(False)
            return
        articles, article_id = self._articles, self._job.article_id
        self._run(lambda: articles.get(article_id).content, self._show)

    def _show(self, local: ArticleContent) -> None:
        assert self.remote is not None
        theirs = remote_content(self.remote, local)
        self.remote_view.setHtml(_text_page(theirs))
        result = diff_content(theirs, local)
        self._diff_html = diff_to_html(
            result,
            title="From the site's version to yours:",
            legend=("only in yours", "only on the site"),
            no_changes="The texts are the same; only the post's date or status changed on the site.",
        )
        self.diff_view.setHtml(self._diff_html)

    def diff_html(self) -> str:
        return getattr(self, "_diff_html", "")

    # -- choosing ----------------------------------------------------------------------------

    def _resolve(self, choice: ConflictChoice) -> None:
        if self._busy:
            return
        outbox, job_id = self._outbox, self._job.id
        callback = self._on_resolved_callback

        def resolve() -> OutboxJob:
            return outbox.resolve_conflict(job_id, choice)

        def resolved(job: OutboxJob) -> None:
            if callback is not None:
                callback(job, choice)
            if not self._closed:
                self._on_resolved(job, choice)

        self._run(resolve, resolved, always=True)

    def _on_resolved(self, job: OutboxJob, choice: str) -> None:
        self.resolved.emit(job, choice)
        self.accept()

    def _run(self, work: Any, done: Any, *, always: bool = False) -> None:
        """done(value) on success; when `always`, also after the dialog was closed (done must
        then not touch the dialog's widgets)."""
        self._set_busy(True)

        def succeeded(value: Any) -> None:
            if not self._closed:
                self._set_busy(False)
            if always or not self._closed:
                done(value)

        def failed(error: BaseException) -> None:
            if not self._closed:
                self._set_busy(False)
                self.message.error(describe(error))

        self._tasks.run(work, succeeded, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self._set_enabled(not busy)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.mine_button, self.theirs_button, self.edit_button):
            button.setEnabled(enabled and self.remote is not None)

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)
