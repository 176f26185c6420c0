"""The fields of one photo: caption, credit, alt text, photographer, copyright, source and the
location choice; the credit line as the page prints it; what the publish check still needs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.page_labels import ENGLISH
from workstation.domain.photo import Photo, PhotoMetadata
from workstation.ui.common.factory import line_edit
from workstation.ui.common.typing_corrections import field_text
from workstation.ui.photos.models import missing_fields
from workstation.ui.photos.saver import KEEP_LOCATION

LOCATION_TOOLTIP = QT_TRANSLATE_NOOP(
    "MetadataForm",
    "Off (recommended): the GPS position and other private camera data (serial number, owner)\n"
    "are removed from every copy that leaves this machine: the web photo, uploads and exports.\n"
    "On: the location stays in the published photo, where anyone who downloads it can read it.\n"
    "Turn it on only when the place is meant to be public and the photographer agrees.",
)
FORM_STYLE = """
QLineEdit[missing="true"], QPlainTextEdit[missing="true"] {
    border: 1px solid #b3261e; border-radius: 3px; background: #fff6f5; padding: 2px;
}
"""
PROBLEM_STYLE = "color: #b3261e; font-weight: 600;"
NO_PHOTO_TEXT = QT_TRANSLATE_NOOP("MetadataForm", "Select a photo to edit its caption, credit and alt text.")


def _size_text(size_bytes: int) -> str:
    if size_bytes >= 1024 * 1024:
        return f"{size_bytes / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size_bytes / 1024))} KB"


def photo_info(photo: Photo) -> str:
    name = photo.original_filename or photo.sha256[:12]
    return translate("MetadataForm", "{name} · {width} × {height} px · {size_text}").format(
        name=name, width=photo.width, height=photo.height, size_text=_size_text(photo.size_bytes)
    )


class PhotoMetadataForm(QWidget):
    """Shows one photo's fields. `edited(name)` after each change the editor made (not after
    load): name is a PhotoMetadata field or "keep_location". `value(name)` reads a field now."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoMetadataForm")
        self.setAccessibleName(translate("PhotoMetadataForm", "Photo details"))
        self.setStyleSheet(FORM_STYLE)
        self._photo: Photo | None = None
        self._loading = False
        self._read_only = False

        self.info_label = QLabel(translate("MetadataForm", NO_PHOTO_TEXT))
        self.info_label.setObjectName("photoInfoLabel")
        self.info_label.setWordWrap(True)
        self.info_label.setStyleSheet("color: palette(placeholder-text);")
        self.caption_edit = self._text(
            "photoCaptionEdit",
            translate("PhotoMetadataForm", "Caption"),
            translate("PhotoMetadataForm", "What happens in the photo"),
            3,
        )
        self.credit_edit = line_edit(
            "photoCreditEdit",
            translate("PhotoMetadataForm", "Credit"),
            translate("PhotoMetadataForm", "e.g. KCNA via AP/TT"),
        )
        self.alt_edit = self._text(
            "photoAltEdit",
            translate("PhotoMetadataForm", "Alt text"),
            translate("PhotoMetadataForm", "What the photo shows, for readers who cannot see it"),
            2,
        )
        self.photographer_edit = line_edit(
            "photoPhotographerEdit",
            translate("PhotoMetadataForm", "Photographer"),
            translate("PhotoMetadataForm", "e.g. Lee Jin-man"),
        )
        self.copyright_edit = line_edit(
            "photoCopyrightEdit",
            translate("PhotoMetadataForm", "Copyright and usage terms"),
            translate("PhotoMetadataForm", "e.g. © AP. Editorial use only"),
        )
        self.source_edit = line_edit(
            "photoSourceEdit",
            translate("PhotoMetadataForm", "Source agency"),
            translate("PhotoMetadataForm", "e.g. AP, TT, Reuters"),
        )
        self.keep_location_check = QCheckBox(
            translate("PhotoMetadataForm", "Keep location (GPS) for this photo")
        )
        self.keep_location_check.setObjectName("photoKeepLocationCheck")
        self.keep_location_check.setAccessibleName(
            translate("PhotoMetadataForm", "Keep location (GPS) for this photo")
        )
        self.keep_location_check.setToolTip(translate("MetadataForm", LOCATION_TOOLTIP))
        self.keep_location_check.setAccessibleDescription(
            translate("MetadataForm", LOCATION_TOOLTIP).replace("\n", " ")
        )

        # The credit as the article's page prints it ("Foto: TT" on a Swedish page); the window
        # sets it from the article's language.
        self.credit_line_for: Callable[[str], str] = lambda credit: ENGLISH.credit_line(credit)
        self.credit_line_label = QLabel()
        self.credit_line_label.setObjectName("photoCreditLine")
        self.credit_line_label.setAccessibleName(
            translate("PhotoMetadataForm", "Credit line as the page prints it")
        )
        self.credit_line_label.setTextFormat(Qt.TextFormat.PlainText)
        self.credit_line_label.setToolTip(
            translate("PhotoMetadataForm", "The credit line under the photo on the published page.")
        )
        font = self.credit_line_label.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.credit_line_label.setFont(font)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("photoProblemsLabel")
        self.problems_label.setAccessibleName(translate("PhotoMetadataForm", "Needed to publish"))
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(PROBLEM_STYLE)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(6)
        rows: tuple[tuple[str, QWidget], ...] = (
            (translate("PhotoMetadataForm", "Ca&ption"), self.caption_edit),
            (translate("PhotoMetadataForm", "C&redit"), self.credit_edit),
            (translate("PhotoMetadataForm", "Prints as"), self.credit_line_label),
            (translate("PhotoMetadataForm", "&Alt text"), self.alt_edit),
            (translate("PhotoMetadataForm", "P&hotographer"), self.photographer_edit),
            (translate("PhotoMetadataForm", "Cop&yright"), self.copyright_edit),
            (translate("PhotoMetadataForm", "Sour&ce"), self.source_edit),
            ("", self.keep_location_check),
        )
        for label, widget in rows:
            caption = QLabel(label)
            if isinstance(widget, QLabel):
                caption.setStyleSheet("color: palette(placeholder-text);")
                self.credit_line_caption = caption
            else:
                caption.setBuddy(widget)
            form.addRow(caption, widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.info_label)
        layout.addWidget(self.problems_label)
        layout.addLayout(form)

        for name, widget in self._fields().items():
            widget.textChanged.connect(lambda *_a, name=name: self._on_field_changed(name))
        self.keep_location_check.toggled.connect(self._on_keep_location_check_toggled)
        self.load(None)

    def _fields(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {
            "caption": self.caption_edit,
            "credit": self.credit_edit,
            "alt_text": self.alt_edit,
            "photographer": self.photographer_edit,
            "copyright": self.copyright_edit,
            "source": self.source_edit,
        }

    def _text(self, name: str, accessible: str, placeholder: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        margins = edit.contentsMargins()
        edit.setFixedHeight(
            self.fontMetrics().lineSpacing() * lines
            + 2 * int(edit.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 4
        )
        return edit

    # -- public ------------------------------------------------------------------------------

    @property
    def photo(self) -> Photo | None:
        return self._photo

    @property
    def photo_id(self) -> int | None:
        return self._photo.id if self._photo is not None else None

    def load(self, photo: Photo | None) -> None:
        """Show this photo's stored fields (or none)."""
        self._photo = photo
        self._loading = True
        try:
            metadata = photo.metadata if photo is not None else PhotoMetadata()
            for name, widget in self._fields().items():
                text = getattr(metadata, name)
                if isinstance(widget, QLineEdit):
                    widget.setText(text)
                    widget.setCursorPosition(0)
                else:
                    widget.setPlainText(text)
            self.keep_location_check.setChecked(photo.keep_location if photo is not None else False)
        finally:
            self._loading = False
        for control in self._fields().values():
            control.setEnabled(photo is not None)
        self.keep_location_check.setEnabled(photo is not None and not self._read_only)
        self.info_label.setText(
            photo_info(photo) if photo is not None else translate("MetadataForm", NO_PHOTO_TEXT)
        )
        self.update_flags()

    def set_read_only(self, read_only: bool) -> None:
        """The fields shown, selectable, not editable (the photo of an article in the Trash)."""
        self._read_only = read_only
        for widget in self._fields().values():
            widget.setReadOnly(read_only)
        self.keep_location_check.setEnabled(self._photo is not None and not read_only)

    def refresh_photo(self, photo: Photo) -> None:
        """The stored photo changed (saved, cropped): keep what is typed, update the rest."""
        if self._photo is not None and photo.id == self._photo.id:
            self._photo = photo
            self.info_label.setText(photo_info(photo))

    def value(self, name: str) -> object:
        if name == KEEP_LOCATION:
            return self.keep_location_check.isChecked()
        widget = self._fields()[name]
        # field_text: toPlainText() would turn a no-break space typed in "5 km" into a space.
        return widget.text() if isinstance(widget, QLineEdit) else field_text(widget)

    def metadata(self) -> PhotoMetadata:
        """The fields as typed now."""
        return PhotoMetadata(**{name: str(self.value(name)) for name in self._fields()})

    def missing(self) -> list[str]:
        """What the publish check would ask for, as typed now ("credit", "alt text")."""
        if self._photo is None:
            return []
        return missing_fields(self.metadata())

    # -- flags -------------------------------------------------------------------------------

    def update_flags(self) -> None:
        """The credit line and the missing-field flags, as typed now."""
        metadata = self.metadata()
        has_photo = self._photo is not None
        line = self.credit_line_for(metadata.credit) if has_photo else ""
        self.credit_line_label.setText(line)
        self.credit_line_label.setVisible(bool(line))
        self.credit_line_caption.setVisible(self.credit_line_label.isVisibleTo(self))
        missing = self.missing()
        self.problems_label.setText(
            translate("PhotoMetadataForm", "Needed to publish: {join}.").format(join=" and ".join(missing))
            if missing
            else ""
        )
        self.problems_label.setVisible(bool(missing))
        for name, widget in (
            ("credit", self.credit_edit),
            (translate("PhotoMetadataForm", "alt text"), self.alt_edit),
        ):
            flagged = name in missing
            if bool(widget.property("missing")) != flagged:
                widget.setProperty("missing", flagged)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            widget.setToolTip(
                translate("PhotoMetadataForm", "Needed to publish: add the {name}.").format(name=name)
                if flagged
                else ""
            )

    # -- slots -------------------------------------------------------------------------------

    def _on_field_changed(self, name: str) -> None:
        if name in ("credit", "alt_text"):
            self.update_flags()
        if not self._loading and not self._read_only:
            self.edited.emit(name)

    def _on_keep_location_check_toggled(self, _checked: bool) -> None:
        if not self._loading and not self._read_only:
            self.edited.emit(KEEP_LOCATION)
