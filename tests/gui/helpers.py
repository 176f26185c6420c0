"""Typed helpers shared by the GUI tests: what the app and Qt's stubs answer as Optional (the
window's workspace, a child widget found by name, the Photos panel's selected or listed photo),
narrowed once with an assertion that says what was missing, so a test reads
`ws_of(window).articles` instead of asserting that the workspace is there each time."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

from workstation.domain.photo import Photo
from workstation.services.workspace import Workspace
from workstation.ui.photos import PhotoPanel
from workstation.ui.window.main_window import MainWindow

ObjectT = TypeVar("ObjectT", bound=QObject)


def ws_of(window: MainWindow) -> Workspace:
    """The window's workspace: the test windows have one attached (tests/gui/conftest.py)."""
    assert window.workspace is not None, "the window has no workspace attached"
    return window.workspace


def child(parent: QObject, kind: type[ObjectT], name: str) -> ObjectT:
    """parent's descendant of this kind with this object name (QObject.findChild answers None)."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def selected_photo(panel: PhotoPanel) -> Photo:
    photo = panel.selected_photo()
    assert photo is not None, "no photo selected"
    return photo


def photo_in_row(panel: PhotoPanel, row: int) -> Photo:
    photo = panel.model.photo(row)
    assert photo is not None, f"no photo in row {row}"
    return photo


def open_article_id(window: MainWindow) -> int:
    """The id of the article open in the window's editor (one must be open)."""
    article_id = window.editing.editor.article_id
    assert article_id is not None, "no article is open"
    return article_id
