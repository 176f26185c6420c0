"""The article list model: Qt's model contract, lazy pages, sorting and search."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt

from workstation.domain.article import ArticleContent, ArticleStatus
from workstation.domain.query import ArticleQuery
from workstation.services.workspace import Workspace
from workstation.ui.articles.list_model import (
    ARTICLE_ID_ROLE,
    HEADLINE,
    PAGE_SIZE,
    READ,
    STATUS,
    WORDS,
    ArticleListModel,
)


def _fill(workspace: Workspace, count: int) -> None:
    for n in range(count):
        workspace.articles.create(
            ArticleContent(headline=f"Story {n:04d}", body="word " * (n % 600), byline="TT")
        )


def test_model_passes_qtmodeltester_empty_and_filled(qtmodeltester, workspace: Workspace) -> None:
    model = ArticleListModel(workspace.articles)
    qtmodeltester.check(model)
    _fill(workspace, 5)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_rows_arrive_a_page_at_a_time(workspace: Workspace) -> None:
    _fill(workspace, PAGE_SIZE + 50)
    model = ArticleListModel(workspace.articles)
    model.reload()
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE + 50
    assert not model.canFetchMore(QModelIndex())


def test_display_values_and_id_role(workspace: Workspace) -> None:
    article = workspace.articles.create(
        ArticleContent(headline="Drones", body="word " * 251, status=ArticleStatus.READY)
    )
    model = ArticleListModel(workspace.articles)
    model.reload()
    assert model.data(model.index(0, HEADLINE)) == "Drones"
    assert model.data(model.index(0, STATUS)) == "Ready"
    assert model.data(model.index(0, WORDS)) == "252"
    assert model.data(model.index(0, READ)) == "2 min"
    assert model.data(model.index(0, 0), ARTICLE_ID_ROLE) == article.id
    assert model.data(model.index(0, WORDS), Qt.ItemDataRole.TextAlignmentRole) is not None


def test_untitled_article_reads_as_no_headline(workspace: Workspace) -> None:
    workspace.articles.create()
    model = ArticleListModel(workspace.articles)
    model.reload()
    assert model.data(model.index(0, HEADLINE)) == "(no headline)"


@pytest.mark.parametrize(
    ("order", "expected"),
    [(Qt.SortOrder.AscendingOrder, "Story 0000"), (Qt.SortOrder.DescendingOrder, "Story 0004")],
)
def test_sorting_by_headline_asks_the_store(workspace: Workspace, order, expected: str) -> None:
    _fill(workspace, 5)
    model = ArticleListModel(workspace.articles)
    model.sort(HEADLINE, order)
    assert model.data(model.index(0, HEADLINE)) == expected


def test_search_query_narrows_rows(workspace: Workspace) -> None:
    _fill(workspace, 3)
    workspace.articles.create(ArticleContent(headline="Kim orders drones"))
    model = ArticleListModel(workspace.articles)
    model.set_query(replace(ArticleQuery(), search="dron"))
    assert model.rowCount() == 1
    assert model.data(model.index(0, HEADLINE)) == "Kim orders drones"
