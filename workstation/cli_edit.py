"""`workstation edit ID [--headline T] ... [--body-file F]`: change an article's fields from a
script. One call is one revision ("Edited on the command line: headline, tags"), written through
ArticleService.update as the editor's autosave writes; a bad value changes nothing and exits 2
with one line naming the option.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from workstation.domain.article import Article, ArticleContent
    from workstation.services.workspace import Workspace

EXIT_OK = 0

# The options that set a text field as given: (option, field).
_TEXT_OPTIONS = (
    ("--headline", "headline"),
    ("--standfirst", "standfirst"),
    ("--byline", "byline"),
    ("--source-note", "source_note"),
)
# Each field's option, for messages: the editor typed the option, not the field's name.
_OPTION_OF = {
    **{field: option for option, field in _TEXT_OPTIONS},
    "section": "--section",
    "section_id": "--section",
    "tags": "--tags",
    "language": "--language",
    "status": "--status",
    "body": "--body-file",
}
# Shown in this order (the editor's order of the fields); "section" is the section's path.
_SHOWN_FIELDS = (
    "headline",
    "standfirst",
    "body",
    "byline",
    "source_note",
    "section",
    "tags",
    "language",
    "status",
)
_SHORT = 60  # characters of a text value in the summary


def add_parser(sub: Any, add_common: Callable[..., None]) -> None:
    edit = sub.add_parser(
        "edit",
        help="change an article's fields (one revision, as an edit in the app)",
        description="Change the fields given; the others stay. One call is one revision.",
    )
    add_common(edit, top=False)
    edit.add_argument("id", type=int, metavar="ID")
    for option, _field in _TEXT_OPTIONS:
        edit.add_argument(option, metavar="T", help=f"the new {option[2:].replace('-', ' ')}")
    edit.add_argument(
        "--section", metavar="S", help='a section name, slug or path as list/show print it ("" for none)'
    )
    edit.add_argument(
        "--tags", metavar="A,B", help='the tags, comma separated: they replace the tags ("" for none)'
    )
    edit.add_argument("--language", metavar="L", help="a language code such as en, sv or pt-BR")
    edit.add_argument(
        "--status",
        metavar="S",
        help="the workflow status: draft, ready or withdrawn (publishing sets the site's)",
    )
    edit.add_argument(
        "--body-file", type=Path, metavar="F", help="the body: a UTF-8 Markdown file (- reads standard input)"
    )
    edit.add_argument("--json", action="store_true", help="print what changed as JSON")


@dataclass(frozen=True, slots=True)
class _Change:
    field: str
    before: str
    after: str


def _cmd_edit(ws: Workspace, args: argparse.Namespace, out: TextIO, _err: TextIO) -> int:
    from workstation.domain.errors import ValidationError, WorkstationError
    from workstation.domain.revision import RevisionReason

    article = ws.articles.get(args.id)  # a missing id: the usual not-found line
    if article.is_trashed:
        raise WorkstationError(
            f"article {article.id} is in the trash; restore it (the app's Trash view) before editing it"
        )
    values = _given_values(ws, args)
    if not values:
        raise ValidationError("edit", "give at least one field to change, e.g. --headline T (see --help)")
    try:
        from workstation.domain.article import ArticleChanges

        changes = ArticleChanges.from_fields(values)
    except ValidationError as exc:
        raise ValidationError(_OPTION_OF.get(exc.field, exc.field), exc.message) from None
    after = changes.apply_to(article.content)
    changed = _changes(ws, article.content, after)
    revision_id = None
    if changed:
        note = "Edited on the command line: " + ", ".join(c.field.replace("_", " ") for c in changed)
        article = ws.articles.update(article.id, changes, note=note, reason=RevisionReason.COMMAND_LINE)
        revision_id = max(r.id for r in ws.articles.revisions(article.id))
    if args.json:
        _print_json(ws, article, changed, revision_id, out)
    else:
        _print_text(article, changed, revision_id, out)
    return EXIT_OK


def _given_values(ws: Workspace, args: argparse.Namespace) -> dict[str, object]:
    """The fields the options give, in their stored form; a value that cannot be one is a
    ValidationError naming its option."""
    from workstation.domain.article import ArticleStatus
    from workstation.domain.errors import ValidationError
    from workstation.domain.languages import language_code
    from workstation.domain.status import status_problem

    values: dict[str, object] = {}
    for _option, field in _TEXT_OPTIONS:
        text = getattr(args, field)
        if text is not None:
            values[field] = text
    if args.section is not None:
        values["section_id"] = _section_id(ws, args.section)
    if args.tags is not None:
        values["tags"] = _tags(ws, args.tags)
    if args.language is not None:
        code = language_code(args.language)
        if code is None:
            raise ValidationError(
                "--language", f"'{args.language}' is not a language code such as en, sv or pt-BR"
            )
        values["language"] = code
    if args.status is not None:
        status = args.status.strip().lower()
        if status not in {s.value for s in ArticleStatus}:
            raise ValidationError("--status", status_problem(args.status))
        values["status"] = status
    if args.body_file is not None:
        values["body"] = _read_body(args.body_file)
    return values


def _tags(ws: Workspace, text: str) -> list[str]:
    """Comma separated names; a tag the store has keeps its spelling ("north korea" is "North
    Korea", as the app's tag field completes it), a new one is made when the edit is saved."""
    from workstation.domain.text import name_key

    known = {name_key(tag.name): tag.name for tag in ws.taxonomy.tags()}
    names = (" ".join(part.split()) for part in text.split(","))
    return [known.get(name_key(name), name) for name in names if name]


def _section_id(ws: Workspace, text: str) -> int | None:
    from workstation.domain.errors import ValidationError

    if not text.strip():
        return None  # no section
    section = ws.taxonomy.find_section(text)
    if section is None:
        raise ValidationError(
            "--section", f"no section named '{text}' (the sections are in the app's Sections and Tags)"
        )
    return section.id


def _read_body(path: Path) -> str:
    """The body file's Markdown as the editor keeps it: LF line ends, no blank lines around."""
    from workstation.domain.errors import ValidationError
    from workstation.services.formats.front_matter import ImportFileError, read_text

    if str(path) == "-":
        text = sys.stdin.read() if sys.stdin is not None else ""
    else:
        try:
            text = read_text(path)
        except ImportFileError as exc:
            raise ValidationError("--body-file", str(exc)) from None
    return text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")


def _changes(ws: Workspace, before: ArticleContent, after: ArticleContent) -> list[_Change]:
    """Each field the edit changes, with its value before and after in words."""
    from workstation.domain.text import count_words

    sections = {node.section.id: node.path_text for node in ws.taxonomy.sections()}

    def shown(content: ArticleContent, field: str) -> str:
        if field == "section":
            return sections.get(content.section_id, "") if content.section_id is not None else ""
        if field == "tags":
            return ", ".join(content.tags)
        if field == "status":
            return content.status.label
        if field == "body":
            return f"{count_words(content.body)} words"
        return str(getattr(content, field))

    changed = []
    for field in _SHOWN_FIELDS:
        name = "section_id" if field == "section" else field
        if getattr(before, name) != getattr(after, name):
            changed.append(_Change(field, shown(before, field), shown(after, field)))
    return changed


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"


def _print_text(article: Article, changed: list[_Change], revision_id: int | None, out: TextIO) -> None:
    if not changed:
        print(f"Article {article.id}: nothing changed (it already has these values).", file=out)
        return
    print(f"Article {article.id}: revision {revision_id}", file=out)
    for change in changed:
        before, after = _short(change.before) or "(none)", _short(change.after) or "(none)"
        print(f"  {change.field.replace('_', ' ')}: {before} → {after}", file=out)


def _print_json(
    ws: Workspace, article: Article, changed: list[_Change], revision_id: int | None, out: TextIO
) -> None:
    from workstation.cli import article_data

    data = {
        "id": article.id,
        "revision": revision_id,
        "changed": [change.field for change in changed],
        "article": article_data(ws, article),
    }
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


COMMANDS = {"edit": _cmd_edit}
