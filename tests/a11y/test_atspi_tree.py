"""What a screen reader gets, through the real AT-SPI stack (what Orca reads on Linux): the app
runs under Xvfb in a private D-Bus session with the AT-SPI bus (session.sh), the probe's scripts
dump its tree with the system Python's pyatspi, and the probe's checks run on the dumps.

Needs the Debian packages in APT_PACKAGES (the Makefile's system-deps-test installs them); it
skips without them, except under CI=true, where it fails."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SAMPLE = ROOT / "resources" / "sample" / "kim-jong-un-drones.md"
HEADLINE = "Kim Jong-Un Orders Mass Production of Drones"
APT_PACKAGES = "at-spi2-core python3-pyatspi gir1.2-atspi-2.0 dbus-x11 xvfb xdotool"
EDITORS = ["Headline", "Standfirst", "Body"]
DIALOGS = ["preferences", "destinations", "shortcuts"]
SIDE_TABS = ["Outline", "Photos", "History", "Outbox"]

pytestmark = pytest.mark.slow


def _missing() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session", "xdotool") if shutil.which(tool) is None]
    missing += [
        p
        for p in ("/usr/libexec/at-spi-bus-launcher", "/usr/libexec/at-spi2-registryd")
        if not Path(p).exists()
    ]
    if (
        not Path("/usr/bin/python3").exists()
        or subprocess.run(
            ["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
    ):
        missing.append("pyatspi in /usr/bin/python3")
    return missing


def _checks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("a11y_check", HERE / "probe" / "a11y_check.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _failure(out: Path, session: subprocess.CompletedProcess[str]) -> str:
    """Why the session did not finish: the ends of its own output and of the app's."""
    app_log = out / "app.log"
    app = app_log.read_text(errors="replace")[-3000:] if app_log.exists() else "(no app.log)"
    return (
        f"session.sh exited {session.returncode} before the end.\n"
        f"--- session.sh stdout+stderr (tail) ---\n{(session.stdout + session.stderr)[-3000:]}\n"
        f"--- app.log (tail) ---\n{app}"
    )


def _free_display() -> int:
    return next(n for n in range(90, 200) if not Path(f"/tmp/.X{n}-lock").exists())


@pytest.fixture(scope="module")
def atspi_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    missing = _missing()
    if missing:
        reason = f"no AT-SPI stack: missing {', '.join(missing)}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"The AT-SPI test must run under CI, but: {reason}", pytrace=False)
        pytest.skip(
            f"{reason}. As root `make test` installs them; or run: sudo apt-get install -y {APT_PACKAGES}"
        )
    out = tmp_path_factory.mktemp("atspi")
    data = tmp_path_factory.mktemp("atspi-data")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "OUT": str(out),
        "DATA": str(data),
        "WS_PYTHON": sys.executable,
    }
    env.pop("QT_QPA_PLATFORM", None)
    subprocess.run(
        [sys.executable, "-m", "workstation", "--data-dir", str(data), "import", str(SAMPLE)],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    display = _free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", "1600x1000x24", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        env["DISPLAY"] = f":{display}"
        session = subprocess.run(
            ["dbus-run-session", "--", "bash", str(HERE / "session.sh")],
            env=env,
            check=False,
            timeout=300,
            capture_output=True,
            text=True,
            errors="replace",
        )
        (out / "session.log").write_text(session.stdout + session.stderr, encoding="utf-8")
        assert (out / "session.done").exists(), _failure(out, session)
        yield out
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def _tree(out: Path, name: str) -> dict[str, Any]:
    path = out / f"tree_{name}.json"
    assert path.exists(), f"no dump of {name}"
    tree: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return tree


Node = dict[str, Any]


def _walk(node: Node, parents: tuple[Node, ...] = ()) -> Iterator[tuple[Node, tuple[Node, ...]]]:
    yield node, parents
    for child in node.get("children", []):
        yield from _walk(child, (*parents, node))


def _unnamed_controls(tree: Node) -> list[str]:
    """The probe's unnamed actionable nodes, less the page's structure: a web page's lists and
    list items are not controls (Orca says "list with 2 items"), though their roles are counted
    as actionable by the probe; the page's links and the document itself are kept."""
    nodes = {tuple(node["path"]): (node, parents) for node, parents in _walk(tree)}
    issues = _checks().check_tree(tree, EDITORS)["issues"]
    unnamed = []
    for issue in issues:
        if issue["kind"] != "EMPTY_NAME":
            continue
        node, parents = nodes[tuple(issue["path"])]
        in_page = any(p["role"] == "document web" for p in parents)
        if in_page and node["role"] in ("list", "list item") and "focusable" not in node["states"]:
            continue
        unnamed.append(issue["chain"])
    return unnamed


@pytest.mark.parametrize("name", ["main", *[f"tab_{t}" for t in SIDE_TABS], *DIALOGS])
def test_every_actionable_node_is_named_and_no_combo_box_by_its_value(atspi_run: Path, name: str) -> None:
    tree = _tree(atspi_run, name)
    assert _unnamed_controls(tree) == []
    result = _checks().check_tree(tree, EDITORS)
    assert [i["chain"] for i in result["issues"] if i["kind"] == "NAME_IS_VALUE"] == []
    assert result["counts"]["actionable_showing"] > 10  # the window (and its dialog) was there


def test_the_status_values_are_in_the_tree(atspi_run: Path) -> None:
    names = [
        node["name"]
        for node, parents in _walk(_tree(atspi_run, "main"))
        if any(p["role"] == "status bar" for p in parents)
    ]
    assert any(n.startswith("Words, characters and reading time: Body: ") and "words" in n for n in names), (
        names
    )
    assert "Articles: 1 article" in names, names
    assert any(n.startswith("Save state") for n in names), names


def test_the_preview_page_is_read_under_the_preview_pane(atspi_run: Path) -> None:
    headings = [
        parents
        for node, parents in _walk(_tree(atspi_run, "main"))
        if node["role"] == "heading" and node["name"] == HEADLINE
    ]
    assert headings, "the preview's headline is not in the tree"
    under_pane = [
        ps
        for ps in headings
        if ps[1:] and ps[1]["role"] == "frame" and any(p["name"] == "Preview" for p in ps)
    ]
    assert under_pane, "the page is not under the Preview pane"


def test_a_tab_walk_has_no_silent_stop_and_no_trap(atspi_run: Path) -> None:
    focus = json.loads((atspi_run / "focus_main.json").read_text(encoding="utf-8"))
    result = _checks().check_focus(focus)
    assert result["problems"] == [], result["order"]
    names = [stop["name"] for stop in result["order"]]
    assert {"Headline", "Body", "Articles", HEADLINE} <= set(names), names
