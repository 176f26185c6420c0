"""The publishing commands as a script uses them: the real `workstation` process, a real WordPress."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.integration.fault_proxy import FaultProxy
from tests.integration.wordpress_site import WordPressSite

REPO = Path(__file__).resolve().parents[2]
ARTICLE = """---
headline: Kim Jong-Un Orders Mass Production of Drones
standfirst: North Korea's dictator has ordered the mass production of attack drones.
byline: TT
section: World
tags: [Drones]
---
Kim Jong-Un has personally overseen the test firing.
"""


def _run(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "workstation", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=REPO,
    )


def test_destinations_publish_outbox_unpublish_pull(wp: WordPressSite, tmp_path: Path):
    data = tmp_path / "data"
    bad = _run(data, "destinations", "add", "Herald", wp.base_url, "--user", wp.username, stdin="wrong\n")
    assert bad.returncode == 2
    assert "did not accept user" in bad.stderr
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
    assert "keyring" in added.stdout
    assert wp.app_password not in (data / "workstation.sqlite3").read_bytes().decode("latin-1")
    listing = json.loads(_run(data, "destinations", "list", "--json").stdout)
    assert [(d["name"], d["url"], d["user"]) for d in listing] == [("Herald", wp.base_url, wp.username)]
    assert _run(data, "destinations", "verify", "Herald").returncode == 0

    source = tmp_path / "kim.md"
    source.write_text(ARTICLE)
    imported = json.loads(_run(data, "import", str(source), "--json").stdout)
    article_id = imported[0] if isinstance(imported[0], int) else imported[0]["id"]

    published = _run(data, "publish", str(article_id), "--destination", "Herald", "--status", "draft")
    assert published.returncode == 0, published.stderr
    (post,) = wp.posts()
    assert post["status"] == "draft"
    assert post["title"]["raw"].startswith("Kim Jong-Un Orders")
    shown = json.loads(_run(data, "show", str(article_id), "--json").stdout)
    assert [(p["destination"], p["remote_id"], p["status"]) for p in shown["publications"]] == [
        ("Herald", post["id"], "draft")
    ]

    queued = _run(
        data, "publish", str(article_id), "--destination", "Herald", "--status", "publish", "--queue-only"
    )
    assert queued.returncode == 0
    assert "Queued job" in queued.stdout
    jobs = json.loads(_run(data, "outbox", "--json").stdout)
    assert [j["state"] for j in jobs] == ["queued", "done"]
    ran = _run(data, "outbox", "run")
    assert ran.returncode == 0
    assert "Sent 1" in ran.stdout
    assert wp.post(post["id"])["status"] == "publish"

    unpublished = _run(data, "unpublish", str(article_id))
    assert unpublished.returncode == 0, unpublished.stderr
    assert wp.post(post["id"])["status"] == "draft"

    wp.create_post(title="Written on the site", content="<p>Hello.</p>", status="publish")
    pulled = json.loads(_run(data, "pull", "--destination", "Herald", "--json").stdout)
    assert len(pulled["created"]) == 1
    shown = json.loads(_run(data, "show", str(pulled["created"][0]), "--json").stdout)
    assert shown["headline"] == "Written on the site"

    removed = _run(data, "destinations", "remove", "Herald")
    assert removed.returncode == 0
    assert json.loads(_run(data, "destinations", "list", "--json").stdout) == []


def test_outbox_run_exits_non_zero_when_a_job_fails_for_good(
    wp: WordPressSite, fault_proxy: FaultProxy, tmp_path: Path
):
    data = tmp_path / "data"
    assert (
        _run(
            data,
            "destinations",
            "add",
            "Herald",
            fault_proxy.url,
            "--user",
            wp.username,
            stdin=wp.app_password + "\n",
        ).returncode
        == 0
    )
    source = tmp_path / "kim.md"
    source.write_text(ARTICLE)
    imported = json.loads(_run(data, "import", str(source), "--json").stdout)
    article_id = imported[0] if isinstance(imported[0], int) else imported[0]["id"]
    assert _run(data, "publish", str(article_id), "--destination", "Herald", "--queue-only").returncode == 0
    fault_proxy.status_error(
        400,
        match="POST /wp-json/wp/v2/posts ",
        body=json.dumps({"code": "rest_invalid_param", "message": "Invalid parameter(s): status"}).encode(),
    )
    ran = _run(data, "outbox", "run")
    assert ran.returncode == 1
    assert "failed 1" in ran.stdout
    listed = _run(data, "outbox")
    assert "Invalid parameter(s): status" in listed.stdout
    assert wp.count_posts() == 0


def test_a_site_whose_api_is_on_another_origin_gets_the_password_only_when_confirmed(
    wp: WordPressSite, tmp_path: Path
):
    """A site's front end on one origin whose Link header names the real WordPress's API on
    another (a static front, the API elsewhere): refused, naming both, until confirmed; then the
    password goes to WordPress and nowhere else."""
    from tests.fakes.mini_wordpress import mini_wordpress

    data = tmp_path / "data"
    with mini_wordpress() as front:
        front.behaviour.link_root = wp.api_root
        args = ("destinations", "add", "Herald", front.url, "--user", wp.username)
        refused = _run(data, *args, stdin=wp.app_password + "\n")
        assert refused.returncode == 2
        assert front.url in refused.stderr
        assert wp.base_url in refused.stderr
        assert "did not accept" not in refused.stderr
        assert _run(data, "destinations", "list", "--json").stdout.strip() == "[]"
        added = _run(data, *args, "--allow-api-origin", wp.base_url, stdin=wp.app_password + "\n")
        assert added.returncode == 0, added.stderr
        assert _run(data, "destinations", "verify", "Herald").returncode == 0
        assert front.behaviour.authorizations == []  # the front end never saw the password
    (row,) = json.loads(_run(data, "destinations", "list", "--json").stdout)
    assert row["api_origin"] == wp.base_url
    assert row["api_root"] == wp.api_root
    assert f"REST API at {wp.base_url}" in _run(data, "destinations", "list").stdout
