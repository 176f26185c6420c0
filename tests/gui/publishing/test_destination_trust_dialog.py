"""The Destinations dialog against real local servers: a site naming its API on another origin is
added only after the editor confirms that origin, a self-signed certificate only after the editor
trusts its fingerprint; both are shown, and the pin can be removed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.fakes.mini_wordpress import PASSWORD, USER, mini_wordpress, self_signed
from tests.gui.publishing.publishing_helpers import wait_for
from workstation.domain.publishing import certificate_fingerprint
from workstation.services.workspace import open_workspace
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.publishing.destinations_dialog import DestinationsDialog


def _dialog(qtbot, data_dir: Path):
    workspace = open_workspace(data_dir)  # the real DestinationService: real HTTP, real TLS
    dialog = DestinationsDialog(workspace.destinations, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for(qtbot, lambda: not dialog.busy_now)
    return workspace, dialog


def _add(qtbot, dialog: DestinationsDialog, url: str) -> None:
    dialog.name_edit.setText("Herald")
    dialog.url_edit.setText(url)
    dialog.user_edit.setText(USER)
    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog.busy_now, timeout=10_000)


def test_an_api_on_another_origin_is_added_only_once_the_editor_confirms_it(qtbot, data_dir, prompts):
    workspace, dialog = _dialog(qtbot, data_dir)
    try:
        with mini_wordpress() as site, mini_wordpress() as elsewhere:
            site.behaviour.link_root = f"{elsewhere.url}/wp-json/"
            prompts.answer("confirm", False)
            _add(qtbot, dialog, site.url)
            (asked,) = prompts.asked("confirm")
            assert site.url in asked["message"]
            assert elsewhere.url in asked["message"]
            assert asked["action"] == "Trust This API Address"
            assert elsewhere.behaviour.authorizations == []
            assert elsewhere.url in dialog.message.text()  # the refusal, said
            assert dialog.list.topLevelItemCount() == 0

            prompts.answer("confirm", True)
            _add(qtbot, dialog, site.url)
            wait_for(qtbot, lambda: dialog.list.topLevelItemCount() == 1)
        wait_for(qtbot, dialog.trust_label.isVisible)
        assert f"REST API at {elsewhere.url}" in dialog.trust_label.text()
        assert workspace.destinations.list()[0].api_origin == elsewhere.url
    finally:
        dialog.close()
        workspace.close()


def test_a_self_signed_certificate_is_trusted_by_its_fingerprint_shown_and_removed(
    qtbot, data_dir, prompts, tmp_path
):
    issued = self_signed(tmp_path)
    fingerprint = certificate_fingerprint(issued.cert.read_text())
    workspace, dialog = _dialog(qtbot, data_dir)
    try:
        with mini_wordpress((issued.cert, issued.key)) as site:
            prompts.answer("confirm", True)
            _add(qtbot, dialog, site.url)
            wait_for(qtbot, lambda: dialog.list.topLevelItemCount() == 1)
            (asked,) = prompts.asked("confirm")
            assert fingerprint in asked["message"]
            assert asked["action"] == "Trust Certificate"
            wait_for(qtbot, dialog.trust_label.isVisible)
            assert fingerprint in dialog.trust_label.text()
            assert dialog.certificate_button.text() == "Stop Trusting Certificate…"
            dialog.grab().save(str(tmp_path / "destinations-trust.png"))

            qtbot.mouseClick(dialog.certificate_button, Qt.MouseButton.LeftButton)  # stop trusting
            wait_for(qtbot, lambda: not workspace.destinations.list()[0].pinned_certificate)
            wait_for(qtbot, lambda: not dialog.trust_label.isVisible())
            assert dialog.certificate_button.text() == "Certificate…"

            qtbot.mouseClick(dialog.certificate_button, Qt.MouseButton.LeftButton)  # trust again
            wait_for(qtbot, lambda: bool(workspace.destinations.list()[0].pinned_certificate))
            assert fingerprint in prompts.asked("confirm")[-1]["message"]
            assert workspace.destinations.verify(workspace.destinations.list()[0].id).name == "Editor"
    finally:
        dialog.close()
        workspace.close()
