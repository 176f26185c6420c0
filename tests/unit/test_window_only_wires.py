"""The window only wires (the architecture issue's rule): ui/window/main_window.py stays at most
300 lines, and no other module in ui/ imports MainWindow at run time (a part gets the small
protocol it needs; a type-only import under TYPE_CHECKING is fine). The sources are read, not
imported."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "workstation" / "ui"
MAIN_WINDOW = UI / "window" / "main_window.py"
MAX_LINES = 300
MODULE = "workstation.ui.window.main_window"


def _runtime_imports_of_main_window(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    lines = []
    for node in ast.walk(tree):
        if id(node) in type_only or not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        names = [node.module] if isinstance(node, ast.ImportFrom) else []
        names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
        if MODULE in names:
            lines.append(node.lineno)
    return lines


def test_the_main_window_module_stays_small() -> None:
    lines = len(MAIN_WINDOW.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{MAIN_WINDOW.relative_to(ROOT)} has {lines} lines (at most {MAX_LINES})"


def test_no_ui_module_imports_the_main_window_at_run_time() -> None:
    found = {
        str(path.relative_to(ROOT)): lines
        for path in sorted(UI.rglob("*.py"))
        if path != MAIN_WINDOW and (lines := _runtime_imports_of_main_window(path))
    }
    assert found == {}


def test_the_rule_sees_a_runtime_import(tmp_path: Path) -> None:
    source = tmp_path / "part.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from workstation.ui.window.main_window import MainWindow\n"
        "def f():\n"
        "    from workstation.ui.window.main_window import MainWindow\n"
    )
    assert _runtime_imports_of_main_window(source) == [5]
