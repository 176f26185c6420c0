"""The Destinations dialog: checking a site, what it says when something is wrong, passwords, sections and
tags."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QWidget,
)

from tests.fakes.fake_site import PASSWORD, FakeSite
from tests.fakes.publishing import SITE_URL, add_destination, make_article
from tests.gui.helpers import ws_of
from tests.gui.publishing.publishing_helpers import (
    assert_named,
    fill_destination,
    open_destinations,
    open_publish,
    show_article,
    wait_for,
)
from workstation.ui.publishing.destinations_dialog import DestinationsDialog
from workstation.ui.publishing.password_dialog import PasswordDialog


def _cell(dialog: DestinationsDialog, row: int, column: int) -> str:
    """The text of a cell of the destination list."""
    item = dialog.list.topLevelItem(row)
    assert item is not None, f"no destination in row {row}"
    return item.text(column)


def test_destinations_dialog_is_named_and_empty_state_says_what_to_do(qtbot, publishing_window) -> None:
    dialog = open_destinations(publishing_window)
    wait_for(qtbot, lambda: not dialog.busy_now)
    assert dialog.objectName() == "destinationsDialog"
    assert dialog.empty_label.isVisible()
    assert "No destinations yet" in dialog.empty_label.text()
    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    for name in (
        "destinationList",
        "destinationNameEdit",
        "destinationUrlEdit",
        "destinationUserEdit",
        "destinationPasswordEdit",
        "addDestinationButton",
        "removeDestinationButton",
        "verifyDestinationButton",
    ):
        assert dialog.findChild(QWidget, name) is not None, name
    assert_named(dialog)


def test_a_wrong_password_shows_the_sites_message_and_adds_nothing(qtbot, publishing_window) -> None:
    dialog = open_destinations(publishing_window)
    wait_for(qtbot, lambda: not dialog.busy_now)
    fill_destination(dialog, "wrong password")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible() or dialog.message.text()
    wait_for(qtbot, lambda: not dialog.busy_now)
    assert dialog.message.isVisible()
    assert "did not accept user 'editor'" in dialog.message.text()
    assert "Traceback" not in dialog.message.text()
    assert ws_of(publishing_window).destinations.list() == []
    assert keyring.get_password("Editorial Workstation", f"editor@{SITE_URL}") is None


def test_check_and_add_stores_the_site_and_the_password_in_the_keyring(qtbot, publishing_window) -> None:
    dialog = open_destinations(publishing_window)
    wait_for(qtbot, lambda: not dialog.busy_now)
    fill_destination(dialog, PASSWORD)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.list.topLevelItemCount() == 1)
    assert "Added Herald" in dialog.message.text()
    assert _cell(dialog, 0, 0) == "Herald"
    assert _cell(dialog, 0, 3).startswith("Today")
    assert dialog.password_edit.text() == ""
    assert keyring.get_password("Editorial Workstation", f"editor@{SITE_URL}") == PASSWORD


def test_fetching_the_sites_sections_and_tags_makes_them_pickable(
    qtbot, publishing_window, site: FakeSite
) -> None:
    from workstation.services.publishing.publisher import RemoteTerm

    site.categories[10] = RemoteTerm(10, "Sport", "sport", 0)
    site.categories[11] = RemoteTerm(11, "Soccer", "soccer", 10)
    site.tags[20] = RemoteTerm(20, "Allsvenskan", "allsvenskan", 0)
    add_destination(ws_of(publishing_window))
    dialog = open_destinations(publishing_window)
    wait_for(qtbot, lambda: dialog.list.topLevelItemCount() == 1 and not dialog.busy_now)
    assert dialog.fetch_button.isEnabled()
    changed = []
    publishing_window.signals.taxonomy_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: bool(changed) and not dialog.busy_now)
    assert "Herald: 2 new sections, 1 tag from the site." in dialog.message.text()
    paths = [node.path for node in ws_of(publishing_window).taxonomy.sections()]
    assert ("Sport", "Soccer") in paths
    assert "Allsvenskan" in [tag.name for tag in ws_of(publishing_window).taxonomy.tags()]


def test_a_user_who_may_not_publish_is_told_so(qtbot, publishing_window, site: FakeSite) -> None:
    site.can_publish = False
    dialog = open_destinations(publishing_window)
    wait_for(qtbot, lambda: not dialog.busy_now)
    fill_destination(dialog, PASSWORD)
    dialog.add_button.click()
    wait_for(qtbot, lambda: not dialog.busy_now and dialog.message.isVisible())
    assert "may not publish posts" in dialog.message.text()
    assert ws_of(publishing_window).destinations.list() == []


def test_no_keyring_says_what_to_do_instead_of_hanging(qtbot, publishing_window) -> None:
    keyring.set_keyring(FailKeyring())
    dialog = open_destinations(publishing_window)
    wait_for(qtbot, lambda: not dialog.busy_now)
    fill_destination(dialog, PASSWORD)
    dialog.add_button.click()
    wait_for(qtbot, lambda: not dialog.busy_now and "keyring" in dialog.message.text())
    assert "No system keyring is available" in dialog.message.text()
    assert ws_of(publishing_window).destinations.list() == []


def test_rename_verify_and_remove(qtbot, publishing_window, prompts) -> None:
    add_destination(ws_of(publishing_window))
    dialog = open_destinations(publishing_window)
    wait_for(qtbot, lambda: dialog.list.topLevelItemCount() == 1 and not dialog.busy_now)
    dialog.verify_button.click()
    wait_for(qtbot, lambda: not dialog.busy_now and "publishing works" in dialog.message.text())

    prompts.answer("ask_text", "Sweden Herald")
    dialog.rename_button.click()
    wait_for(
        qtbot,
        lambda: dialog.list.topLevelItemCount() == 1 and _cell(dialog, 0, 0) == "Sweden Herald",
    )

    prompts.answer("confirm", False)
    dialog.remove_button.click()
    assert len(ws_of(publishing_window).destinations.list()) == 1
    prompts.answer("confirm", True)
    dialog.remove_button.click()
    wait_for(qtbot, lambda: not dialog.busy_now and dialog.list.topLevelItemCount() == 0)
    assert "posts stay on the site" in dialog.message.text()
    assert ws_of(publishing_window).destinations.list() == []


def test_enter_password_again_from_the_destinations_dialog(
    qtbot, publishing_window, site, monkeypatch
) -> None:
    add_destination(ws_of(publishing_window))
    site.password = "new pass word"
    dialog = open_destinations(publishing_window)
    wait_for(qtbot, lambda: dialog.list.topLevelItemCount() == 1 and not dialog.busy_now)
    shown: list[PasswordDialog] = []

    def fake_exec(self: PasswordDialog) -> int:
        shown.append(self)
        self.password_edit.setText("new pass word")
        self.save_button.click()
        wait_for(qtbot, lambda: not self.busy_now)
        return 1

    monkeypatch.setattr(PasswordDialog, "exec", fake_exec)
    dialog.password_button.click()
    assert shown
    assert shown[0].password_edit.echoMode() is QLineEdit.EchoMode.Password
    assert "new password works" in dialog.message.text()
    assert keyring.get_password("Editorial Workstation", f"editor@{SITE_URL}") == "new pass word"


def test_no_destination_offers_to_add_one(qtbot, publishing_window, tmp_path) -> None:
    article_id = make_article(ws_of(publishing_window), tmp_path, photo=False)
    show_article(publishing_window, article_id)
    dialog = open_publish(qtbot, publishing_window)
    assert dialog.no_destinations.isVisible()
    assert not dialog.publish_button.isEnabled()
    dialog.add_site_button.click()
    wait_for(qtbot, lambda: isinstance(publishing_window.editing.publishing.dialog, DestinationsDialog))
