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

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
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
        where = translate("HouseStyle", "{source}, line {number}").format(source=source, number=number)
        if not colon or not value:
            problems.append(
                translate(
                    "HouseStyle", '{where}: write "kind: value", e.g. "banned: utilize => use", got "{line}"'
                ).format(where=where, line=raw.strip())
            )
        elif key in _LIMITS:
            if not value.isdigit() or not 1 <= int(value) <= 1000:
                problems.append(
                    translate(
                        "HouseStyle", "{where}: {rule} must be a number from 1 to 1000, got {value}"
                    ).format(where=where, rule=key, value=repr(value))
                )
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
                problems.append(
                    translate("HouseStyle", "{where}: {rule} must be on or off, got {value}").format(
                        where=where, rule=key, value=repr(value)
                    )
                )
            else:
                typography[_TYPOGRAPHY[key]] = value.lower() == "on"
        else:
            known = ", ".join([*_LIMITS, "banned", "discouraged", "spelling", *_TYPOGRAPHY])
            problems.append(
                translate("HouseStyle", "{where}: unknown rule {rule} (known: {known})").format(
                    where=where, rule=repr(key), known=known
                )
            )
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
# Each field as the findings name it ("Repeated word in the headline"; Swedish "i rubriken").
_FIELDS = (
    ("headline", QT_TRANSLATE_NOOP("HouseStyle", "the headline")),
    ("standfirst", QT_TRANSLATE_NOOP("HouseStyle", "the standfirst")),
    ("body", QT_TRANSLATE_NOOP("HouseStyle", "the body")),
    ("byline", QT_TRANSLATE_NOOP("HouseStyle", "the byline")),
    ("source_note", QT_TRANSLATE_NOOP("HouseStyle", "the source note")),
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
    for name, field_name in _FIELDS:
        label = translate("HouseStyle", field_name)
        # Code and link targets are blanked out (same length: the excerpts quote the text).
        text = _NOT_PROSE.sub(lambda m: "\x00" * len(m.group(0)), texts.get(name, ""))
        for match in _REPEATED.finditer(text):
            if not match.group(1).isdigit():
                message = translate("HouseStyle", "Repeated word in {field}: “{words}”.")
                findings.append(StyleFinding(name, message.format(field=label, words=match.group(0))))
        for match in _DOUBLE_SPACE.finditer(text):
            quote = _excerpt(text, match.start(), match.end())
            message = translate("HouseStyle", "Double space in {field}: “{excerpt}”.")
            findings.append(StyleFinding(name, message.format(field=label, excerpt=quote)))
        findings += _word_findings(name, label, text, style)
        if name in ("standfirst", "body"):
            for sentence in _SENTENCE.finditer(text):
                words = sentence.group(0).split()
                if len(words) > style.sentence_limit:
                    start = " ".join(words[:6])
                    findings.append(
                        StyleFinding(
                            name,
                            translate(
                                "HouseStyle",
                                "A sentence in {field} has {count} words (keep to {limit}): “{start} …”.",
                            ).format(field=label, count=len(words), limit=style.sentence_limit, start=start),
                        )
                    )
    return findings


def _word_findings(name: str, label: str, text: str, style: HouseStyle) -> list[StyleFinding]:
    findings: list[StyleFinding] = []
    for rules, template in (
        (style.banned, translate("HouseStyle", "Banned word in {field}: “{word}”{advice}.")),
        (style.discouraged, translate("HouseStyle", "Discouraged word in {field}: “{word}”{advice}.")),
    ):
        for rule in rules:
            for match in _word(rule.word).finditer(text):
                advice = (
                    translate("HouseStyle", "; write “{advice}”").format(advice=rule.advice)
                    if rule.advice
                    else ""
                )
                message = template.format(field=label, word=match.group(0), advice=advice)
                findings.append(StyleFinding(name, message))
    for spelling in style.spellings:
        for match in _word(spelling).finditer(_variants(text, spelling)):
            found = text[match.start() : match.end()]
            if found != spelling:
                message = translate("HouseStyle", "House spelling in {field}: “{found}” is “{spelling}”.")
                findings.append(
                    StyleFinding(name, message.format(field=label, found=found, spelling=spelling))
                )
    return findings


def _variants(text: str, spelling: str) -> str:
    """The text with hyphens as spaces where the spelling has spaces, and the other way round,
    at the same positions ("Kim Jong Un" and "Kim Jong-Un" both read as "Kim Jong-un")."""
    if "-" in spelling:
        return text.replace(" ", "-") if " " not in spelling else text
    return text.replace("-", " ") if " " in spelling else text
