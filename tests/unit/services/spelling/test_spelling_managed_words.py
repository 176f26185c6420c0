"""The newsroom's shared spelling words from the managed configuration."""

from workstation.services.managed_config import load_managed_config
from workstation.services.spelling.checker import SpellChecker


def test_the_managed_configuration_presets_shared_words(tmp_path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[spelling]\nwords = ["Xfjordia", " Xfjordia ", "TTnytt", 3]\n', encoding="utf-8")
    config = load_managed_config(path)
    assert config.spelling_words == ("Xfjordia", "TTnytt")
    assert len(config.problems) == 1
    assert "[spelling] words item 4" in config.problems[0]
    spell = SpellChecker(tmp_path, shared_words=config.spelling_words)
    spell.load("sv")
    assert [w.text for w in spell.check_text("Xfjordia TTnytt Yfjordia", "sv")] == ["Yfjordia"]


def test_spelling_words_must_be_a_list(tmp_path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[spelling]\nwords = "Xfjordia"\n', encoding="utf-8")
    config = load_managed_config(path)
    assert config.spelling_words == ()
    assert "must be a list of words" in config.problems[0]
