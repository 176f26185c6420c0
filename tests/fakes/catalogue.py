"""The Swedish catalogue for tests: built from the .ts as `make translations` does, when make was
not run (a test run straight from pytest) or the .ts is newer than the .qm."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workstation.ui.common.translations import CATALOGUE, catalogue_dir

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def swedish_ts() -> Path:
    return catalogue_dir() / f"{CATALOGUE}_sv.ts"


def ensure_swedish_catalogue() -> Path:
    ts = swedish_ts()
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm
