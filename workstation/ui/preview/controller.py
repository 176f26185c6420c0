"""Keeps the Preview tab in step with the editor: the page as typed, the publishing checks,
and the paragraph under the cursor. Store reads run off the GUI thread."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit

from workstation.domain.article import Article
from workstation.domain.taxonomy import SectionNode
from workstation.services.rendering import PageInput
from workstation.ui.common.host import EditorHost
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.preview.tab import PreviewTab

if TYPE_CHECKING:
    from workstation.services.preflight import PreflightItem
    from workstation.services.workspace import Workspace

PREFLIGHT_DELAY_MS = 600
FOLLOW_DELAY_MS = 150


class PreviewController(QObject):
    """The window calls on_editor_field_changed() for every edit; `body` is the editor's body
    field, whose cursor the page follows."""

    def __init__(
        self,
        host: EditorHost,
        body: QPlainTextEdit,
        tab: PreviewTab,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._body = body
        self._tab = tab
        self._tasks = tasks
        self._workspace: Workspace | None = None
        self._base: PageInput | None = None  # what the page shows besides the editor's fields
        self._base_id: int | None = None
        self._section_paths: dict[int, tuple[str, ...]] = {}
        self._preflight_timer = self._single_shot(PREFLIGHT_DELAY_MS, self.check_now)
        self._follow_timer = self._single_shot(FOLLOW_DELAY_MS, self._follow_cursor)
        body.cursorPositionChanged.connect(self._follow_timer.start)
        tab.set_source(self.editor_input, self.with_photos)

    def _single_shot(self, msecs: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    def attach(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._tab.set_renderer(workspace.rendering.renderer, workspace.photos.photo_bytes)

    def set_sections(self, nodes: list[SectionNode]) -> None:
        self._section_paths = {node.section.id: node.path for node in nodes}
        self.refresh_base()

    def show_article(self, article_id: int | None) -> None:
        """A new article in the editor: load what its page needs, then preview and check it."""
        self._base = None
        self._base_id = article_id
        self._tab.set_source(self.editor_input, self.with_photos)
        self._tab.checks.set_items([])
        if article_id is not None:
            self.refresh_base()
            self._preflight_timer.start()

    def refresh_base(self) -> None:
        """Reload dates, navigation, More news and photos (after a save or a photo change)."""
        workspace, article_id = self._workspace, self._base_id
        if workspace is None or article_id is None:
            return
        self._tasks.run(
            lambda: workspace.rendering.page_input(article_id),
            lambda base: self._on_base_loaded(article_id, base),
            lambda _exc: None,  # the article went away meanwhile; the next switch reloads
        )

    def article_saved(self, article: Article) -> None:
        """After an autosave only the page's dates changed: take them from the saved article
        instead of reading navigation, More news and photos from the store again."""
        if self._base is not None and article.id == self._base_id:
            self._base = replace(
                self._base, updated_at=article.updated_at, first_published_at=article.first_published_at
            )
            self._tab.request_update()

    def _on_base_loaded(self, article_id: int, base: PageInput) -> None:
        if article_id != self._base_id:
            return  # a stale answer for an article no longer shown
        self._base = base
        self._tab.request_update()

    def page_input(self) -> PageInput | None:
        """The page as the editor shows it now, its photos pointing at the preview's images."""
        editor_input = self.editor_input()
        return self.with_photos(editor_input) if editor_input is not None else None

    def editor_input(self) -> PageInput | None:
        """The page from the editor's fields as they are now (called by the preview on the GUI
        thread at each change while typing: no store reads here)."""
        base = self._base
        if base is None or self._workspace is None or self._host.current_article_id() != self._base_id:
            return None
        content = self._host.editor_content()
        section_path = self._section_paths.get(content.section_id, ()) if content.section_id else ()
        return replace(base, content=content, section_path=section_path)

    def with_photos(self, page: PageInput) -> PageInput:
        """`page` with each `photo:` reference of its body resolved in the store (run by the
        preview on its render thread)."""
        workspace, body = self._workspace, page.content.body
        if workspace is None or "photo:" not in body:
            return page
        return replace(page, content=replace(page.content, body=workspace.photos.body_for_preview(body)))

    def check_now(self) -> None:
        workspace, article_id = self._workspace, self._host.current_article_id()
        if workspace is None or article_id is None:
            return
        content = self._host.editor_content()
        self._tasks.run(
            lambda: workspace.preflight.check(article_id, content),
            lambda items: self._on_checked(article_id, items),
            lambda _exc: None,
        )

    def _on_checked(self, article_id: int, items: list[PreflightItem]) -> None:
        if article_id == self._host.current_article_id():
            self._tab.checks.set_items(items)

    def on_editor_field_changed(self, _name: str) -> None:
        self._tab.request_update()
        self._preflight_timer.start()

    def _follow_cursor(self) -> None:
        from workstation.ui.preview import paragraph_index_for_cursor

        body = self._body
        if body.hasFocus():
            # The document's own text, in which the cursor's position counts: a photo shown as a
            # picture is one character there, and on one line, so the blocks are the Markdown's.
            self._tab.follow_paragraph(
                paragraph_index_for_cursor(body.toPlainText(), body.textCursor().position())
            )
