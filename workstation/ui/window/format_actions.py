"""The Format menu's commands: bold, italic, link, headings, quote and lists, with the
shortcuts of Word and Google Docs. The same actions are in the body's context menu and on the
toolbar above the body (View › Formatting Toolbar, remembered).

They format the body only, and are enabled only while it has the focus, with an article open.
Word greys out formatting where the text cannot carry it; here every other field is plain
text on the page (the standfirst becomes the site's plain excerpt, so ** there would reach
readers as asterisks), and a shortcut that edited the body from the headline would change
text the editor is not looking at."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from workstation.domain.i18n import translate
from workstation.domain.markdown_blocks import HEADING_LEVELS, NORMAL
from workstation.ui.articles.editor import ArticleEditorWidget
from workstation.ui.articles.format_toolbar import FormatToolBar, describe
from workstation.ui.articles.formatting import BodyFormatter

SHOW_TOOLBAR_KEY = "editor/show_format_toolbar"
Make = Callable[..., QAction]  # WindowActions._make: text, objectName, shortcut, checkable=


class FormatActions:
    def __init__(self, make: Make) -> None:
        std = QKeySequence.StandardKey
        self.bold = make(translate("FormatActions", "&Bold"), "formatBoldAction", std.Bold)
        self.italic = make(translate("FormatActions", "&Italic"), "formatItalicAction", std.Italic)
        self.link = make(translate("FormatActions", "&Link…"), "formatLinkAction", "Ctrl+K")
        # Ctrl+Alt+<level> as in Word and Docs; the headline is heading 1, so the body starts at 2.
        self.headings = {
            level: make(
                translate("FormatActions", "Heading &{level}").format(level=level),
                f"formatHeading{level}Action",
                f"Ctrl+Alt+{level}",
            )
            for level in HEADING_LEVELS
        }
        self.normal = make(
            translate("FormatActions", "Normal &Paragraph"), "formatNormalAction", "Ctrl+Alt+0"
        )
        # Google Docs' keys: numbered Ctrl+Shift+7, bulleted Ctrl+Shift+8, quote Ctrl+Shift+9.
        self.numbers = make(
            translate("FormatActions", "&Numbered List"), "formatNumbersAction", "Ctrl+Shift+7"
        )
        self.bullets = make(
            translate("FormatActions", "Bulleted Li&st"), "formatBulletsAction", "Ctrl+Shift+8"
        )
        self.quote = make(translate("FormatActions", "&Quote"), "formatQuoteAction", "Ctrl+Shift+9")
        self.show_toolbar = make(
            translate("FormatActions", "Formatting &Toolbar"), "toggleFormatToolbarAction", checkable=True
        )
        self.show_toolbar.setChecked(True)
        labels = {
            self.bold: "B",
            self.italic: "I",
            self.link: translate("FormatActions", "Link"),
            self.normal: "¶",
        }
        labels |= {
            self.quote: translate("FormatActions", "“Quote”"),
            self.bullets: translate("FormatActions", "• List"),
            self.numbers: translate("FormatActions", "1. List"),
        }
        labels |= {action: f"H{level}" for level, action in self.headings.items()}
        for action, label in labels.items():
            describe(action, label)
            action.setEnabled(False)

    def editing(self) -> list[QAction]:
        """The commands that change the body."""
        return [action for action in self.items() if action is not None]

    def items(self) -> list[QAction | None]:
        """The commands in menu order; None is a separator."""
        return [
            self.bold,
            self.italic,
            self.link,
            None,
            *self.headings.values(),
            self.normal,
            None,
            self.quote,
            self.bullets,
            self.numbers,
        ]

    def build_menu(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(translate("FormatActions", "F&ormat"))
        menu.setObjectName("formatMenu")
        for action in self.items():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def attach(self, editor: ArticleEditorWidget, settings: QSettings, window: QWidget) -> FormatController:
        """Wire the commands to the open article's body (once the store is open)."""
        return FormatController(self, editor, settings, window)


class FormatController(QObject):
    """The commands' handlers, the toolbar above the body, and when the commands are enabled."""

    def __init__(
        self, actions: FormatActions, editor: ArticleEditorWidget, settings: QSettings, window: QWidget
    ) -> None:
        super().__init__(window)
        self._actions = actions
        self._editor = editor
        self._window = window
        body = editor.body_edit
        self.formatter = BodyFormatter(body, window)
        self.toolbar = FormatToolBar(actions.items())
        editor.add_body_bar(self.toolbar)
        body.context_actions = actions.items()

        formatter = self.formatter
        handlers: list[tuple[QAction, Callable[[], object]]] = [
            (actions.bold, formatter.toggle_bold),
            (actions.italic, formatter.toggle_italic),
            (actions.link, formatter.edit_link),
            (actions.normal, lambda: formatter.set_heading(NORMAL)),
            (actions.quote, formatter.toggle_quote),
            (actions.bullets, formatter.toggle_bullets),
            (actions.numbers, formatter.toggle_numbers),
        ]
        handlers += [
            (action, lambda level=level: formatter.set_heading(level))  # type: ignore[misc]
            for level, action in actions.headings.items()
        ]
        for action, handler in handlers:
            action.triggered.connect(lambda _checked=False, handler=handler: self._run(handler))

        shown = settings.value(SHOW_TOOLBAR_KEY, "true") != "false"
        actions.show_toolbar.setChecked(shown)
        self.toolbar.setVisible(shown)
        actions.show_toolbar.toggled.connect(self._on_show_toolbar_toggled)
        self._settings = settings
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
        self.update_enabled()

    def available(self) -> bool:
        """An article is open, editable (not in the Trash), and its body has the focus (of the
        window: a menu or dialog open over it leaves the window's focus widget as it was)."""
        editor, body = self._editor, self._editor.body_edit
        return (
            editor.article_id is not None
            and not editor.read_only
            and body.isVisible()
            and self._window.focusWidget() is body
        )

    def update_enabled(self) -> None:
        actions = self._actions.editing()
        # The focus also moves while the window is being deleted, its actions before this.
        if not all(shiboken6.isValid(part) for part in (self._window, self._editor, *actions)):
            return
        available = self.available()
        for action in actions:
            action.setEnabled(available)

    def _run(self, handler: Callable[[], object]) -> None:
        if self.available():
            handler()

    def _on_app_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.update_enabled()

    def _on_show_toolbar_toggled(self, shown: bool) -> None:
        self.toolbar.setVisible(shown)
        self._settings.setValue(SHOW_TOOLBAR_KEY, "true" if shown else "false")
