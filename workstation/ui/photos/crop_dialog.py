"""PhotoCropDialog: choose how a photo is cropped on the page, without changing the photo.

An aspect preset (16:9, 3:2, 4:3, 1:1) crops the largest box of that shape around the focal point
(domain.photo.crop_for_preset), so a new focal point moves the box; a free crop is a box the editor
drags and resizes. OK stores the choice with PhotoService.set_crop; the original stays as it was."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.domain.photo import CENTRE, AspectPreset, CropBox, FocalPoint, Photo, crop_for_preset
from workstation.services.media.pipeline import RenditionKind
from workstation.ui.common import alerts
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.photos.crop_canvas import CropCanvas

if TYPE_CHECKING:
    from workstation.services.photos import PhotoService

SHOWN_EDGE = 1600  # px: the picture is scaled to this on the worker thread
ASPECT_LABELS = {
    AspectPreset.FREE: "Free",
    AspectPreset.WIDE: "16:9",
    AspectPreset.LANDSCAPE: "3:2",
    AspectPreset.CLASSIC: "4:3",
    AspectPreset.SQUARE: "1:1",
}


def load_uncropped(photos: PhotoService, photo: Photo) -> QImage:
    """On a worker thread: the whole photo (the uncropped web rendition), at most SHOWN_EDGE."""
    whole = replace(photo, crop=None, aspect=AspectPreset.FREE)
    image = QImage(str(photos.rendition_path(whole, RenditionKind.WEB)))
    if image.isNull():
        raise WorkstationError(
            translate("CropDialog", "{original_filename}: the photo could not be shown").format(
                original_filename=photo.original_filename
            )
        )
    if max(image.width(), image.height()) > SHOWN_EDGE:
        image = image.scaled(
            SHOWN_EDGE,
            SHOWN_EDGE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


class PhotoCropDialog(QDialog):
    """Drivable without exec(): set_aspect / set_focal / set_crop / reset, then apply()."""

    applied = Signal(object)  # the Photo as stored, after OK
    image_loaded = Signal(bool)  # the picture arrived (True) or could not be read (False)

    def __init__(
        self,
        photos: PhotoService,
        photo: Photo,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoCropDialog")
        self.setAccessibleName(translate("PhotoCropDialog", "Crop photo"))
        self.setWindowTitle(
            translate("PhotoCropDialog", "Crop {value}").format(value=photo.original_filename or "photo")
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumSize(560, 460)
        self.resize(780, 600)
        self._photos = photos
        self._photo = photo
        self._tasks = tasks if tasks is not None else TaskRunner(self)
        self._aspect = AspectPreset.FREE
        self._explicit: CropBox | None = None  # the free crop (None: the whole photo)
        self._focal = CENTRE
        self._finished = False  # closed: a late picture is dropped

        self.canvas = CropCanvas(photo.width, photo.height)
        hint = QLabel(
            translate(
                "PhotoCropDialog", "Click the picture to set the focal point: what the crop keeps in view."
            )
        )
        hint.setObjectName("cropHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        self.aspect_buttons = QButtonGroup(self)
        self.aspect_buttons.setExclusive(True)
        aspects = QHBoxLayout()
        aspects.setSpacing(4)
        aspect_label = QLabel(translate("PhotoCropDialog", "Aspect:"))
        aspects.addWidget(aspect_label)
        self._buttons: dict[AspectPreset, QPushButton] = {}
        for preset, label in ASPECT_LABELS.items():
            button = QPushButton(label)
            button.setCheckable(True)
            button.setObjectName(f"cropAspect{label.replace(':', 'x')}")
            button.setAccessibleName(
                translate("PhotoCropDialog", "Aspect {value}").format(
                    value=label.lower() if preset is AspectPreset.FREE else label
                )
            )
            button.setToolTip(
                translate("PhotoCropDialog", "Drag the box or its corners")
                if preset is AspectPreset.FREE
                else translate("PhotoCropDialog", "The largest {label} box around the focal point").format(
                    label=label
                )
            )
            button.clicked.connect(lambda _checked=False, p=preset: self.set_aspect(p))
            self.aspect_buttons.addButton(button)
            self._buttons[preset] = button
            aspects.addWidget(button)
        aspects.addStretch(1)
        self.reset_button = QPushButton(translate("PhotoCropDialog", "Reset"))
        self.reset_button.setObjectName("cropResetButton")
        self.reset_button.setAccessibleName(translate("PhotoCropDialog", "Reset the crop"))
        self.reset_button.setToolTip(
            translate("PhotoCropDialog", "The whole photo, focal point in the centre")
        )
        self.reset_button.clicked.connect(lambda _checked=False: self.reset())
        aspects.addWidget(self.reset_button)

        self.info_label = QLabel()
        self.info_label.setObjectName("cropInfoLabel")
        self.info_label.setAccessibleName(translate("PhotoCropDialog", "Crop size"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("cropButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("cropOkButton")
        ok.setAccessibleName(translate("PhotoCropDialog", "Apply the crop"))
        ok.setText(translate("PhotoCropDialog", "Apply crop"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cropCancelButton")
        cancel.setAccessibleName(translate("PhotoCropDialog", "Cancel"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.info_label, 1)
        footer.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(aspects)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(hint)
        layout.addLayout(footer)

        self.canvas.crop_edited.connect(self._on_canvas_crop_edited)
        self.canvas.focal_edited.connect(self._on_canvas_focal_edited)
        self._load_state(photo)
        self._load_image()

    # -- values ------------------------------------------------------------------------------

    @property
    def photo(self) -> Photo:
        return self._photo

    def aspect(self) -> AspectPreset:
        return self._aspect

    def focal(self) -> FocalPoint:
        return self._focal

    def crop(self) -> CropBox | None:
        """The box stored with a free crop (None: the whole photo; always None with a preset,
        whose box follows from the focal point)."""
        if self._aspect is not AspectPreset.FREE or self._explicit is None:
            return None
        whole = CropBox(0, 0, self._photo.width, self._photo.height)
        return None if self._explicit == whole else self._explicit

    def effective_crop(self) -> CropBox | None:
        """The box the page shows (None: the whole photo)."""
        if self._aspect is AspectPreset.FREE:
            return self.crop()
        return crop_for_preset(self._photo.width, self._photo.height, self._aspect, self._focal)

    def set_aspect(self, preset: AspectPreset) -> None:
        if preset is AspectPreset.FREE and self._aspect is not AspectPreset.FREE:
            self._explicit = self.effective_crop()  # start from the box that was shown
        self._aspect = preset
        self._show()

    def set_focal(self, focal: FocalPoint) -> None:
        self._focal = FocalPoint(min(max(focal.x, 0.0), 1.0), min(max(focal.y, 0.0), 1.0))
        self._show()

    def set_crop(self, crop: CropBox | None) -> None:
        """A free crop of this box (None: the whole photo)."""
        self._aspect = AspectPreset.FREE
        self._explicit = crop
        self._show()

    def reset(self) -> None:
        self._aspect = AspectPreset.FREE
        self._explicit = None
        self._focal = CENTRE
        self._show()

    def apply(self) -> Photo | None:
        """Store the crop (the original is untouched) and close; None if the store refused."""
        try:
            photo = self._photos.set_crop(self._photo.id, self.crop(), self._aspect, self._focal)
        except WorkstationError as exc:
            alerts.show_error(self, translate("PhotoCropDialog", "Crop not applied"), str(exc))
            return None
        self._photo = photo
        self.applied.emit(photo)
        self.accept()
        return photo

    # -- showing -----------------------------------------------------------------------------

    def _load_state(self, photo: Photo) -> None:
        self._focal = photo.focal
        if photo.crop is not None:
            self._aspect, self._explicit = AspectPreset.FREE, photo.crop
        else:
            self._aspect, self._explicit = photo.aspect, None
        self._show()

    def _load_image(self) -> None:
        photos, photo = self._photos, self._photo
        self._tasks.run(lambda: load_uncropped(photos, photo), self._on_image_loaded, self._on_image_failed)

    def done(self, result: int) -> None:
        self._finished = True
        super().done(result)

    def _on_image_loaded(self, image: QImage) -> None:
        if self._finished:
            return
        self.canvas.set_image(image)
        self.image_loaded.emit(True)

    def _on_image_failed(self, exc: BaseException) -> None:
        if self._finished:
            return
        self.canvas.set_image(
            None, translate("PhotoCropDialog", "The photo could not be shown: {exc}").format(exc=exc)
        )
        self.image_loaded.emit(False)

    def _show(self) -> None:
        self._buttons[self._aspect].setChecked(True)
        box = self.effective_crop()
        self.canvas.set_state(box, self._focal, self._aspect is AspectPreset.FREE)
        width, height = (
            (box.width, box.height) if box is not None else (self._photo.width, self._photo.height)
        )
        what = translate("PhotoCropDialog", "Whole photo") if box is None else "Crop"
        focal = translate("PhotoCropDialog", "focal point {x:.0%} across, {y:.0%} down").format(
            x=self._focal.x, y=self._focal.y
        )
        self.info_label.setText(
            translate("PhotoCropDialog", "{what}: {width} × {height} px · {value} · {focal}").format(
                what=what, width=width, height=height, value=ASPECT_LABELS[self._aspect], focal=focal
            )
        )

    def _on_canvas_crop_edited(self, box: CropBox) -> None:
        self._explicit = box
        self._show()

    def _on_canvas_focal_edited(self, focal: FocalPoint) -> None:
        self.set_focal(focal)
