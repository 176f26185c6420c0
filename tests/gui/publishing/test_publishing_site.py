"""The Publish menu's other actions: unpublish, the site's trash, open in browser, pull."""

from __future__ import annotations

from tests.fakes.publishing import add_destination, make_article
from tests.gui.helpers import ws_of
from tests.gui.publishing.publishing_helpers import assert_named, publish_now, show_article, wait_for
from workstation.domain.publishing import JobAction, RemoteStatus
from workstation.ui.publishing import controller as controller_module
from workstation.ui.publishing.pull_dialog import PullDialog


def test_unpublish_and_trash_from_the_publish_menu(
    qtbot, publishing_window, site, prompts, tmp_path, monkeypatch
) -> None:
    ws = ws_of(publishing_window)
    add_destination(ws)
    article_id = make_article(ws, tmp_path, photo=False)
    a = publishing_window.commands
    show_article(publishing_window, article_id)
    assert not a.unpublish.isEnabled()
    assert not a.trash_on_site.isEnabled()
    assert not a.open_in_browser.isEnabled()
    publish_now(qtbot, publishing_window, article_id)
    wait_for(qtbot, a.unpublish.isEnabled)
    opened: list[str] = []

    def open_url(url: str) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(controller_module, "open_url", open_url)
    a.open_in_browser.trigger()
    (post,) = site.posts.values()
    assert opened == [post.link]

    prompts.answer("confirm", False)
    a.unpublish.trigger()
    prompts.answer("confirm", True)
    a.unpublish.trigger()
    wait_for(qtbot, lambda: site.posts[post.id].status is RemoteStatus.DRAFT)
    wait_for(qtbot, lambda: not a.unpublish.isEnabled() and a.trash_on_site.isEnabled())
    a.trash_on_site.trigger()
    wait_for(qtbot, lambda: site.posts[post.id].status is RemoteStatus.TRASH)
    assert len([j for j in ws.outbox.jobs() if j.action is not JobAction.PUBLISH]) == 2


def test_pull_imports_the_sites_posts_and_refreshes_the_list(
    qtbot, publishing_window, site, tmp_path
) -> None:
    ws = ws_of(publishing_window)
    add_destination(ws)
    other_article = make_article(ws, tmp_path, photo=False, headline="Written here")
    publish_now(qtbot, publishing_window, other_article)
    from workstation.domain.publishing import RemotePost

    stamp = site.tick()
    site.posts[500] = RemotePost(
        id=500,
        link="https://fake.example/?p=500",
        status=RemoteStatus.PUBLISH,
        slug="from-the-site",
        modified_gmt=stamp,
        date_gmt=stamp,
        title="Written on the site",
        excerpt="<p>A standfirst.</p>",
        content="<p>Body from the site.</p>",
    )
    rows_before = publishing_window.list_model.rowCount()
    publishing_window.commands.pull.trigger()
    dialog = publishing_window.editing.publishing.dialog
    assert isinstance(dialog, PullDialog)
    wait_for(qtbot, lambda: dialog.destination_combo.count() == 1 and not dialog.busy_now)
    assert_named(dialog)
    dialog.pull_button.click()
    wait_for(qtbot, lambda: not dialog.busy_now and dialog.summary.isVisible(), timeout=8000)
    assert dialog.summary.text().startswith("1 new article")
    assert "No problems." in dialog.summary.text()
    wait_for(qtbot, lambda: publishing_window.list_model.rowCount() == rows_before + 1)


def test_closing_the_pull_dialog_mid_pull_still_refreshes_the_window(
    qtbot, publishing_window, site, monkeypatch
) -> None:
    import time as time_module

    from tests.fakes.fake_site import FakePublisher
    from workstation.domain.publishing import RemotePost

    ws = ws_of(publishing_window)
    add_destination(ws)
    stamp = site.tick()
    site.posts[500] = RemotePost(
        id=500, link="https://fake.example/?p=500", status=RemoteStatus.PUBLISH, slug="s",
        modified_gmt=stamp, date_gmt=stamp, title="Pulled while the dialog was closed",
        content="<p>Body.</p>",
    )  # fmt: skip
    slow_page = FakePublisher.posts_page

    def posts_page(self, page, modified_after):
        time_module.sleep(0.4)  # a slow site
        return slow_page(self, page, modified_after)

    monkeypatch.setattr(FakePublisher, "posts_page", posts_page)
    changed: list[list[int]] = []
    publishing_window.signals.articles_changed.connect(lambda ids: changed.append(list(ids)))
    publishing_window.commands.pull.trigger()
    dialog = publishing_window.editing.publishing.dialog
    assert isinstance(dialog, PullDialog)
    wait_for(qtbot, lambda: dialog.destination_combo.count() == 1 and not dialog.busy_now)
    dialog.pull_button.click()
    dialog.reject()  # the editor closes it while the pull runs
    wait_for(qtbot, lambda: any(changed), timeout=8000)
    (created,) = [ids for ids in changed if ids]
    assert ws.articles.get(created[0]).headline == "Pulled while the dialog was closed"
