"""Broad searches rank their newest matches and list the older ones after them, page by page."""

from __future__ import annotations

import pytest

from workstation.domain.article import ArticleContent
from workstation.domain.query import ArticleQuery
from workstation.services.workspace import Workspace
from workstation.store import search_index


@pytest.fixture
def storms(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    monkeypatch.setattr(search_index, "RELEVANCE_WINDOW", 5)
    ids = []
    for n in range(12):
        # Every third article says "storm" in its headline: those rank first within the window.
        headline = f"Storm report {n}" if n % 3 == 0 else f"Weather {n}"
        ids.append(workspace.articles.create(ArticleContent(headline=headline, body="storm " * (n + 1))).id)
    workspace.articles.create(ArticleContent(headline="Unrelated"))
    return ids


def test_newest_matches_are_ranked_then_older_follow_newest_first(workspace: Workspace, storms) -> None:
    rows = workspace.articles.list(ArticleQuery(search="storm"))
    assert sorted(r.id for r in rows) == sorted(storms)  # every match, nothing else
    newest_five = set(storms[-5:])
    assert {r.id for r in rows[:5]} == newest_five
    assert rows[0].headline.startswith("Storm report")  # headline hits win within the window
    assert [r.id for r in rows[5:]] == sorted(storms[:-5], reverse=True)


def test_pages_join_up_across_the_window_edge(workspace: Workspace, storms) -> None:
    query = ArticleQuery(search="storm")
    whole = [r.id for r in workspace.articles.list(query)]
    paged = []
    for offset in range(0, 12, 4):
        paged += [r.id for r in workspace.articles.list(query, offset, 4)]
    assert paged == whole
    assert [r.id for r in workspace.articles.list(query, 3, 4)] == whole[3:7]


def test_trashed_matches_stay_out_of_both_parts(workspace: Workspace, storms) -> None:
    workspace.articles.trash([storms[-1], storms[0]])
    ids = [r.id for r in workspace.articles.list(ArticleQuery(search="storm"))]
    assert storms[-1] not in ids
    assert storms[0] not in ids
    assert len(ids) == 10


def test_a_one_letter_last_word_is_not_searched_yet(workspace: Workspace) -> None:
    workspace.articles.create(ArticleContent(headline="Police strike in Stockholm"))
    workspace.articles.create(ArticleContent(headline="Police praise"))
    # "police s": the lone "s" would match almost everything as a prefix; it waits for a letter more.
    assert search_index.match_expression("police s") == '"police"*'
    assert len(workspace.articles.list(ArticleQuery(search="police s"))) == 2
    assert len(workspace.articles.list(ArticleQuery(search="police st"))) == 1
    assert search_index.match_expression("s") is None
    assert search_index.match_expression("é") is None
