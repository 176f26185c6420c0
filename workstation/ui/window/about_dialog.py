"""Help › About: the app's version and licence, the versions of Qt and the main libraries, where
the data lives and which managed configuration is in effect; Copy puts it all on the clipboard
as plain text for a support ticket."""

from __future__ import annotations

import importlib.metadata
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation import APP_NAME, __version__
from workstation.domain.i18n import translate
from workstation.resources import resource_path
from workstation.services.diagnostics.versions import library_versions
from workstation.services.managed_config import ManagedConfig

DISTRIBUTION = "editorial-workstation"
LICENSE_FALLBACK = "GPL-3.0-or-later"  # pyproject.toml's `license`, when no metadata is installed
COPIED_FEEDBACK_MS = 1500


def license_name() -> str:
    try:
        meta = importlib.metadata.metadata(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return LICENSE_FALLBACK
    for field in ("License-Expression", "License"):
        values = meta.get_all(field) or []
        if values and str(values[0]).strip():
            return str(values[0]).strip()
    return LICENSE_FALLBACK


def component_versions() -> list[tuple[str, str]]:
    rows = [("Python", platform.python_version()), ("Qt", qVersion()), ("PySide6", pyside_version)]
    rows += library_versions()
    return rows


def managed_config_text(managed: ManagedConfig) -> str:
    if managed.path is None:
        where = (
            translate("AboutDialog", " ({searched} does not exist)").format(searched=managed.searched)
            if managed.searched
            else ""
        )
        return translate("AboutDialog", "none{where}").format(where=where)
    if managed.problems:
        count = len(managed.problems)
        return translate("AboutDialog", "{path} ({count} problem{value}, listed below)").format(
            path=managed.path, count=count, value="s" if count != 1 else ""
        )
    return str(managed.path)


def support_text(data_dir: Path, managed: ManagedConfig) -> str:
    """Everything the dialog shows, as plain text."""
    lines = [
        f"{APP_NAME} {__version__}",
        translate("AboutDialog", "Licence: {license_name}").format(license_name=license_name()),
        translate("AboutDialog", "Platform: {platform}").format(platform=platform.platform()),
        "",
        *(f"{name}: {version}" for name, version in component_versions()),
        "",
        translate("AboutDialog", "Data directory: {data_dir}").format(data_dir=data_dir),
        translate("AboutDialog", "Managed configuration: {managed_config_text}").format(
            managed_config_text=managed_config_text(managed)
        ),
    ]
    if managed.locked:
        lines.append(
            translate("AboutDialog", "Locked settings: {join}").format(join=", ".join(sorted(managed.locked)))
        )
    lines += [f"  problem: {problem}" for problem in managed.problems]
    return "\n".join(lines) + "\n"


def _selectable(text: str, object_name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, managed: ManagedConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("AboutDialog", "About {APP_NAME}").format(APP_NAME=APP_NAME))
        self.setMinimumWidth(560)
        self._text = support_text(data_dir, managed)

        icon = QLabel()
        icon.setObjectName("aboutIcon")
        pixmap = QIcon(str(resource_path("icons", "editorial-workstation.svg"))).pixmap(64, 64)
        icon.setPixmap(pixmap)
        icon.setVisible(not pixmap.isNull())
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(APP_NAME)
        title.setObjectName("aboutTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.version_label = _selectable(
            translate("AboutDialog", "Version {version}").format(version=__version__),
            "aboutVersion",
            wrap=False,
        )
        tagline = QLabel(translate("AboutDialog", "Draft, preview and publish news articles."))
        self.license_label = _selectable(
            translate("AboutDialog", "Licence: {license_name}").format(license_name=license_name()),
            "aboutLicense",
            wrap=False,
        )
        heading = QVBoxLayout()
        heading.setSpacing(4)
        for widget in (title, self.version_label, tagline, self.license_label):
            heading.addWidget(widget)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(heading, 1)

        versions = QGridLayout()
        versions.setHorizontalSpacing(24)
        versions.setVerticalSpacing(2)
        self.versions: dict[str, str] = {}
        for row, (name, version) in enumerate(component_versions()):
            self.versions[name] = version
            versions.addWidget(QLabel(name), row // 2, (row % 2) * 2)
            value = _selectable(version, wrap=False)
            versions.addWidget(value, row // 2, (row % 2) * 2 + 1)
        versions.setColumnStretch(1, 1)
        versions.setColumnStretch(3, 1)
        versions_box = QFrame()
        versions_box.setObjectName("aboutVersions")
        versions_box.setFrameShape(QFrame.Shape.StyledPanel)
        versions_box.setLayout(versions)

        self.data_dir_label = _selectable(str(data_dir), "aboutDataDir")
        self.managed_label = _selectable(managed_config_text(managed), "aboutManagedConfig")
        places = QGridLayout()
        places.setHorizontalSpacing(12)
        places.addWidget(QLabel(translate("AboutDialog", "Data directory")), 0, 0, Qt.AlignmentFlag.AlignTop)
        places.addWidget(self.data_dir_label, 0, 1)
        places.addWidget(
            QLabel(translate("AboutDialog", "Managed configuration")), 1, 0, Qt.AlignmentFlag.AlignTop
        )
        places.addWidget(self.managed_label, 1, 1)
        row = 2
        if managed.locked:
            places.addWidget(
                QLabel(translate("AboutDialog", "Locked settings")), row, 0, Qt.AlignmentFlag.AlignTop
            )
            places.addWidget(_selectable(", ".join(sorted(managed.locked)), "aboutLocked"), row, 1)
            row += 1
        self.problems_label: QLabel | None = None
        if managed.problems:
            self.problems_label = _selectable("\n".join(managed.problems), "aboutProblems")
            places.addWidget(QLabel(translate("AboutDialog", "Problems")), row, 0, Qt.AlignmentFlag.AlignTop)
            places.addWidget(self.problems_label, row, 1)
        places.setColumnStretch(1, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("aboutButtons")
        self.copy_button = QPushButton(translate("AboutDialog", "&Copy"))
        self.copy_button.setObjectName("aboutCopy")
        self.copy_button.setToolTip(translate("AboutDialog", "Copy these details for a support ticket"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(versions_box)
        layout.addLayout(places)
        layout.addWidget(buttons)
        # As tall as the wrapped labels need at this width (the size hint guesses taller).
        width = max(self.minimumWidth(), self.sizeHint().width())
        self.resize(width, layout.totalHeightForWidth(width))

    def text(self) -> str:
        return self._text

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
        self.copy_button.setText(translate("AboutDialog", "Copied"))
        # With the button as context: no callback once the dialog is gone.
        QTimer.singleShot(
            COPIED_FEEDBACK_MS,
            self.copy_button,
            lambda: self.copy_button.setText(translate("AboutDialog", "&Copy")),
        )
