"""The publication state in the window: the bar above the editor in each state with its one
action, the list's marker and Needs attention filter, the status bar, and the desktop notice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

from tests.fakes.publishing import add_destination, make_article, wire
from tests.gui.helpers import child, ws_of
from tests.gui.publishing.publishing_helpers import (
    job_in,
    make_conflict,
    publish_now,
    show_article,
    wait_for,
)
from workstation.domain.article import ArticleChanges
from workstation.domain.publication_state import PublicationState
from workstation.domain.publishing import JobState
from workstation.services.publishing.errors import PermanentError, TransientError
from workstation.services.workspace import open_workspace
from workstation.ui.articles.list_model import HEADLINE, SITE
from workstation.ui.publishing.conflict_dialog import ConflictDialog
from workstation.ui.publishing.state_notices import tray_available
from workstation.ui.window.main_window import MainWindow

# The marker's tooltip: the site's status, then the state there.
IN_SYNC_ON_HERALD = "Herald: Published · In sync with the site"


def bar_of(window: MainWindow):
    return window.editing.publishing.bar


def bar_states(window: MainWindow) -> list[PublicationState]:
    return [s.state for s in bar_of(window).states()]


def action_button(window: MainWindow) -> QPushButton:
    (row,) = bar_of(window).rows()
    return child(row, QPushButton, "publicationActionButton")


def no_action(window: MainWindow) -> bool:
    return all(
        row.findChildren(QPushButton, "publicationActionButton") == [] for row in bar_of(window).rows()
    )


def marker(window: MainWindow, article_id: int, role: int) -> object:
    model = window.list_model
    return model.data(model.index(model.row_of(article_id), SITE), role)


def status_text(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def published_article(qtbot, window: MainWindow, tmp_path) -> int:
    ws = ws_of(window)
    add_destination(ws)
    article_id = make_article(ws, tmp_path, photo=False)
    publish_now(qtbot, window, article_id)
    wait_for(qtbot, lambda: bar_states(window) == [PublicationState.IN_SYNC])
    return article_id


def test_in_sync_then_edited_here_then_update_in_one_click(qtbot, publishing_window, site, tmp_path) -> None:
    window = publishing_window
    article_id = published_article(qtbot, window, tmp_path)
    assert "In sync with the site" in bar_of(window).texts()[0]
    assert no_action(window)
    wait_for(
        qtbot,
        lambda: marker(window, article_id, Qt.ItemDataRole.ToolTipRole) == IN_SYNC_ON_HERALD,
    )
    # Typing in the standfirst, as an editor does; the autosave writes it.
    standfirst = window.editing.editor.standfirst_edit
    standfirst.setFocus()
    qtbot.keyClick(standfirst, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(standfirst, " Work begins next spring.")
    window.editing.autosave.flush_now()
    wait_for(qtbot, lambda: bar_states(window) == [PublicationState.LOCAL_CHANGES])
    assert "Edited here since it was sent" in bar_of(window).texts()[0]
    wait_for(qtbot, lambda: "Edited here since it was sent to Herald" in status_text(window))
    tooltip = marker(window, article_id, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Herald: Published · Edited here since it was sent"
    assert marker(window, article_id, Qt.ItemDataRole.AccessibleTextRole) == tooltip
    assert marker(window, article_id, Qt.ItemDataRole.DecorationRole) is not None
    button = action_button(window)
    assert button.text() == "Update"
    assert button.accessibleName() == "Update (Herald)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "Work begins next spring." in next(iter(site.posts.values())).excerpt)
    wait_for(qtbot, lambda: bar_states(window) == [PublicationState.IN_SYNC])
    wait_for(
        qtbot,
        lambda: marker(window, article_id, Qt.ItemDataRole.ToolTipRole) == IN_SYNC_ON_HERALD,
    )


# Saying the offscreen platform has a tray makes Qt note that it has no tray window to watch.
TRAY_NOTE = "systemTrayWindowChanged"


@pytest.mark.qt_log_ignore(TRAY_NOTE)
def test_a_conflict_shows_everywhere_and_resolve_opens_the_dialog(
    qtbot, publishing_window, site, tmp_path
) -> None:
    window = publishing_window
    notifier = window.editing.publishing.notices.notifier
    notifier.available = lambda: True  # a desktop with a system tray
    shown: list[tuple[str, str]] = []
    notifier.shown.connect(lambda title, text: shown.append((title, text)))
    article_id, job = make_conflict(qtbot, window, site, tmp_path)
    wait_for(qtbot, lambda: bar_states(window) == [PublicationState.CONFLICT])
    (text,) = bar_of(window).texts()
    assert "Herald: Published" in text
    assert "Not updated: the post was changed on the site at " in text
    wait_for(qtbot, lambda: "Herald refused the update: the post changed on the site." in status_text(window))
    assert "Resolve it in the Outbox." in status_text(window)
    wait_for(qtbot, lambda: len(shown) == 1)
    title, message = shown[0]
    assert title == "“Kim Orders Drones Today”"
    assert message.startswith("Herald refused the update")
    assert notifier.tray is not None
    icon = child(bar_of(window).rows()[0], QLabel, "publicationStateIcon")
    assert icon.accessibleName() == "Conflict"
    wait_for(qtbot, lambda: "Not updated" in str(marker(window, article_id, Qt.ItemDataRole.ToolTipRole)))
    button = action_button(window)
    assert button.text() == "Resolve…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.editing.publishing.dialog
    assert isinstance(dialog, ConflictDialog)
    wait_for(qtbot, lambda: bool(dialog.diff_html()))
    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: ws_of(window).outbox.job(job.id).state is JobState.DONE, timeout=8000)
    wait_for(qtbot, lambda: bar_states(window) == [PublicationState.IN_SYNC])


def test_without_a_system_tray_the_status_bar_says_it_and_nothing_breaks(
    qtbot, publishing_window, site, tmp_path
) -> None:
    window = publishing_window
    notifier = window.editing.publishing.notices.notifier
    notifier.available = lambda: False
    shown: list[str] = []
    notifier.shown.connect(lambda _title, text: shown.append(text))
    make_conflict(qtbot, window, site, tmp_path)
    wait_for(qtbot, lambda: "Herald refused the update" in status_text(window))
    assert shown == []
    assert notifier.tray is None


def test_the_real_availability_check_answers_offscreen(qapp) -> None:
    assert tray_available() is False  # no desktop tray under the offscreen platform


def test_a_site_that_is_down_will_retry_and_says_when(qtbot, publishing_window, site, tmp_path) -> None:
    window = publishing_window
    article_id = published_article(qtbot, window, tmp_path)
    ws = ws_of(window)
    ws.articles.update(article_id, ArticleChanges(headline="Kim Orders Drones Again"))
    site.fail("update_post", TransientError("Herald is not answering."), times=5)
    ws.outbox.publish(article_id, ws.destinations.list()[0].id)
    window.editing.publishing.worker.kick()
    wait_for(qtbot, lambda: bar_states(window) == [PublicationState.RETRYING])
    (text,) = bar_of(window).texts()
    assert "Will retry at " in text
    assert ": Herald is not answering." in text
    assert no_action(window)
    wait_for(qtbot, lambda: "Herald: Will retry at" in status_text(window))


@pytest.mark.qt_log_ignore(TRAY_NOTE)
def test_a_refusal_shows_the_sites_message_and_retry_sends_it(
    qtbot, publishing_window, site, tmp_path
) -> None:
    window = publishing_window
    notifier = window.editing.publishing.notices.notifier
    notifier.available = lambda: True
    shown: list[str] = []
    notifier.shown.connect(lambda _title, text: shown.append(text))
    article_id = published_article(qtbot, window, tmp_path)
    ws = ws_of(window)
    ws.articles.update(article_id, ArticleChanges(headline="Kim Orders Drones Again"))
    site.fail("update_post", PermanentError("Sorry, you are not allowed to edit this post."))
    ws.outbox.publish(article_id, ws.destinations.list()[0].id)
    window.editing.publishing.worker.kick()
    wait_for(qtbot, lambda: bar_states(window) == [PublicationState.FAILED])
    assert "Failed: Sorry, you are not allowed to edit this post." in bar_of(window).texts()[0]
    wait_for(qtbot, lambda: shown == ["Herald refused it: Sorry, you are not allowed to edit this post."])
    button = action_button(window)
    assert button.text() == "Retry"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: bar_states(window) == [PublicationState.IN_SYNC])
    assert next(iter(site.posts.values())).title == "Kim Orders Drones Again"


def test_sending_shows_the_step_and_the_progress(qtbot, data_dir, prompts, slow_site, tmp_path) -> None:
    slow_site.upload_seconds = 1.5
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    ws = open_workspace(data_dir)
    wire(ws, slow_site)
    window.attach_workspace(ws)
    try:
        destination_id = add_destination(ws)
        article_id = make_article(ws, tmp_path, photo=True)
        show_article(window, article_id)
        ws.outbox.publish(article_id, destination_id)
        window.editing.publishing.worker.kick()
        wait_for(
            qtbot,
            lambda: any(
                row.findChildren(QProgressBar, "publicationProgress") for row in bar_of(window).rows()
            ),
        )
        assert bar_states(window) == [PublicationState.SENDING]
        text = bar_of(window).texts()[0]
        assert text.startswith("Herald: Not on the site yet · Sending: ")
        assert text.endswith("%)")
        wait_for(qtbot, lambda: job_in(window, JobState.DONE) is not None, timeout=10000)
        wait_for(qtbot, lambda: bar_states(window) == [PublicationState.IN_SYNC])
    finally:
        window.close()
        window.deleteLater()


def test_the_needs_attention_filter_lists_only_those(qtbot, publishing_window, site, tmp_path) -> None:
    window = publishing_window
    article_id, _job = make_conflict(qtbot, window, site, tmp_path)
    other = make_article(ws_of(window), tmp_path, photo=False, headline="Quiet story")
    window.signals.articles_changed.emit([other])
    pane = window.list_pane
    wait_for(qtbot, lambda: window.list_model.row_of(other) >= 0)
    toggle = pane.attention_toggle
    assert toggle.objectName() == "attentionFilter"
    assert toggle.accessibleName()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.list_model.rowCount() == 1)
    assert window.list_model.row_of(article_id) == 0
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.list_model.row_of(other) >= 0)


def test_the_marker_leads_the_row_and_moves_into_the_headline_when_the_list_is_narrow(
    qtbot, publishing_window, tmp_path
) -> None:
    window = publishing_window
    article_id = published_article(qtbot, window, tmp_path)
    header = window.list_pane.table.horizontalHeader()
    assert header.visualIndex(SITE) == 0
    model = window.list_model

    def headline_icon() -> object:
        return model.data(model.index(model.row_of(article_id), HEADLINE), Qt.ItemDataRole.DecorationRole)

    window.resize(1300, 760)
    window.splitter.setSizes([560, 500, 240])
    wait_for(qtbot, lambda: not header.isSectionHidden(SITE))
    assert headline_icon() is None
    window.splitter.setSizes([300, 760, 240])
    wait_for(qtbot, lambda: header.isSectionHidden(SITE))
    wait_for(qtbot, lambda: headline_icon() is not None)
    tooltip = model.data(model.index(model.row_of(article_id), HEADLINE), Qt.ItemDataRole.ToolTipRole)
    assert "Herald: Published · In sync with the site" in str(tooltip)
