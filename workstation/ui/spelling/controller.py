"""Spell checking of the open article's fields, in the article's language: the underlines (the
body's as extra selections, the other fields' through their highlighter or an overlay under a
line edit), dictionaries loaded on a worker, the words ignored in an article (kept in the data
dir), and what the context menu and the Spelling panel ask."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QSyntaxHighlighter, QTextBlock, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.services.spelling.checker import SpellChecker
from workstation.services.spelling.suggestions import SuggestionProcess
from workstation.services.spelling.tokens import (
    Word,
    fence_after,
    line_words,
    misspelt_in_plain_line,
    text_words,
)
from workstation.ui.common.tasks import Runner
from workstation.ui.spelling.body_underline import BodyUnderline
from workstation.ui.spelling.fields import SpellField
from workstation.ui.spelling.underline import (
    FENCE_STATE,
    LineUnderline,
    SpellHighlighter,
    mark,
    rehighlight_quietly,
)

CONTEXT_CHARS = 28  # of text either side of a misspelling in the panel
MAX_MARKED_BLOCKS = 20_000  # block texts whose misspellings are kept; then the cache starts over
MAX_GOOD_WORDS = 200_000  # words known correct, per language; then the set starts over
# The body's paragraphs are checked again once typing pauses this long, or at once when a
# word ends (a space, a stop): the word being typed is not marked anyway, so a keystroke
# within a word changes no underline.
BODY_PAUSE_MS = 300
MAX_PENDING = 2_000  # paragraphs waiting for a check; then the whole body is checked


@dataclass(frozen=True)
class Misspelling:
    field: SpellField
    word: Word
    context: str


class SpellingController(QObject):
    rechecked = Signal()  # the underlines may have changed (a dictionary loaded, a word added)
    problem = Signal(str)  # a sentence for the status bar

    def __init__(
        self,
        checker: SpellChecker,
        tasks: Runner,
        suggestions: SuggestionProcess,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.checker = checker
        self.tasks = tasks
        self.suggestions = suggestions
        self.fields: list[SpellField] = []
        self.language = "en"
        self.enabled = True
        self._article: int | None = None
        self._article_key: str | None = None  # the article as the data dir's ignored words name it
        self._ignored: dict[str | int | None, set[str]] = {}  # this session's, by article key (or id)
        self._loading: set[str] = set()
        self._tests: dict[str, Callable[[str], bool]] = {}
        self._good: dict[str, set[str]] = {}  # by language: words that passed self._tests' test
        self._documents: dict[object, SpellField] = {}  # a document field's QTextDocument -> it
        self._held: tuple[SpellField, int, int, int] | None = None  # the word being typed
        self._marks: dict[tuple[str, bool], list[Word]] = {}  # the body's, by (block text, in a fence)
        self._fences: dict[tuple[str, bool], bool] = {}  # whether a fence is open after that block
        self._body: SpellField | None = None
        self._pending: list[QTextCursor] = []  # at the body's paragraphs edited since their check
        self._pending_all = False
        self._body_timer = QTimer(self)
        self._body_timer.setSingleShot(True)
        self._body_timer.timeout.connect(self._check_body)
        application = QApplication.instance()
        if isinstance(application, QApplication):
            application.focusChanged.connect(self._on_focus_changed)

    # -- fields --------------------------------------------------------------------------------

    def add_document(self, name: str, label: str, edit: QPlainTextEdit) -> SpellField:
        """A plain-text field gets a highlighter of its own."""
        spell_field = SpellField(name, label, edit)
        spell_field.highlighter = SpellHighlighter(edit.document(), self.check_block)
        return self._add_document(spell_field)

    def _add_document(self, spell_field: SpellField) -> SpellField:
        edit = spell_field.widget
        assert isinstance(edit, QPlainTextEdit)
        self._documents[edit.document()] = spell_field
        edit.cursorPositionChanged.connect(lambda: self._on_cursor_moved(spell_field))
        self.fields.append(spell_field)
        return spell_field

    def add_highlighted(
        self, name: str, label: str, edit: QPlainTextEdit, highlighter: QSyntaxHighlighter
    ) -> SpellField:
        """The body: its Markdown highlighter calls check_block (one highlighter, one pass)."""
        spell_field = SpellField(name, label, edit, markdown=True, highlighter=highlighter)
        spell_field.overlay = BodyUnderline(edit, self._block_marks)
        self._body = spell_field
        return self._add_document(spell_field)

    def add_line(self, name: str, label: str, line: QLineEdit) -> SpellField:
        spell_field = SpellField(name, label, line)
        spell_field.underline = LineUnderline(line, self.misspelt_in_line)
        self.fields.append(spell_field)
        return spell_field

    def field(self, name: str) -> SpellField:
        return next(f for f in self.fields if f.name == name)

    def field_of(self, widget: object) -> SpellField | None:
        return next((f for f in self.fields if f.widget is widget), None)

    # -- the article ---------------------------------------------------------------------------

    def set_article(self, article_id: int | None, language: str, *, key: str | None = None) -> None:
        """Another article shown. Loading it highlighted its fields already, in the language of
        the one before: checked again only when its language or its ignored words differ (a
        re-check of a 5,000-word body is some 20 ms of opening it)."""
        same = (
            (language or "en") == self.language
            and not self.ignored()
            and not self._ignored_in(article_id, key)
        )
        self._article = article_id
        self._article_key = key
        if same:
            self.ensure_loaded()
            self.rechecked.emit()
        else:
            self.set_language(language)

    def _ignored_in(self, article_id: int | None, key: str | None) -> bool:
        if self._ignored.get(key or article_id):
            return True
        stored = self.checker.ignored
        try:
            return stored is not None and bool(stored.words(key))
        except WorkstationError:
            return False  # said when the article's words are read

    def set_language(self, language: str) -> None:
        self.language = language or "en"
        self.ensure_loaded()
        self.recheck()

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.recheck()

    def ignored(self) -> frozenset[str]:
        """The words ignored in the open article: kept in the data dir, and this session's."""
        kept = self._ignored.get(self._article_key or self._article, set())
        stored = self.checker.ignored
        if stored is None or self._article_key is None:
            return frozenset(kept)
        try:
            return stored.words(self._article_key) | kept
        except WorkstationError as exc:
            self.problem.emit(str(exc))
            self.checker.ignored = None  # said once; the session's words still count
            return frozenset(kept)

    def ignore(self, word: str) -> None:
        """Ignore in This Article: kept with the data dir (for the session if it cannot be)."""
        self._ignored.setdefault(self._article_key or self._article, set()).add(word)
        stored = self.checker.ignored
        if stored is not None and self._article_key is not None:
            try:
                stored.add(self._article_key, word)
            except WorkstationError as exc:
                self.problem.emit(str(exc))
        self.recheck()

    def add_to_dictionary(self, word: str, language: str | None = None) -> None:
        try:
            self.checker.add_word(word, language or self.language)
        except WorkstationError as exc:
            self.problem.emit(str(exc))
            return
        self.recheck()

    def ensure_loaded(self, extra: str | None = None) -> None:
        """Load, on a worker, the dictionaries the open article needs (its language, its spans')."""
        wanted = {self.language} | ({extra} if extra else set())
        for spell_field in self.fields:
            text = spell_field.text() if spell_field.markdown else ""
            if "<span" in text:
                wanted |= self.checker.languages_used(text, self.language)
        for language in wanted:
            if self.checker.is_loaded(language) or self.checker.dictionary_for(language) is None:
                continue
            name = self.checker.dictionary_for(language)
            if name in self._loading:
                continue
            self._loading.add(str(name))
            self._load(language, str(name))

    def _load(self, language: str, name: str) -> None:
        self.tasks.run(
            lambda: self.checker.load(language),
            lambda _loaded: self._on_loaded(name),
            lambda error: self._on_load_failed(name, error),
        )

    def _on_loaded(self, name: str) -> None:
        self._loading.discard(name)
        self.recheck()

    def _on_load_failed(self, name: str, error: BaseException) -> None:
        self._loading.discard(name)
        self.problem.emit(
            str(error)
            if isinstance(error, WorkstationError)
            else translate("SpellingController", "Spelling {name}: {error}").format(name=name, error=error)
        )

    @property
    def busy(self) -> bool:
        return bool(self._loading)

    # -- checking ------------------------------------------------------------------------------

    def is_misspelt(self, word: Word) -> bool:
        return self.enabled and not self._test(word.language or self.language)(word.text)

    def _test(self, language: str) -> Callable[[str], bool]:
        """The checker's word test for a language, made once until something changes (a
        dictionary loaded, a word added or ignored, another article): a keystroke re-checks a
        block of some hundred words."""
        test = self._tests.get(language)
        if test is None:
            test = self._tests[language] = self.checker.word_test(language, self.ignored())
        return test

    def check_block(self, highlighter: QSyntaxHighlighter, text: str) -> None:
        """A highlighter's pass over one block: underline its misspelt words. The body's blocks
        carry whether a fenced code block is open after them; their underlines are the
        overlay's, set when the paragraph is checked (_check_body)."""
        in_fence = highlighter.previousBlockState() == FENCE_STATE
        body = self._body
        if body is not None and highlighter is body.highlighter:
            highlighter.setCurrentBlockState(FENCE_STATE if fence_after(text, in_fence) else 0)
            self._body_edited(body, highlighter.currentBlock(), text)
            return
        misspelt, after = self._find(text, in_fence)
        highlighter.setCurrentBlockState(FENCE_STATE if after else 0)
        if misspelt and self._typed_word(highlighter, misspelt[-1]):
            misspelt.pop()
        if misspelt:
            mark(highlighter, misspelt)

    def _body_edited(self, body: SpellField, block: QTextBlock, text: str) -> None:
        """A body paragraph changed (or was laid out anew): checked once typing pauses, or at
        once unless the caret ends a word in it (the word being typed)."""
        if len(self._pending) >= MAX_PENDING:
            self._pending_all = True
        else:
            self._pending.append(QTextCursor(block))
        offset = body.widget.textCursor().position() - block.position()  # type: ignore[union-attr]
        typing = 0 < offset <= len(text) and (text[offset - 1].isalnum() or text[offset - 1] in "'’")
        if not typing or not body.widget.hasFocus():
            self._body_timer.start(0)
        elif not self._body_timer.isActive() or self._body_timer.interval() != 0:
            self._body_timer.start(BODY_PAUSE_MS)

    def _check_body(self) -> None:
        body = self._body
        if body is None or body.overlay is None:
            return
        pending, self._pending = self._pending, []
        document = body.widget.document()  # type: ignore[union-attr]
        if self._pending_all or len(pending) >= document.blockCount():
            self._pending_all = False
            body.overlay.refresh_all()
            return
        seen: set[int] = set()
        blocks: list[QTextBlock] = []
        for cursor in pending:
            block = cursor.block()
            number = block.blockNumber()
            if number not in seen:
                seen.add(number)
                blocks.append(block)
        body.overlay.refresh(blocks)

    def _find(self, text: str, in_fence: bool) -> tuple[list[Word], bool]:
        """The misspelt words of a block's text, and whether a fence is open after it."""
        if self.enabled and not in_fence:
            good = self._good.get(self.language)
            if good is None or len(good) > MAX_GOOD_WORDS:
                good = self._good[self.language] = set()
            found = misspelt_in_plain_line(text, good, self._test(self.language))
            if found is not None:
                return found, False
        words, after = line_words(text, in_fence=in_fence)
        return self._misspelt_of(words), after

    def _misspelt_of(self, words: list[Word]) -> list[Word]:
        if not self.enabled or not words:
            return []
        test = self._test(self.language)
        return [w for w in words if not (test if w.language is None else self._test(w.language))(w.text)]

    def _block_marks(self, block: QTextBlock) -> list[Word]:
        """The misspelt words of a body block to underline: all but the word being typed (the
        caret at its end, the body focused), which is marked once the caret leaves it."""
        previous = block.previous()
        in_fence = previous.isValid() and previous.userState() == FENCE_STATE
        key = (block.text(), in_fence)
        found = self._marks.get(key)
        if found is None:
            if len(self._marks) > MAX_MARKED_BLOCKS:
                self._marks.clear()
                self._fences.clear()
            found, after = self._find(key[0], in_fence)
            self._marks[key] = found
            self._fences[key] = after
        body = self._body
        number = block.blockNumber()
        if self._held is not None and self._held[0] is body and self._held[1] == number:
            self._held = None
        if not found or body is None or not body.widget.hasFocus():
            return found
        caret = body.widget.textCursor().position()  # type: ignore[union-attr]
        start = block.position()
        for word in found:
            if caret == start + word.end:
                self._held = (body, number, start + word.start, caret)
                return [w for w in found if w is not word]
        return found

    def _typed_word(self, highlighter: QSyntaxHighlighter, word: Word) -> bool:
        """True for the word being typed (the caret at its end, in the focused field): it is
        marked when the caret leaves it, as in a word processor. Marking it as it grows would
        also change the block's formats on every keystroke, which repaints the whole field
        instead of one line (3 ms a keystroke: benchmarks/bench_spelling.py)."""
        spell_field = self._documents.get(highlighter.document())
        if spell_field is None or not spell_field.widget.hasFocus():
            return False
        caret = spell_field.widget.textCursor().position()  # type: ignore[union-attr]
        block = highlighter.currentBlock()
        if caret != block.position() + word.end:
            return False
        self._held = (spell_field, block.blockNumber(), block.position() + word.start, caret)
        return True

    def _on_cursor_moved(self, spell_field: SpellField) -> None:
        """Mark the word held back while it was typed, once the caret has left it."""
        held = self._held
        if held is None or held[0] is not spell_field:
            return
        caret = spell_field.widget.textCursor().position()  # type: ignore[union-attr]
        if held[2] <= caret <= held[3] + 1:
            return  # still in it (or the next keystroke re-checks it anyway)
        self._release_held()

    def _on_focus_changed(self, old: object, _new: object) -> None:
        """The word held back is marked when the field is left, the caret still at its end."""
        if self._held is not None and self._held[0].widget is old:
            self._release_held()

    def _release_held(self) -> None:
        held = self._held
        if held is None:
            return
        self._held = None
        spell_field = held[0]
        highlighter = spell_field.highlighter
        document = spell_field.widget.document()  # type: ignore[union-attr]
        block = document.findBlockByNumber(held[1])
        if spell_field.overlay is not None:
            spell_field.overlay.refresh([block])
        elif highlighter is not None and block.isValid():
            rehighlight_quietly(highlighter, block)

    def misspelt_in_line(self, text: str) -> list[Word]:
        return [w for w in line_words(text)[0] if self.is_misspelt(w)] if self.enabled else []

    def recheck(self) -> None:
        self._tests.clear()
        self._good.clear()
        self._marks.clear()
        self._fences.clear()
        for spell_field in self.fields:
            if spell_field.overlay is not None:
                self._pending, self._pending_all = [], False
                self._body_timer.stop()
                spell_field.overlay.refresh_all()
            elif spell_field.highlighter is not None:
                rehighlight_quietly(spell_field.highlighter)
            if spell_field.underline is not None:
                spell_field.underline.recheck()
        self.rechecked.emit()

    def misspellings(self) -> list[Misspelling]:
        """Every misspelling of the article's fields, in field order (the Spelling panel)."""
        found: list[Misspelling] = []
        for spell_field in self.fields:
            text = spell_field.text()
            for word in text_words(text, fences=spell_field.markdown):
                if self.is_misspelt(word):
                    found.append(Misspelling(spell_field, word, context_of(text, word)))
        return found

    # -- suggestions ---------------------------------------------------------------------------

    def request_suggestions(
        self, word: Word, on_done: Callable[[list[str]], None], on_error: Callable[[str], None]
    ) -> None:
        """On a worker, which waits for the helper process (the GUI thread never does)."""
        name = self.checker.dictionary_for(word.language or self.language)
        if name is None:
            on_error(translate("SpellingController", "No dictionary for this language."))
            return
        files = self.checker.dictionaries[name]
        self.tasks.run(
            lambda: self.suggestions.suggest(files, word.text),
            on_done,
            lambda error: on_error(str(error)),
        )

    def shutdown(self) -> None:
        self.suggestions.close()


def context_of(text: str, word: Word) -> str:
    """The misspelling with a few words either side, on one line."""
    start, end = max(0, word.start - CONTEXT_CHARS), min(len(text), word.end + CONTEXT_CHARS)
    before = ("…" if start else "") + text[start : word.start]
    after = text[word.end : end] + ("…" if end < len(text) else "")
    return " ".join(f"{before}{word.text}{after}".split())
