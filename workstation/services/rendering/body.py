"""Markdown body -> safe HTML, with the typographic quotes of the article's language."""

from __future__ import annotations

import threading

import markdown

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


def _base_language(language: str) -> str:
    return language.replace("_", "-").split("-")[0].lower()


_local = threading.local()  # a Markdown instance keeps state: one per thread and language


def _converter(language: str) -> markdown.Markdown:
    cache: dict[str, markdown.Markdown] = _local.__dict__.setdefault("converters", {})
    if language not in cache:
        cache[language] = _new_converter(language)
    return cache[language]


def _new_converter(language: str) -> markdown.Markdown:
    left2, right2, left1, right1 = _QUOTES.get(language, _QUOTES["en"])
    return markdown.Markdown(
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


def markdown_to_html(text: str, language: str = "en") -> str:
    """Safe HTML for a Markdown text (the body, or a caption)."""
    converter = _converter(_base_language(language))
    try:
        html = converter.reset().convert(text)
    finally:
        converter.reset()
    return sanitize_html(html)


def inline_markdown_to_html(text: str, language: str = "en") -> str:
    """Like markdown_to_html for one line (a standfirst, a caption), without the <p> wrapper."""
    html = markdown_to_html(text, language).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html
