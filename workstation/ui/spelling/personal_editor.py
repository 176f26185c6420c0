"""Preferences' Personal Dictionary: the words Add to Dictionary collected, per language, to
read, correct and extend (one word a line). Saved when Preferences is accepted."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.domain.languages import LANGUAGES, base_language
from workstation.services.spelling.checker import SpellChecker


class PersonalWordsEditor(QWidget):
    def __init__(self, checker: SpellChecker, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personalWordsEditor")
        self._checker = checker
        self._edited: dict[str, str] = {}  # language -> text as edited (only those looked at)
        self.language = QComboBox()
        self.language.setObjectName("personalWordsLanguage")
        self.language.setAccessibleName(translate("PersonalWordsEditor", "Personal dictionary language"))
        codes = [code for code, _ in LANGUAGES]
        for code, name in LANGUAGES:
            self.language.addItem(f"{translate('Languages', name)} ({code})", code)
        personal = checker.personal
        for code in personal.languages() if personal is not None else []:
            if code not in codes:
                self.language.addItem(code, code)
        self.words = QPlainTextEdit()
        self.words.setObjectName("personalWordsEdit")
        self.words.setAccessibleName(
            translate("PersonalWordsEditor", "Personal dictionary words, one a line")
        )
        self.words.setPlaceholderText(
            translate("PersonalWordsEditor", "One word a line: spell checking accepts them in this language.")
        )
        self.words.setTabChangesFocus(True)
        self.words.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
        self.note = QLabel()
        self.note.setObjectName("personalWordsNote")
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        row = QHBoxLayout()
        caption = QLabel(translate("PersonalWordsEditor", "Personal &dictionary"))
        # The language chooser's label: Qt on Linux names a combo box without one by its value.
        caption.setBuddy(self.language)
        row.addWidget(caption)
        row.addWidget(self.language, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.words)
        layout.addWidget(self.note)
        self._current = ""
        index = self.language.findData(base_language(language))
        self.language.setCurrentIndex(max(index, 0))
        self.language.currentIndexChanged.connect(lambda _i: self._show())
        self._show()

    def _show(self) -> None:
        if self._current:
            self._edited[self._current] = self.words.toPlainText()
        code = str(self.language.currentData())
        self._current = code
        if code in self._edited:
            self.words.setPlainText(self._edited[code])
            return
        try:
            words = self._checker.personal.words(code) if self._checker.personal else []
        except WorkstationError as exc:
            words = []
            self.note.setText(str(exc))
        self.words.setPlainText("\n".join(words))
        path = self._checker.personal.path(code) if self._checker.personal else None
        self.note.setText(
            translate("PersonalWordsEditor", "Kept in {path}").format(path=path) if path else ""
        )

    def save(self) -> None:
        """Write every list that was looked at (a WorkstationError names the file)."""
        self._edited[self._current] = self.words.toPlainText()
        for code, text in self._edited.items():
            self._checker.set_personal_words(code, text.splitlines())
