"""A one-off codemod, not part of the app: wraps the string literals that reach the screen in
workstation/ui/ (the text arguments of Qt's setters and constructors and of the app's own widget
helpers) in translate("Context", "text"), so pyside6-lupdate finds them. f-strings become
translate(...).format(name=...) with named placeholders, so a translation can reorder them.
The context is the enclosing class's name, else the module's. Run it, then `ruff check --fix`,
`ruff format`, and read the diff.

    python tools/wrap_ui_strings.py workstation/ui
"""

from __future__ import annotations

import ast
import keyword
import re
import sys
from pathlib import Path

ALL = None  # every string argument
# Callable name -> positional indexes of its visible-text arguments (ALL: every string one).
POSITIONAL: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(
        (
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setPlaceholderText",
            "setAccessibleName",
            "setAccessibleDescription",
            "setStatusTip",
            "setWhatsThis",
            "setTitle",
            "setSuffix",
            "setPrefix",
            "setSpecialValueText",
            "setLabelText",
            "showMessage",
            "setIconText",
            "QLabel",
            "QPushButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QAction",
            "QMenu",
            "addMenu",
            "_make",
            "push_button",
            "spoken",
        ),
        (0,),
    ),
    **dict.fromkeys(("addTab", "addAction", "addRow", "show_error", "show_info", "confirm"), ALL),
    **dict.fromkeys(("setTabText", "setTabToolTip", "setItemText", "ask_directory", "choose"), (1, 2)),
    "insertTab": (2,),
    # the app's own helpers that take a visible text
    **dict.fromkeys(("_combo", "_button_box", "describe", "show_problem", "_ask_export_path"), (1,)),
    **dict.fromkeys(("_name", "_arrow", "_name_button"), (2,)),
    **dict.fromkeys(("_line", "_text", "set_side_tab_label", "ask_section_name"), (1, 2)),
    **dict.fromkeys(
        (
            "_selectable",
            "show_status",
            "_status",
            "empty_label",
            "title_label",
            "offer",
            "busy",
            "error",
            "ok",
            "note",
            "_titled",
            "_action",
            "_change",
            "_report",
            "set_count",
            "set_message",
            "_message_html",
        ),
        (0,),
    ),
    **dict.fromkeys(("_check", "_button"), (0, 2)),
    **dict.fromkeys(("notify", "_message_page"), (0, 1)),
    "_picked": (2,),
    "addItem": (0,),
    "addButton": (0,),
    "line_edit": (1, 2),
    "ask_save_file": (1, 3),
    "ask_text": (1, 2),
}
KEYWORDS = {"tip", "accessible", "placeholder", "title", "message", "label", "tooltip", "text"}
NOT_TEXT = re.compile(r"^[\W\d_]*$")  # no letters: separators, numbers, ""


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _placeholder(expr: ast.expr, taken: dict[str, str], source: str) -> str:
    segment = ast.get_source_segment(source, expr) or "value"
    if isinstance(expr, ast.Name):
        base = expr.id
    elif isinstance(expr, ast.Attribute):
        base = expr.attr
    elif isinstance(expr, ast.Call) and _name(expr.func):
        base = _name(expr.func)
    else:
        base = "value"
    base = base.strip("_") or "value"
    if keyword.iskeyword(base):
        base += "_"
    name, n = base, 2
    while name in taken and taken[name] != segment:
        name, n = f"{base}{n}", n + 1
    taken[name] = segment
    return name


def _template(node: ast.JoinedStr, source: str) -> tuple[str, dict[str, str]] | None:
    parts: list[str] = []
    taken: dict[str, str] = {}
    for value in node.values:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            parts.append(value.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(value, ast.FormattedValue):
            name = _placeholder(value.value, taken, source)
            conversion = "" if value.conversion == -1 else "!" + chr(value.conversion)
            spec = ""
            if value.format_spec is not None:
                if not all(isinstance(v, ast.Constant) for v in value.format_spec.values):  # type: ignore[attr-defined]
                    return None
                spec = ":" + "".join(str(v.value) for v in value.format_spec.values)  # type: ignore[attr-defined]
            parts.append("{" + name + conversion + spec + "}")
        else:
            return None
    return "".join(parts), taken


class _Collector(ast.NodeVisitor):
    def __init__(self, source: str, module_context: str) -> None:
        self.source = source
        self.contexts = [module_context]
        self.edits: list[tuple[ast.expr, str]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.contexts.append(node.name)
        self.generic_visit(node)
        self.contexts.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name == "translate":
            return
        if name in POSITIONAL:
            wanted = POSITIONAL[name]
            for index, arg in enumerate(node.args):
                if wanted is ALL or index in wanted:
                    self._wrap(arg)
        for kw in node.keywords:
            if kw.arg in KEYWORDS:
                self._wrap(kw.value)
        self.generic_visit(node)

    def _wrap(self, arg: ast.expr) -> None:
        context = self.contexts[-1]
        if isinstance(arg, ast.IfExp):
            self._wrap(arg.body)
            self._wrap(arg.orelse)
            return
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            if NOT_TEXT.match(arg.value):
                return
            literal = ast.get_source_segment(self.source, arg)
            self.edits.append((arg, f'translate("{context}", {literal})'))
        elif isinstance(arg, ast.JoinedStr):
            made = _template(arg, self.source)
            if made is None:
                return
            template, names = made
            if NOT_TEXT.match(re.sub(r"\{[^}]*\}", "", template)):
                return
            args = ", ".join(f"{k}={v}" for k, v in names.items())
            self.edits.append(
                (arg, f'translate("{context}", {template!r}).format({args})'.replace("'", '"', 0))
            )


# The second pass (--all): any other literal inside a function that reads as words, except in
# these calls (names, styles, keys) and where it is compared, indexed or a dict key.
NOT_SHOWN_CALLS = {
    "setObjectName",
    "setStyleSheet",
    "setProperty",
    "property",
    "findChild",
    "findChildren",
    "QKeySequence",
    "setShortcut",
    "QSettings",
    "value",
    "setValue",
    "remove",
    "encode",
    "decode",
    "startswith",
    "endswith",
    "split",
    "rsplit",
    "join",
    "replace",
    "strip",
    "get",
    "pop",
    "setdefault",
    "getattr",
    "setattr",
    "hasattr",
    "isinstance",
    "print",
    "QColor",
    "QIcon",
    "fromTheme",
    "QUrl",
    "fromLocalFile",
    "resource_path",
    "compile",
    "sub",
    "match",
    "search",
    "fullmatch",
    "setFormat",
    "setDisplayFormat",
    "strftime",
    "translate",
    "QT_TRANSLATE_NOOP",
    "Signal",
    "emit",
    "connect",
    "mimeData",
    "setData",
    "data",
    "hasFormat",
    "format",
    "open",
    "Path",
    "with_suffix",
    "glob",
    "rglob",
    "setHtml",
    "toHtml",
    "fromHtml",
    "setAttribute",
    "escape",
    "setDefaultStyleSheet",
    "addResource",
    "setSourceCode",
    "setEditText",
    "insertPlainText",
    "setPlainText",
    "insertText",
    "QTextCursor",
    "plural",
}
CODE_LIKE = re.compile(
    r"^(\s*[#.\w-]+\s*\{|<[^>]*>$|[\w.+-]+$|(Ctrl|Shift|Alt|Meta|F\d)\b|#[0-9a-fA-F]{3,8}$|[a-z]+:|\*\.)"
)


class _AllCollector(_Collector):
    """Every other literal that reads as words, inside functions (never at import time)."""

    def __init__(self, source: str, module_context: str) -> None:
        super().__init__(source, module_context)
        self.depth = 0
        self.parents: dict[ast.AST, ast.AST] = {}

    def visit_Module(self, node: ast.Module) -> None:
        for parent in ast.walk(node):
            for child in ast.iter_child_nodes(parent):
                self.parents[child] = parent
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.depth += 1
        for statement in node.body:
            self.visit(statement)
        self.depth -= 1

    def visit_Call(self, node: ast.Call) -> None:
        if _name(node.func) in NOT_SHOWN_CALLS:
            return
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if self._shown(node):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if _reads_as_words(text):
                self._wrap(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and self._shown(node) and _reads_as_words(node.value):
            self._wrap(node)

    def _shown(self, node: ast.expr) -> bool:
        if not self.depth or self._in_internal_error(node):
            return False
        parent = self.parents.get(node)
        if isinstance(parent, ast.Expr | ast.Compare | ast.Subscript | ast.JoinedStr | ast.FormattedValue):
            return False
        if isinstance(parent, ast.Dict) and node in parent.keys:
            return False
        if isinstance(parent, ast.keyword) and parent.arg not in KEYWORDS:
            return False
        return not (isinstance(parent, ast.Call) and _name(parent.func) == "translate")

    def _in_internal_error(self, node: ast.AST) -> bool:
        """A programming error's message (ValueError ...) is for developers, in English."""
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                return _name(node.exc.func) in {"ValueError", "TypeError", "RuntimeError", "KeyError"}
        return False


def _reads_as_words(text: str) -> bool:
    if "::" in text or text.startswith(("<!DOCTYPE", "Etc/")) or re.search(r"[{;]\s*$|:\s*[^ ]+;", text):
        return False  # a style sheet, a page, a time zone
    stripped = re.sub(r"<[^>]*>|\{[^}]*\}|&\w+;", " ", text).strip()  # words outside markup
    if not re.search(r"[A-Za-z]{2,}", stripped) or CODE_LIKE.match(stripped):
        return False
    return " " in stripped or stripped[:1].isupper() or stripped[:1] == "&"


def constant_edits(tree: ast.Module, source: str, context: str) -> list[tuple[ast.expr, str]]:
    """The third pass (--constants): a module-level NAME = "words" becomes QT_TRANSLATE_NOOP, and
    where a function of the module reads NAME it reads translate(context, NAME) (the translator
    is installed after import). Tuples of words are left to a hand edit."""
    names: set[str] = set()
    edits: list[tuple[ast.expr, str]] = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        value = node.value if isinstance(node, ast.Assign) else None
        if len(targets) != 1 or not isinstance(targets[0], ast.Name) or not targets[0].id.isupper():
            continue
        if isinstance(value, ast.Constant) and isinstance(value.value, str) and _reads_as_words(value.value):
            names.add(targets[0].id)
            literal = ast.get_source_segment(source, value)
            edits.append((value, f'QT_TRANSLATE_NOOP("{context}", {literal})'))
    in_fstring = {id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for n in ast.walk(f)}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                if id(inner) in in_fstring:
                    continue
                if isinstance(inner, ast.Name) and inner.id in names and isinstance(inner.ctx, ast.Load):
                    edits.append((inner, f'translate("{context}", {inner.id})'))
    return edits


def _offset(lines: list[str], line: int, col: int) -> int:
    """A character offset from ast's 1-based line and UTF-8 byte column."""
    text = lines[line - 1]
    return sum(len(s) for s in lines[: line - 1]) + len(text.encode()[:col].decode())


def rewrite(path: Path, everything: bool = False, constants: bool = False) -> int:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    context = "".join(part.capitalize() for part in path.stem.split("_"))
    collector = (_AllCollector if everything else _Collector)(source, context)
    if constants:
        collector.edits = constant_edits(tree, source, context)
    else:
        collector.visit(tree)
    if not collector.edits:
        return 0
    lines = source.splitlines(keepends=True)
    spans = []
    for node, replacement in collector.edits:
        assert node.end_lineno is not None
        assert node.end_col_offset is not None
        start = _offset(lines, node.lineno, node.col_offset)
        end = _offset(lines, node.end_lineno, node.end_col_offset)
        spans.append((start, end, replacement))
    for start, end, replacement in sorted(spans, reverse=True):
        source = source[:start] + replacement + source[end:]
    if "from workstation.domain.i18n import translate" not in source:
        source = _add_import(source, "translate")
    if constants and "QT_TRANSLATE_NOOP(" in source and "import QT_TRANSLATE_NOOP" not in source:
        source = _add_import(source, "QT_TRANSLATE_NOOP")
    path.write_text(source, encoding="utf-8")
    return len(spans)


def _add_import(source: str, name: str) -> str:
    tree = ast.parse(source)
    last = 0
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            assert node.end_lineno is not None
            last = node.end_lineno
        elif last and not isinstance(node, ast.Expr):
            break
    lines = source.splitlines(keepends=True)
    lines.insert(last, f"from workstation.domain.i18n import {name}\n")
    return "".join(lines)


def main(argv: list[str]) -> int:
    everything, constants = "--all" in argv, "--constants" in argv
    total = 0
    for root in [a for a in argv if not a.startswith("--")] or ["workstation/ui"]:
        paths = [Path(root)] if root.endswith(".py") else sorted(Path(root).rglob("*.py"))
        for path in paths:
            count = rewrite(path, everything, constants)
            if count:
                print(f"{path}: {count}")
                total += count
    print(f"{total} strings wrapped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
