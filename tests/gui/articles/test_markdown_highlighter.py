"""The body's Markdown highlighting: which spans get which look."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument

from workstation.ui.articles.markdown_highlighter import MarkdownHighlighter


def _formats(text: str) -> list[tuple[int, int, bool, bool, bool]]:
    """(start, length, bold, italic, underline) for each formatted range of the first block."""
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document)
    document.setPlainText(text)
    highlighter.rehighlight()
    layout = document.firstBlock().layout()
    return [
        (
            r.start,
            r.length,
            r.format.fontWeight() >= QFont.Weight.Bold,
            r.format.fontItalic(),
            r.format.fontUnderline(),
        )
        for r in layout.formats()
    ]


def test_strong_is_bold_not_italic() -> None:
    assert _formats("a **military** parade") == [(2, 12, True, False, False)]


def test_emphasis_is_italic() -> None:
    assert _formats("the *drones* flew") == [(4, 8, False, True, False)]


def test_heading_and_link() -> None:
    assert _formats("## Background")[0][:3] == (0, 13, True)
    link = "see [KCNA](https://kcna.kp)."
    assert _formats(link) == [(4, len("[KCNA](https://kcna.kp)"), False, False, True)]


def test_plain_text_is_not_formatted() -> None:
    assert _formats("snake_case_names and 2 * 3 * 4") == []
