"""The article form: every field of the published page.

Edits are reported by name only (field_changed); values are read when saved, so typing in a
5,000-word body never copies the text per keystroke. Picker, tag and word-target changes go
through an undo stack; the text fields keep their own undo history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.article import Article, ArticleContent, ArticleStatus
from workstation.domain.i18n import translate
from workstation.domain.languages import LANGUAGES
from workstation.domain.taxonomy import SectionNode
from workstation.domain.text import TextCount
from workstation.ui.articles.body_edit import BodyTextEdit
from workstation.ui.articles.counts_status import ArticleCounts
from workstation.ui.articles.headline_edit import HeadlineEdit
from workstation.ui.articles.markdown_highlighter import MarkdownHighlighter
from workstation.ui.articles.section_picker import SectionPickerWidget
from workstation.ui.articles.tag_editor import TagEditorWidget
from workstation.ui.common.factory import line_edit
from workstation.ui.common.tasks import LatestRunner
from workstation.ui.common.typing_corrections import TypingCorrections, field_text

HEADLINE_LIMIT = 90  # characters a headline should stay within on the site's front page
COUNTER_DELAY_MS = 150  # counters follow typing without recounting on every keystroke
# A longer body is counted on a worker: a 5,000-word body takes milliseconds of regex, a stall
# in the middle of typing whenever typing pauses.
COUNT_ON_WORKER_CHARS = 10_000


class _FieldCommand(QUndoCommand):
    """An undoable change of a picker or the tags."""

    def __init__(self, editor: ArticleEditorWidget, name: str, old: object, new: object, label: str) -> None:
        super().__init__(label)
        self._editor = editor
        self._name = name
        self._old = old
        self._new = new

    def redo(self) -> None:
        self._editor._apply_field(self._name, self._new)

    def undo(self) -> None:
        self._editor._apply_field(self._name, self._old)


class ArticleEditorWidget(QWidget):
    field_changed = Signal(str)
    counts_changed = Signal(object)  # ArticleCounts
    loaded = Signal()  # an article shown (its language may differ from the last one's)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleEditor")
        self._loading = False
        self._read_only = False  # a trashed article: shown, never edited
        self._article_id: int | None = None
        self.article_created: datetime | None = None  # the open article's (see article_key)
        self._applied: dict[str, object] = {}
        self._word_target = 0
        self._body_count: TextCount | None = None  # counted again after the body changes
        self.undo_stack = QUndoStack(self)

        self.headline_edit = HeadlineEdit()
        self._name(self.headline_edit, "headlineEdit", translate("ArticleEditorWidget", "Headline"))
        self.headline_edit.setPlaceholderText(translate("ArticleEditorWidget", "Headline"))
        headline_font = self.headline_edit.font()
        headline_font.setPointSizeF(headline_font.pointSizeF() * 1.5)
        headline_font.setBold(True)
        self.headline_edit.setFont(headline_font)
        self.headline_counter = QLabel()
        self.headline_counter.setObjectName("headlineCounter")
        self.headline_counter.setMinimumWidth(self.fontMetrics().horizontalAdvance("000/90 "))

        self.standfirst_edit = QPlainTextEdit()
        self._name(self.standfirst_edit, "standfirstEdit", translate("ArticleEditorWidget", "Standfirst"))
        self.standfirst_edit.setPlaceholderText(
            translate("ArticleEditorWidget", "Standfirst: the lead paragraph under the headline")
        )
        self.standfirst_edit.setTabChangesFocus(True)
        self.standfirst_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

        self.body_edit = BodyTextEdit()
        self._name(self.body_edit, "bodyEdit", translate("ArticleEditorWidget", "Body"))
        self.body_edit.setPlaceholderText(
            translate(
                "ArticleEditorWidget",
                "Write the article here. Markdown: ## heading, *italic*, **bold**, > quote",
            )
        )
        self.body_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.body_edit.setTabChangesFocus(True)
        self.highlighter = MarkdownHighlighter(self.body_edit.document())

        self.byline_edit = line_edit(
            "bylineEdit",
            translate("ArticleEditorWidget", "Byline"),
            translate("ArticleEditorWidget", "e.g. TT or a reporter's name"),
        )
        self.source_note_edit = line_edit(
            "sourceNoteEdit",
            translate("ArticleEditorWidget", "Source note"),
            translate("ArticleEditorWidget", "e.g. This article has been altered and translated by …"),
        )
        self.section_picker = SectionPickerWidget()
        self.tag_editor = TagEditorWidget()
        self.language_picker = QComboBox()
        self._name(self.language_picker, "languagePicker", translate("ArticleEditorWidget", "Language"))
        for code, name in LANGUAGES:
            self.language_picker.addItem(f"{translate('Languages', name)} ({code})", code)
        self.status_picker = QComboBox()
        self._name(self.status_picker, "statusPicker", translate("ArticleEditorWidget", "Status"))
        self.status_picker.setToolTip(
            translate(
                "ArticleEditorWidget",
                "Where the article is in the newsroom's workflow. Published and scheduled are a site's:"
                " publishing sets them (shown above the editor and in the list's Site column).",
            )
        )
        for status in ArticleStatus:  # the workflow only: never a site's status
            self.status_picker.addItem(status.label, status.value)

        headline_row = QHBoxLayout()
        headline_row.addWidget(self.headline_edit, 1)
        headline_row.addWidget(self.headline_counter, 0, Qt.AlignmentFlag.AlignTop)
        pickers = QHBoxLayout()
        for label, widget, stretch in (
            (translate("ArticleEditorWidget", "&Section"), self.section_picker, 3),
            (translate("ArticleEditorWidget", "S&tatus"), self.status_picker, 2),
            (translate("ArticleEditorWidget", "&Language"), self.language_picker, 2),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            pickers.addWidget(caption)
            pickers.addWidget(widget, stretch)
        meta = QFormLayout()
        meta.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        meta.addRow(pickers)
        rows: tuple[tuple[str, QWidget], ...] = (
            (translate("ArticleEditorWidget", "Ta&gs"), self.tag_editor),
            (translate("ArticleEditorWidget", "B&yline"), self.byline_edit),
            (translate("ArticleEditorWidget", "S&ource note"), self.source_note_edit),
        )
        for label, field_widget in rows:
            caption = QLabel(label)
            caption.setBuddy(field_widget)
            meta.addRow(caption, field_widget)

        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(headline_row)
        layout.addWidget(self.standfirst_edit)
        layout.addLayout(meta)
        layout.addWidget(self.body_edit, 1)

        self._counter_timer = QTimer(self)
        self._counter_timer.setSingleShot(True)
        self._counter_timer.setInterval(COUNTER_DELAY_MS)
        self._counter_timer.timeout.connect(self.update_counters)
        self._counter = LatestRunner(self, name="body-counter")
        self._counter.finished.connect(self._on_counter_finished)
        self._body_version = 0  # bumped by every change of the body: a count of an older one is dropped

        self.headline_edit.textChanged.connect(self._on_headline_edit_text_changed)
        self.standfirst_edit.textChanged.connect(lambda: self._edited("standfirst"))
        self.body_edit.textChanged.connect(self._on_body_edit_text_changed)
        self.body_edit.selectionChanged.connect(self._counter_timer.start)
        self.byline_edit.textChanged.connect(lambda: self._edited("byline"))
        self.source_note_edit.textChanged.connect(lambda: self._edited("source_note"))
        self.section_picker.section_chosen.connect(
            lambda value: self._picked("section_id", value, translate("ArticleEditorWidget", "Section"))
        )
        self.tag_editor.tags_changed.connect(
            lambda value: self._picked("tags", value, translate("ArticleEditorWidget", "Tags"))
        )
        self.status_picker.activated.connect(
            lambda _i: self._picked(
                "status", self.status_picker.currentData(), translate("ArticleEditorWidget", "Status")
            )
        )
        self.language_picker.activated.connect(
            lambda _i: self._picked(
                "language", self.language_picker.currentData(), translate("ArticleEditorWidget", "Language")
            )
        )
        # Typography as it is typed, in the article's language (Preferences can turn rules off).
        self.typing = TypingCorrections(lambda: str(self.language_picker.currentData() or "en"), self)
        for edit in (self.headline_edit, self.standfirst_edit, self.byline_edit, self.source_note_edit):
            self.typing.watch(edit)
        self.typing.watch(self.body_edit, markdown=True, filter_keys=False)
        self.body_edit.key_typed = self.typing.typed
        for first, second in zip(self._tab_chain(), self._tab_chain()[1:], strict=False):
            self.setTabOrder(first, second)
        self.update_counters()

    def _tab_chain(self) -> list[QWidget]:
        return [
            self.headline_edit,
            self.standfirst_edit,
            self.section_picker,
            self.status_picker,
            self.language_picker,
            self.tag_editor.input,
            self.byline_edit,
            self.source_note_edit,
            self.body_edit,
        ]

    @staticmethod
    def _name(widget: QWidget, name: str, accessible: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)

    # -- public ------------------------------------------------------------------------------

    @property
    def article_id(self) -> int | None:
        return self._article_id

    @property
    def article_key(self) -> str | None:
        """The open article, as no later article can be named (an id can be given again after
        a deletion for good): its id and when it was created."""
        if self._article_id is None or self.article_created is None:
            return None
        return f"{self._article_id}@{self.article_created.isoformat()}"

    def add_top_bar(self, bar: QWidget) -> None:
        """A bar above the headline (the publication bar)."""
        self._layout.insertWidget(0, bar)

    def add_body_bar(self, bar: QWidget) -> None:
        """A bar right above the body (the formatting toolbar)."""
        self._layout.insertWidget(self._layout.indexOf(self.body_edit), bar)

    def add_bottom_bar(self, bar: QWidget) -> None:
        """A bar under the body (the find bar): it takes room from the body, never covers it."""
        self._layout.addWidget(bar)

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Show the article without letting any field change (an article in the Trash): the
        text stays selectable and copyable; pickers and tags do not open."""
        self._read_only = read_only
        for text in (self.headline_edit, self.byline_edit, self.source_note_edit):
            text.setReadOnly(read_only)
            self._tint(text, read_only)
        for plain in (self.standfirst_edit, self.body_edit):
            plain.setReadOnly(read_only)
            self._tint(plain, read_only)
        for picker in (self.section_picker, self.status_picker, self.language_picker):
            picker.setEnabled(not read_only)
        self.tag_editor.set_read_only(read_only)
        if read_only:
            self.undo_stack.clear()

    def _tint(self, field: QWidget, read_only: bool) -> None:
        """A read-only field on the window's colour, so it does not look ready for typing."""
        palette = QPalette()  # no role set: the field follows its parent's palette
        if read_only:
            palette.setColor(QPalette.ColorRole.Base, self.palette().color(QPalette.ColorRole.Window))
        field.setPalette(palette)

    def set_body_font(self, font: QFont) -> None:
        self.body_edit.setFont(font)
        self.standfirst_edit.setFont(font)
        # Room for three lines of the standfirst in its own font, as the page's lead paragraph.
        margins = self.standfirst_edit.contentsMargins()
        frame = 2 * self.standfirst_edit.document().documentMargin() + margins.top() + margins.bottom()
        self.standfirst_edit.setFixedHeight(int(QFontMetrics(font).lineSpacing() * 3 + frame + 4))

    def set_sections(self, sections: list[SectionNode]) -> None:
        self.section_picker.set_sections(sections)

    def set_known_tags(self, names: list[str]) -> None:
        self.tag_editor.set_known_tags(names)

    def load(self, article: Article) -> None:
        """Show an article without reporting its values as edits; undo starts afresh."""
        self._loading = True
        try:
            self._article_id = article.id
            self.article_created = article.created_at
            self.headline_edit.setText(article.headline)
            self.standfirst_edit.setPlainText(article.standfirst)
            self.body_edit.set_markdown(article.body)
            self.byline_edit.setText(article.byline)
            self.source_note_edit.setText(article.source_note)
            # A long headline or note reads from its start, not scrolled to its end.
            for line in (self.headline_edit, self.byline_edit, self.source_note_edit):
                line.setCursorPosition(0)
            self.tag_editor.set_tags(article.tags)
            self.section_picker.set_section_id(article.content.section_id)
            self._select(self.status_picker, article.status.value)
            self._select(self.language_picker, article.language)
            self._word_target = article.word_target
            self._applied = {
                "section_id": article.content.section_id,
                "tags": list(article.tags),
                "status": article.status.value,
                "language": article.language,
                "word_target": article.word_target,
            }
            self.undo_stack.clear()
        finally:
            self._loading = False
        self.update_counters()
        self.loaded.emit()

    def clear(self) -> None:
        self._article_id = None
        self.article_created = None
        self.undo_stack.clear()

    def value(self, name: str) -> object:
        """The field's current value, as the store takes it."""
        readers: dict[str, Callable[[], object]] = {
            "headline": self.headline_edit.text,
            "standfirst": lambda: field_text(self.standfirst_edit),
            "body": self.body_edit.markdown,
            "byline": self.byline_edit.text,
            "source_note": self.source_note_edit.text,
            "section_id": self.section_picker.section_id,
            "tags": self.tag_editor.tags,
            "status": lambda: self.status_picker.currentData(),
            "language": lambda: self.language_picker.currentData(),
            "word_target": self.word_target,
        }
        return readers[name]()

    def content(self) -> ArticleContent:
        """Every field as it is on screen now, saved or not (the preview renders this)."""
        status = self.status_picker.currentData()
        section_id = self.section_picker.section_id()
        return ArticleContent(
            headline=self.headline_edit.text(),
            standfirst=field_text(self.standfirst_edit),
            body=self.body_edit.markdown(),
            byline=self.byline_edit.text(),
            source_note=self.source_note_edit.text(),
            section_id=section_id,
            tags=tuple(self.tag_editor.tags()),
            language=str(self.language_picker.currentData() or "en"),
            status=ArticleStatus(status) if status else ArticleStatus.DRAFT,
            word_target=self._word_target,
        )

    def word_target(self) -> int:
        """The words the body should have; 0 is no target."""
        return self._word_target

    def set_word_target(self, words: int) -> None:
        """Set the target as an edit of the article: undoable, saved like a picker's choice."""
        self._picked("word_target", max(0, int(words)), translate("ArticleEditorWidget", "Word Target"))

    def counts(self) -> ArticleCounts:
        """The counts of what is on screen: what a reader reads of each field (no photo
        references or Markdown syntax), and of the body's selection."""
        if self._body_count is None:
            self._body_count = TextCount.of_markdown(self.body_edit.markdown())
        cursor = self.body_edit.textCursor()
        selection = None
        if cursor.hasSelection():
            # A selection separates its paragraphs with U+2029.
            selection = TextCount.of_markdown(cursor.selectedText().replace("\u2029", "\n"))
        return ArticleCounts(
            headline=TextCount.of(self.headline_edit.text()),
            standfirst=TextCount.of_markdown(field_text(self.standfirst_edit), blocks=False),
            body=self._body_count,
            selection=selection,
            word_target=self._word_target,
        )

    def update_counters(self) -> None:
        """counts_changed with the counts of what is on screen; a long body not counted since
        it last changed is counted on a worker first."""
        if self._body_count is None:
            markdown = self.body_edit.markdown()
            if len(markdown) > COUNT_ON_WORKER_CHARS:
                version = self._body_version
                self._counter.submit(lambda: (version, TextCount.of_markdown(markdown)))
                return
        self.counts_changed.emit(self.counts())

    def _on_counter_finished(self, generation: int, result: object, error: object) -> None:
        # Dropped: a newer count is coming, or the body changed since (its timer asks again).
        if not self._counter.is_current(generation):
            return
        if isinstance(result, tuple) and result[0] == self._body_version:
            self._body_count = result[1]
            self.counts_changed.emit(self.counts())
        elif error is not None:
            self.counts_changed.emit(self.counts())  # counted here, as a short body is

    # -- edits -------------------------------------------------------------------------------

    def _select(self, combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index < 0 and combo is self.language_picker and isinstance(value, str):
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _on_body_edit_text_changed(self) -> None:
        self._body_count = None
        self._body_version += 1
        self._edited("body")

    def _on_headline_edit_text_changed(self, text: str) -> None:
        over = len(text) > HEADLINE_LIMIT
        self.headline_counter.setText(f"{len(text)}/{HEADLINE_LIMIT}")
        # Tied to the field (Qt has no described-by to set): the headline's description says it.
        counted = (
            translate("ArticleEditorWidget", "{count} of {limit} characters, too long")
            if over
            else translate("ArticleEditorWidget", "{count} of {limit} characters")
        ).format(count=len(text), limit=HEADLINE_LIMIT)
        self.headline_counter.setAccessibleName(
            translate("ArticleEditorWidget", "Headline length: {counted}").format(counted=counted)
        )
        self.headline_edit.setAccessibleDescription(counted)
        self.headline_counter.setStyleSheet("color: #b3261e; font-weight: bold;" if over else "")
        self._edited("headline")

    def _edited(self, name: str) -> None:
        if self._loading or self._article_id is None or self._read_only:
            return
        if name in ("headline", "standfirst", "body"):
            self._counter_timer.start()
        self.field_changed.emit(name)

    def _picked(self, name: str, value: object, label: str) -> None:
        if self._loading or self._article_id is None or self._read_only:
            return
        old = self._applied.get(name)
        if old == value:
            return
        self.undo_stack.push(
            _FieldCommand(
                self, name, old, value, translate("ArticleEditorWidget", "Change {label}").format(label=label)
            )
        )

    def _apply_field(self, name: str, value: object) -> None:
        """Set a picker or the tags (from the undo stack) and report it as an edit."""
        self._loading = True
        try:
            if name == "section_id":
                self.section_picker.set_section_id(value if isinstance(value, int) else None)
            elif name == "tags":
                self.tag_editor.set_tags(list(value) if isinstance(value, list | tuple) else [])
            elif name == "status":
                self._select(self.status_picker, value)
            elif name == "language":
                self._select(self.language_picker, value)
            elif name == "word_target":
                self._word_target = value if isinstance(value, int) else 0
                self.update_counters()
        finally:
            self._loading = False
        self._applied[name] = value
        if self._article_id is not None:
            self.field_changed.emit(name)
