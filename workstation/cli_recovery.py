"""`workstation backup` and `workstation salvage`: recovering a damaged store. They run without
opening the store as the other commands do, since it may not open at all."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def add_parsers(sub: Any, add_common: Callable[..., None]) -> None:
    backup = sub.add_parser(
        "backup", help="the store's rolling backups: list them, make one now, or restore one"
    )
    add_common(backup, top=False)
    action = backup.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true", help="list the backups, newest first (the default)")
    action.add_argument("--now", action="store_true", help="back the store up now")
    action.add_argument(
        "--restore", metavar="ID", help="put backup ID in the store's place (the current file is kept aside)"
    )
    backup.add_argument("--json", action="store_true", help="with --list: print JSON")

    salvage = sub.add_parser(
        "salvage",
        help="export every readable article as Markdown with its photos into OUT_DIR, "
        "then build a fresh store there from them",
    )
    add_common(salvage, top=False)
    salvage.add_argument("out_dir", type=Path, metavar="OUT_DIR")


def run(args: argparse.Namespace, data_dir: Path, out: TextIO, err: TextIO) -> int:
    if args.command == "salvage":
        return _salvage(args, data_dir, out, err)
    return _backup(args, data_dir, out)


def _backup(args: argparse.Namespace, data_dir: Path, out: TextIO) -> int:
    import json

    from workstation.services import recovery
    from workstation.services.managed_config import load_managed_config

    if args.now:
        made = recovery.make_backup(data_dir, keep=load_managed_config().backups_kept)
        print(f"Backed up the store as {made.id} ({made.path}).", file=out)
        return EXIT_OK
    if args.restore:
        aside = recovery.restore_backup(data_dir, args.restore)
        print(f"Restored backup {args.restore} as the store in {data_dir}.", file=out)
        if aside is not None:
            print(f"The store it replaced was kept as {aside}.", file=out)
        return EXIT_OK
    found = recovery.list_backups(data_dir)
    if args.json:
        rows = [
            {
                "id": b.id,
                "created_at": b.created_at.isoformat(),
                "reason": b.reason,
                "size": b.size,
                "path": str(b.path),
            }
            for b in found
        ]
        out.write(json.dumps(rows, indent=2) + "\n")
        return EXIT_OK
    if not found:
        print(f"No backups in {data_dir / 'backups'}.", file=out)
    for b in found:
        print(
            f"{b.id:<36}  {b.created_at:%Y-%m-%d %H:%M} UTC  {b.reason:<9}  {b.size // 1024:>8} KB", file=out
        )
    return EXIT_OK


def _salvage(args: argparse.Namespace, data_dir: Path, out: TextIO, err: TextIO) -> int:
    from workstation.services.recovery import salvage

    report = salvage(data_dir, args.out_dir)
    for problem in report.unreadable:
        print(f"workstation: warning: {problem}", file=err)
    for problem in report.import_failures:
        print(f"workstation: warning: {problem}", file=err)
    print(
        f"Salvaged {len(report.exported)} articles as Markdown into {report.out_dir / 'markdown'}; "
        f"{len(report.unreadable)} unreadable. A fresh store of {report.imported} articles is in "
        f"{report.store} (open it with --data-dir {report.out_dir}).",
        file=out,
    )
    return EXIT_OK if not report.unreadable and not report.import_failures else EXIT_BAD_INPUT
