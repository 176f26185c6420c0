"""Pull from Site…: the summary names what came in and what was kept, not only counts."""

from __future__ import annotations

from tests.fakes.publishing import add_destination, make_article
from tests.gui.helpers import ws_of
from tests.gui.publishing.publishing_helpers import publish_now, wait_for
from workstation.domain.article import ArticleChanges
from workstation.domain.publishing import RemotePost, RemoteStatus
from workstation.ui.publishing.pull_dialog import PullDialog


def test_the_pull_summary_names_new_and_kept_articles(qtbot, publishing_window, site, tmp_path) -> None:
    ws = ws_of(publishing_window)
    add_destination(ws)
    kept = make_article(ws, tmp_path, photo=False, headline="Written here")
    publish_now(qtbot, publishing_window, kept)
    (post_id,) = site.posts
    site.edit_on_site(post_id, title="Retitled on the site")
    ws.articles.update(kept, ArticleChanges(headline="Written here, and edited again"))
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
    publishing_window.commands.pull.trigger()
    dialog = publishing_window.editing.publishing.dialog
    assert isinstance(dialog, PullDialog)
    wait_for(qtbot, lambda: dialog.destination_combo.count() == 1 and not dialog.busy_now)
    dialog.pull_button.click()
    wait_for(qtbot, lambda: not dialog.busy_now and dialog.summary.isVisible(), timeout=8000)
    text = dialog.summary.text()
    assert text.startswith("1 new article, 0 updated, 1 kept.")
    assert "New: “Written on the site”" in text
    assert "Kept because edited here: “Written here, and edited again”" in text
