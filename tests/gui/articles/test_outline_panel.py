"""The Outline tab: the body's headings as the editor types them, indented by level, the one the
caret is under marked; a click or Enter puts the caret on a heading and scrolls it to the top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidgetItem

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.ui.window.main_window import MainWindow

FILLER = "\n\n".join(["A paragraph of the article that runs on for a while, as paragraphs do."] * 12)
LONG_BODY = "\n\n".join(
    ["Intro.", "## Drones for the army", FILLER, "### What KCNA said", FILLER, "## Reactions", FILLER]
)


def _open(window: MainWindow, content: ArticleContent) -> None:
    window.resize(1366, 768)
    article = ws_of(window).articles.create(content)
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    assert window.editing.editor.article_id == article.id
    window.activateWindow()
    window.editing.show_side_tab(window.editing.outline_panel)


def _type(widget, text: str) -> None:
    """Real keys: a line break is the Return key (QTest types only printable ASCII)."""
    for number, line in enumerate(text.split("\n")):
        if number:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        QTest.keyClicks(widget, line)


def _tree(window: MainWindow) -> list[tuple[int, str]]:
    """(depth, text) of every row of the outline, top to bottom."""
    rows: list[tuple[int, str]] = []

    def walk(item: QTreeWidgetItem | None, depth: int) -> None:
        assert item is not None
        rows.append((depth, item.text(0)))
        for index in range(item.childCount()):
            walk(item.child(index), depth + 1)

    tree = window.editing.outline_panel.tree
    for index in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(index), 0)
    return rows


def _item(window: MainWindow, text: str) -> QTreeWidgetItem:
    (item,) = window.editing.outline_panel.tree.findItems(
        text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    )
    return item


def test_an_article_without_headings_says_how_to_add_one(window: MainWindow) -> None:
    _open(window, ArticleContent(body="Just a paragraph."))
    panel = window.editing.outline_panel
    assert panel.pages.currentWidget() is panel.empty_label
    assert "##" in panel.empty_label.text()
    assert panel.empty_label.isVisible()


def test_headings_typed_into_the_body_are_listed_indented_by_level(qtbot, window: MainWindow) -> None:
    _open(window, ArticleContent(body=""))
    body = window.editing.editor.body_edit
    body.setFocus()
    _type(body, "Intro.\n\n## Drones for the army\n\nText.\n\n### What **KCNA** said\n\n## Reactions")
    qtbot.waitUntil(lambda: len(_tree(window)) == 3, timeout=2000)
    assert _tree(window) == [(0, "Drones for the army"), (1, "What KCNA said"), (0, "Reactions")]
    panel = window.editing.outline_panel
    assert panel.pages.currentWidget() is panel.tree
    # Renaming a heading follows too, after the pause.
    _type(body, " abroad")
    qtbot.waitUntil(lambda: _tree(window)[-1] == (0, "Reactions abroad"), timeout=2000)


def test_the_heading_the_caret_is_under_is_marked(qtbot, window: MainWindow) -> None:
    _open(window, ArticleContent(body=LONG_BODY))
    body = window.editing.editor.body_edit
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    tree = window.editing.outline_panel.tree
    qtbot.waitUntil(lambda: tree.currentItem() is None, timeout=1000)  # above the first heading
    for _ in range(3):
        qtbot.keyClick(body, Qt.Key.Key_Down)
    marked = _item(window, "Drones for the army")
    qtbot.waitUntil(lambda: tree.currentItem() is marked, timeout=1000)  # a moment after the caret
    assert marked.font(0).bold()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tree.currentItem() is _item(window, "Reactions"), timeout=1000)
    assert not marked.font(0).bold()


def test_clicking_a_heading_puts_the_caret_there_and_scrolls_it_to_the_top(qtbot, window: MainWindow) -> None:
    _open(window, ArticleContent(body=LONG_BODY))
    body = window.editing.editor.body_edit
    tree = window.editing.outline_panel.tree
    item = _item(window, "What KCNA said")
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    line = LONG_BODY.split("\n").index("### What KCNA said")
    assert body.textCursor().blockNumber() == line
    assert body.textCursor().positionInBlock() == 0
    assert body.firstVisibleBlock().blockNumber() == line  # the heading is the top line
    assert body.hasFocus()  # ready to type there
    assert tree.currentItem() is item


def test_enter_on_a_heading_goes_there(qtbot, window: MainWindow) -> None:
    _open(window, ArticleContent(body=LONG_BODY))
    body = window.editing.editor.body_edit
    tree = window.editing.outline_panel.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is _item(window, "Reactions")
    assert not body.hasFocus()  # moving in the list does not jump
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    line = LONG_BODY.split("\n").index("## Reactions")
    assert body.textCursor().blockNumber() == line
    assert body.hasFocus()


def test_a_click_right_after_typing_goes_to_the_heading_as_it_is_now(qtbot, window: MainWindow) -> None:
    _open(window, ArticleContent(body=LONG_BODY))
    body = window.editing.editor.body_edit
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    _type(body, "New first line.\n\n")  # the outline has not caught up yet: its lines are stale
    panel = window.editing.outline_panel
    panel.go_to(0)
    assert body.textCursor().block().text() == "## Drones for the army"


def test_a_hidden_outline_catches_up_when_its_tab_is_shown(qtbot, window: MainWindow) -> None:
    _open(window, ArticleContent(body="## One\n\nText"))
    window.editing.show_preview_tab()
    body = window.editing.editor.body_edit
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.editing.outline_panel.refresh_timer.timeout, timeout=2000):
        _type(body, "\n\n## Two")  # the pause after typing passes; hidden, the outline waits
    assert _tree(window) == [(0, "One")]
    window.editing.show_side_tab(window.editing.outline_panel)
    assert _tree(window) == [(0, "One"), (0, "Two")]
    assert window.editing.outline_panel.tree.currentItem() is _item(window, "Two")


def test_switching_articles_shows_the_new_outline_at_once(window: MainWindow) -> None:
    _open(window, ArticleContent(body="## One\n\nText"))
    assert _tree(window) == [(0, "One")]
    _open(window, ArticleContent(body="No headings"))
    assert _tree(window) == []
    panel = window.editing.outline_panel
    assert panel.pages.currentWidget() is panel.empty_label
