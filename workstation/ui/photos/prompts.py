"""The questions and messages of the Photos panel, as module-level functions tests replace.

alerts.py is the app's shared source of message boxes; these add the photo-specific wording and
the image file dialog, and go through alerts for the boxes themselves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from workstation.ui.common import alerts

IMAGE_FILTER = (
    "Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic *.heif "
    "*.JPG *.JPEG *.PNG *.WEBP *.TIF *.TIFF *.GIF *.HEIC *.HEIF);;All files (*)"
)


def ask_image_files(parent: QWidget | None) -> list[Path]:
    """The photo files the editor picked (none when they cancelled)."""
    files, _ = QFileDialog.getOpenFileNames(parent, "Add photos", "", IMAGE_FILTER)
    return [Path(f) for f in files]


def show_import_errors(parent: QWidget | None, title: str, message: str) -> None:
    """One message for every file of a batch that was not added."""
    alerts.show_error(parent, title, message)


def confirm_remove_unused(parent: QWidget | None) -> bool:
    return alerts.confirm(
        parent,
        "Remove unused photos?",
        "Every photo that no article uses is deleted from the library, with its files.\n\n"
        "Photos of articles in the trash are kept. This cannot be undone.",
        "Remove unused photos",
    )


def confirm_remove_shown(parent: QWidget | None, name: str) -> bool:
    return alerts.confirm(
        parent,
        "Remove a photo the body shows?",
        f"The body still shows {name}. Removed from the article, the photo stays in the library\n"
        "until “Remove unused photos” deletes it; then the body would show nothing there.\n\n"
        "Remove it from the article anyway?",
        "Remove from article",
    )


def show_removed(parent: QWidget | None, count: int) -> None:
    if count:
        text = f"Removed {count} unused photo{'s' if count != 1 else ''} from the library."
    else:
        text = "Every photo in the library is used by an article: nothing was removed."
    alerts.show_info(parent, "Remove unused photos", text)


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    alerts.show_error(parent, title, message)
