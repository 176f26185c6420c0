"""What a feature may ask of the window that holds the editor: the open article, its unsaved
edits, the status bar and the side panel. Features get this protocol, never the window."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from workstation.domain.article import Article, ArticleContent


class EditorHost(Protocol):
    def current_article_id(self) -> int | None:
        """The article open in the editor, if any."""
        ...

    def editor_content(self) -> ArticleContent:
        """The open article's fields as typed (saved or not)."""
        ...

    def flush_edits(self) -> bool:
        """Write pending edits now; False if they could not be written."""
        ...

    def has_unsaved_edits(self) -> bool: ...

    def show_status(self, text: str, msecs: int = 0) -> None: ...

    def select_article(self, article_id: int) -> None:
        """Select the article in the list, which opens it."""
        ...

    def article_changed_elsewhere(self, article: Article, *, text_changed: bool) -> bool:
        """The store's copy changed outside the editor (a publish, the site's version, a pull):
        its list row follows; True if the open article now shows it (typing is never dropped)."""
        ...

    def go_to_field(self, field: str) -> None:
        """Put the cursor in the field a check names ("headline", "photo.3.credit", ...)."""
        ...

    def show_side_tab(self, page: QWidget) -> None: ...

    def set_side_tab_label(self, page: QWidget, text: str, tooltip: str) -> None: ...
