"""Preferences kept in the data dir's settings.ini: editor font, autosave, new-article defaults.

The managed configuration (services/managed_config.py) presets some of them: a preset is the
default an editor's own choice overrides, unless the organisation locked the setting."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase

from workstation.domain import i18n
from workstation.domain.article import DEFAULT_LANGUAGE
from workstation.domain.byline import NAME_FIELD, format_byline
from workstation.domain.typography import TypographyRules
from workstation.services.managed_config import ManagedConfig

MIN_AUTOSAVE_SECONDS = 1
MAX_AUTOSAVE_SECONDS = 2  # the promise: never more than 2 seconds of typing at risk
# Each preference's key in settings.ini.
SETTING_KEYS = {
    "font_family": "editor/font_family",
    "font_size": "editor/font_size",
    "autosave_seconds": "editor/autosave_seconds",
    "default_byline": "articles/default_byline",
    "default_language": "articles/default_language",
    "byline_format": "articles/byline_format",
    "template_dir": "preview/template_dir",
    "typing_quotes": "typing/quotes",
    "typing_dashes": "typing/dashes",
    "typing_spaces": "typing/spaces",
    "interface_language": "interface/language",  # read at start-up: ui/common/translations.py
}


@dataclass(frozen=True)
class Preferences:
    font_family: str = ""  # empty: the system's general font
    font_size: float = 12.0
    autosave_seconds: float = 2.0
    default_byline: str = ""
    default_language: str = DEFAULT_LANGUAGE
    template_dir: str = ""  # a site's page template folder; empty: the default template
    byline_format: str = NAME_FIELD  # new articles' byline; {name} is default_byline
    # Typography as the editor types (domain/typography.py); the page's own is the site's.
    typing_quotes: bool = True
    typing_dashes: bool = True
    typing_spaces: bool = True

    def typing_rules(self) -> TypographyRules:
        return TypographyRules(self.typing_quotes, self.typing_dashes, self.typing_spaces)

    interface_language: str = i18n.SYSTEM  # system, en or sv; applied at the next start

    def body_font(self) -> QFont:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        if self.font_family:
            font.setFamily(self.font_family)
        font.setPointSizeF(self.font_size)
        return font

    def new_article_byline(self) -> str:
        return format_byline(self.byline_format, self.default_byline)

    @property
    def autosave_ms(self) -> int:
        seconds = min(max(self.autosave_seconds, MIN_AUTOSAVE_SECONDS), MAX_AUTOSAVE_SECONDS)
        return int(seconds * 1000)


def _float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _bool(value: object, default: bool) -> bool:
    """settings.ini gives "true" and "false" back as text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return default


def managed_defaults(managed: ManagedConfig | None) -> Preferences:
    """The defaults with the organisation's presets in place."""
    defaults = Preferences()
    if managed is None:
        return defaults
    return Preferences(
        font_family=defaults.font_family,
        font_size=defaults.font_size,
        autosave_seconds=defaults.autosave_seconds,
        default_byline=defaults.default_byline,
        default_language=managed.default_language or defaults.default_language,
        template_dir=managed.template_dir or defaults.template_dir,
        byline_format=managed.byline_format or defaults.byline_format,
        interface_language=defaults.interface_language,
    )


def load_preferences(settings: QSettings, managed: ManagedConfig | None = None) -> Preferences:
    """The editor's preferences; a locked setting is the organisation's, whatever the file says."""
    defaults = managed_defaults(managed)
    locked = managed.locked if managed is not None else frozenset()

    def value(name: str) -> object:
        default = getattr(defaults, name)
        return default if name in locked else settings.value(SETTING_KEYS[name], default)

    return Preferences(
        font_family=str(value("font_family") or ""),
        font_size=min(max(_float(value("font_size"), defaults.font_size), 6.0), 48.0),
        autosave_seconds=_float(value("autosave_seconds"), defaults.autosave_seconds),
        default_byline=str(value("default_byline") or ""),
        default_language=str(value("default_language") or "") or defaults.default_language,
        template_dir=str(value("template_dir") or ""),
        byline_format=str(value("byline_format") or "") or defaults.byline_format,
        typing_quotes=_bool(value("typing_quotes"), defaults.typing_quotes),
        typing_dashes=_bool(value("typing_dashes"), defaults.typing_dashes),
        typing_spaces=_bool(value("typing_spaces"), defaults.typing_spaces),
        interface_language=_interface_language(value("interface_language")),
    )


def _interface_language(value: object) -> str:
    return str(value) if value in i18n.INTERFACE_LANGUAGES else i18n.SYSTEM


def save_preferences(settings: QSettings, prefs: Preferences, managed: ManagedConfig | None = None) -> None:
    """Keep the editor's own choices. A locked setting is never written; a value equal to the
    organisation's preset is not kept either, so a later change of the preset reaches it."""
    locked = managed.locked if managed is not None else frozenset()
    presets = managed_defaults(managed)
    builtin = Preferences()
    for item in fields(Preferences):
        name, key = item.name, SETTING_KEYS[item.name]
        if name in locked:
            continue
        current = getattr(prefs, name)
        if current == getattr(presets, name) != getattr(builtin, name):
            settings.remove(key)
        else:
            settings.setValue(key, current)
    settings.sync()
