"""Where the store lives: --data-dir, else WORKSTATION_DATA_DIR, else the platform's data dir."""

from pathlib import Path

from workstation.store.data_dir import ENV_VAR, default_data_dir, resolve_data_dir


def test_an_explicit_dir_wins(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "given") == tmp_path / "given"
    assert resolve_data_dir(str(tmp_path / "given")) == tmp_path / "given"


def test_the_environment_variable_comes_next(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, f"  {tmp_path / 'env'}  ")
    assert resolve_data_dir() == tmp_path / "env"
    assert resolve_data_dir("") == tmp_path / "env"


def test_the_platform_dir_is_the_fallback(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "   ")
    assert resolve_data_dir() == default_data_dir()
    monkeypatch.delenv(ENV_VAR)
    assert resolve_data_dir() == default_data_dir()
    assert default_data_dir().name == "editorial-workstation"


def test_home_is_expanded(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_data_dir("~/news") == tmp_path / "news"
    monkeypatch.setenv(ENV_VAR, "~/env-news")
    assert resolve_data_dir() == tmp_path / "env-news"


def test_tests_never_see_the_real_data_dir():
    """The autouse fixture in tests/conftest.py points the variable at a temporary dir."""
    assert resolve_data_dir() != default_data_dir()
    assert Path(resolve_data_dir()).exists()
