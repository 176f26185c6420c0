"""Markdown body -> safe HTML, with the typographic quotes of the article's language."""

from __future__ import annotations

import re
import threading
from html import escape, unescape

import markdown
from markdown.extensions.smarty import SubstituteTextPattern
from markdown.treeprocessors import InlineProcessor

from workstation.domain.languages import base_language
from workstation.services.rendering.sanitize import sanitize_html

# smarty's substitutions per language: (left double, right double, left single, right single).
_QUOTES: dict[str, tuple[str, str, str, str]] = {
    "en": ("&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;"),
    "sv": ("&rdquo;", "&rdquo;", "&rsquo;", "&rsquo;"),
    "fi": ("&rdquo;", "&rdquo;", "&rsquo;", "&rsquo;"),
    "nb": ("&laquo;", "&raquo;", "&lsquo;", "&rsquo;"),
    "da": ("&raquo;", "&laquo;", "&rsaquo;", "&lsaquo;"),
    "de": ("&bdquo;", "&ldquo;", "&sbquo;", "&lsquo;"),
    "fr": ("&laquo;&nbsp;", "&nbsp;&raquo;", "&lsaquo;", "&rsaquo;"),
    "es": ("&laquo;", "&raquo;", "&ldquo;", "&rdquo;"),
}


_local = threading.local()  # a Markdown instance keeps state: one per thread and language


def _converter(language: str) -> markdown.Markdown:
    cache: dict[str, markdown.Markdown] = _local.__dict__.setdefault("converters", {})
    if language not in cache:
        cache[language] = _new_converter(language)
    return cache[language]


# An apostrophe is U+2019 in every language, whatever its closing single quote ("it's", "'80s",
# "l'homme"); smarty would use the closing quote (German "it‘s"). These run before its patterns.
_APOSTROPHES = (r"(?<=\w)'(?=\w)", r"(?<!\w)'(?=\d{2}s\b)")
_APOSTROPHE_PRIORITY = 35  # smarty's quote patterns start at 30
# What WordPress's wptexturize does to a post's text beyond smarty's quotes, dashes and
# ellipses, done here too so the preview prints what the site prints: a hyphen between spaces is
# an en dash ("Stockholm - The"), 2x3 is 2×3 (never 0x1F), " (tm)" is ™. (pattern, replacement;
# an int is a group kept, priority): smarty's en dash "--" is 45, so "--" is never read as two.
_TEXTURIZE: tuple[tuple[str, tuple[int | str, ...], int], ...] = (
    (r"(?<=\s)-(?=\s)", ("&ndash;",), 44),
    (r"\b(0[\d.,]+|[1-9][\d.,]*)x(\d[\d.,]*)\b", (1, "&times;", 2), 43),
    (r"(?<= )\(tm\)", ("&trade;",), 42),
)


def _new_converter(language: str) -> markdown.Markdown:
    left2, right2, left1, right1 = _QUOTES.get(language, _QUOTES["en"])
    converter = markdown.Markdown(
        extensions=["extra", "sane_lists", "smarty"],
        extension_configs={
            "smarty": {
                "substitutions": {
                    "left-double-quote": left2,
                    "right-double-quote": right2,
                    "left-single-quote": left1,
                    "right-single-quote": right1,
                }
            }
        },
        output_format="html",
    )
    smarty = converter.treeprocessors["smarty"]
    assert isinstance(smarty, InlineProcessor)
    for index, pattern in enumerate(_APOSTROPHES):
        smarty.inlinePatterns.register(  # the stubs type this registry with the wrong class
            SubstituteTextPattern(pattern, ("&rsquo;",), converter),  # type: ignore[arg-type]
            f"apostrophe-{index}",
            _APOSTROPHE_PRIORITY - index,
        )
    for index, (pattern, replacement, priority) in enumerate(_TEXTURIZE):
        smarty.inlinePatterns.register(
            SubstituteTextPattern(pattern, replacement, converter),  # type: ignore[arg-type]
            f"texturize-{index}",
            priority,
        )
    return converter


def markdown_to_html(text: str, language: str = "en") -> str:
    """Safe HTML for a Markdown text (the body, or a caption)."""
    base = base_language(language)
    converter = _converter(base)
    try:
        html = converter.reset().convert(text)
    except RecursionError:  # thousands of nested list markers or quotes: show the text as typed
        _local.converters.pop(base, None)  # a converter interrupted half-way is not reused
        html = plain_text_html(text)
    finally:
        converter.reset()
    return sanitize_html(html)


def plain_text_html(text: str) -> str:
    """Text as paragraphs, with no Markdown: what a page shows when Markdown cannot be read."""
    paragraphs = (part.strip() for part in text.replace("\r\n", "\n").split("\n\n"))
    return "\n".join(f"<p>{escape(part)}</p>" for part in paragraphs if part)


def inline_markdown_to_html(text: str, language: str = "en") -> str:
    """Like markdown_to_html for one line (a standfirst, a caption), without the <p> wrapper."""
    html = markdown_to_html(text, language).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html


_APOSTROPHE_RES = tuple(re.compile(pattern) for pattern in _APOSTROPHES)
_OPENING = r"(?:^|(?<=[\s(\[{\u2013\u2014/-]))"  # a quote here opens: at the start, after a space or bracket


def typographic_quotes(text: str, language: str = "en") -> str:
    """Plain text (a headline, a caption) with the quotes of its language, as the body has them."""
    if '"' not in text and "'" not in text:
        return text
    left2, right2, left1, right1 = (unescape(q) for q in _QUOTES.get(base_language(language), _QUOTES["en"]))
    for apostrophe in _APOSTROPHE_RES:
        text = apostrophe.sub("\u2019", text)
    text = re.sub(_OPENING + '"', left2, text).replace('"', right2)
    return re.sub(_OPENING + "'", left1, text).replace("'", right1)
