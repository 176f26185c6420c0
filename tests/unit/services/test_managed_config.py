"""The managed configuration file: every key valid and invalid, and the app's defaults whenever
the file is missing, unreadable or wrong (a problem names the file and the key)."""

import sys
from pathlib import Path

import pytest

from tests.fakes.mini_wordpress import local_ca
from workstation.services.managed_config import (
    DEFAULT_RENDITION_SIZE,
    ENV_VAR,
    LOCKABLE,
    ManagedConfig,
    ManagedDestination,
    config_path,
    default_config_path,
    load_managed_config,
)

FULL = """\
[defaults]
language = "sv"
byline_format = "By {name}, Sweden Herald"
template_dir = "TEMPLATE"

[photos]
rendition_size = 1600

[sections]
tree = ["News/Politics", "News / Economy", "Sports/Soccer", "News/Politics"]

[[destinations]]
name = "Sweden Herald"
url = "https://swedenherald.com/"
username = "desk"

[[destinations]]
name = "Staging"
url = "http://staging.example.com"

[lock]
settings = ["default_language", "byline_format", "destinations"]
"""


@pytest.fixture
def template(tmp_path: Path) -> Path:
    folder = tmp_path / "site-template"
    folder.mkdir()
    (folder / "article.html").write_text("<html></html>", encoding="utf-8")
    return folder


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path, text: str) -> ManagedConfig:
    return load_managed_config(write(tmp_path, text))


def only_problem(config: ManagedConfig) -> str:
    assert len(config.problems) == 1, config.problems
    return config.problems[0]


def test_every_key_is_read(tmp_path, template):
    path = write(tmp_path, FULL.replace("TEMPLATE", str(template)))
    config = load_managed_config(path)
    assert config.problems == ()
    assert config.path == path
    assert config.default_language == "sv"
    assert config.byline_format == "By {name}, Sweden Herald"
    assert config.template_dir == str(template)
    assert config.rendition_size == 1600
    assert config.effective_rendition_size == 1600
    assert config.sections == ("News/Politics", "News/Economy", "Sports/Soccer")  # trimmed, once each
    assert config.destinations == (
        ManagedDestination("Sweden Herald", "https://swedenherald.com", "desk"),
        ManagedDestination("Staging", "http://staging.example.com", ""),
    )
    assert config.locked == frozenset({"default_language", "byline_format", "destinations"})
    assert config.is_locked("byline_format")
    assert not config.is_locked("template_dir")


def test_a_missing_file_gives_the_defaults_and_no_problem(tmp_path):
    config = load_managed_config(tmp_path / "absent.toml")
    assert config == ManagedConfig(path=None)
    assert config.problems == ()
    assert config.effective_rendition_size == DEFAULT_RENDITION_SIZE == 2048
    assert config.locked == frozenset()


def test_an_empty_file_is_valid(tmp_path):
    config = load(tmp_path, "# nothing managed yet\n")
    assert config.path == tmp_path / "config.toml"
    assert config.problems == ()
    assert config.default_language is None
    assert config.destinations == ()


def test_bad_toml_gives_the_defaults_and_names_file_and_line(tmp_path):
    config = load(tmp_path, '[defaults]\nlanguage = "sv"\nbyline_format = By {name}\n')
    problem = only_problem(config)
    assert str(tmp_path / "config.toml") in problem
    assert "not valid TOML" in problem
    assert "line 3" in problem
    assert config.default_language is None  # nothing of a broken file is used


def test_not_utf8_is_a_problem(tmp_path):
    path = tmp_path / "config.toml"
    path.write_bytes(b'[defaults]\nbyline_format = "By \xe5"\n')
    assert "not UTF-8" in only_problem(load_managed_config(path))


def test_a_folder_instead_of_a_file_is_a_problem(tmp_path):
    folder = tmp_path / "config.toml"
    folder.mkdir()
    config = load_managed_config(folder)
    assert "cannot read" in only_problem(config)
    assert config.path == folder


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(__import__("os"), "geteuid"), reason="POSIX")
def test_an_unreadable_file_is_a_problem(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = write(tmp_path, "[defaults]\n")
    path.chmod(0)
    try:
        assert "cannot read" in only_problem(load_managed_config(path))
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("colour = 'blue'\n", "unknown key 'colour'"),
        ("[defaults]\nlanguge = 'sv'\n", "[defaults] unknown key 'languge'"),
        ("[photos]\nsize = 100\n", "[photos] unknown key 'size'"),
        ("[sections]\npaths = []\n", "[sections] unknown key 'paths'"),
        ("[lock]\nkeys = []\n", "[lock] unknown key 'keys'"),
        ("[[destinations]]\nname = 'A'\nurl = 'https://a.example'\nuser = 'x'\n", "unknown key 'user'"),
    ],
)
def test_unknown_keys_are_named_and_ignored(tmp_path, text, named):
    assert named in only_problem(load(tmp_path, text))


def test_an_unknown_key_does_not_spoil_the_rest(tmp_path):
    config = load(tmp_path, "[defaults]\nlanguage = 'de'\nfont = 'x'\n")
    assert config.default_language == "de"
    assert "'font'" in only_problem(config)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("'sv'", "sv"), ("'EN'", "en"), ("'pt-BR'", "pt-BR"), ("' nb '", "nb"), ("'fil'", "fil")],
)
def test_valid_languages(tmp_path, value, expected):
    config = load(tmp_path, f"[defaults]\nlanguage = {value}\n")
    assert config.problems == ()
    assert config.default_language == expected


@pytest.mark.parametrize("value", ["'Swedish'", "'s'", "''", "12", "'sv_SE'", "'e1'", "true"])
def test_invalid_languages(tmp_path, value):
    config = load(tmp_path, f"[defaults]\nlanguage = {value}\n")
    assert "[defaults] language" in only_problem(config)
    assert config.default_language is None


@pytest.mark.parametrize("value", ["'By {name}'", "'TT News Agency'", "'{name} / TT'"])
def test_valid_byline_formats(tmp_path, value):
    config = load(tmp_path, f"[defaults]\nbyline_format = {value}\n")
    assert config.problems == ()
    assert config.byline_format == value.strip("'")


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("'By {author}'", "{author}"),
        ("'By {name'", "not a valid format"),
        ("'By {}'", "may only use {name}"),
        ("3", "must be a string, got 3"),
        ("'   '", "must not be empty"),
        (f"'{'x' * 201}'", "at most 200 characters"),
    ],
)
def test_invalid_byline_formats(tmp_path, value, said):
    problem = only_problem(config := load(tmp_path, f"[defaults]\nbyline_format = {value}\n"))
    assert "[defaults] byline_format" in problem
    assert said in problem
    assert config.byline_format is None


def test_template_dir_must_be_an_absolute_template_folder(tmp_path, template):
    ok = load(tmp_path, f"[defaults]\ntemplate_dir = '{template}'\n")
    assert ok.template_dir == str(template)
    assert ok.problems == ()
    relative = load(tmp_path, "[defaults]\ntemplate_dir = 'site'\n")
    assert "[defaults] template_dir must be an absolute path" in only_problem(relative)
    empty = tmp_path / "empty"
    empty.mkdir()
    not_template = load(tmp_path, f"[defaults]\ntemplate_dir = '{empty}'\n")
    assert "no article.html" in only_problem(not_template)
    assert not_template.template_dir is None


@pytest.mark.parametrize("value", [320, 2048, 8192])
def test_valid_rendition_sizes(tmp_path, value):
    config = load(tmp_path, f"[photos]\nrendition_size = {value}\n")
    assert config.rendition_size == value
    assert config.problems == ()


@pytest.mark.parametrize(
    ("value", "shown"),
    [("'big'", "'big'"), ("319", "319"), ("8193", "8193"), ("2048.0", "2048.0"), ("true", "true")],
)
def test_invalid_rendition_sizes(tmp_path, value, shown):
    config = load(tmp_path, f"[photos]\nrendition_size = {value}\n")
    assert only_problem(config) == (
        f"{tmp_path / 'config.toml'}: [photos] rendition_size must be an integer between 320 and 8192, "
        f"got {shown}"
    )
    assert config.rendition_size is None
    assert config.effective_rendition_size == 2048


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("'News'", "must be a list of section paths"),
        ("['News', 3]", "item 2 must be a string"),
        ("['News//Politics']", "item 1 'News//Politics' has an empty section name"),
        ("['/News']", "empty section name"),
    ],
)
def test_invalid_section_trees(tmp_path, value, said):
    problem = only_problem(load(tmp_path, f"[sections]\ntree = {value}\n"))
    assert "[sections] tree" in problem
    assert said in problem


def test_valid_entries_of_a_section_tree_survive_a_bad_one(tmp_path):
    config = load(tmp_path, "[sections]\ntree = ['News', '', 'Sports/Soccer']\n")
    assert config.sections == ("News", "Sports/Soccer")
    assert "item 2" in only_problem(config)


@pytest.mark.parametrize("key", ["password", "app_password", "Password", "token", "secret"])
def test_a_password_is_refused_naming_the_key(tmp_path, key):
    config = load(
        tmp_path,
        f"[[destinations]]\nname = 'Site'\nurl = 'https://site.example'\n{key} = 'hunter2'\n"
        "[[destinations]]\nname = 'Other'\nurl = 'https://other.example'\n",
    )
    problem = only_problem(config)
    assert f"[[destinations]] #1 '{key}'" in problem
    assert "passwords never go in the managed configuration" in problem
    assert "hunter2" not in problem  # the secret itself is never echoed
    # the destination that carried it is dropped; the next one stays
    assert config.destinations == (ManagedDestination("Other", "https://other.example"),)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("destinations = 'x'\n", "must be an array of tables"),
        ("destinations = ['x']\n", "#1 must be a table"),
        ("[[destinations]]\nurl = 'https://a.example'\n", "#1 has no name"),
        ("[[destinations]]\nname = 'A'\n", "#1 has no url"),
        ("[[destinations]]\nname = 'A'\nurl = 'ftp://a.example'\n", "#1 url must be an http(s) address"),
        ("[[destinations]]\nname = 'A'\nurl = 'a.example'\n", "#1 url must be an http(s) address"),
        ("[[destinations]]\nname = 'A'\nurl = 'https://u:p@a.example'\n", "must not carry a user name"),
        ("[[destinations]]\nname = ''\nurl = 'https://a.example'\n", "#1 name must not be empty"),
        ("[[destinations]]\nname = 'A'\nurl = 'https://a.example'\nusername = 5\n", "username must be"),
    ],
)
def test_invalid_destinations(tmp_path, text, said):
    config = load(tmp_path, text)
    assert said in only_problem(config)
    if "username" not in said:
        assert config.destinations == ()


def test_a_destination_name_is_used_once(tmp_path):
    config = load(
        tmp_path,
        "[[destinations]]\nname = 'Site'\nurl = 'https://a.example'\n"
        "[[destinations]]\nname = 'site'\nurl = 'https://b.example'\n",
    )
    assert [d.url for d in config.destinations] == ["https://a.example"]
    assert "#2 name 'site' is used twice" in only_problem(config)


def test_locks(tmp_path):
    config = load(tmp_path, f"[lock]\nsettings = {list(LOCKABLE)!r}\n".replace("'", '"'))
    assert config.locked == frozenset(LOCKABLE)
    assert config.problems == ()
    unknown = load(tmp_path, "[lock]\nsettings = ['default_language', 'colour', 7]\n")
    assert unknown.locked == frozenset({"default_language"})
    assert len(unknown.problems) == 2
    assert "[lock] settings unknown setting 'colour'" in unknown.problems[0]
    assert "unknown setting 7" in unknown.problems[1]
    not_list = load(tmp_path, "[lock]\nsettings = 'default_language'\n")
    assert "[lock] settings must be a list" in only_problem(not_list)
    assert not_list.locked == frozenset()


def test_a_section_that_is_not_a_table(tmp_path):
    config = load(tmp_path, "defaults = 'sv'\n")
    assert "'defaults' must be a table" in only_problem(config)


def test_the_environment_variable_names_the_file(tmp_path, monkeypatch):
    path = write(tmp_path, "[defaults]\nlanguage = 'fi'\n")
    monkeypatch.setenv(ENV_VAR, str(path))
    assert config_path() == path
    assert load_managed_config().default_language == "fi"
    monkeypatch.setenv(ENV_VAR, "  ")
    assert config_path() == default_config_path()


def test_the_platform_paths(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert default_config_path() == Path("/etc/editorial-workstation/config.toml")
    monkeypatch.setattr(sys, "platform", "darwin")
    assert default_config_path() == Path("/Library/Application Support/Editorial Workstation/config.toml")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", "D:\\PD")
    assert default_config_path() == Path("D:\\PD") / "Editorial Workstation" / "config.toml"


def test_the_documented_example_is_valid(tmp_path, template):
    """The example in README.md's "Managed configuration" section reads with no problem."""
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Managed configuration", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    example = example.replace("/srv/newsroom/page-template", str(template))
    (tmp_path / "ca").mkdir()
    ca, _server = local_ca(tmp_path / "ca")  # the newsroom's CA, as a real PEM file
    example = example.replace("/etc/ssl/newsroom-ca.pem", str(ca.cert))
    config = load(tmp_path, example)
    assert config.problems == ()
    assert config.destinations
    assert config.sections
    assert config.locked
