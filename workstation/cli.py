"""Command-line subcommands over the same services as the GUI.

Exit codes: 0 success; 2 bad input or an unusable store, with one line on stderr naming the
file, line or field.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from workstation import __version__
from workstation.domain.errors import WorkstationError
from workstation.domain.status import ArticleStatus, SiteStatus

if TYPE_CHECKING:  # the services import SQLAlchemy; the GUI path parses args without it
    from workstation.domain.article import Article
    from workstation.services.formats.markdown_import import ImportOutcome
    from workstation.services.managed_config import ManagedConfig
    from workstation.services.workspace import Workspace

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line, as every error here is."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see --help)\n")


def _add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="where the working store lives (default: WORKSTATION_DATA_DIR or the platform's data dir)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workstation", description="Editorial Workstation: draft, preview and publish articles."
    )
    parser.add_argument("--version", action="version", version=f"workstation {__version__}")
    _add_common(parser, top=True)
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help="open the store, show the main window, exit 0 after the first paint (smoke test)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    list_cmd = sub.add_parser("list", help="list articles")
    _add_common(list_cmd, top=False)
    list_cmd.add_argument("--search", metavar="Q", default="", help="full-text search, best match first")
    list_cmd.add_argument(
        "--status",
        choices=[*(s.value for s in ArticleStatus), *(s.value for s in SiteStatus)],
        help="the workflow status (draft, ready, withdrawn), or published/scheduled: on a site",
    )
    list_cmd.add_argument("--section", metavar="S", help="section name, slug or path (includes sub-sections)")
    list_cmd.add_argument("--tag", metavar="T", help="tag name, any case")
    list_cmd.add_argument("--trash", action="store_true", help="list the trash instead")
    list_cmd.add_argument(
        "--limit", type=int, default=1000, metavar="N", help="at most N rows (default 1000)"
    )
    list_cmd.add_argument("--json", action="store_true", help="print JSON")

    show_cmd = sub.add_parser("show", help="show one article")
    _add_common(show_cmd, top=False)
    show_cmd.add_argument("id", type=int, metavar="ID")
    show_cmd.add_argument("--json", action="store_true", help="print JSON")

    import_cmd = sub.add_parser(
        "import", help="import Markdown files with YAML front matter, or IPTC ninjs items (.json)"
    )
    _add_common(import_cmd, top=False)
    import_cmd.add_argument("files", nargs="+", type=Path, metavar="FILE")
    import_cmd.add_argument("--json", action="store_true", help="print the imported ids as JSON")
    import_cmd.add_argument(
        "--allow-outside",
        action="store_true",
        help="read photos the Markdown (or a ninjs rendition) names outside its own folder",
    )

    export_cmd = sub.add_parser("export", help="export one article")
    _add_common(export_cmd, top=False)
    export_cmd.add_argument("id", type=int, metavar="ID")
    export_cmd.add_argument(
        "--format",
        choices=["markdown", "json", "html"],
        required=True,
        help="markdown (front matter, reads back with import), json, or html (the page, self-contained)",
    )
    export_cmd.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here (default: stdout)")
    export_cmd.add_argument(
        "--template", type=Path, metavar="DIR", help="with --format html: a site's page template folder"
    )
    report_cmd = sub.add_parser(
        "report-problem",
        help="write a zip for a support ticket: logs, versions, settings (no article text, no passwords)",
    )
    _add_common(report_cmd, top=False)
    report_cmd.add_argument("output", type=Path, metavar="OUT.zip")
    from workstation import cli_edit, cli_publishing, cli_recovery

    cli_edit.add_parser(sub, _add_common)
    cli_publishing.add_parsers(sub, _add_common)
    cli_recovery.add_parsers(sub, _add_common)
    return parser


def run_command(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    from workstation.services.diagnostics.logs import log, log_startup, set_up_logging
    from workstation.services.managed_config import load_managed_config
    from workstation.services.workspace import open_workspace
    from workstation.store.data_dir import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    set_up_logging(data_dir)
    log_startup(data_dir, f"command line: {args.command}")
    managed = load_managed_config()  # the organisation's presets: rendition size, sections
    for problem in managed.problems:
        print(f"workstation: warning: {problem}", file=err)
        log.warning("managed configuration: %s", problem)
    if args.command == "report-problem":  # without the store: it must work on a damaged one too
        return _cmd_report_problem(data_dir, managed, args, out, err)
    if args.command in RECOVERY_COMMANDS:  # the store may not open at all: they do their own
        return _run_recovery(args, out, err)
    try:
        workspace = open_workspace(data_dir, managed=managed)
    except WorkstationError as exc:
        print(f"workstation: error: {exc}", file=err)
        log.error("cannot open the store: %s", exc)
        return EXIT_BAD_INPUT
    for note in workspace.managed_notes:
        print(f"workstation: note: {note}", file=err)
    if workspace.read_only_reason is not None:
        if _changes_the_store(args):  # refused before anything is tried: never a half import
            print(f"workstation: error: {workspace.read_only_reason}", file=err)
            workspace.close()
            return EXIT_BAD_INPUT
        print(f"workstation: warning: {workspace.read_only_reason}", file=err)
    try:
        from workstation.cli_edit import COMMANDS as EDIT_COMMANDS
        from workstation.cli_publishing import COMMANDS as PUBLISHING_COMMANDS

        handler = {**_COMMANDS, **EDIT_COMMANDS, **PUBLISHING_COMMANDS}[args.command]
        return handler(workspace, args, out, err)
    except WorkstationError as exc:
        from workstation.domain.safe_text import printable

        print(f"workstation: error: {printable(str(exc))}", file=err)
        log.warning("%s: %s", args.command, exc)
        return EXIT_BAD_INPUT
    except Exception:
        log.exception("%s: unexpected error", args.command)
        raise
    finally:
        workspace.close()


RECOVERY_COMMANDS = frozenset({"backup", "salvage"})
# What only reads the store, and so works on a damaged or read-only one.
_READING_COMMANDS = frozenset({"list", "show", "export"})


def _changes_the_store(args: argparse.Namespace) -> bool:
    if args.command == "destinations":
        return bool(args.destinations_command != "list")
    if args.command == "outbox":
        return bool(args.action or args.retry or args.cancel or args.resolve)
    return args.command not in _READING_COMMANDS


def _run_recovery(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from workstation.cli_recovery import run
    from workstation.store.data_dir import resolve_data_dir

    try:
        return run(args, resolve_data_dir(args.data_dir), out, err)
    except WorkstationError as exc:
        print(f"workstation: error: {exc}", file=err)
        return EXIT_BAD_INPUT


def _cmd_report_problem(
    data_dir: Path, managed: ManagedConfig, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    from importlib.metadata import PackageNotFoundError, version

    from workstation.services.diagnostics.problem_report import write_problem_report

    extra = []  # PySide6's version from its metadata: the command line never loads Qt
    for distribution in ("PySide6", "PySide6-Essentials"):
        try:
            extra = [("PySide6", version(distribution))]
            break
        except PackageNotFoundError:
            continue
    try:
        report = write_problem_report(args.output, data_dir, managed, extra)
    except WorkstationError as exc:
        print(f"workstation: error: {exc}", file=err)
        return EXIT_BAD_INPUT
    print(f"Wrote the problem report {report.path}: {', '.join(report.files)}", file=out)
    return EXIT_OK


def _cmd_list(ws: Workspace, args: argparse.Namespace, out: TextIO, _err: TextIO) -> int:
    from workstation.domain.errors import ValidationError
    from workstation.domain.query import ArticleQuery
    from workstation.domain.timefmt import relative_time
    from workstation.services.formats.export import summary_to_dict

    section_id = None
    if args.section:
        section = ws.taxonomy.find_section(args.section)
        if section is None:
            raise ValidationError("--section", f"no section named '{args.section}'")
        section_id = section.id
    # published and scheduled are a site's (they were workflow values once): by meaning.
    site_status = SiteStatus(args.status) if args.status in set(SiteStatus) else None
    query = ArticleQuery(
        search=args.search,
        status=ArticleStatus(args.status) if args.status and site_status is None else None,
        site_status=site_status,
        section_id=section_id,
        tag=args.tag,
        trashed=args.trash,
    )
    from workstation.domain.safe_text import printable

    rows = ws.articles.list(query, limit=max(0, args.limit))
    if args.json:
        json.dump([summary_to_dict(r) for r in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    if not rows:
        print("No articles.", file=out)
    for row in rows:
        when = relative_time(row.updated_at)
        section_name = row.section_name or "-"
        headline = row.headline or "(no headline)"
        line = f"{row.id:>6}  {row.status.value:<9}  {when:<20}  {section_name:<14}  {headline}"
        print(printable(line), file=out)  # a stored escape code never reaches the terminal as one
    return EXIT_OK


def article_data(
    ws: Workspace, article: Article, photo_files: dict[str, str] | None = None
) -> dict[str, Any]:
    """The article as show --json, export --format json and edit --json give it, with its
    photos (`photo_files`: sha256 -> the file an export wrote beside it) and where it is
    published."""
    from workstation.services.formats.export import article_to_dict, photo_to_dict

    data = article_to_dict(article)
    files = photo_files or {}
    data["photos"] = [
        photo_to_dict(item, order, files.get(item.photo.sha256))
        for order, item in enumerate(ws.photos.for_article(article.id))
    ]
    states = {s.destination_id: s.state.value for s in ws.outbox.publication_states(article.id)}
    data["publications"] = [
        {
            "destination": site.destination_name,
            "state": states.get(p.destination_id, "in_sync"),
            "remote_id": p.remote_id,
            "link": p.link,
            "status": p.remote_status.value if p.remote_status else None,
            "modified_gmt": p.modified_gmt.isoformat() if p.modified_gmt else None,
            "published_gmt": p.published_gmt.isoformat() if p.published_gmt else None,
        }
        for site in ws.outbox.site_publications(article.id)
        for p in (site.publication,)
    ]
    return data


def _article_json(ws: Workspace, article: Article, output: Path | None = None) -> str:
    """The JSON; with an output path, each photo's web rendition is written beside it first
    (images/<name>-<sha8>.jpg, as the Markdown export writes them) and named by `file`."""
    files: dict[str, str] = {}
    if output is not None:
        from workstation.services.formats.markdown_photo_export import exported_file, write_beside

        written: dict[Path, bytes] = {}
        for item in ws.photos.for_article(article.id):
            relative = exported_file(item.photo)
            written[relative] = ws.photos.web_bytes(item.photo)
            files[item.photo.sha256] = relative.as_posix()
        write_beside(output, written)
    return json.dumps(article_data(ws, article, files), ensure_ascii=False, indent=2) + "\n"


def _cmd_show(ws: Workspace, args: argparse.Namespace, out: TextIO, _err: TextIO) -> int:
    from workstation.domain.safe_text import printable
    from workstation.domain.timefmt import relative_time

    article = ws.articles.get(args.id)
    if args.json:
        out.write(_article_json(ws, article))
        return EXIT_OK
    published = (
        relative_time(article.first_published_at) if article.first_published_at else "Not yet published"
    )
    lines = [
        article.headline or "(no headline)",
        "",
        article.standfirst,
        "",
        f"Section:   {' / '.join(article.section_path) or '-'}",
        f"Status:    {article.status.label}",
        f"Byline:    {article.byline or '-'}",
        f"Tags:      {', '.join(article.tags) or '-'}",
        f"Language:  {article.language}",
        f"Updated:   {relative_time(article.updated_at)}",
        f"Published: {published}",
        f"Length:    {article.word_count} words, {article.reading_minutes} min read",
        *_site_lines(ws, article),
        "",
        article.body,
        "",
        article.source_note,
    ]
    out.write(printable("\n".join(lines).rstrip()) + "\n")  # stored escape codes shown, not obeyed
    return EXIT_OK


def _site_lines(ws: Workspace, article: Article) -> list[str]:
    """Where it is published: each site here ('On Herald: Published, In sync …'), else what the
    article keeps of a site outside this store."""
    from workstation.cli_publishing import publication_lines

    lines = publication_lines(ws, article.id)
    if not lines and article.published_elsewhere is not None:
        lines = [f"Site:      {article.published_elsewhere.elsewhere_label}"]
    return lines


def _cmd_import(ws: Workspace, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from workstation.domain.safe_text import printable

    counts = {"imported": 0, "already": 0, "failed": 0}
    imported: list[dict[str, object]] = []

    def report(outcome: ImportOutcome) -> None:  # as each file finishes, not at the end
        name = printable(str(outcome.path))
        for warning in outcome.warnings:
            print(f"workstation: warning: {printable(warning)}", file=err)
        for note in outcome.notes:
            print(f"workstation: note: {printable(note)}", file=err)
        if outcome.error is not None:
            counts["failed"] += 1
            print(f"workstation: error: {printable(str(outcome.error))}", file=err)
        else:
            article = outcome.article
            assert article is not None
            counts["already" if outcome.already else "imported"] += 1
            for section in outcome.created_sections:
                print(f"workstation: note: {name}: created section '{printable(section)}'", file=err)
            entry: dict[str, object] = {"file": str(outcome.path), "id": article.id}
            if outcome.already:
                entry["already"] = True
            if outcome.remote_renditions:  # a ninjs item's pictures on a server: not fetched
                entry["remote_renditions"] = [
                    {"picture": r.picture, "href": r.href, "credit": r.credit, "caption": r.caption}
                    for r in outcome.remote_renditions
                ]
            imported.append(entry)
            if not args.json:
                verb = "Already imported" if outcome.already else "Imported"
                where = " (in the trash)" if outcome.already and article.trashed_at is not None else ""
                print(
                    f"{verb} {name} as article {article.id}{where}: {printable(article.headline)}", file=out
                )
        (err if outcome.error is not None else out).flush()

    outcomes = ws.importer.import_files(list(args.files), report, allow_outside=args.allow_outside)
    if args.json:
        json.dump(imported, out, ensure_ascii=True, indent=2)
        out.write("\n")
    if len(outcomes) > 1:  # one file is one line; a batch also gets the tally
        done = f"{counts['imported']} imported, {counts['already']} already imported"
        tally = f"{counts['failed']} of {len(outcomes)} files not imported ({done})"
        print(f"workstation: {tally if counts['failed'] else f'{len(outcomes)} files: {done}'}", file=err)
    return EXIT_BAD_INPUT if counts["failed"] else EXIT_OK


def _cmd_export(ws: Workspace, args: argparse.Namespace, out: TextIO, _err: TextIO) -> int:
    from workstation.services.formats.export import article_to_html, write_atomically

    if args.format == "html":
        if args.template is not None:
            ws.rendering.use_template(args.template)
        text = article_to_html(ws.rendering, args.id, resolve_photo=ws.photos.data_uri)
    else:
        article = ws.articles.get(args.id)
        if args.format == "markdown":  # with -o, its photos are written beside it (photo_export)
            from workstation.services.formats.markdown_photo_export import export_markdown

            text = export_markdown(article, ws.photos, args.output)
        else:
            text = _article_json(ws, article, args.output)
    if args.output is None:
        out.write(text)
    else:
        write_atomically(args.output, text)
    return EXIT_OK


_COMMANDS = {
    "list": _cmd_list,
    "show": _cmd_show,
    "import": _cmd_import,
    "export": _cmd_export,
}
