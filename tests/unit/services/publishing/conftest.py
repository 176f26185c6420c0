"""Fixtures of the publishing tests: an in-memory site and a workspace publishing to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.fake_site import FakeSite
from tests.fakes.publishing import wire
from tests.unit.services.publishing.outbox_helpers import Clock
from workstation.services.workspace import open_workspace


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def site() -> FakeSite:
    return FakeSite()


@pytest.fixture
def ws(data_dir: Path, site: FakeSite, clock: Clock):
    workspace = open_workspace(data_dir, clock=clock)
    wire(workspace, site, clock)
    try:
        yield workspace
    finally:
        workspace.close()
