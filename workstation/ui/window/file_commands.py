"""The window's file commands: import, export (Markdown, HTML page, PDF) and the sample.

A base class of MainWindow (main_window.py keeps layout and wiring); the attributes it uses are
made by MainWindow."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

from workstation import APP_NAME
from workstation.domain.errors import WorkstationError
from workstation.ui.common import alerts
from workstation.ui.common.signals import AppSignals
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.window.actions import WindowActions

if TYPE_CHECKING:
    from workstation.services.importing import ImportOutcome
    from workstation.services.workspace import Workspace
    from workstation.ui.articles.autosave import AutosaveController
    from workstation.ui.articles.editor import ArticleEditorWidget
    from workstation.ui.articles.list_pane import ArticleListPane
    from workstation.ui.preview.tab import PreviewTab

T = TypeVar("T")


class FileCommandsWindow(QMainWindow):
    workspace: Workspace | None
    signals: AppSignals
    tasks: TaskRunner
    commands: WindowActions
    list_pane: ArticleListPane
    side_tabs: QTabWidget
    splitter: QSplitter
    editor: ArticleEditorWidget
    autosave: AutosaveController
    preview_tab: PreviewTab

    def _guard(self, work: Callable[[], T]) -> T | None:
        """Run a service call; a WorkstationError becomes a message, never a crash."""
        try:
            return work()
        except WorkstationError as exc:
            alerts.show_error(self, APP_NAME, str(exc))
            return None

    def select_article(self, article_id: int) -> None:
        self.list_pane.select_article(article_id)

    def _leave_trash_view(self) -> None:
        if self.list_pane.trash_toggle.isChecked():
            self.list_pane.trash_toggle.setChecked(False)

    def show_preview_tab(self) -> None:
        self.commands.show_side.setChecked(True)
        self.side_tabs.setCurrentWidget(self.preview_tab)

    def open_sample(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        from workstation.services.sample import open_sample_article

        article = self._guard(lambda: open_sample_article(workspace))
        if article is not None:
            self._leave_trash_view()
            self.signals.taxonomy_changed.emit()
            self.signals.articles_changed.emit([article.id])
            self.select_article(article.id)

    def import_markdown(self) -> None:
        if self.workspace is not None:
            files = alerts.ask_markdown_files(self)
            if files:
                self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> None:
        """Import off the GUI thread; report every file that failed, keep the rest."""
        if self.workspace is None:
            return
        importer = self.workspace.importer
        self.statusBar().showMessage(f"Importing {len(paths)} file(s)…")
        self.tasks.run(lambda: importer.import_files(paths), self._on_import_done, self._on_task_failed)

    def _on_import_done(self, outcomes: list[ImportOutcome]) -> None:
        done = [o.article for o in outcomes if o.article is not None]
        failed = [o.error for o in outcomes if o.error is not None]
        self.statusBar().showMessage(f"Imported {len(done)} of {len(outcomes)} file(s).", 8000)
        self.signals.taxonomy_changed.emit()
        self.signals.articles_changed.emit([a.id for a in done])
        if done:
            self._leave_trash_view()
            self.select_article(done[-1].id)
        if failed:
            alerts.show_error(self, "Some files were not imported", "\n".join(str(e) for e in failed))

    def _open_article_saved(self) -> tuple[Workspace, int] | None:
        """The store and the open article once its edits are written, or None."""
        workspace = self.workspace
        if workspace is None or self.editor.article_id is None or not self.autosave.flush_now():
            return None
        return workspace, self.editor.article_id

    def export_markdown(self) -> None:
        current = self._open_article_saved()
        if current is None:
            return
        workspace, article_id = current
        from workstation.services.exporting import article_to_markdown, write_atomically

        article = workspace.articles.get(article_id)
        suggested = str(Path.home() / f"{article.headline or 'article'}.md")
        path = alerts.ask_save_file(self, "Export as Markdown", suggested, "Markdown (*.md)")
        if path:
            self._guard(lambda: write_atomically(Path(path), article_to_markdown(article)))

    def export_html(self) -> None:
        """The page as one self-contained HTML file (stylesheet inline, photos embedded)."""
        current = self._open_article_saved()
        if current is None:
            return
        workspace, article_id = current
        from workstation.services.exporting import article_to_html, write_atomically

        headline = workspace.articles.get(article_id).headline or "article"
        suggested = str(Path.home() / f"{headline}.html")
        path = alerts.ask_save_file(self, "Export as HTML page", suggested, "HTML page (*.html)")
        if path:
            self._guard(
                lambda: write_atomically(
                    Path(path),
                    article_to_html(workspace.rendering, article_id, resolve_photo=workspace.photos.data_uri),
                )
            )

    def export_pdf(self) -> None:
        """Print the previewed page to PDF (for print and legal review)."""
        current = self._open_article_saved()
        if current is None:
            return
        workspace, article_id = current
        headline = workspace.articles.get(article_id).headline or "article"
        path = alerts.ask_save_file(
            self, "Export as PDF", str(Path.home() / f"{headline}.pdf"), "PDF (*.pdf)"
        )
        if not path:
            return
        self.show_preview_tab()
        panel = self.preview_tab.ensure_panel()

        def print_when_shown() -> None:
            panel.updated.disconnect(print_when_shown)
            panel.print_to_pdf(path)

        panel.updated.connect(print_when_shown)
        panel.update_now()

    def _on_preview_tab_pdf_done(self, path: str, ok: bool) -> None:
        if ok:
            self.statusBar().showMessage(f"Saved {path}.", 8000)
        else:
            alerts.show_error(self, "PDF not saved", f"Could not write {path}.")

    def _on_task_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        alerts.show_error(self, "Something went wrong", str(exc))
