"""What every benchmark returns, and the small statistics they share."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.synthetic import StoreInfo


@dataclass(frozen=True)
class Settings:
    store: StoreInfo
    python: Path  # the interpreter of the venv, for subprocess benchmarks


@dataclass(frozen=True)
class Check:
    """One budget: `value` must be at most `limit`."""

    label: str  # e.g. "p95 <= 30 ms"
    value: float
    limit: float

    @property
    def ok(self) -> bool:
        return self.value <= self.limit


@dataclass
class Result:
    name: str
    measured: str  # e.g. "p50 4.1 / p95 9.0 ms"
    baseline: str
    ratio: float | None
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # printed under the table


def percentile(samples: Sequence[float], pct: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(samples)
    if not ordered:
        return math.nan
    position = (len(ordered) - 1) * pct / 100
    low = math.floor(position)
    high = math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def p50_p95(samples: Sequence[float]) -> tuple[float, float]:
    return percentile(samples, 50), percentile(samples, 95)


def fmt_p(samples: Sequence[float]) -> str:
    p50, p95 = p50_p95(samples)
    return f"p50 {p50:.1f} / p95 {p95:.1f} ms"


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def time_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000
