"""The publishing subcommands: destinations, publish, unpublish, pull, outbox.

Passwords are read from a prompt (or one line of stdin when it is not a terminal) and go to the
system keyring only. Exit codes: 0 done; 1 a job failed or waits for a retry; 2 bad input.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from workstation.domain.publishing import REQUESTABLE_STATUSES, JobState, RemoteStatus

if TYPE_CHECKING:
    from workstation.domain.publication_state import SiteState
    from workstation.domain.publishing import Destination, OutboxJob
    from workstation.services.workspace import Workspace

EXIT_OK = 0
EXIT_JOB_FAILED = 1
EXIT_BAD_INPUT = 2


def add_parsers(sub: Any, add_common: Callable[..., None]) -> None:
    dest = sub.add_parser("destinations", help="sites to publish to: add, list, remove, verify")
    add_common(dest, top=False)
    dest_sub = dest.add_subparsers(dest="destinations_command", metavar="ACTION", parser_class=type(dest))
    dest_sub.required = True
    add = dest_sub.add_parser(
        "add", help="add a WordPress site (checks it, keeps the password in the keyring)"
    )
    add_common(add, top=False)
    add.add_argument("name", metavar="NAME", help="a name for the site, e.g. Herald")
    add.add_argument("url", metavar="URL", help="the site's address, e.g. https://news.example.org")
    add.add_argument("--user", required=True, metavar="USER", help="the WordPress user name")
    add.add_argument(
        "--allow-api-origin",
        metavar="ORIGIN",
        default="",
        help="the site's REST API is on this other origin (https://host[:port]); the password may go there",
    )
    add.add_argument(
        "--trust-certificate",
        metavar="SHA256",
        default="",
        help="trust the site's certificate if its SHA-256 fingerprint is this one (as your IT gave it)",
    )
    listing = dest_sub.add_parser("list", help="list destinations")
    add_common(listing, top=False)
    listing.add_argument("--json", action="store_true", help="print JSON")
    remove = dest_sub.add_parser("remove", help="forget a destination and its keyring entry")
    add_common(remove, top=False)
    remove.add_argument("name", metavar="NAME")
    verify = dest_sub.add_parser(
        "verify", help="log in with the stored password and check the user may publish"
    )
    add_common(verify, top=False)
    verify.add_argument("name", metavar="NAME")
    password = dest_sub.add_parser("password", help="enter a new application password for a destination")
    add_common(password, top=False)
    password.add_argument("name", metavar="NAME")
    trust = dest_sub.add_parser(
        "trust-certificate",
        help="trust the certificate a destination's site shows (pins its SHA-256 fingerprint)",
    )
    add_common(trust, top=False)
    trust.add_argument("name", metavar="NAME")
    trust_how = trust.add_mutually_exclusive_group()
    trust_how.add_argument(
        "--fingerprint",
        metavar="SHA256",
        help="trust it only if its fingerprint is this one (no question asked)",
    )
    trust_how.add_argument("--remove", action="store_true", help="trust the pinned certificate no more")

    publish = sub.add_parser("publish", help="publish an article (queued in the outbox, then sent)")
    add_common(publish, top=False)
    publish.add_argument("id", type=int, metavar="ID")
    publish.add_argument("--destination", required=True, metavar="NAME")
    publish.add_argument(
        "--status",
        choices=[status.value for status in REQUESTABLE_STATUSES],
        help="the post's status (default: publish for a new post; an update keeps the site's status)",
    )
    publish.add_argument(
        "--at", metavar="ISO-8601", help="with --status future: when (local time unless an offset is given)"
    )
    publish.add_argument("--queue-only", action="store_true", help="only queue the job (outbox run sends it)")

    unpublish = sub.add_parser("unpublish", help="move an article's post back to draft on its site(s)")
    add_common(unpublish, top=False)
    unpublish.add_argument("id", type=int, metavar="ID")
    unpublish.add_argument("--destination", metavar="NAME", help="only this site (default: every site)")
    unpublish.add_argument("--queue-only", action="store_true")

    pull = sub.add_parser("pull", help="import posts (and sections, tags) from a destination")
    add_common(pull, top=False)
    pull.add_argument("--destination", required=True, metavar="NAME")
    pull.add_argument("--json", action="store_true", help="print the report as JSON")

    outbox = sub.add_parser("outbox", help="list publish jobs; `outbox run` sends what is due")
    add_common(outbox, top=False)
    outbox.add_argument("action", nargs="?", choices=["run"], help="run: send due jobs and exit")
    outbox.add_argument("--json", action="store_true", help="print JSON")
    outbox.add_argument("--retry", type=int, metavar="JOB", help="queue a failed job again")
    outbox.add_argument("--cancel", type=int, metavar="JOB", help="cancel a job")
    outbox.add_argument(
        "--resolve", type=int, metavar="JOB", help="decide a conflict: with --keep-mine or --take-theirs"
    )
    side = outbox.add_mutually_exclusive_group()
    side.add_argument("--keep-mine", action="store_true", help="with --resolve: overwrite the site's copy")
    side.add_argument(
        "--take-theirs", action="store_true", help="with --resolve: the site's version becomes a revision"
    )


def _read_password(prompt: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _read_answer(prompt: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return input(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def job_to_dict(job: OutboxJob, state: SiteState | None = None) -> dict[str, Any]:
    """A job; `state` is its article's publication state on the job's site (None: on no site)."""
    publication = {"destination": job.destination_name, "state": state.state.value} if state else None
    return {
        "id": job.id,
        "article_id": job.article_id,
        "headline": job.headline,
        "destination": job.destination_name,
        "action": job.action.value,
        "state": job.state.value,
        "requested_status": job.requested_status.value if job.requested_status else None,
        "scheduled_at": job.scheduled_at.isoformat() if job.scheduled_at else None,
        "attempts": job.attempts,
        "next_attempt_at": job.next_attempt_at.isoformat() if job.next_attempt_at else None,
        "step": job.step,
        "last_error": job.last_error,  # the sentence an editor reads
        "error_detail": job.error_detail,  # the technical side of it (the app's Details)
        "resolution": job.resolution.value if job.resolution else None,  # theirs, mine, choices
        "bytes_sent": job.bytes_sent,
        "bytes_total": job.bytes_total,
        "created_at": job.created_at.isoformat(),
        "updated_at": job.updated_at.isoformat(),
        "publication": publication,
    }


def publication_lines(ws: Workspace, article_id: int) -> list[str]:
    """`show`: 'On Herald: Published, Edited here since it was sent, https://…' per site."""
    lines = []
    for state in ws.outbox.publication_states(article_id):
        publication = state.publication
        status = publication.remote_status.label if publication and publication.remote_status else "-"
        link = f", {publication.link}" if publication and publication.link else ""
        lines.append(f"On {state.site}: {status}, {state.sentence()}{link}")
    return lines


def _job_line(job: OutboxJob) -> str:
    from workstation.domain.outbox_words import job_state_label

    text = f"{job.id:>5}  {job_state_label(job):<16} {job.action.value:<9} {job.destination_name:<16} "
    text += job.headline[:40]
    shows_error = bool(job.last_error) and (not job.state.is_open or job.state is JobState.RETRYING)
    detail = job.last_error if shows_error else ""
    return f"{text}\n       {detail or job.step}"


def _parse_at(text: str | None) -> datetime | None:
    from workstation.domain.errors import ValidationError

    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            "--at", f"{text!r} is not an ISO-8601 date and time (2026-12-01T08:00)"
        ) from None
    return moment if moment.tzinfo is not None else moment.astimezone()  # local time as typed


def _outcome(ws: Workspace, jobs: list[OutboxJob], out: TextIO, err: TextIO, queue_only: bool) -> int:
    status = EXIT_OK
    for job in jobs:
        if queue_only:
            print(f"Queued job {job.id}: {job.action.value} to {job.destination_name}", file=out)
            continue
        done = ws.outbox.run_job(job.id) or ws.outbox.job(job.id)
        if done.state is JobState.DONE:
            print(done.step, file=out)
            continue
        status = EXIT_JOB_FAILED
        when = f" (next try {done.next_attempt_at:%H:%M:%S} UTC)" if done.next_attempt_at else ""
        print(f"workstation: job {done.id} {done.state.label.lower()}{when}: {done.last_error}", file=err)
    return status


def _list_destinations(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    destinations = ws.destinations.list()
    if args.json:
        rows = [
            {
                "name": d.name,
                "url": d.url,
                "user": d.username,
                "api_root": d.api_root,
                "verified_at": d.verified_at.isoformat() if d.verified_at else None,
                "managed": d.managed,
                "api_origin": d.api_origin or None,
                "certificate_sha256": d.certificate_fingerprint or None,
            }
            for d in destinations
        ]
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif not destinations:
        print("No destinations. Add one: workstation destinations add NAME URL --user USER", file=out)
    for d in destinations if not args.json else ():
        mark = " (managed)" if d.managed else ""
        print(f"{d.name}{mark}\t{d.url}\t{d.username or '-'}", file=out)
        if d.api_origin:
            print(f"\tREST API at {d.api_origin} (confirmed another origin)", file=out)
        if d.pinned_certificate:
            print(f"\ttrusted certificate SHA-256 {d.certificate_fingerprint}", file=out)
    return EXIT_OK


def cmd_destinations(ws: Workspace, args: argparse.Namespace, out: TextIO, _err: TextIO) -> int:
    action = args.destinations_command
    if action == "list":
        return _list_destinations(ws, args, out)
    if action == "add":
        password = _read_password(f"Application password for {args.user} on {args.url}: ")
        added = ws.destinations.add(
            args.name,
            args.url,
            args.user,
            password,
            allow_api_origin=args.allow_api_origin,
            trust_certificate=args.trust_certificate,
        )
        print(
            f"Added {added.name} ({added.url}) as {added.username}; the password is in the system keyring.",
            file=out,
        )
        if added.api_origin:
            print(f"Its REST API is at {added.api_origin}, as you confirmed.", file=out)
        if added.pinned_certificate:
            print(f"Its certificate (SHA-256 {added.certificate_fingerprint}) is trusted.", file=out)
        return EXIT_OK
    destination = ws.destinations.by_name(args.name)
    if action == "remove":
        ws.destinations.remove(destination.id)
        print(f"Removed {destination.name}.", file=out)
    elif action == "verify":
        account = ws.destinations.verify(destination.id)
        print(f"{destination.name}: logged in as {account.name}; may publish.", file=out)
    elif action == "trust-certificate":
        return _trust_certificate(ws, destination, args, out, _err)
    elif action == "password":
        password = _read_password(f"Application password for {destination.username} on {destination.url}: ")
        ws.destinations.set_password(destination.id, password)
        resumed = ws.outbox.resume_after_password(destination.id)
        print(f"{destination.name}: password checked and stored in the system keyring.", file=out)
        if resumed:
            print(f"{len(resumed)} job(s) waiting for it are queued again.", file=out)
    return EXIT_OK


def _trust_certificate(
    ws: Workspace, destination: Destination, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    """Pin the certificate the site shows now (after a question, or when --fingerprint matches),
    or with --remove forget the pin."""
    from workstation.domain.publishing import same_fingerprint

    if args.remove:
        if not destination.pinned_certificate:
            print(f"{destination.name} has no trusted certificate of its own.", file=out)
            return EXIT_OK
        ws.destinations.forget_certificate(destination.id)
        print(f"{destination.name}: its certificate is no longer trusted on its own.", file=out)
        return EXIT_OK
    certificate = ws.destinations.site_certificate(destination.url)
    named = f" issued to {certificate.subject} by {certificate.issuer}" if certificate.subject else ""
    print(f"{destination.url} shows a certificate{named}, SHA-256:\n  {certificate.fingerprint}", file=out)
    if args.fingerprint is not None:
        if not same_fingerprint(args.fingerprint, certificate.fingerprint):
            print(
                f"workstation: error: that is not {args.fingerprint.strip()}; nothing was trusted.",
                file=err,
            )
            return EXIT_BAD_INPUT
    else:
        answer = _read_answer("Trust it for this destination? Compare it with what your IT says [y/N]: ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was trusted.", file=out)
            return EXIT_BAD_INPUT
    ws.destinations.pin_certificate(destination.id, certificate)
    print(f"{destination.name}: this certificate is trusted from now on.", file=out)
    return EXIT_OK


def cmd_publish(ws: Workspace, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from workstation.services.publishing.outbox import PreflightBlocked

    destination = ws.destinations.by_name(args.destination)
    status = RemoteStatus(args.status) if args.status else None
    try:
        job = ws.outbox.publish(args.id, destination.id, status, _parse_at(args.at))
    except PreflightBlocked as exc:
        for item in exc.items:
            print(f"workstation: error: {item.field}: {item.message}", file=err)
        return EXIT_BAD_INPUT
    return _outcome(ws, [job], out, err, args.queue_only)


def cmd_unpublish(ws: Workspace, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    destination_id = ws.destinations.by_name(args.destination).id if args.destination else None
    jobs = ws.outbox.unpublish(args.id, destination_id)
    return _outcome(ws, jobs, out, err, args.queue_only)


def cmd_pull(ws: Workspace, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    destination = ws.destinations.by_name(args.destination)
    report = ws.pulls.pull(destination.id, (lambda text: print(text, file=err)) if not args.json else None)
    if args.json:
        json.dump(
            {
                "created": report.created,
                "updated": report.updated,
                "kept_local": report.kept_local,
                "sections_added": report.sections_added,
                "tags_mapped": report.tags_mapped,
                "problems": report.problems,
            },
            out,
            indent=2,
        )
        out.write("\n")
    else:
        print(
            f"Pulled from {destination.name}: {len(report.created)} new, {len(report.updated)} updated, "
            f"{len(report.kept_local)} kept with local edits, {report.sections_added} sections added.",
            file=out,
        )
        for problem in report.problems:
            print(f"workstation: warning: {problem}", file=err)
    return EXIT_OK if not report.problems else EXIT_JOB_FAILED


def cmd_outbox(ws: Workspace, args: argparse.Namespace, out: TextIO, _err: TextIO) -> int:
    if args.retry is not None:
        job = ws.outbox.retry(args.retry)
        print(f"Job {job.id} queued again.", file=out)
        return EXIT_OK
    if args.cancel is not None:
        job = ws.outbox.cancel(args.cancel)
        print(f"Job {job.id} cancelled.", file=out)
        return EXIT_OK
    if args.resolve is not None or args.keep_mine or args.take_theirs:
        return _resolve(ws, args, out, _err)
    if args.action == "run":
        report = ws.outbox.run_due(lambda _job: None)
        print(f"Sent {report.sent}, failed {report.failed}, waiting to retry {report.waiting}.", file=out)
        return EXIT_JOB_FAILED if report.failed else EXIT_OK
    jobs = ws.outbox.jobs()
    if args.json:
        states = ws.outbox.article_states([job.article_id for job in jobs])
        by_site = {(s.article_id, s.destination_id): s for found in states.values() for s in found}
        rows = [job_to_dict(job, by_site.get((job.article_id, job.destination_id))) for job in jobs]
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif not jobs:
        print("The outbox is empty.", file=out)
    for job in jobs if not args.json else ():
        print(_job_line(job), file=out)
    return EXIT_OK


def _resolve(ws: Workspace, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """`outbox --resolve JOB --keep-mine` sends the article over the site's copy at once;
    `--take-theirs` makes the site's version the article's latest revision."""
    if args.resolve is None or not (args.keep_mine or args.take_theirs):
        print("workstation: error: --resolve JOB takes --keep-mine or --take-theirs.", file=err)
        return EXIT_BAD_INPUT
    job = ws.outbox.job(args.resolve)
    if job.state is not JobState.CONFLICT:
        print(
            f"workstation: error: job {job.id} is {job.state.label.lower()}, not in conflict; "
            "only a conflict can be resolved.",
            file=err,
        )
        return EXIT_BAD_INPUT
    if args.take_theirs:
        ws.outbox.resolve_conflict(job.id, "theirs")
        print(
            f"Took {job.destination_name}'s version: it is the latest revision of article {job.article_id}.",
            file=out,
        )
        return EXIT_OK
    queued = ws.outbox.resolve_conflict(job.id, "mine")
    return _outcome(ws, [queued], out, err, queue_only=False)


COMMANDS = {
    "destinations": cmd_destinations,
    "publish": cmd_publish,
    "unpublish": cmd_unpublish,
    "pull": cmd_pull,
    "outbox": cmd_outbox,
}
