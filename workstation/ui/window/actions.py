"""The window's commands as QActions with standard shortcuts, and the menus that hold them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from workstation import APP_NAME
from workstation.domain.i18n import translate
from workstation.ui.window.format_actions import FormatActions

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def _replace_key() -> QKeySequence.StandardKey | str:
    """Ctrl+H: the platform's Replace key where that is Ctrl+H (Windows, GNOME), else Ctrl+H
    itself (KDE's Replace is Ctrl+R)."""
    replace = QKeySequence.StandardKey.Replace
    return replace if QKeySequence("Ctrl+H") in QKeySequence.keyBindings(replace) else "Ctrl+H"


class WindowActions:
    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        std = QKeySequence.StandardKey
        self.new = self._make(translate("WindowActions", "&New Article"), "newAction", std.New)
        # Ctrl+I is italic, as everywhere else; Ctrl+Shift+O opens files like Ctrl+O does.
        self.import_markdown = self._make(
            translate("WindowActions", "&Import Markdown…"), "importAction", "Ctrl+Shift+O"
        )
        self.export_markdown = self._make(
            translate("WindowActions", "&Export as Markdown…"), "exportAction", "Ctrl+E"
        )
        self.export_html = self._make(
            translate("WindowActions", "Export as &HTML Page…"), "exportHtmlAction", "Ctrl+Shift+E"
        )
        self.export_pdf = self._make(
            translate("WindowActions", "Export as P&DF…"), "exportPdfAction", "Ctrl+Alt+E"
        )
        self.add_photos = self._make(
            translate("WindowActions", "Add &Photos…"), "addPhotosAction", "Ctrl+Shift+I"
        )
        self.photo_library = self._make(
            translate("WindowActions", "Photo &Library…"), "photoLibraryAction", "Ctrl+Shift+B"
        )
        self.open_sample = self._make(translate("WindowActions", "Open Sa&mple Article"), "openSampleAction")
        self.checkpoint = self._make(
            translate("WindowActions", "&Save Checkpoint"), "checkpointAction", std.Save
        )
        self.quit = self._make(translate("WindowActions", "&Quit"), "quitAction", std.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo = self._make(translate("WindowActions", "&Undo"), "undoAction", std.Undo)
        self.redo = self._make(translate("WindowActions", "&Redo"), "redoAction", std.Redo)
        # Cut, Copy and Paste show their standard keys, which the focused field handles itself
        # (a window shortcut would take Ctrl+C from the article list); the items act on it.
        self.cut = self._make(translate("WindowActions", "Cu&t"), "cutAction", std.Cut, field_key=True)
        self.copy = self._make(translate("WindowActions", "&Copy"), "copyAction", std.Copy, field_key=True)
        self.paste = self._make(
            translate("WindowActions", "&Paste"), "pasteAction", std.Paste, field_key=True
        )
        self.paste_plain = self._make(
            translate("WindowActions", "Paste as Plain Te&xt"), "pastePlainAction", "Ctrl+Shift+V"
        )
        self.find_in_article = self._make(
            translate("WindowActions", "&Find…"), "findInArticleAction", std.Find
        )
        self.replace_in_article = self._make(
            translate("WindowActions", "Find and R&eplace…"), "replaceInArticleAction", _replace_key()
        )
        self.find_next = self._make(translate("WindowActions", "Find &Next"), "findNextAction", "F3")
        self.find_previous = self._make(
            translate("WindowActions", "Find Pre&vious"), "findPreviousAction", "Shift+F3"
        )
        # Ctrl+F finds in the open article, as in every editor; the list's search moves over.
        self.find = self._make(translate("WindowActions", "Find in &List"), "findAction", "Ctrl+Shift+F")
        self.replace_in_articles = self._make(
            translate("WindowActions", "Replace in Selected &Articles…"),
            "replaceInArticlesAction",
            "Ctrl+Shift+H",
        )
        self.duplicate = self._make(translate("WindowActions", "&Duplicate"), "duplicateAction", "Ctrl+D")
        # Del moves to the Trash in the list; in the Trash view it deletes (after asking).
        self.trash = self._make(translate("WindowActions", "Move to Tras&h…"), "trashAction", std.Delete)
        self.word_target = self._make(translate("WindowActions", "&Word Target…"), "wordTargetAction")
        self.restore = self._make(
            translate("WindowActions", "Rest&ore from Trash"), "restoreAction", "Ctrl+Shift+R"
        )
        self.delete_permanently = self._make(
            translate("WindowActions", "Delete Per&manently…"), "deleteAction", std.Delete
        )
        self.taxonomy = self._make(
            translate("WindowActions", "Sections and Ta&gs…"), "taxonomyAction", "Ctrl+Shift+T"
        )
        self.house_style = self._make(translate("WindowActions", "House St&yle…"), "houseStyleAction")
        self.preferences = self._make(
            translate("WindowActions", "Preference&s…"), "preferencesAction", "Ctrl+,"
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.format = FormatActions(self._make)  # the Format menu

        self.show_list = self._make(
            translate("WindowActions", "Article &List"), "toggleListAction", "Ctrl+Shift+L", checkable=True
        )
        self.show_side = self._make(
            translate("WindowActions", "&Side Panel"), "toggleSideAction", "Ctrl+Shift+P", checkable=True
        )
        self.show_preview = self._make(
            translate("WindowActions", "&Preview"), "togglePreviewAction", "Ctrl+Alt+P"
        )
        self.preview_window = self._make(
            translate("WindowActions", "Preview in &Window"), "previewWindowAction", checkable=True
        )
        self.show_trash = self._make(
            translate("WindowActions", "T&rash"), "showTrashAction", "Ctrl+Shift+D", checkable=True
        )
        self.writing_mode = self._make(
            translate("WindowActions", "&Full-Screen Writing Mode"),
            "writingModeAction",
            "F11",
            checkable=True,
        )
        self.typewriter_scrolling = self._make(
            translate("WindowActions", "&Typewriter Scrolling"), "typewriterScrollingAction", checkable=True
        )
        self.focus_paragraph = self._make(
            translate("WindowActions", "&Dim All but the Current Paragraph"),
            "focusParagraphAction",
            checkable=True,
        )
        self.writing_larger = self._make(
            translate("WindowActions", "&Larger Text"), "writingLargerAction", "Ctrl+="
        )
        self.writing_larger.setShortcuts([QKeySequence("Ctrl+="), QKeySequence(std.ZoomIn)])
        self.writing_smaller = self._make(
            translate("WindowActions", "&Smaller Text"), "writingSmallerAction", std.ZoomOut
        )
        # Ctrl+Shift+P is the side panel's; Publish takes the same letter with Alt added.
        self.publish = self._make(
            translate("WindowActions", "&Publish…"), "publishAction", "Ctrl+Alt+Shift+P"
        )
        self.unpublish = self._make(
            translate("WindowActions", "&Unpublish (Back to Draft)…"), "unpublishAction"
        )
        self.trash_on_site = self._make(
            translate("WindowActions", "Move to the Site's &Trash…"), "trashOnSiteAction"
        )
        self.open_in_browser = self._make(
            translate("WindowActions", "&Open in Browser"), "openInBrowserAction"
        )
        self.show_outbox = self._make(translate("WindowActions", "Show the Out&box"), "showOutboxAction")
        self.pull = self._make(
            translate("WindowActions", "Pu&ll from Site…"), "pullAction"
        )  # Alt+U is Unpublish's
        self.destinations = self._make(translate("WindowActions", "&Destinations…"), "destinationsAction")
        # F1, the help key: the list of shortcuts is the help there is. (Ctrl+/ is Ctrl+Shift+7 on a
        # Swedish keyboard, the numbered list's key.)
        self.shortcuts = self._make(
            translate("WindowActions", "&Keyboard Shortcuts"), "shortcutsAction", std.HelpContents
        )
        self.report_problem = self._make(
            translate("WindowActions", "&Report a Problem…"), "reportProblemAction"
        )
        self.about = self._make(
            translate("WindowActions", "&About {APP_NAME}").format(APP_NAME=APP_NAME), "aboutAction"
        )
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _make(
        self,
        text: str,
        name: str,
        shortcut: Shortcut = None,
        *,
        checkable: bool = False,
        field_key: bool = False,
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if field_key:  # shown in the menu; the key itself goes to the focused widget
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setCheckable(checkable)
        self._window.addAction(action)
        return action

    def build_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu(translate("WindowActions", "&File"))
        file_menu.setObjectName("fileMenu")
        for action in (
            self.new,
            self.import_markdown,
            self.export_markdown,
            self.export_html,
            self.export_pdf,
            self.open_sample,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.add_photos)
        file_menu.addAction(self.photo_library)
        file_menu.addSeparator()
        file_menu.addAction(self.checkpoint)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(translate("WindowActions", "&Edit"))
        edit_menu.setObjectName("editMenu")
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        edit_menu.addSeparator()
        for action in (self.cut, self.copy, self.paste, self.paste_plain):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (
            self.find_in_article,
            self.replace_in_article,
            self.find_next,
            self.find_previous,
            self.find,
            self.replace_in_articles,
        ):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (self.duplicate, self.trash, self.restore, self.delete_permanently):
            edit_menu.addAction(action)
        edit_menu.addAction(self.word_target)
        edit_menu.addSeparator()
        edit_menu.addAction(self.taxonomy)
        edit_menu.addAction(self.house_style)
        edit_menu.addAction(self.preferences)
        self.format.build_menu(bar)
        view_menu = bar.addMenu(translate("WindowActions", "&View"))
        view_menu.setObjectName("viewMenu")
        for action in (self.show_list, self.show_side, self.show_preview, self.preview_window):
            view_menu.addAction(action)
        view_menu.addAction(self.format.show_toolbar)
        view_menu.addAction(self.show_trash)
        view_menu.addSeparator()
        view_menu.addAction(self.writing_mode)
        writing_menu = view_menu.addMenu(translate("WindowActions", "Writing Mode &Options"))
        writing_menu.setObjectName("writingOptionsMenu")
        for action in (self.typewriter_scrolling, self.focus_paragraph):
            writing_menu.addAction(action)
        writing_menu.addSeparator()
        writing_menu.addAction(self.writing_larger)
        writing_menu.addAction(self.writing_smaller)
        publish_menu = bar.addMenu(translate("WindowActions", "&Publish"))
        publish_menu.setObjectName("publishMenu")
        publish_menu.addAction(self.publish)
        publish_menu.addAction(self.open_in_browser)
        publish_menu.addSeparator()
        publish_menu.addAction(self.unpublish)
        publish_menu.addAction(self.trash_on_site)
        publish_menu.addSeparator()
        publish_menu.addAction(self.show_outbox)
        publish_menu.addAction(self.pull)
        publish_menu.addAction(self.destinations)
        help_menu = bar.addMenu(translate("WindowActions", "&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.shortcuts)
        help_menu.addAction(self.report_problem)
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def changing_actions(self) -> list[QAction]:
        """Workspace actions that change the store: off while it is read-only."""
        return [
            self.new,
            self.import_markdown,
            self.open_sample,
            self.checkpoint,
            self.add_photos,
            self.replace_in_article,
            self.replace_in_articles,
            self.duplicate,
            self.trash,
            self.restore,
            self.delete_permanently,
            self.word_target,
            self.taxonomy,
            self.publish,
            self.pull,
            self.destinations,
        ]

    def workspace_actions(self) -> list[QAction]:
        """Actions that need an open store."""
        return [
            self.new,
            self.import_markdown,
            self.export_markdown,
            self.export_html,
            self.export_pdf,
            self.open_sample,
            self.checkpoint,
            self.show_preview,
            self.preview_window,
            self.add_photos,
            self.photo_library,
            self.find,
            self.find_in_article,
            self.replace_in_article,
            self.find_next,
            self.find_previous,
            self.replace_in_articles,
            self.duplicate,
            self.trash,
            self.restore,
            self.delete_permanently,
            self.word_target,
            self.taxonomy,
            self.show_trash,
            self.publish,
            self.show_outbox,
            self.pull,
            self.destinations,
        ]
