"""One home for background work: workstation/ui/common/tasks.py is the only module in ui/ (and in
app.py, the composition root) that starts threads; everything else asks it. Outside ui/, a
Qt-free service may keep one helper thread where the CLI needs it too, if it is listed below and
its module docstring says why. No Qt needed: the sources are read, not imported."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "workstation"
TASKS = "workstation/ui/common/tasks.py"

# The Qt-free services that start a thread of their own, each with the word its module
# docstring must use to explain it.
SERVICE_EXCEPTIONS = {
    # Every keyring call waits on a helper thread with a timeout: a locked keyring waits for a
    # prompt that may never come, and the CLI needs the answer as much as the window does.
    "workstation/services/publishing/credentials.py": "thread",
    # A job being sent beats while its request blocks on the socket, in the CLI's `outbox run`
    # as in the window: otherwise another worker takes a slow send for dead and sends it twice.
    "workstation/services/publishing/heartbeat.py": "thread",
}

# Names that start threads (or thread pools) wherever they appear in code.
THREAD_NAMES = frozenset(
    {
        "ThreadPoolExecutor",
        "ProcessPoolExecutor",
        "QThread",
        "QThreadPool",
        "QRunnable",
        "QtConcurrent",
        "start_new_thread",
    }
)
# threading.<these> start threads; threading.Event, Lock and local do not.
THREADING_STARTERS = frozenset({"Thread", "Timer"})


def thread_starts(source: str) -> list[tuple[int, str]]:
    """(line, what) for every thread started (or thread class used) in this Python source."""
    found: set[tuple[int, str]] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute):
            if (
                node.attr in THREADING_STARTERS
                and isinstance(node.value, ast.Name)
                and node.value.id == "threading"
            ):
                found.add((node.lineno, f"threading.{node.attr}"))
            elif node.attr in THREAD_NAMES:
                found.add((node.lineno, node.attr))
        elif isinstance(node, ast.Name) and node.id in THREAD_NAMES:
            found.add((node.lineno, node.id))
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if (node.module == "threading" and alias.name in THREADING_STARTERS) or (
                    alias.name in THREAD_NAMES
                ):
                    found.add((node.lineno, f"from {node.module} import {alias.name}"))
                elif node.module == "_thread":
                    found.add((node.lineno, f"from _thread import {alias.name}"))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "_thread":
                    found.add((node.lineno, "import _thread"))
    return sorted(found)


def _sources(*roots: Path) -> list[Path]:
    files: list[Path] = []
    for root in roots:
        files.extend([root] if root.is_file() else sorted(root.rglob("*.py")))
    return files


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _offences(files: list[Path], allowed: set[str]) -> list[str]:
    return [
        f"{_name(path)}:{line}: {what}"
        for path in files
        if _name(path) not in allowed
        for line, what in thread_starts(path.read_text(encoding="utf-8"))
    ]


def test_only_tasks_py_starts_threads_in_the_ui_and_the_composition_root() -> None:
    files = _sources(PACKAGE / "ui", PACKAGE / "app.py")
    assert len(files) > 50  # the tree was found
    offences = _offences(files, {TASKS})
    assert not offences, (
        "Threads are started only by workstation/ui/common/tasks.py (TaskRunner, SerialWriter, "
        "DetachedTasks, LatestRunner, on_gui_thread); use one of its policies instead:\n"
        + "\n".join(offences)
    )


def test_tasks_py_is_where_the_threads_start() -> None:
    # If tasks.py stopped starting threads, the rule above would guard nothing.
    found = {what for _line, what in thread_starts((ROOT / TASKS).read_text(encoding="utf-8"))}
    assert {"threading.Thread", "QThreadPool", "ThreadPoolExecutor"} <= found


def test_outside_the_ui_only_the_listed_services_start_threads() -> None:
    files = [
        path
        for path in _sources(PACKAGE)
        if not _name(path).startswith("workstation/ui/") and _name(path) != "workstation/app.py"
    ]
    offences = _offences(files, set(SERVICE_EXCEPTIONS))
    assert not offences, (
        "A thread outside ui/ belongs in workstation/ui/common/tasks.py, or (a Qt-free service "
        "the CLI needs too) in SERVICE_EXCEPTIONS with its reason in the module docstring:\n"
        + "\n".join(offences)
    )


@pytest.mark.parametrize("name", sorted(SERVICE_EXCEPTIONS))
def test_each_service_exception_starts_a_thread_and_says_why(name: str) -> None:
    path = ROOT / name
    assert name.startswith("workstation/services/"), "only Qt-free services may be exceptions"
    source = path.read_text(encoding="utf-8")
    assert thread_starts(source), f"{name} starts no thread any more: remove it from the exceptions"
    docstring = ast.get_docstring(ast.parse(source)) or ""
    assert SERVICE_EXCEPTIONS[name] in docstring.lower(), f"{name}: the module docstring must say why"
    assert "PySide6" not in source, f"{name} must stay Qt-free"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import threading\nthreading.Thread(target=print).start()\n", [(2, "threading.Thread")]),
        ("import threading\n\nt = threading.Timer(1, print)\n", [(3, "threading.Timer")]),
        ("from threading import Thread\n", [(1, "from threading import Thread")]),
        (
            "from concurrent.futures import ThreadPoolExecutor\nThreadPoolExecutor(1)\n",
            [(1, "from concurrent.futures import ThreadPoolExecutor"), (2, "ThreadPoolExecutor")],
        ),
        ("import concurrent.futures as cf\ncf.ThreadPoolExecutor()\n", [(2, "ThreadPoolExecutor")]),
        ("from PySide6.QtCore import QThread\n", [(1, "from PySide6.QtCore import QThread")]),
        ("from PySide6 import QtCore\nQtCore.QThreadPool.globalInstance()\n", [(2, "QThreadPool")]),
        ("import _thread\n", [(1, "import _thread")]),
        ("import threading\nstop = threading.Event()\nlock = threading.Lock()\n", []),
        ('"""Never call threading.Thread here."""\n', []),
    ],
)
def test_the_check_sees_thread_starts(source: str, expected: list[tuple[int, str]]) -> None:
    assert thread_starts(source) == expected


def test_one_relay_class_carries_every_answer_back_to_the_gui_thread() -> None:
    relays = sorted(
        f"{path.relative_to(ROOT)}:{node.name}"
        for path in (PACKAGE / "ui").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and "relay" in node.name.lower()
    )
    assert relays == [f"{TASKS}:_Relay"]
