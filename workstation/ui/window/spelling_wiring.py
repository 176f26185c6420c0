"""Spell checking, wired: the checker over the shipped dictionaries and the data dir's, the
editor's text fields and the photos' caption and alt text, the context menus, the Spelling tab
and the article's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.domain.i18n import translate
from workstation.services.spelling.checker import SpellChecker
from workstation.services.spelling.suggestions import SuggestionProcess
from workstation.ui.spelling.controller import SpellingController
from workstation.ui.spelling.menu import SpellingMenus, add_spelling_items, language_menu
from workstation.ui.spelling.panel import SpellingPanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from workstation.ui.window.editing_area import EditingArea, WindowParts


class SpellingWiring:
    def __init__(self, parts: WindowParts, area: EditingArea) -> None:
        editor = area.editor
        checker = SpellChecker(area.workspace.data_dir, shared_words=parts.managed.spelling_words)
        self.controller = SpellingController(checker, parts.tasks, SuggestionProcess(), area)
        controller = self.controller
        self.menus = SpellingMenus(controller)
        body = editor.body_edit
        form = area.photo_panel.form
        # In the order of the page (the Spelling tab lists them so).
        for name, label, edit in (
            ("headline", translate("SpellingWiring", "Headline"), editor.headline_edit),
            ("standfirst", translate("SpellingWiring", "Standfirst"), editor.standfirst_edit),
        ):
            self.menus.watch(controller.add_document(name, label, edit))
        self.body = controller.add_highlighted(
            "body", translate("SpellingWiring", "Body"), body, editor.highlighter
        )
        editor.highlighter.block_hook = controller.check_block
        for name, label, line in (
            ("byline", translate("SpellingWiring", "Byline"), editor.byline_edit),
            ("source_note", translate("SpellingWiring", "Source note"), editor.source_note_edit),
        ):
            self.menus.watch(controller.add_line(name, label, line))
        for name, label, edit in (
            ("caption", translate("SpellingWiring", "Caption"), form.caption_edit),
            ("alt_text", translate("SpellingWiring", "Alt text"), form.alt_edit),
        ):
            self.menus.watch(controller.add_document(name, label, edit))
        body.context_menu_extenders.insert(0, self._add_body_items)
        # After the formatting commands (which the window's Format wiring set before this).
        self.language_menu = language_menu(controller, body, body)
        body.context_actions = [*body.context_actions, None, self.language_menu.menuAction()]
        self.panel = SpellingPanel(controller)
        parts.side_tabs.addTab(self.panel, translate("SpellingWiring", "Spelling"))
        self.panel.count_changed.connect(
            lambda count: area.set_side_tab_label(
                self.panel,
                translate("SpellingWiring", "Spelling ({count})").format(count=count)
                if count
                else translate("SpellingWiring", "Spelling"),
                translate("SpellingWiring", "Misspellings in the article"),
            )
        )
        for spell_field in controller.fields:
            spell_field.widget.textChanged.connect(self.panel.schedule)
        controller.problem.connect(lambda text: area.show_status(text, 10000))
        editor.loaded.connect(
            lambda: controller.set_article(editor.article_id, self._language(area), key=editor.article_key)
        )
        editor.field_changed.connect(
            lambda name: controller.set_language(self._language(area)) if name == "language" else None
        )

    @staticmethod
    def _language(area: EditingArea) -> str:
        return str(area.editor.value("language") or "en")

    def _add_body_items(self, menu: QMenu) -> None:
        body = self.body.widget
        position = body.cursorForPosition(body.menu_position).position()  # type: ignore[union-attr]
        add_spelling_items(self.controller, menu, self.body, position)

    def shutdown(self) -> None:
        self.controller.shutdown()
