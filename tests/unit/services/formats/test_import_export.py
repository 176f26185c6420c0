"""Markdown with front matter: parsing, the exporters, and the import service."""

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from workstation.domain.article import MAX_WORD_TARGET, Article, ArticleContent, ArticleStatus, SiteStatus
from workstation.domain.errors import WorkstationError
from workstation.services.formats.export import (
    article_to_dict,
    article_to_json,
    article_to_markdown,
    write_atomically,
)
from workstation.services.formats.front_matter import ImportFileError, parse_markdown, read_text
from workstation.services.sample import open_sample_article, sample_file

DATA = Path(__file__).resolve().parents[3] / "data"
REFERENCE = DATA / "reference-article.md"


def _parse_error(text: str) -> ImportFileError:
    with pytest.raises(ImportFileError) as info:
        parse_markdown(text, "in.md")
    assert "\n" not in str(info.value)
    return info.value


# -- parsing ----------------------------------------------------------------------------------


def test_the_reference_article_parses_into_every_field():
    parsed = parse_markdown(read_text(REFERENCE), str(REFERENCE))
    content = parsed.content
    assert content.headline == "Kim Jong-Un Orders Mass Production of Drones"
    assert content.standfirst.startswith("North Korea's dictator Kim Jong-Un has ordered")
    assert content.byline == "TT"
    assert content.tags == ("North Korea", "Kim Jong-Un", "Drones", "TT")
    assert content.source_note == "This article has been altered and translated by Sweden Herald"
    assert content.language == "en"
    # "status: published" (a file from before workflow and site status were apart): ready,
    # published on a site outside this store.
    assert content.status is ArticleStatus.READY
    assert parsed.published_elsewhere is SiteStatus.PUBLISHED
    assert parsed.section == "World"
    assert parsed.first_published_at == datetime(2024, 11, 15, 1, 2, tzinfo=UTC)
    assert content.body.startswith("Kim Jong-Un has personally overseen")
    assert content.body.endswith("mutual defense guarantees last summer.")
    assert content.body.count("\n\n") == 4
    assert content.reading_minutes == 1  # the page says "1 MIN READ"


def test_yaml_values_stay_text():
    parsed = parse_markdown("---\nheadline: 2024\nlanguage: no\nbyline: null\n---\n", "x.md")
    assert (parsed.content.headline, parsed.content.language, parsed.content.byline) == (
        "2024",
        "no",
        "null",
    )


def test_tags_as_a_comma_separated_line():
    parsed = parse_markdown("---\ntags: North Korea, Drones ,, TT\n---\nBody", "x.md")
    assert parsed.content.tags == ("North Korea", "Drones", "TT")


def test_published_without_status_means_ready_published_elsewhere_and_keeps_its_zone():
    parsed = parse_markdown("---\npublished: 2024-11-15T02:02:00+01:00\n---\nBody", "x.md")
    assert parsed.content.status is ArticleStatus.READY
    assert parsed.published_elsewhere is SiteStatus.PUBLISHED
    assert parsed.first_published_at == datetime(2024, 11, 15, 1, 2, tzinfo=UTC)
    draft = parse_markdown("---\nstatus: draft\npublished: 2024-11-15T01:02:00Z\n---\n", "x.md")
    assert draft.content.status is ArticleStatus.DRAFT
    assert draft.published_elsewhere is SiteStatus.PUBLISHED
    unpublished = parse_markdown("---\nstatus: ready\n---\n", "x.md")
    assert (unpublished.content.status, unpublished.published_elsewhere) == (ArticleStatus.READY, None)


@pytest.mark.parametrize("value", ["published", "scheduled", "Scheduled"])
def test_an_older_files_site_status_is_ready_and_published_elsewhere(value):
    parsed = parse_markdown(f"---\nstatus: {value}\n---\nBody", "x.md")
    assert parsed.content.status is ArticleStatus.READY
    assert parsed.published_elsewhere is SiteStatus(value.lower())
    assert parsed.first_published_at is None


def test_windows_line_endings_and_a_byte_order_mark(tmp_path):
    path = tmp_path / "win.md"
    path.write_bytes(b"\xef\xbb\xbf---\r\nheadline: Hej\r\n---\r\n\r\nRad ett\r\n\r\nRad tv\xc3\xa5\r\n")
    parsed = parse_markdown(read_text(path), str(path))
    assert parsed.content.headline == "Hej"
    assert parsed.content.body == "Rad ett\n\nRad två"


def test_the_body_keeps_separators_that_are_not_line_ends():
    body = "Form\x0cfeed, NEL\x85here, LS\u2028and PS\u2029and RS\x1e."
    parsed = parse_markdown(f"---\nheadline: H\n---\n\n{body}\n", "x.md")
    assert parsed.content.body == body


def test_a_closing_dots_line_ends_the_front_matter():
    parsed = parse_markdown("---\nheadline: H\n...\nBody\n---\nmore", "x.md")
    assert parsed.content.body == "Body\n---\nmore"


@pytest.mark.parametrize(
    ("text", "line", "field", "words"),
    [
        ("---\nheadline: H\ntags: [a, b\n", 1, None, "not closed"),
        ("---\nheadline: H\ntags: [a, b\n---\nBody", 3, None, "malformed front matter"),
        ("---\nheadline: H\ntags: [a, b\nbyline: TT\n---\nBody", 4, None, "malformed"),
        ("headline: H\n\nBody", 1, None, "no front matter"),
        ("", 1, None, "no front matter"),
        ("---\nheadline: H\nauthor: Me\n---\n", 3, "author", "unknown field 'author'"),
        ("---\nheadline: H\nheadline: I\n---\n", 3, "headline", "twice"),
        ("---\nheadline: H\n\nstatus: gone\n---\n", 4, "status", "'gone' is not one of"),
        ("---\ntags:\n  a: b\n---\n", 2, "tags", "must be a list"),
        ("---\ntags: [a, [b]]\n---\n", 2, "tags", "must be a list"),
        ("---\nheadline: [a]\n---\n", 2, "headline", "must be text"),
        ("---\npublished: 2024-11-15T02:02:00\n---\n", 2, "published", "time zone"),
        ("---\npublished: yesterday\n---\n", 2, "published", "ISO 8601"),
        ("---\npublished: [2024]\n---\n", 2, "published", "date and time"),
        ("---\nsection: ''\n---\n", 2, "section", "section name"),
        ("---\nlanguage: ' '\n---\n", 2, "language", "must not be empty"),
        ("---\n- a\n- b\n---\n", 2, None, "key: value"),
        ("---\nheadline: H\n\tbyline: x\n---\n", 3, None, "malformed"),
        ("---\nheadline: H\nword_target: about 400\n---\n", 3, "word_target", "whole number of words"),
        ("---\nword_target: -5\n---\n", 2, "word_target", "whole number"),
        ("---\nword_target: [400]\n---\n", 2, "word_target", "whole number"),
        ("---\nword_target: 900000\n---\n", 2, "word_target", "between 0 (no target) and 100,000"),
    ],
)
def test_bad_front_matter_names_the_line_and_field(text, line, field, words):
    error = _parse_error(text)
    assert error.line == line
    assert error.field == field
    assert str(error).startswith(f"in.md:{line}: ")
    assert words in str(error)


def test_a_word_target_is_read_and_an_empty_one_is_none():
    parsed = parse_markdown("---\nheadline: H\nword_target: 400\n---\nBody", "in.md")
    assert parsed.content.word_target == 400
    assert parse_markdown("---\nword_target: ''\n---\n", "in.md").content.word_target == 0
    assert parse_markdown("---\nheadline: H\n---\n", "in.md").content.word_target == 0


def test_the_word_target_is_exported_only_when_there_is_one():
    with_target = article_to_markdown(_article(ArticleContent(headline="H", word_target=400)))
    assert "\nword_target: 400\n" in with_target
    assert "word_target" not in article_to_markdown(_article(ArticleContent(headline="H")))


def _nested_aliases(levels: int, last_key: str = "tags") -> str:
    """A 'billion laughs' header: each level lists the one before nine times."""
    keys = ["headline", "standfirst", "byline", "source_note", "language", "status", "section"]
    keys.append("published")
    lines = ["---", f"{keys[0]}: &k0 [" + ", ".join(["lol"] * 9) + "]"]
    for level in range(1, levels):
        key = keys[level] if level < levels - 1 else last_key
        lines.append(f"{key}: &k{level} [" + ", ".join([f"*k{level - 1}"] * 9) + "]")
    return "\n".join([*lines, "---", "Body"])


@pytest.mark.timeout(10)
def test_nested_aliases_are_refused_without_expanding_them():
    # Expanded, this 450-byte header would be 9**9 strings: minutes of work and gigabytes.
    error = _parse_error(_nested_aliases(9))
    assert error.line == 2
    assert error.field == "headline"


@pytest.mark.timeout(10)
def test_a_key_made_of_nested_aliases_is_refused_without_expanding_it():
    header = _nested_aliases(7).replace("\n---\nBody", "\n? [*k6, *k6]\n: x\n---\nBody")
    error = _parse_error(header)
    assert error.line == 9
    assert "field name" in str(error)


def test_a_key_that_is_not_a_name_is_refused():
    error = _parse_error("---\n[a, b]: c\n---\n")
    assert error.line == 2
    assert "field name" in str(error)
    assert "ScalarNode" not in str(error)


def test_an_alias_to_a_plain_value_still_works():
    parsed = parse_markdown("---\nheadline: &who TT\nbyline: *who\n---\n", "x.md")
    assert (parsed.content.headline, parsed.content.byline) == ("TT", "TT")


def test_read_text_names_the_line_of_a_bad_byte(tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes(b"---\nheadline: ok\n---\n\nline five\nbad \xff\xfe here\n")
    with pytest.raises(ImportFileError) as info:
        read_text(path)
    assert info.value.line == 6
    assert str(info.value).startswith(f"{path}:6: not UTF-8")
    assert "0xff" in str(info.value)


def test_read_text_of_a_missing_file_and_a_directory(tmp_path):
    with pytest.raises(ImportFileError, match="no such file"):
        read_text(tmp_path / "missing.md")
    with pytest.raises(ImportFileError, match="is a directory"):
        read_text(tmp_path)


# -- exporting --------------------------------------------------------------------------------


def _article(content: ArticleContent, **times) -> Article:
    now = datetime(2024, 11, 15, 1, 17, tzinfo=UTC)
    return Article(id=7, content=content, created_at=now, updated_at=now, **times)


def test_article_to_dict_has_every_field():
    content = ArticleContent(headline="H", body="one two", tags=("a", "b"), status=ArticleStatus.READY)
    data = article_to_dict(_article(content))
    assert set(data) == {
        "id",
        "headline",
        "standfirst",
        "body",
        "byline",
        "source_note",
        "section",
        "tags",
        "language",
        "status",
        "created_at",
        "updated_at",
        "first_published_at",
        "published_elsewhere",
        "trashed_at",
        "word_count",
        "reading_minutes",
        "word_target",
    }
    assert data["updated_at"] == "2024-11-15T01:17:00Z"
    assert data["published_elsewhere"] is None
    elsewhere = article_to_dict(_article(content, published_elsewhere=SiteStatus.SCHEDULED))
    assert elsewhere["published_elsewhere"] == "scheduled"
    assert (data["word_count"], data["reading_minutes"], data["section"]) == (3, 1, None)
    assert article_to_json(_article(content)).endswith("}\n")


def test_markdown_export_of_the_reference_article_matches_the_file(workspace):
    article = workspace.importer.import_file(REFERENCE).article
    exported = article_to_markdown(workspace.articles.get(article.id))
    assert exported == (DATA / "reference-article.export.md").read_text(encoding="utf-8")


# Control characters are cleaned on the way in (test_import_limits.py), so not generated here.
_NO_YAML_BREAKS = st.characters(exclude_categories=["Cs", "Cc"], exclude_characters="\u2028\u2029")
_FIELD = st.text(_NO_YAML_BREAKS, max_size=30).map(str.strip)
_BODY = st.text(
    st.characters(exclude_categories=["Cs", "Cc"]) | st.sampled_from("\n\t\x0c\x1e\x85"), max_size=80
)
_TAG = st.text(_NO_YAML_BREAKS, min_size=1, max_size=15).map(lambda s: " ".join(s.split()))


@given(
    headline=_FIELD,
    standfirst=_FIELD,
    byline=_FIELD,
    source_note=_FIELD,
    body=_BODY.map(lambda s: s.strip("\n").rstrip()),
    tags=st.lists(_TAG.filter(bool), max_size=4, unique_by=str.casefold),
    language=st.sampled_from(["en", "sv", "no", "yes", "null", "true", "on", "zh-Hant"]),
    status=st.sampled_from(list(ArticleStatus)),
    published=st.none() | st.datetimes(timezones=st.just(UTC)),
    word_target=st.integers(min_value=0, max_value=MAX_WORD_TARGET),
)
@example(
    headline="---",
    standfirst="a: b # c",
    byline="'quoted'",
    source_note='"double"',
    body="---\nnot: front matter\n---\nline\u2028separator",
    tags=["[x]", "{y}"],
    language="en",
    status=ArticleStatus.DRAFT,
    published=None,
    word_target=400,
)
def test_markdown_export_reads_back_to_the_same_article(
    headline, standfirst, byline, source_note, body, tags, language, status, published, word_target
):
    content = ArticleContent(
        headline=headline,
        standfirst=standfirst,
        body=body,
        byline=byline,
        source_note=source_note,
        tags=tuple(tags),
        language=language,
        status=status,
        word_target=word_target,
    )
    text = article_to_markdown(_article(content, first_published_at=published))
    parsed = parse_markdown(text, "export.md")
    assert parsed.content == content
    assert parsed.first_published_at == published


def test_write_atomically_replaces_the_whole_file(tmp_path):
    target = tmp_path / "out.md"
    target.write_text("old and longer content")
    write_atomically(target, "new å\n")
    assert target.read_bytes() == "new å\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_write_atomically_into_a_missing_directory_fails_cleanly(tmp_path):
    with pytest.raises(WorkstationError, match="Cannot write"):
        write_atomically(tmp_path / "missing" / "out.md", "x")


def test_write_atomically_over_a_directory_keeps_it_and_leaves_no_temp_file(tmp_path):
    (tmp_path / "taken").mkdir()
    with pytest.raises(WorkstationError, match="Cannot write"):
        write_atomically(tmp_path / "taken", "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


# -- importing --------------------------------------------------------------------------------


def test_import_file_creates_the_article_with_an_import_revision(workspace):
    outcome = workspace.importer.import_file(REFERENCE)
    assert outcome.error is None
    assert outcome.created_sections == ("World",)
    article = workspace.articles.get(outcome.article.id)
    assert article.section_path == ("World",)
    assert article.first_published_at == datetime(2024, 11, 15, 1, 2, tzinfo=UTC)
    assert [r.reason.value for r in workspace.articles.revisions(article.id)] == ["import"]
    again = workspace.importer.import_file(REFERENCE)  # the same bytes: the same article
    assert (again.already, again.article.id) == (True, article.id)
    copy = workspace.importer.import_file(REFERENCE, again=True)  # asked for: a second copy
    assert copy.created_sections == ()
    assert copy.article.id != article.id


def test_import_files_keeps_going_past_a_bad_file(workspace, tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\nheadline: Bad\nsection: Nowhere\nstatus: gone\n---\n")
    good = tmp_path / "good.md"
    good.write_text("---\nheadline: Good\n---\nBody")
    outcomes = workspace.importer.import_files([bad, good, tmp_path / "missing.md"])
    assert [o.article is not None for o in outcomes] == [False, True, False]
    assert outcomes[0].error.line == 4
    assert [s.headline for s in workspace.articles.list()] == ["Good"]
    assert workspace.taxonomy.find_section("Nowhere") is None  # nothing from the bad file


def test_import_published_time_is_stored_in_utc(workspace, tmp_path):
    path = tmp_path / "stockholm.md"
    path.write_text("---\nheadline: H\npublished: 2024-11-15T02:02:00+01:00\n---\n")
    returned = workspace.importer.import_file(path).article
    stored = workspace.articles.get(returned.id)
    moment = datetime(2024, 11, 15, 2, 2, tzinfo=timezone(timedelta(hours=1)))
    for article in (returned, stored):
        assert article.first_published_at == moment
        assert article.first_published_at.utcoffset() == timedelta(0)
    assert returned == stored


def test_the_bundled_sample_is_the_reference_article_with_the_sites_sections(workspace):
    # The reference page's article, not yet published: on no site, so ready and undated.
    on_no_site = REFERENCE.read_text(encoding="utf-8").replace(
        "status: published\npublished: 2024-11-15T01:02:00Z\n", "status: ready\n"
    )
    assert sample_file().read_text(encoding="utf-8") == on_no_site
    article = open_sample_article(workspace)
    assert article.headline == "Kim Jong-Un Orders Mass Production of Drones"
    assert article.status is ArticleStatus.READY
    assert (article.first_published_at, article.published_elsewhere) == (None, None)
    assert [n.path_text for n in workspace.taxonomy.sections()] == [
        "Sweden",
        "Living",
        "World",
        "Business",
        "Sports",
        "Sports / Soccer",
        "Entertainment",
    ]
    assert workspace.articles.get(article.id).section_path == ("World",)
