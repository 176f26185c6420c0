"""Every message box, file dialog and question the app shows the editor, in one place.

UI code asks through these functions, always as attributes of their module (`alerts.confirm(...)`,
never a `from ... import confirm`), so tests can answer them all in one place: tests/gui/conftest.py's
`prompts` fixture replaces each function in DIALOGS with an answer from the test's script. A
feature's own questions (the taxonomy choosers) stay with the feature, registered with @dialog.
The wording functions below (the Photos panel's) go through the dialogs above.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate

_Dialog = TypeVar("_Dialog", bound=Callable[..., object])

DIALOGS: dict[str, str] = {}
"""The functions that open a window and wait for the editor: name -> the module that holds it
(this one, or a feature's own prompts, such as the taxonomy choosers')."""


def dialog(function: _Dialog) -> _Dialog:
    """Register a prompt function, so that tests answer it with the others."""
    DIALOGS[function.__name__] = function.__module__
    return function


# -- messages and confirmations ------------------------------------------------------------------


@dialog
def show_error(parent: QWidget | None, title: str, message: str, detail: str = "") -> None:
    """detail: the technical side, behind the box's "Show Details..." button."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessageBox")
    if detail:
        box.setDetailedText(detail)
    box.exec()


@dialog
def show_info(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoMessageBox")
    box.exec()


@dialog
def confirm(parent: QWidget | None, title: str, message: str, action: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.exec()
    return box.clickedButton() is ok


@dialog
def choose(parent: QWidget | None, title: str, message: str, choices: Sequence[str]) -> str | None:
    """One of several ways to go on (the first is the default), or None for Cancel."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("choiceMessageBox")
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
    if buttons:
        box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return next((choice for choice, button in zip(choices, buttons, strict=True) if button is clicked), None)


# -- files and text ------------------------------------------------------------------------------

IMAGE_FILTER = QT_TRANSLATE_NOOP(
    "Alerts",
    "Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic *.heif "
    "*.JPG *.JPEG *.PNG *.WEBP *.TIF *.TIFF *.GIF *.HEIC *.HEIF);;All files (*)",
)


@dialog
def ask_markdown_files(parent: QWidget | None) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("Alerts", "Import articles"),
        "",
        translate("Alerts", "Markdown and ninjs files (*.md *.markdown *.txt *.json);;All files (*)"),
    )
    return list(files)


@dialog
def ask_image_files(parent: QWidget | None) -> list[Path]:
    """The photo files the editor picked (none when they cancelled)."""
    files, _ = QFileDialog.getOpenFileNames(
        parent, translate("Alerts", "Add photos"), "", translate("Alerts", IMAGE_FILTER)
    )
    return [Path(f) for f in files]


@dialog
def ask_directory(parent: QWidget | None, title: str, start: str = "") -> str:
    return str(QFileDialog.getExistingDirectory(parent, title, start))


@dialog
def ask_save_file(parent: QWidget | None, title: str, suggested: str, filter_text: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return str(path)


@dialog
def ask_text(parent: QWidget | None, title: str, label: str, text: str) -> str | None:
    """A line of text from the editor (None: cancelled)."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return str(value) if ok else None


# -- the Photos panel's wording (through confirm and show_info above) ----------------------------


def confirm_remove_unused(parent: QWidget | None) -> bool:
    return confirm(
        parent,
        translate("Alerts", "Remove unused photos?"),
        translate(
            "Alerts",
            "Every photo that no article uses is deleted from the library, with its files.\n\n"
            "Photos of articles in the trash are kept. This cannot be undone.",
        ),
        translate("Alerts", "Remove unused photos"),
    )


def confirm_remove_shown(parent: QWidget | None, name: str) -> bool:
    return confirm(
        parent,
        translate("Alerts", "Remove a photo the body shows?"),
        translate(
            "Alerts",
            "The body still shows {name}. Removed from the article, the photo stays in the "
            "library\nuntil “Remove unused photos” deletes it; then the body would show nothing "
            "there.\n\nRemove it from the article anyway?",
        ).format(name=name),
        translate("Alerts", "Remove from article"),
    )


def show_removed(parent: QWidget | None, count: int) -> None:
    if count:
        text = translate("Alerts", "Removed {count} unused photo{value} from the library.").format(
            count=count, value="s" if count != 1 else ""
        )
    else:
        text = translate("Alerts", "Every photo in the library is used by an article: nothing was removed.")
    show_info(parent, translate("Alerts", "Remove unused photos"), text)
