"""WCAG 2.2 AA contrast of the default styles: every colour the UI's code sets (style sheets and
colour constants) against the background it is drawn on, the app palette's hint text, and the
preview template's text colours against each of its backgrounds."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from workstation import app as composition_root
from workstation.ui.common.contrast import LARGE_RATIO, TEXT_RATIO, contrast_ratio, readable_placeholder

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "workstation" / "ui"
TEMPLATE_CSS = ROOT / "resources" / "templates" / "default" / "style.css"
HEX = r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b"
DECLARATION = re.compile(rf"(?<![-\w])(color|background(?:-color)?)\s*:\s*({HEX})")
CONSTANT = re.compile(rf'^(_?[A-Z_]*COLOU?R)\s*=\s*"({HEX})"', re.MULTILINE)
# Drawn shapes and bars, not text: 3:1 is theirs (WCAG 1.4.11).
GRAPHICS = {"_ELSEWHERE_COLOUR", "_PROGRESS_COLOR", "REACHED_COLOUR"}
ROLES = QPalette.ColorRole


def _palette(app: QApplication) -> QPalette:
    palette = app.palette()
    readable = readable_placeholder(palette)
    return palette if readable is None else readable.resolve(palette)


def _failures(pairs: list[tuple[str, str, QColor, float]], backgrounds: list[QColor]) -> list[str]:
    return [
        f"{where}: {fg} on {bg.name()} is {contrast_ratio(QColor(fg), bg):.2f}:1, under {need}:1"
        for where, fg, _, need in pairs
        for bg in backgrounds
        if contrast_ratio(QColor(fg), bg) < need
    ]


def test_every_colour_the_ui_sets_meets_aa_on_its_background(qapp: QApplication) -> None:
    palette = _palette(qapp)
    window_and_base = [palette.color(ROLES.Window), palette.color(ROLES.Base)]
    problems: list[str] = []
    measured = 0
    for path in sorted(UI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        name = path.relative_to(ROOT)
        for number, line in enumerate(source.splitlines(), 1):
            found = DECLARATION.findall(line)
            texts = [c for kind, c in found if kind == "color"]
            grounds = [QColor(c) for kind, c in found if kind != "color"]
            where = f"{name}:{number}"
            if texts:
                measured += len(texts)
                pairs = [(where, c, QColor(), TEXT_RATIO) for c in texts]
                problems += _failures(pairs, grounds or window_and_base)
            elif grounds:  # a background under the palette's text
                measured += len(grounds)
                problems += _failures(
                    [(where, palette.color(ROLES.Text).name(), QColor(), TEXT_RATIO)], grounds
                )
        for constant, colour in CONSTANT.findall(source):
            measured += 1
            need = LARGE_RATIO if constant in GRAPHICS else TEXT_RATIO
            problems += _failures([(f"{name} {constant}", colour, QColor(), need)], window_and_base)
    assert measured > 40  # the scan found the style sheets
    assert problems == []


def test_hint_text_meets_aa_on_the_window_and_in_fields(qapp: QApplication) -> None:
    fusion = qapp.palette()
    placeholder = fusion.color(ROLES.PlaceholderText)
    assert contrast_ratio(placeholder, fusion.color(ROLES.Window)) < TEXT_RATIO  # Fusion's own falls short
    palette = _palette(qapp)
    for role in (ROLES.Window, ROLES.Base):
        assert contrast_ratio(palette.color(ROLES.PlaceholderText), palette.color(role)) >= TEXT_RATIO
    assert palette.color(ROLES.Text) == fusion.color(ROLES.Text)  # only the hint colour changes


def test_the_app_sets_the_readable_hint_colour(qapp: QApplication) -> None:
    before = qapp.palette()
    names = (qapp.applicationName(), qapp.organizationName(), qapp.desktopFileName())
    switch_interval = sys.getswitchinterval()
    try:
        app = composition_root._create_application()
        hint = app.palette().color(ROLES.PlaceholderText)
        assert contrast_ratio(hint, app.palette().color(ROLES.Window)) >= TEXT_RATIO
        assert app.palette().color(ROLES.Window) == before.color(ROLES.Window)  # the rest as it was
    finally:
        qapp.setPalette(before)
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        qapp.setDesktopFileName(names[2])
        sys.setswitchinterval(switch_interval)


def _css_colours(css: str) -> tuple[dict[str, str], list[str], list[str]]:
    variables: dict[str, str] = dict(re.findall(rf"(--[\w-]+)\s*:\s*({HEX})", css))

    def resolve(value: str) -> str:
        return variables.get(value.removeprefix("var(").removesuffix(")"), value)

    values = re.findall(r"(?<![-\w])(color|background(?:-color)?)\s*:\s*([^;}]+)", css)
    texts = sorted({resolve(v.strip()) for kind, v in values if kind == "color" and v.strip() != "inherit"})
    grounds = sorted({resolve(v.strip()) for kind, v in values if kind != "color"})
    return variables, texts, grounds


def test_the_preview_templates_text_meets_aa_on_each_of_its_backgrounds() -> None:
    variables, texts, grounds = _css_colours(TEMPLATE_CSS.read_text(encoding="utf-8"))
    assert {"#16181d", "#5c6370", "#b3261e"} <= set(texts), texts  # ink, muted, accent
    assert variables["--paper"] in grounds, grounds
    assert len(grounds) >= 3, grounds
    problems = [
        f"{fg} on {bg}: {contrast_ratio(QColor(fg), QColor(bg)):.2f}:1"
        for fg in texts
        for bg in grounds
        if contrast_ratio(QColor(fg), QColor(bg)) < TEXT_RATIO
    ]
    assert problems == []


def test_the_ratio_is_wcags() -> None:
    assert round(contrast_ratio(QColor("#000000"), QColor("#ffffff")), 2) == 21.0
    assert round(contrast_ratio(QColor("#777777"), QColor("#ffffff")), 2) == 4.48
    assert contrast_ratio(QColor("#ffffff"), QColor("#ffffff")) == 1.0
    half_black = QColor(0, 0, 0, 128)
    assert 3.9 < contrast_ratio(half_black, QColor("#ffffff")) < 4.1  # drawn on white: #7f7f7f
