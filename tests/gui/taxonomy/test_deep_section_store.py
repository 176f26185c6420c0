"""A store that holds a section path 1,000 levels deep and a loop of parents (made by raw SQL,
as older versions let an import make it) opens in the window: the picker, the article and the
Sections and Tags manager all show it."""

from __future__ import annotations

from tests.fakes.deep_sections import DEEP, add_deep_and_looped_sections
from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.ui.taxonomy.dialog import TaxonomyDialog


def test_the_window_opens_a_store_with_a_path_1000_deep(qtbot, data_dir, window_factory) -> None:
    deepest, looped = add_deep_and_looped_sections(data_dir)
    window = window_factory()
    ws = ws_of(window)
    article = ws.articles.create(ArticleContent(headline="Deep", section_id=deepest))
    window.signals.taxonomy_changed.emit()
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    assert window.editing.editor.article_id == article.id
    picker = window.editing.editor.section_picker
    qtbot.waitUntil(lambda: len(picker.section_names()) == DEEP + 3, timeout=5000)
    assert picker.section_id() == deepest
    picker.choose(looped)
    assert picker.section_id() == looped

    dialog = TaxonomyDialog(ws.taxonomy, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.sections.model
    qtbot.waitUntil(lambda: model.node_by_id(deepest) is not None, timeout=5000)
    node = model.node_by_id(deepest)
    assert node is not None
    assert node.depth == DEEP - 1
    assert model.node_by_id(looped) is not None
    dialog.close()
