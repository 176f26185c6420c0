"""What the publishing dialogs say when a site fails, from real network failures: one sentence for
the editor, the technical detail behind Details; and the question before a password goes out
over plain http to another machine."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.fakes.fake_site import PASSWORD, FakeSite
from tests.fakes.local_servers import closed_port, plain_http_server
from tests.gui.helpers import ws_of
from tests.gui.publishing.publishing_helpers import assert_named, open_destinations, wait_for
from workstation.services.publishing.credentials import CredentialStore
from workstation.services.publishing.destinations import DestinationService
from workstation.ui.publishing.destinations_dialog import DestinationsDialog
from workstation.ui.publishing.password_dialog import PasswordDialog


def _real_dialog(qtbot, window) -> DestinationsDialog:
    """The Destinations dialog over the real service: real discovery, real HTTP."""
    service = DestinationService(ws_of(window).db, CredentialStore())
    dialog = DestinationsDialog(service, window.editing.publishing.site_tasks, window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for(qtbot, lambda: not dialog.busy_now)
    return dialog


def _add(qtbot, dialog: DestinationsDialog, url: str) -> None:
    dialog.name_edit.setText("Test Herald")
    dialog.url_edit.setText(url)
    dialog.user_edit.setText("editor")
    dialog.password_edit.setText("abcd efgh ijkl mnop")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog.busy_now and dialog.message.detail() != "", timeout=15000)


def test_an_address_without_scheme_and_without_https_asks_if_http_was_meant(qtbot, publishing_window) -> None:
    dialog = _real_dialog(qtbot, publishing_window)
    with plain_http_server() as port:
        _add(qtbot, dialog, f"127.0.0.1:{port}")
    assert (
        dialog.message.text() == f"The site did not answer over HTTPS. Did you mean http://127.0.0.1:{port}?"
    )
    assert "SSL" not in dialog.message.text()
    button = dialog.message.details_button
    assert button.isVisible()
    assert not dialog.message.detail_view.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.message.detail_view.isVisible()
    assert "SSL" in dialog.message.detail_view.toPlainText()  # for whoever helps the editor
    assert f"127.0.0.1:{port}" in dialog.message.detail_view.toPlainText()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.message.detail_view.isVisible()
    assert ws_of(publishing_window).destinations.list() == []
    assert_named(dialog)


def test_a_site_that_is_down_is_not_answering(qtbot, publishing_window) -> None:
    dialog = _real_dialog(qtbot, publishing_window)
    _add(qtbot, dialog, f"http://127.0.0.1:{closed_port()}")
    assert dialog.message.text() == "The site is not answering."
    assert "Connection refused" in dialog.message.detail()
    dialog.message.ok("Added.")  # a message without detail has no Details button
    assert not dialog.message.details_button.isVisible()


def test_plain_http_to_another_machine_asks_first(qtbot, publishing_window, prompts, site: FakeSite) -> None:
    dialog = open_destinations(publishing_window)
    wait_for(qtbot, lambda: not dialog.busy_now)
    dialog.name_edit.setText("Newsroom LAN")
    dialog.url_edit.setText("http://192.168.1.20:8080")
    dialog.user_edit.setText("editor")
    dialog.password_edit.setText(PASSWORD)
    prompts.answer("confirm", False)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    (asked,) = prompts.asked("confirm")
    assert "readable" in asked["message"]
    assert "http://192.168.1.20:8080" in asked["message"]
    assert site.calls == []  # nothing was sent
    assert ws_of(publishing_window).destinations.list() == []

    prompts.answer("confirm", True)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.list.topLevelItemCount() == 1)
    assert "plain http" in dialog.message.text()
    (added,) = ws_of(publishing_window).destinations.list()
    assert added.url == "http://192.168.1.20:8080"

    # This machine's own site: nothing crosses the network, nothing to ask.
    dialog.name_edit.setText("Local test site")
    dialog.url_edit.setText("http://127.0.0.1:8091")
    dialog.user_edit.setText("editor")
    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.list.topLevelItemCount() == 2)
    assert len(prompts.asked("confirm")) == 2


def test_the_password_dialog_of_a_plain_http_site_warns(qtbot, publishing_window, prompts) -> None:
    ws = ws_of(publishing_window)
    added = ws.destinations.add(
        "Newsroom LAN", "http://192.168.1.20:8080", "editor", PASSWORD, allow_plain_http=True
    )
    dialog = PasswordDialog(
        ws.destinations, added, publishing_window.editing.publishing.site_tasks, publishing_window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.plain_http_warning.isVisible()
    assert "readable" in dialog.plain_http_warning.text()
    secure = ws.destinations.add("Herald", "https://news.example.org", "editor", PASSWORD)
    other = PasswordDialog(
        ws.destinations, secure, publishing_window.editing.publishing.site_tasks, publishing_window
    )
    qtbot.addWidget(other)
    other.show()
    assert not other.plain_http_warning.isVisible()
