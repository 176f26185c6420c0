"""Typography per language: the quotes, dashes and non-breaking spaces a page prints, as plain
text rules. The renderer (services/rendering/body.py) prints the same characters for Markdown,
and the editor's fields apply `autocorrect` as the editor types, so what is typed, previewed and
published agree. Code, URLs and HTML are left as typed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workstation.domain.languages import base_language

NBSP = "\u00a0"
EN_DASH = "\u2013"
EM_DASH = "\u2014"
APOSTROPHE = "\u2019"


@dataclass(frozen=True, slots=True)
class TypographyRules:
    """Which rules apply; each can be turned off (a site that wants straight quotes)."""

    quotes: bool = True  # "" and '' to the language's quotes, ' in words to an apostrophe
    dashes: bool = True  # " - " to " – ", "--" to "–", "---" to "—"
    spaces: bool = True  # non-breaking spaces where the language wants them ("5 km", "10 000")

    @property
    def any(self) -> bool:
        return self.quotes or self.dashes or self.spaces

    def both(self, other: TypographyRules) -> TypographyRules:
        """The rules on in both (the editor's preferences and the site's house style)."""
        return TypographyRules(
            self.quotes and other.quotes, self.dashes and other.dashes, self.spaces and other.spaces
        )


ALL_RULES = TypographyRules()
NO_RULES = TypographyRules(quotes=False, dashes=False, spaces=False)

# (left double, right double, left single, right single). Swedish and Finnish close on both
# sides (”citat”, ’citat’), as their style guides say.
QUOTES: dict[str, tuple[str, str, str, str]] = {
    "en": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "sv": ("\u201d", "\u201d", "\u2019", "\u2019"),
    "fi": ("\u201d", "\u201d", "\u2019", "\u2019"),
    "nb": ("\u00ab", "\u00bb", "\u2018", "\u2019"),
    "da": ("\u00bb", "\u00ab", "\u203a", "\u2039"),
    "de": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "fr": ("\u00ab\u00a0", "\u00a0\u00bb", "\u2039", "\u203a"),
    "es": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
}


def quotes(language: str) -> tuple[str, str, str, str]:
    return QUOTES.get(base_language(language), QUOTES["en"])


# Units a Swedish number keeps on its line (Språkrådet: "5 km", "20 %", "100 kr").
UNITS = (
    "km",
    "m",
    "cm",
    "mm",
    "mil",
    "kg",
    "g",
    "ton",
    "l",
    "dl",
    "cl",
    "ml",
    "%",
    "‰",
    "kr",
    "kronor",
    "öre",
    "procent",
    "miljoner",
    "miljarder",
    "°C",
    "°",
    "h",
    "min",
    "sek",
    "kWh",
    "MWh",
    "kW",
    "MW",
    "GW",
    "SEK",
    "EUR",
    "USD",
    "dollar",
    "euro",
)
# Languages whose pages keep numbers with their units and digit groups together.
SPACE_LANGUAGES = frozenset({"sv"})
_UNIT_ALTERNATIVES = "|".join(re.escape(unit) for unit in sorted(UNITS, key=len, reverse=True))
# A space between a number and its unit; between digit groups ("10 000", not "2023 100").
UNIT_SPACE = rf"(?<=\d) (?=(?:{_UNIT_ALTERNATIVES})(?![\w]))"
GROUP_SPACE = r"(?<=\d)(?<!\d{4}) (?=\d{3}(?!\d))"
# A hyphen between spaces is a dash ("Damascus - several killed"); so is "--".
SPACED_HYPHEN = r"(?<=\s)-(?=\s)"

_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S*|<[^>\n]*>|`[^`\n]*`", re.IGNORECASE)
_OPENING = r"(?:^|(?<=[\s(\[{\u2013\u2014/-]))"  # a quote here opens: at the start, after a space or bracket
_APOSTROPHES = (re.compile(r"(?<=\w)'(?=\w)"), re.compile(r"(?<!\w)'(?=\d{2}s\b)"))
_UNIT_RE = re.compile(UNIT_SPACE)
_GROUP_RE = re.compile(GROUP_SPACE)
_SPACED_HYPHEN_RE = re.compile(SPACED_HYPHEN)


def spaces_apply(language: str) -> bool:
    return base_language(language) in SPACE_LANGUAGES


def typographic_text(text: str, language: str = "en", rules: TypographyRules = ALL_RULES) -> str:
    """Plain text (a headline, a caption) as the page prints it. URLs, <tags> and `code` inside
    it are kept as typed."""
    if not rules.any:
        return text
    kept: list[str] = []

    def hold(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    held = _URL.sub(hold, text)
    held = _plain_rules(held, language, rules)
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], held) if kept else held


def _plain_rules(text: str, language: str, rules: TypographyRules) -> str:
    if rules.quotes and ('"' in text or "'" in text):
        left2, right2, left1, right1 = quotes(language)
        for apostrophe in _APOSTROPHES:
            text = apostrophe.sub(APOSTROPHE, text)
        text = re.sub(_OPENING + '"', left2, text).replace('"', right2)
        text = re.sub(_OPENING + "'", left1, text).replace("'", right1)
    if rules.dashes and "-" in text:
        text = text.replace("---", EM_DASH).replace("--", EN_DASH)
        text = _SPACED_HYPHEN_RE.sub(EN_DASH, text)
    if rules.spaces and spaces_apply(language) and " " in text:
        text = _GROUP_RE.sub(NBSP, _UNIT_RE.sub(NBSP, text))
    return text


@dataclass(frozen=True, slots=True)
class Correction:
    """Replace text[start:end] of the line typed so far with `text`."""

    start: int
    end: int
    text: str


_WORD_END = re.compile(r"[\s.,;:!?)\]}\u201d\u2019\"']")
_CLOSES_BEFORE = frozenset(".,;:!?)]}%\u201d\u2019\u00bb")  # what a closing quote follows
# A decade typed with an opening single quote ('90s): English or Swedish left single quotes.
_DECADE = re.compile(r"(?:(?<=\s)|^)[\u2018\u2019']\d\ds$")
_UNIT_BEFORE = re.compile(rf"(?<=\d) (?:{_UNIT_ALTERNATIVES})$")
_SPACED_HYPHEN = re.compile(r"\S\s-$")
# A hyphen that is Markdown's own: a list item in a quote ("> - item"), a nested item, a rule
# ("- - -"). Only quote and list markers, spaces and hyphens stand before it on the line.
_MARKDOWN_MARKERS = re.compile(r"^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(?:-[ \t]*)*-$")
_NUMBER_SPACE = re.compile(r"\d $")
_GROUPS_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0]\d{3})+$")


def in_code_or_url(line: str) -> bool:
    """Whether the caret at the end of `line` is in inline code, a URL, a link's target or an
    HTML tag, where nothing is corrected."""
    if line.count("`") % 2:
        return True
    token = re.split(r"\s", line)[-1]
    if "://" in token or token.lower().startswith(("www.", "mailto:")) or "](" in token:
        return True
    if "@" in token:  # an e-mail address
        return True
    if line.rfind("](") > line.rfind(")"):  # a link's target and title: [text](url "title")
        return True
    tag = line.rfind("<")
    return tag > line.rfind(">") and re.match(r"</?[A-Za-z!]", line[tag:]) is not None


def autocorrect(line: str, language: str = "en", rules: TypographyRules = ALL_RULES) -> Correction | None:
    """What to change after the last character of `line` (the current line up to the caret,
    that character included) was typed; None for nothing. One correction at a time, so one
    undo step restores what was typed. Called on every keystroke: only the end of the line is
    read, and the code-or-URL test only when a correction is due."""
    if not line or not rules.any:
        return None
    fix = _correction(line, language, rules)
    if fix is None or in_code_or_url(line[:-1]):
        return None
    return fix


def corrects_after(typed: str) -> bool:
    """Whether typing this letter or digit can set anything right by itself: an "s" after '90
    (the decade's apostrophe). Any other letter or digit only ends a "--" or "---" (a dash);
    the rest (quotes, spaces, stops) always asks autocorrect."""
    return typed == "s"


_TAIL = 64  # what a correction can reach back to: a unit, a dash, a number's digit groups


def _correction(line: str, language: str, rules: TypographyRules) -> Correction | None:
    typed, before = line[-1], line[:-1]
    if rules.quotes and typed in "\"'":
        return _quote(typed, before, language)
    if rules.quotes and typed == "s":
        decade = decade_apostrophe(line)
        if decade is not None and line[decade.start] != APOSTROPHE:
            return decade
    fix = None
    if rules.dashes and typed != "-" and "|" not in line:  # a table's |---| stays
        fix = _dash(typed, before)
    if fix is None and rules.spaces and spaces_apply(language):
        fix = _space(typed, before)
    return fix


def _quote(typed: str, before: str, language: str) -> Correction:
    end = len(before) + 1
    left2, right2, left1, right1 = quotes(language)
    # A quote opens unless it follows a letter, a digit or closing punctuation: after a space,
    # an opening bracket, Markdown's * and _, or another opening quote ("'Hi").
    opens = not before or not (before[-1].isalnum() or before[-1] in _CLOSES_BEFORE)
    if typed == '"':
        return Correction(end - 1, end, left2 if opens else right2)
    if before and before[-1].isalnum():
        return Correction(end - 1, end, APOSTROPHE)  # "it's", "Sveriges'"
    return Correction(end - 1, end, left1 if opens else right1)


def decade_apostrophe(line: str) -> Correction | None:
    """'90s: the quote typed before a decade was an apostrophe, not an opening quote; set right
    when the "s" after two digits shows it (as the renderer prints it)."""
    match = _DECADE.search(line[-_TAIL:])
    if match is None:
        return None
    at = len(line) - len(match.group(0))
    return Correction(at, at + 1, APOSTROPHE)


def _dash(typed: str, before: str) -> Correction | None:
    end = len(before) + 1
    if before.endswith("---") and before.strip(" -") != "":
        return Correction(end - 4, end - 1, EM_DASH)
    if before.endswith("--") and not before.endswith("---") and before.strip(" -"):
        return Correction(end - 3, end - 1, EN_DASH)
    if typed.isspace() and _SPACED_HYPHEN.search(before[-_TAIL:]) and not _MARKDOWN_MARKERS.match(before):
        return Correction(end - 2, end - 1, EN_DASH)
    return None


def _space(typed: str, before: str) -> Correction | None:
    end = len(before) + 1
    if typed in "%‰" and _NUMBER_SPACE.search(before[-_TAIL:]):
        return Correction(end - 2, end - 1, NBSP)
    if not _WORD_END.match(typed):
        return None
    offset = max(0, len(before) - _TAIL)
    tail = before[offset:]
    unit = _UNIT_BEFORE.search(tail)
    if unit is not None:
        return Correction(offset + unit.start(), offset + unit.start() + 1, NBSP)
    groups = _GROUPS_BEFORE.search(tail)
    if groups is None or " " not in groups.group(0):
        return None
    start = offset + groups.start()
    if start > 0 and before[start - 1] in "0123456789.,":
        return None  # the tail began inside a longer number
    return Correction(start, offset + groups.end(), groups.group(0).replace(" ", NBSP))
