"""Pasting into the body: a page's HTML made clean Markdown (off the GUI thread when it is
large), wire copy made one paragraph a line, and the pasted page's pictures offered to the
Photos tab, never linked.

The conversions are Qt-free (services/formats/html_paste.py and text_paste.py). Here: what the
clipboard holds, where the text goes (a cursor that follows edits made while a large page is
converted), one undo step for the insertion, the question about pictures, and the status-bar
line that says what was left out.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from workstation.domain.i18n import translate
from workstation.domain.text import plural, slugify
from workstation.services.formats import body_markdown
from workstation.services.formats.html_paste import ImageKind, PastedHtml, PastedImage, convert_html
from workstation.services.formats.text_paste import fit, paragraphs_from_text
from workstation.ui.common import alerts
from workstation.ui.common.tasks import TaskRunner

# Up to this much HTML converts on the GUI thread: measured ~25 ms for 16,000 characters of a
# browser's page (inline styles on every element) on the 2-core test machine, so the text is
# there before the next keystroke. More goes to a worker (a 5,000-word page: ~150-450 ms).
SYNC_HTML_LIMIT = 16_000
MARKDOWN_TYPES = ("text/markdown", "text/x-markdown")
# Qt's own rich text (a copy from this app's fields, or another Qt program): the text is what
# was typed, Markdown included; converting Qt's HTML rendering of it would escape its syntax.
_QT_RICH_TEXT = 'name="qrichtext"'
_OWN_FORMAT = "workstation"  # a private type this app puts on the clipboard (photo references)
_HIDDEN = re.compile(r"<(script|style|title|head|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"(?:\s|&nbsp;|&#160;|&#xa0;)+", re.IGNORECASE)


def has_visible_text(html: str) -> bool:
    """Whether HTML has text to read (an image copied alone in a browser has none)."""
    return bool(_SPACE.sub("", _TAG.sub("", _HIDDEN.sub("", html))))


def verbatim_text(mime: QMimeData) -> str | None:
    """The text to paste as it is, when the clipboard's text is Markdown already: a copy from
    this app (Qt's own HTML, or a private format) or from a Markdown editor (text/markdown)."""
    own = any(_OWN_FORMAT in kind for kind in mime.formats())
    if own or (mime.hasHtml() and _QT_RICH_TEXT in mime.html()[:2000]):
        return mime.text()  # not Qt's text/markdown: that is its writer's, escaping the syntax
    for kind in MARKDOWN_TYPES:
        if mime.hasFormat(kind):
            return bytes(mime.data(kind).data()).decode("utf-8", "replace")
    return None


class _Paste:
    """A paste on its way: the selection it replaces, what it was, and when (for the
    benchmark). The selection is held by a cursor at each end that keeps its place when text is
    typed there meanwhile, so typing while a large page converts follows the paste, as if the
    paste had been instant (one cursor's anchor would move with the typing and take it in)."""

    def __init__(self, selection: QTextCursor, generation: int, html: str, text: str) -> None:
        self.start = QTextCursor(selection.document())
        self.start.setPosition(selection.selectionStart())
        self.end = QTextCursor(selection.document())
        self.end.setPosition(selection.selectionEnd())
        for end in (self.start, self.end):
            end.setKeepPositionOnInsert(True)
        self.generation, self.html, self.text = generation, html, text
        self.started = time.perf_counter()

    def selection(self) -> QTextCursor:
        # Positions only: a kept cursor's anchor does move with text typed at it.
        start = self.start.position()
        cursor = QTextCursor(self.start.document())
        cursor.setPosition(start)
        cursor.setPosition(max(start, self.end.position()), QTextCursor.MoveMode.KeepAnchor)
        return cursor


@dataclass(frozen=True, slots=True)
class _LeftOut:
    image: PastedImage
    why: str


def _left_out_reason(image: PastedImage) -> str | None:
    """Why a picture cannot be offered to the Photos tab (None: it can)."""
    if image.kind is ImageKind.EMBEDDED:
        return None
    if image.kind is ImageKind.LOCAL_FILE:
        if image.path is not None and image.path.is_file():
            return None
        return translate(
            "BodyPaste", "its file is no longer there (Word removes its copies once the document is closed)"
        )
    if image.kind is ImageKind.WEB:
        return translate(
            "BodyPaste", "pictures on the web are never linked from the body; save it and use Add Photos"
        )
    return translate("BodyPaste", "it could not be read")


class BodyPaster(QObject):
    """Pastes into one QPlainTextEdit (the body). `insert` puts Markdown at a cursor (the
    body's insert_markdown: photo references become pictures there)."""

    reported = Signal(str)  # a line for the status bar: what the paste did or left out
    images_accepted = Signal(list)  # list[Path]: the pictures the editor agreed to add
    finished = Signal(float)  # a paste is in the text; seconds since Ctrl+V (benchmark, tests)

    def __init__(self, edit: QPlainTextEdit, insert: Callable[[QTextCursor, str], None]) -> None:
        super().__init__(edit)
        self._edit = edit
        self._insert_markdown = insert
        self._tasks = TaskRunner(self)
        self._generation = 0
        self._pending = 0
        self._folder: Path | None = None
        self._warmed = False

    def warm_up(self) -> None:
        """Load the HTML converter on a worker, once (before the first paste needs it)."""
        if not self._warmed:
            self._warmed = True
            self._tasks.run(body_markdown.load, lambda _none: None, lambda _exc: None)

    @property
    def busy(self) -> bool:
        """A large page is being converted."""
        return self._pending > 0

    def forget_pending(self) -> None:
        """The body's text was replaced (another article): a conversion under way is dropped."""
        self._generation += 1

    # -- what the clipboard holds ---------------------------------------------------------

    def insert_rich(self, mime: QMimeData) -> bool:
        """Paste HTML with text in it (or Markdown from a Markdown source) at the caret.
        False if the clipboard has no such thing (a photo, plain text)."""
        verbatim = verbatim_text(mime)
        if verbatim is not None:
            self._insert(QTextCursor(self._edit.textCursor()), verbatim, time.perf_counter())
            return True
        html = mime.html() if mime.hasHtml() else ""
        # Apps put the text beside the HTML; reading 170 kB of HTML for it costs ~15 ms.
        if not html or not ((mime.hasText() and mime.text().strip()) or has_visible_text(html)):
            return False
        paste = _Paste(self._edit.textCursor(), self._generation, html, mime.text())
        if len(html) <= SYNC_HTML_LIMIT:
            try:
                result = convert_html(html)
            except Exception as exc:  # noqa: BLE001 - any failure: paste the plain text instead
                self._on_conversion_failed(paste, exc)
            else:
                self._deliver(paste, result)
            return True
        self._pending += 1
        self.reported.emit("Converting the pasted text…")
        self._tasks.run(
            lambda: convert_html(html),
            lambda result: self._on_converted(paste, result),
            lambda exc: self._on_converted(paste, exc),
        )
        return True

    def insert_text(self, mime: QMimeData) -> bool:
        """Paste the clipboard's plain text (wire copy becomes paragraphs). False if it has none."""
        if not mime.hasText() or not mime.text():
            return False
        self.insert_plain(mime.text())
        return True

    def insert_plain(self, text: str) -> None:
        """Paste plain text at the caret, one paragraph a line when it is wire copy."""
        self._insert(QTextCursor(self._edit.textCursor()), paragraphs_from_text(text), time.perf_counter())

    # -- conversion ------------------------------------------------------------------------

    def _on_converted(self, paste: _Paste, result: PastedHtml | BaseException) -> None:
        self._pending -= 1
        self.reported.emit("")  # "Converting…" is over (what was left out is said next)
        if isinstance(result, BaseException):
            self._on_conversion_failed(paste, result)
        else:
            self._deliver(paste, result)

    def _on_conversion_failed(self, paste: _Paste, exc: BaseException) -> None:
        if paste.generation != self._generation:
            return
        self._insert(paste.selection(), paragraphs_from_text(paste.text), paste.started)
        self.reported.emit(f"The pasted formatting could not be read ({exc}); pasted as plain text.")

    def _deliver(self, paste: _Paste, result: PastedHtml) -> None:
        if paste.generation != self._generation:
            return
        # HTML that adds nothing to its plain text (a code editor's coloured lines): the text.
        plain = not result.rich and paste.text.strip()
        markdown = paragraphs_from_text(paste.text) if plain else result.markdown
        self._insert(paste.selection(), markdown, paste.started)
        self._offer_images(result)

    # -- into the text ---------------------------------------------------------------------

    def _insert(self, cursor: QTextCursor, markdown: str, started: float) -> None:
        """`markdown` in place of the cursor's selection, as one undo step; the caret after it,
        unless the editor moved it while a large page was converted (then it stays put)."""
        document = self._edit.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        caret = self._edit.textCursor()
        follow = (caret.selectionStart(), caret.selectionEnd()) == (start, end)
        before = _document_text(document, max(0, start - 2), start)
        after = _document_text(document, end, end + 2)
        markdown = fit(before, after, markdown)
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        self._insert_markdown(cursor, markdown)
        cursor.endEditBlock()
        if follow:
            self._edit.setTextCursor(cursor)
            self._edit.ensureCursorVisible()
        self.finished.emit(time.perf_counter() - started)

    # -- pictures --------------------------------------------------------------------------

    def _offer_images(self, result: PastedHtml) -> None:
        offered: list[PastedImage] = []
        left_out: list[_LeftOut] = []
        for image in result.images:
            why = _left_out_reason(image)
            if why is None:
                offered.append(image)
            else:
                left_out.append(_LeftOut(image, why))
        note = _left_out_note(left_out)
        if offered:
            names = "\n".join(f"• {image.alt or image.name}" for image in offered)
            count = plural(len(offered), "picture")
            them, they, go = ("it", "It", "goes") if len(offered) == 1 else ("them", "They", "go")
            message = translate(
                "BodyPaster",
                "The text pasted from {source} has {count}:\n{names}\n\nAdd {them} to this article's "
                "photos? {they} {go} into the body after the pasted text, and the Photos tab has {them} "
                "for caption, credit and rights.",
            ).format(source=result.source, count=count, names=names, them=them, they=they, go=go)
            if note:
                message += f"\n\n{note}"
            if alerts.confirm(
                self._edit.window(),
                translate("BodyPaster", "Add the pasted pictures?"),
                message,
                translate("BodyPaster", "Add {count}").format(count=count),
            ):
                self.images_accepted.emit(self._files_for(offered))
                added = translate(
                    "BodyPaster", "Pasted from {source}; adding {count} to the Photos tab."
                ).format(source=result.source, count=count)
                self.reported.emit(added + _tail(note))
                return
            self.reported.emit(f"Pasted from {result.source} without its {count}." + _tail(note))
            return
        if note:
            self.reported.emit(f"Pasted from {result.source}. {note}")

    def _files_for(self, images: list[PastedImage]) -> list[Path]:
        """Each picture as a file the Photos tab imports: a local file as it is, inline data
        written to a folder of this session's (removed when the app quits)."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="workstation-paste-"))
            weakref.finalize(self, shutil.rmtree, self._folder, ignore_errors=True)
        paths: list[Path] = []
        for image in images:
            if image.kind is ImageKind.LOCAL_FILE and image.path is not None:
                paths.append(image.path)
            elif image.data is not None:
                stem = slugify(image.alt)[:60].strip("-") or "pasted-picture"
                path = self._folder / f"{stem}{image.suffix}"
                number = 1
                while path.exists():
                    number += 1
                    path = self._folder / f"{stem}-{number}{image.suffix}"
                path.write_bytes(image.data)
                paths.append(path)
        return paths


def _document_text(document: object, start: int, end: int) -> str:
    """The text between two positions (paragraph separators as line ends)."""
    from PySide6.QtGui import QTextDocument

    assert isinstance(document, QTextDocument)
    cursor = QTextCursor(document)
    cursor.setPosition(min(start, document.characterCount() - 1))
    cursor.setPosition(min(end, document.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


def _left_out_note(left_out: list[_LeftOut]) -> str:
    if not left_out:
        return ""
    if len(left_out) == 1:
        item = left_out[0]
        return translate("BodyPaste", "Left out a picture ({name}): {why}.").format(
            name=item.image.name, why=item.why
        )
    reasons: dict[str, list[str]] = {}
    for item in left_out:
        reasons.setdefault(item.why, []).append(item.image.name)
    parts = [f"{plural(len(names), 'picture')} ({', '.join(names)}): {why}" for why, names in reasons.items()]
    return translate("BodyPaste", "Left out ") + "; ".join(parts) + "."


def _tail(note: str) -> str:
    return f" {note}" if note else ""
