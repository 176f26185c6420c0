"""Find and replace over an article's fields: the matching rules (case, whole words, regular
expressions with replacement groups), match ranges per field, the text around a match, and the
words that describe a replacement ("Replaced “Sodermalm” with “Södermalm” (7)").

Standard library only. Ranges are Python string indices (code points); a widget that counts in
UTF-16 converts them itself."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.domain.text import plural

__all__ = [
    "FieldMatches",
    "FieldText",
    "FindError",
    "FindOptions",
    "Finder",
    "Snippet",
    "join_words",
    "replacement_note",
    "replacement_summary",
    "snippet",
    "undo_note",
]

Span = tuple[int, int]


class FindError(WorkstationError):
    """The find text or the replacement cannot be used (an invalid regular expression, a
    replacement naming a group the expression lacks). The message says what is wrong."""


@dataclass(frozen=True, slots=True)
class FindOptions:
    """What to look for and how."""

    text: str
    match_case: bool = False
    whole_word: bool = False
    regex: bool = False


@dataclass(frozen=True, slots=True)
class FieldText:
    """One field's text to search: `name` identifies it ("headline", "photo.3.caption"),
    `label` is how a sentence names it ("headline", "caption")."""

    name: str
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class FieldMatches:
    name: str
    label: str
    spans: tuple[Span, ...]


# Python's messages for the mistakes people make, in words an editor reads.
_REGEX_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("missing ), unterminated subpattern", "a ( is never closed"),
    ("unbalanced parenthesis", "a ) has no ( before it"),
    ("unterminated character set", "a [ is never closed"),
    ("nothing to repeat", "*, + or ? has nothing before it to repeat (put \\ before it to find it as it is)"),
    ("multiple repeat", "two repeats follow each other (such as ** or +*)"),
    ("bad escape (end of pattern)", "it ends with a lone \\"),
    ("missing group name", "a group name is missing after (?P<"),
    ("look-behind requires fixed-width pattern", "a look-behind (?<=…) must have a fixed length"),
)


def _describe_regex_error(exc: re.error) -> str:
    message = exc.msg
    for python_words, ours in _REGEX_PROBLEMS:
        if message.startswith(python_words):
            message = ours
            break
    where = (
        translate("Find", " at character {value}").format(value=exc.pos + 1) if exc.pos is not None else ""
    )
    return translate("Find", "Not a valid regular expression{where}: {message}.").format(
        where=where, message=message
    )


def _describe_replacement_error(exc: re.error | IndexError) -> str:
    text = str(exc.msg if isinstance(exc, re.error) else exc)
    group = re.search(r"invalid group reference (\d+)", text)
    if group:
        return translate(
            "Find", "The replacement uses group \\{group}, which the expression does not have."
        ).format(group=group.group(1))
    if text.startswith("unknown group name"):
        name = text[len("unknown group name") :].strip()
        return translate(
            "Find", "The replacement uses the group {name}, which the expression does not have."
        ).format(name=name)
    if text.startswith("bad escape (end of pattern)"):
        return translate("Find", "The replacement ends with a lone \\ (write \\\\ for a backslash).")
    if text.startswith("bad escape"):
        escape = text[len("bad escape") :].split(" at position")[0].strip()
        return translate(
            "Find",
            "The replacement has {escape}, which is not an escape it can use (write \\\\ for a backslash).",
        ).format(escape=escape)
    return translate("Find", "The replacement cannot be used: {text}.").format(text=text)


def _literal(text: str) -> str:
    """A pattern for text as typed: a letter with a diacritic also finds its decomposed form
    (ö as o + U+0308, as some pasted text and file names carry it)."""
    parts: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        if decomposed != char:
            parts.append(f"(?:{re.escape(char)}|{re.escape(decomposed)})")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


class Finder:
    """A compiled search. Raises FindError for an expression that is not valid. An empty find
    text finds nothing."""

    def __init__(self, options: FindOptions) -> None:
        self.options = options
        self.pattern: re.Pattern[str] | None = None
        if not options.text:
            return
        source = options.text if options.regex else _literal(options.text)
        if options.whole_word:
            # \w is Unicode-aware: å, ä, ö and every other letter or digit are word characters.
            source = rf"(?<!\w)(?:{source})(?!\w)"
        flags = re.MULTILINE | (0 if options.match_case else re.IGNORECASE)
        try:
            self.pattern = re.compile(source, flags)
        except re.error as exc:
            if options.regex:
                raise FindError(_describe_regex_error(exc)) from None
            raise FindError(
                translate("Finder", "The text cannot be searched for: {msg}.").format(msg=exc.msg)
            ) from None  # pragma: no cover

    @property
    def active(self) -> bool:
        return self.pattern is not None

    def spans(self, text: str) -> list[Span]:
        """Where the text matches, in order. Empty matches (^, a*) are left out: there is
        nothing there to show or to replace."""
        if self.pattern is None or not text:
            return []
        return [m.span() for m in self.pattern.finditer(text) if m.end() > m.start()]

    def matches_only_empty(self, text: str) -> bool:
        """True when the expression matches somewhere in text, but only empty text."""
        if self.pattern is None:
            return False
        return any(True for _ in self.pattern.finditer(text)) and not self.spans(text)

    def in_fields(self, fields: Iterable[FieldText]) -> list[FieldMatches]:
        """Each field with its matches (fields without any are left out), in the given order."""
        found: list[FieldMatches] = []
        for field in fields:
            spans = self.spans(field.text)
            if spans:
                found.append(FieldMatches(field.name, field.label, tuple(spans)))
        return found

    # -- replacing ---------------------------------------------------------------------------

    def check_replacement(self, replacement: str) -> None:
        """Raise FindError if the replacement cannot be used with this expression (it names a
        group the expression lacks, or has an unknown escape). Literal searches take any text."""
        if self.pattern is None or not self.options.regex:
            return
        try:
            self.pattern.sub(replacement, "")  # parses the replacement even where nothing matches
        except (re.error, IndexError) as exc:
            raise FindError(_describe_replacement_error(exc)) from None

    def expand(self, text: str, span: Span, replacement: str) -> str:
        """What the match at span becomes: the replacement as it is, or for a regular expression
        with its groups filled in (\\1, \\g<name>)."""
        if not self.options.regex or self.pattern is None:
            return replacement
        match = self.pattern.fullmatch(text, span[0], span[1])
        if match is None:  # a look-around that needs the text outside the span
            match = self.pattern.search(text, span[0])
            if match is None or match.span() != span:
                return replacement
        try:
            return match.expand(replacement)
        except (re.error, IndexError) as exc:
            raise FindError(_describe_replacement_error(exc)) from None

    def edits(self, text: str, replacement: str) -> list[tuple[int, int, str]]:
        """Every match as (start, end, new text), in order."""
        if self.pattern is None or not text:
            return []
        edits: list[tuple[int, int, str]] = []
        for match in self.pattern.finditer(text):
            if match.end() == match.start():
                continue
            if self.options.regex:
                try:
                    new = match.expand(replacement)
                except (re.error, IndexError) as exc:
                    raise FindError(_describe_replacement_error(exc)) from None
            else:
                new = replacement
            edits.append((match.start(), match.end(), new))
        return edits

    def replace_all(self, text: str, replacement: str) -> tuple[str, int]:
        """The text with every match replaced, and how many were."""
        edits = self.edits(text, replacement)
        return apply_edits(text, edits), len(edits)


def apply_edits(text: str, edits: Sequence[tuple[int, int, str]]) -> str:
    """text with each (start, end, new) applied; the edits are in order and do not overlap."""
    if not edits:
        return text
    parts: list[str] = []
    last = 0
    for start, end, new in edits:
        parts.append(text[last:start])
        parts.append(new)
        last = end
    parts.append(text[last:])
    return "".join(parts)


# -- showing a match --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Snippet:
    """The text around a match, on one line: `before` and `after` are cut at a word near
    `width` characters and start or end with … where the field goes on."""

    before: str
    match: str
    after: str


def _one_line(text: str) -> str:
    """Runs of white space (line breaks too) as one space; a space at either end stays."""
    return re.sub(r"\s+", " ", text)


def snippet(text: str, start: int, end: int, width: int = 40) -> Snippet:
    before = _one_line(text[max(0, start - width) : start])
    if start > width:
        space = before.find(" ")
        if 0 <= space < width // 2:
            before = before[space + 1 :]  # from a word's start
        before = "…" + before
    after = _one_line(text[end : end + width])
    if end + width < len(text):
        space = after.rfind(" ")
        if space > width // 2:
            after = after[:space]  # to a word's end
        after += "…"
    return Snippet(before, _one_line(text[start:end]), after)


# -- the words for a replacement --------------------------------------------------------------


def _quoted(text: str, limit: int = 40) -> str:
    line = _one_line(text)
    if len(line) > limit:
        line = line[: limit - 1] + "…"
    return f"“{line}”"


def replacement_note(options: FindOptions, replacement: str, count: int) -> str:
    """The History's label for a replacement: 'Replaced “Sodermalm” with “Södermalm” (7)'."""
    if replacement:
        return translate("Find", "Replaced {quoted} with {quoted2} ({count})").format(
            quoted=_quoted(options.text), quoted2=_quoted(replacement), count=count
        )
    return translate("Find", "Removed {quoted} ({count})").format(quoted=_quoted(options.text), count=count)


def undo_note(note: str) -> str:
    """The History's label for undoing a replacement."""
    return translate("Find", "Undid: {note}").format(note=note)


def join_words(words: Sequence[str]) -> str:
    """'headline', 'headline and body', 'headline, body and 2 captions'."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


# The words for each kind of field, counted: a text field by its name, photo fields by number.
_COUNTED_LABELS = {"caption": ("caption", "captions"), "alt text": ("alt text", "alt texts")}


def replacement_summary(counts: Sequence[tuple[str, int]]) -> str:
    """'Replaced 7 in headline, body and 2 captions' from (field label, replacements) in page
    order; photo fields are counted by how many of them changed."""
    total = sum(n for _label, n in counts if n)
    if not total:
        return translate("Find", "Nothing was replaced.")
    words: list[str] = []
    fields: dict[str, int] = {}
    for label, n in counts:
        if not n:
            continue
        if label in _COUNTED_LABELS:
            fields[label] = fields.get(label, 0) + 1
            if fields[label] == 1:
                words.append(label)
        elif label not in words:
            words.append(label)
    named = [
        plural(fields[word], *_COUNTED_LABELS[word]) if word in _COUNTED_LABELS else word for word in words
    ]
    return translate("Find", "Replaced {total} in {join_words}").format(
        total=total, join_words=join_words(named)
    )
