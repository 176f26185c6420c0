"""The command line: list, show, import, export over the same services as the GUI."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workstation import __version__
from workstation.services.workspace import open_workspace

REPO = Path(__file__).resolve().parents[2]
REFERENCE = REPO / "tests" / "data" / "reference-article.md"


def _error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("workstation")
    return lines[0]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _import(cli, *paths: Path) -> list[int]:
    code, out, err = cli("import", "--json", *map(str, paths))
    assert code == 0, err
    return [entry["id"] for entry in json.loads(out)]


# -- basics -----------------------------------------------------------------------------------


def test_version(cli):
    code, out, err = cli("--version")
    assert (code, err) == (0, "")
    assert out.strip() == f"workstation {__version__}"


def test_usage_errors_are_one_line_with_exit_2(cli):
    for argv in (["list", "--status", "lost"], ["show", "abc"], ["export", "1"], ["frobnicate"]):
        code, out, err = cli(*argv)
        assert code == 2, argv
        assert "error" in _error_line(err)
        assert out == ""


def test_an_empty_store_lists_nothing(cli):
    assert cli("list") == (0, "No articles.\n", "")
    code, out, _ = cli("list", "--json")
    assert (code, json.loads(out)) == (0, [])


# -- the reference article: every field in and out --------------------------------------------


def test_import_the_reference_article(cli):
    code, out, err = cli("import", str(REFERENCE))
    assert code == 0
    assert out == (f"Imported {REFERENCE} as article 1: Kim Jong-Un Orders Mass Production of Drones\n")
    assert _error_line(err) == f"workstation: note: {REFERENCE}: created section 'World'"


def test_list_json_gives_back_the_summary(cli):
    [article_id] = _import(cli, REFERENCE)
    code, out, err = cli("list", "--json")
    assert (code, err) == (0, "")
    [row] = json.loads(out)
    assert row["id"] == article_id
    assert row["headline"] == "Kim Jong-Un Orders Mass Production of Drones"
    assert row["section"] == "World"
    # The file says "status: published": ready, published on a site outside this store.
    assert row["status"] == "ready"
    assert row["published_elsewhere"] == "published"
    assert row["byline"] == "TT"
    assert row["word_count"] == 183
    assert row["reading_minutes"] == 1
    assert row["trashed"] is False
    assert row["updated_at"].endswith("Z")


def test_show_json_gives_back_every_field(cli):
    [article_id] = _import(cli, REFERENCE)
    code, out, err = cli("show", str(article_id), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["headline"] == "Kim Jong-Un Orders Mass Production of Drones"
    assert data["standfirst"] == (
        'North Korea\'s dictator Kim Jong-Un has ordered the "mass production" of attack '
        "drones, according to the state news agency KCNA."
    )
    assert data["body"].startswith("Kim Jong-Un has personally overseen the test firing")
    assert data["body"].endswith("a pact with mutual defense guarantees last summer.")
    assert data["body"].count("\n\n") == 4
    assert data["byline"] == "TT"
    assert data["source_note"] == "This article has been altered and translated by Sweden Herald"
    assert data["section"]["name"] == "World"
    assert data["section"]["path"] == "World"
    assert data["section"]["slug"] == "world"
    assert data["tags"] == ["North Korea", "Kim Jong-Un", "Drones", "TT"]
    assert data["language"] == "en"
    assert data["status"] == "ready"
    assert data["published_elsewhere"] == "published"
    assert data["publications"] == []
    assert data["first_published_at"] == "2024-11-15T01:02:00Z"
    assert data["trashed_at"] is None


def test_show_as_text(cli):
    [article_id] = _import(cli, REFERENCE)
    code, out, _ = cli("show", str(article_id))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Kim Jong-Un Orders Mass Production of Drones"
    assert "Section:   World" in lines
    assert "Status:    Ready" in lines
    assert "Site:      Published elsewhere (on no site here)" in lines
    assert "Tags:      North Korea, Kim Jong-Un, Drones, TT" in lines
    assert "Length:    183 words, 1 min read" in lines
    assert lines[-1] == "This article has been altered and translated by Sweden Herald"


def test_markdown_export_imports_back_to_an_equal_article(cli, tmp_path):
    [first] = _import(cli, REFERENCE)
    exported = tmp_path / "exported.md"
    assert cli("export", str(first), "--format", "markdown", "-o", str(exported))[0] == 0
    [second] = _import(cli, exported)
    assert second != first
    _, out_one, _ = cli("show", str(first), "--json")
    _, out_two, _ = cli("show", str(second), "--json")
    one, two = json.loads(out_one), json.loads(out_two)
    for volatile in ("id", "created_at", "updated_at"):
        one.pop(volatile)
        two.pop(volatile)
    assert one == two
    # Exported again, it is the same file.
    _, again, _ = cli("export", str(second), "--format", "markdown")
    assert again == exported.read_text(encoding="utf-8")


def test_export_json_to_a_file(cli, tmp_path):
    [article_id] = _import(cli, REFERENCE)
    target = tmp_path / "out" / "article.json"
    target.parent.mkdir()
    assert cli("export", str(article_id), "--format", "json", "-o", str(target)) == (0, "", "")
    _, shown, _ = cli("show", str(article_id), "--json")
    assert target.read_text(encoding="utf-8") == shown
    assert json.loads(target.read_text(encoding="utf-8"))["tags"][0] == "North Korea"


def test_export_markdown_to_stdout_starts_with_front_matter(cli):
    [article_id] = _import(cli, REFERENCE)
    code, out, _ = cli("export", str(article_id), "--format", "markdown")
    assert code == 0
    assert out.startswith("---\nheadline: Kim Jong-Un Orders Mass Production of Drones\n")
    assert "\npublished: '2024-11-15T01:02:00Z'\n" in out


def test_export_to_an_unwritable_place_is_one_line(cli, tmp_path):
    [article_id] = _import(cli, REFERENCE)
    target = tmp_path / "no such dir" / "a.md"
    code, out, err = cli("export", str(article_id), "--format", "markdown", "-o", str(target))
    assert (code, out) == (2, "")
    assert str(target) in _error_line(err)


@pytest.mark.parametrize("command", ["show", "export"])
def test_a_missing_id_is_one_line(cli, command):
    extra = ["--format", "json"] if command == "export" else []
    code, out, err = cli(command, "4711", *extra)
    assert (code, out) == (2, "")
    assert "4711" in _error_line(err)


# -- list filters -----------------------------------------------------------------------------


@pytest.fixture
def newsroom(cli, data_dir, tmp_path):
    files = {
        "world": "---\nheadline: Drones over Malmö\nsection: World\ntags: [Drones]\n"
        "status: ready\n---\nBody.",
        "soccer": "---\nheadline: Derby day\nsection: Sports/Soccer\ntags: [Football, TT]\n"
        "status: published\n---\nMalmö wins.",
        "sports": "---\nheadline: Hockey\nsection: Sports\n---\nIce.",
        "binned": "---\nheadline: Old drones story\nsection: World\n---\nGone.",
    }
    paths = [_write(tmp_path / f"{name}.md", text) for name, text in files.items()]
    ids = dict(zip(files, _import(cli, *paths), strict=True))
    # The CLI has no trash command: use the services over the same data dir.
    workspace = open_workspace(data_dir)
    try:
        workspace.articles.trash([ids["binned"]])
    finally:
        workspace.close()
    return ids


def _listed(cli, *args):
    code, out, err = cli("list", "--json", *args)
    assert (code, err) == (0, ""), err
    return {row["id"] for row in json.loads(out)}


def test_list_filters(cli, newsroom):
    ids = newsroom
    assert _listed(cli) == {ids["world"], ids["soccer"], ids["sports"]}
    # "status: published" in a file: ready here, and still found as published (by meaning).
    assert _listed(cli, "--status", "ready") == {ids["world"], ids["soccer"]}
    assert _listed(cli, "--status", "published") == {ids["soccer"]}
    assert _listed(cli, "--status", "scheduled") == set()
    assert _listed(cli, "--section", "Sports") == {ids["soccer"], ids["sports"]}
    assert _listed(cli, "--section", "sports/soccer") == {ids["soccer"]}
    assert _listed(cli, "--section", "soccer") == {ids["soccer"]}
    assert _listed(cli, "--tag", "DRONES") == {ids["world"]}
    assert _listed(cli, "--tag", "tt") == {ids["soccer"]}
    assert _listed(cli, "--search", "malmo") == {ids["world"], ids["soccer"]}
    assert _listed(cli, "--search", "drones") == {ids["world"]}
    assert _listed(cli, "--trash") == {ids["binned"]}
    assert _listed(cli, "--trash", "--search", "drones") == {ids["binned"]}
    assert _listed(cli, "--section", "Sports", "--status", "draft") == {ids["sports"]}
    assert _listed(cli, "--tag", "nothing") == set()


def test_list_search_puts_the_best_match_first(cli, newsroom):
    code, out, _ = cli("list", "--json", "--search", "malmö")
    assert code == 0
    found = [row["id"] for row in json.loads(out)]
    assert found == [newsroom["world"], newsroom["soccer"]]  # the headline match first


def test_list_limit(cli, newsroom):
    code, out, _ = cli("list", "--json", "--limit", "1")
    assert code == 0
    assert len(json.loads(out)) == 1


def test_list_as_text(cli, newsroom):
    code, out, _ = cli("list", "--section", "World")
    assert code == 0
    [line] = out.splitlines()
    assert line.split()[:3] == [str(newsroom["world"]), "ready", "Today,"]
    assert line.endswith("World           Drones over Malmö")


def test_list_unknown_section_is_one_line(cli, newsroom):
    code, out, err = cli("list", "--section", "Weather")
    assert (code, out) == (2, "")
    line = _error_line(err)
    assert "--section" in line
    assert "Weather" in line


# -- import: bad input, one line each ---------------------------------------------------------


BAD_FILES = {
    "unclosed-bracket": (b"---\nheadline: H\ntags: [a, b\nbyline: TT\n---\nBody\n", ":4:", None),
    "no-front-matter": (b"# Just Markdown\n\nBody\n", ":1:", "front matter"),
    "unclosed-front-matter": (b"---\nheadline: H\n\nBody\n", ":1:", "not closed"),
    "unknown-field": (b"---\nheadline: H\nauthor: Me\n---\n", ":3:", "author"),
    "invalid-status": (b"---\nheadline: H\nstatus: final\n---\n", ":3:", "status"),
    "tags-as-mapping": (b"---\nheadline: H\ntags:\n  a: b\n---\n", ":3:", "tags"),
    "naive-published": (b"---\npublished: 2024-11-15T02:02:00\n---\n", ":2:", "published"),
    "not-utf8": (b"---\nheadline: H\n---\n\nfine\nbad \xff\xfe bytes\nmore\n", ":6:", "UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_one_line_naming_file_line_and_field(cli, tmp_path, name):
    data, where, words = BAD_FILES[name]
    path = tmp_path / f"{name}.md"
    path.write_bytes(data)
    code, out, err = cli("import", str(path))
    assert code == 2
    assert out == ""
    line = _error_line(err)
    assert line.startswith(f"workstation: error: {path}{where} ")
    if words:
        assert words in line
    assert cli("list", "--json")[1] == "[]\n"


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_a_missing_file_or_a_directory_is_one_line(cli, tmp_path, kind):
    path = tmp_path / "article.md"
    if kind == "directory":
        path.mkdir()
    code, out, err = cli("import", str(path))
    assert (code, out) == (2, "")
    assert str(path) in _error_line(err)


def test_a_batch_imports_the_good_files_and_nothing_of_the_bad(cli, tmp_path):
    good_one = _write(tmp_path / "one.md", "---\nheadline: One\n---\nBody one.")
    bad = _write(tmp_path / "bad.md", "---\nheadline: Bad\nsection: Fresh\nstatus: final\n---\nx")
    good_two = _write(tmp_path / "two.md", "---\nheadline: Two\nsection: World\n---\nBody two.")
    code, out, err = cli("import", str(good_one), str(bad), str(good_two))
    assert code == 2
    assert out.splitlines() == [
        f"Imported {good_one} as article 1: One",
        f"Imported {good_two} as article 2: Two",
    ]
    errors = [line for line in err.splitlines() if "error" in line]
    assert errors == [errors[0]]
    assert errors[0].startswith(f"workstation: error: {bad}:4: status")
    assert "1 of 3 files not imported" in err
    _, listed, _ = cli("list", "--json")
    assert sorted(row["headline"] for row in json.loads(listed)) == ["One", "Two"]
    assert cli("list", "--section", "Fresh")[0] == 2  # the bad file's section was not made


def test_an_unknown_section_is_created_with_a_note(cli, tmp_path):
    path = _write(tmp_path / "a.md", "---\nheadline: Goal\nsection: Sports/Soccer\n---\nBody")
    code, out, err = cli("import", str(path))
    assert (code, out) == (0, f"Imported {path} as article 1: Goal\n")
    assert err.splitlines() == [
        f"workstation: note: {path}: created section 'Sports'",
        f"workstation: note: {path}: created section 'Sports/Soccer'",
    ]
    _, shown, _ = cli("show", "1", "--json")
    assert json.loads(shown)["section"]["path"] == "Sports/Soccer"
    # A second import finds both levels.
    code, _, err = cli("import", str(path))
    assert (code, err) == (0, "")


def test_import_json_lists_files_and_ids(cli, tmp_path):
    a = _write(tmp_path / "a.md", "---\nheadline: A\n---\n")
    b = _write(tmp_path / "b.md", "---\nheadline: B\n---\n")
    code, out, _ = cli("import", "--json", str(a), str(b))
    assert code == 0
    assert json.loads(out) == [{"file": str(a), "id": 1}, {"file": str(b), "id": 2}]


# -- a real process ---------------------------------------------------------------------------


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "workstation", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.slow
def test_python_dash_m_workstation(tmp_path):
    assert _run("--version").stdout.strip() == f"workstation {__version__}"
    imported = _run("import", "--data-dir", str(tmp_path), str(REFERENCE))
    assert imported.returncode == 0, imported.stderr
    listed = _run("list", "--json", "--data-dir", str(tmp_path))
    assert listed.returncode == 0
    assert [row["headline"] for row in json.loads(listed.stdout)] == [
        "Kim Jong-Un Orders Mass Production of Drones"
    ]
    missing = _run("show", "99", "--data-dir", str(tmp_path))
    assert missing.returncode == 2
    assert len(missing.stderr.splitlines()) == 1
    assert "Traceback" not in missing.stderr


@pytest.mark.slow
def test_the_environment_variable_chooses_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKSTATION_DATA_DIR", str(tmp_path / "from-env"))
    assert _run("import", str(REFERENCE)).returncode == 0
    assert (tmp_path / "from-env" / "workstation.sqlite3").is_file()


def test_list_status_published_and_scheduled_mean_on_a_site(cli, data_dir):
    """published and scheduled were workflow values once: `list --status` keeps them, by what
    the sites hold (a post here, else what an article keeps of a site elsewhere)."""
    from datetime import UTC, datetime

    from workstation.domain.article import ArticleContent, ArticleStatus, SiteStatus
    from workstation.domain.publishing import RemoteStatus
    from workstation.store.publishing_repository import DestinationRepository, PublicationRepository

    ws = open_workspace(data_dir)
    try:
        ids = {}
        for name, status in (("live", "draft"), ("scheduled", "ready"), ("pulled back", "ready")):
            ids[name] = ws.articles.create(ArticleContent(headline=name, status=ArticleStatus(status))).id
        ids["elsewhere"] = ws.articles.create(
            ArticleContent(headline="elsewhere"), published_elsewhere=SiteStatus.PUBLISHED
        ).id
        ids["nowhere"] = ws.articles.create(ArticleContent(headline="nowhere", status=ArticleStatus.READY)).id
        now = datetime(2026, 11, 25, 5, 55, tzinfo=UTC)
        with ws.db.session() as session:
            herald = DestinationRepository(session).add("Herald", "https://herald.example.org", "editor", now)
            for name, remote, post in (
                ("live", RemoteStatus.PUBLISH, 40),
                ("scheduled", RemoteStatus.FUTURE, 41),
                ("pulled back", RemoteStatus.DRAFT, 42),
            ):
                PublicationRepository(session).save(
                    ids[name], herald.id, remote_id=post, remote_status=remote, synced_at=now
                )
    finally:
        ws.close()
    assert _listed(cli, "--status", "published") == {ids["live"], ids["elsewhere"]}
    assert _listed(cli, "--status", "scheduled") == {ids["scheduled"]}
    assert _listed(cli, "--status", "ready") == {ids["scheduled"], ids["pulled back"], ids["nowhere"]}
    assert _listed(cli, "--status", "draft") == {ids["live"], ids["elsewhere"]}
    # The list's status column is the workflow's; `show` gives each site's status.
    _code, out, _err = cli("list", "--status", "published")
    assert [line.split()[1] for line in out.splitlines()] == ["draft", "draft"]
    _code, shown, _err = cli("show", str(ids["live"]))
    assert "Status:    Draft" in shown.splitlines()
    assert any(line.startswith("On Herald: Published, ") for line in shown.splitlines())
    data = json.loads(cli("show", str(ids["scheduled"]), "--json")[1])
    assert (data["status"], data["published_elsewhere"]) == ("ready", None)
    assert [(p["destination"], p["status"]) for p in data["publications"]] == [("Herald", "future")]
