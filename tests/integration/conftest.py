"""Fixtures for tests against a real local WordPress (see wordpress_site.py and fault_proxy.py).

- ``wordpress_site`` (session): one site per test session, stopped at the end.
- ``wp``: that site, reset to empty (no posts, media, tags; only the Uncategorized category).
- ``fault_proxy``: a started FaultProxy in front of ``wp`` (its ``url`` / ``api_root`` go through it).

Every test in this directory is marked ``wordpress`` and ``integration``. Without the Debian
packages the tests skip, except under CI=true, where they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.fault_proxy import FaultProxy
from tests.integration.wordpress_site import (
    APT_INSTALL,
    ProvisioningError,
    WordPressSite,
    missing_requirements,
)

HERE = Path(__file__).resolve().parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "wordpress: runs against a real local WordPress (tests/integration)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.wordpress)
            item.add_marker(pytest.mark.integration)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"WordPress integration tests must run under CI, but: {reason}", pytrace=False)
    pytest.skip(
        f"no local WordPress: {reason}. As root `make test` installs the Debian packages; "
        f"or run: sudo {APT_INSTALL}"
    )


@pytest.fixture(scope="session")
def wordpress_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WordPressSite]:
    missing = missing_requirements()
    if missing:
        _unavailable("missing " + ", ".join(missing))
    site = WordPressSite()
    try:
        site.start(tmp_path_factory.mktemp("wordpress"))
    except ProvisioningError as e:
        _unavailable(f"provisioning failed: {e}")
    try:
        yield site
    finally:
        site.stop()


@pytest.fixture
def wp(wordpress_site: WordPressSite) -> WordPressSite:
    wordpress_site.reset()
    return wordpress_site


@pytest.fixture
def fault_proxy(wp: WordPressSite) -> Iterator[FaultProxy]:
    proxy = FaultProxy("127.0.0.1", wp.port).start()
    try:
        yield proxy
    finally:
        proxy.stop()
