"""HTML -> the body's Markdown, written so that the renderer (Python-Markdown, services/rendering)
reads it back as the same page.

markdownify does the walk; this converter fixes what would not survive the round trip:

- a line break (<br>) is written `<br>` at the end of the line, which the renderer, the HTML
  export and the block markup all keep, where markdownify's two trailing spaces are invisible in
  the editor and lost to any editor or tool that trims lines;
- a nested list is indented four spaces (Python-Markdown's tab length; markdownify's two are
  read as one flat list);
- a paragraph that starts like a block ("#1 seed", "1. Fight", "- Reuters", "> ") has that
  character escaped, so it stays a paragraph; `<` before a letter is written `&lt;`, so text
  about a tag is not a tag.

Used by a rich paste (services/formats/html_paste.py) and by reading a site's post back
(services/publishing/html_markdown.py). markdownify imports BeautifulSoup (~30 ms): imported on
first use, not at start-up.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

LINE_BREAK = "<br>"
NESTED_INDENT = " " * 4  # Python-Markdown's tab_length

# A line that Markdown would read as a block of its own: heading, quote, list item, rule.
_BLOCK_START = re.compile(
    r"^(?P<lead>\s*)(?P<mark>#|>|[-+*](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|(?P<rule>[-_=])(?:\s*(?P=rule)){2,}\s*$)"
)
_TAG_LIKE = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
_CONVERTER: Any = None
# The source's line end after a <br> is a space to HTML: it would start the next line.
_AFTER_BREAK = re.compile(rf"{LINE_BREAK}\n[ \t]+")


def escape_block_start(line: str) -> str:
    """`line` with a backslash before the character that would make it a heading, a quote, a
    list item or a rule ("1. Fight" -> "1\\. Fight"), so that it stays text."""
    match = _BLOCK_START.match(line)
    if match is None:
        return line
    lead, mark = match.group("lead"), match.group("mark")
    if mark.isdigit():
        end = match.end()
        return f"{line[:end]}\\{line[end:]}"
    return f"{lead}\\{line[len(lead) :]}"


@functools.cache
def _converter_class() -> type:
    from markdownify import MarkdownConverter

    base: Any = MarkdownConverter  # its stub leaves out the convert_* hooks overridden here

    class BodyMarkdownConverter(base):  # type: ignore[misc]
        """markdownify with the body's dialect (see the module's docstring)."""

        def escape(self, text: str, parent_tags: set[str]) -> str:
            text = super().escape(text, parent_tags)
            return _TAG_LIKE.sub("&lt;", _ENTITY_LIKE.sub("&amp;", text)) if text else text

        def convert_br(self, _el: Any, _text: str, parent_tags: set[str]) -> str:
            if "_inline" in parent_tags:  # a heading or a table cell: one line
                return " "
            return f"{LINE_BREAK}\n"

        def convert_p(self, el: Any, text: str, parent_tags: set[str]) -> str:
            converted: str = super().convert_p(el, _AFTER_BREAK.sub(LINE_BREAK + "\n", text), parent_tags)
            if "_inline" in parent_tags or not converted.strip():
                return converted
            lines = converted.strip("\n").split("\n")
            return "\n\n" + "\n".join(escape_block_start(line) for line in lines) + "\n\n"

        def convert_li(self, el: Any, text: str, parent_tags: set[str]) -> str:
            converted: str = super().convert_li(el, _AFTER_BREAK.sub(LINE_BREAK + "\n", text), parent_tags)
            first, _, rest = converted.partition("\n")
            marker = re.match(r"\s*(?:[-*+]|\d+\.)\s", first)
            width = marker.end() if marker else 0
            body = first[width:]
            if marker and not body.startswith("\\"):
                body = escape_block_start(body)
            lines = [first[:width] + body]
            # markdownify indents continuation lines by the marker's width: make it four.
            for line in rest.split("\n"):
                if line.startswith(" " * width) and width:
                    line = NESTED_INDENT + line[width:]
                lines.append(line)
            return "\n".join(lines)

    return BodyMarkdownConverter


BODY_OPTIONS: dict[str, Any] = {
    "heading_style": "ATX",
    "bullets": "-",
    "strong_em_symbol": "*",
    "escape_underscores": False,  # intra-word underscores are text to Python-Markdown
    "escape_asterisks": True,
    "autolinks": False,  # [https://x](https://x), not <https://x>: the sanitizer keeps it
    # Source line ends inside a paragraph are spaces, as a browser shows them (Word and
    # LibreOffice wrap their HTML at 80 columns); lines are not re-wrapped.
    "wrap": True,
    "wrap_width": None,
}


def load() -> None:
    """Import markdownify and BeautifulSoup now (~100 ms on the test machine): the editor has a
    worker do it before the first paste, so a small paste converted on the GUI thread does not
    pay for it."""
    converter()


def converter(**options: Any) -> Any:
    """A converter of the body's dialect; with no options, the shared one with BODY_OPTIONS
    (markdownify keeps no state between documents)."""
    global _CONVERTER
    if options:
        return _converter_class()(**options)
    if _CONVERTER is None:
        _CONVERTER = _converter_class()(**BODY_OPTIONS)
    return _CONVERTER


_LONE_BREAK = re.compile(rf"^[ \t]*{LINE_BREAK}[ \t]*$", re.MULTILINE)
_BREAK_AT_END = re.compile(rf"[ \t]*{LINE_BREAK}[ \t]*(?=\n[ \t]*\n|\n?\Z)")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")


def tidy(markdown: str) -> str:
    """At most one blank line in a row and no trailing spaces; a line break alone on its line
    (two in a row) made a paragraph break; a line break at the end of a paragraph, which shows
    nothing, left out."""
    markdown = _TRAILING_SPACE.sub("", markdown)
    markdown = _LONE_BREAK.sub("", markdown)
    markdown = _BREAK_AT_END.sub("", markdown)
    return _BLANK_RUNS.sub("\n\n", markdown).strip("\n")


def html_to_markdown(html: str | BeautifulSoup) -> str:
    """The body's Markdown for an HTML fragment (or a parsed one)."""
    from bs4 import BeautifulSoup

    soup = html if isinstance(html, BeautifulSoup) else BeautifulSoup(html, "html.parser")
    return tidy(converter().convert_soup(soup))
