"""How hard the fuzz tests try, and how many examples each target ran.

WORKSTATION_FUZZ_PROFILE picks a hypothesis profile: "quick" (the default, so `make test` stays
fast) or "thorough" (`make fuzz`). Each target counts the examples it was given; the session
ends with one line per target (tests/fuzz/conftest.py prints them)."""

from __future__ import annotations

import os
from collections import Counter
from datetime import timedelta

from hypothesis import HealthCheck, settings

PROFILE_ENV = "WORKSTATION_FUZZ_PROFILE"
# Per example: far above what any input needs, well below "hangs" (pytest-timeout ends the rest).
DEADLINE = timedelta(seconds=10)
_SUPPRESSED = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture]

settings.register_profile(
    "fuzz-quick",
    parent=settings.get_profile("workstation"),
    max_examples=50,
    deadline=DEADLINE,
    suppress_health_check=_SUPPRESSED,
)
settings.register_profile(
    "fuzz-thorough",
    parent=settings.get_profile("workstation"),
    max_examples=2000,
    deadline=DEADLINE,
    suppress_health_check=_SUPPRESSED,
)


def profile_name() -> str:
    chosen = os.environ.get(PROFILE_ENV, "quick").strip().lower() or "quick"
    if chosen not in ("quick", "thorough"):
        raise ValueError(f"{PROFILE_ENV}={chosen!r}: use quick or thorough")
    return f"fuzz-{chosen}"


def fuzz_settings(share: float = 1.0) -> settings:
    """The chosen profile's settings; `share` scales its example count for a slow target
    (one that starts a photo decode or an HTTP exchange per example)."""
    base = settings.get_profile(profile_name())
    return settings(base, max_examples=max(1, round(base.max_examples * share)))


EXAMPLES: Counter[str] = Counter()


def ran(target: str) -> None:
    """Count one example of `target` (called at the top of each fuzz test's body)."""
    EXAMPLES[target] += 1
