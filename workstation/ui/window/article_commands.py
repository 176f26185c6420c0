"""The article commands of the File and Edit menus: new, duplicate, checkpoint, import, export
(Markdown, HTML page, PDF) and the sample (the Trash's are TrashCommands'). Built when the store
opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from workstation.domain.article import Article, ArticleContent
from workstation.domain.i18n import translate
from workstation.services.workspace import Workspace
from workstation.ui.common import alerts
from workstation.ui.window.editing_area import EditingArea, WindowParts, guarded

if TYPE_CHECKING:
    from workstation.services.formats.markdown_import import ImportOutcome

T = TypeVar("T")


class ArticleCommands(QObject):
    def __init__(
        self,
        parts: WindowParts,
        workspace: Workspace,
        area: EditingArea,
        new_content: Callable[[], ArticleContent],
    ) -> None:
        super().__init__(parts.window)
        self._parts = parts
        self._workspace = workspace
        self._area = area
        self._new_content = new_content  # a new article's byline and language (the preferences)
        a = parts.actions
        a.new.triggered.connect(self.new_article)
        a.open_sample.triggered.connect(self.open_sample)
        a.import_markdown.triggered.connect(self.import_markdown)
        a.export_markdown.triggered.connect(self.export_markdown)
        a.export_html.triggered.connect(self.export_html)
        a.export_pdf.triggered.connect(self.export_pdf)
        a.checkpoint.triggered.connect(self.checkpoint)
        a.duplicate.triggered.connect(self.duplicate_selected)
        self._area.preview_tab.pdf_done.connect(self._on_preview_tab_pdf_done)

    def _guard(self, work: Callable[[], T]) -> T | None:
        return guarded(self._parts.window, work)

    def _status(self, text: str, msecs: int) -> None:
        self._area.show_status(text, msecs)

    def _leave_trash_view(self) -> None:
        toggle = self._parts.list_pane.trash_toggle
        if toggle.isChecked():
            toggle.setChecked(False)

    def _opened(self, article: Article | None, *, taxonomy_changed: bool = False) -> None:
        """A command made an article: leave the trash view, list the article and open it."""
        if article is None:
            return
        self._leave_trash_view()
        if taxonomy_changed:
            self._parts.signals.taxonomy_changed.emit()
        self._parts.signals.articles_changed.emit([article.id])
        self._parts.list_pane.select_article(article.id)

    # -- new articles ------------------------------------------------------------------------

    def new_article(self) -> None:
        if not self._area.flush_edits():
            return
        articles, content = self._workspace.articles, self._new_content()
        article = self._guard(lambda: articles.create(content))
        self._opened(article)
        if article is not None:
            self._area.editor.headline_edit.setFocus()

    def duplicate_selected(self) -> None:
        ids = self._parts.list_pane.selected_ids()
        if not ids or not self._area.flush_edits():
            return
        articles = self._workspace.articles
        self._opened(self._guard(lambda: articles.duplicate(ids[0])))

    def open_sample(self) -> None:
        from workstation.services.sample import open_sample_article

        workspace = self._workspace
        self._opened(self._guard(lambda: open_sample_article(workspace)), taxonomy_changed=True)

    def import_markdown(self) -> None:
        files = alerts.ask_markdown_files(self._parts.window)
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path], *, allow_outside: bool = False) -> None:
        """Import off the GUI thread; report every file that failed, keep the rest. A file whose
        photos lie outside its folder is imported only once the editor says yes."""
        importer = self._workspace.importer
        self._status(translate("ArticleCommands", "Importing {len} file(s)…").format(len=len(paths)), 0)
        self._parts.tasks.run(
            lambda: importer.import_files(paths, allow_outside=allow_outside),
            self._on_import_done,
            self._on_failed,
        )

    def _on_import_done(self, outcomes: list[ImportOutcome]) -> None:
        from workstation.services.formats.markdown_photos import OutsideFolderError

        done = [o.article for o in outcomes if o.article is not None]
        already = sum(1 for o in outcomes if o.already)
        outside = [o for o in outcomes if isinstance(o.error, OutsideFolderError)]
        failed = [o.error for o in outcomes if o.error is not None and o not in outside]
        message = translate("ArticleCommands", "Imported {len} of {len2} file(s).").format(
            len=len(done) - already, len2=len(outcomes)
        )
        if already:
            message += " " + translate("ArticleCommands", "{count} already in the store.").format(
                count=already
            )
        self._status(message, 8000)
        self._parts.signals.taxonomy_changed.emit()
        self._parts.signals.articles_changed.emit([a.id for a in done])
        if done:
            self._leave_trash_view()
            self._parts.list_pane.select_article(done[-1].id)
        if failed:
            alerts.show_error(
                self._parts.window,
                translate("ArticleCommands", "Some files were not imported"),
                "\n".join(map(str, failed)),
            )
        if outside and alerts.confirm(
            self._parts.window,
            translate("ArticleCommands", "Read photos from other folders?"),
            translate(
                "ArticleCommands",
                "These files name photos outside their own folder (an absolute or ../ path). "
                "Import them with those photos only if you trust where the files came from.\n\n{files}",
            ).format(files="\n".join(str(o.error) for o in outside)),
            translate("ArticleCommands", "Import with These Photos"),
        ):
            self.import_files([o.path for o in outside], allow_outside=True)

    def _on_failed(self, exc: BaseException) -> None:
        self._parts.window.statusBar().clearMessage()
        alerts.show_error(self._parts.window, translate("ArticleCommands", "Something went wrong"), str(exc))

    # -- the open article --------------------------------------------------------------------

    def _open_article_saved(self) -> Article | None:
        """The open article once its edits are written, or None."""
        article_id = self._area.current_article_id()
        if article_id is None or not self._area.flush_edits():
            return None
        return self._workspace.articles.get(article_id)

    def _ask_export_path(self, article: Article, title: str, suffix: str, filter_text: str) -> str:
        suggested = str(Path.home() / f"{article.headline or 'article'}{suffix}")
        return alerts.ask_save_file(self._parts.window, title, suggested, filter_text)

    def checkpoint(self) -> None:
        article = self._open_article_saved()
        if article is None:
            return
        articles = self._workspace.articles
        if self._guard(lambda: articles.checkpoint(article.id)) is not None:
            self._status(translate("ArticleCommands", "Checkpoint saved."), 4000)
            self._area.history_panel.refresh()

    def export_markdown(self) -> None:
        article = self._open_article_saved()
        if article is None:
            return
        from workstation.services.formats.export import article_to_markdown, write_atomically

        path = self._ask_export_path(
            article,
            translate("ArticleCommands", "Export as Markdown"),
            ".md",
            translate("ArticleCommands", "Markdown (*.md)"),
        )
        if path:
            self._guard(lambda: write_atomically(Path(path), article_to_markdown(article)))

    def export_html(self) -> None:
        """The page as one self-contained HTML file (stylesheet inline, photos embedded)."""
        article = self._open_article_saved()
        if article is None:
            return
        from workstation.services.formats.export import article_to_html, write_atomically

        path = self._ask_export_path(
            article,
            translate("ArticleCommands", "Export as HTML page"),
            ".html",
            translate("ArticleCommands", "HTML page (*.html)"),
        )
        workspace = self._workspace
        if path:
            self._guard(
                lambda: write_atomically(
                    Path(path),
                    article_to_html(workspace.rendering, article.id, resolve_photo=workspace.photos.data_uri),
                )
            )

    def export_pdf(self) -> None:
        """Print the previewed page to PDF (for print and legal review)."""
        article = self._open_article_saved()
        if article is None:
            return
        path = self._ask_export_path(
            article,
            translate("ArticleCommands", "Export as PDF"),
            ".pdf",
            translate("ArticleCommands", "PDF (*.pdf)"),
        )
        if not path:
            return
        self._area.show_preview_tab()
        panel = self._area.preview_tab.ensure_panel()

        def print_when_shown() -> None:
            panel.updated.disconnect(print_when_shown)
            panel.print_to_pdf(path)

        panel.updated.connect(print_when_shown)
        panel.update_now()

    def _on_preview_tab_pdf_done(self, path: str, ok: bool) -> None:
        if ok:
            self._status(translate("ArticleCommands", "Saved {path}.").format(path=path), 8000)
        else:
            alerts.show_error(
                self._parts.window,
                translate("ArticleCommands", "PDF not saved"),
                translate("ArticleCommands", "Could not write {path}.").format(path=path),
            )
