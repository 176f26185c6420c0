"""Paragraphs typed with one Enter each are separate paragraphs everywhere the article goes: the
preview, the HTML export and the block markup published to WordPress (and back from a pull);
a Shift+Enter line break stays a line break inside its paragraph in all of them."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.helpers import open_article_id, ws_of
from workstation.domain.article import ArticleContent
from workstation.services.formats.export import article_to_html
from workstation.services.publishing.html_markdown import split_post_content
from workstation.services.publishing.mapping import post_fields
from workstation.ui.window.main_window import MainWindow

TIMEOUT = 15_000
FIRST = "The first trams are expected in 2031."
SECOND = "The council will meet again on Thursday."
THIRD_LINE_ONE = "Anna Lindqvist"
THIRD_LINE_TWO = "Stockholm"


def _typed_body(qtbot, window: MainWindow) -> str:
    article = ws_of(window).articles.create(ArticleContent(headline="Trams for Sodermalm"))
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    body = window.editing.editor.body_edit
    body.setFocus()
    QTest.keyClicks(body, FIRST)
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClicks(body, SECOND)
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClicks(body, THIRD_LINE_ONE)
    QTest.keyClick(body, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(body, THIRD_LINE_TWO)
    assert window.editing.autosave.flush_now()
    return body.toPlainText()


def _paragraphs(html: str) -> list[str]:
    return [re.sub(r"\s+", " ", p).strip() for p in re.findall(r"<p\b[^>]*>(.*?)</p>", html, re.DOTALL)]


def _expected_in(paragraphs: list[str]) -> None:
    assert FIRST in paragraphs
    assert SECOND in paragraphs
    assert f"{THIRD_LINE_ONE}<br> {THIRD_LINE_TWO}" in paragraphs
    assert not any(FIRST in p and SECOND in p for p in paragraphs)  # never run together


def test_single_enter_paragraphs_are_separate_on_the_page_in_the_export_and_on_the_site(
    qtbot, window: MainWindow
) -> None:
    body = _typed_body(qtbot, window)
    assert body == f"{FIRST}\n\n{SECOND}\n\n{THIRD_LINE_ONE}<br>\n{THIRD_LINE_TWO}"
    article_id = open_article_id(window)
    assert ws_of(window).articles.get(article_id).body == body  # stored as typed

    # The preview: the page the Preview tab renders from the editor (its input, its renderer).
    preview = window.editing.preview
    qtbot.waitUntil(lambda: preview.page_input() is not None, timeout=TIMEOUT)
    page = preview.page_input()
    assert page is not None
    _expected_in(_paragraphs(ws_of(window).rendering.renderer.render(page).html))

    # File > Export as HTML Page.
    _expected_in(_paragraphs(article_to_html(ws_of(window).rendering, article_id)))

    # Publish: the post's content as WordPress blocks, one paragraph block each.
    content = post_fields(
        headline="Trams",
        standfirst="",
        body=body,
        byline="",
        source_note="",
        language="en",
        photos={},
        categories=[],
        tags=[],
        featured_media=0,
        meta_keys=frozenset(),
    )["content"]
    blocks = re.findall(r"<!-- wp:paragraph -->\n(.*?)\n<!-- /wp:paragraph -->", content, re.DOTALL)
    _expected_in(_paragraphs("".join(blocks)))
    assert len(blocks) == 3

    # A pull brings the same Markdown back: the line break is the <br> the editor typed.
    assert split_post_content(content).body == body
