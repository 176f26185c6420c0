"""The Trash in the window, driven with real keys and clicks: a trashed article opens read-only
under the banner and Restore makes it editable; the Trash view's heading, buttons and Del; the
list's context menu; Move to Trash undone from the status bar and from Edit › Undo (Ctrl+Z on the
list), with the fields' and pickers' undo still their own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tests.fakes.photo_images import camera_jpeg
from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.domain.errors import NotFoundError
from workstation.domain.photo import PhotoRole
from workstation.domain.query import ArticleQuery
from workstation.ui.articles.list_model import HEADLINE
from workstation.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _articles(window: MainWindow, *headlines: str) -> list[int]:
    ids = [
        ws_of(window).articles.create(ArticleContent(headline=h, body=f"About {h}.")).id for h in headlines
    ]
    window.signals.articles_changed.emit(ids)
    window.activateWindow()
    return ids


def _on_list(window: MainWindow, article_id: int) -> None:
    """The article chosen in the list, the keyboard on the list (as after a click on its row)."""
    assert window.list_pane.select_article(article_id)
    window.list_pane.table.setFocus()
    assert focused() is window.list_pane.table


def _listed(window: MainWindow) -> list[str]:
    model = window.list_model
    return [s.headline for s in (model.summary(r) for r in range(model.rowCount())) if s is not None]


def _trashed(window: MainWindow) -> list[str]:
    return [s.headline for s in ws_of(window).articles.list(ArticleQuery(trashed=True))]


def _open_in_trash(qtbot, window: MainWindow, article_id: int) -> None:
    QTest.keyClick(focused(), Qt.Key.Key_D, CTRL_SHIFT)  # View › Trash
    assert window.list_pane.trash_toggle.isChecked()
    assert window.list_pane.select_article(article_id)
    assert window.editing.editor.article_id == article_id


def _context_menu(window: MainWindow, article_id: int) -> QMenu:
    """A right-click on the article's row: the context menu event it makes."""
    table = window.list_pane.table
    rect = table.visualRect(window.list_model.index(window.list_model.row_of(article_id), HEADLINE))
    position = rect.center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, table.viewport().mapToGlobal(position)
    )
    QApplication.sendEvent(table.viewport(), event)
    menu = window.trash_commands.menu
    assert menu is not None
    assert menu.isVisible()
    return menu


def _menu_texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if a.isVisible()]


def _choose(menu: QMenu, text: str) -> None:
    """Down arrow to the item, then Enter, as on a keyboard."""
    for _action in menu.actions():
        QTest.keyClick(menu, Qt.Key.Key_Down)
        if menu.activeAction() is not None and menu.activeAction().text().replace("&", "") == text:
            QTest.keyClick(menu, Qt.Key.Key_Return)
            return
    raise AssertionError(f"no {text!r} in {_menu_texts(menu)}")


# -- the banner --------------------------------------------------------------------------------


def test_a_trashed_article_opens_read_only_under_the_banner_and_restore_makes_it_editable(
    qtbot, window: MainWindow
) -> None:
    (hello,) = _articles(window, "Hello world!")
    ws_of(window).taxonomy.resolve_section("World")
    window.signals.taxonomy_changed.emit()
    ws_of(window).articles.trash([hello])
    window.signals.articles_changed.emit([hello])
    revisions = len(ws_of(window).articles.revisions(hello))
    window.list_pane.table.setFocus()
    _open_in_trash(qtbot, window, hello)
    editing = window.editing
    editor = editing.editor
    banner = editing.trash_banner
    assert banner.objectName() == "trashBanner"
    assert banner.isVisible()
    assert banner.title_label.text() == "In the Trash"

    # No field takes a keystroke, no picker opens, no photo can be added; nothing is saved.
    for field in (editor.headline_edit, editor.standfirst_edit, editor.body_edit, editor.byline_edit):
        field.setFocus()
        QTest.keyClicks(field, "typed")
        QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(editor.tag_editor.input, "Drones")
    QTest.keyClick(editor.tag_editor.input, Qt.Key.Key_Return)
    assert editor.headline_edit.text() == "Hello world!"
    assert editor.body_edit.toPlainText() == "About Hello world!."
    assert editor.standfirst_edit.toPlainText() == editor.byline_edit.text() == ""
    assert editor.tag_editor.tags() == []
    for picker in (editor.section_picker, editor.status_picker, editor.language_picker):
        assert not picker.isEnabled()
    editor.body_edit.setFocus()
    assert not window.commands.format.bold.isEnabled()
    QTest.keyClick(editor.body_edit, Qt.Key.Key_B, CTRL)
    assert editor.body_edit.toPlainText() == "About Hello world!."
    photos = editing.photo_panel
    assert not photos.add_button.isEnabled()
    assert not photos.library_button.isEnabled()
    assert not editing.history_panel.restore_button.isEnabled()
    assert not editing.autosave.has_pending
    assert editing.autosave.flush_now()
    assert len(ws_of(window).articles.revisions(hello)) == revisions

    qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
    assert not ws_of(window).articles.get(hello).is_trashed
    assert not banner.isVisible()
    assert not window.list_pane.trash_toggle.isChecked()  # back among the articles, it selected
    assert window.list_pane.current_article_id() == hello
    assert editor.article_id == hello
    assert focused() is editor.headline_edit
    assert window.statusBar().currentMessage() == "Restored “Hello world!”: it can be edited again."
    QTest.keyClick(editor.headline_edit, Qt.Key.Key_End)
    QTest.keyClicks(editor.headline_edit, " Again")
    assert editor.section_picker.isEnabled()
    assert editing.autosave.flush_now()
    assert ws_of(window).articles.get(hello).headline == "Hello world! Again"


# -- the Trash view ----------------------------------------------------------------------------


def test_the_trash_view_is_titled_and_its_buttons_restore_and_delete_after_asking(
    qtbot, window: MainWindow, prompts
) -> None:
    keep, drop, other = _articles(window, "Keep me", "Drop me", "Other")
    ws_of(window).articles.trash([keep, drop])
    window.signals.articles_changed.emit([keep, drop])
    pane = window.list_pane
    header = pane.trash_header
    assert not header.isVisible()
    qtbot.mouseClick(pane.trash_toggle, Qt.MouseButton.LeftButton)
    assert header.isVisible()
    assert header.title_label.text() == "Trash"
    assert header.count_label.text() == "2 articles"
    assert window.count_label.text() == "In the Trash: 2 articles"
    assert not header.restore_button.isEnabled()
    assert not header.delete_button.isEnabled()

    pane.select_article(drop)
    assert header.delete_button.isEnabled()
    prompts.answer("confirm", False)
    qtbot.mouseClick(header.delete_button, Qt.MouseButton.LeftButton)
    (asked,) = prompts.asked("confirm")
    assert asked["title"] == "Delete permanently?"
    assert asked["message"].startswith("“Drop me” will be deleted with its history. This cannot be undone.")
    assert asked["action"] == "Delete permanently"
    assert sorted(_trashed(window)) == ["Drop me", "Keep me"]

    prompts.answer("confirm", True)
    qtbot.mouseClick(header.delete_button, Qt.MouseButton.LeftButton)
    with pytest.raises(NotFoundError):
        ws_of(window).articles.get(drop)
    assert _listed(window) == ["Keep me"]
    assert window.statusBar().currentMessage() == "Deleted “Drop me” permanently."

    pane.select_article(keep)
    qtbot.mouseClick(header.restore_button, Qt.MouseButton.LeftButton)
    assert _trashed(window) == []
    assert header.hint_label.text() == "The Trash is empty."
    assert window.statusBar().currentMessage() == "Restored “Keep me”."
    qtbot.mouseClick(header.back_button, Qt.MouseButton.LeftButton)
    assert not pane.trash_toggle.isChecked()
    assert sorted(_listed(window)) == ["Keep me", "Other"]
    assert other  # never touched


def test_del_in_the_trash_deletes_permanently_after_naming_the_articles(
    qtbot, window: MainWindow, prompts
) -> None:
    ids = _articles(window, "First", "Second", "Third")
    ws_of(window).articles.trash(ids)
    window.signals.articles_changed.emit(ids)
    window.list_pane.table.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_D, CTRL_SHIFT)
    table = window.list_pane.table
    table.setFocus()
    table.selectAll()
    prompts.answer("confirm", True)
    QTest.keyClick(table, Qt.Key.Key_Delete)
    (asked,) = prompts.asked("confirm")
    assert asked["title"] == "Delete 3 articles permanently?"
    assert asked["message"].startswith("“Third”, “Second” and “First” will be deleted with their history.")
    assert ws_of(window).articles.count(ArticleQuery(trashed=True)) == 0
    assert window.list_model.rowCount() == 0


def test_del_on_the_list_moves_to_the_trash_and_never_deletes(qtbot, window: MainWindow) -> None:
    keep, drop = _articles(window, "Keep", "Drop")
    _on_list(window, drop)
    QTest.keyClick(window.list_pane.table, Qt.Key.Key_Delete)
    assert _trashed(window) == ["Drop"]
    assert _listed(window) == ["Keep"]
    assert keep


# -- the context menu --------------------------------------------------------------------------


# The menu asks the platform to raise it and grab the keyboard; offscreen cannot.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_context_menu_opens_duplicates_and_trashes_and_in_the_trash_restores_and_deletes(
    qtbot, window: MainWindow, prompts
) -> None:
    first, second = _articles(window, "First", "Second")
    _on_list(window, first)
    menu = _context_menu(window, second)  # a right-click on another row takes that row
    assert window.list_pane.selected_ids() == [second]
    assert _menu_texts(menu) == ["Open", "Duplicate", "Move to Trash…"]
    _choose(menu, "Open")
    assert window.editing.editor.article_id == second
    assert focused() is window.editing.editor.headline_edit

    _choose(_context_menu(window, second), "Duplicate")
    assert sorted(_listed(window)) == ["First", "Second", "Second (copy)"]

    _choose(_context_menu(window, first), "Move to Trash…")
    assert _trashed(window) == ["First"]

    window.list_pane.table.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_D, CTRL_SHIFT)
    menu = _context_menu(window, first)
    assert _menu_texts(menu) == ["Restore from Trash", "Delete Permanently…"]
    _choose(menu, "Restore from Trash")
    assert _trashed(window) == []

    ws_of(window).articles.trash([second])
    window.signals.articles_changed.emit([second])
    prompts.answer("confirm", True)
    _choose(_context_menu(window, second), "Delete Permanently…")
    assert prompts.asked("confirm")[0]["message"].startswith("“Second” will be deleted")
    assert window.list_model.rowCount() == 0


# -- undo --------------------------------------------------------------------------------------


def test_move_to_trash_is_undone_from_the_status_bar(qtbot, window: MainWindow) -> None:
    keep, hello = _articles(window, "Keep", "Hello world!")
    _on_list(window, hello)
    QTest.keyClick(window.list_pane.table, Qt.Key.Key_Delete)
    offer = window.trash_commands.undo_offer
    assert offer.isVisible()
    assert offer.label.text() == "Moved “Hello world!” to the Trash ·"
    assert offer.undo_button.text() == "Undo"
    assert 8_000 <= offer.hide_after_ms <= 12_000
    qtbot.mouseClick(offer.undo_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    assert _trashed(window) == []
    assert window.list_pane.current_article_id() == hello
    assert window.statusBar().currentMessage() == "Restored “Hello world!” from the Trash."
    assert window.commands.undo.text() == "&Undo"  # nothing left to undo
    assert keep


def test_ctrl_z_on_the_list_undoes_move_to_trash_and_fields_keep_their_own_undo(
    qtbot, window: MainWindow
) -> None:
    ws_of(window).taxonomy.resolve_section("World")
    window.signals.taxonomy_changed.emit()
    world = next(n.section.id for n in ws_of(window).taxonomy.sections() if n.section.name == "World")
    keep, hello, other = _articles(window, "Keep", "Hello world!", "Other")
    _on_list(window, hello)
    QTest.keyClick(window.list_pane.table, Qt.Key.Key_Delete)
    assert window.commands.undo.text() == "&Undo Move to Trash"

    # Typing in another article after it: Ctrl+Z in the field undoes the typing, not the trash.
    _on_list(window, other)
    assert window.commands.undo.text() == "&Undo Move to Trash"
    editor = window.editing.editor
    shown = editor.headline_edit.text()
    editor.headline_edit.setFocus()
    QTest.keyClick(editor.headline_edit, Qt.Key.Key_End)
    QTest.keyClicks(editor.headline_edit, "!!")
    QTest.keyClick(editor.headline_edit, Qt.Key.Key_Z, CTRL)
    assert editor.headline_edit.text() == shown
    assert _trashed(window) == ["Hello world!"]

    # A picker changed after it is the newer step: Edit › Undo takes it back first.
    editor.section_picker.choose(world)
    window.list_pane.table.setFocus()
    assert window.commands.undo.text() == "&Undo Change Section"
    QTest.keyClick(window.list_pane.table, Qt.Key.Key_Z, CTRL)
    assert editor.section_picker.section_id() is None
    assert window.commands.undo.text() == "&Undo Move to Trash"
    QTest.keyClick(window.list_pane.table, Qt.Key.Key_Z, CTRL)
    assert _trashed(window) == []
    assert window.list_pane.current_article_id() == hello
    assert window.commands.undo.text() == "&Undo"
    assert not window.trash_commands.undo_offer.isVisible()
    assert ws_of(window).articles.get(keep).headline == "Keep"
    assert ws_of(window).articles.get(other).headline == "Other"


def test_edit_undo_in_the_menu_undoes_move_to_trash_of_several(qtbot, window: MainWindow) -> None:
    ids = _articles(window, "One", "Two", "Three")
    table = window.list_pane.table
    table.setFocus()
    table.selectAll()
    window.commands.trash.trigger()  # Edit › Move to Trash…
    assert window.trash_commands.undo_offer.label.text() == "Moved 3 articles to the Trash ·"
    assert window.list_model.rowCount() == 0
    undo = window.commands.undo
    assert undo.text() == "&Undo Move to Trash"
    undo.trigger()  # Edit › Undo Move to Trash
    assert sorted(_listed(window)) == ["One", "Three", "Two"]
    assert window.statusBar().currentMessage() == "Restored 3 articles from the Trash."
    assert ids


def test_restoring_or_deleting_from_the_trash_ends_the_undo_offer(qtbot, window: MainWindow, prompts) -> None:
    (hello,) = _articles(window, "Hello world!")
    _on_list(window, hello)
    QTest.keyClick(window.list_pane.table, Qt.Key.Key_Delete)
    QTest.keyClick(window.list_pane.table, Qt.Key.Key_D, CTRL_SHIFT)
    window.list_pane.select_article(hello)
    QTest.keyClick(window.list_pane.table, Qt.Key.Key_R, CTRL_SHIFT)  # Edit › Restore from Trash
    assert _trashed(window) == []
    assert not window.trash_commands.undo_offer.isVisible()
    assert window.commands.undo.text() == "&Undo"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_context_menu_event_from_the_menu_key_shows_at_the_current_row(qtbot, window: MainWindow) -> None:
    (hello,) = _articles(window, "Hello world!")
    _on_list(window, hello)
    table = window.list_pane.table
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(-5, -5), QPoint(-5, -5))
    QApplication.sendEvent(table.viewport(), event)
    menu = window.trash_commands.menu
    assert menu is not None
    assert menu.isVisible()
    headline = table.visualRect(window.list_model.index(0, HEADLINE))
    assert menu.pos() == table.viewport().mapToGlobal(QPoint(headline.left() + 8, headline.center().y()))
    menu.close()


def test_the_photos_and_the_find_bar_of_a_trashed_article_change_nothing(
    qtbot, window: MainWindow, tmp_path
) -> None:
    ws = ws_of(window)
    (hello,) = _articles(window, "Hello world!")
    imported = ws.photos.import_file(camera_jpeg(tmp_path / "kim.jpg"))
    assert imported.photo is not None
    photo = ws.photos.update_fields(imported.photo.id, caption="Kim.", credit="KCNA", alt_text="Kim")
    ws.photos.attach(hello, photo.id, PhotoRole.FEATURED)
    ws.articles.trash([hello])
    window.signals.articles_changed.emit([hello])
    window.list_pane.table.setFocus()
    _open_in_trash(qtbot, window, hello)
    panel = window.editing.photo_panel
    window.editing.show_side_tab(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    panel.select_photo(photo.id)
    assert panel.form.photo_id == photo.id
    for button in (panel.featured_button, panel.insert_button, panel.crop_button, panel.remove_button):
        assert not button.isEnabled()
    assert not panel.form.keep_location_check.isEnabled()
    caption = panel.form.caption_edit
    caption.setFocus()
    QTest.keyClicks(caption, " Typed")
    assert caption.toPlainText() == "Kim."
    assert panel.flush_now()
    assert ws.photos.get(photo.id).metadata.caption == "Kim."

    # Ctrl+H finds in the article, and offers no replacing.
    body = window.editing.editor.body_edit
    body.setFocus()
    QTest.keyClick(body, Qt.Key.Key_H, CTRL)
    bar = window.editing.find.bar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    QTest.keyClicks(bar.find_edit, "Hello")
    QTest.keyClicks(bar.replace_edit, "Bye")
    controller = window.editing.find.controller
    qtbot.waitUntil(lambda: bar.count_label.text() != "", timeout=5000)
    assert not bar.replace_button.isEnabled()
    assert not bar.replace_all_button.isEnabled()
    controller.replace_all()
    assert window.editing.editor.body_edit.toPlainText() == "About Hello world!."
    assert ws.articles.get(hello).body == "About Hello world!."
    assert "restore it to replace" in bar.message_label.text()
    history = window.editing.history_panel
    assert history.restore_button.toolTip() == "The article is in the Trash: restore it from there first."
