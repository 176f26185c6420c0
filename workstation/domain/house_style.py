"""House style: the newsroom's own rules, checked before publishing (services/preflight.py).

The rules are a UTF-8 text the newsroom edits, one a line (# starts a comment):

    headline limit: 90          characters a headline may have on the site
    sentence limit: 35          words a sentence may have
    banned: utilize => use      a word never printed (with what to write instead)
    discouraged: very           a word to think twice about
    spelling: Kim Jong-un       the one spelling of a name ("Kim Jong-Un" is flagged)
    typography quotes: off      the page's typography rules (quotes, dashes, spaces): on or off

Repeated words ("the the") and double spaces are always checked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workstation.domain.typography import TypographyRules

DEFAULT_HEADLINE_LIMIT = 90
DEFAULT_SENTENCE_LIMIT = 40


@dataclass(frozen=True, slots=True)
class WordRule:
    word: str
    advice: str = ""  # what to write instead


@dataclass(frozen=True, slots=True)
class HouseStyle:
    headline_limit: int = DEFAULT_HEADLINE_LIMIT
    sentence_limit: int = DEFAULT_SENTENCE_LIMIT
    banned: tuple[WordRule, ...] = ()
    discouraged: tuple[WordRule, ...] = ()
    spellings: tuple[str, ...] = ()
    typography: TypographyRules = field(default_factory=TypographyRules)


@dataclass(frozen=True, slots=True)
class StyleFinding:
    field: str  # headline, standfirst, body, byline, source_note
    message: str


_LIMITS = {"headline limit": "headline_limit", "sentence limit": "sentence_limit"}
_TYPOGRAPHY = {"typography quotes": "quotes", "typography dashes": "dashes", "typography spaces": "spaces"}


_COMMENT = re.compile(r"(?:^|\s)#.*$")


def parse_house_style(text: str, source: str, base: HouseStyle | None = None) -> tuple[HouseStyle, list[str]]:
    """The rules of `text` added to `base` (the organisation's); problems name `source` and
    the line, and that line is ignored."""
    style = base or HouseStyle()
    values: dict[str, object] = {
        "headline_limit": style.headline_limit,
        "sentence_limit": style.sentence_limit,
    }
    banned, discouraged, spellings = list(style.banned), list(style.discouraged), list(style.spellings)
    typography = {"quotes": style.typography.quotes, "dashes": style.typography.dashes}
    typography["spaces"] = style.typography.spaces
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _COMMENT.sub("", raw).strip()  # "# …" at the start or after a space: "C#" is a word
        if not line:
            continue
        key, colon, value = (part.strip() for part in line.partition(":"))
        key = key.lower()
        where = f"{source}, line {number}"
        if not colon or not value:
            problems.append(
                f'{where}: write "kind: value", e.g. "banned: utilize => use", got "{raw.strip()}"'
            )
        elif key in _LIMITS:
            if not value.isdigit() or not 1 <= int(value) <= 1000:
                problems.append(f"{where}: {key} must be a number from 1 to 1000, got {value!r}")
            else:
                values[_LIMITS[key]] = int(value)
        elif key in ("banned", "discouraged"):
            word, _, advice = (part.strip() for part in value.partition("=>"))
            if not word:
                problems.append(f'{where}: {key} needs a word before "=>", got "{raw.strip()}"')
            else:
                (banned if key == "banned" else discouraged).append(WordRule(word, advice))
        elif key == "spelling":
            spellings.append(value)
        elif key in _TYPOGRAPHY:
            if value.lower() not in ("on", "off"):
                problems.append(f"{where}: {key} must be on or off, got {value!r}")
            else:
                typography[_TYPOGRAPHY[key]] = value.lower() == "on"
        else:
            known = ", ".join([*_LIMITS, "banned", "discouraged", "spelling", *_TYPOGRAPHY])
            problems.append(f"{where}: unknown rule {key!r} (known: {known})")
    headline_limit, sentence_limit = values["headline_limit"], values["sentence_limit"]
    assert isinstance(headline_limit, int)
    assert isinstance(sentence_limit, int)
    result = HouseStyle(
        headline_limit=headline_limit,
        sentence_limit=sentence_limit,
        banned=tuple(banned),
        discouraged=tuple(discouraged),
        spellings=tuple(spellings),
        typography=TypographyRules(**typography),
    )
    return result, problems


# What is not prose: code, links' targets, HTML tags, URLs (a repeated word there is no typo).
_NOT_PROSE = re.compile(r"```.*?```|`[^`\n]*`|\]\([^)\n]*\)|<[^>\n]*>|https?://\S+", re.DOTALL)
_REPEATED = re.compile(r"\b(\w+)\s+(\1)\b", re.IGNORECASE)
_DOUBLE_SPACE = re.compile(r"(\S)( {2,})(?=\S)")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_FIELDS = (
    ("headline", "headline"),
    ("standfirst", "standfirst"),
    ("body", "body"),
    ("byline", "byline"),
    ("source_note", "source note"),
)


def _excerpt(text: str, start: int, end: int, width: int = 24) -> str:
    left = max(0, start - width)
    right = min(len(text), end + width)
    shown = text[left:right].replace("\n", " ").replace("\x00", "").strip()
    return ("…" if left else "") + shown + ("…" if right < len(text) else "")


def _word(rule: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(rule)}(?!\w)", re.IGNORECASE)


def style_findings(texts: dict[str, str], style: HouseStyle) -> list[StyleFinding]:
    """Each finding names the field and quotes the text. `texts` are the article's text fields
    by name (headline, standfirst, body, byline, source_note). The headline's length is
    preflight's own check, against `style.headline_limit`."""
    findings: list[StyleFinding] = []
    for name, label in _FIELDS:
        # Code and link targets are blanked out (same length: the excerpts quote the text).
        text = _NOT_PROSE.sub(lambda m: "\x00" * len(m.group(0)), texts.get(name, ""))
        for match in _REPEATED.finditer(text):
            if not match.group(1).isdigit():
                findings.append(StyleFinding(name, f"Repeated word in the {label}: “{match.group(0)}”."))
        for match in _DOUBLE_SPACE.finditer(text):
            quote = _excerpt(text, match.start(), match.end())
            findings.append(StyleFinding(name, f"Double space in the {label}: “{quote}”."))
        findings += _word_findings(name, label, text, style)
        if name in ("standfirst", "body"):
            for sentence in _SENTENCE.finditer(text):
                words = sentence.group(0).split()
                if len(words) > style.sentence_limit:
                    start = " ".join(words[:6])
                    findings.append(
                        StyleFinding(
                            name,
                            f"A sentence in the {label} has {len(words)} words (keep to "
                            f"{style.sentence_limit}): “{start} …”.",
                        )
                    )
    return findings


def _word_findings(name: str, label: str, text: str, style: HouseStyle) -> list[StyleFinding]:
    findings: list[StyleFinding] = []
    for rules, kind in ((style.banned, "Banned"), (style.discouraged, "Discouraged")):
        for rule in rules:
            for match in _word(rule.word).finditer(text):
                advice = f"; write “{rule.advice}”" if rule.advice else ""
                findings.append(
                    StyleFinding(name, f"{kind} word in the {label}: “{match.group(0)}”{advice}.")
                )
    for spelling in style.spellings:
        for match in _word(spelling).finditer(_variants(text, spelling)):
            found = text[match.start() : match.end()]
            if found != spelling:
                findings.append(
                    StyleFinding(name, f"House spelling in the {label}: “{found}” is “{spelling}”.")
                )
    return findings


def _variants(text: str, spelling: str) -> str:
    """The text with hyphens as spaces where the spelling has spaces, and the other way round,
    at the same positions ("Kim Jong Un" and "Kim Jong-Un" both read as "Kim Jong-un")."""
    if "-" in spelling:
        return text.replace(" ", "-") if " " not in spelling else text
    return text.replace("-", " ") if " " in spelling else text
