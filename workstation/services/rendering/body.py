"""Markdown body -> safe HTML, with the typography of the article's language (domain/typography.py)."""

from __future__ import annotations

import threading
from functools import lru_cache
from html import escape
from html.entities import codepoint2name

import markdown
from markdown.extensions.smarty import SubstituteTextPattern
from markdown.treeprocessors import InlineProcessor

from workstation.domain.languages import base_language
from workstation.domain.typography import (
    ALL_RULES,
    GROUP_SPACE,
    QUOTES,
    SPACED_HYPHEN,
    UNIT_SPACE,
    TypographyRules,
    spaces_apply,
    typographic_text,
)
from workstation.services.rendering.markdown_chunks import chunks
from workstation.services.rendering.sanitize import sanitize_html

CHUNK_CACHE = 4096  # rendered runs of blocks kept: a long article's paragraphs, several times over


def _entities(text: str) -> str:
    """A quote as the HTML the page has always printed ("&rdquo;")."""
    return "".join(f"&{codepoint2name[ord(char)]};" if ord(char) in codepoint2name else char for char in text)


# smarty's substitutions per language: (left double, right double, left single, right single).
_QUOTES: dict[str, tuple[str, ...]] = {
    language: tuple(_entities(quote) for quote in chars) for language, chars in QUOTES.items()
}

# The page's typography rules (the site's, services/site_style.py): one for every page this
# process renders (preview, export, publishing), so preview and site print the same.
_site_rules = [ALL_RULES]


def use_site_typography(rules: TypographyRules) -> None:
    _site_rules[0] = rules


def site_typography() -> TypographyRules:
    return _site_rules[0]


_local = threading.local()  # a Markdown instance keeps state: one per thread and language


def _converter(language: str, rules: TypographyRules) -> markdown.Markdown:
    cache: dict[tuple[str, TypographyRules], markdown.Markdown] = _local.__dict__.setdefault("converters", {})
    key = (language, rules)
    if key not in cache:
        cache[key] = _new_converter(language, rules)
    return cache[key]


# An apostrophe is U+2019 in every language, whatever its closing single quote ("it's", "'80s",
# "l'homme"); smarty would use the closing quote (German "it‘s"). These run before its patterns.
_APOSTROPHES = (r"(?<=\w)'(?=\w)", r"(?<!\w)'(?=\d{2}s\b)")
_APOSTROPHE_PRIORITY = 35  # smarty's quote patterns start at 30
# What WordPress's wptexturize does to a post's text beyond smarty's quotes, dashes and
# ellipses, done here too so the preview prints what the site prints: a hyphen between spaces is
# an en dash ("Stockholm - The"), 2x3 is 2×3 (never 0x1F), " (tm)" is ™. (pattern, replacement;
# an int is a group kept, priority): smarty's en dash "--" is 45, so "--" is never read as two.
_DASHES = ((SPACED_HYPHEN, ("&ndash;",), 44),)
_TEXTURIZE: tuple[tuple[str, tuple[int | str, ...], int], ...] = (
    (r"\b(0[\d.,]+|[1-9][\d.,]*)x(\d[\d.,]*)\b", (1, "&times;", 2), 43),
    (r"(?<= )\(tm\)", ("&trade;",), 42),
)
# Non-breaking spaces of the languages that want them (domain/typography.py): "5&nbsp;km".
_SPACES = ((UNIT_SPACE, ("&nbsp;",), 41), (GROUP_SPACE, ("&nbsp;",), 40))


def _new_converter(language: str, rules: TypographyRules) -> markdown.Markdown:
    left2, right2, left1, right1 = _QUOTES.get(language, _QUOTES["en"])
    converter = markdown.Markdown(
        extensions=["extra", "sane_lists", "smarty"],
        extension_configs={
            "smarty": {
                "smart_quotes": rules.quotes,
                "smart_dashes": rules.dashes,
                "substitutions": {
                    "left-double-quote": left2,
                    "right-double-quote": right2,
                    "left-single-quote": left1,
                    "right-single-quote": right1,
                },
            }
        },
        output_format="html",
    )
    smarty = converter.treeprocessors["smarty"]
    assert isinstance(smarty, InlineProcessor)
    for index, pattern in enumerate(_APOSTROPHES if rules.quotes else ()):
        smarty.inlinePatterns.register(  # the stubs type this registry with the wrong class
            SubstituteTextPattern(pattern, ("&rsquo;",), converter),  # type: ignore[arg-type]
            f"apostrophe-{index}",
            _APOSTROPHE_PRIORITY - index,
        )
    patterns = (*(_DASHES if rules.dashes else ()), *_TEXTURIZE)
    patterns += _SPACES if rules.spaces and spaces_apply(language) else ()
    for index, (pattern, replacement, priority) in enumerate(patterns):
        smarty.inlinePatterns.register(
            SubstituteTextPattern(pattern, replacement, converter),  # type: ignore[arg-type]
            f"texturize-{index}",
            priority,
        )
    return converter


def markdown_to_html(text: str, language: str = "en", rules: TypographyRules | None = None) -> str:
    """Safe HTML for a Markdown text (the body, or a caption), with the site's typography
    unless `rules` are given. Rendered by runs of blocks (services/rendering/markdown_chunks.py),
    each kept: typing changes one, and only that one is rendered again."""
    base = base_language(language)
    rules = rules if rules is not None else site_typography()
    runs = chunks(text)
    if runs is None:
        html = _converted(text, base, rules)
    else:
        html = "\n".join(part for part in (_chunk_html(run, base, rules) for run in runs) if part)
    return sanitize_html(html)


@lru_cache(maxsize=CHUNK_CACHE)
def _chunk_html(text: str, language: str, rules: TypographyRules) -> str:
    return _converted(text, language, rules)


def _converted(text: str, language: str, rules: TypographyRules) -> str:
    converter = _converter(language, rules)
    try:
        return converter.reset().convert(text)
    except RecursionError:  # thousands of nested list markers or quotes: show the text as typed
        _local.converters.pop((language, rules), None)  # a converter interrupted half-way is not reused
        return plain_text_html(text)
    finally:
        converter.reset()


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


def typographic_quotes(text: str, language: str = "en") -> str:
    """Plain text (a headline, a caption) with the site's typography for its language: quotes,
    dashes and spaces as the body has them."""
    return typographic_text(text, language, site_typography())
