"""The conflict dialog field by field: what the site does not hold is shown as kept, each field
the site holds differently has a choice, and "Use these choices" applies exactly those."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton

from tests.gui.helpers import child, ws_of
from tests.gui.publishing.publishing_helpers import assert_named, make_conflict, open_conflict, wait_for
from workstation.domain.conflict import ConflictField
from workstation.domain.publishing import JobState


def _click_radio(qtbot, button: QRadioButton) -> None:
    """A click on the button's circle (a radio button answers only there and on its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_fields_the_site_lost_are_shown_kept(qtbot, publishing_window, site, tmp_path) -> None:
    # The site's content became one paragraph: no byline or source-note paragraph is left.
    _article_id, job = make_conflict(qtbot, publishing_window, site, tmp_path)
    dialog = open_conflict(qtbot, publishing_window, job)
    kept = dialog.choices.kept_label
    assert kept.isVisibleTo(dialog)
    assert "byline, source note (none on the site)" in kept.text()
    remote = dialog.remote_view.toPlainText()
    assert "Byline: TT (kept from this copy: none on the site)" in remote
    assert "Edited on the site." in remote
    # Their paragraph replaced ours: each shown whole, not shredded word by word.
    page = dialog.diff_html()
    assert ">Edited on the site.</del></p>" in page
    assert ">First paragraph.</ins></p>" in page
    assert ">Second paragraph.</ins></p>" in page
    assert_named(dialog)


def test_each_field_the_site_holds_differently_has_a_choice(qtbot, publishing_window, site, tmp_path) -> None:
    _article_id, job = make_conflict(qtbot, publishing_window, site, tmp_path)
    dialog = open_conflict(qtbot, publishing_window, job)
    assert dialog.choices.fields() == (ConflictField.HEADLINE, ConflictField.BODY)
    # "Take theirs" is the default: both changed on the site.
    assert dialog.choices.resolution().theirs == {ConflictField.HEADLINE, ConflictField.BODY}
    assert "\u2192 taking the site's" in dialog.diff_view.toPlainText()
    mine = child(dialog, QRadioButton, "conflictChoice_body_mine")
    wait_for(qtbot, mine.isVisible)  # the choices appear once the conflict is read
    _click_radio(qtbot, mine)
    assert mine.isChecked()
    assert dialog.choices.resolution().theirs == {ConflictField.HEADLINE}
    assert "\u2192 keeping yours" in dialog.diff_view.toPlainText()  # the heading follows the choice


def test_their_headline_and_my_body_is_what_the_article_and_the_site_get(
    qtbot, publishing_window, site, tmp_path
) -> None:
    article_id, job = make_conflict(qtbot, publishing_window, site, tmp_path)
    ws = ws_of(publishing_window)
    body_before = ws.articles.get(article_id).body
    dialog = open_conflict(qtbot, publishing_window, job)
    mine = child(dialog, QRadioButton, "conflictChoice_body_mine")
    wait_for(qtbot, mine.isVisible)
    _click_radio(qtbot, mine)
    assert dialog.choices.resolution().theirs == {ConflictField.HEADLINE}
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: ws.articles.get(article_id).headline == "Kim Orders More Drones")
    article = ws.articles.get(article_id)
    assert article.body == body_before
    assert (article.byline, article.source_note) == (
        "TT",
        "This article has been altered and translated by Sweden Herald",
    )
    # What was kept from this copy (the body, byline and source note) reaches the site.
    wait_for(qtbot, lambda: ws.outbox.job(job.id).state is JobState.DONE, timeout=8000)
    (post,) = site.posts.values()
    assert post.title == "Kim Orders More Drones"
    assert "Second paragraph." in post.content
    assert "By TT" in post.content
    assert "Edited on the site." not in post.content
    wait_for(qtbot, lambda: publishing_window.editing.editor.headline_edit.text() == "Kim Orders More Drones")
