"""The fuzz session's tally: how many examples each target ran (for the resolve note)."""

from __future__ import annotations

import pytest

from tests.fuzz.fuzz_budget import EXAMPLES, profile_name


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not EXAMPLES:
        return
    terminalreporter.section(f"fuzz examples ({profile_name()})")
    for target, count in sorted(EXAMPLES.items()):
        terminalreporter.write_line(f"{target}: {count} examples")
