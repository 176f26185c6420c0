"""The open article's autosave (the status bar's "Saved 14:02"); the timing rules are FieldSaver's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from workstation.domain.article import Article, ArticleChanges
from workstation.ui.common.field_saver import FieldSaver, ReadFn


class AutosaveController(FieldSaver):
    """The open article's fields ("Saved 14:02" in the status bar)."""

    def __init__(
        self, save: Callable[[int, ArticleChanges], Article], read: ReadFn, parent: QObject | None = None
    ) -> None:
        # The editor's changed fields, read by name, become one checked edit (on the writer thread).
        super().__init__(
            lambda article_id, fields: save(article_id, ArticleChanges.from_fields(fields)), read, parent
        )

    @property
    def article_id(self) -> int | None:
        return self.target

    def set_article(self, article_id: int | None) -> bool:
        return self.set_target(article_id)
