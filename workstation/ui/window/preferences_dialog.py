"""Preferences: editor font and size, autosave interval, default byline and language.

Settings the organisation locked (managed configuration) are shown greyed out, with the tooltip
"Set by your organisation"."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
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

from workstation.domain import i18n
from workstation.domain.byline import NAME_FIELD, format_byline
from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.languages import LANGUAGES
from workstation.ui.common import alerts
from workstation.ui.window.preferences import MAX_AUTOSAVE_SECONDS, MIN_AUTOSAVE_SECONDS, Preferences

LOCKED_TOOLTIP = QT_TRANSLATE_NOOP("PreferencesDialog", "Set by your organisation")
# Each language by its own name, as language menus do; System follows the system's locale.
INTERFACE_LANGUAGE_NAMES = (
    (i18n.SYSTEM, QT_TRANSLATE_NOOP("PreferencesDialog", "System")),
    (i18n.ENGLISH, "English"),
    (i18n.SWEDISH, "Svenska"),
)


def _name_line_edit(combo: QComboBox, object_name: str, name: str) -> None:
    """An editable combo box's line edit is where a screen reader lands: it needs a name too."""
    line = combo.lineEdit()
    if line is not None:
        line.setObjectName(object_name)
        line.setAccessibleName(name)


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
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.setMinimumWidth(440)

        self.font_picker = QFontComboBox()
        self.font_picker.setObjectName("fontPicker")
        self.font_picker.setAccessibleName(translate("PreferencesDialog", "Editor font"))
        self.font_picker.setCurrentFont(prefs.body_font())
        _name_line_edit(self.font_picker, "fontPickerEdit", translate("PreferencesDialog", "Editor font"))
        self.font_size = QDoubleSpinBox()
        self.font_size.setObjectName("fontSize")
        self.font_size.setAccessibleName(translate("PreferencesDialog", "Font size"))
        self.font_size.setRange(6.0, 48.0)
        self.font_size.setDecimals(1)
        self.font_size.setSuffix(translate("PreferencesDialog", " pt"))
        self.font_size.setValue(prefs.font_size)
        self.autosave = QDoubleSpinBox()
        self.autosave.setObjectName("autosaveInterval")
        self.autosave.setAccessibleName(translate("PreferencesDialog", "Autosave after"))
        self.autosave.setRange(MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS)
        self.autosave.setSingleStep(0.5)
        self.autosave.setDecimals(1)
        self.autosave.setSuffix(translate("PreferencesDialog", " s idle"))
        self.autosave.setValue(min(max(prefs.autosave_seconds, MIN_AUTOSAVE_SECONDS), MAX_AUTOSAVE_SECONDS))
        self.default_byline = QLineEdit(prefs.default_byline)
        self.default_byline.setObjectName("defaultByline")
        self.default_byline.setAccessibleName(translate("PreferencesDialog", "Default byline"))
        self.default_byline.setPlaceholderText(translate("PreferencesDialog", "Byline for new articles"))
        self.default_language = QComboBox()
        self.default_language.setObjectName("defaultLanguage")
        self.default_language.setAccessibleName(translate("PreferencesDialog", "Default language"))
        for code, name in LANGUAGES:
            self.default_language.addItem(f"{translate('Languages', name)} ({code})", code)
        index = self.default_language.findData(prefs.default_language)
        if index < 0 and prefs.default_language:  # a code the organisation chose, not in the list
            self.default_language.addItem(prefs.default_language, prefs.default_language)
            index = self.default_language.count() - 1
        self.default_language.setCurrentIndex(max(index, 0))
        self.byline_format = QLineEdit(prefs.byline_format)
        self.byline_format.setObjectName("bylineFormat")
        self.byline_format.setAccessibleName(translate("PreferencesDialog", "Byline format"))
        self.byline_format.setPlaceholderText(NAME_FIELD)
        self.byline_format.setToolTip(
            translate(
                "PreferencesDialog",
                "How new articles' bylines are written: {NAME_FIELD} is the default byline",
            ).format(NAME_FIELD=NAME_FIELD)
        )
        self.byline_example = QLabel()
        self.byline_example.setObjectName("bylineExample")
        self.byline_example.setEnabled(False)  # a hint, drawn in the disabled text colour
        self.default_byline.textChanged.connect(self._update_byline_example)
        self.byline_format.textChanged.connect(self._update_byline_example)
        self._update_byline_example()

        template_row, browse = self._template_row(prefs)

        typing = self._typing_boxes(prefs)

        form = QFormLayout()
        form.addRow(translate("PreferencesDialog", "Editor &font"), self.font_picker)
        form.addRow(translate("PreferencesDialog", "Font &size"), self.font_size)
        form.addRow(translate("PreferencesDialog", "&Autosave after"), self.autosave)
        form.addRow(translate("PreferencesDialog", "Default &byline"), self.default_byline)
        form.addRow(translate("PreferencesDialog", "Byline f&ormat"), self.byline_format)
        form.addRow("", self.byline_example)
        form.addRow(translate("PreferencesDialog", "Default &language"), self.default_language)
        self.interface_language, self.language_note = self._interface_language_choice(prefs)
        form.addRow(translate("PreferencesDialog", "&Interface language"), self.interface_language)
        form.addRow("", self.language_note)
        template_label = QLabel(translate("PreferencesDialog", "Page &template"))
        template_label.setBuddy(self.template_dir)
        form.addRow(template_label, template_row)
        form.addRow(translate("PreferencesDialog", "As you type"), typing)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("preferencesButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.locked_note = QLabel(
            translate("PreferencesDialog", "Greyed-out settings are set by your organisation.")
        )
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
                    widget.setToolTip(translate("PreferencesDialog", LOCKED_TOOLTIP))
                    label = form.labelForField(widget)
                    if label is not None:
                        label.setToolTip(translate("PreferencesDialog", LOCKED_TOOLTIP))
        if "template_dir" in locked:
            template_label.setToolTip(translate("PreferencesDialog", LOCKED_TOOLTIP))

    @staticmethod
    def _interface_language_choice(prefs: Preferences) -> tuple[QComboBox, QLabel]:
        combo = QComboBox()
        combo.setObjectName("interfaceLanguage")
        combo.setAccessibleName(translate("PreferencesDialog", "Interface language"))
        for code, name in INTERFACE_LANGUAGE_NAMES:
            combo.addItem(translate("PreferencesDialog", name) if code == i18n.SYSTEM else name, code)
        combo.setCurrentIndex(max(combo.findData(prefs.interface_language), 0))
        combo.setToolTip(
            translate("PreferencesDialog", "The language of menus and dialogs; it applies at the next start")
        )
        note = QLabel(translate("PreferencesDialog", "Applies when the app next starts."))
        note.setObjectName("interfaceLanguageNote")
        note.setEnabled(False)  # a hint, drawn in the disabled text colour
        return combo, note

    def _template_row(self, prefs: Preferences) -> tuple[QHBoxLayout, QPushButton]:
        """The page template folder's field and its Choose… button."""
        self.template_dir = QLineEdit(prefs.template_dir)
        self.template_dir.setObjectName("templateDir")
        self.template_dir.setAccessibleName(translate("PreferencesDialog", "Page template folder"))
        self.template_dir.setPlaceholderText(translate("PreferencesDialog", "Default template"))
        self.template_dir.setToolTip(
            translate(
                "PreferencesDialog", "A folder with article.html and style.css: the site's own page look"
            )
        )
        browse = QPushButton(translate("PreferencesDialog", "Choose…"))
        browse.setObjectName("templateBrowse")
        browse.setAccessibleName(translate("PreferencesDialog", "Choose a page template folder"))
        browse.clicked.connect(self._on_browse_clicked)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_dir, 1)
        template_row.addWidget(browse)
        return template_row, browse

    def _typing_boxes(self, prefs: Preferences) -> QVBoxLayout:
        """The as-you-type typography rules, one check box each."""
        self.typing_quotes = QCheckBox(
            translate("PreferencesDialog", "&Quotes: \" and ' become the language's quotes")
        )
        self.typing_dashes = QCheckBox(translate("PreferencesDialog", '&Dashes: " - " and "--" become " – "'))
        self.typing_spaces = QCheckBox(
            translate("PreferencesDialog", '&No-break spaces: "5 km", "10 000" (Swedish)')
        )
        for box, name, on in (
            (self.typing_quotes, "typingQuotes", prefs.typing_quotes),
            (self.typing_dashes, "typingDashes", prefs.typing_dashes),
            (self.typing_spaces, "typingSpaces", prefs.typing_spaces),
        ):
            box.setObjectName(name)
            box.setAccessibleName(box.text().replace("&", ""))
            box.setChecked(on)
            box.setToolTip(
                translate(
                    "PreferencesDialog", "Corrected as you type; Ctrl+Z right after gives back what you typed"
                )
            )
        typing = QVBoxLayout()
        typing.setSpacing(2)
        for box in (self.typing_quotes, self.typing_dashes, self.typing_spaces):
            typing.addWidget(box)
        return typing

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
            typing_quotes=self.typing_quotes.isChecked(),
            typing_dashes=self.typing_dashes.isChecked(),
            typing_spaces=self.typing_spaces.isChecked(),
            interface_language=str(self.interface_language.currentData()),
        )

    def _update_byline_example(self) -> None:
        byline = format_byline(self.byline_format.text().strip() or NAME_FIELD, self.default_byline.text())
        self.byline_example.setText(
            translate("PreferencesDialog", "New articles: {byline}").format(byline=byline)
            if byline
            else translate("PreferencesDialog", "New articles: no byline")
        )

    def _on_browse_clicked(self) -> None:
        folder = alerts.ask_directory(
            self, translate("PreferencesDialog", "Page template folder"), self.template_dir.text()
        )
        if folder:
            self.template_dir.setText(folder)
