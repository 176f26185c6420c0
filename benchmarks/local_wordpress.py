"""The publishing benchmarks' site: a throwaway local WordPress (tests/integration's harness),
or the reason there is none, which the benchmark reports as skipped."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import Result


def skipped(name: str, reason: str) -> Result:
    return Result(name=name, measured="skipped", baseline="", ratio=None, notes=[reason])


def with_local_wordpress(name: str, cache_dir: Path, measure: Callable[[Any, Path], Result]) -> Result:
    """measure(site, work dir) against a WordPress started for it (stopped afterwards)."""
    from tests.integration.wordpress_site import ProvisioningError, WordPressSite, missing_requirements

    missing = missing_requirements()
    if missing:
        return skipped(
            name, "no local WordPress (missing " + ", ".join(missing) + "); `make test` as root installs it"
        )
    with tempfile.TemporaryDirectory(prefix=f"bench-{name}-", dir=cache_dir) as tmp:
        work = Path(tmp)
        site = WordPressSite()
        try:
            site.start(work / "wordpress")
        except ProvisioningError as exc:
            return skipped(name, f"WordPress could not start: {exc}")
        try:
            return measure(site, work)
        finally:
            site.stop()
