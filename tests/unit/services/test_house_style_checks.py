"""House style in the publishing checks: the newsroom's file in the data dir, the organisation's
preset from the managed configuration, the site's headline limit, and the page's typography."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workstation.domain.article import ArticleContent
from workstation.domain.errors import WorkstationError
from workstation.services.managed_config import load_managed_config
from workstation.services.rendering.body import markdown_to_html, site_typography, use_site_typography
from workstation.services.workspace import open_workspace

CONTENT = ArticleContent(
    headline="Council to meet",
    standfirst="The council will meet the the mayor.",
    body="They utilize  drones.",
)


@pytest.fixture(autouse=True)
def page_typography() -> Iterator[None]:
    before = site_typography()
    yield
    use_site_typography(before)


def _warnings(ws, content: ArticleContent = CONTENT) -> list[tuple[str, str]]:
    return [(i.field, i.message) for i in ws.preflight.check(None, content) if not i.is_blocker]


def test_the_checks_list_repeated_words_and_double_spaces_by_field(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "data")
    try:
        warnings = _warnings(ws)
        assert ("standfirst", "Repeated word in the standfirst: “the the”.") in warnings
        assert any(field == "body" and "Double space in the body" in text for field, text in warnings)
    finally:
        ws.close()


def test_the_newsrooms_rules_are_saved_and_checked(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "data")
    try:
        ws.house_style.save("banned: utilize => use\nheadline limit: 10\n")
        assert (
            (tmp_path / "data" / "house-style.txt").read_text(encoding="utf-8").startswith("banned: utilize")
        )
        warnings = _warnings(ws)
        assert ("body", "Banned word in the body: “utilize”; write “use”.") in warnings
        assert ("headline", "The headline is 15 characters long; keep it to 10.") in warnings
        with pytest.raises(WorkstationError, match="line 2: unknown rule 'colour'"):
            ws.house_style.save("banned: x\ncolour: red")
        assert ws.house_style.text().startswith("banned: utilize")  # a refused text is not kept
    finally:
        ws.close()


def test_the_managed_configuration_presets_the_rules(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[house_style]\nrules = ["discouraged: drones", "sentence limit: nine", "typography dashes: off"]\n',
        encoding="utf-8",
    )
    managed = load_managed_config(config)
    assert any("[house_style] rules item 2" in problem for problem in managed.problems)
    ws = open_workspace(tmp_path / "data", managed=managed)
    try:
        assert ("body", "Discouraged word in the body: “drones”.") in _warnings(ws)
        assert "\u2013" not in markdown_to_html("a - b")  # the page's dashes are off for this site
        ws.house_style.save("typography dashes: on")
        assert "\u2013" in markdown_to_html("a - b")
    finally:
        ws.close()
