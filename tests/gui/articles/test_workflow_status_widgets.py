"""The article's Status is the workflow's: the editor's drop-down offers only workflow statuses, the
list's Status column shows them, a site's state is the Site column's marker, and the status filter
keeps "Published on a site" and "Scheduled on a site" computed from the publications."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent, ArticleStatus, SiteStatus
from workstation.domain.publishing import RemoteStatus
from workstation.store.publishing_repository import DestinationRepository, PublicationRepository
from workstation.ui.articles.list_model import HEADLINE, SITE, STATUS
from workstation.ui.window.main_window import MainWindow

SENT = datetime(2026, 11, 25, 5, 55, tzinfo=UTC)


def _rows(window: MainWindow) -> dict[str, int]:
    """Headline -> row of the list as shown."""
    model = window.list_model
    return {str(model.data(model.index(row, HEADLINE))): row for row in range(model.rowCount())}


def _newsroom(window: MainWindow) -> dict[str, int]:
    """An article live on Herald, one scheduled there, one published on a site elsewhere, and a
    ready one on no site; the publications as a publish leaves them in the store."""
    ws = ws_of(window)
    ids = {
        "Live on Herald": ws.articles.create(ArticleContent(headline="Live on Herald")).id,
        "Scheduled on Herald": ws.articles.create(
            ArticleContent(headline="Scheduled on Herald", status=ArticleStatus.READY)
        ).id,
        "From a page elsewhere": ws.articles.create(
            ArticleContent(headline="From a page elsewhere", status=ArticleStatus.READY),
            published_elsewhere=SiteStatus.PUBLISHED,
        ).id,
        "Ready, on no site": ws.articles.create(
            ArticleContent(headline="Ready, on no site", status=ArticleStatus.READY)
        ).id,
    }
    with ws.db.session() as session:
        herald = DestinationRepository(session).add("Herald", "https://herald.example.org", "editor", SENT)
        for name, remote, post in (
            ("Live on Herald", RemoteStatus.PUBLISH, 40),
            ("Scheduled on Herald", RemoteStatus.FUTURE, 41),
        ):
            article = ws.articles.get(ids[name])
            PublicationRepository(session).save(
                article.id, herald.id, remote_id=post, remote_status=remote, synced_at=article.updated_at
            )
    window.signals.articles_changed.emit([])
    return ids


def test_the_status_drop_down_offers_the_workflow_only_and_saves_a_keyboard_choice(qtbot, window) -> None:
    article = ws_of(window).articles.create(ArticleContent(headline="Drones"))
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    picker = window.editing.editor.status_picker
    items = [(picker.itemText(i), picker.itemData(i)) for i in range(picker.count())]
    assert items == [("Draft", "draft"), ("Ready", "ready"), ("Withdrawn", "withdrawn")]
    assert "publishing sets them" in picker.toolTip()
    picker.setFocus()
    QTest.keyClick(picker, Qt.Key.Key_Down)  # Draft -> Ready, as an editor would
    assert picker.currentData() == "ready"
    assert window.editing.autosave.flush_now()
    assert ws_of(window).articles.get(article.id).status is ArticleStatus.READY
    model = window.list_model
    assert model.data(model.index(model.row_of(article.id), STATUS)) == "Ready"


def test_the_sample_opens_ready_and_on_no_site(qtbot, window) -> None:
    window.commands.open_sample.trigger()
    editor = window.editing.editor
    qtbot.waitUntil(lambda: editor.article_id is not None)
    assert editor.status_picker.currentText() == "Ready"
    article = ws_of(window).articles.get(editor.article_id)
    assert (article.first_published_at, article.published_elsewhere) == (None, None)
    model = window.list_model
    row = model.row_of(article.id)
    assert model.data(model.index(row, STATUS)) == "Ready"
    assert model.data(model.index(row, SITE), Qt.ItemDataRole.DecorationRole) is None
    assert not window.editing.publishing.bar.isVisible()


def test_the_status_column_is_the_workflow_and_the_site_column_the_sites(qtbot, window) -> None:
    _newsroom(window)
    model = window.list_model
    rows = _rows(window)

    def cell(name: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(rows[name], column), role)

    assert cell("Live on Herald", STATUS) == "Draft"  # live on the site, a draft in the newsroom
    assert cell("Scheduled on Herald", STATUS) == "Ready"
    assert cell("From a page elsewhere", STATUS) == "Ready"
    tooltip = Qt.ItemDataRole.ToolTipRole
    # The site's status (what the Status column said before), then the state there.
    assert cell("Live on Herald", SITE, tooltip) == "Herald: Published · In sync with the site"
    assert cell("Scheduled on Herald", SITE, tooltip) == "Herald: Scheduled · In sync with the site"
    assert cell("From a page elsewhere", SITE, tooltip) == "Published elsewhere (on no site here)"
    assert cell("From a page elsewhere", SITE, Qt.ItemDataRole.DecorationRole) is not None
    assert cell("Ready, on no site", SITE, Qt.ItemDataRole.DecorationRole) is None
    assert cell("Ready, on no site", SITE, tooltip) is None


def test_the_status_filter_has_the_workflow_then_the_sites(qtbot, window) -> None:
    ids = _newsroom(window)
    pane = window.list_pane
    combo = pane.status_filter
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == [
        "All statuses",
        "Draft",
        "Ready",
        "Withdrawn",
        "",
        "Published on a site",
        "Scheduled on a site",
    ]

    def choose(text: str) -> set[str]:
        combo.setFocus()
        while combo.currentText() != text:  # the keyboard, as an editor goes down the list
            QTest.keyClick(combo, Qt.Key.Key_Down)
        return set(_rows(window))

    assert choose("Ready") == {"Scheduled on Herald", "From a page elsewhere", "Ready, on no site"}
    assert choose("Published on a site") == {"Live on Herald", "From a page elsewhere"}
    assert pane.build_query().site_status is SiteStatus.PUBLISHED
    assert pane.build_query().status is None
    assert choose("Scheduled on a site") == {"Scheduled on Herald"}
    QTest.keyClick(combo, Qt.Key.Key_Home)
    assert set(_rows(window)) == set(ids)
