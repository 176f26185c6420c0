"""The one source of message boxes and file dialogs, so tests can replace them in one place."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessageBox")
    box.exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoMessageBox")
    box.exec()


def confirm(parent: QWidget | None, title: str, message: str, action: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.exec()
    return box.clickedButton() is ok


def ask_markdown_files(parent: QWidget | None) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(
        parent, "Import Markdown articles", "", "Markdown files (*.md *.markdown *.txt);;All files (*)"
    )
    return list(files)


def ask_directory(parent: QWidget | None, title: str, start: str = "") -> str:
    return str(QFileDialog.getExistingDirectory(parent, title, start))


def ask_save_file(parent: QWidget | None, title: str, suggested: str, filter_text: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return str(path)
