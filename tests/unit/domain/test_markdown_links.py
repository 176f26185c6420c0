"""Links on the body's Markdown: what Link… works on, the link it writes, and the address
check as the editor types."""

from __future__ import annotations

import pytest

from workstation.domain.markdown_links import (
    LinkTarget,
    clipboard_link,
    link_address,
    link_target,
    remove_link,
    set_link,
)

PHOTO = "![The council chamber.](photo:3961053366810d10ea6ae875e0cd0163df3d961fc5fad7e12d4c93bb6f20ea81)"


def _target(text: str, start: int, end: int) -> LinkTarget:
    target = link_target(text, start, end)
    assert target is not None
    return target


def test_link_target_is_the_selection_the_word_or_the_caret() -> None:
    assert link_target("See the site now", 4, 12) == LinkTarget(4, 12, "the site")
    assert link_target("See the site now", 5, 5) == LinkTarget(4, 7, "the")
    assert link_target("See  now", 4, 4) == LinkTarget(4, 4, "")
    assert link_target("See «the\nsite» now".replace("«", "").replace("»", ""), 4, 12) == LinkTarget(
        4, 12, "the site"
    )


def test_link_target_finds_an_existing_link_and_a_bare_address() -> None:
    text = 'See [the \\[1\\] site](https://x.se/a "Title") or https://tt.se/news, now'
    existing = link_target(text, 8, 8)
    assert existing == LinkTarget(4, 44, "the [1] site", "https://x.se/a", existing=True, title='"Title"')
    assert link_target(text, 4, 44) == existing  # the link selected whole
    assert link_target(text, 55, 55) == LinkTarget(48, 66, "https://tt.se/news", "https://tt.se/news")


def test_link_target_refuses_photos() -> None:
    assert link_target(f"A {PHOTO}", 10, 10) is None
    assert link_target(f"A {PHOTO}", 0, 12) is None


def test_set_link_on_a_selection_keeps_the_text_selected() -> None:
    text = "See the site now"
    edit = set_link(text, _target(text, 4, 12), "the site", "https://x.se/a b(c)")
    assert edit.apply(text) == "See [the site](https://x.se/a%20b%28c%29) now"
    assert edit.apply(text)[slice(*edit.selection)] == "the site"


def test_set_link_at_the_caret_inserts_it_and_puts_the_caret_after() -> None:
    text = "See  now"
    edit = set_link(text, _target(text, 4, 4), "the [1] site", "https://x.se")
    assert edit.apply(text) == "See [the \\[1\\] site](https://x.se) now"
    assert edit.selection == (len("See [the \\[1\\] site](https://x.se)"),) * 2
    no_text = set_link(text, _target(text, 4, 4), "  ", "mailto:desk@tt.se")
    assert no_text.apply(text) == "See [desk@tt.se](mailto:desk@tt.se) now"


def test_editing_a_link_replaces_its_address_and_keeps_its_title() -> None:
    text = 'See [the site](https://old.se "Title") now'
    target = link_target(text, 6, 6)
    assert target is not None
    assert set_link(text, target, "the site", "https://new.se").apply(text) == (
        'See [the site](https://new.se "Title") now'
    )
    removed = remove_link(text, target)
    assert removed.apply(text) == "See the site now"
    assert removed.apply(text)[slice(*removed.selection)] == "the site"


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("https://tt.se/a?b=1#c", "https://tt.se/a?b=1#c"),
        ("  http://127.0.0.1:8091/x ", "http://127.0.0.1:8091/x"),
        ("www.tt.se", "https://www.tt.se"),
        ("tt.se/nyheter", "https://tt.se/nyheter"),
        ("desk@tt.se", "mailto:desk@tt.se"),
        ("mailto:desk@tt.se?subject=Tip", "mailto:desk@tt.se?subject=Tip"),
    ],
)
def test_link_addresses_that_are_used(typed: str, url: str) -> None:
    assert link_address(typed).url == url
    assert link_address(typed).problem == ""


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "Type or paste"),
        ("the report", "no spaces"),
        ("javascript:alert(1)", "web page"),
        ("ftp://files.tt.se", "web page"),
        ("https://", "no site name"),
        ("report", "not a web address"),
        ("mailto:desk", "incomplete"),
    ],
)
def test_link_addresses_that_are_refused_say_why(typed: str, problem: str) -> None:
    assert link_address(typed).url == ""
    assert problem in link_address(typed).problem


def test_clipboard_link_only_takes_a_web_address() -> None:
    assert clipboard_link(" https://tt.se/a\n") == "https://tt.se/a"
    assert clipboard_link("HTTP://TT.SE") == "HTTP://TT.SE"
    assert clipboard_link("see https://tt.se") == ""
    assert clipboard_link("https://tt.se\nhttps://x.se") == ""
    assert clipboard_link("mailto:desk@tt.se") == ""
    assert clipboard_link("") == ""
