"""The open article's autosave (the status bar's "Saved 14:02"); the timing rules are FieldSaver's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject

from workstation.domain.article import Article, ArticleChanges, ArticleSummary
from workstation.ui.common.field_saver import FieldSaver, ReadFn


@dataclass(frozen=True, slots=True)
class SavedArticle:
    """What a write gives the window, made on the writer thread: the article as stored and its
    list row (a word count of the whole body, milliseconds the GUI thread does not spend)."""

    article: Article
    summary: ArticleSummary


class SaveArticle(Protocol):
    def __call__(self, article_id: int, changes: ArticleChanges, note: str = "") -> SavedArticle: ...


class AutosaveController(FieldSaver):
    """The open article's fields ("Saved 14:02" in the status bar)."""

    def __init__(self, save: SaveArticle, read: ReadFn, parent: QObject | None = None) -> None:
        # The editor's changed fields, read by name, become one checked edit (on the writer thread).
        super().__init__(
            lambda article_id, fields: save(article_id, ArticleChanges.from_fields(fields)), read, parent
        )
        self._save_article = save
        self._note = ""

    @property
    def article_id(self) -> int | None:
        return self.target

    def set_article(self, article_id: int | None) -> bool:
        return self.set_target(article_id)

    def flush_labelled(self, note: str) -> bool:
        """Write the pending edits now as one revision labelled with the note (a Replace All:
        'Replaced “a” with “b” (3)'); True when nothing is left unsaved."""
        self._note = note
        try:
            return self.flush_now()
        finally:
            self._note = ""

    def _write_call(self, target: int, changes: dict[str, object]) -> Callable[[], Any]:
        note, save = self._note, self._save_article
        if not note:
            return super()._write_call(target, changes)
        return lambda: save(target, ArticleChanges.from_fields(changes), note)
