"""What blocks publishing, named by the field an editor must fix."""

from dataclasses import replace

import pytest

from workstation.domain.article import ArticleContent, ArticleStatus, publish_problems
from workstation.domain.photo import PhotoMetadata

READY = ArticleContent(headline="Kim Jong-Un Orders Drones", section_id=3, body="Text.")


def test_a_complete_article_has_no_problems():
    assert publish_problems(READY) == []


def test_an_empty_article_names_headline_section_and_body_in_that_order():
    problems = publish_problems(ArticleContent())
    assert [p.field for p in problems] == ["headline", "section", "body"]
    assert all(p.message for p in problems)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"headline": ""}, "headline"),
        ({"headline": "  \n\t"}, "headline"),
        ({"section_id": None}, "section"),
        ({"body": ""}, "body"),
        ({"body": "\n\n   \n"}, "body"),
    ],
)
def test_each_missing_field_is_named(changes, field):
    problems = publish_problems(replace(READY, **changes))
    assert [p.field for p in problems] == [field]


def test_optional_fields_do_not_block():
    content = ArticleContent(headline="H", section_id=1, body="B", standfirst="", byline="", tags=())
    assert publish_problems(content) == []


def test_status_labels():
    assert ArticleStatus.READY.label == "Ready"
    # The workflow only: published and scheduled are a site's (domain.status.SiteStatus).
    assert [s.value for s in ArticleStatus] == ["draft", "ready", "withdrawn"]


def test_photo_credit_line():
    assert PhotoMetadata(credit="KCNA via AP/TT").credit_line == "Photo: KCNA via AP/TT"
    assert PhotoMetadata(credit="  ").credit_line == ""
