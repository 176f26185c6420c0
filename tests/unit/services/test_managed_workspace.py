"""The managed configuration applied to the store: rendition size and section tree, in the
workspace the app opens and in the command line."""

from pathlib import Path

import pytest

from workstation.__main__ import main
from workstation.domain.errors import ValidationError
from workstation.services.managed_config import ENV_VAR, ManagedConfig, ensure_section_tree
from workstation.services.workspace import open_workspace


def test_the_rendition_size_reaches_the_photo_service(data_dir: Path) -> None:
    workspace = open_workspace(data_dir, managed=ManagedConfig(path=None, rendition_size=1600))
    try:
        assert workspace.photos.sizes.web == 1600
    finally:
        workspace.close()
    plain = open_workspace(data_dir)  # no managed configuration: the pipeline's default
    try:
        assert plain.photos.sizes.web == 2048
    finally:
        plain.close()


def test_the_section_tree_is_made_to_exist_once(data_dir: Path) -> None:
    managed = ManagedConfig(path=None, sections=("News/Politics", "News/Economy", "Sports"))
    workspace = open_workspace(data_dir, managed=managed)
    try:
        assert workspace.managed_notes == (
            "created managed section 'News'",
            "created managed section 'News/Politics'",
            "created managed section 'News/Economy'",
            "created managed section 'Sports'",
        )
        politics = workspace.taxonomy.find_section("News/Politics")
        assert politics is not None
        assert politics.name == "Politics"
        # an editor renames a section the organisation did not list: it stays
        sports = workspace.taxonomy.find_section("Sports")
        assert sports is not None
        workspace.taxonomy.create_section("Local", parent_id=sports.id)
    finally:
        workspace.close()
    again = open_workspace(data_dir, managed=managed)
    try:
        assert again.managed_notes == ()  # nothing to create the second time
        assert again.taxonomy.find_section("Sports/Local") is not None
    finally:
        again.close()


def test_a_section_the_store_refuses_is_a_note_not_a_failure(workspace, monkeypatch) -> None:
    def refuse(text: str, *, create: bool = True):
        raise ValidationError("section", f"'{text}' is not a section name or path")

    monkeypatch.setattr(workspace.taxonomy, "resolve_section", refuse)
    notes = ensure_section_tree(workspace.taxonomy, ["News"])
    assert notes == ("managed section 'News' not created: section: 'News' is not a section name or path",)


@pytest.fixture
def managed_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config.toml"
    monkeypatch.setenv(ENV_VAR, str(path))
    return path


def test_the_command_line_honours_the_managed_configuration(data_dir, managed_file, capsys) -> None:
    managed_file.write_text(
        '[sections]\ntree = ["Opinion/Columns"]\n[photos]\nrendition_size = 99999\n', encoding="utf-8"
    )
    assert main(["list", "--data-dir", str(data_dir)]) == 0
    err = capsys.readouterr().err
    assert f"workstation: warning: {managed_file}: [photos] rendition_size must be an integer" in err
    assert "workstation: note: created managed section 'Opinion/Columns'" in err
    assert main(["list", "--data-dir", str(data_dir), "--section", "Opinion/Columns"]) == 0


def test_bad_toml_does_not_stop_the_command_line(data_dir, managed_file, capsys) -> None:
    managed_file.write_text("[defaults\n", encoding="utf-8")
    assert main(["list", "--data-dir", str(data_dir)]) == 0
    out, err = capsys.readouterr()
    assert "No articles." in out
    assert "not valid TOML" in err
    assert "line 1" in err
