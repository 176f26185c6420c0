"""CI's share of the chaos suite (`make chaos` runs 100): ten kill -9 trials of the real app, one
each way it can be caught, all of them passing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.chaos import runner

CI_TRIALS = int(os.environ.get("CHAOS_CI_TRIALS", "10"))


@pytest.mark.slow
@pytest.mark.timing  # the 2 s bound on lost typing
def test_ten_killed_sessions_lose_at_most_two_seconds_and_corrupt_nothing(tmp_path: Path) -> None:
    totals = runner.run(CI_TRIALS, seed=20261204, work=tmp_path)
    print(runner.report(totals))
    assert len(totals.trials) == CI_TRIALS
    assert {trial.scenario for trial in totals.trials} == set(runner.SCENARIOS)
    assert totals.corrupt == 0, runner.report(totals)
    assert totals.failed_starts == 0, runner.report(totals)
    assert totals.worst_loss <= runner.MAX_LOSS_SECONDS, runner.report(totals)
    # The kills really landed in more than one situation (not all before the window opened).
    assert len({trial.killed_in for trial in totals.trials}) >= 3, runner.report(totals)
