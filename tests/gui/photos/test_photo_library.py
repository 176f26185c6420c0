"""The photo library on a real store: every photo with where it is used, search, reuse in the
current article (from the Photos panel too), and removing unused photos."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLineEdit, QWidget

from tests.fakes.photo_images import camera_jpeg, save
from tests.gui.helpers import photo_in_row, selected_photo
from workstation.domain.article import Article, ArticleContent
from workstation.domain.photo import Photo, PhotoMetadata, PhotoRole
from workstation.services.workspace import Workspace
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.photos import PhotoPanel
from workstation.ui.photos.library_dialog import PhotoLibraryDialog
from workstation.ui.photos.models import USES_ROLE

TIMEOUT = 15_000


def _photo(workspace: Workspace, path: Path, **fields: str) -> Photo:
    (outcome,) = workspace.photos.import_files([path])
    assert outcome.photo is not None, outcome.error
    if fields:
        return workspace.photos.update_metadata(outcome.photo.id, PhotoMetadata(**fields))
    return outcome.photo


class Library:
    """Three articles and four photos: the drone photo featured in one article and inline in
    another, a market photo in the third (which is in the trash), and two photos nobody uses."""

    def __init__(self, workspace: Workspace, folder: Path) -> None:
        articles = workspace.articles
        self.drones = articles.create(ArticleContent(headline="Kim Jong-Un Orders Mass Production of Drones"))
        self.follow_up = articles.create(ArticleContent(headline="Drone factory visited again"))
        self.market = articles.create(ArticleContent(headline="Stockholm market opens"))
        self.current = articles.create(ArticleContent(headline="A new story"))
        self.drone_photo = _photo(
            workspace,
            camera_jpeg(folder / "kim.jpg"),
            caption="Kim inspects drones",
            credit="KCNA via AP/TT",
            photographer="Unknown",
            alt_text="A man beside a drone",
        )
        self.market_photo = _photo(
            workspace,
            save(Image.new("RGB", (300, 200), "orange"), folder / "market.png", "PNG"),
            caption="Fruit stalls at Hötorget",
            credit="TT",
            photographer="Anna Svensson",
        )
        self.spare = _photo(
            workspace,
            save(Image.new("RGB", (200, 300), "teal"), folder / "spare.png", "PNG"),
            credit="Reuters",
        )
        self.other_spare = _photo(
            workspace, save(Image.new("RGB", (120, 90), "navy"), folder / "blue.png", "PNG")
        )
        workspace.photos.set_featured(self.drones.id, self.drone_photo.id)
        workspace.photos.attach(self.follow_up.id, self.drone_photo.id)
        workspace.photos.attach(self.market.id, self.market_photo.id)
        articles.trash([self.market.id])


@pytest.fixture
def library(workspace: Workspace, tmp_path: Path) -> Library:
    return Library(workspace, tmp_path)


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_all()


@pytest.fixture
def open_dialog(
    qtbot, workspace: Workspace, tasks: TaskRunner, prompts
) -> Iterator[Callable[..., PhotoLibraryDialog]]:
    made: list[PhotoLibraryDialog] = []

    def make(article: Article | None) -> PhotoLibraryDialog:
        dialog = PhotoLibraryDialog(workspace.photos, article.id if article else None, tasks)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test reads it after closing
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
            dialog.show()
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        dialog.hide()
    tasks.wait_all()
    QApplication.processEvents()


def _names(dialog: PhotoLibraryDialog) -> list[str]:
    return [item.photo.original_filename for item in dialog.model.items()]


def _search(qtbot, dialog: PhotoLibraryDialog, text: str) -> list[str]:
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        qtbot.keyClicks(dialog.search_field, text)  # searched after a pause in typing
    return _names(dialog)


def test_every_photo_is_listed_with_the_articles_that_use_it(qtbot, open_dialog, library: Library) -> None:
    dialog = open_dialog(library.current)
    assert dialog.objectName() == "photoLibrary"
    assert _names(dialog) == ["blue.png", "spare.png", "market.png", "kim.jpg"]  # newest first
    assert dialog.count_label.text() == "4 photos"
    assert dialog.select_photo(library.drone_photo.id)
    uses = dialog.model.index(3, 0).data(USES_ROLE)
    assert [(u.headline, u.role) for u in uses] == [
        ("Kim Jong-Un Orders Mass Production of Drones", PhotoRole.FEATURED),
        ("Drone factory visited again", PhotoRole.INLINE),
    ]
    assert dialog.uses_label.text() == (
        "Used in:\n• Kim Jong-Un Orders Mass Production of Drones (featured)\n• Drone factory visited again"
    )
    assert "Photo: KCNA via AP/TT" in dialog.detail_label.text()
    assert dialog.select_photo(library.market_photo.id)
    assert dialog.uses_label.text() == "Used in:\n• Stockholm market opens (in the trash)"
    assert "Needed to publish: alt text" in dialog.detail_label.text()
    assert dialog.select_photo(library.spare.id)
    assert dialog.uses_label.text().startswith("Not used by any article")


def test_search_matches_caption_credit_and_photographer(qtbot, open_dialog, library: Library) -> None:
    dialog = open_dialog(library.current)
    assert _search(qtbot, dialog, "drones") == ["kim.jpg"]  # caption
    dialog.search_field.clear()
    assert _search(qtbot, dialog, "reuters") == ["spare.png"]  # credit
    dialog.search_field.clear()
    assert _search(qtbot, dialog, "svensson") == ["market.png"]  # photographer
    assert dialog.count_label.text() == "1 photo match"
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        dialog.search("nothing like this")
    assert _names(dialog) == []
    assert not dialog.use_button.isEnabled()


def test_use_in_this_article_attaches_the_photo(
    qtbot, open_dialog, library: Library, workspace: Workspace
) -> None:
    dialog = open_dialog(library.current)
    assert dialog.select_photo(library.drone_photo.id)
    assert dialog.use_button.isEnabled()
    attached: list[int] = []
    dialog.attached.connect(attached.append)
    with qtbot.waitSignals([dialog.attached, dialog.loaded], timeout=TIMEOUT):
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert attached == [library.drone_photo.id]
    items = workspace.photos.for_article(library.current.id)
    assert [(i.photo.id, i.role) for i in items] == [(library.drone_photo.id, PhotoRole.INLINE)]
    # Once it is there, it cannot be added again.
    assert dialog.selected_photo().id == library.drone_photo.id
    assert not dialog.use_button.isEnabled()
    assert dialog.use_button.text() == "Already in this article"
    assert not dialog.use_selected()


def test_a_double_click_uses_the_photo(qtbot, open_dialog, library: Library, workspace: Workspace) -> None:
    dialog = open_dialog(library.current)
    row = dialog.model.row_of(library.spare.id)
    rect = dialog.photo_grid.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.photo_grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.attached, timeout=TIMEOUT) as attached:
        qtbot.mouseDClick(dialog.photo_grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert attached.args == [library.spare.id]
    assert [i.photo.id for i in workspace.photos.for_article(library.current.id)] == [library.spare.id]


def test_without_an_article_photos_cannot_be_used(open_dialog, library: Library) -> None:
    dialog = open_dialog(None)
    assert dialog.select_photo(library.spare.id)
    assert not dialog.use_button.isEnabled()
    assert not dialog.use_selected()


def test_remove_unused_asks_first_and_reports_how_many(
    qtbot, open_dialog, library: Library, workspace: Workspace, prompts
) -> None:
    dialog = open_dialog(library.current)
    prompts.answer("confirm", False)
    assert not dialog.remove_unused()
    assert [question["title"] for question in prompts.asked("confirm")] == ["Remove unused photos?"]
    assert len(workspace.photos.search()) == 4

    prompts.answer("confirm", True)
    removed: list[int] = []
    dialog.removed.connect(removed.append)
    with qtbot.waitSignals([dialog.removed, dialog.loaded], timeout=TIMEOUT):
        qtbot.mouseClick(dialog.remove_unused_button, Qt.MouseButton.LeftButton)
    assert removed == [2]
    assert prompts.infos == [("Remove unused photos", "Removed 2 unused photos from the library.")]
    # The photo of the article in the trash stays.
    assert _names(dialog) == ["market.png", "kim.jpg"]
    assert workspace.photos.original_path(library.spare) is None

    with qtbot.waitSignal(dialog.removed, timeout=TIMEOUT) as none_left:
        dialog.remove_unused()
    assert none_left.args == [0]
    assert prompts.infos[-1][1].startswith("Every photo in the library is used by an article")


def test_the_library_model_passes_qtmodeltester(qtbot, qtmodeltester, open_dialog, library: Library) -> None:
    dialog = open_dialog(library.current)
    qtmodeltester.check(dialog.model)
    _search(qtbot, dialog, "kim")
    qtmodeltester.check(dialog.model)


def test_every_control_has_an_object_name_and_an_accessible_name(open_dialog, library: Library) -> None:
    dialog = open_dialog(library.current)
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QAbstractItemView)
    ]
    assert {
        "photoLibrarySearch",
        "photoLibraryList",
        "photoLibraryUseButton",
        "photoLibraryRemoveUnused",
    } <= {c.objectName() for c in controls}
    for control in controls:
        if control.parent() is dialog.search_field:
            continue  # the line edit's own clear button
        assert control.objectName(), control
        assert control.accessibleName(), control.objectName()


def test_the_panel_opens_the_library_and_lists_the_photo_it_adds(
    qtbot, workspace: Workspace, library: Library, tasks: TaskRunner, prompts
) -> None:
    panel = PhotoPanel(workspace.photos, tasks)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        panel.show_article(library.current.id)
    assert panel.model.rowCount() == 0
    dialog = panel.open_library()
    assert dialog is not None
    assert dialog.article_id == library.current.id
    assert dialog.isVisible()
    assert dialog.isModal()
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        pass
    assert dialog.select_photo(library.market_photo.id)
    with qtbot.waitSignals([panel.photos_changed, panel.refreshed, dialog.loaded], timeout=TIMEOUT):
        assert dialog.use_selected()  # the panel lists it, the library reloads (where it is used)
    assert [photo_in_row(panel, r).id for r in range(panel.model.rowCount())] == [library.market_photo.id]
    assert selected_photo(panel).id == library.market_photo.id
    assert dialog.use_button.text() == "Already in this article"
    dialog.reject()
    panel.hide()
    panel.shutdown()
    QApplication.processEvents()


def test_screenshot(qtbot, open_dialog, library: Library) -> None:
    dialog = open_dialog(library.current)
    dialog.resize(900, 620)
    assert dialog.select_photo(library.drone_photo.id)
    dialog.grab()  # painting asks for the thumbnails
    while dialog.thumbnails.busy:
        with qtbot.waitSignal(dialog.thumbnails.ready, timeout=TIMEOUT):
            pass
    assert dialog.grab().save("/tmp/photos_library.png")
