"""The interface language: Preferences' choice (System, English, Svenska) or the system locale,
the app's Swedish catalogue (workstation_sv.qm, built from workstation_sv.ts by `make
translations`), Qt's own (qtbase_sv.qm: the standard dialogs' buttons), and the locale that dates
and numbers follow. With no built catalogue (a checkout where make was not run) the app is in
English, and says so on stderr."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from workstation.domain import i18n

LANGUAGE_KEY = "interface/language"  # in settings.ini, beside the other preferences
CATALOGUE = "workstation"  # workstation_sv.qm
QT_CATALOGUES = ("qtbase",)  # Qt's standard dialogs and buttons
# What each interface language's dates and numbers look like.
_LOCALES = {
    i18n.ENGLISH: (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    i18n.SWEDISH: (QLocale.Language.Swedish, QLocale.Country.Sweden),
}


def catalogue_dir() -> Path:
    """workstation/ui/translations: beside the package in a checkout, inside a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "workstation" / "ui" / "translations"
    return Path(__file__).resolve().parent.parent / "translations"


def chosen_language(settings: QSettings) -> str:
    """Preferences' choice: system, en or sv (anything else in the file is 'system')."""
    value = str(settings.value(LANGUAGE_KEY, i18n.SYSTEM) or i18n.SYSTEM)
    return value if value in i18n.INTERFACE_LANGUAGES else i18n.SYSTEM


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language the choice means: 'system' is Swedish on a Swedish system, else English."""
    if choice in (i18n.ENGLISH, i18n.SWEDISH):
        return choice
    locale = system if system is not None else QLocale.system()
    return i18n.SWEDISH if locale.language() == QLocale.Language.Swedish else i18n.ENGLISH


def install_translations(app: QCoreApplication, choice: str) -> str:
    """Installs the catalogues and the locale for `choice`; returns the language in effect (English
    when the Swedish catalogue is not built). The translators live as long as the app."""
    remove_translations(app)
    language = resolve_language(choice)
    if language != i18n.ENGLISH:
        own = catalogue_dir() / f"{CATALOGUE}_{language}.qm"
        translator = QTranslator(app)
        if not translator.load(str(own)):
            note = f"workstation: note: no catalogue {own} (run make): the interface is in English"
            print(note, file=sys.stderr)
            language = i18n.ENGLISH
        else:
            app.installTranslator(translator)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name in QT_CATALOGUES:
                qt = QTranslator(app)
                if qt.load(f"{name}_{language}", qt_dir):
                    app.installTranslator(qt)
    QLocale.setDefault(_locale(language))
    i18n.install(QCoreApplication.translate if language != i18n.ENGLISH else None, _format_number)
    return language


def remove_translations(app: QCoreApplication) -> None:
    """Back to English (tests switch languages in one process)."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        # Deleted by Qt on this thread: a Python-owned QObject could be collected on a worker.
        translator.deleteLater()
    i18n.install(None)


def _locale(language: str) -> QLocale:
    system = QLocale.system()
    if system.language() != QLocale.Language.C and resolve_language(i18n.SYSTEM, system) == language:
        return system  # the system's own variant (en_US, en_GB, sv_FI ...)
    return QLocale(*_LOCALES[language])


def _format_number(value: int) -> str:
    return QLocale().toString(value)
