"""The article form: every field of the published page, reporting edits as field changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.article import Article, ArticleStatus
from workstation.domain.taxonomy import SectionNode
from workstation.domain.text import count_words, reading_minutes

LANGUAGES = (
    ("en", "English"),
    ("sv", "Swedish"),
    ("nb", "Norwegian"),
    ("da", "Danish"),
    ("fi", "Finnish"),
    ("de", "German"),
    ("fr", "French"),
    ("es", "Spanish"),
)
HEADLINE_LIMIT = 90  # characters a headline should stay within on the site's front page


def _named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class ArticleEditorWidget(QWidget):
    """Emits field_changed(name, value) for each edit; load() never emits."""

    field_changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleEditor")
        self._loading = False
        self._article_id: int | None = None

        self.headline_edit = QLineEdit()
        _named(self.headline_edit, "headlineEdit", "Headline")
        self.headline_edit.setPlaceholderText("Headline")
        headline_font = self.headline_edit.font()
        headline_font.setPointSizeF(headline_font.pointSizeF() * 1.5)
        headline_font.setBold(True)
        self.headline_edit.setFont(headline_font)
        self.headline_counter = QLabel()
        self.headline_counter.setObjectName("headlineCounter")

        self.standfirst_edit = QPlainTextEdit()
        _named(self.standfirst_edit, "standfirstEdit", "Standfirst")
        self.standfirst_edit.setPlaceholderText("Standfirst: the lead paragraph under the headline")
        self.standfirst_edit.setTabChangesFocus(True)
        self.standfirst_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

        self.body_edit = QPlainTextEdit()
        _named(self.body_edit, "bodyEdit", "Body")
        self.body_edit.setPlaceholderText("Body text in Markdown")
        self.body_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        body_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        body_font.setPointSizeF(max(body_font.pointSizeF(), 10.0) * 1.15)
        body_font.setStyleHint(QFont.StyleHint.Serif)
        self.body_edit.setFont(body_font)

        self.byline_edit = QLineEdit()
        _named(self.byline_edit, "bylineEdit", "Byline")
        self.byline_edit.setPlaceholderText("By …")
        self.source_note_edit = QLineEdit()
        _named(self.source_note_edit, "sourceNoteEdit", "Source note")
        self.source_note_edit.setPlaceholderText("e.g. This article has been altered and translated by …")
        self.section_picker = QComboBox()
        _named(self.section_picker, "sectionPicker", "Section")
        self.tag_editor = QLineEdit()
        _named(self.tag_editor, "tagEditor", "Tags")
        self.tag_editor.setPlaceholderText("Tags, separated by commas")
        self.language_picker = QComboBox()
        _named(self.language_picker, "languagePicker", "Language")
        for code, name in LANGUAGES:
            self.language_picker.addItem(f"{name} ({code})", code)
        self.status_picker = QComboBox()
        _named(self.status_picker, "statusPicker", "Status")
        for status in ArticleStatus:
            self.status_picker.addItem(status.label, status.value)
        self.word_count_label = QLabel()
        _named(self.word_count_label, "wordCountLabel", "Word count")

        headline_row = QHBoxLayout()
        headline_row.addWidget(self.headline_edit, 1)
        headline_row.addWidget(self.headline_counter)

        meta = QFormLayout()
        meta.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        pickers = QHBoxLayout()
        for label, widget in (
            ("Section", self.section_picker),
            ("Status", self.status_picker),
            ("Language", self.language_picker),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            pickers.addWidget(caption)
            pickers.addWidget(widget, 1)
        meta.addRow(pickers)
        meta.addRow("&Tags", self.tag_editor)
        meta.addRow("B&yline", self.byline_edit)
        meta.addRow("S&ource note", self.source_note_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(headline_row)
        layout.addWidget(self.standfirst_edit)
        layout.addLayout(meta)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.word_count_label, 0, Qt.AlignmentFlag.AlignRight)

        self.headline_edit.textEdited.connect(lambda text: self._emit("headline", text))
        self.standfirst_edit.textChanged.connect(
            lambda: self._emit("standfirst", self.standfirst_edit.toPlainText())
        )
        self.body_edit.textChanged.connect(lambda: self._emit("body", self.body_edit.toPlainText()))
        self.byline_edit.textEdited.connect(lambda text: self._emit("byline", text))
        self.source_note_edit.textEdited.connect(lambda text: self._emit("source_note", text))
        self.tag_editor.editingFinished.connect(self._on_tag_editor_editing_finished)
        self.section_picker.activated.connect(
            lambda _i: self._emit("section_id", self.section_picker.currentData())
        )
        self.status_picker.activated.connect(
            lambda _i: self._emit("status", self.status_picker.currentData())
        )
        self.language_picker.activated.connect(
            lambda _i: self._emit("language", self.language_picker.currentData())
        )
        self.setTabOrder(self.headline_edit, self.standfirst_edit)
        self.setTabOrder(self.standfirst_edit, self.section_picker)
        self.setTabOrder(self.section_picker, self.status_picker)
        self.setTabOrder(self.status_picker, self.language_picker)
        self.setTabOrder(self.language_picker, self.tag_editor)
        self.setTabOrder(self.tag_editor, self.byline_edit)
        self.setTabOrder(self.byline_edit, self.source_note_edit)
        self.setTabOrder(self.source_note_edit, self.body_edit)
        self._update_counters()

    @property
    def article_id(self) -> int | None:
        return self._article_id

    def set_sections(self, sections: list[SectionNode]) -> None:
        current = self.section_picker.currentData()
        self.section_picker.clear()
        self.section_picker.addItem("No section", None)
        for node in sections:
            self.section_picker.addItem("    " * node.depth + node.section.name, node.section.id)
        self._select(self.section_picker, current)

    def load(self, article: Article) -> None:
        """Show an article without reporting its values as edits."""
        self._loading = True
        try:
            self._article_id = article.id
            self.headline_edit.setText(article.headline)
            self.standfirst_edit.setPlainText(article.standfirst)
            self.body_edit.setPlainText(article.body)
            self.byline_edit.setText(article.byline)
            self.source_note_edit.setText(article.source_note)
            self.tag_editor.setText(", ".join(article.tags))
            self._select(self.section_picker, article.content.section_id)
            self._select(self.status_picker, article.status.value)
            if self.language_picker.findData(article.language) < 0:
                self.language_picker.addItem(article.language, article.language)
            self._select(self.language_picker, article.language)
        finally:
            self._loading = False
        self._update_counters()

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _tags(self) -> list[str]:
        return [tag.strip() for tag in self.tag_editor.text().split(",") if tag.strip()]

    def _on_tag_editor_editing_finished(self) -> None:
        self._emit("tags", self._tags())

    def _emit(self, name: str, value: object) -> None:
        self._update_counters()
        if not self._loading and self._article_id is not None:
            self.field_changed.emit(name, value)

    def _update_counters(self) -> None:
        headline = self.headline_edit.text()
        self.headline_counter.setText(f"{len(headline)}/{HEADLINE_LIMIT}")
        words = count_words(headline, self.standfirst_edit.toPlainText(), self.body_edit.toPlainText())
        characters = len(self.body_edit.toPlainText())
        self.word_count_label.setText(
            f"{words:,} words · {characters:,} characters · {reading_minutes(words)} min read"
        )
