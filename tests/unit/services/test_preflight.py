"""Preflight: blockers from the publish rules, warnings an editor should look at."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from PIL import Image

from workstation.domain.article import ArticleContent
from workstation.domain.photo import PhotoMetadata
from workstation.services.preflight import PreflightItem, PreflightService, empty_links, preflight

READY = ArticleContent(
    headline="Kim Jong-Un Orders Mass Production of Drones",
    standfirst="North Korea's dictator has ordered attack drones.",
    body="Kim Jong-Un has personally overseen the test firing of [patrol robots](https://example.com).",
    section_id=1,
)


def _fields(items: list[PreflightItem], severity: str) -> list[str]:
    return [item.field for item in items if item.severity == severity]


@dataclass(frozen=True)
class FakePhoto:
    credit: str = "KCNA via AP/TT"
    alt_text: str = "Kim Jong-Un watching a drone test"
    name: str = ""


def test_a_ready_article_has_nothing_to_report():
    assert preflight(READY) == []


# -- blockers ---------------------------------------------------------------------------------


def test_the_publish_rules_are_blockers_naming_their_fields():
    items = preflight(ArticleContent(standfirst="A standfirst."))
    assert [(i.field, i.severity) for i in items] == [
        ("headline", "blocker"),
        ("section", "blocker"),
        ("body", "blocker"),
    ]
    assert all(item.message for item in items)


def test_a_headline_of_spaces_is_missing():
    items = preflight(ArticleContent(headline="   ", standfirst="s", body="b", section_id=1))
    assert _fields(items, "blocker") == ["headline"]


def test_blockers_come_before_warnings():
    content = ArticleContent(headline="x" * 100, body="", section_id=1)
    items = preflight(content)
    severities = [item.severity for item in items]
    assert severities == sorted(severities)  # "blocker" < "warning"
    assert _fields(items, "blocker") == ["body"]
    assert set(_fields(items, "warning")) == {"headline", "standfirst"}


# -- warnings ---------------------------------------------------------------------------------


def test_a_headline_over_the_limit_is_a_warning_with_its_length():
    items = preflight(replace(READY, headline="x" * 91))
    assert [(i.field, i.severity) for i in items] == [("headline", "warning")]
    assert "91" in items[0].message
    assert "90" in items[0].message


def test_a_headline_at_the_limit_is_fine_and_the_limit_can_change():
    assert preflight(replace(READY, headline="x" * 90)) == []
    items = preflight(replace(READY, headline="x" * 61), headline_limit=60)
    assert _fields(items, "warning") == ["headline"]


def test_the_limit_counts_the_headline_without_surrounding_spaces():
    assert preflight(replace(READY, headline="  " + "x" * 90 + "  ")) == []


@pytest.mark.parametrize("standfirst", ["", "   ", "\n\n"])
def test_an_empty_standfirst_is_a_warning(standfirst):
    items = preflight(replace(READY, standfirst=standfirst))
    assert [(i.field, i.severity) for i in items] == [("standfirst", "warning")]


@pytest.mark.parametrize(
    "body",
    [
        "Read [](https://example.com/a) now.",
        "Read [ ](https://example.com/a) now.",
        'Read <a href="https://example.com/a"></a> now.',
        'Read <a href="https://example.com/a">  </a> now.',
        'Read <a href="https://example.com/a"><img src="https://x/y.png"></a> now.',  # image dropped
        'Read <a href="https://example.com/a"><img src="ewsphoto:abc" alt=""></a> now.',
    ],
)
def test_a_link_with_no_text_is_a_warning_naming_the_target(body):
    items = preflight(replace(READY, body=body))
    assert [(i.field, i.severity) for i in items] == [("body", "warning")]
    assert "https://example.com/a" in items[0].message


@pytest.mark.parametrize(
    "body",
    [
        "Read [the report](https://example.com/a).",
        'Read <a href="https://example.com/a">the report</a>.',
        'Read <a href="https://example.com/a"><img src="ewsphoto:abc" alt="The report"></a>.',
        "Read <https://example.com/a>.",
        "In code: `[](https://example.com/a)`",
        "Not a link: [] (https://example.com/a)",
    ],
)
def test_links_with_text_are_fine(body):
    assert preflight(replace(READY, body=body)) == []


def test_every_empty_link_is_reported_and_the_standfirst_too():
    content = replace(
        READY, standfirst="See [](https://a.example).", body="[](https://b.example) [](https://c.example)"
    )
    items = preflight(content)
    assert [(i.field, i.message) for i in items] == [
        ("standfirst", "A link to https://a.example has no text."),
        ("body", "A link to https://b.example has no text."),
        ("body", "A link to https://c.example has no text."),
    ]


def test_empty_links_finds_a_link_without_a_target_too():
    assert empty_links("[](javascript:alert(1))") == [""]


@pytest.mark.parametrize(
    "other",
    [
        "Kim Jong-Un Orders Mass Production of Drones",
        "kim jong-un orders mass production of drones",
        "  Kim Jong-Un Orders Mass Production of Drones  ",
        "Kim Jong-Un  Orders Mass\nProduction of Drones",
    ],
)
def test_the_same_headline_as_another_article_is_a_warning(other):
    items = preflight(READY, other_headlines={other})
    assert [(i.field, i.severity) for i in items] == [("headline", "warning")]
    assert "same headline" in items[0].message


@pytest.mark.parametrize(
    "other", ["Kim Jong-Un Orders Mass Production of Drones!", "Kim Jong-Un Orders Production of Drones", ""]
)
def test_a_similar_headline_is_not_a_duplicate(other):
    assert preflight(READY, other_headlines={other}) == []


def test_an_empty_headline_is_no_duplicate_of_another_empty_one():
    items = preflight(replace(READY, headline=""), other_headlines={"", " "})
    assert [(i.field, i.severity) for i in items] == [("headline", "blocker")]


# -- photos: fakes with a credit and alt text, and stored photos --------------------------------------


def test_photos_with_credit_and_alt_text_are_fine():
    assert preflight(READY, photos=[FakePhoto(), FakePhoto()]) == []
    assert preflight(READY, photos=[PhotoMetadata(credit="TT", alt_text="A drone")]) == []


def test_a_photo_without_credit_blocks_publishing():
    items = preflight(READY, photos=[FakePhoto(), FakePhoto(credit="  ", name="drone.jpg")])
    assert [(i.field, i.severity) for i in items] == [("photo.credit", "blocker")]
    assert items[0].message.startswith("Photo drone.jpg: a credit is required")


def test_a_photo_without_alt_text_blocks_publishing():
    items = preflight(READY, photos=[FakePhoto(alt_text="")])
    assert [(i.field, i.severity) for i in items] == [("photo.alt_text", "blocker")]
    assert items[0].message.startswith("Photo 1: alt text is required")


def test_a_photo_with_neither_gives_both_before_any_warning():
    items = preflight(replace(READY, standfirst=""), photos=[FakePhoto(credit="", alt_text="")])
    assert [(i.field, i.severity) for i in items] == [
        ("photo.credit", "blocker"),
        ("photo.alt_text", "blocker"),
        ("standfirst", "warning"),
    ]


def _stored(tmp_path, workspace, name: str, metadata: PhotoMetadata):
    path = tmp_path / name
    Image.new("RGB", (8, 8), (len(name) * 20 % 256, 90, 120)).save(path, "JPEG")  # its own bytes
    photo = workspace.photos.import_file(path).photo
    assert photo is not None
    return workspace.photos.update_metadata(photo.id, metadata)


def test_stored_photos_follow_the_publish_rule_of_the_photo_domain(workspace, tmp_path):
    good = _stored(tmp_path, workspace, "good.jpg", PhotoMetadata(credit="TT", alt_text="A drone"))
    bare = _stored(tmp_path, workspace, "no-metadata.jpg", PhotoMetadata(caption="No credit"))
    assert good.id != bare.id
    items = preflight(READY, photos=[good, bare])
    assert [(i.field, i.severity) for i in items] == [
        ("photo.credit", "blocker"),
        ("photo.alt_text", "blocker"),
    ]
    assert all("no-metadata.jpg" in item.message for item in items)


# -- the service: other headlines from the store ------------------------------------------------


@pytest.fixture
def ready(workspace) -> ArticleContent:
    """READY with a section that exists in the store."""
    section = workspace.taxonomy.create_section("World")
    return replace(READY, section_id=section.id)


def test_the_service_finds_a_duplicate_headline_in_the_store(workspace, ready):
    service = PreflightService(workspace.articles)
    first = workspace.articles.create(ready)
    second = workspace.articles.create(replace(ready, headline=ready.headline.upper()))
    items = service.check(second.id, second.content)
    assert [(i.field, i.severity) for i in items] == [("headline", "warning")]
    assert service.other_headlines(second.id, second.headline) == {first.headline}


def test_the_service_does_not_count_the_article_itself(workspace, ready):
    service = PreflightService(workspace.articles)
    article = workspace.articles.create(ready)
    assert service.check(article.id, article.content) == []


def test_the_service_checks_unsaved_content_and_new_articles(workspace, ready):
    service = PreflightService(workspace.articles)
    workspace.articles.create(ready)
    assert _fields(service.check(None, ready), "warning") == ["headline"]
    other = workspace.articles.create(ArticleContent(headline="Something else"))
    edited = replace(ready, headline="kim jong-un orders mass production of drones")
    assert _fields(service.check(other.id, edited), "warning") == ["headline"]


def test_the_service_ignores_headlines_that_only_share_words(workspace, ready):
    service = PreflightService(workspace.articles)
    workspace.articles.create(ArticleContent(headline="Kim Jong-Un Orders Mass Production of Drones Again"))
    workspace.articles.create(ArticleContent(headline="Drones", body=ready.headline))
    assert service.check(None, ready) == []


def test_the_service_ignores_trashed_articles(workspace, ready):
    service = PreflightService(workspace.articles)
    duplicate = workspace.articles.create(ready)
    workspace.articles.trash([duplicate.id])
    assert service.check(None, ready) == []


def test_the_service_asks_the_search_index_for_a_few_rows(workspace, ready, monkeypatch):
    service = PreflightService(workspace.articles)
    calls = []
    original = workspace.articles.list

    def spy(query, offset=0, limit=200):
        calls.append((query.search, offset, limit))
        return original(query, offset, limit)

    monkeypatch.setattr(workspace.articles, "list", spy)
    service.check(None, ready)
    assert calls == [(ready.headline, 0, 20)]


def test_the_service_passes_photos_on(workspace, ready):
    items = PreflightService(workspace.articles).check(None, ready, photos=[FakePhoto(credit="")])
    assert _fields(items, "blocker") == ["photo.credit"]


def test_the_service_checks_the_stored_article_photos(workspace, ready, tmp_path):
    service = PreflightService(workspace.articles, workspace.photos)
    article = workspace.articles.create(ready)
    assert service.check(article.id, article.content) == []
    photo = _stored(tmp_path, workspace, "featured.jpg", PhotoMetadata(credit="TT"))
    workspace.photos.set_featured(article.id, photo.id)
    assert _fields(service.check(article.id, article.content), "blocker") == ["photo.alt_text"]
    assert service.check(article.id, article.content, photos=[]) == []  # the caller's photos win
    assert _fields(service.check(None, ready), "blocker") == []  # a new article has no stored photos


def test_a_headline_with_punctuation_only_searches_safely(workspace, ready):
    service = PreflightService(workspace.articles)
    workspace.articles.create(ArticleContent(headline='"?!"'))
    assert _fields(service.check(None, replace(ready, headline='"?!"')), "warning") == ["headline"]
    assert service.check(None, replace(ready, headline="OR AND NOT *")) == []
