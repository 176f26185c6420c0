"""Typing into a 5,000-word body with 3 photos in the real main window, versus a bare QPlainTextEdit.

Each keystroke is a real key event (QTest.keyClick: shortcut override, press, release) timed from
just before it is sent until QApplication.processEvents() returns, so the Markdown highlighter, the
textChanged handlers, layout, paint and any timer that is due are all inside the time. Keystrokes
go in turns of TURN keys into the app's body field (with autosave, counters and the history panel
all live), a bare QPlainTextEdit in a bare QMainWindow, and, to show what the highlighter costs on
its own, a bare QPlainTextEdit with the app's MarkdownHighlighter: each editor's window active and
the editor focused for its turn, as a field being typed into is (it draws its caret and answers the
input method's queries on every keystroke; the bare editors, once typed into unfocused, skipped
both). Between keystrokes the event loop idles, as it does between a person's keystrokes, with a
1 ms tick monitor that measures how long the GUI thread was busy with timer work (autosave,
counters, the history panel). Twice the typing pauses for autosave's idle write, and the monitor
measures the longest stall around it.

The body holds 3 photos (real JPEGs imported through PhotoService, attached, placed as `photo:`
references), which the app's body shows as thumbnails with their captions; typing goes into the
paragraph under the middle one, centred in view, so the thumbnail is painted with each keystroke.
The bare editors hold the same Markdown as text.
"""

from __future__ import annotations

import gc
import tempfile
import time
from pathlib import Path

from benchmarks.bench_open_article import _photo_files, _with_photo_refs
from benchmarks.common import Check, Result, Settings, median, percentile
from benchmarks.gui import (
    TickMonitor,
    activate,
    bare_editor,
    close_window,
    gc_pauses,
    idle,
    idle_until,
    open_window,
    qt_app,
    quiet_alerts,
    settle,
    type_char,
)
from benchmarks.prose import markdown_body, typed_text

NAME = "typing"
WRITING_NAME = "typing_writing"  # the same, in writing mode with typewriter scrolling and focus on
BODY_WORDS = 5000
KEYSTROKES = 600  # measured, per editor
WARMUP = 20
SEGMENTS = 3  # typing segments, with an idle pause (autosave's idle write) between them
SLOT_MS = 50  # one keystroke every 50 ms into the editor whose turn it is
TURN = 20  # keystrokes into one editor before the next one's window is made active
AFTER_TURN_MS = 400  # the app's idle after its turn: longer than the spelling's 300 ms pause
PAUSE_MS = 2100  # longer than autosave's 2 s idle interval
BUDGET_RATIO = 1.5
BUDGET_P99_MS = 16.0  # one frame at 60 Hz
PHOTOS = 3
PHOTO_CAPTIONS = (
    "Members of parliament leave the chamber after the vote",
    "The finance minister speaks to reporters in Stockholm",
    "Protesters outside the parliament building",
)


def _cursor_below(edit: object, block_number: int) -> None:
    """Between two sentences in the first plain paragraph after block `block_number` (the middle
    photo's), the line centred in view. Blocks are numbered alike in the app's body and the bare
    editors: a photo shown as a picture is one character of its line."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QPlainTextEdit

    assert isinstance(edit, QPlainTextEdit)
    block = edit.document().findBlockByNumber(block_number)
    while block.isValid() and (not block.text() or block.text()[0] in "#>-0123456789!\ufffc"):
        block = block.next()
    text = block.text()
    offset = text.find(". ", len(text) // 3)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + (offset + 2 if offset >= 0 else len(text)))
    edit.setTextCursor(cursor)
    edit.centerCursor()


def _photos_in_view(edit: object) -> int:
    """How many photo objects of the app's body lie (at least partly) in its viewport."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QPlainTextEdit

    assert isinstance(edit, QPlainTextEdit)
    view = edit.viewport().rect()
    cursor = QTextCursor(edit.document())
    seen = 0
    for position, char in enumerate(edit.document().toRawText()):
        if char == "\ufffc":
            cursor.setPosition(position)
            seen += edit.cursorRect(cursor).intersects(view)
    return seen


def _stats(samples: list[float]) -> str:
    return f"p50 {median(samples):.2f} / p99 {percentile(samples, 99):.2f} ms"


def run(_settings: Settings) -> Result:
    return _run(NAME, writing=False)


def run_writing(_settings: Settings) -> Result:
    """Writing mode (F11) with typewriter scrolling and the dimmed focus paragraph: the column,
    the larger type, the overlay and the caret kept at the middle, against a bare editor of the
    same font and text width."""
    return _run(WRITING_NAME, writing=True)


def _run(bench_name: str, *, writing: bool) -> Result:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from workstation.domain.article import ArticleContent
    from workstation.domain.photo import PhotoRole
    from workstation.domain.photo_refs import photo_markdown
    from workstation.domain.text import count_words
    from workstation.ui.articles.markdown_highlighter import MarkdownHighlighter
    from workstation.ui.articles.photo_chips import photo_refs_in

    app = qt_app()
    typed = typed_text(WARMUP + KEYSTROKES, seed=7)
    with quiet_alerts() as alerts, tempfile.TemporaryDirectory(prefix="bench-typing-") as tmp:
        window = open_window(Path(tmp))
        assert window.workspace is not None
        workspace = window.workspace
        folder = Path(tmp) / "camera"
        folder.mkdir()
        outcomes = workspace.photos.import_files(_photo_files(folder, PHOTOS, seed=31))
        photos = [o.photo for o in outcomes if o.photo is not None]
        if len(photos) != PHOTOS:
            raise RuntimeError(f"photo import failed: {[str(o.error) for o in outcomes if o.error]}")
        photos = [
            workspace.photos.update_fields(p.id, caption=caption, credit="TT", alt_text=caption)
            for p, caption in zip(photos, PHOTO_CAPTIONS, strict=True)
        ]
        body = _with_photo_refs(
            markdown_body(BODY_WORDS, seed=5000),
            [photo_markdown(p.sha256, p.metadata.alt_text) for p in photos],
        )
        middle = photo_refs_in(body)[PHOTOS // 2]
        middle_block = body.count("\n", 0, middle.start)
        article = workspace.articles.create(
            ArticleContent(
                headline="Parliament votes on the new budget after a long night of talks",
                standfirst="The government's budget passed by four votes. The opposition calls it a "
                "missed chance for families and for the climate.",
                body=body,
                byline="Anna Lindqvist",
                tags=("Budget", "Parliament"),
            )
        )
        for photo in photos:
            workspace.photos.attach(article.id, photo.id, PhotoRole.INLINE)
        window.signals.articles_changed.emit([article.id])
        window.list_pane.select_article(article.id)
        settle(window)
        editor = window.editing.editor
        if editor.article_id != article.id or editor.body_edit.markdown() != body:
            raise RuntimeError("the article did not open in the editor")
        app_edit = editor.body_edit
        if writing:
            window.commands.typewriter_scrolling.setChecked(True)
            window.commands.focus_paragraph.setChecked(True)
            window.commands.writing_mode.setChecked(True)
            settle(window)
            if not window.editing.writing.active:
                raise RuntimeError("writing mode did not start")

        font, size = app_edit.font(), app_edit.size()
        if writing:  # the baseline wraps at the column's width, as the app does
            size.setWidth(app_edit.viewport().width() + app_edit.verticalScrollBar().sizeHint().width() + 2)
        bare_window, bare_edit = bare_editor(body, font, size)
        lit_window, lit_edit = bare_editor(body, font, size)
        lit_highlighter = MarkdownHighlighter(lit_edit.document())
        activate(window)
        app_edit.setFocus()
        idle(50)
        if QApplication.focusWidget() is not app_edit:
            raise RuntimeError("the body field did not get the keyboard focus")
        editors: dict[str, QPlainTextEdit] = {"app": app_edit, "bare": bare_edit, "lit": lit_edit}
        for edit in editors.values():
            _cursor_below(edit, middle_block)
        idle(50)
        # The photos as the body shows them: each a card with its thumbnail, loaded off the GUI
        # thread; typing starts once the one in view is drawn.
        chips = app_edit.photo_chips
        probe = QTextCursor(app_edit.document())
        formats = []
        for position, char in enumerate(app_edit.document().toRawText()):
            if char == "\ufffc":
                probe.setPosition(position + 1)
                formats.append(probe.charFormat())

        def thumbnails_shown() -> int:
            return sum(1 for fmt in formats if chips.look(fmt).card and chips.look(fmt).thumbnail is not None)

        idle_until(lambda: thumbnails_shown() == PHOTOS, 10_000)
        if thumbnails_shown() != PHOTOS:
            raise RuntimeError(f"the body shows {thumbnails_shown()} of the {PHOTOS} thumbnails")
        in_view = _photos_in_view(app_edit)
        if not in_view:
            raise RuntimeError("no photo of the body is in view where the typing goes")
        idle(50)

        writes: list[float] = []  # autosave starting a background write ("Saving…")
        history_loads: list[float] = []  # the history panel reloaded after a write
        window.editing.autosave.state_changed.connect(
            lambda text: writes.append(time.perf_counter()) if text.startswith("Saving") else None
        )
        window.editing.history_panel.loaded.connect(lambda _id: history_loads.append(time.perf_counter()))
        samples: dict[str, list[float]] = {name: [] for name in editors}
        cpu: dict[str, list[float]] = {name: [] for name in editors}  # the GUI thread's own time
        typing_idle = TickMonitor()  # between keystrokes
        pause_stalls: list[float] = []
        all_stalls: list[tuple[float, float]] = []
        per_segment = -(-KEYSTROKES // SEGMENTS)
        names = list(editors)

        windows = {"app": window, "bare": bare_window, "lit": lit_window}

        def focus(name: str) -> None:
            """An editor's turn: its window active, the editor focused, the switch settled."""
            activate(windows[name])
            editors[name].setFocus()
            idle(60)
            if QApplication.focusWidget() is not editors[name]:
                raise RuntimeError(f"the {name} editor did not get the keyboard focus")

        gc.collect()  # not the earlier benchmarks' garbage in the middle of this one
        with gc_pauses() as collections:
            started = time.perf_counter()
            for turn, first in enumerate(range(0, len(typed), TURN)):
                chunk = typed[first : first + TURN]
                order = names[turn % 3 :] + names[: turn % 3]  # rotate who goes first
                for name in order:
                    focus(name)
                    edit = editors[name]
                    for offset, char in enumerate(chunk):
                        i = first + offset
                        slot_start = time.perf_counter()
                        if name == "app" and char == "\n" and typed[i - 1 : i] == "\n":
                            continue  # the body's one Enter made the paragraph break ("\n\n") already
                        t0, c0 = time.perf_counter(), time.thread_time()
                        type_char(edit, char)
                        QApplication.processEvents()
                        if i >= WARMUP:
                            samples[name].append((time.perf_counter() - t0) * 1000)
                            cpu[name].append((time.thread_time() - c0) * 1000)
                        rest = SLOT_MS - (time.perf_counter() - slot_start) * 1000
                        (typing_idle if name == "app" else TickMonitor()).idle(rest)
                    if name == "app":
                        # What the app leaves for a pause in typing (the paragraph's spell check,
                        # the preview) is done before the next editor's turn, not in its time.
                        typing_idle.idle(AFTER_TURN_MS)
                measured = first + len(chunk) - WARMUP
                before = max(0, measured - len(chunk))
                crossed = measured > 0 and measured // per_segment != before // per_segment
                if crossed and measured < KEYSTROKES:
                    focus("app")
                    pause_start = time.perf_counter()
                    monitor = TickMonitor()
                    monitor.idle_until(
                        lambda start=pause_start: (
                            (time.perf_counter() - start) * 1000 >= PAUSE_MS
                            and not window.editing.autosave.has_pending
                            and not window.editing.history_panel.loading
                        ),
                        timeout_ms=PAUSE_MS + 5000,
                    )
                    pause_stalls.append(monitor.worst_ms)
                    all_stalls.extend(monitor.stalls)
        elapsed = time.perf_counter() - started
        all_stalls.extend(typing_idle.stalls)

        # The typing must have landed: in each editor, and (after a final write) in the store.
        focus("app")
        window.editing.autosave.flush_now()
        stored = workspace.articles.get(article.id).body
        final = app_edit.markdown()
        if stored != final or len(final) != len(body) + len(typed):
            raise RuntimeError("the typed text was not saved as typed")
        # The app sets typography as it is typed (a typed apostrophe becomes ’); the bare
        # editors keep the straight one.
        if {bare_edit.toPlainText(), lit_edit.toPlainText()} != {final.replace("\u2019", "'")}:
            raise RuntimeError("the baseline editors did not receive the same keystrokes")
        revisions = len(workspace.articles.revisions(article.id))
        words = count_words(body)
        window_size = window.size()
        close_window(window)
        close_window(bare_window)
        close_window(lit_window)
        del lit_highlighter
        app.processEvents()
    if alerts:
        raise RuntimeError(f"the window showed a message: {alerts[0]}")

    # An autosave cycle: the write starts, is delivered, the history panel reloads (or 0.5 s).
    cycles = [(w, min([h for h in history_loads if h >= w] + [w + 0.5])) for w in writes]

    def cycle_of(start: float, ms: float) -> int | None:
        """The autosave cycle (1-based) this stall fell in, or None."""
        for n, (write, end) in enumerate(cycles, start=1):
            if write - 0.002 <= start + ms / 1000 and start <= end + 0.02:
                return n
        return None

    def in_cycle(start: float, ms: float) -> bool:
        return cycle_of(start, ms) is not None

    def gc_in(start: float, ms: float) -> float:
        """The longest garbage collection overlapping this stall (ms), or 0."""
        end = start + ms / 1000
        return max((g for s, g, _gen in collections if s <= end and s + g / 1000 >= start), default=0.0)

    full = [ms for _start, ms, generation in collections if generation == 2]
    long_stalls = [(start, ms) for start, ms in all_stalls if ms > BUDGET_P99_MS]
    worst_start, worst_ms = max(all_stalls, key=lambda s: s[1], default=(0.0, 0.0))
    worst_cycle = cycle_of(worst_start, worst_ms)
    where = (
        "not during an autosave"
        if worst_cycle is None
        else f"during autosave write {worst_cycle} of {len(cycles)} (write, delivery, history reload)"
    )
    app_ms, bare_ms, lit_ms = samples["app"], samples["bare"], samples["lit"]
    ratio = median(app_ms) / median(bare_ms)
    app_p99 = percentile(app_ms, 99)
    worst_pause = max(pause_stalls) if pause_stalls else 0.0
    over_frame = sum(1 for ms in app_ms if ms > BUDGET_P99_MS)
    notes = [
        f"{KEYSTROKES} keystrokes per editor (after {WARMUP} warm-up), one every {SLOT_MS} ms, in turns of "
        f"{TURN} into each editor (its window active, it focused), in {SEGMENTS} runs with a "
        f"{PAUSE_MS / 1000:.1f} s pause between them; {elapsed:.0f} s in all",
        f"body: {words:,} words, {len(body):,} characters of Markdown (headings, emphasis, quotes, "
        f"lists, links) with {PHOTOS} photos shown as thumbnails with captions ({in_view} in view "
        "while typing, the bare editors show their Markdown); cursor mid-paragraph in the middle; "
        f"window {window_size.width()}x{window_size.height()}, "
        f"body field {size.width()}x{size.height()} px, font {font.family()} {font.pointSizeF():g} pt",
        ("writing mode (F11), typewriter scrolling and focus paragraph on; " if writing else "")
        + f"app (focused, highlighter, counters, autosave):  {_stats(app_ms)}, max {max(app_ms):.1f} ms, "
        f"{over_frame} of {len(app_ms)} over {BUDGET_P99_MS:.0f} ms",
        f"bare QPlainTextEdit:                            {_stats(bare_ms)}, max {max(bare_ms):.1f} ms",
        f"bare + MarkdownHighlighter:                     {_stats(lit_ms)}, max {max(lit_ms):.1f} ms "
        f"(the highlighter alone: +{median(lit_ms) - median(bare_ms):.2f} ms a keystroke at p50)",
        f"GUI thread CPU a keystroke (time.thread_time, not counting waits for a core on a busy "
        f"machine): app {_stats(cpu['app'])}, bare {_stats(cpu['bare'])}, ratio "
        f"{median(cpu['app']) / median(cpu['bare']):.2f} at p50 (informational)",
        f"autosave: {len(writes)} background writes while typing and pausing, {revisions} revision(s) "
        "in the store at the end",
        f"GUI stalls while idle (1 ms tick gaps): longest between keystrokes {typing_idle.worst_ms:.1f} ms, "
        f"longest idling through autosave's idle-timer write {worst_pause:.1f} ms "
        f"(pauses: {', '.join(f'{ms:.1f}' for ms in pause_stalls)} ms); the longest of all "
        f"({worst_ms:.1f} ms) was {where}; {len(long_stalls)} over {BUDGET_P99_MS:.0f} ms, "
        f"{sum(1 for s in long_stalls if in_cycle(*s))} of them during one",
        f"Python GC: {len(full)} full (generation 2) collections during the run"
        + (f", longest {max(full):.1f} ms" if full else "")
        + (
            f"; the longest stall overlapped a {gc_in(worst_start, worst_ms):.1f} ms collection"
            if gc_in(worst_start, worst_ms) > 1
            else ""
        ),
    ]
    return Result(
        name=bench_name,
        measured=f"app {_stats(app_ms)}",
        baseline=f"bare {_stats(bare_ms)}",
        ratio=ratio,
        checks=[
            Check(f"p50 ratio <= {BUDGET_RATIO:.1f}", ratio, BUDGET_RATIO),
            Check(f"app p99 <= {BUDGET_P99_MS:.0f} ms", app_p99, BUDGET_P99_MS),
        ],
        notes=notes,
    )
