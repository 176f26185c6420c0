"""Destinations: checking a site, passwords in the keyring only, the organisation's presets."""

from __future__ import annotations

import pytest

from tests.fakes.fake_site import PASSWORD, FakePublisher
from tests.fakes.publishing import SITE_URL, add_destination, wire
from tests.unit.services.publishing.outbox_helpers import Clock
from workstation.domain.errors import ValidationError
from workstation.services.publishing.errors import (
    CredentialsError,
    NotWordPressError,
    PermanentError,
)
from workstation.services.workspace import open_workspace
from workstation.store.publishing_repository import DestinationRepository


def test_adding_a_destination_checks_the_site_and_keeps_the_password_in_the_keyring_only(
    ws, site, data_dir, memory_keyring
):
    with pytest.raises(CredentialsError, match="did not accept user 'editor'"):
        ws.destinations.add("Herald", SITE_URL, "editor", "wrong password")
    assert ws.destinations.list() == []
    site.can_publish = False
    with pytest.raises(PermanentError, match="may not publish"):
        ws.destinations.add("Herald", SITE_URL, "editor", PASSWORD)
    site.can_publish = True
    destination = ws.destinations.add("Herald", SITE_URL, "editor", PASSWORD)
    assert destination.api_root == SITE_URL + "/wp-json/"
    assert list(memory_keyring.passwords.values()) == [PASSWORD]
    ws.close()
    for file in data_dir.rglob("*"):
        if file.is_file():
            assert PASSWORD.encode() not in file.read_bytes(), file
    reopened = open_workspace(data_dir)
    try:
        wire(reopened, site, Clock())
        with pytest.raises(ValidationError, match="already exists"):
            reopened.destinations.add("herald", SITE_URL, "editor", PASSWORD)
    finally:
        reopened.close()


def test_removing_a_destination_removes_its_password(ws, memory_keyring):
    destination_id = add_destination(ws)
    ws.destinations.remove(destination_id)
    assert memory_keyring.passwords == {}
    assert ws.destinations.list() == []


def test_organisation_presets_are_added_without_passwords_and_can_be_locked(data_dir, site, clock):
    from workstation.services.managed_config import ManagedConfig, ManagedDestination

    managed = ManagedConfig(
        path=None,
        destinations=(ManagedDestination("Herald", SITE_URL, "editor"),),
        locked=frozenset({"destinations"}),
    )
    workspace = open_workspace(data_dir, clock=clock, managed=managed)
    try:
        (preset,) = workspace.destinations.list()
        assert (preset.name, preset.url, preset.username, preset.managed) == (
            "Herald",
            SITE_URL,
            "editor",
            True,
        )
        assert workspace.destinations.password(preset) is None
        with pytest.raises(ValidationError, match="set by your organisation"):
            workspace.destinations.add("Other", "https://other.example", "me", "pw")
        with pytest.raises(ValidationError, match="set by your organisation"):
            workspace.destinations.remove(preset.id)
    finally:
        workspace.close()
    again = open_workspace(data_dir, clock=clock, managed=managed)
    try:
        assert len(again.destinations.list()) == 1  # not added twice
    finally:
        again.close()


def test_a_site_keeps_its_time_zone_from_the_check_and_learns_it_when_missing(ws, site):
    destination = ws.destinations.add("Herald", SITE_URL, "editor", PASSWORD)
    assert destination.timezone == "Europe/Stockholm"  # what the site said when it was checked
    assert ws.destinations.learn_timezone(destination.id) == "Europe/Stockholm"
    with ws.db.session() as session:
        DestinationRepository(session).update(destination.id, timezone="")
    calls = len(site.calls)
    assert ws.destinations.learn_timezone(destination.id) == "Europe/Stockholm"  # asked of the site
    assert ws.destinations.get(destination.id).timezone == "Europe/Stockholm"  # and kept
    assert len(site.calls) >= calls
    site.password = "changed on the site"
    with ws.db.session() as session:
        DestinationRepository(session).update(destination.id, timezone="")
    assert ws.destinations.learn_timezone(destination.id) == ""  # cannot say: local time only


def test_plain_http_to_another_machine_needs_the_editors_yes(ws, site, memory_keyring):
    with pytest.raises(NotWordPressError, match="not encrypted"):
        ws.destinations.add("LAN", "http://192.168.1.20:8080", "editor", PASSWORD)
    assert ws.destinations.list() == []
    added = ws.destinations.add("LAN", "http://192.168.1.20:8080", "editor", PASSWORD, allow_plain_http=True)
    assert added.url == "http://192.168.1.20:8080"
    publisher = ws.destinations.publisher(added, PASSWORD)
    assert isinstance(publisher, FakePublisher)
    assert publisher.plain_http  # stored after the editor's yes: the outbox may send to it
    local = ws.destinations.add("Here", "http://127.0.0.1:8091", "editor", PASSWORD)
    publisher = ws.destinations.publisher(local, PASSWORD)
    assert isinstance(publisher, FakePublisher)
    assert not publisher.plain_http  # this machine: nothing crosses the network
