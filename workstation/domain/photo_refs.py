"""Stored photos placed in a Markdown body.

The syntax is a Markdown image whose URL names a stored photo by its SHA-256:

    ![alt text](photo:3f2a9c...e1)            the full 64 hex digits (what the app writes)
    ![alt text](photo:3f2a9c1b "a title")     a prefix of at least 8 hex digits (typed by hand)

Any Markdown renderer shows such a reference as an image; the preview rewrites `photo:` to its
own `ewsphoto:<sha256>` scheme and an export to a data: URI or a file next to the Markdown.
References inside code (fenced blocks, inline code spans) are text, not photos.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

REF_SCHEME = "photo"
MIN_PREFIX = 8
SHA256_HEX = 64

# ![alt](photo:HEX) or ![alt](photo:HEX "title"); alt may hold escaped brackets.
_REF = re.compile(
    r"!\[(?P<alt>(?:\\.|[^\]\\\n])*)\]\(\s*photo:(?P<ref>[0-9a-fA-F]{"
    + f"{MIN_PREFIX},{SHA256_HEX}"
    + r"})(?P<title>\s+\"[^\"\n]*\")?\s*\)"
)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)


@dataclass(frozen=True, slots=True)
class PhotoRef:
    """One reference in a body: its text span, alt text and the (lower-case) hex it gives."""

    start: int
    end: int
    alt: str
    ref: str
    title: str = ""


def photo_url(sha256: str) -> str:
    return f"{REF_SCHEME}:{sha256.lower()}"


def photo_markdown(sha256: str, alt: str = "") -> str:
    """The reference the app inserts into a body for a stored photo."""
    escaped = alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("\n", " ")
    return f"![{escaped}]({photo_url(sha256)})"


def _code_ranges(text: str) -> list[tuple[int, int]]:
    if "`" not in text and "~~~" not in text:
        return []  # no code: most bodies (the editor reads this on every article it opens)
    ranges: list[tuple[int, int]] = []
    offset = 0
    fence: str | None = None
    fence_start = 0
    for line in text.splitlines(keepends=True) if "```" in text or "~~~" in text else ():
        match = _FENCE.match(line)
        if fence is None and match:
            fence, fence_start = match.group(1), offset
        elif (
            fence is not None
            and match
            and match.group(1)[0] == fence[0]
            and len(match.group(1)) >= len(fence)
        ):
            ranges.append((fence_start, offset + len(line)))
            fence = None
        offset += len(line)
    if fence is not None:
        ranges.append((fence_start, len(text)))
    outside = 0
    for start, end in [*ranges, (len(text), len(text))]:
        ranges.extend(m.span() for m in _CODE_SPAN.finditer(text, outside, start))
        outside = end
    return ranges


def _matches(body: str) -> list[re.Match[str]]:
    code = _code_ranges(body)
    return [m for m in _REF.finditer(body) if not any(start <= m.start() < end for start, end in code)]


def find_photo_refs(body: str) -> list[PhotoRef]:
    """Every photo reference in a body, in order, leaving out those inside code."""
    refs: list[PhotoRef] = []
    for match in _matches(body):
        alt = re.sub(r"\\(.)", r"\1", match.group("alt"))
        title = (match.group("title") or "").strip()[1:-1]
        refs.append(PhotoRef(match.start(), match.end(), alt, match.group("ref").lower(), title))
    return refs


def rewrite_photo_refs(body: str, url_for: Callable[[str], str | None]) -> str:
    """The body with each reference's URL replaced by url_for(hex); a reference for which it
    returns None stays as it was."""
    parts: list[str] = []
    last = 0
    for match in _matches(body):
        url = url_for(match.group("ref").lower())
        if url is None:
            continue
        parts.append(body[last : match.start()])
        parts.append(f"![{match.group('alt')}]({url}{match.group('title') or ''})")
        last = match.end()
    parts.append(body[last:])
    return "".join(parts)


# ![alt](path) or ![alt](<path with spaces>), optionally with a "title".
_IMAGE = re.compile(
    r"!\[(?P<alt>(?:\\.|[^\]\\\n])*)\]\(\s*(?:<(?P<angled>[^>\n]+)>|(?P<plain>[^\s)]+))"
    r"(?P<title>\s+\"[^\"\n]*\")?\s*\)"
)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+:")  # http:, data:, photo:, ... (not C:\)


@dataclass(frozen=True, slots=True)
class LocalImage:
    """An image in a body that names a file (a path, not a URL), as imported Markdown has them."""

    start: int
    end: int
    alt: str
    target: str
    title: str
    line: int  # 1-based, in the body
    written_alt: str  # the alt text as written (Markdown escapes kept)


def find_local_images(body: str) -> list[LocalImage]:
    """Images whose target is a file path (relative or absolute), outside code."""
    code = _code_ranges(body)
    images: list[LocalImage] = []
    for match in _IMAGE.finditer(body):
        if any(start <= match.start() < end for start, end in code):
            continue
        target = match.group("angled") or match.group("plain") or ""
        if _SCHEME.match(target) or target.startswith("#"):
            continue
        alt = re.sub(r"\\(.)", r"\1", match.group("alt"))
        title = (match.group("title") or "").strip()[1:-1]
        line = body.count("\n", 0, match.start()) + 1
        images.append(LocalImage(match.start(), match.end(), alt, target, title, line, match.group("alt")))
    return images


def replace_local_images(body: str, url_for: Callable[[LocalImage], str | None]) -> str:
    """The body with each local image's target replaced by url_for(image), or left as it is."""
    parts: list[str] = []
    last = 0
    for image in find_local_images(body):
        url = url_for(image)
        if url is None:
            continue
        title = f' "{image.title}"' if image.title else ""
        parts.append(body[last : image.start])
        parts.append(f"![{image.written_alt}]({url}{title})")
        last = image.end
    parts.append(body[last:])
    return "".join(parts)


def match_prefix(ref: str, sha256s: list[str] | set[str] | tuple[str, ...]) -> str | None:
    """The one SHA-256 among these that starts with ref, or None (no match or ambiguous)."""
    ref = ref.lower()
    found = [sha for sha in sha256s if sha.startswith(ref)]
    return found[0] if len(found) == 1 else None
