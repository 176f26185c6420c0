"""Preferences: editor font and size, autosave interval, default byline and language.

Settings the organisation locked (managed configuration) are shown greyed out, with the tooltip
"Set by your organisation"."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.byline import NAME_FIELD, format_byline
from workstation.domain.languages import LANGUAGES
from workstation.ui.common import alerts
from workstation.ui.window.preferences import MAX_AUTOSAVE_SECONDS, MIN_AUTOSAVE_SECONDS, Preferences

LOCKED_TOOLTIP = "Set by your organisation"


class PreferencesDialog(QDialog):
    """Shows preferences; preferences() gives the edited values (read them after accept)."""

    LOCKABLE_HERE = (
        "font_family",
        "font_size",
        "autosave_seconds",
        "default_byline",
        "byline_format",
        "default_language",
        "template_dir",
    )

    def __init__(
        self,
        prefs: Preferences,
        parent: QWidget | None = None,
        locked: frozenset[str] = frozenset(),
        *,
        extra: QWidget | None = None,
    ) -> None:
        """extra: a part of its own under the settings (the personal dictionary)."""
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Preferences")
        self.setMinimumWidth(440)

        self.font_picker = QFontComboBox()
        self.font_picker.setObjectName("fontPicker")
        self.font_picker.setAccessibleName("Editor font")
        self.font_picker.setCurrentFont(prefs.body_font())
        self.font_size = QDoubleSpinBox()
        self.font_size.setObjectName("fontSize")
        self.font_size.setAccessibleName("Editor font size")
        self.font_size.setRange(6.0, 48.0)
        self.font_size.setDecimals(1)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(prefs.font_size)
        self.autosave = QDoubleSpinBox()
        self.autosave.setObjectName("autosaveInterval")
        self.autosave.setAccessibleName("Autosave after idle seconds")
        self.autosave.setRange(MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS)
        self.autosave.setSingleStep(0.5)
        self.autosave.setDecimals(1)
        self.autosave.setSuffix(" s idle")
        self.autosave.setValue(min(max(prefs.autosave_seconds, MIN_AUTOSAVE_SECONDS), MAX_AUTOSAVE_SECONDS))
        self.default_byline = QLineEdit(prefs.default_byline)
        self.default_byline.setObjectName("defaultByline")
        self.default_byline.setAccessibleName("Default byline")
        self.default_byline.setPlaceholderText("Byline for new articles")
        self.default_language = QComboBox()
        self.default_language.setObjectName("defaultLanguage")
        self.default_language.setAccessibleName("Default language")
        for code, name in LANGUAGES:
            self.default_language.addItem(f"{name} ({code})", code)
        index = self.default_language.findData(prefs.default_language)
        if index < 0 and prefs.default_language:  # a code the organisation chose, not in the list
            self.default_language.addItem(prefs.default_language, prefs.default_language)
            index = self.default_language.count() - 1
        self.default_language.setCurrentIndex(max(index, 0))
        self.byline_format = QLineEdit(prefs.byline_format)
        self.byline_format.setObjectName("bylineFormat")
        self.byline_format.setAccessibleName("Byline format")
        self.byline_format.setPlaceholderText(NAME_FIELD)
        self.byline_format.setToolTip(
            f"How new articles' bylines are written: {NAME_FIELD} is the default byline"
        )
        self.byline_example = QLabel()
        self.byline_example.setObjectName("bylineExample")
        self.byline_example.setEnabled(False)  # a hint, drawn in the disabled text colour
        self.default_byline.textChanged.connect(self._update_byline_example)
        self.byline_format.textChanged.connect(self._update_byline_example)
        self._update_byline_example()

        self.template_dir = QLineEdit(prefs.template_dir)
        self.template_dir.setObjectName("templateDir")
        self.template_dir.setAccessibleName("Page template folder")
        self.template_dir.setPlaceholderText("Default template")
        self.template_dir.setToolTip("A folder with article.html and style.css: the site's own page look")
        browse = QPushButton("Choose…")
        browse.setObjectName("templateBrowse")
        browse.setAccessibleName("Choose a page template folder")
        browse.clicked.connect(self._on_browse_clicked)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_dir, 1)
        template_row.addWidget(browse)

        form = QFormLayout()
        form.addRow("Editor &font", self.font_picker)
        form.addRow("Font &size", self.font_size)
        form.addRow("&Autosave after", self.autosave)
        form.addRow("Default &byline", self.default_byline)
        form.addRow("Byline f&ormat", self.byline_format)
        form.addRow("", self.byline_example)
        form.addRow("Default &language", self.default_language)
        template_label = QLabel("Page &template")
        template_label.setBuddy(self.template_dir)
        form.addRow(template_label, template_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("preferencesButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.locked_note = QLabel("Greyed-out settings are set by your organisation.")
        self.locked_note.setObjectName("lockedNote")
        self.locked_note.setWordWrap(True)
        self.locked_note.setVisible(bool(locked & set(self.LOCKABLE_HERE)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if extra is not None:
            layout.addWidget(extra)
        layout.addWidget(self.locked_note)
        layout.addWidget(buttons)

        self.locked = locked
        controls: dict[str, tuple[QWidget, ...]] = {
            "font_family": (self.font_picker,),
            "font_size": (self.font_size,),
            "autosave_seconds": (self.autosave,),
            "default_byline": (self.default_byline,),
            "byline_format": (self.byline_format,),
            "default_language": (self.default_language,),
            "template_dir": (self.template_dir, browse),
        }
        for name, widgets in controls.items():
            if name in locked:
                for widget in widgets:
                    widget.setEnabled(False)
                    widget.setToolTip(LOCKED_TOOLTIP)
                    label = form.labelForField(widget)
                    if label is not None:
                        label.setToolTip(LOCKED_TOOLTIP)
        if "template_dir" in locked:
            template_label.setToolTip(LOCKED_TOOLTIP)

    def preferences(self) -> Preferences:
        font: QFont = self.font_picker.currentFont()
        return Preferences(
            font_family=font.family(),
            font_size=self.font_size.value(),
            autosave_seconds=self.autosave.value(),
            default_byline=self.default_byline.text().strip(),
            default_language=str(self.default_language.currentData()),
            template_dir=self.template_dir.text().strip(),
            byline_format=self.byline_format.text().strip() or NAME_FIELD,
        )

    def _update_byline_example(self) -> None:
        byline = format_byline(self.byline_format.text().strip() or NAME_FIELD, self.default_byline.text())
        self.byline_example.setText(f"New articles: {byline}" if byline else "New articles: no byline")

    def _on_browse_clicked(self) -> None:
        folder = alerts.ask_directory(self, "Page template folder", self.template_dir.text())
        if folder:
            self.template_dir.setText(folder)
