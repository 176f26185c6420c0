"""The publication states against a real WordPress, as a script sees them (`workstation show
--json`, `outbox --json`, `outbox --resolve`): publish -> in_sync; an edit here -> local_changes;
update -> in_sync; a change on the site, then update -> conflict with nothing written; keep mine
-> in_sync. The edits are made with `workstation edit` (one revision, as an edit in the app)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.integration.test_cli_publishing import ARTICLE, _run
from tests.integration.wordpress_site import WordPressSite


def _states(data: Path, article_id: int) -> list[str]:
    shown = _run(data, "show", str(article_id), "--json")
    assert shown.returncode == 0, shown.stderr
    return [p["state"] for p in json.loads(shown.stdout)["publications"]]


def _edit(data: Path, article_id: int, *options: str) -> None:
    edited = _run(data, "edit", str(article_id), *options)
    assert edited.returncode == 0, edited.stderr


def test_publish_edit_update_conflict_keep_mine(wp: WordPressSite, tmp_path: Path):
    data = tmp_path / "data"
    added = _run(
        data,
        "destinations",
        "add",
        "Herald",
        wp.base_url,
        "--user",
        wp.username,
        stdin=wp.app_password + "\n",
    )
    assert added.returncode == 0, added.stderr
    source = tmp_path / "kim.md"
    source.write_text(ARTICLE)
    imported = json.loads(_run(data, "import", str(source), "--json").stdout)
    article_id = imported[0] if isinstance(imported[0], int) else imported[0]["id"]

    published = _run(data, "publish", str(article_id), "--destination", "Herald")
    assert published.returncode == 0, published.stderr
    (post,) = wp.posts()
    assert _states(data, article_id) == ["in_sync"]

    _edit(data, article_id, "--standfirst", "Work on the drones begins next spring.")
    assert _states(data, article_id) == ["local_changes"]
    shown = _run(data, "show", str(article_id))
    assert "On Herald: Published, Edited here since it was sent" in shown.stdout

    updated = _run(data, "publish", str(article_id), "--destination", "Herald")
    assert updated.returncode == 0, updated.stderr
    assert "Work on the drones begins next spring." in wp.post(post["id"])["excerpt"]["raw"]
    assert _states(data, article_id) == ["in_sync"]

    time.sleep(1.1)  # modified_gmt has one-second resolution
    wp.update_post(post["id"], title="Changed in wp-admin")
    _edit(data, article_id, "--headline", "Kim Jong-Un Orders Even More Drones")
    refused = _run(data, "publish", str(article_id), "--destination", "Herald")
    assert refused.returncode == 1
    assert "conflict" in refused.stderr
    assert wp.post(post["id"])["title"]["raw"] == "Changed in wp-admin"  # nothing written
    assert _states(data, article_id) == ["conflict"]
    jobs = json.loads(_run(data, "outbox", "--json").stdout)
    conflict = next(job for job in jobs if job["state"] == "conflict")
    assert conflict["publication"] == {"destination": "Herald", "state": "conflict"}

    not_conflict = next(job for job in jobs if job["state"] == "done")
    wrong = _run(data, "outbox", "--resolve", str(not_conflict["id"]), "--keep-mine")
    assert wrong.returncode == 2
    assert "not in conflict" in wrong.stderr

    kept = _run(data, "outbox", "--resolve", str(conflict["id"]), "--keep-mine")
    assert kept.returncode == 0, kept.stderr
    assert wp.post(post["id"])["title"]["raw"] == "Kim Jong-Un Orders Even More Drones"
    assert _states(data, article_id) == ["in_sync"]
    jobs = json.loads(_run(data, "outbox", "--json").stdout)
    assert {job["publication"]["state"] for job in jobs} == {"in_sync"}


def test_take_theirs_with_an_edit_here_not_on_the_site_stays_local_changes(wp: WordPressSite, tmp_path: Path):
    data = tmp_path / "data"
    added = _run(
        data,
        "destinations",
        "add",
        "Herald",
        wp.base_url,
        "--user",
        wp.username,
        stdin=wp.app_password + "\n",
    )
    assert added.returncode == 0, added.stderr
    source = tmp_path / "kim.md"
    source.write_text(ARTICLE)
    imported = json.loads(_run(data, "import", str(source), "--json").stdout)
    article_id = imported[0] if isinstance(imported[0], int) else imported[0]["id"]
    assert _run(data, "publish", str(article_id), "--destination", "Herald").returncode == 0
    (post,) = wp.posts()
    time.sleep(1.1)
    wp.update_post(post["id"], title="Their headline")
    _edit(data, article_id, "--standfirst", "A standfirst written here.")
    assert _run(data, "publish", str(article_id), "--destination", "Herald").returncode == 1
    conflict = next(
        job for job in json.loads(_run(data, "outbox", "--json").stdout) if job["state"] == "conflict"
    )
    taken = _run(data, "outbox", "--resolve", str(conflict["id"]), "--take-theirs")
    assert taken.returncode == 0, taken.stderr
    shown = json.loads(_run(data, "show", str(article_id), "--json").stdout)
    assert shown["headline"] == "Their headline"
    assert shown["standfirst"] == "A standfirst written here."
    # The new standfirst is not on the site: the state says so, and an update sends it.
    assert [p["state"] for p in shown["publications"]] == ["local_changes"]
    assert _run(data, "publish", str(article_id), "--destination", "Herald").returncode == 0
    assert "A standfirst written here." in wp.post(post["id"])["excerpt"]["raw"]
    assert wp.post(post["id"])["title"]["raw"] == "Their headline"
    assert _states(data, article_id) == ["in_sync"]
