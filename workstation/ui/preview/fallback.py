"""The simplified preview, for when QtWebEngine cannot run: a QTextBrowser showing the same HTML.

Qt's rich text ignores flex, grid, rounded corners and most sizes, so the layout differs from
the published page; the words, headings, quotes and photos are there. It loads nothing but stored
photos (ewsphoto:) and inline data: images, and follows no link."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QMarginsF, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QStyle, QTextBrowser, QWidget

from workstation.domain.i18n import translate
from workstation.domain.urls import PHOTO_SCHEME
from workstation.ui.preview.photo_cache import remember

PhotoSource = Callable[[str], tuple[str, bytes] | None]

SHA256 = re.compile(r"[0-9a-f]{64}")
NEEDLE_LENGTH = 48  # characters of a paragraph searched for to find it in the document
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SIZE_ATTRIBUTE = re.compile(r"""\s(?:width|height)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
RELAYOUT_MS = 150  # after a resize, photos are fitted to the new width once it settles


def without_image_sizes(html: str) -> str:
    """Rich text sizes an image by its width/height attributes and ignores CSS max-width:
    without them, it uses the image's own size, which loadResource fits to the view."""
    return _IMG_TAG.sub(lambda tag: _SIZE_ATTRIBUTE.sub("", tag.group()), html)


class _TopLevelText(HTMLParser):
    """The text of each top-level element of an HTML fragment."""

    VOID = frozenset({"br", "hr", "img", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            self.texts.append("")
        if tag not in self.VOID:
            self.depth += 1

    def handle_startendtag(self, _tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.depth > 0:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth > 0 and self.texts:
            self.texts[-1] += data


def top_level_texts(fragment: str) -> list[str]:
    parser = _TopLevelText()
    parser.feed(fragment)
    parser.close()
    return [" ".join(text.split()) for text in parser.texts]


def decode_data_url(url: str) -> bytes | None:
    """The bytes of a data:image/... URL, or None."""
    head, comma, payload = url.partition(",")
    if not comma or not head.lower().startswith("data:image/"):
        return None
    if head.lower().endswith(";base64"):
        try:
            return base64.b64decode(payload, validate=False)
        except (binascii.Error, ValueError):
            return None
    return unquote_to_bytes(payload)


def scale_text(document: QTextDocument, zoom: float) -> None:
    """Every run of text at `zoom` times the size it is shown at (headings included)."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                form = fragment.charFormat()
                # Its size as shown: a heading's is an adjustment of the default, which a size
                # in points would not override, so the adjustment goes.
                points = form.font().pointSizeF()
                pixels = form.font().pixelSize()
                form.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                if points > 0:
                    form.setFontPointSize(points * zoom)
                elif pixels > 0:
                    form.setProperty(QTextFormat.Property.FontPixelSize, max(1, round(pixels * zoom)))
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(form)
            iterator += 1
        block = block.next()
    cursor.endEditBlock()


class FallbackPreview(QTextBrowser):
    def __init__(self, photo_source: PhotoSource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewFallback")
        self.setAccessibleName(translate("FallbackPreview", "Preview (simplified)"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.photo_source = photo_source
        self.blocked: list[str] = []
        self._body_texts: list[str] = []
        self.follow_index = -1
        self._html = ""
        self._body_html = ""
        self._laid_out_width = 0
        self.zoom = 1.0  # text and photos scaled by this (a layout cannot be, in rich text)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(RELAYOUT_MS)
        self._relayout.timeout.connect(self._on_relayout_timeout)

    # -- resources: stored photos and inline images only -----------------------------------------

    def loadResource(self, _type: int, name: QUrl | str) -> object:
        name = QUrl(name)
        scheme = name.scheme().lower()
        if scheme == PHOTO_SCHEME:
            return self._photo(name.path())
        if scheme == "data":
            data = decode_data_url(name.toString())
            return self._fitted(QImage.fromData(data) if data else QImage())
        remember(self.blocked, name.toString())
        return None

    def _photo(self, sha: str) -> QImage | None:
        if self.photo_source is None or not SHA256.fullmatch(sha):
            return None
        try:
            found = self.photo_source(sha)
        except Exception:  # noqa: BLE001 - a missing photo, not a broken preview
            return None
        if found is None:
            return None
        return self._fitted(QImage.fromData(found[1]))

    def _fitted(self, image: QImage) -> QImage | None:
        if image.isNull():
            return None
        if abs(self.zoom - 1.0) > 1e-3:
            image = image.scaledToWidth(
                max(1, round(image.width() * self.zoom)), Qt.TransformationMode.SmoothTransformation
            )
        # The width with a vertical scroll bar, which a long page gets once laid out.
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        inner = self.width() - 2 * self.frameWidth() - scroll_bar
        limit = max(1, inner - 2 * int(self.document().documentMargin()) - 2)
        if image.width() > limit:
            return image.scaledToWidth(limit, Qt.TransformationMode.SmoothTransformation)
        return image

    # -- showing -------------------------------------------------------------------------------

    def show_html(self, html: str, body_html: str = "") -> None:
        """Replace the page, keeping the scroll position."""
        self._html, self._body_html = html, body_html
        self._laid_out_width = self.width()
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(without_image_sizes(html))
        if abs(self.zoom - 1.0) > 1e-3:
            scale_text(self.document(), self.zoom)
        self._body_texts = top_level_texts(body_html) if body_html else []
        bar.setValue(position)
        if self.follow_index >= 0:
            self.follow(self.follow_index)

    def set_zoom(self, zoom: float) -> None:
        """Show the text and photos at this size (the page is shown again)."""
        if abs(zoom - self.zoom) < 1e-3:
            return
        self.zoom = zoom
        if self._html:
            self.show_html(self._html, self._body_html)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._html and self.width() != self._laid_out_width:
            self._relayout.start()

    def _on_relayout_timeout(self) -> None:
        if self.width() != self._laid_out_width:
            self.show_html(self._html, self._body_html)

    def reset_scroll(self) -> None:
        self.verticalScrollBar().setValue(0)
        self.follow_index = -1

    def follow(self, index: int) -> None:
        """Scroll so the index-th block of the body is in view, unless it already is. Blocks
        are found by their text, in order (the rich text keeps no element structure)."""
        self.follow_index = index
        if index < 0 or not self._body_texts:
            return
        document = self.document()
        found: QTextCursor | None = None
        position = 0
        for text in self._body_texts[: index + 1]:
            needle = text[:NEEDLE_LENGTH].rsplit(" ", 1)[0] if len(text) > NEEDLE_LENGTH else text
            if not needle:
                continue
            cursor = document.find(needle, position)
            if not cursor.isNull():
                found, position = cursor, cursor.selectionEnd()
        if found is None:
            return
        rect = self.cursorRect(found)
        height = self.viewport().height()
        if rect.top() < 0 or rect.bottom() > height:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 4)

    def print_to_pdf(self, path: str) -> bool:
        writer = QPdfWriter(path)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.document().print_(writer)  # lays out a copy on the page size; the view is untouched
        del writer
        target = Path(path)
        return target.is_file() and target.stat().st_size > 0
