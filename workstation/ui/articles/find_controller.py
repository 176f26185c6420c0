"""Find and replace in the open article: the find bar's searches over the headline, standfirst,
body and the photos' captions and alt text (in that order), the highlights, previous and next,
Replace, and Replace All as one undo step and one revision.

The photos live in the Photos tab, another feature: the window hands over a PhotoTexts (their
texts as typed, showing one, writing through PhotoService) and a FindHost (saving).

Cost: with the bar closed nothing here runs while typing (no field signal is connected unless
the bar is open or a Replace All can still be undone). Open, an edit restarts a timer and the
matches are found again once typing pauses (REFRESH_MS); a long body highlights only what is on
screen (see find_fields.VISIBLE_MARGIN)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from workstation.domain.find import Finder, FindError, replacement_note, replacement_summary
from workstation.domain.i18n import format_number, translate
from workstation.ui.articles.editor import ArticleEditorWidget
from workstation.ui.articles.find_bar import FindBar
from workstation.ui.articles.find_fields import Edit, PlainTextField, Span, TextField, field_for
from workstation.ui.articles.find_targets import PHOTO_FIELDS, FindHost, Match, PhotoTexts, Target
from workstation.ui.articles.find_undo import PhotoChanges, ReplaceAllCommand, ReplaceAllUndo

REFRESH_MS = 200  # after an edit, the matches are found again once typing pauses this long
SCROLL_MS = 16  # scrolling the body highlights what comes on screen, once a frame
PREFILL_LIMIT = 120  # a longer selection is not taken as the text to find
# One or two letters match thousands of times in a long body (3,500 for "e" in 5,000 words: a
# search of 20-28 ms a keystroke against 5-10 ms for three letters, measured): such a query is
# searched once typing pauses this long, a longer one at once.
SHORT_QUERY = 3
SHORT_QUERY_MS = 120


class ArticleFindController(QObject):
    """Signals: `searched()` after each search (tests and the count wait on it), `replaced_all(str)`
    with the report ('Replaced 7 in headline, body and 2 captions')."""

    searched = Signal()
    replaced_all = Signal(str)

    def __init__(
        self,
        bar: FindBar,
        editor: ArticleEditorWidget,
        host: FindHost,
        photos: PhotoTexts | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bar = bar
        self._editor = editor
        self._host = host
        self._photos = photos
        self._fields: dict[str, TextField] = {
            "headline": field_for(editor.headline_edit),
            "standfirst": field_for(editor.standfirst_edit),
            "body": field_for(editor.body_edit, long_text=True),
        }
        self._photo_fields: dict[int, TextField] = {}  # by id() of the widget
        self._finder: Finder | None = None
        self._targets: list[Target] = []
        self._matches: list[tuple[str, Span]] = []  # (field, span): plain tuples, made fast
        self._spans: dict[str, list[Span]] = {}  # each field's matches
        self._current: int | None = None
        self._anchor: tuple[str, int] = ("headline", 0)  # where the search starts
        self._revealed: TextField | None = None  # the field the current match was shown in
        self._return_focus: QWidget | None = None
        self._highlighted: set[TextField] = set()
        self._applying = 0
        self._undo = ReplaceAllUndo(editor.undo_stack, self)
        self._undo.released.connect(lambda: self._watch(self.is_open))
        self._watching = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._short_timer = QTimer(self)
        self._short_timer.setSingleShot(True)
        self._short_timer.setInterval(SHORT_QUERY_MS)
        self._short_timer.timeout.connect(lambda: self.refresh(reveal=True, photos_too=False))
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(SCROLL_MS)
        self._scroll_timer.timeout.connect(self._highlight_body)

        bar.find_changed.connect(self._on_bar_find_changed)
        bar.replacement_changed.connect(self._on_bar_replacement_changed)
        bar.next_requested.connect(self.find_next)
        bar.previous_requested.connect(self.find_previous)
        bar.replace_requested.connect(self.replace_current)
        bar.replace_all_requested.connect(self.replace_all)
        bar.close_requested.connect(self.close)
        bar.undo_requested.connect(self._undo.undo)
        bar.redo_requested.connect(self._undo.redo)
        for edit in (bar.find_edit, bar.replace_edit):
            edit.undo_replacement = self._undo.bar_may
            edit.textEdited.connect(lambda _text: self._undo.forget_bar())

    # -- opening and closing -----------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        # Not isVisible(): the bar stays open while its editor page is out of sight (no article
        # chosen for a moment), and comes back with it.
        return not self.bar.isHidden()

    def open(self, *, replace: bool = False) -> None:
        """Ctrl+F (replace False) or Ctrl+H: show the bar, the selected words as the text to find."""
        bar = self.bar
        focus = QApplication.focusWidget()
        self._targets = self._collect_targets()
        field = self._field_of(focus)
        if field is not None:
            self._return_focus = focus
            self._anchor = self._anchor_of(field)
            chosen = field.selected_text()
            if chosen and "\n" not in chosen and len(chosen) <= PREFILL_LIMIT:
                bar.find_edit.setText(chosen)
        elif not self.is_open:
            self._return_focus = focus if focus is not None and not bar.isAncestorOf(focus) else None
        if replace:
            bar.set_replace_visible(True)
        elif not self.is_open:
            bar.set_replace_visible(False)
        was_open = self.is_open
        bar.show()
        self._watch(True)
        if replace and bar.find_edit.text():
            bar.replace_edit.setFocus()
            bar.replace_edit.selectAll()
        else:
            bar.find_edit.setFocus()
            bar.find_edit.selectAll()
        if not was_open:
            self._revealed = None
            self.refresh(reveal=True)

    def close(self) -> None:
        """Esc: hide the bar and its highlights; the focus goes back to the text (to the match
        shown last, selected, if Next or Previous moved there)."""
        if not self.is_open:
            return
        self._refresh_timer.stop()
        self._short_timer.stop()
        self._scroll_timer.stop()
        for field in self._highlighted:
            field.clear_highlight()
        self._highlighted.clear()
        self.bar.hide()
        self._watch(self._undo.live is not None)
        target: QWidget | None = self._revealed.widget if self._revealed is not None else None
        if target is None or not target.isVisible():
            back = self._return_focus
            target = back if back is not None and shiboken6.isValid(back) and back.isVisible() else None
        (target or self._editor.body_edit).setFocus()

    def article_shown(self) -> None:
        """Another article opened: searching starts again from its top."""
        self._anchor = ("headline", 0)
        self._current = None
        self._revealed = None
        self._undo.forget_bar()
        self._photo_fields.clear()
        if self.is_open:
            self._refresh_timer.start()

    def _field_of(self, widget: QWidget | None) -> TextField | None:
        """The searched field shown in this widget (an article field or a shown photo's)."""
        if widget is None:
            return None
        return next(
            (t.field for t in self._targets if t.field is not None and t.field.widget is widget), None
        )

    def _anchor_of(self, field: TextField) -> tuple[str, int]:
        name = next((t.name for t in self._targets if t.field is field), "headline")
        return name, field.caret()

    # -- watching the fields -----------------------------------------------------------------

    def _watch(self, on: bool) -> None:
        """Connect to the fields' edits while the bar is open or a Replace All can be undone."""
        if on == self._watching:
            return
        self._watching = on
        editor = self._editor
        signals = (editor.headline_edit.textChanged, editor.standfirst_edit.document().contentsChanged)
        body = editor.body_edit.document().contentsChanged
        scroll = editor.body_edit.verticalScrollBar().valueChanged
        if on:
            for signal in signals:
                signal.connect(self._on_field_edited)
            body.connect(self._on_body_edited)
            scroll.connect(self._on_body_scrolled)
            if self._photos is not None:
                self._photos.watch(self._on_field_edited)
        else:
            for signal in signals:
                signal.disconnect(self._on_field_edited)
            body.disconnect(self._on_body_edited)
            scroll.disconnect(self._on_body_scrolled)
            if self._photos is not None:
                self._photos.watch(None)

    def _on_body_edited(self) -> None:
        # Typing in a long body: its highlights go until the pause that finds again, so that no
        # keystroke repaints them (~0.4 ms each with a screenful of matches, measured).
        if not self._applying and self.is_open and not self._refresh_timer.isActive():
            body = self._fields["body"]
            if body in self._highlighted:
                body.clear_highlight()
                self._highlighted.discard(body)
        self._on_field_edited()

    def _on_field_edited(self, *_args: object) -> None:
        if self._applying:
            return
        self._undo.fields_edited()  # Ctrl+Z in a field undoes a Replace All in all of them
        if self.is_open:
            self._refresh_timer.start()

    @contextmanager
    def applying(self) -> Iterator[None]:
        """Our own edits of the fields (not the editor's typing) happen inside this."""
        self._applying += 1
        try:
            yield
        finally:
            self._applying -= 1

    # -- searching ---------------------------------------------------------------------------

    def _on_bar_find_changed(self) -> None:
        if not self.is_open:
            return
        self._current = None
        self._revealed = None
        if 0 < len(self.bar.find_edit.text()) < SHORT_QUERY:
            self._short_timer.start()  # typing on usually makes it longer before it runs
        else:
            self._short_timer.stop()
            self.refresh(reveal=True, photos_too=False)

    def _on_bar_replacement_changed(self) -> None:
        if self.is_open:
            self._show_state()

    def _collect_targets(self) -> list[Target]:
        targets = [Target(name, name, field.text(), field) for name, field in self._fields.items()]
        if self._photos is None:
            return targets
        for photo in self._photos.photo_texts():
            for field_name, label in PHOTO_FIELDS:
                widget = self._photos.field_widget(photo.photo_id, field_name)
                field = self._photo_field(widget) if widget is not None else None
                text = field.text() if field is not None else getattr(photo, field_name)
                targets.append(
                    Target(
                        f"photo.{photo.photo_id}.{field_name}", label, text, field, photo.photo_id, field_name
                    )
                )
        return targets

    def _photo_field(self, widget: QLineEdit | QPlainTextEdit) -> TextField:
        field = self._photo_fields.get(id(widget))
        if field is None or field.widget is not widget:
            field = field_for(widget)
            self._photo_fields[id(widget)] = field
        return field

    def refresh(self, *, reveal: bool = False, photos_too: bool = True) -> None:
        """Find again in every field as it is now; keep the current match where it was."""
        self._refresh_timer.stop()
        self._short_timer.stop()
        bar = self.bar
        previous = self._matches[self._current] if self._current is not None else None
        self._targets = self._collect_targets()
        self._matches = []
        self._spans = {}
        self._finder = None
        options = bar.options()
        try:
            finder = Finder(options)
        except FindError as exc:
            self._current = None
            self._highlight()
            bar.set_problem(bar.find_edit, True)
            bar.set_count(translate("ArticleFindController", "Invalid"), problem=True)
            bar.set_message(str(exc), problem=True)
            bar.set_replace_enabled(False)
            self.searched.emit()
            return
        bar.set_problem(bar.find_edit, False)
        self._finder = finder
        for target in self._targets:
            spans = finder.spans(target.text)
            if spans:
                self._spans[target.name] = spans
                name = target.name
                self._matches.extend([(name, span) for span in spans])
        self._current = self._nearest(previous[0], previous[1][0]) if previous else None
        if self._current is None and self._matches:
            self._current = self._nearest(*self._anchor)
        self._highlight()
        self._show_state()
        if reveal and self._current is not None:
            self._reveal(self._matches[self._current], photos_too=photos_too)
        self.searched.emit()

    def _search_pending(self) -> bool:
        """An edit or a short query waits for its search (Next, Replace run it first)."""
        return self._refresh_timer.isActive() or self._short_timer.isActive()

    def _nearest(self, name: str, position: int) -> int | None:
        """The first match at or after (field, position), from the top if none is."""
        if not self._matches:
            return None
        orders = {target.name: index for index, target in enumerate(self._targets)}
        order = orders.get(name, len(self._targets))
        for index, match in enumerate(self._matches):
            match_order = orders[match[0]]
            if match_order > order or (match_order == order and match[1][0] >= position):
                return index
        return 0

    def _target(self, name: str) -> Target | None:
        return next((t for t in self._targets if t.name == name), None)

    def _show_state(self, message: str = "") -> None:
        bar = self.bar
        total = len(self._matches)
        if not bar.options().text:
            bar.set_count("")
        elif not total:
            bar.set_count(translate("ArticleFindController", "No matches"), problem=True)
        elif self._current is None:
            bar.set_count(
                translate("ArticleFindController", "{total} matches").format(total=format_number(total))
            )
        else:
            bar.set_count(
                translate("ArticleFindController", "{value} of {total}").format(
                    value=format_number(self._current + 1), total=format_number(total)
                )
            )
        problem = ""
        if self._finder is not None and bar.replace_visible:
            try:
                self._finder.check_replacement(bar.replacement())
            except FindError as exc:
                problem = str(exc)
        bar.set_problem(bar.replace_edit, bool(problem))
        bar.set_replace_enabled(bool(total) and not problem and not self._editor.read_only)
        if problem:
            bar.set_message(problem, problem=True)
        elif not total and self._finder is not None and self._only_empty():
            bar.set_message(
                translate(
                    "ArticleFindController", "The expression matches only empty text: nothing to show."
                ),
                problem=True,
            )
        else:
            bar.set_message(message)

    def _only_empty(self) -> bool:
        finder = self._finder
        return finder is not None and any(finder.matches_only_empty(t.text) for t in self._targets)

    # -- highlights --------------------------------------------------------------------------

    def _spans_of(self, name: str) -> list[Span]:
        return self._spans.get(name, [])

    def _highlight(self) -> None:
        current = self._matches[self._current] if self._current is not None else None
        shown: set[TextField] = set()
        for target in self._targets:
            if target.field is None:
                continue
            spans = self._spans_of(target.name)
            target.field.highlight(spans, current[1] if current and current[0] == target.name else None)
            if spans:
                shown.add(target.field)
        for stale in self._highlighted - shown:
            stale.clear_highlight()
        self._highlighted = shown

    def _on_body_scrolled(self, _value: int) -> None:
        if self.is_open and self._matches and not self._search_pending():
            self._scroll_timer.start()

    def _highlight_body(self) -> None:
        if not self.is_open or self._search_pending():
            return
        current = self._matches[self._current] if self._current is not None else None
        body = self._fields["body"]
        assert isinstance(body, PlainTextField)
        body.highlight(self._spans_of("body"), current[1] if current and current[0] == "body" else None)

    # -- moving ------------------------------------------------------------------------------

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.is_open:
            self.open()
            if direction > 0 and self._current is not None:
                return  # opening went to the first match after the cursor
        if self._short_timer.isActive():
            self.refresh(reveal=True)  # a short query not searched yet: Enter shows its first
            if direction > 0 or self._current is None:
                return
        elif self._refresh_timer.isActive():
            self.refresh()
        if not self._matches:
            return
        total = len(self._matches)
        message = ""
        if self._current is None:
            self._current = self._nearest(*self._anchor) or 0
            if direction < 0:
                self._current = (self._current - 1) % total
        else:
            moved = self._current + direction
            if moved >= total:
                message = translate("ArticleFindController", "Continued from the top of the article.")
            elif moved < 0:
                message = translate("ArticleFindController", "Continued from the end of the article.")
            self._current = moved % total
        match = self._matches[self._current]
        self._anchor = (match[0], match[1][0])
        self._highlight()
        self._show_state(message)
        self._reveal(match)

    def _reveal(self, found: tuple[str, Span], *, photos_too: bool = True) -> TextField | None:
        """Select the match in its field and scroll it into view (a photo's field: the Photos
        tab shows that photo)."""
        match = Match(*found)
        target = self._target(match.target)
        if target is None:
            return None
        field = target.field
        if target.photo_id is not None and self._photos is not None and photos_too:
            widget = self._photos.reveal(target.photo_id, target.photo_field)
            if widget is not None:
                field = self._photo_field(widget)
                self._targets = self._collect_targets()  # that photo's fields are shown now
                self._highlight()
        if field is None:
            return None
        with self.applying():
            field.select(match.span)
        self._revealed = field
        if isinstance(field, PlainTextField) and field.long_text:
            self._highlight_body()  # the selection scrolled the body: highlight what came on screen
        return field

    # -- replacing ---------------------------------------------------------------------------

    def _ready_to_replace(self) -> Finder | None:
        if self._editor.read_only:
            self.bar.set_message(
                translate("ArticleFindController", "The article is in the Trash: restore it to replace."),
                problem=True,
            )
            return None
        if self._search_pending():
            self.refresh()
        finder = self._finder
        if finder is None or not self._matches:
            return None
        try:
            finder.check_replacement(self.bar.replacement())
        except FindError as exc:
            self.bar.set_message(str(exc), problem=True)
            return None
        return finder

    def replace_current(self) -> None:
        """Replace the current match (an edit like typing, undone by the field's Ctrl+Z) and go
        to the next."""
        finder = self._ready_to_replace()
        if finder is None:
            return
        if self._current is None:
            self._step(1)
            return
        match = Match(*self._matches[self._current])
        target = self._target(match.target)
        if target is None:
            return
        try:
            new = finder.expand(target.text, match.span, self.bar.replacement())
        except FindError as exc:
            self.bar.set_message(str(exc), problem=True)
            return
        field = self._reveal(match)
        if field is None:
            return
        with self.applying():
            field.replace(match.span, new)
        self._anchor = (match.target, match.span[0] + len(new))
        self._current = None
        self.refresh(reveal=True)
        self.bar.set_message(
            translate("ArticleFindController", "Replaced 1 in the {label}.").format(label=target.label)
        )

    def replace_all(self) -> None:
        """Every match in every field, as one undo step and one revision labelled 'Replaced “a”
        with “b” (n)'; the pending edits are saved first, in their own revision."""
        if not self._host.save_now():
            self.bar.set_message(
                translate(
                    "ArticleFindController", "Your latest edits could not be saved, so nothing was replaced."
                ),
                problem=True,
            )
            return
        self.refresh()
        finder = self._ready_to_replace()
        if finder is None:
            return
        replacement = self.bar.replacement()
        edits: list[tuple[TextField, list[Edit]]] = []
        before: PhotoChanges = {}
        after: PhotoChanges = {}
        counts: list[tuple[str, int]] = []
        try:
            for target in self._targets:
                field_edits = finder.edits(target.text, replacement)
                counts.append((target.label, len(field_edits)))
                if not field_edits:
                    continue
                if target.photo_id is None:
                    assert target.field is not None
                    edits.append((target.field, field_edits))
                else:
                    new, _n = finder.replace_all(target.text, replacement)
                    before.setdefault(target.photo_id, {})[target.photo_field] = target.text
                    after.setdefault(target.photo_id, {})[target.photo_field] = new
        except FindError as exc:
            self.bar.set_message(str(exc), problem=True)
            return
        total = sum(n for _label, n in counts)
        if not total:
            return
        command = ReplaceAllCommand(
            edits,
            before,
            after,
            replacement_note(self.bar.options(), replacement, total),
            write_photos=self.write_photos,
            done=self.replaced,
            guard=self.applying,
        )
        self._watch(True)  # from now on a field's own Ctrl+Z undoes it everywhere
        self._undo.push(command)  # runs redo(): the replacement
        report = replacement_summary(counts)
        self._current = None
        self.refresh()
        self.bar.set_message(f"{report}.")
        self._host.show_status(
            translate("ArticleFindController", "{report}. Edit › Undo (Ctrl+Z) takes it back.").format(
                report=report
            ),
            10000,
        )
        self.replaced_all.emit(report)

    def write_photos(self, changes: PhotoChanges) -> None:
        if self._photos is not None:
            self._photos.write(changes)

    def replaced(self, note: str) -> None:
        """After Replace All was done, undone or redone: save it as its own revision."""
        if not self._host.save_labelled(note):
            self._host.show_status(
                translate(
                    "ArticleFindController", "The replacement could not be saved yet; it is kept and retried."
                ),
                10000,
            )
        if self.is_open:
            self.refresh()

    # -- for tests and the window ------------------------------------------------------------

    @property
    def matches(self) -> Sequence[Match]:
        return tuple(Match(*found) for found in self._matches)

    @property
    def current(self) -> Match | None:
        return Match(*self._matches[self._current]) if self._current is not None else None
