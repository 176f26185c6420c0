"""Replace across articles on a real store: the preview, one labelled revision per article, the
photos' captions, the trash left alone, and undo (one revision each, newer edits kept)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests.fakes.photo_images import save
from workstation.domain.article import ArticleChanges, ArticleContent
from workstation.domain.find import FindError, FindOptions
from workstation.domain.photo import PhotoRole
from workstation.domain.revision import RevisionReason
from workstation.services.find_replace import FindReplaceService
from workstation.services.workspace import Workspace

WRONG = FindOptions("Sodermalm", whole_word=True)


def _photo(workspace: Workspace, tmp_path: Path, name: str, shade: int, caption: str, alt: str) -> int:
    path = save(Image.new("RGB", (40, 30), (shade, 100, 200)), tmp_path / name, "PNG")
    (outcome,) = workspace.photos.import_files([path])
    assert outcome.photo is not None, outcome.error
    workspace.photos.update_fields(outcome.photo.id, caption=caption, alt_text=alt)
    return outcome.photo.id


@pytest.fixture
def newsroom(workspace: Workspace, tmp_path: Path) -> dict[str, int]:
    articles = workspace.articles
    tram = articles.create(
        ArticleContent(
            headline="A tram for Sodermalm",
            standfirst="Work starts in spring.",
            body="The line crosses Sodermalm twice.\n\nSodermalmsgatan is not on the route.",
        )
    )
    park = articles.create(ArticleContent(headline="Parks", body="A new park on sodermalm."))
    quiet = articles.create(ArticleContent(headline="Election", body="Nothing about the island."))
    binned = articles.create(ArticleContent(headline="Old Sodermalm story"))
    articles.trash([binned.id])
    shared = _photo(workspace, tmp_path, "tram.png", 10, "The tram at Sodermalm.", "A tram on Sodermalm")
    other = _photo(workspace, tmp_path, "park.png", 90, "Ducks in the park.", "Ducks")
    workspace.photos.attach(tram.id, shared, PhotoRole.FEATURED)
    workspace.photos.attach(park.id, shared, PhotoRole.INLINE)
    workspace.photos.attach(park.id, other, PhotoRole.INLINE)
    return {"tram": tram.id, "park": park.id, "quiet": quiet.id, "binned": binned.id, "photo": shared}


def test_the_preview_lists_every_change_and_writes_nothing(
    workspace: Workspace, newsroom: dict[str, int]
) -> None:
    service = FindReplaceService(workspace.articles, workspace.photos)
    ids = [newsroom["tram"], newsroom["park"], newsroom["quiet"], newsroom["binned"]]
    plan = service.plan(ids, WRONG, "Södermalm")

    assert [a.article_id for a in plan.articles] == [newsroom["tram"], newsroom["park"]]
    tram, park = plan.articles
    assert [(c.name, c.count) for c in tram.changes] == [
        ("headline", 1),
        ("body", 1),  # Sodermalmsgatan is another word
        ("caption", 1),
        ("alt_text", 1),
    ]
    assert tram.summary == "Replaced 4 in headline, body, 1 caption and 1 alt text"
    body = tram.changes[1]
    assert body.after == "The line crosses Södermalm twice.\n\nSodermalmsgatan is not on the route."
    (shown,) = body.snippets
    assert (shown.before, shown.old, shown.new) == ("The line crosses ", "Sodermalm", "Södermalm")
    assert shown.after.startswith(" twice. Sodermalmsgatan")
    assert tram.changes[2].photo_id == newsroom["photo"]
    assert tram.changes[2].photo_name == "tram.png"
    # The photo both articles use is listed (and changed) once, under the first.
    assert [c.name for c in park.changes] == ["body"]
    assert (plan.count, plan.unchanged, plan.trashed) == (5, 1, 1)
    assert plan.summary == "5 replacements in 2 articles (1 has none)."
    assert plan.notes == [
        "1 article is in the trash and left as it is (open the Trash view to replace there)."
    ]
    assert workspace.articles.get(newsroom["tram"]).headline == "A tram for Sodermalm"
    assert workspace.photos.get(newsroom["photo"]).metadata.caption == "The tram at Sodermalm."


def test_apply_writes_one_labelled_revision_per_article(
    workspace: Workspace, newsroom: dict[str, int]
) -> None:
    service = FindReplaceService(workspace.articles, workspace.photos)
    before = {i: len(workspace.articles.revisions(i)) for i in (newsroom["tram"], newsroom["park"])}
    plan = service.plan([newsroom["tram"], newsroom["park"], newsroom["binned"]], WRONG, "Södermalm")
    outcome = service.apply(plan)

    tram = workspace.articles.get(newsroom["tram"])
    assert tram.headline == "A tram for Södermalm"
    assert tram.body.startswith("The line crosses Södermalm twice.")
    assert "Sodermalmsgatan" in tram.body
    assert workspace.articles.get(newsroom["park"]).body == "A new park on Södermalm."
    photo = workspace.photos.get(newsroom["photo"]).metadata
    assert (photo.caption, photo.alt_text) == ("The tram at Södermalm.", "A tram on Södermalm")
    assert workspace.articles.get(newsroom["binned"]).headline == "Old Sodermalm story"

    for article_id, count in ((newsroom["tram"], 4), (newsroom["park"], 1)):
        revisions = workspace.articles.revisions(article_id)
        assert len(revisions) == before[article_id] + 1
        assert revisions[0].reason is RevisionReason.REPLACE
        assert revisions[0].note == f"Replaced “Sodermalm” with “Södermalm” ({count})"
    assert outcome.summary == "Replaced 5 in 2 articles"
    assert outcome.note == "Replaced “Sodermalm” with “Södermalm” (5)"
    assert {a.id for a in outcome.saved} == {newsroom["tram"], newsroom["park"]}


def test_undo_restores_each_article_in_one_revision(workspace: Workspace, newsroom: dict[str, int]) -> None:
    service = FindReplaceService(workspace.articles, workspace.photos)
    originals = {i: workspace.articles.get(i).content for i in (newsroom["tram"], newsroom["park"])}
    outcome = service.apply(service.plan([newsroom["tram"], newsroom["park"]], WRONG, "Södermalm"))
    counts = {i: len(workspace.articles.revisions(i)) for i in originals}

    undone = service.undo(outcome)

    assert undone.restored == (newsroom["tram"], newsroom["park"])
    assert undone.kept == ()
    assert undone.summary == "Undone in 2 articles."
    for article_id, content in originals.items():
        assert workspace.articles.get(article_id).content == content
        revisions = workspace.articles.revisions(article_id)
        assert len(revisions) == counts[article_id] + 1
        assert revisions[0].note.startswith("Undid: Replaced “Sodermalm” with “Södermalm”")
    photo = workspace.photos.get(newsroom["photo"]).metadata
    assert (photo.caption, photo.alt_text) == ("The tram at Sodermalm.", "A tram on Sodermalm")


def test_undo_keeps_a_field_edited_since_and_says_so(workspace: Workspace, newsroom: dict[str, int]) -> None:
    service = FindReplaceService(workspace.articles, workspace.photos)
    outcome = service.apply(service.plan([newsroom["tram"]], WRONG, "Södermalm"))
    workspace.articles.update(newsroom["tram"], ArticleChanges(body="Rewritten on Södermalm."))

    undone = service.undo(outcome)

    tram = workspace.articles.get(newsroom["tram"])
    assert tram.headline == "A tram for Sodermalm"  # untouched since: put back
    assert tram.body == "Rewritten on Södermalm."  # edited since: kept
    assert undone.restored == (newsroom["tram"],)
    assert undone.kept == (newsroom["tram"],)
    assert undone.summary == "Undone in 1 article. 1 article was edited since and is kept as now."


def test_apply_replaces_in_the_text_as_saved_since_the_preview(
    workspace: Workspace, newsroom: dict[str, int]
) -> None:
    service = FindReplaceService(workspace.articles, workspace.photos)
    plan = service.plan([newsroom["park"]], WRONG, "Södermalm")
    workspace.articles.update(newsroom["park"], ArticleChanges(body="A new park on sodermalm, and a lake."))
    service.apply(plan)
    assert workspace.articles.get(newsroom["park"]).body == "A new park on Södermalm, and a lake."


def test_the_trash_is_replaced_in_only_when_asked(workspace: Workspace, newsroom: dict[str, int]) -> None:
    service = FindReplaceService(workspace.articles, workspace.photos)
    plan = service.plan([newsroom["binned"]], WRONG, "Södermalm", include_trashed=True)
    assert plan.trashed == 0
    service.apply(plan)
    assert workspace.articles.get(newsroom["binned"]).headline == "Old Södermalm story"


def test_regular_expressions_and_their_groups_work_across_articles(workspace: Workspace) -> None:
    service = FindReplaceService(workspace.articles, workspace.photos)
    a = workspace.articles.create(ArticleContent(body="Lindqvist, Anna said. Öberg, Åsa agreed."))
    b = workspace.articles.create(ArticleContent(headline="Berg, Lars"))
    options = FindOptions(r"(\w+), (\w+)", regex=True)
    service.apply(service.plan([a.id, b.id], options, r"\2 \1"))
    assert workspace.articles.get(a.id).body == "Anna Lindqvist said. Åsa Öberg agreed."
    assert workspace.articles.get(b.id).headline == "Lars Berg"


def test_bad_input_is_a_find_error_and_writes_nothing(workspace: Workspace, newsroom: dict[str, int]) -> None:
    service = FindReplaceService(workspace.articles, workspace.photos)
    with pytest.raises(FindError, match="a \\( is never closed"):
        service.plan([newsroom["tram"]], FindOptions("(Soder", regex=True), "x")
    with pytest.raises(FindError, match="group \\\\2"):
        service.plan([newsroom["tram"]], FindOptions("(Soder)", regex=True), r"\2")


def test_nothing_to_replace(workspace: Workspace, newsroom: dict[str, int]) -> None:
    service = FindReplaceService(workspace.articles, workspace.photos)
    plan = service.plan([newsroom["quiet"], 999_999], WRONG, "Södermalm")
    assert plan.articles == ()
    assert plan.summary == "No matches in the 1 chosen article."
    assert plan.missing == 1
    assert plan.notes == ["1 article was deleted meanwhile."]
    outcome = service.apply(plan)
    assert outcome.summary == "Nothing was replaced."
    assert service.undo(outcome).summary == "Nothing to undo."
