"""Stored photos placed in a Markdown body.

The syntax is a Markdown image whose URL names a stored photo by its SHA-256:

    ![alt text](photo:3f2a9c...e1)            the full 64 hex digits (what the app writes)
    ![alt text](photo:3f2a9c1b "a title")     a prefix of at least 8 hex digits (typed by hand)

Any Markdown renderer shows such a reference as an image; the preview rewrites `photo:` to its
own `ewsphoto:<sha256>` scheme and an export to a data: URI or a file next to the Markdown.
References inside code (fenced blocks, inline code spans) are text, not photos.
"""

from __future__ import annotations

import bisect
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
_BACKTICKS = re.compile(r"`+")


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
    """The spans of code (fenced blocks, inline code spans), sorted and not overlapping."""
    if "`" not in text and "~~~" not in text:
        return []  # no code: most bodies (the editor reads this on every article it opens)
    fences: list[tuple[int, int]] = []
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
            fences.append((fence_start, offset + len(line)))
            fence = None
        offset += len(line)
    if fence is not None:
        fences.append((fence_start, len(text)))
    ranges: list[tuple[int, int]] = []
    outside = 0
    for start, end in [*fences, (len(text), len(text))]:
        ranges.extend(_code_spans(text, outside, start))
        if start < end:
            ranges.append((start, end))
        outside = end
    return ranges


def _code_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Inline code spans in text[start:end], as CommonMark has them: a run of backticks opens a
    span that the next run of the same length closes; a run with no such closer is text. One
    pass over the runs, each told the next run of its length (a regex that looks ahead for a
    closer from each run is quadratic: 40,000 backticks took minutes)."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text, start, end)]
    following: list[int | None] = [None] * len(runs)
    latest: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        following[index] = latest.get(length)
        latest[length] = index
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(runs):
        closer = following[index]
        if closer is None:
            index += 1
            continue
        spans.append((runs[index][0], runs[closer][1]))
        index = closer + 1
    return spans


def _inside(ranges: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """Whether position falls in one of these sorted, disjoint ranges (starts: their starts)."""
    at = bisect.bisect_right(starts, position) - 1
    return at >= 0 and position < ranges[at][1]


def _matches(body: str) -> list[re.Match[str]]:
    code = _code_ranges(body)
    starts = [start for start, _ in code]
    return [m for m in _REF.finditer(body) if not _inside(code, starts, m.start())]


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
    starts = [start for start, _ in code]
    images: list[LocalImage] = []
    lines_before, counted_to = 0, 0
    for match in _IMAGE.finditer(body):
        if _inside(code, starts, match.start()):
            continue
        target = match.group("angled") or match.group("plain") or ""
        if _SCHEME.match(target) or target.startswith("#"):
            continue
        alt = re.sub(r"\\(.)", r"\1", match.group("alt"))
        title = (match.group("title") or "").strip()[1:-1]
        lines_before += body.count("\n", counted_to, match.start())  # counted once, not per image
        counted_to = match.start()
        line = lines_before + 1
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
