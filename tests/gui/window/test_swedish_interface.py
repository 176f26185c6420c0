"""The app in Swedish: the main window with an article open, its menus, side panel (the Spelling
tab with a misspelling listed) and status bar, each dialog (House Style, Preferences with the
personal dictionary) and the context menu on a misspelt word, walked in English and then in
Swedish. A string the user sees that reads the same in both is an English string the catalogue
does not translate (a string missing from it, or one shown without translate()): the test fails
on it, naming it. Proper names and words that Swedish newsrooms use as they are (Byline, Status,
Markdown) are allowed."""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from tests.fakes.catalogue import ensure_swedish_catalogue
from tests.gui.helpers import ws_of
from tests.gui.visible_text import visible_texts
from workstation.domain.article import ArticleContent
from workstation.domain.house_style import parse_house_style, style_findings
from workstation.services.workspace import open_workspace
from workstation.ui.articles.link_dialog import LinkDialog
from workstation.ui.common.translations import install_translations, remove_translations
from workstation.ui.spelling.personal_editor import PersonalWordsEditor
from workstation.ui.taxonomy.dialog import TaxonomyDialog
from workstation.ui.window.about_dialog import AboutDialog
from workstation.ui.window.house_style_dialog import HouseStyleDialog
from workstation.ui.window.main_window import MainWindow
from workstation.ui.window.preferences_dialog import PreferencesDialog
from workstation.ui.window.shortcuts_dialog import ShortcutsDialog

# Words that are the same in Swedish (loan words and proper names), and Qt's own library names.
SAME_IN_SWEDISH = frozenset(
    [
        "Byline",
        "Status",
        "Slug",
        "Format",
        "Zoom",
        "Markdown",
        "English",
        "Svenska",
        "Editorial",
        "Workstation",
        "Version",
        "OK",
        "PDF",
        "HTML",
        "API",
        "MB",
        "px",
        "pt",
        "Alembic",
        "Jinja2",
        "Pillow",
        "PySide6",
        "Python",
        "Qt",
        "SQLAlchemy",
        "httpx",
        "keyring",
        "nh3",
        "Text",
        "Destination",
        "WordPress",
        "https",
        "http",
        "news",
        "example",
        "org",
        "xxxx",
        "name",
        "H2",
        "H3",
        "B",
        "I",
    ]
)
# The article the window shows: its words are the user's, the same in any interface language.
# "skolann" is misspelt: the Spelling tab lists it and its context menu offers to add it.
MISSPELT = "skolann"
CONTENT = ArticleContent(
    headline="Kommunen bygger ny skola i Rinkeby",
    standfirst=f"Bygget börjar i vår och {MISSPELT} ska stå klar 2028.",
    body="Kommunfullmäktige beslutade på måndagen.\n\n## Kostnaden\n\nSkolan kostar 400 miljoner kronor.",
    byline="TT",
    source_note="Artikeln har bearbetats av Sweden Herald",
    tags=("Skola", "Stockholm"),
    language="sv",
)


def _words_only_allowed(text: str) -> bool:
    words = re.findall(r"[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö0-9]+|\b[A-Z]\b", re.sub(r"\{[^}]*\}", "", text))
    return all(word in SAME_IN_SWEDISH for word in words)


def _users_own(text: str, data_dir: Path) -> bool:
    data = (CONTENT.headline, CONTENT.standfirst, CONTENT.source_note, *CONTENT.tags, str(data_dir))
    return any(piece in text for piece in data) or text.strip(" ×") in (*CONTENT.tags, CONTENT.byline)


def untranslated(english: list[str], swedish: list[str], data_dir: Path) -> list[str]:
    """What the Swedish interface shows exactly as the English one, that must not be so."""
    same = set(english) & set(swedish)
    return sorted(
        text
        for text in same
        if re.search(r"[A-Za-z]{2,}", text)
        and not _users_own(text, data_dir)
        and not _words_only_allowed(text)
    )


def _window_and_dialogs(qtbot, data_dir: Path) -> Generator[QWidget, None, None]:
    """The main window with the article open, then each dialog of the window, in turn."""
    window = MainWindow(data_dir)
    window.resize(1366, 768)
    window.show()
    window.attach_workspace(open_workspace(data_dir))
    try:
        workspace = ws_of(window)
        article = workspace.articles.create(CONTENT)
        window.signals.articles_changed.emit([article.id])
        assert window.list_pane.select_article(article.id)
        spelling = window.editing.spelling
        controller = spelling.controller
        qtbot.waitUntil(lambda: not controller.busy and controller.checker.is_loaded("sv"), timeout=5000)
        spelling.panel.refresh()  # as when the tab is shown: its count, its tab's title
        assert MISSPELT in [found.word.text for found in spelling.panel.found]
        yield window
        dialogs: list[Callable[[], QDialog]] = [
            lambda: PreferencesDialog(
                window.prefs, window, extra=PersonalWordsEditor(controller.checker, controller.language)
            ),
            lambda: HouseStyleDialog(workspace.house_style, window),
            lambda: AboutDialog(window.data_dir, window.managed, window),
            lambda: ShortcutsDialog(window),
            lambda: TaxonomyDialog(workspace.taxonomy, window),
            lambda: LinkDialog("skolan", "https://example.com", True, window),
        ]
        for make in dialogs:
            yield make()
        publishing = window.editing.publishing
        for action in (window.commands.publish, window.commands.destinations, window.commands.pull):
            action.trigger()
            assert publishing.dialog is not None
            yield publishing.dialog
            publishing.dialog.close()
        library = window.editing.photo_panel.open_library()
        assert library is not None
        yield library
        library.close()
        yield _misspelling_menu(window)
    finally:  # also when the walk is left early
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _misspelling_menu(window: MainWindow) -> QMenu:
    """The standfirst's context menu opened on the misspelt word, as a right-click opens it (its
    suggestions still being found: they are the dictionary's words, the same in any language)."""
    standfirst = window.editing.editor.standfirst_edit
    cursor = QTextCursor(standfirst.document())
    cursor.setPosition(standfirst.toPlainText().index(MISSPELT) + 2)
    spelling = window.editing.spelling
    menu = spelling.menus.menu_for(
        spelling.controller.field("standfirst"), standfirst.cursorRect(cursor).center()
    )
    names = [action.objectName() for action in menu.actions()]
    assert "spellingAddAction" in names
    assert "spellingSuggestionsPending" in names
    return menu


def _walk(qtbot, data_dir: Path) -> list[list[str]]:
    return [visible_texts(widget) for widget in _window_and_dialogs(qtbot, data_dir)]


@pytest.fixture
def catalogue(qapp) -> Iterator[None]:
    ensure_swedish_catalogue()
    before = QLocale()
    yield
    remove_translations(qapp)
    QLocale.setDefault(before)


def test_every_visible_string_is_swedish_in_the_swedish_interface(
    qtbot, qapp, data_dir: Path, catalogue
) -> None:
    english = _walk(qtbot, data_dir)
    assert install_translations(qapp, "sv") == "sv"
    swedish = _walk(qtbot, data_dir)
    assert len(english) == len(swedish)
    problems = {
        type_name: found
        for type_name, found in (
            (f"#{index}", untranslated(en, sv, data_dir))
            for index, (en, sv) in enumerate(zip(english, swedish, strict=True))
        )
        if found
    }
    assert not problems, "\n".join(f"{where}: {texts}" for where, texts in problems.items())
    assert sum(len(texts) for texts in swedish) > 300  # the walk saw the window, not an empty shell


def test_the_swedish_window_reads_as_newsroom_swedish(qtbot, qapp, data_dir: Path, catalogue) -> None:
    assert install_translations(qapp, "sv") == "sv"
    walk = _window_and_dialogs(qtbot, data_dir)
    window = next(walk)
    texts = set(visible_texts(window))
    for word in (
        "Arkiv",
        "Redigera",
        "Publicera",
        "Rubrik",
        "Ingress",
        "Byline",
        "Sektion",
        "Taggar",
        "Källnotis",
    ):
        assert word in texts, word
    status = window.findChild(QWidget, "articleCountLabel")
    assert status is not None
    assert status.property("text") == "1 artikel"
    walk.close()  # its clean-up: the window closed and deleted


def test_the_untranslated_check_catches_an_english_string() -> None:
    texts = ["Save", "Status", "TT", "Version 1.0", "Skola  ×", "/data/dir"]
    assert untranslated(texts, texts, Path("/data/dir")) == ["Save"]


def test_house_style_findings_and_rule_problems_read_in_swedish(qapp, catalogue) -> None:
    """The findings name the field in its Swedish definite form, inside a Swedish sentence."""
    assert install_translations(qapp, "sv") == "sv"
    style, problems = parse_house_style("banned: utilize => use\nheadline limit: many", "regler.txt")
    assert problems == [
        "regler.txt, rad 2: headline limit måste vara ett tal från 1 till 1000, men här står 'many'"
    ]
    findings = style_findings({"headline": "Skolan skolan byggs", "source_note": "We utilize it"}, style)
    assert [finding.message for finding in findings] == [
        "Upprepat ord i rubriken: ”Skolan skolan”.",
        "Förbjudet ord i källnotisen: ”utilize”; skriv ”use”.",
    ]
