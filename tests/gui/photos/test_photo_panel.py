"""The Photos panel on a real store: adding photos (dialog, drop, paste, batches with a broken file,
cancel), editing their fields (saved after a pause, at once on a switch), featured, insert, remove,
and the crop editor."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QWidget,
)

from tests.fakes.photo_images import camera_jpeg, gradient, save
from tests.fakes.prompts import Prompts
from tests.gui.helpers import child, photo_in_row, selected_photo
from workstation.domain.article import Article, ArticleContent
from workstation.domain.photo import AspectPreset, CropBox, FocalPoint, PhotoRole, crop_for_preset
from workstation.domain.photo_refs import photo_markdown
from workstation.services.workspace import Workspace
from workstation.ui.articles.body_edit import BodyTextEdit
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.photos import PhotoPanel
from workstation.ui.photos.body import photo_mime_contents
from workstation.ui.photos.crop_dialog import PhotoCropDialog
from workstation.ui.photos.importer import PhotoImportResult
from workstation.ui.photos.models import FEATURED_ROLE, MISSING_ROLE, THUMBNAIL_ROLE
from workstation.ui.photos.saver import SAVE_IDLE_MS
from workstation.ui.window.main_window import MainWindow

TIMEOUT = 15_000
CREDIT = "KCNA via AP/TT"
CAPTION = "Kim Jong-Un inspects a drone production line"
IPTC = {110: CREDIT, 120: CAPTION, 80: "Unknown photographer", 115: "KCNA"}


# -- helpers ---------------------------------------------------------------------------------


def credited_jpeg(folder: Path, name: str = "kim.jpg") -> Path:
    """A camera JPEG whose IPTC block carries the agency's caption, credit, byline and source."""
    return camera_jpeg(folder / name, (600, 400), iptc=IPTC)


def plain_png(folder: Path, name: str = "plain.png", color: tuple[int, int, int] = (40, 120, 200)) -> Path:
    return save(Image.new("RGB", (320, 240), color), folder / name, "PNG")


def distinct_pngs(folder: Path, count: int) -> list[Path]:
    return [plain_png(folder, f"p{i}.png", (i * 30 % 256, 90, 160)) for i in range(count)]


def broken_jpeg(folder: Path, name: str = "broken.jpg") -> Path:
    path = folder / name
    path.write_bytes(b"\xff\xd8\xff\xe0 this is not really a JPEG")
    return path


def stored(workspace: Workspace, article: Article) -> list[tuple[str, PhotoRole]]:
    return [(item.photo.original_filename, item.role) for item in workspace.photos.for_article(article.id)]


def drop(target: QWidget, mime: QMimeData) -> QDropEvent:
    """Drag `mime` onto `target` and drop it there, as a file manager would."""
    point = QPointF(target.width() / 2, target.height() / 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        point.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    event = QDropEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event


def url_mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


class Add:
    """Add photos through the panel's file dialog and wait until they are listed."""

    def __init__(self, qtbot, panel: PhotoPanel, prompts: Prompts) -> None:
        self.qtbot = qtbot
        self.panel = panel
        self.prompts = prompts

    def __call__(self, paths: list[Path], *, listed: bool = True) -> PhotoImportResult:
        self.prompts.answer("ask_image_files", list(paths))
        return self.run(self.panel.add_photos, listed=listed)

    def run(self, start: Callable[[], object], *, listed: bool = True) -> PhotoImportResult:
        results: list[PhotoImportResult] = []
        self.panel.import_finished.connect(results.append)
        signals = (
            [self.panel.import_finished, self.panel.refreshed] if listed else [self.panel.import_finished]
        )
        try:
            with self.qtbot.waitSignals(signals, timeout=TIMEOUT):
                start()
        finally:
            self.panel.import_finished.disconnect(results.append)
        (result,) = results
        return result


# -- fixtures --------------------------------------------------------------------------------


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_all()


@pytest.fixture
def article(workspace: Workspace) -> Article:
    return workspace.articles.create(ArticleContent(headline="Kim Jong-Un Orders Mass Production of Drones"))


@pytest.fixture
def make_panel(qtbot, workspace: Workspace, tasks: TaskRunner, prompts) -> Iterator[Callable[[], PhotoPanel]]:
    made: list[PhotoPanel] = []

    def make() -> PhotoPanel:
        panel = PhotoPanel(workspace.photos, tasks)
        qtbot.addWidget(panel)
        panel.resize(420, 760)
        panel.show()
        made.append(panel)
        return panel

    yield make
    for panel in made:
        panel.hide()
        panel.shutdown()
    QApplication.processEvents()  # deliver what the workers finished before the store closes


@pytest.fixture
def panel(qtbot, make_panel: Callable[[], PhotoPanel], article: Article) -> PhotoPanel:
    widget = make_panel()
    with qtbot.waitSignal(widget.refreshed, timeout=TIMEOUT):
        widget.show_article(article.id)
    return widget


@pytest.fixture
def add(qtbot, panel: PhotoPanel, prompts: Prompts) -> Add:
    return Add(qtbot, panel, prompts)


# -- adding ----------------------------------------------------------------------------------


def test_photos_added_by_the_file_dialog_are_attached_with_their_agency_fields(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, article: Article, tmp_path: Path
) -> None:
    with qtbot.waitSignal(panel.photos_changed, timeout=TIMEOUT) as changed:
        result = add([credited_jpeg(tmp_path), plain_png(tmp_path)])
    assert changed.args == [article.id]
    assert [p.original_filename for p in result.added] == ["kim.jpg", "plain.png"]
    assert stored(workspace, article) == [("kim.jpg", PhotoRole.INLINE), ("plain.png", PhotoRole.INLINE)]
    assert panel.model.rowCount() == 2
    assert panel.import_row.isHidden()
    # The newest is selected, ready for its caption; the IPTC fields were read on import.
    assert selected_photo(panel).original_filename == "plain.png"
    assert panel.select_photo(result.added[0].id)
    assert panel.form.credit_edit.text() == CREDIT
    assert panel.form.caption_edit.toPlainText() == CAPTION
    assert panel.form.source_edit.text() == "KCNA"
    assert panel.form.credit_line_label.text() == "Photo: KCNA via AP/TT"
    assert panel.status_label.text() == "Added 2 photos."


def test_a_photo_added_twice_keeps_its_place_and_role(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, article: Article, tmp_path: Path
) -> None:
    (photo,) = add([credited_jpeg(tmp_path)]).added
    workspace.photos.set_featured(article.id, photo.id)
    copy = tmp_path / "copy.jpg"
    copy.write_bytes((tmp_path / "kim.jpg").read_bytes())
    result = add([copy])
    assert result.outcomes[0].existing
    assert stored(workspace, article) == [("kim.jpg", PhotoRole.FEATURED)]


def test_the_list_model_passes_qtmodeltester(
    qtbot, qtmodeltester, panel: PhotoPanel, add: Add, tmp_path: Path
) -> None:
    qtmodeltester.check(panel.model)
    added = add([credited_jpeg(tmp_path), plain_png(tmp_path)]).added
    qtmodeltester.check(panel.model)
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        panel.toggle_featured()
    qtmodeltester.check(panel.model)
    assert panel.model.index(0, 0).data(FEATURED_ROLE) is True
    assert panel.model.rowCount() == len(added)


def test_thumbnails_are_loaded_off_the_gui_thread_and_cached(
    qtbot, panel: PhotoPanel, add: Add, tmp_path: Path
) -> None:
    add([credited_jpeg(tmp_path)])
    index = panel.model.index(0, 0)
    if index.data(THUMBNAIL_ROLE) is None:
        with qtbot.waitSignal(panel.thumbnails.ready, timeout=TIMEOUT):
            pass
    pixmap = index.data(THUMBNAIL_ROLE)
    assert pixmap is not None
    assert not pixmap.isNull()
    assert max(pixmap.width(), pixmap.height()) == 320
    assert index.data(THUMBNAIL_ROLE).cacheKey() == pixmap.cacheKey()


def test_a_batch_with_a_broken_file_adds_the_others_and_names_it_once(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, article: Article, tmp_path: Path, prompts
) -> None:
    folder = tmp_path / "folder.jpg"
    folder.mkdir()
    paths = [plain_png(tmp_path, "a.png"), broken_jpeg(tmp_path), folder, credited_jpeg(tmp_path)]
    result = add(paths)
    assert [name for name, _ in result.failures] == ["broken.jpg", "folder.jpg"]
    assert [name for name, _ in stored(workspace, article)] == ["a.png", "kim.jpg"]
    ((title, message),) = prompts.errors
    assert title == "2 photos were not added"
    assert "2 of 4 files could not be added; the others were added" in message
    assert "broken.jpg: " in message
    assert "folder.jpg: is a folder, not a photo" in message


def test_a_batch_where_every_file_fails_reports_and_changes_nothing(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, article: Article, tmp_path: Path, prompts
) -> None:
    with qtbot.assertNotEmitted(panel.photos_changed):
        result = add([broken_jpeg(tmp_path)], listed=False)
    assert result.added == []
    assert stored(workspace, article) == []
    ((title, message),) = prompts.errors
    assert title == "A photo was not added"
    assert message.startswith("1 of 1 file could not be added:\n\nbroken.jpg: ")


def test_cancelling_a_batch_keeps_what_was_added(
    qtbot,
    panel: PhotoPanel,
    add: Add,
    workspace: Workspace,
    article: Article,
    tmp_path: Path,
    monkeypatch,
    prompts,
) -> None:
    paths = distinct_pngs(tmp_path, 4)
    cancelled = threading.Event()
    real_import = workspace.photos.import_file
    calls: list[Path] = []

    def import_file(path, cancelled_check=None):
        calls.append(path)
        if len(calls) == 2:
            assert cancelled.wait(TIMEOUT / 1000)  # the second file waits for the editor's Cancel
        return real_import(path, cancelled_check)

    monkeypatch.setattr(workspace.photos, "import_file", import_file)
    prompts.answer("ask_image_files", paths)

    def cancel_after_first(done: int, total: int, name: str) -> None:
        assert panel.import_row.isVisible()
        assert panel.import_cancel.isEnabled()
        assert panel.import_progress.maximum() == total == 4
        assert panel.import_progress.value() == done == 1
        assert name == "p0.png"
        qtbot.mouseClick(panel.import_cancel, Qt.MouseButton.LeftButton)
        cancelled.set()

    panel.importer.progress.connect(cancel_after_first)
    result = add.run(panel.add_photos)
    panel.importer.progress.disconnect(cancel_after_first)
    assert [p.original_filename for p in result.added] == ["p0.png"]
    assert result.cancelled == 3
    assert [name for name, _ in stored(workspace, article)] == ["p0.png"]
    assert [p.original_filename for p in workspace.photos.search()] == ["p0.png"]
    assert panel.status_label.text() == "Added 1 photo. Cancelled: 3 not added."
    assert panel.import_row.isHidden()


def test_photo_files_dropped_on_the_panel_are_added(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, article: Article, tmp_path: Path
) -> None:
    mime = url_mime([credited_jpeg(tmp_path), plain_png(tmp_path)])
    result = add.run(lambda: drop(panel, mime))
    assert len(result.added) == 2
    assert [name for name, _ in stored(workspace, article)] == ["kim.jpg", "plain.png"]


def test_a_drop_without_files_or_pixels_is_refused(panel: PhotoPanel) -> None:
    mime = QMimeData()
    mime.setText("just words")
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()


def test_ctrl_v_pastes_an_image_from_the_clipboard(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, article: Article
) -> None:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    QApplication.clipboard().setImage(image)
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.photo_list.setFocus()
    result = add.run(
        lambda: qtbot.keyClick(panel.photo_list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    )
    (photo,) = result.added
    assert photo.mime == "image/png"
    assert (photo.width, photo.height) == (64, 48)
    assert photo.original_filename.startswith("pasted-photo-")
    assert photo.original_filename.endswith(".png")
    assert stored(workspace, article) == [(photo.original_filename, PhotoRole.INLINE)]


def test_ctrl_v_in_a_text_field_pastes_text_not_a_photo(
    qtbot, panel: PhotoPanel, add: Add, tmp_path: Path
) -> None:
    add([plain_png(tmp_path)])
    QApplication.clipboard().setText("AP/TT")
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.form.credit_edit.setFocus()
    with qtbot.assertNotEmitted(panel.importer.started):
        qtbot.keyClick(panel.form.credit_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert panel.form.credit_edit.text() == "AP/TT"


def test_pasting_copied_files_adds_them(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, article: Article, tmp_path: Path
) -> None:
    QApplication.clipboard().setMimeData(url_mime([credited_jpeg(tmp_path)]))
    result = add.run(panel.paste_from_clipboard)
    assert [p.original_filename for p in result.added] == ["kim.jpg"]


def test_pasting_text_says_there_is_no_photo(panel: PhotoPanel) -> None:
    QApplication.clipboard().setText("no photo here")
    assert panel.paste_from_clipboard() is False
    assert panel.status_label.text() == "The clipboard holds no photo."


# -- photos dropped on the body field ---------------------------------------------------------


def _body_field(qtbot) -> BodyTextEdit:
    editor = BodyTextEdit()
    editor.photo_extractor = photo_mime_contents
    qtbot.addWidget(editor)
    editor.resize(400, 300)
    editor.show()
    return editor


def test_the_body_field_takes_photo_files_dropped_on_it(qtbot, tmp_path: Path) -> None:
    editor = _body_field(qtbot)
    editor.setPlainText("First paragraph.\n\nSecond paragraph.")
    photo = plain_png(tmp_path)
    notes = tmp_path / "notes.txt"
    notes.write_text("text")
    with qtbot.waitSignal(editor.files_dropped) as blocker:
        event = drop(editor.viewport(), url_mime([photo, notes]))
    assert event.isAccepted()
    assert blocker.args == [[photo]]
    assert editor.toPlainText() == "First paragraph.\n\nSecond paragraph."  # nothing typed into the body


def test_the_body_field_leaves_other_drops_to_the_editor(qtbot, tmp_path: Path) -> None:
    editor = _body_field(qtbot)
    mime = QMimeData()
    mime.setText("dropped words")
    with qtbot.assertNotEmitted(editor.files_dropped):
        drop(editor.viewport(), mime)
    assert "dropped words" in editor.toPlainText()


def test_the_body_field_passes_image_pixels(qtbot) -> None:
    editor = _body_field(qtbot)
    mime = QMimeData()
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    mime.setImageData(image)
    with qtbot.waitSignal(editor.image_dropped) as blocker:
        drop(editor.viewport(), mime)
    assert blocker.args[0].size() == image.size()


def test_photos_dropped_on_the_body_are_added_and_inserted(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, article: Article, tmp_path: Path
) -> None:
    inserted: list[str] = []
    panel.insert_reference.connect(inserted.append)
    result = add.run(lambda: panel.import_paths([credited_jpeg(tmp_path)], insert_in_body=True))
    (photo,) = result.added
    assert inserted == [photo_markdown(photo.sha256, "")]


def test_the_main_window_wiring(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """The connections the main window makes: a photo dropped on the body is imported and its
    reference goes in at the drop point."""
    workspace = window.workspace
    assert workspace is not None
    panel = window.editing.photo_panel
    body = window.editing.editor.body_edit

    window.article_commands.new_article()
    article_id = window.editing.editor.article_id
    assert article_id is not None
    body.setPlainText("North Korea's dictator ordered drones.\n\nThe order came on Friday.")
    cursor = body.textCursor()
    cursor.setPosition(len("North Korea's dictator ordered drones."))
    point = body.cursorRect(cursor).center()
    mime = url_mime([credited_jpeg(tmp_path)])
    with qtbot.waitSignals([panel.import_finished, panel.refreshed], timeout=TIMEOUT):
        enter = QDragEnterEvent(
            point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(body.viewport(), enter)
        event = QDropEvent(
            QPointF(point),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(body.viewport(), event)
    (item,) = workspace.photos.for_article(article_id)
    reference = photo_markdown(item.photo.sha256, "")
    assert body.markdown() == (
        f"North Korea's dictator ordered drones.\n\n{reference}\n\nThe order came on Friday."
    )
    assert window.editing.autosave.flush_now()
    assert reference in workspace.articles.get(article_id).body


# -- fields ----------------------------------------------------------------------------------


def test_edits_are_saved_after_a_pause(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, tmp_path: Path
) -> None:
    (photo,) = add([plain_png(tmp_path)]).added
    form = panel.form
    assert form.problems_label.isVisible()
    assert form.problems_label.text() == "Needed to publish: credit and alt text."
    assert form.credit_edit.property("missing") is True
    assert panel.model.index(0, 0).data(MISSING_ROLE) == ["credit", "alt text"]
    assert not form.credit_line_label.isVisible()

    qtbot.keyClicks(form.credit_edit, CREDIT)
    assert form.credit_line_label.text() == "Photo: KCNA via AP/TT"  # as typed, before it is saved
    assert form.problems_label.text() == "Needed to publish: alt text."
    assert workspace.photos.get(photo.id).metadata.credit == ""  # not yet: the pause comes first
    assert panel.saver.has_pending
    with qtbot.waitSignal(panel.metadata_saved, timeout=SAVE_IDLE_MS * 10) as saved:
        qtbot.keyClicks(form.alt_edit, "A man with binoculars beside a drone")
        qtbot.keyClicks(form.caption_edit, "Kim at the factory")
    assert saved.args[0].metadata.alt_text == "A man with binoculars beside a drone"
    metadata = workspace.photos.get(photo.id).metadata
    assert (metadata.credit, metadata.alt_text, metadata.caption) == (
        CREDIT,
        "A man with binoculars beside a drone",
        "Kim at the factory",
    )
    assert not form.problems_label.isVisible()
    assert form.credit_edit.property("missing") is False
    assert panel.model.index(0, 0).data(MISSING_ROLE) == []
    assert panel.status_label.text() == "Saved"


def test_every_field_is_saved(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, tmp_path: Path
) -> None:
    (photo,) = add([plain_png(tmp_path)]).added
    form = panel.form
    form.photographer_edit.setText("Lee Jin-man")
    form.copyright_edit.setText("© AP. Editorial use only")
    form.source_edit.setText("AP")
    assert panel.flush_now()
    metadata = workspace.photos.get(photo.id).metadata
    assert (metadata.photographer, metadata.copyright, metadata.source) == (
        "Lee Jin-man",
        "© AP. Editorial use only",
        "AP",
    )


def test_switching_photo_writes_the_edits_at_once(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, tmp_path: Path
) -> None:
    first, second = add([credited_jpeg(tmp_path), plain_png(tmp_path)]).added
    assert panel.select_photo(first.id)
    panel.form.alt_edit.setPlainText("Drones on a runway")
    assert panel.select_photo(second.id)
    assert workspace.photos.get(first.id).metadata.alt_text == "Drones on a runway"
    assert panel.form.alt_edit.toPlainText() == ""
    assert panel.select_photo(first.id)
    assert panel.form.alt_edit.toPlainText() == "Drones on a runway"


def test_switching_article_writes_the_edits_at_once(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, tmp_path: Path
) -> None:
    (photo,) = add([plain_png(tmp_path)]).added
    other = workspace.articles.create(ArticleContent(headline="Other story"))
    qtbot.keyClicks(panel.form.caption_edit, "Typed just before switching")
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        panel.show_article(other.id)
    assert workspace.photos.get(photo.id).metadata.caption == "Typed just before switching"
    assert panel.model.rowCount() == 0
    assert panel.form.photo is None
    assert not panel.form.caption_edit.isEnabled()
    assert panel.list_pages.currentWidget() is panel.list_hint


def test_keep_location_is_off_by_default_and_explained(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, tmp_path: Path
) -> None:
    (photo,) = add([credited_jpeg(tmp_path)]).added
    check = panel.form.keep_location_check
    assert photo.keep_location is False
    assert not check.isChecked()
    assert "GPS" in check.toolTip()
    assert "removed" in check.toolTip()
    with qtbot.waitSignal(panel.metadata_saved, timeout=TIMEOUT):
        check.click()
    assert workspace.photos.get(photo.id).keep_location is True


def test_typing_during_a_refresh_is_kept(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, tmp_path: Path
) -> None:
    (photo,) = add([plain_png(tmp_path)]).added
    qtbot.keyClicks(panel.form.caption_edit, "Before")
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        panel.refresh()
        qtbot.keyClicks(panel.form.caption_edit, " and after")  # typed while the list is read
    assert panel.form.caption_edit.toPlainText() == "Before and after"
    assert panel.flush_now()
    assert workspace.photos.get(photo.id).metadata.caption == "Before and after"


# -- featured, insert, remove ----------------------------------------------------------------


def test_set_as_featured_puts_the_photo_first_with_a_badge(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, article: Article, tmp_path: Path
) -> None:
    first, second = add([credited_jpeg(tmp_path), plain_png(tmp_path)]).added
    assert selected_photo(panel).id == second.id
    assert panel.featured_button.text() == "Set as featured"
    with qtbot.waitSignals([panel.photos_changed, panel.refreshed], timeout=TIMEOUT):
        qtbot.mouseClick(panel.featured_button, Qt.MouseButton.LeftButton)
    featured = workspace.photos.featured(article.id)
    assert featured is not None
    assert featured.id == second.id
    assert [photo_in_row(panel, r).id for r in range(2)] == [second.id, first.id]
    assert panel.model.index(0, 0).data(FEATURED_ROLE) is True
    assert panel.model.index(1, 0).data(FEATURED_ROLE) is False
    assert selected_photo(panel).id == second.id
    assert panel.featured_button.text() == "Unset featured"
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        qtbot.mouseClick(panel.featured_button, Qt.MouseButton.LeftButton)
    assert workspace.photos.featured(article.id) is None


def test_insert_in_body_emits_the_reference(qtbot, panel: PhotoPanel, add: Add, tmp_path: Path) -> None:
    (photo,) = add([credited_jpeg(tmp_path)]).added
    panel.form.alt_edit.setPlainText("Drones [prototype] on a runway")
    with qtbot.waitSignal(panel.insert_reference) as inserted:
        qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)
    assert inserted.args == [f"![Drones \\[prototype\\] on a runway](photo:{photo.sha256})"]


def test_remove_from_article_keeps_the_photo_in_the_library(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, article: Article, tmp_path: Path
) -> None:
    first, second = add([credited_jpeg(tmp_path), plain_png(tmp_path)]).added
    assert panel.select_photo(first.id)
    with qtbot.waitSignals([panel.photos_changed, panel.refreshed], timeout=TIMEOUT):
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [name for name, _ in stored(workspace, article)] == ["plain.png"]
    assert workspace.photos.get(first.id).original_filename == "kim.jpg"
    assert selected_photo(panel).id == second.id


def test_removing_a_photo_the_body_shows_asks_first(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, article: Article, tmp_path: Path, prompts
) -> None:
    (photo,) = add([credited_jpeg(tmp_path)]).added
    body = f"Text.\n\n![Drones](photo:{photo.sha256[:10]})\n\n`![code](photo:{photo.sha256})`"
    panel.set_body_source(lambda: body)
    prompts.answer("confirm", False)
    panel.remove_from_article()
    asked = prompts.asked("confirm")
    assert [question["title"] for question in asked] == ["Remove a photo the body shows?"]
    assert "The body still shows kim.jpg." in asked[0]["message"]
    assert [name for name, _ in stored(workspace, article)] == ["kim.jpg"]
    prompts.answer("confirm", True)
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        panel.remove_from_article()
    assert stored(workspace, article) == []
    # A reference inside code is text, not a photo: no question.
    (photo,) = add([credited_jpeg(tmp_path)]).added
    body = f"`![code](photo:{photo.sha256})`"
    prompts.answer_with("confirm", lambda *_a: pytest.fail("asked"))
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        panel.remove_from_article()
    assert stored(workspace, article) == []


def test_without_an_article_nothing_can_be_added(qtbot, make_panel, tmp_path: Path) -> None:
    panel = make_panel()
    panel.show_article(None)
    assert panel.pages.currentWidget() is panel.empty_label
    assert not panel.add_photos()
    assert not panel.import_paths([plain_png(tmp_path)])
    for button in (panel.add_button, panel.featured_button, panel.insert_button, panel.remove_button):
        assert not button.isEnabled()


def test_every_control_has_an_object_name_and_an_accessible_name(panel: PhotoPanel) -> None:
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QAbstractItemView, QCheckBox, QProgressBar)
    controls = [w for w in panel.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) >= 15
    for control in controls:
        assert control.objectName(), control
        assert control.accessibleName(), control.objectName()


# -- the crop editor -------------------------------------------------------------------------


@pytest.fixture
def crop_dialog(qtbot, panel: PhotoPanel, add: Add, tmp_path: Path) -> PhotoCropDialog:
    add([camera_jpeg(tmp_path / "wide.jpg", (900, 600), iptc=IPTC)])
    dialog = panel.open_crop_dialog()
    assert dialog is not None
    with qtbot.waitSignal(dialog.image_loaded, timeout=TIMEOUT) as loaded:
        pass
    assert loaded.args == [True]
    return dialog


def test_crop_presets_follow_the_focal_point_and_are_stored(
    qtbot, panel: PhotoPanel, crop_dialog: PhotoCropDialog, workspace: Workspace
) -> None:
    dialog = crop_dialog
    photo = dialog.photo
    assert dialog.objectName() == "photoCropDialog"
    assert (dialog.aspect(), dialog.crop(), dialog.focal()) == (AspectPreset.FREE, None, FocalPoint())
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "cropAspect1x1"), Qt.MouseButton.LeftButton)
    assert dialog.aspect() is AspectPreset.SQUARE
    assert dialog.effective_crop() == CropBox(150, 0, 600, 600)
    # A click on the picture sets the focal point; the square follows it to the left edge.
    canvas = dialog.canvas
    at = canvas.to_widget(QPointF(90, 300)).toPoint()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at)
    assert dialog.focal().x == pytest.approx(0.1, abs=0.01)
    assert dialog.effective_crop() == crop_for_preset(900, 600, AspectPreset.SQUARE, dialog.focal())
    square = dialog.effective_crop()
    assert square is not None
    assert square.x == 0
    dialog.set_aspect(AspectPreset.WIDE)
    assert dialog.effective_crop() == crop_for_preset(900, 600, AspectPreset.WIDE, dialog.focal())
    assert dialog.crop() is None  # a preset stores no box: it follows the focal point
    with qtbot.waitSignals([dialog.applied, panel.photos_changed], timeout=TIMEOUT):
        qtbot.mouseClick(dialog.findChild(QAbstractButton, "cropOkButton"), Qt.MouseButton.LeftButton)
    stored_photo = workspace.photos.get(photo.id)
    assert stored_photo.aspect is AspectPreset.WIDE
    assert stored_photo.crop is None
    assert stored_photo.focal.x == pytest.approx(0.1, abs=0.01)
    assert stored_photo.effective_crop == CropBox(0, 47, 900, 506)
    original = workspace.photos.original_path(stored_photo)
    assert original is not None
    assert original.read_bytes().startswith(b"\xff\xd8")  # untouched
    assert photo_in_row(panel, 0).aspect is AspectPreset.WIDE


def _mouse(canvas: QWidget, kind: QEvent.Type, point: QPointF, buttons: Qt.MouseButton) -> None:
    event = QMouseEvent(
        kind,
        point,
        canvas.mapToGlobal(point),
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas, event)


def test_a_free_crop_is_drawn_moved_and_resized_with_the_mouse(
    qtbot, crop_dialog: PhotoCropDialog, workspace: Workspace
) -> None:
    dialog, canvas = crop_dialog, crop_dialog.canvas
    left = Qt.MouseButton.LeftButton
    none = Qt.MouseButton.NoButton

    def drag(start: tuple[float, float], end: tuple[float, float]) -> None:
        a, b = canvas.to_widget(QPointF(*start)), canvas.to_widget(QPointF(*end))
        _mouse(canvas, QEvent.Type.MouseButtonPress, a, left)
        _mouse(canvas, QEvent.Type.MouseMove, (a + b) / 2, left)
        _mouse(canvas, QEvent.Type.MouseMove, b, left)
        _mouse(canvas, QEvent.Type.MouseButtonRelease, b, none)

    drag((100, 100), (500, 400))  # draw a box
    box = dialog.crop()
    assert box is not None
    assert box.x == pytest.approx(100, abs=3)
    assert box.width == pytest.approx(400, abs=4)
    drag((300, 250), (400, 250))  # move it right
    moved = dialog.crop()
    assert moved is not None
    assert moved.x == pytest.approx(box.x + 100, abs=3)
    assert moved.width == box.width
    drag((moved.x + moved.width, moved.y + moved.height), (880, 590))  # resize by a corner
    resized = dialog.crop()
    assert resized is not None
    assert (resized.x, resized.y) == (moved.x, moved.y)
    assert resized.x + resized.width == pytest.approx(880, abs=3)
    assert dialog.focal() == FocalPoint()  # a drag is not a click
    photo = dialog.apply()
    assert photo is not None
    assert workspace.photos.get(photo.id).crop == resized
    assert workspace.photos.get(photo.id).aspect is AspectPreset.FREE


def test_reset_and_the_arrow_keys(qtbot, crop_dialog: PhotoCropDialog) -> None:
    dialog = crop_dialog
    dialog.set_crop(CropBox(10, 20, 300, 200))
    dialog.set_focal(FocalPoint(0.2, 0.3))
    dialog.canvas.setFocus()
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    focal = dialog.focal()  # a FocalPoint holds floats, not pytest.approx: compare its fields
    assert (focal.x, focal.y) == pytest.approx((0.21, 0.35))
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "cropResetButton"), Qt.MouseButton.LeftButton)
    assert (dialog.aspect(), dialog.crop(), dialog.focal()) == (AspectPreset.FREE, None, FocalPoint())
    assert dialog.info_label.text().startswith("Whole photo: 900 × 600 px")
    dialog.reject()


def test_the_crop_dialog_opens_with_the_stored_crop(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, tmp_path: Path
) -> None:
    (photo,) = add([plain_png(tmp_path)]).added
    workspace.photos.set_crop(photo.id, None, AspectPreset.LANDSCAPE, FocalPoint(0.8, 0.5))
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        panel.refresh()
    dialog = panel.open_crop_dialog()
    assert dialog is not None
    assert dialog.aspect() is AspectPreset.LANDSCAPE
    assert dialog.focal() == FocalPoint(0.8, 0.5)
    assert child(dialog, QAbstractButton, "cropAspect3x2").isChecked()
    with qtbot.waitSignal(dialog.image_loaded, timeout=TIMEOUT):
        pass
    dialog.reject()


# -- screenshots -----------------------------------------------------------------------------


def test_screenshots(
    qtbot, panel: PhotoPanel, add: Add, workspace: Workspace, article: Article, tmp_path: Path
) -> None:
    first, second, _plain = add(
        [
            credited_jpeg(tmp_path),
            save(gradient((500, 500)), tmp_path / "square.png", "PNG"),
            plain_png(tmp_path),
        ]
    ).added
    workspace.photos.set_featured(article.id, first.id)
    workspace.photos.update_fields(second.id, credit="TT", alt_text="A gradient")
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        panel.refresh(select=first.id)
    panel.form.alt_edit.setPlainText("Kim Jong-Un, in a dark coat, points at a drone on a factory floor")
    assert panel.flush_now()
    panel.grab()  # painting asks for the thumbnails
    while panel.thumbnails.busy:
        with qtbot.waitSignal(panel.thumbnails.ready, timeout=TIMEOUT):
            pass
    QApplication.processEvents()  # layout requests (a flag hidden) before the picture
    assert panel.grab().save("/tmp/photos_panel.png")
    dialog = panel.open_crop_dialog()
    assert dialog is not None
    with qtbot.waitSignal(dialog.image_loaded, timeout=TIMEOUT):
        pass
    dialog.set_aspect(AspectPreset.WIDE)
    dialog.set_focal(FocalPoint(0.5, 0.35))
    assert dialog.grab().save("/tmp/photos_crop.png")
    dialog.reject()
