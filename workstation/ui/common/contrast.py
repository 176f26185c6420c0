"""WCAG 2.2 contrast: the ratio of two colours' relative luminances, and the app palette's one
role that falls short by default. Fusion's placeholder text (the hint labels' palette(placeholder-
text) too) is the text colour at half opacity: about 4:1 on the window, under AA's 4.5:1."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_RATIO = 4.5  # AA, normal text
LARGE_RATIO = 3.0  # AA, text from 24px (or bold from 18.7px), and graphics and UI components


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def over(colour: QColor, background: QColor) -> QColor:
    """What a translucent colour looks like drawn on an opaque background."""
    a = colour.alphaF()
    fg = (colour.redF(), colour.greenF(), colour.blueF())
    bg = (background.redF(), background.greenF(), background.blueF())
    red, green, blue = (a * f + (1 - a) * b for f, b in zip(fg, bg, strict=True))
    return QColor.fromRgbF(red, green, blue)


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """From 1 (the same) to 21 (black on white); a translucent foreground is first drawn on it."""
    lighter, darker = sorted((luminance(over(foreground, background)), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_placeholder(palette: QPalette) -> QPalette | None:
    """A palette setting only PlaceholderText, as the text colour made just opaque enough for
    4.5:1 on both the window and the base; None when the palette's own already is."""
    roles = QPalette.ColorRole
    backgrounds = [palette.color(roles.Window), palette.color(roles.Base)]
    placeholder = palette.color(roles.PlaceholderText)
    if all(contrast_ratio(placeholder, bg) >= TEXT_RATIO for bg in backgrounds):
        return None
    colour = QColor(palette.color(roles.Text))
    for alpha in range(max(placeholder.alpha(), 128), 256, 4):
        colour.setAlpha(alpha)
        if all(contrast_ratio(colour, bg) >= TEXT_RATIO for bg in backgrounds):
            break
    readable = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        readable.setColor(group, roles.PlaceholderText, colour)
    return readable
