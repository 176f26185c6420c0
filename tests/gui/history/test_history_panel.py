"""The history panel on a real store: revisions listed, differences shown, a version restored."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from tests.fakes.photo_images import camera_jpeg
from workstation.domain.article import Article, ArticleChanges, ArticleContent, ArticleStatus
from workstation.domain.errors import WorkstationError
from workstation.domain.revision import Revision, RevisionReason
from workstation.services.articles import ArticleService
from workstation.services.workspace import Workspace
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.history.panel import EMPTY_TEXT, PAGE_EMPTY, PAGE_HISTORY, HistoryPanel
from workstation.ui.history.revision_list_model import (
    REASON,
    REVISION_ID_ROLE,
    SAVED,
    SIZE,
    RevisionChange,
    RevisionListModel,
    summarize_revisions,
)

FIRST_BODY = "North Korea ordered drones.\n\nThe order came from the leader."
SECOND_BODY = "North Korea ordered mass production of drones.\n\nThe order came from the leader."


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2024, 5, 14, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)


@dataclass
class Story:
    """An article with three revisions, each ten minutes apart (so none are grouped)."""

    articles: ArticleService
    clock: FakeClock
    article: Article
    created: ArticleContent
    edited: ArticleContent
    latest: ArticleContent


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def articles(workspace: Workspace, clock: FakeClock) -> ArticleService:
    return ArticleService(workspace.db, clock=clock, revision_window=timedelta(minutes=5))


@pytest.fixture
def story(articles: ArticleService, clock: FakeClock) -> Story:
    created = articles.create(ArticleContent(headline="Drones ordered", body=FIRST_BODY, byline="TT"))
    clock.advance(10)
    edited = articles.update(created.id, ArticleChanges(body=SECOND_BODY))
    clock.advance(10)
    latest = articles.update(created.id, ArticleChanges(headline="Kim orders drones"))
    clock.advance(10)
    return Story(articles, clock, latest, created.content, edited.content, latest.content)


@pytest.fixture
def panel(qtbot, articles: ArticleService, clock: FakeClock) -> HistoryPanel:
    widget = HistoryPanel(articles, now=clock)
    qtbot.addWidget(widget)
    widget.resize(420, 640)  # not shown: the offscreen platform warns on showing a top-level widget
    return widget


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait_all()


def _cell(panel: HistoryPanel, row: int, column: int) -> str:
    return str(panel.model.data(panel.model.index(row, column)))


def _change(panel: HistoryPanel, row: int) -> RevisionChange:
    change = panel.model.change(row)
    assert change is not None, f"no revision in row {row}"
    return change


def _select_reason(panel: HistoryPanel, reason: RevisionReason, nth: int = 0) -> None:
    rows = [r for r in range(panel.model.rowCount()) if _change(panel, r).revision.reason is reason]
    panel.revision_list.setCurrentIndex(panel.model.index(rows[nth], 0))


# -- states and names --------------------------------------------------------------------------


def test_no_article_shows_the_empty_state(panel: HistoryPanel) -> None:
    assert panel.pages.currentIndex() == PAGE_EMPTY
    assert panel.empty_label.text() == EMPTY_TEXT
    assert not panel.restore_button.isEnabled()
    panel.show_article(None, None)
    assert panel.pages.currentIndex() == PAGE_EMPTY
    assert panel.model.rowCount() == 0


def test_no_service_shows_the_empty_state(qtbot) -> None:
    widget = HistoryPanel()
    qtbot.addWidget(widget)
    widget.show_article(1, ArticleContent())
    assert widget.pages.currentIndex() == PAGE_EMPTY


def test_interactive_widgets_have_object_and_accessible_names(panel: HistoryPanel) -> None:
    assert panel.objectName() == "historyPanel"
    assert panel.accessibleName() == "History"
    for name in ("revisionList", "revisionDiff", "restoreRevisionButton"):
        widget = panel.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


# -- the list ----------------------------------------------------------------------------------


def test_list_shows_time_reason_and_size_newest_first(panel: HistoryPanel, story: Story) -> None:
    panel.show_article(story.article.id, story.latest)
    assert panel.pages.currentIndex() == PAGE_HISTORY
    assert panel.model.rowCount() == 3
    saved = [_cell(panel, r, SAVED) for r in range(3)]
    assert saved == ["Today, 09:20:00", "Today, 09:10:00", "Today, 09:00:00"]
    assert [_cell(panel, r, REASON) for r in range(3)] == ["Edited (current)", "Edited", "Created"]
    # headline "Drones ordered" -> "Kim orders drones"; "mass production of " added; 13 words created.
    assert [_cell(panel, r, SIZE) for r in range(3)] == ["+3 \u22122 words", "+3 words", "+13 words"]
    assert panel.status_label.text() == "3 versions"
    assert "Saved Today, 09:20" in panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_value_only_changes_name_the_fields(panel: HistoryPanel, story: Story, workspace: Workspace) -> None:
    world = workspace.taxonomy.create_section("World")
    story.articles.update(story.article.id, ArticleChanges(section_id=world.id, status=ArticleStatus.READY))
    current = story.articles.get(story.article.id).content
    panel.set_section_names({world.id: "World"})
    panel.show_article(story.article.id, current)
    assert _cell(panel, 0, SIZE) == "Section, Status changed"
    panel.revision_list.setCurrentIndex(panel.model.index(1, 0))
    page = panel.diff_html()
    assert ">World</ins>" in page
    assert ">Draft</del>" in page
    assert ">Ready</ins>" in page


def test_opening_selects_the_newest_version_that_differs(panel: HistoryPanel, story: Story) -> None:
    panel.show_article(story.article.id, story.latest)
    change = panel.selected_change()
    assert change is not None
    assert change.revision.content == story.edited


def test_revision_id_role(panel: HistoryPanel, story: Story) -> None:
    panel.show_article(story.article.id, story.latest)
    ids = [r.id for r in story.articles.revisions(story.article.id)]
    assert [panel.model.data(panel.model.index(r, 0), REVISION_ID_ROLE) for r in range(3)] == ids


# -- the diff ----------------------------------------------------------------------------------


def test_diff_against_the_current_text_highlights_words(panel: HistoryPanel, story: Story) -> None:
    panel.show_article(story.article.id, story.latest)
    _select_reason(panel, RevisionReason.CREATED)
    page = panel.diff_html()
    assert "HEADLINE" in page
    assert "BODY" in page
    assert ">mass production of </ins>" in page
    assert ">Drones ordered</del>" in page
    assert ">Kim orders drones</ins>" in page
    assert panel.diff_view.toPlainText().startswith("Since the version of Today, 09:00:")
    assert "The order came from the leader." in panel.diff_view.toPlainText()


def test_the_current_version_shows_no_differences_and_cannot_be_restored(
    panel: HistoryPanel, story: Story
) -> None:
    panel.show_article(story.article.id, story.latest)
    panel.revision_list.setCurrentIndex(panel.model.index(0, 0))
    assert "This version matches the current text." in panel.diff_view.toPlainText()
    assert not panel.restore_button.isEnabled()
    panel.revision_list.setCurrentIndex(panel.model.index(2, 0))
    assert panel.restore_button.isEnabled()


def test_new_current_text_updates_the_diff_without_reloading(panel: HistoryPanel, story: Story) -> None:
    panel.show_article(story.article.id, story.latest)
    panel.set_current(ArticleContent(headline="Kim orders drones", body=SECOND_BODY + "\n\nA new paragraph."))
    assert ">A new paragraph.</ins></p>" in panel.diff_html()  # an added paragraph, whole
    assert "(current)" not in _cell(panel, 0, REASON)


def test_text_with_markup_is_shown_as_text(panel: HistoryPanel, articles: ArticleService, clock) -> None:
    article = articles.create(ArticleContent(body="Plain."))
    clock.advance(10)
    article = articles.update(article.id, ArticleChanges(body="Plain. <script>alert(1)</script><img src=x>"))
    panel.show_article(article.id, article.content)
    panel.revision_list.setCurrentIndex(panel.model.index(1, 0))
    assert "<script>" not in panel.diff_html()
    assert "<img" not in panel.diff_html()
    assert "<script>alert(1)</script><img src=x>" in panel.diff_view.toPlainText()


# -- restoring ---------------------------------------------------------------------------------


def test_restore_brings_back_the_version_and_records_it(qtbot, panel: HistoryPanel, story: Story, prompts):
    prompts.answer("confirm", True)
    panel.show_article(story.article.id, story.latest)
    _select_reason(panel, RevisionReason.CREATED)
    order: list[str] = []
    panel.about_to_restore.connect(lambda _id: order.append("about_to_restore"))
    panel.restored.connect(lambda _article: order.append("restored"))

    with qtbot.waitSignal(panel.restored) as blocker:
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)

    restored = blocker.args[0]
    assert isinstance(restored, Article)
    assert restored.content == story.created
    assert story.articles.get(story.article.id).content == story.created
    revisions = story.articles.revisions(story.article.id)
    assert revisions[0].reason is RevisionReason.RESTORE
    assert len(revisions) == 4
    assert order == ["about_to_restore", "restored"]
    # The list reloaded: the restore is on top and is the current text.
    assert panel.model.rowCount() == 4
    assert _cell(panel, 0, REASON) == "Restored (current)"
    # The version it went back to holds the same text; only the newest is marked (review §26).
    assert panel.model.change(3).revision.content == story.created
    assert _cell(panel, 3, REASON) == "Created"
    assert _cell(panel, 0, SIZE) == "+2 \u22126 words"
    assert not prompts.errors


def test_a_restore_can_be_undone_by_restoring_the_version_before(
    qtbot, panel: HistoryPanel, story: Story, prompts
) -> None:
    prompts.answer("confirm", True)
    panel.show_article(story.article.id, story.latest)
    _select_reason(panel, RevisionReason.CREATED)
    with qtbot.waitSignal(panel.restored):
        panel.restore_button.click()
    story.clock.advance(10)
    # The newest edit (second row now, under "Restored") holds the text from before the restore.
    panel.revision_list.setCurrentIndex(panel.model.index(1, 0))
    selected = panel.selected_change()
    assert selected is not None
    assert selected.revision.content == story.latest
    with qtbot.waitSignal(panel.restored) as blocker:
        panel.restore_button.click()
    assert blocker.args[0].content == story.latest
    assert [_cell(panel, r, REASON) for r in range(2)] == ["Restored (current)", "Restored"]


def test_declining_the_confirmation_changes_nothing(qtbot, panel: HistoryPanel, story: Story, prompts):
    prompts.answer("confirm", False)
    panel.show_article(story.article.id, story.latest)
    _select_reason(panel, RevisionReason.CREATED)
    with qtbot.assertNotEmitted(panel.restored), qtbot.assertNotEmitted(panel.about_to_restore):
        panel.restore_button.click()
    assert story.articles.get(story.article.id).content == story.latest
    assert len(story.articles.revisions(story.article.id)) == 3


def test_a_failed_restore_is_reported(
    qtbot, panel: HistoryPanel, story: Story, prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_article_id: int, _revision_id: int) -> Article:
        raise WorkstationError("The store is read-only.")

    monkeypatch.setattr(story.articles, "restore_revision", refuse)
    prompts.answer("confirm", True)
    panel.show_article(story.article.id, story.latest)
    _select_reason(panel, RevisionReason.CREATED)
    with qtbot.assertNotEmitted(panel.restored):
        panel.restore_button.click()
    assert prompts.errors == [("Could not restore this version", "The store is read-only.")]


# -- loading in the background -----------------------------------------------------------------


def test_loads_in_the_background_and_reads_the_current_text_from_the_store(
    qtbot, articles: ArticleService, story: Story, runner: TaskRunner
) -> None:
    panel = HistoryPanel(articles, runner, now=story.clock)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded) as blocker:
        panel.show_article(story.article.id, None)
        assert panel.loading
        assert panel.status_label.text() == "Loading…"
    assert blocker.args == [story.article.id]
    assert not panel.loading
    assert panel.model.rowCount() == 3
    assert _cell(panel, 0, REASON) == "Edited (current)"


def test_stale_results_are_ignored_when_the_article_changes(
    qtbot, articles: ArticleService, story: Story, runner: TaskRunner
) -> None:
    other = articles.create(ArticleContent(headline="Another story"))
    panel = HistoryPanel(articles, runner, now=story.clock)
    qtbot.addWidget(panel)
    loaded: list[int] = []
    panel.loaded.connect(loaded.append)
    with qtbot.waitSignal(panel.loaded):
        panel.show_article(story.article.id, None)
        panel.show_article(other.id, None)  # before the first load can report
    qtbot.waitUntil(lambda: not runner.busy)
    assert loaded == [other.id]
    assert panel.model.rowCount() == 1
    assert _change(panel, 0).revision.article_id == other.id


def test_hundreds_of_revisions_load_without_blocking(
    qtbot, articles: ArticleService, clock: FakeClock, runner: TaskRunner
) -> None:
    article = articles.create(ArticleContent(headline="Live blog", body="Start."))
    body = "Start."
    for n in range(300):
        clock.advance(10)
        body += f"\n\nUpdate {n}: more news from the scene."
        articles.update(article.id, ArticleChanges(body=body))
    panel = HistoryPanel(articles, runner, now=clock)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.show_article(article.id, None)
        assert panel.model.rowCount() == 0  # nothing was loaded on the GUI thread
    assert panel.model.rowCount() == 301
    assert _cell(panel, 0, SIZE) == "+7 words"


def test_an_unknown_article_shows_an_error_in_the_panel(panel: HistoryPanel) -> None:
    panel.show_article(9999, None)
    assert "could not be loaded" in panel.diff_view.toPlainText()
    assert panel.model.rowCount() == 0
    assert not panel.restore_button.isEnabled()


def test_set_service_reloads(qtbot, articles: ArticleService, story: Story) -> None:
    panel = HistoryPanel(now=story.clock)
    qtbot.addWidget(panel)
    panel.show_article(story.article.id, story.latest)
    assert panel.pages.currentIndex() == PAGE_EMPTY
    with qtbot.waitSignal(panel.loaded):
        panel.set_service(articles)
    assert panel.model.rowCount() == 3


# -- the model ---------------------------------------------------------------------------------


def test_model_passes_qtmodeltester(qtmodeltester, story: Story) -> None:
    model = RevisionListModel(now=story.clock)
    qtmodeltester.check(model)
    model.set_changes(summarize_revisions(story.articles.revisions(story.article.id)))
    model.set_current(story.latest)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.columnCount() == 3
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    assert model.headerData(SIZE, Qt.Orientation.Horizontal) == "Size"
    model.clear()
    assert model.rowCount() == 0


def test_summaries_compare_each_revision_with_the_one_before(story: Story) -> None:
    changes = summarize_revisions(story.articles.revisions(story.article.id))
    assert [(c.words_added, c.words_removed) for c in changes] == [(3, 2), (3, 0), (13, 0)]
    assert changes[0].changed_fields == ("Headline",)
    assert changes[2].changed_fields == ("Headline", "Body", "Byline")
    assert summarize_revisions([]) == []


def test_size_text_for_words_fields_and_nothing() -> None:
    moment = datetime(2024, 5, 14, 9, 0, tzinfo=UTC)
    revision = Revision(1, 1, moment, moment, RevisionReason.CHECKPOINT, ArticleContent())
    assert RevisionChange(revision, 12, 3, ("Body",)).size_text == "+12 \u22123 words"
    assert RevisionChange(revision, 0, 0, ("Status",)).size_text == "Status changed"
    assert RevisionChange(revision, 0, 0, ()).size_text == "No changes"


def test_in_a_tab_out_of_sight_the_diff_waits_until_the_tab_is_shown(qtbot, window) -> None:
    from PySide6.QtTest import QTest

    article = window.workspace.articles.create(ArticleContent(headline="Tram", body="First version."))
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    panel = window.editing.history_panel
    window.editing.show_side_tab(window.editing.preview_tab)
    body = window.editing.editor.body_edit
    body.setFocus()
    QTest.keyClicks(body, " Second")
    with qtbot.waitSignal(panel.loaded, timeout=15_000):
        assert window.editing.autosave.flush_now()
    assert not panel.isVisible()
    assert panel.diff_view.toPlainText() == ""  # nothing rendered for nobody
    window.editing.show_side_tab(panel)
    assert "Second" in panel.diff_view.toPlainText()


# -- the page's form -----------------------------------------------------------------------------


def test_the_diff_reads_like_the_page_photos_as_thumbnails_with_captions(
    qtbot, workspace: Workspace, tmp_path
) -> None:
    photo = workspace.photos.import_file(camera_jpeg(tmp_path / "drone.jpg")).photo
    assert photo is not None
    photo = workspace.photos.update_fields(photo.id, caption="A *drone*.", credit="KCNA", alt_text="Drone")
    article = workspace.articles.create(ArticleContent(headline="Drones", body="Before.\n\nAfter."))
    body = f"Before.\n\n![Drone](photo:{photo.sha256})\n\nA new paragraph.\n\nAfter."
    current = workspace.articles.update(article.id, ArticleChanges(body=body)).content
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.set_service(workspace.articles, workspace.photos)
    panel.show_article(article.id, current)
    _select_reason(panel, RevisionReason.CREATED)
    page = panel.diff_html()
    assert f'<img src="ewsphoto:{photo.sha256}"' in page
    text = panel.diff_view.toPlainText()
    assert "A drone. Photo: KCNA" in text  # the caption as printed, its Markdown rendered
    assert photo.sha256 not in text  # never the photo's hash as text
    assert ">A new paragraph.</ins></p>" in page
    image = panel.diff_view.loadResource(2, QUrl(f"ewsphoto:{photo.sha256}"))
    assert isinstance(image, QImage)
    assert not image.isNull()
    assert panel.diff_view.loadResource(2, QUrl("https://example.org/x.jpg")) is None  # nothing remote
