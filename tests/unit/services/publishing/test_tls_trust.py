"""TLS against real local HTTPS servers: a self-signed certificate (trusted only through a pin)
and one from a local CA (trusted through the system trust store, SSL_CERT_FILE here, or the
organisation's managed ca_file). An untrusted certificate is a permanent error, never retried."""

from __future__ import annotations

import io
import sys

import pytest

from tests.fakes.mini_wordpress import PASSWORD, USER, local_ca, mini_wordpress, self_signed
from tests.fakes.publishing import make_article
from workstation.domain.errors import ValidationError
from workstation.domain.publishing import JobState, certificate_fingerprint
from workstation.services.managed_config import load_managed_config
from workstation.services.publishing.errors import UntrustedCertificate
from workstation.services.workspace import open_workspace


def test_a_self_signed_certificate_is_refused_with_its_fingerprint_and_nothing_is_sent(workspace, tmp_path):
    issued = self_signed(tmp_path)
    fingerprint = certificate_fingerprint(issued.cert.read_text())
    with mini_wordpress((issued.cert, issued.key)) as site:
        with pytest.raises(UntrustedCertificate) as refused:
            workspace.destinations.add("Herald", site.url, USER, PASSWORD)
        assert refused.value.fingerprint == fingerprint
        assert fingerprint in refused.value.sentence()
        assert "not trusted on this computer" in refused.value.sentence()
        assert site.behaviour.authorizations == []


def test_a_pinned_certificate_is_trusted_shown_and_removable(workspace, tmp_path):
    issued = self_signed(tmp_path)
    fingerprint = certificate_fingerprint(issued.cert.read_text())
    with mini_wordpress((issued.cert, issued.key)) as site:
        with pytest.raises(ValidationError, match="not AA:BB"):
            workspace.destinations.add("Herald", site.url, USER, PASSWORD, trust_certificate="AA:BB")
        assert site.behaviour.authorizations == []
        # As IT may paste it: lower case, without colons.
        typed = fingerprint.replace(":", "").lower()
        added = workspace.destinations.add("Herald", site.url, USER, PASSWORD, trust_certificate=typed)
        assert added.certificate_fingerprint == fingerprint
        assert workspace.destinations.verify(added.id).name == "Editor"
        workspace.destinations.forget_certificate(added.id)
        with pytest.raises(UntrustedCertificate):
            workspace.destinations.verify(added.id)
        workspace.destinations.pin_certificate(added.id, workspace.destinations.site_certificate(site.url))
        assert workspace.destinations.verify(added.id).name == "Editor"


def test_a_pin_trusts_that_certificate_only(workspace, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = self_signed(tmp_path / "a"), self_signed(tmp_path / "b")
    pinned = first.cert.read_text()
    with mini_wordpress((first.cert, first.key)) as site:
        assert workspace.destinations.check(site.url, USER, PASSWORD, pinned_certificate=pinned)
    with mini_wordpress((second.cert, second.key)) as impostor:  # another certificate, same name
        with pytest.raises(UntrustedCertificate):
            workspace.destinations.check(impostor.url, USER, PASSWORD, pinned_certificate=pinned)
        assert impostor.behaviour.authorizations == []


def test_a_local_ca_is_trusted_through_the_system_trust_store(workspace, tmp_path, monkeypatch):
    ca, issued = local_ca(tmp_path)
    with mini_wordpress((issued.cert, issued.key)) as site:
        with pytest.raises(UntrustedCertificate):
            workspace.destinations.add("Herald", site.url, USER, PASSWORD)
        # OpenSSL's trust store as the system configures it (here through SSL_CERT_FILE).
        monkeypatch.setenv("SSL_CERT_FILE", str(ca.cert))
        added = workspace.destinations.add("Herald", site.url, USER, PASSWORD)
        assert added.pinned_certificate == ""
        assert workspace.destinations.verify(added.id).name == "Editor"


def test_a_local_ca_is_trusted_through_the_managed_ca_file(data_dir, tmp_path):
    ca, issued = local_ca(tmp_path)
    config = tmp_path / "config.toml"
    config.write_text(f'[tls]\nca_file = "{ca.cert}"\n')
    managed = load_managed_config(config)
    assert managed.problems == ()
    assert managed.ca_file == str(ca.cert)
    workspace = open_workspace(data_dir, managed=managed)
    try:
        with mini_wordpress((issued.cert, issued.key)) as site:
            added = workspace.destinations.add("Herald", site.url, USER, PASSWORD)
            assert workspace.destinations.verify(added.id).name == "Editor"
    finally:
        workspace.close()


def test_a_ca_file_that_is_not_certificates_is_a_problem_naming_the_key(tmp_path):
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate")
    config = tmp_path / "config.toml"
    config.write_text(f'[tls]\nca_file = "{bad}"\n')
    managed = load_managed_config(config)
    assert managed.ca_file is None
    (problem,) = managed.problems
    assert "[tls] ca_file" in problem
    assert "ca.pem" in problem


def test_an_untrusted_certificate_fails_the_job_instead_of_retrying_forever(workspace, tmp_path):
    issued = self_signed(tmp_path)
    with mini_wordpress((issued.cert, issued.key)) as site:
        added = workspace.destinations.add(
            "Herald",
            site.url,
            USER,
            PASSWORD,
            trust_certificate=certificate_fingerprint(issued.cert.read_text()),
        )
        workspace.destinations.forget_certificate(added.id)
        job = workspace.outbox.publish(make_article(workspace, tmp_path), added.id)
        workspace.outbox.run_due()
        done = workspace.outbox.job(job.id)
    assert done.state is JobState.FAILED
    assert done.next_attempt_at is None
    assert "not trusted on this computer" in done.last_error


def test_cli_trusts_a_certificate_by_fingerprint_lists_it_and_removes_it(cli, tmp_path, monkeypatch):
    issued = self_signed(tmp_path)
    fingerprint = certificate_fingerprint(issued.cert.read_text())
    with mini_wordpress((issued.cert, issued.key)) as site:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        code, _out, err = cli("destinations", "add", "Herald", site.url, "--user", USER)
        assert code == 2
        assert fingerprint in err
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        code, out, err = cli(
            "destinations", "add", "Herald", site.url, "--user", USER, "--trust-certificate", fingerprint
        )
        assert code == 0, err
        code, out, _err = cli("destinations", "list")
        assert f"trusted certificate SHA-256 {fingerprint}" in out
        code, out, _err = cli("destinations", "trust-certificate", "Herald", "--remove")
        assert code == 0
        assert "no longer trusted" in out
        code, out, err = cli("destinations", "verify", "Herald")
        assert code == 2
        assert "not trusted on this computer" in err
        code, out, err = cli("destinations", "trust-certificate", "Herald", "--fingerprint", "00:11")
        assert code == 2
        assert fingerprint in out
        assert "nothing was trusted" in err
        monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))
        code, out, err = cli("destinations", "trust-certificate", "Herald")
        assert code == 0, err
        assert "issued to 127.0.0.1" in out
        code, out, err = cli("destinations", "verify", "Herald")
        assert code == 0, err
    code, out, _err = cli("destinations", "list", "--json")
    assert fingerprint in out
