"""The lines that close an article, printed one way on every page: the byline ("By TT", in
Swedish "Av Anna Sjögren") and the source note (inline Markdown, with the quotes of the article's
language). The page template (the preview and the HTML export) and the published post's content
print what `render_attribution` returns, and nothing else formats either line."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from workstation.domain.byline import printed_byline
from workstation.domain.page_labels import PageLabels
from workstation.services.rendering.body import inline_markdown_to_html
from workstation.services.rendering.labels import site_labels

_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class Attribution:
    byline: str  # plain text, as printed; "" when the article has no byline
    source_note_html: str  # safe inline HTML; "" when the article has no source note

    @property
    def source_note(self) -> str:
        """The source note's visible text."""
        return " ".join(html.unescape(_TAG.sub("", self.source_note_html)).split())


def render_attribution(
    byline: str, source_note: str, language: str, labels: PageLabels | None = None
) -> Attribution:
    """`labels` are the page's words (a template folder's); the site's in use when None."""
    labels = labels or site_labels(language)
    note = inline_markdown_to_html(source_note.strip(), language) if source_note.strip() else ""
    return Attribution(printed_byline(byline, language, labels.by), note)
