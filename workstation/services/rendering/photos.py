"""Stored photos in a page that must stand alone (an export): ewsphoto: URLs only mean something
inside the app, so each becomes a data: URI of the photo's web rendition, or leaves the page.

Works on sanitized HTML (nh3's output): lower-case tags, attributes in double quotes."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from workstation.services.rendering.sanitize import is_image_data_url, is_photo_url

PhotoResolver = Callable[[str], str | None]
"""Maps a stored photo's URL (ewsphoto:<sha256>) to a data: URI of its web rendition, or None."""

_ATTRIBUTES = r'(?:[^>"]|"[^"]*")*'  # a tag's attributes; a quoted value may hold ">"
_IMG = re.compile(rf"<img\b{_ATTRIBUTES}>", re.IGNORECASE)
_SRC = re.compile(r'(\ssrc=")([^"]*)(")', re.IGNORECASE)
_HREF = re.compile(r'\shref="([^"]*)"', re.IGNORECASE)
_A_OPEN = re.compile(rf"<a\b{_ATTRIBUTES}>", re.IGNORECASE)
_FIGURE = re.compile(r"<figure\b[^>]*>(.*?)</figure>", re.IGNORECASE | re.DOTALL)


def resolve_photo_src(src: str, resolve: PhotoResolver | None) -> str | None:
    """The src a standalone page may use: data: image URIs as they are, stored photos through
    `resolve`, anything else (or an unresolved photo) None."""
    if is_image_data_url(src):
        return src.strip()
    if is_photo_url(src) and resolve is not None:
        data = resolve(src.strip())
        if data is not None and is_image_data_url(data):
            return data
    return None


def _img_src(tag: str) -> str | None:
    match = _SRC.search(tag)
    return html.unescape(match.group(2)) if match else None


def embed_photos(fragment: str, resolve: PhotoResolver | None) -> str:
    """The fragment with every stored photo embedded or dropped. A figure whose only pictures
    were dropped goes with its caption; a link to a stored photo keeps its text, not its target."""

    def figure(match: re.Match[str]) -> str:
        images = _IMG.findall(match.group(1))
        if images and all(_dropped(tag) for tag in images):
            return ""
        return match.group(0)

    def _dropped(tag: str) -> bool:
        src = _img_src(tag)
        return src is None or resolve_photo_src(src, resolve) is None

    def image(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _img_src(tag)
        if src is None:
            return tag
        embedded = resolve_photo_src(src, resolve)
        if embedded is None:
            return ""
        return _SRC.sub(lambda m: f"{m.group(1)}{html.escape(embedded)}{m.group(3)}", tag, count=1)

    def link(match: re.Match[str]) -> str:
        tag = match.group(0)
        href = _HREF.search(tag)
        if href is not None and is_photo_url(html.unescape(href.group(1))):
            return tag[: href.start()] + tag[href.end() :]
        return tag

    fragment = _FIGURE.sub(figure, fragment)
    fragment = _IMG.sub(image, fragment)
    return _A_OPEN.sub(link, fragment)
