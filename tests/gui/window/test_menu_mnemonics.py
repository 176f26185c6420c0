"""Every menu item has an Alt-key letter of its own within its menu, and the menu bar's menus
too, in English and in Swedish: two items with one letter make Alt+letter pick neither."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QMenu, QMenuBar

from workstation.ui.window.main_window import MainWindow

_MNEMONIC = re.compile(r"&(.)")


def _letter(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    """The letters two items share ("" for items with none)."""
    counted = Counter(_letter(t) or "" for t in texts)
    return {k: [t for t in texts if (_letter(t) or "") == k] for k, n in counted.items() if not k or n > 1}


def _menus(bar: QMenuBar) -> dict[str, list[str]]:
    menus = {"menu bar": [a.text() for a in bar.actions()]}
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            menus[action.text()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    return menus


def test_menu_letters_are_unique_in_english(window: MainWindow) -> None:
    for menu, texts in _menus(window.menuBar()).items():
        assert _clashes(texts) == {}, menu


@pytest.mark.usefixtures("swedish")
def test_menu_letters_are_unique_in_swedish(window_factory) -> None:
    window = window_factory()
    menus = _menus(window.menuBar())
    assert menus["menu bar"][0] == "&Arkiv"  # the window is in Swedish
    for menu, texts in menus.items():
        assert _clashes(texts) == {}, menu
