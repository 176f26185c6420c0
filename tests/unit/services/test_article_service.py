"""ArticleService: editing, revisions, trash, duplicates, filters and full-text search."""

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.article import ArticleChanges, ArticleContent, ArticleStatus, SiteStatus
from workstation.domain.errors import NotFoundError, ValidationError
from workstation.domain.query import ArticleQuery, SortKey
from workstation.domain.revision import RevisionReason
from workstation.services.articles import REVISION_WINDOW, ArticleService
from workstation.services.workspace import open_workspace


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2024, 11, 15, 1, 2, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def service(workspace, clock):
    return ArticleService(workspace.db, clock=clock)


@pytest.fixture
def sections(workspace):
    """World, Sports and Sports/Soccer, by name."""
    tax = workspace.taxonomy
    world = tax.create_section("World")
    sports = tax.create_section("Sports")
    soccer = tax.create_section("Soccer", parent_id=sports.id)
    return {"World": world, "Sports": sports, "Soccer": soccer}


def _ids(rows):
    return [row.id for row in rows]


def _search(service, text, **filters):
    return _ids(service.list(ArticleQuery(search=text, **filters)))


# -- create and update -------------------------------------------------------------------------


def test_create_stores_every_field(service, sections, clock):
    content = ArticleContent(
        headline="Kim Jong-Un Orders Mass Production of Drones",
        standfirst="North Korea's dictator ...",
        body="Kim Jong-Un has personally overseen ...",
        byline="TT",
        source_note="This article has been altered and translated by Sweden Herald",
        section_id=sections["World"].id,
        tags=("North Korea", "Kim Jong-Un", "Drones", "TT"),
        language="en",
        status=ArticleStatus.DRAFT,
    )
    created = service.create(content)
    again = service.get(created.id)
    assert again == created
    assert again.content == content
    assert again.created_at == again.updated_at == clock.now
    assert again.section_path == ("World",)
    assert again.section == sections["World"]
    assert again.first_published_at is None
    assert not again.is_trashed
    assert [r.reason for r in service.revisions(created.id)] == [RevisionReason.CREATED]


def test_create_empty_article_is_allowed(service):
    article = service.create()
    assert article.content == ArticleContent()
    assert service.get(article.id).headline == ""


def test_first_published_is_a_sites_date_never_the_workflow_status(service, clock):
    ready = service.create(ArticleContent(headline="H", status=ArticleStatus.READY))
    assert ready.first_published_at is None
    assert ready.published_elsewhere is None
    moment = datetime(2024, 11, 15, 2, 2, tzinfo=timezone(timedelta(hours=1)))
    page = service.create(
        ArticleContent(headline="P"), first_published_at=moment, published_elsewhere=SiteStatus.PUBLISHED
    )
    again = service.get(page.id)
    assert again.first_published_at == moment
    assert again.first_published_at is not None
    assert again.first_published_at.utcoffset() == timedelta(0)
    assert again.published_elsewhere is SiteStatus.PUBLISHED


def test_create_with_missing_section_is_refused_and_writes_nothing(service):
    with pytest.raises(ValidationError) as info:
        service.create(ArticleContent(headline="H", section_id=12345))
    assert info.value.field == "section"
    assert service.count() == 0


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("headline", "New headline", "New headline"),
        ("standfirst", "A lead.", "A lead."),
        ("body", "Para one.\n\nPara two.", "Para one.\n\nPara two."),
        ("byline", "AFP", "AFP"),
        ("source_note", "Translated", "Translated"),
        ("language", " sv ", "sv"),
        ("status", "ready", ArticleStatus.READY),
        ("status", ArticleStatus.WITHDRAWN, ArticleStatus.WITHDRAWN),
        ("tags", ["  North   Korea ", "", "Drones"], ("North Korea", "Drones")),
        ("word_target", 400, 400),
        ("word_target", 12_000, 12_000),
    ],
)
def test_update_any_field(service, clock, field, value, expected):
    article = service.create(ArticleContent(headline="Old"))
    clock.advance(seconds=10)
    updated = service.update(article.id, ArticleChanges(**{field: value}))
    assert getattr(updated, field) == expected
    assert getattr(service.get(article.id), field) == expected
    assert updated.updated_at == clock.now
    assert updated.created_at == article.created_at


def test_update_section_returns_the_new_section(service, sections):
    article = service.create(ArticleContent(headline="H", section_id=sections["World"].id))
    updated = service.update(article.id, ArticleChanges(section_id=sections["Soccer"].id))
    assert updated.section == sections["Soccer"]
    assert updated.section_path == ("Sports", "Soccer")
    assert service.get(article.id) == updated
    cleared = service.update(article.id, ArticleChanges(section_id=None))
    assert (cleared.section, cleared.section_path) == (None, ())
    assert service.get(article.id) == cleared


def test_update_tags_keeps_order_and_drops_case_duplicates(service):
    article = service.create(ArticleContent(tags=("b", "a")))
    updated = service.update(article.id, ArticleChanges(tags=["Drones", "TT", "drones", "Kim"]))
    assert updated.tags == ("Drones", "TT", "Kim")
    assert service.update(article.id, ArticleChanges(tags=["Kim", "Drones"])).tags == ("Kim", "Drones")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"headline": 3}, "headline"),
        ({"status": "gone"}, "status"),
        ({"tags": "a, b"}, "tags"),
        ({"tags": ["a", 1]}, "tags"),
        ({"section_id": "World"}, "section"),
        ({"section_id": 999}, "section"),
        ({"language": "  "}, "language"),
        ({"colour": "red"}, "colour"),
        ({"word_target": "400"}, "word_target"),
        ({"word_target": -1}, "word_target"),
        ({"word_target": True}, "word_target"),
        ({"word_target": 100_001}, "word_target"),
    ],
)
def test_update_refuses_bad_values_and_changes_nothing(service, changes, field):
    article = service.create(ArticleContent(headline="Kept"))
    with pytest.raises(ValidationError) as info:
        service.update(article.id, ArticleChanges.from_fields(changes))
    assert info.value.field == field
    assert service.get(article.id) == article
    assert len(service.revisions(article.id)) == 1


def test_update_missing_article(service):
    with pytest.raises(NotFoundError):
        service.update(424242, ArticleChanges(headline="x"))


def test_status_changes_never_set_first_published_the_site_does(service, clock):
    article = service.create(ArticleContent(headline="H"))
    clock.advance(minutes=1)
    for status in ArticleStatus:
        assert service.update(article.id, ArticleChanges(status=status)).first_published_at is None
    site_date = clock.advance(minutes=10) - timedelta(minutes=3)
    dated = service.apply_site_changes(article.id, ArticleChanges(), first_published_at=site_date)
    assert dated.first_published_at == site_date
    assert dated.updated_at == service.get(article.id).updated_at  # a date is no edit
    clock.advance(minutes=10)
    service.update(article.id, ArticleChanges(status=ArticleStatus.DRAFT))
    assert service.get(article.id).first_published_at == site_date


def test_published_and_scheduled_are_no_workflow_status(service):
    article = service.create(ArticleContent(headline="H"))
    for value in ("published", "scheduled"):
        with pytest.raises(ValidationError) as info:
            service.update(article.id, ArticleChanges.from_fields({"status": value}))
        assert info.value.field == "status"
        assert "set by publishing" in info.value.message
    assert service.get(article.id).status is ArticleStatus.DRAFT


def test_no_op_update_writes_nothing(service, clock, sections):
    article = service.create(
        ArticleContent(headline="Same", tags=("A", "B"), section_id=sections["World"].id)
    )
    clock.advance(hours=1)
    same = service.update(
        article.id,
        ArticleChanges(
            headline="Same", tags=["A", "B"], section_id=sections["World"].id, status=ArticleStatus.DRAFT
        ),
    )
    assert same == article
    assert service.get(article.id).updated_at == article.updated_at
    assert len(service.revisions(article.id)) == 1
    assert service.update(article.id, ArticleChanges()) == article


# -- revisions --------------------------------------------------------------------------------


def test_edits_within_the_window_are_grouped_into_one_revision(service, clock):
    article = service.create(ArticleContent(headline="v0"))
    clock.advance(seconds=30)
    service.update(article.id, ArticleChanges(headline="v1"))
    first_edit = clock.now
    clock.advance(minutes=1)
    service.update(article.id, ArticleChanges(headline="v2"))
    clock.advance(minutes=1)
    service.update(article.id, ArticleChanges(body="text"))
    revisions = service.revisions(article.id)  # newest first
    assert [r.reason for r in revisions] == [RevisionReason.EDIT, RevisionReason.CREATED]
    edit = revisions[0]
    assert edit.content.headline == "v2"
    assert edit.content.body == "text"
    assert edit.created_at == first_edit
    assert edit.saved_at == clock.now
    assert revisions[1].content.headline == "v0"


def test_an_edit_after_the_window_starts_a_new_revision(service, clock):
    article = service.create(ArticleContent(headline="v0"))
    clock.advance(seconds=1)
    service.update(article.id, ArticleChanges(headline="v1"))
    clock.advance(seconds=REVISION_WINDOW.total_seconds() + 1)
    service.update(article.id, ArticleChanges(headline="v2"))
    revisions = service.revisions(article.id)
    assert [r.content.headline for r in revisions] == ["v2", "v1", "v0"]
    assert [r.reason for r in revisions] == [
        RevisionReason.EDIT,
        RevisionReason.EDIT,
        RevisionReason.CREATED,
    ]


def test_a_custom_window_is_honoured(workspace, clock):
    service = ArticleService(workspace.db, clock=clock, revision_window=timedelta(seconds=10))
    article = service.create(ArticleContent(headline="v0"))
    for n in range(1, 4):
        clock.advance(seconds=11)
        service.update(article.id, ArticleChanges(headline=f"v{n}"))
    assert len(service.revisions(article.id)) == 4


def test_checkpoint_closes_the_group(service, clock):
    article = service.create(ArticleContent(headline="v0"))
    clock.advance(seconds=5)
    service.update(article.id, ArticleChanges(headline="v1"))
    clock.advance(seconds=5)
    checkpoint = service.checkpoint(article.id)
    assert checkpoint.reason is RevisionReason.CHECKPOINT
    assert checkpoint.content.headline == "v1"
    # A checkpoint with nothing new names the latest revision; it adds none.
    assert len(service.revisions(article.id)) == 2
    assert service.checkpoint(article.id).id == checkpoint.id
    # The next edit, though inside the window, starts a new revision.
    clock.advance(seconds=5)
    service.update(article.id, ArticleChanges(headline="v2"))
    revisions = service.revisions(article.id)
    assert [r.content.headline for r in revisions] == ["v2", "v1", "v0"]
    assert revisions[0].reason is RevisionReason.EDIT
    assert revisions[1].reason is RevisionReason.CHECKPOINT


def test_an_edit_with_a_note_is_a_labelled_revision_of_its_own(service, clock):
    article = service.create(ArticleContent(headline="Sodermalm", body="Sodermalm today"))
    clock.advance(seconds=5)
    service.update(article.id, ArticleChanges(body="Sodermalm today, typed"))
    clock.advance(seconds=5)
    note = "Replaced “Sodermalm” with “Södermalm” (2)"
    service.update(article.id, ArticleChanges(headline="Södermalm", body="Södermalm today, typed"), note=note)
    clock.advance(seconds=5)
    service.update(article.id, ArticleChanges(body="Södermalm today, typed again"))
    revisions = service.revisions(article.id)
    assert [(r.reason, r.note) for r in revisions] == [
        (RevisionReason.EDIT, ""),
        (RevisionReason.REPLACE, note),
        (RevisionReason.EDIT, ""),
        (RevisionReason.CREATED, ""),
    ]
    # The edits before the replacement are kept as they were, within the window or not.
    assert revisions[2].content.body == "Sodermalm today, typed"
    assert revisions[1].content.headline == "Södermalm"
    # A note with nothing changed writes nothing.
    service.update(article.id, ArticleChanges(body="Södermalm today, typed again"), note=note)
    assert len(service.revisions(article.id)) == 4


def test_checkpoint_right_after_create_keeps_the_created_revision(service):
    article = service.create(ArticleContent(headline="v0"))
    revision = service.checkpoint(article.id)
    assert revision.reason is RevisionReason.CREATED
    assert len(service.revisions(article.id)) == 1


def test_restore_revision_creates_a_restore_revision(service, clock, sections):
    article = service.create(ArticleContent(headline="First", tags=("A",), section_id=sections["World"].id))
    original = service.revisions(article.id)[0]
    clock.advance(minutes=1)
    service.update(
        article.id, ArticleChanges(headline="Second", tags=["B"], section_id=sections["Sports"].id)
    )
    clock.advance(minutes=1)
    restored = service.restore_revision(article.id, original.id)
    assert restored.content == original.content
    assert restored.section == sections["World"]
    assert service.get(article.id) == restored
    assert restored.updated_at == clock.now
    revisions = service.revisions(article.id)
    assert [r.reason for r in revisions] == [
        RevisionReason.RESTORE,
        RevisionReason.EDIT,
        RevisionReason.CREATED,
    ]
    assert revisions[0].content == original.content
    # ... so the restore can itself be undone.
    service.restore_revision(article.id, revisions[1].id)
    assert service.get(article.id).headline == "Second"


def test_the_word_target_is_kept_in_revisions_and_duplicates(service, clock):
    article = service.create(ArticleContent(headline="Slot", word_target=400))
    clock.advance(minutes=1)
    service.update(article.id, ArticleChanges(word_target=600))
    first, second = service.revisions(article.id)[::-1]
    assert (first.content.word_target, second.content.word_target) == (400, 600)
    assert service.restore_revision(article.id, first.id).word_target == 400
    assert service.duplicate(article.id).word_target == 400


def test_restore_revision_whose_section_was_deleted_clears_the_section(service, workspace):
    temporary = workspace.taxonomy.create_section("Temporary")
    article = service.create(ArticleContent(headline="H", section_id=temporary.id))
    revision = service.revisions(article.id)[0]
    workspace.taxonomy.delete_section(temporary.id)
    restored = service.restore_revision(article.id, revision.id)
    assert restored.section is None
    assert restored.headline == "H"


def test_restore_revision_of_another_article_is_refused(service):
    one = service.create(ArticleContent(headline="one"))
    two = service.create(ArticleContent(headline="two"))
    with pytest.raises(ValidationError):
        service.restore_revision(one.id, service.revisions(two.id)[0].id)
    assert service.get(one.id).headline == "one"
    with pytest.raises(NotFoundError):
        service.restore_revision(one.id, 99999)


def test_revisions_of_missing_article(service):
    with pytest.raises(NotFoundError):
        service.revisions(31337)


# -- trash, duplicate -------------------------------------------------------------------------


def test_trash_and_restore(service, clock):
    kept = service.create(ArticleContent(headline="kept"))
    binned = service.create(ArticleContent(headline="binned"))
    clock.advance(minutes=3)
    service.trash([binned.id])
    assert _ids(service.list()) == [kept.id]
    assert _ids(service.list(ArticleQuery(trashed=True))) == [binned.id]
    trashed = service.get(binned.id)
    assert trashed.is_trashed
    assert trashed.trashed_at == clock.now
    assert service.list(ArticleQuery(trashed=True))[0].trashed
    service.restore([binned.id])
    assert not service.get(binned.id).is_trashed
    assert sorted(_ids(service.list())) == sorted([kept.id, binned.id])
    assert service.list(ArticleQuery(trashed=True)) == []


def test_trash_with_a_wrong_id_trashes_nothing(service):
    article = service.create(ArticleContent(headline="H"))
    with pytest.raises(NotFoundError):
        service.trash([article.id, 777])
    assert not service.get(article.id).is_trashed


def test_delete_removes_a_trashed_article_for_good_with_its_history_and_search_entry(service, workspace):
    kept = service.create(ArticleContent(headline="Kept drones"))
    gone = service.create(ArticleContent(headline="Gone drones", tags=("Drones",)))
    service.update(gone.id, ArticleChanges(body="More words"))
    service.trash([gone.id])
    service.delete([gone.id])
    with pytest.raises(NotFoundError):
        service.get(gone.id)
    with pytest.raises(NotFoundError):
        service.revisions(gone.id)
    assert _search(service, "drones") == [kept.id]
    assert _search(service, "drones", trashed=True) == []
    assert service.count(ArticleQuery(trashed=True)) == 0
    with sqlite3.connect(workspace.db.path) as conn:
        for table in ("revisions", "article_tags"):
            rows = conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", (gone.id,))
            assert rows.fetchone() == (0,), table


def test_delete_refuses_an_article_outside_the_trash_and_deletes_nothing(service):
    binned = service.create(ArticleContent(headline="Binned"))
    in_use = service.create(ArticleContent(headline="Still in use"))
    service.trash([binned.id])
    with pytest.raises(ValidationError, match="“Still in use” is not in the Trash"):
        service.delete([binned.id, in_use.id])
    assert service.get(binned.id).is_trashed
    assert service.get(in_use.id).headline == "Still in use"
    with pytest.raises(NotFoundError):
        service.delete([binned.id, 777])
    assert service.get(binned.id).is_trashed


def test_duplicate_is_a_new_draft_with_the_same_content(service, clock, sections):
    original = service.create(
        ArticleContent(
            headline="Kim",
            body="Body",
            tags=("A", "B"),
            section_id=sections["Soccer"].id,
            status=ArticleStatus.READY,
        ),
        first_published_at=clock.now,
        published_elsewhere=SiteStatus.PUBLISHED,
    )
    clock.advance(hours=2)
    copy = service.duplicate(original.id)
    assert copy.id != original.id
    assert copy.headline == "Kim (copy)"
    assert copy.status is ArticleStatus.DRAFT
    assert copy.first_published_at is None
    assert copy.published_elsewhere is None  # never published anywhere
    assert copy.created_at == clock.now
    assert (copy.body, copy.tags, copy.section_path) == ("Body", ("A", "B"), ("Sports", "Soccer"))
    assert service.get(original.id) == original
    assert _search(service, "copy") == [copy.id]


def test_duplicate_without_headline_stays_without(service):
    assert service.duplicate(service.create().id).headline == ""


# -- filters and sorting ----------------------------------------------------------------------


@pytest.fixture
def newsroom(service, clock, sections):
    """Five articles over the sections, one minute apart (so 'e' is the newest)."""
    specs = {
        "a": ArticleContent(headline="Alpha", section_id=sections["World"].id, tags=("North Korea",)),
        "b": ArticleContent(
            headline="Bravo",
            section_id=sections["Sports"].id,
            status=ArticleStatus.READY,
            tags=("Drones", "north korea"),
        ),
        "c": ArticleContent(
            headline="Charlie",
            section_id=sections["Soccer"].id,
            status=ArticleStatus.READY,
            body="one two three",
        ),
        # Published on a site this store does not know: the workflow status is its own.
        "d": ArticleContent(headline="delta", byline="TT"),
        "e": ArticleContent(headline="Echo", section_id=sections["Soccer"].id, tags=("TT",)),
    }
    ids = {}
    for key, content in specs.items():
        clock.advance(minutes=1)
        elsewhere = SiteStatus.PUBLISHED if key == "d" else None
        ids[key] = service.create(content, published_elsewhere=elsewhere).id
    return ids


def test_default_list_is_newest_first(service, newsroom):
    assert _ids(service.list()) == [newsroom[k] for k in "edcba"]
    assert service.count() == 5


def test_filter_by_status(service, newsroom):
    assert sorted(_ids(service.list(ArticleQuery(status=ArticleStatus.READY)))) == sorted(
        [newsroom["b"], newsroom["c"]]
    )
    assert service.count(ArticleQuery(status=ArticleStatus.WITHDRAWN)) == 0
    assert _ids(service.list(ArticleQuery(status=ArticleStatus.DRAFT))) == [newsroom[k] for k in "eda"]


def test_filter_by_site_status_is_not_the_workflow(service, newsroom):
    published = service.list(ArticleQuery(site_status=SiteStatus.PUBLISHED))
    assert _ids(published) == [newsroom["d"]]
    assert published[0].status is ArticleStatus.DRAFT
    assert published[0].published_elsewhere is SiteStatus.PUBLISHED
    assert service.count(ArticleQuery(site_status=SiteStatus.SCHEDULED)) == 0
    assert service.count(ArticleQuery(site_status=SiteStatus.PUBLISHED, status=ArticleStatus.READY)) == 0
    assert ArticleQuery(site_status=SiteStatus.PUBLISHED).is_filtered


def test_filter_by_section_includes_sub_sections(service, newsroom, sections):
    sports = set(_ids(service.list(ArticleQuery(section_id=sections["Sports"].id))))
    assert sports == {newsroom["b"], newsroom["c"], newsroom["e"]}
    soccer = set(_ids(service.list(ArticleQuery(section_id=sections["Soccer"].id))))
    assert soccer == {newsroom["c"], newsroom["e"]}
    assert _ids(service.list(ArticleQuery(section_id=sections["World"].id))) == [newsroom["a"]]


@pytest.mark.parametrize("tag", ["north korea", "NORTH KOREA", "North  Korea"])
def test_filter_by_tag_in_any_case(service, newsroom, tag):
    # "north korea" given to b is the same tag as "North Korea" given to a.
    assert set(_ids(service.list(ArticleQuery(tag=tag)))) == {newsroom["a"], newsroom["b"]}


def test_filters_combine(service, newsroom, sections):
    query = ArticleQuery(section_id=sections["Sports"].id, status=ArticleStatus.READY, tag="drones")
    assert _ids(service.list(query)) == [newsroom["b"]]
    assert service.count(query) == 1


def test_trashed_articles_leave_every_filter(service, newsroom, sections):
    service.trash([newsroom["c"]])
    assert newsroom["c"] not in _ids(service.list(ArticleQuery(section_id=sections["Soccer"].id)))
    assert _search(service, "Charlie") == []
    assert _search(service, "Charlie", trashed=True) == [newsroom["c"]]


@pytest.mark.parametrize(
    ("sort", "descending", "order"),
    [
        (SortKey.HEADLINE, False, "abcde"),  # case-insensitive: "delta" between C and E
        (SortKey.HEADLINE, True, "edcba"),
        (SortKey.UPDATED, False, "abcde"),
        (SortKey.RELEVANCE, True, "edcba"),  # no search: newest first
        (SortKey.WORDS, True, "cedba"),  # c has 4 words, the rest 1: ties newest first
    ],
)
def test_sorting(service, newsroom, sort, descending, order):
    rows = service.list(ArticleQuery(sort=sort, descending=descending))
    assert _ids(rows) == [newsroom[k] for k in order]


def test_offset_and_limit(service, newsroom):
    assert _ids(service.list(offset=1, limit=2)) == [newsroom["d"], newsroom["c"]]


def test_summary_fields(service, newsroom):
    row = next(r for r in service.list() if r.id == newsroom["c"])
    assert (row.headline, row.section_name, row.status) == ("Charlie", "Soccer", ArticleStatus.READY)
    assert row.word_count == 4
    assert row.reading_minutes == 1
    assert not row.trashed
    assert next(r for r in service.list() if r.id == newsroom["d"]).section_name == ""


# -- full-text search -------------------------------------------------------------------------


@pytest.fixture
def searchable(service):
    body = service.create(
        ArticleContent(headline="Weather report", body="Drones were seen over Malmö today.")
    )
    headline = service.create(ArticleContent(headline="Drones over Malmö", body="Short text."))
    standfirst = service.create(
        ArticleContent(headline="Economy", standfirst="Drones are cheap", body="Prices.")
    )
    other = service.create(ArticleContent(headline="Football", body="A match in Göteborg."))
    return {"body": body.id, "headline": headline.id, "standfirst": standfirst.id, "other": other.id}


def test_search_ranks_a_headline_match_first(service, searchable):
    found = _search(service, "drones")
    assert found[0] == searchable["headline"]
    assert set(found) == {searchable["headline"], searchable["body"], searchable["standfirst"]}
    assert found.index(searchable["standfirst"]) < found.index(searchable["body"])


def test_search_needs_every_word(service, searchable):
    assert _search(service, "drones malmö") in (
        [searchable["headline"], searchable["body"]],
        [searchable["body"], searchable["headline"]],
    )
    assert _search(service, "drones göteborg") == []


def test_search_by_prefix_as_you_type(service, searchable):
    assert _search(service, "Footb") == [searchable["other"]]
    assert _search(service, "dro")[0] == searchable["headline"]
    # Only the last word is a prefix.
    assert _search(service, "dro malmö") == []


def test_search_ignores_case_and_diacritics(service, searchable):
    assert set(_search(service, "MALMO")) == {searchable["headline"], searchable["body"]}
    assert _search(service, "goteborg") == [searchable["other"]]


def test_search_covers_byline_and_tags(service):
    by_tt = service.create(ArticleContent(headline="One", byline="Reuters"))
    tagged = service.create(ArticleContent(headline="Two", tags=("Pyongyang",)))
    assert _search(service, "reuters") == [by_tt.id]
    assert _search(service, "pyongyang") == [tagged.id]


@pytest.mark.parametrize(
    "text",
    [
        '"foo" OR -bar*',
        '"',
        '"unclosed',
        "drones AND",
        "NOT drones",
        "NEAR(drones malmö)",
        "headline:drones",
        "^drones",
        "drones*",
        "(drones",
        "{headline body}: x",
        "-",
        "*",
        "''",
        "a'b",
        "\x00",
    ],
)
def test_search_with_fts_syntax_never_fails(service, searchable, text):
    rows = service.list(ArticleQuery(search=text))
    assert isinstance(rows, list)
    assert service.count(ArticleQuery(search=text)) == len(rows)


def test_operators_typed_by_the_user_are_words(service, searchable):
    # "drones OR football" would match two articles as FTS syntax; as words, none has both.
    assert _search(service, "drones OR football") == []
    assert _search(service, "drones*") == _search(service, "drones")


def test_search_of_nothing_but_punctuation_lists_everything(service, searchable):
    assert sorted(_search(service, ' " * - ')) == sorted(searchable.values())


def test_search_with_other_sort_keeps_the_filter(service, searchable):
    rows = service.list(ArticleQuery(search="drones", sort=SortKey.HEADLINE, descending=False))
    assert [r.headline for r in rows] == ["Drones over Malmö", "Economy", "Weather report"]


# -- the index follows every write ------------------------------------------------------------


def test_index_follows_an_update(service, searchable):
    service.update(searchable["other"], ArticleChanges(headline="Hockey", body="A game in Luleå."))
    assert _search(service, "football") == []
    assert _search(service, "göteborg") == []
    assert _search(service, "hockey") == [searchable["other"]]
    assert _search(service, "lulea") == [searchable["other"]]


def test_index_follows_a_restore(service, clock):
    article = service.create(ArticleContent(headline="Original words"))
    first = service.revisions(article.id)[0]
    clock.advance(minutes=10)
    service.update(article.id, ArticleChanges(headline="Replacement"))
    assert _search(service, "original") == []
    service.restore_revision(article.id, first.id)
    assert _search(service, "original") == [article.id]
    assert _search(service, "replacement") == []


def test_index_follows_a_tag_rename(service, workspace):
    article = service.create(ArticleContent(headline="H", tags=("Nordkorea", "Asia")))
    tag = workspace.taxonomy.get_or_create_tag("nordkorea")
    workspace.taxonomy.rename_tag(tag.id, "North Korea")
    assert service.get(article.id).tags == ("North Korea", "Asia")
    assert _search(service, "nordkorea") == []
    assert _search(service, "north korea") == [article.id]
    assert _ids(service.list(ArticleQuery(tag="north korea"))) == [article.id]


def test_index_follows_a_tag_merge(service, workspace):
    one = service.create(ArticleContent(headline="One", tags=("Drönare", "Asia")))
    two = service.create(ArticleContent(headline="Two", tags=("Drones",)))
    source = workspace.taxonomy.get_or_create_tag("Drönare")
    target = workspace.taxonomy.get_or_create_tag("Drones")
    workspace.taxonomy.merge_tags([source.id], target.id)
    assert service.get(one.id).tags == ("Drones", "Asia")
    assert _search(service, "dronare") == []
    assert sorted(_search(service, "drones")) == sorted([one.id, two.id])


def test_index_matches_the_articles_table(service, workspace, searchable, clock):
    clock.advance(minutes=10)
    service.update(searchable["body"], ArticleChanges(tags=["Extra"]))
    service.duplicate(searchable["headline"])
    path = workspace.db.path
    with sqlite3.connect(path) as conn:
        indexed = conn.execute("SELECT rowid, headline, tags FROM article_search ORDER BY rowid").fetchall()
        stored = conn.execute("SELECT id, headline FROM articles ORDER BY id").fetchall()
    conn.close()
    assert [(rowid, headline) for rowid, headline, _ in indexed] == stored
    assert dict((rowid, tags) for rowid, _, tags in indexed)[searchable["body"]] == "Extra"


# -- property: whatever an editor types, search answers --------------------------------------


@pytest.fixture(scope="module")
def shared_workspace(tmp_path_factory):
    ws = open_workspace(tmp_path_factory.mktemp("search-store"))
    ws.articles.create(ArticleContent(headline="Drones over Malmö", body='He said "stop" — OR not'))
    ws.articles.create(ArticleContent(headline="Économie", tags=("C++", "AT&T")))
    yield ws
    ws.close()


@given(st.text(max_size=40))
def test_any_search_text_runs_without_an_fts_error(shared_workspace, text):
    rows = shared_workspace.articles.list(ArticleQuery(search=text))
    assert len(rows) <= 2


@given(st.sampled_from(["drones", "Drones", "DRONES", "malmo", "Malmö", "dro", "over"]))
def test_any_casing_of_a_word_finds_its_article(shared_workspace, word):
    rows = shared_workspace.articles.list(ArticleQuery(search=word))
    assert [r.headline for r in rows] == ["Drones over Malmö"]
