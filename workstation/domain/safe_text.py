"""Characters no stored text may hold: control characters that a terminal or a page acts on
(NUL, ESC and the escape sequences it starts, backspace, bell, carriage return, C1 controls)
and lone UTF-16 surrogates (a YAML or JSON "\\ud800" escape), which SQLite and UTF-8 refuse.

Kept: tab, line feed, form feed, the information separators (\\x1c-\\x1f) and NEL (\\x85),
which a body may carry as text (tests/unit/services/formats/test_import_export.py)."""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0d-\x1b\x7f\x80-\x84\x86-\x9f\ud800-\udfff]")
# For a terminal, everything that is not printed as itself: only tab and line feed stay.
_NOT_PRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _join_surrogate_pairs(text: str) -> str:
    """A pair of surrogates ("\\ud83d\\ude00" in YAML) is one character; lone ones stay lone."""
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def unsafe_count(text: str) -> int:
    """How many characters clean_text would remove."""
    return len(_UNSAFE.findall(_join_surrogate_pairs(text)))


def clean_text(text: str) -> str:
    """text without unsafe characters (surrogate pairs joined into the character they mean)."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub("", _join_surrogate_pairs(text))


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def encodable(text: str) -> str:
    """text that UTF-8 can encode: a surrogate pair joined into its character, a lone surrogate
    replaced by U+FFFD (what a browser shows for a bad character), nothing else changed."""
    if not _LONE_SURROGATE.search(text):
        return text
    return _LONE_SURROGATE.sub("\ufffd", _join_surrogate_pairs(text))


def printable(text: str) -> str:
    """text as a terminal may print it: a control character or lone surrogate is shown as its
    escape (\\x1b, \\ud800), so stored text can never move the cursor or change colours."""
    if not _NOT_PRINTABLE.search(text):
        return text
    return _NOT_PRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
