"""The spelling items of a text field's context menu: suggestions for the misspelt word under
the pointer (computed on a worker, the menu says "Finding suggestions…" until they come), Add
to Dictionary, Ignore in This Article; in the body, Set Language of Selection."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.languages import LANGUAGES
from workstation.services.spelling.tokens import Word
from workstation.ui.spelling.controller import SpellingController
from workstation.ui.spelling.fields import SpellField
from workstation.ui.spelling.languages import set_language

PENDING_TEXT = QT_TRANSLATE_NOOP("SpellingMenu", "Finding suggestions…")


def _first(menu: QMenu) -> QAction | None:
    actions = menu.actions()
    return actions[0] if actions else None


def _insert(menu: QMenu, before: QAction | None, action: QAction) -> None:
    if before is None:
        menu.addAction(action)
    else:
        menu.insertAction(before, action)


def add_spelling_items(
    controller: SpellingController, menu: QMenu, spell_field: SpellField, position: int
) -> None:
    """Put the spelling items at the top of `menu` for the word at `position`, if misspelt."""
    before = _first(menu)
    word = spell_field.word_at(position)
    if word is not None and controller.is_misspelt(word):
        _add_word_items(controller, menu, before, spell_field, word)


def _add_word_items(
    controller: SpellingController, menu: QMenu, before: QAction | None, spell_field: SpellField, word: Word
) -> None:
    pending = QAction(translate("SpellingMenu", PENDING_TEXT), menu)
    pending.setObjectName("spellingSuggestionsPending")
    pending.setEnabled(False)
    _insert(menu, before, pending)
    add = QAction(translate("SpellingMenu", "&Add “{word}” to Dictionary").format(word=word.text), menu)
    add.setObjectName("spellingAddAction")
    add.triggered.connect(lambda: controller.add_to_dictionary(word.text, word.language))
    ignore = QAction(translate("SpellingMenu", "&Ignore in This Article"), menu)
    ignore.setObjectName("spellingIgnoreAction")
    ignore.triggered.connect(lambda: controller.ignore(word.text))
    for action in (add, ignore):
        _insert(menu, before, action)
    if before is not None:
        menu.insertSeparator(before)

    def show(suggestions: list[str]) -> None:
        if not (shiboken6.isValid(menu) and shiboken6.isValid(pending)):
            return  # the menu closed before they came
        for text in suggestions:
            action = QAction(text, menu)
            action.setObjectName("spellingSuggestionAction")
            action.setEnabled(not spell_field.widget.isReadOnly())
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _c=False, t=text: spell_field.replace(word.start, word.end, t))
            menu.insertAction(pending, action)
        if suggestions:
            menu.removeAction(pending)
        else:
            pending.setText(translate("SpellingMenu", "No suggestions"))

    def failed(message: str) -> None:
        if shiboken6.isValid(pending):
            pending.setText(translate("SpellingMenu", "No suggestions ({message})").format(message=message))

    controller.request_suggestions(word, show, failed)


def language_menu(controller: SpellingController, parent: QWidget, edit: QPlainTextEdit) -> QMenu:
    """Set Language of Selection (the body's context menu, after the formatting commands)."""
    menu = QMenu(translate("SpellingMenu", "Set &Language of Selection"), parent)
    menu.setObjectName("spellingLanguageMenu")
    own = menu.addAction(translate("SpellingMenu", "The Article's Language"))
    own.setObjectName("spellingLanguageArticleAction")
    own.triggered.connect(lambda: set_language(edit, None))
    menu.addSeparator()
    for code, name in LANGUAGES:
        action = menu.addAction(f"{translate('Languages', name)} ({code})")
        action.setObjectName(f"spellingLanguageAction_{code}")
        action.triggered.connect(lambda _c=False, code=code: _set(controller, edit, code))
    return menu


def _set(controller: SpellingController, edit: QPlainTextEdit, code: str) -> None:
    set_language(edit, code)
    controller.ensure_loaded(code)


class SpellingMenus(QObject):
    """The context menus of the fields with no menu of their own (all but the body, whose menu
    takes the items through its extenders): Qt's standard menu with the spelling items."""

    def __init__(self, controller: SpellingController) -> None:
        super().__init__(controller)
        self._controller = controller
        self._watched: dict[QObject, SpellField] = {}
        self.last_menu: QMenu | None = None  # for tests

    def watch(self, spell_field: SpellField) -> None:
        widget = spell_field.widget
        target: QWidget = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
        self._watched[target] = spell_field
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        spell_field = self._watched.get(watched)
        if spell_field is None or event.type() is not QEvent.Type.ContextMenu:
            return False
        assert isinstance(event, QContextMenuEvent)
        menu = self.menu_for(spell_field, event.pos())
        self.last_menu = menu
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True

    def menu_for(self, spell_field: SpellField, pos: QPoint) -> QMenu:
        widget = spell_field.widget
        if isinstance(widget, QLineEdit):
            menu = widget.createStandardContextMenu()
            position = widget.cursorPositionAt(pos)
        else:
            menu = widget.createStandardContextMenu(pos)
            position = widget.cursorForPosition(pos).position()
        menu.setObjectName(f"{widget.objectName()}ContextMenu")
        add_spelling_items(self._controller, menu, spell_field, position)
        return menu
