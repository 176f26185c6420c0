"""The progress of the running photo import, with Cancel; hidden while nothing is imported."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from workstation.domain.i18n import translate
from workstation.ui.photos.importer import PhotoImportController, PhotoImportResult


class PhotoImportBar(QWidget):
    def __init__(self, importer: PhotoImportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoImportRow")
        self._importer = importer
        self.progress = QProgressBar()
        self.progress.setObjectName("photoImportProgress")
        self.progress.setAccessibleName(translate("PhotoImportBar", "Import progress"))
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(translate("PhotoImportBar", "Cancel"))
        self.cancel_button.setObjectName("photoImportCancel")
        self.cancel_button.setAccessibleName(translate("PhotoImportBar", "Cancel the import"))
        self.cancel_button.setToolTip(
            translate("PhotoImportBar", "Stop after the photo being added; the ones added so far stay")
        )
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        importer.started.connect(self._on_importer_started)
        importer.progress.connect(self._on_importer_progress)
        importer.finished.connect(self._on_importer_finished)
        self.hide()

    def cancel(self) -> None:
        self._importer.cancel()
        self.cancel_button.setEnabled(False)
        self.progress.setFormat("Cancelling…")

    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    def _on_importer_started(self, total: int) -> None:
        self.show()
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.setFormat(
            (
                translate("PhotoImportBar", "Adding {n} photo…")
                if total == 1
                else translate("PhotoImportBar", "Adding {n} photos…")
            ).format(n=total)
        )

    def _on_importer_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} of {total}: {name}")

    def _on_importer_finished(self, _result: PhotoImportResult) -> None:
        if not self._importer.busy:
            self.hide()
