"""`workstation edit`: each option changes its field, one revision per call (as an edit in the
app), and each bad value exits 2 with one line naming the option, changing nothing."""

from __future__ import annotations

import io
import json

import pytest

from workstation.domain.article import ArticleChanges, ArticleContent, ArticleStatus
from workstation.domain.revision import RevisionReason
from workstation.services.workspace import Workspace, open_workspace

BODY = "First paragraph.\n\n## More\n\nSecond paragraph."


@pytest.fixture
def store(data_dir):
    """The store the command line writes, read through the services between calls."""
    workspace = open_workspace(data_dir)
    try:
        yield workspace
    finally:
        workspace.close()


@pytest.fixture
def article_id(store: Workspace) -> int:
    soccer, _ = store.taxonomy.resolve_section("Sports/Soccer")
    store.taxonomy.resolve_section("World")
    article = store.articles.create(
        ArticleContent(
            headline="Derby day",
            standfirst="Malmö meet Göteborg.",
            body=BODY,
            byline="TT",
            source_note="Translated by Sweden Herald",
            section_id=soccer.id,
            tags=("Football", "North Korea"),
        )
    )
    return article.id


def _error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("workstation: error: ")
    return lines[0].removeprefix("workstation: error: ")


def _revisions(store, article_id: int):
    return store.articles.revisions(article_id)  # newest first


# -- each option ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value", "field", "expected"),
    [
        ("--headline", "Derby day in Malmö", "headline", "Derby day in Malmö"),
        ("--standfirst", "A new lead.", "standfirst", "A new lead."),
        ("--byline", "Anna Sjögren", "byline", "Anna Sjögren"),
        ("--source-note", "", "source_note", ""),
        ("--language", "SV", "language", "sv"),
        ("--language", "pt-BR", "language", "pt-BR"),
        ("--status", "ready", "status", ArticleStatus.READY),
        ("--status", "Withdrawn", "status", ArticleStatus.WITHDRAWN),
        ("--tags", "football, north korea ,Allsvenskan", "tags", ("Football", "North Korea", "Allsvenskan")),
        ("--tags", "", "tags", ()),
    ],
)
def test_each_option_changes_its_field_and_nothing_else(
    cli, store, article_id, option, value, field, expected
):
    before = store.articles.get(article_id)
    code, out, err = cli("edit", str(article_id), option, value)
    assert (code, err) == (0, ""), err
    after = store.articles.get(article_id)
    assert getattr(after.content, field) == expected
    others = {name for name in ArticleChanges.__dataclass_fields__ if name != field}
    assert all(getattr(after.content, name) == getattr(before.content, name) for name in others)
    assert out.startswith(f"Article {article_id}: revision ")
    assert f"  {field.replace('_', ' ')}: " in out


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("World", ("World",)),
        ("Sports / Soccer", ("Sports", "Soccer")),  # as `show` prints it
        ("Soccer", ("Sports", "Soccer")),  # as `list` prints it
        ("sports/soccer", ("Sports", "Soccer")),  # a path in any case
        ("", ()),  # no section
    ],
)
def test_section_takes_what_list_and_show_print(cli, store, article_id, text, path):
    world = store.taxonomy.find_section("World")
    start = world.id if text == "" and world is not None else None  # from no section, or to none
    store.articles.update(article_id, ArticleChanges(section_id=start))
    code, _out, err = cli("edit", str(article_id), "--section", text)
    assert (code, err) == (0, ""), err
    assert store.articles.get(article_id).section_path == path


def test_tags_replace_the_set_and_a_new_tag_is_made(cli, store, article_id):
    assert cli("edit", str(article_id), "--tags", "Allsvenskan,  Malmö   FF")[0] == 0
    assert store.articles.get(article_id).tags == ("Allsvenskan", "Malmö FF")
    assert {"Allsvenskan", "Malmö FF"} <= {tag.name for tag in store.taxonomy.tags()}
    assert [row.id for row in store.articles.list()] == [article_id]
    from workstation.domain.query import ArticleQuery

    assert [row.id for row in store.articles.list(ArticleQuery(tag="malmö ff"))] == [article_id]
    assert [row.id for row in store.articles.list(ArticleQuery(search="Allsvenskan"))] == [article_id]


def test_body_file_is_read_as_utf8_markdown(cli, store, article_id, tmp_path):
    body = tmp_path / "body.md"
    body.write_bytes("\r\n\r\nFörsta stycket.\r\n\r\n## Mer\r\n\r\nAndra stycket.\r\n".encode())
    code, out, err = cli("edit", str(article_id), "--body-file", str(body))
    assert (code, err) == (0, ""), err
    assert store.articles.get(article_id).body == "Första stycket.\n\n## Mer\n\nAndra stycket."
    assert "  body: 5 words → 5 words" in out


def test_body_file_dash_reads_standard_input(cli, store, article_id, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("From a pipe.\n"))
    assert cli("edit", str(article_id), "--body-file", "-")[0] == 0
    assert store.articles.get(article_id).body == "From a pipe."


def test_every_option_at_once_is_one_revision(cli, store, article_id, tmp_path):
    body = tmp_path / "body.md"
    body.write_text("New body.", encoding="utf-8")
    code, out, err = cli(
        "edit",
        str(article_id),
        "--headline", "H2", "--standfirst", "S2", "--byline", "B2", "--source-note", "N2",
        "--section", "World", "--tags", "Drones", "--language", "de", "--status", "ready",
        "--body-file", str(body),
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    article = store.articles.get(article_id)
    assert (article.headline, article.standfirst, article.byline, article.source_note) == (
        "H2",
        "S2",
        "B2",
        "N2",
    )
    assert (article.section_path, article.tags, article.language) == (("World",), ("Drones",), "de")
    assert (article.status, article.body) == (ArticleStatus.READY, "New body.")
    newest, created = _revisions(store, article_id)
    assert newest.content == article.content
    assert newest.reason is RevisionReason.COMMAND_LINE
    assert newest.note == (
        "Edited on the command line: headline, standfirst, body, byline, source note, section, tags,"
        " language, status"
    )
    assert created.reason is RevisionReason.CREATED
    lines = out.splitlines()
    assert lines[0] == f"Article {article_id}: revision {newest.id}"
    assert "  section: Sports / Soccer → World" in lines
    assert "  status: Draft → Ready" in lines
    assert "  source note: Translated by Sweden Herald → N2" in lines


# -- one revision per call -------------------------------------------------------------------


def test_each_call_is_a_revision_of_its_own_and_app_edits_start_another(cli, store, article_id):
    store.articles.update(article_id, ArticleChanges(standfirst="Typed in the app."))  # an edit
    assert cli("edit", str(article_id), "--headline", "One")[0] == 0
    assert cli("edit", str(article_id), "--headline", "Two")[0] == 0
    store.articles.update(article_id, ArticleChanges(byline="Typed again"))  # the app, seconds later
    revisions = _revisions(store, article_id)
    assert [r.reason for r in revisions] == [
        RevisionReason.EDIT,
        RevisionReason.COMMAND_LINE,
        RevisionReason.COMMAND_LINE,
        RevisionReason.EDIT,
        RevisionReason.CREATED,
    ]
    assert [r.content.headline for r in revisions[:3]] == ["Two", "Two", "One"]
    assert revisions[3].content.headline == "Derby day"  # the app's edit was not folded into it
    assert revisions[2].note == "Edited on the command line: headline"


def test_the_same_values_write_nothing(cli, store, article_id):
    count = len(_revisions(store, article_id))
    updated = store.articles.get(article_id).updated_at
    code, out, err = cli("edit", str(article_id), "--headline", "Derby day", "--tags", "football,NORTH KOREA")
    assert (code, err) == (0, "")
    assert out == f"Article {article_id}: nothing changed (it already has these values).\n"
    assert len(_revisions(store, article_id)) == count
    assert store.articles.get(article_id).updated_at == updated


def test_json_says_what_changed_and_gives_the_article_as_show_does(cli, store, article_id):
    code, out, err = cli("edit", str(article_id), "--headline", "Derby day in Malmö", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    newest = _revisions(store, article_id)[0]
    assert (data["id"], data["revision"], data["changed"]) == (article_id, newest.id, ["headline"])
    _, shown, _ = cli("show", str(article_id), "--json")
    assert data["article"] == json.loads(shown)
    _, again, _ = cli("edit", str(article_id), "--headline", "Derby day in Malmö", "--json")
    assert {k: v for k, v in json.loads(again).items() if k != "article"} == {
        "id": article_id,
        "revision": None,
        "changed": [],
    }


# -- bad values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "named", "words"),
    [
        (["--section", "Nowhere"], "--section", "no section named 'Nowhere'"),
        (["--language", "english"], "--language", "not a language code"),
        (["--language", ""], "--language", "not a language code"),
        (["--status", "published"], "--status", "set by publishing"),
        (["--status", "scheduled"], "--status", "set by publishing"),
        (["--status", "lost"], "--status", "not one of draft, ready, withdrawn"),
        (["--body-file", "missing.md"], "--body-file", "missing.md: no such file"),
        ([], "edit", "give at least one field"),
    ],
)
def test_a_bad_value_exits_2_naming_the_option_and_changes_nothing(
    cli, store, article_id, args, named, words
):
    before = store.articles.get(article_id)
    count = len(_revisions(store, article_id))
    # Given with a good value: nothing is written, not even the good one.
    given = ["--headline", "Never written", *args] if args else []
    code, out, err = cli("edit", str(article_id), *given)
    assert (code, out) == (2, "")
    line = _error_line(err)
    assert line.startswith(f"{named}: "), line
    assert words in line
    assert store.articles.get(article_id) == before
    assert len(_revisions(store, article_id)) == count


def test_a_body_file_that_is_not_utf8_or_a_directory_is_named(cli, article_id, tmp_path):
    latin = tmp_path / "latin1.md"
    latin.write_bytes("Rad ett\nG\xf6teborg\n".encode("latin-1"))
    code, _out, err = cli("edit", str(article_id), "--body-file", str(latin))
    assert code == 2
    assert _error_line(err).startswith(f"--body-file: {latin}:2: not UTF-8 text")
    code, _out, err = cli("edit", str(article_id), "--body-file", str(tmp_path))
    assert code == 2
    assert "is a directory" in _error_line(err)


def test_a_missing_article_is_the_usual_not_found_line(cli):
    code, out, err = cli("edit", "4711", "--headline", "x")
    assert (code, out) == (2, "")
    assert _error_line(err) == "No article with id 4711."
    _code, _out, shown = cli("show", "4711")
    assert err == shown  # the same line as `show`


def test_a_trashed_article_is_not_edited(cli, store, article_id):
    store.articles.trash([article_id])
    code, out, err = cli("edit", str(article_id), "--headline", "x")
    assert (code, out) == (2, "")
    assert "in the trash" in _error_line(err)
    assert store.articles.get(article_id).headline == "Derby day"


def test_usage_errors_are_one_line(cli):
    for argv in (["edit"], ["edit", "abc", "--headline", "x"], ["edit", "1", "--colour", "red"]):
        code, out, err = cli(*argv)
        assert (code, out) == (2, ""), argv
        assert len(err.splitlines()) == 1
        assert "error" in err


def test_the_help_lists_every_option(cli):
    code, out, _ = cli("edit", "--help")
    assert code == 0
    for option in (
        "--headline", "--standfirst", "--byline", "--source-note", "--section", "--tags",
        "--language", "--status", "--body-file", "--json",
    ):  # fmt: skip
        assert option in out
