"""Preferences kept in the data dir's settings.ini: editor font, autosave, new-article defaults."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase

from workstation.domain.article import DEFAULT_LANGUAGE

MIN_AUTOSAVE_SECONDS = 1
MAX_AUTOSAVE_SECONDS = 2  # the promise: never more than 2 seconds of typing at risk


@dataclass(frozen=True)
class Preferences:
    font_family: str = ""  # empty: the system's general font
    font_size: float = 12.0
    autosave_seconds: float = 2.0
    default_byline: str = ""
    default_language: str = DEFAULT_LANGUAGE
    template_dir: str = ""  # a site's page template folder; empty: the default template

    def body_font(self) -> QFont:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        if self.font_family:
            font.setFamily(self.font_family)
        font.setPointSizeF(self.font_size)
        return font

    @property
    def autosave_ms(self) -> int:
        seconds = min(max(self.autosave_seconds, MIN_AUTOSAVE_SECONDS), MAX_AUTOSAVE_SECONDS)
        return int(seconds * 1000)


def _float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def load_preferences(settings: QSettings) -> Preferences:
    defaults = Preferences()
    return Preferences(
        font_family=str(settings.value("editor/font_family", defaults.font_family) or ""),
        font_size=min(max(_float(settings.value("editor/font_size"), defaults.font_size), 6.0), 48.0),
        autosave_seconds=_float(settings.value("editor/autosave_seconds"), defaults.autosave_seconds),
        default_byline=str(settings.value("articles/default_byline", defaults.default_byline) or ""),
        default_language=str(settings.value("articles/default_language", defaults.default_language) or "")
        or DEFAULT_LANGUAGE,
        template_dir=str(settings.value("preview/template_dir", defaults.template_dir) or ""),
    )


def save_preferences(settings: QSettings, prefs: Preferences) -> None:
    settings.setValue("editor/font_family", prefs.font_family)
    settings.setValue("editor/font_size", prefs.font_size)
    settings.setValue("editor/autosave_seconds", prefs.autosave_seconds)
    settings.setValue("articles/default_byline", prefs.default_byline)
    settings.setValue("articles/default_language", prefs.default_language)
    settings.setValue("preview/template_dir", prefs.template_dir)
    settings.sync()
