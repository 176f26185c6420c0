"""The Trash, wired: Move to Trash (warning first when readers can still see the article on a
site, with the offer to unpublish it), its Undo in the status bar and in Edit › Undo, Restore,
Delete permanently (asked, naming the articles), the banner's Restore over an article opened
from the Trash, and the article list's context menu."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.publishing import OutboxJob, RemoteStatus
from workstation.services.trash import LiveCopy
from workstation.services.workspace import Workspace
from workstation.ui.common import alerts
from workstation.ui.common.undo_offer import UndoOffer
from workstation.ui.window.editing_area import EditingArea, WindowParts, guarded

T = TypeVar("T")

UNDO_OFFER_MS = 10_000  # the status bar's Undo; Edit › Undo keeps it longer
NAMES_SHOWN = 8  # a confirmation names this many articles, then "and 3 more"
UNPUBLISH_AND_TRASH = QT_TRANSLATE_NOOP("TrashCommands", "Unpublish and move to Trash")
TRASH_ONLY = QT_TRANSLATE_NOOP("TrashCommands", "Move to Trash only")


def quoted(headline: str) -> str:
    return f"“{headline.strip() or '(no headline)'}”"


def named(headlines: Sequence[str]) -> str:
    """'“A”', '“A” and “B”', '“A”, “B” and “C”', '“A”, … and 4 more'."""
    names = [quoted(h) for h in headlines[:NAMES_SHOWN]]
    rest = len(headlines) - len(names)
    if rest:
        names.append(f"{rest} more")
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def live_warning(copies: Sequence[LiveCopy], doing: str = "Moving {it} to the Trash") -> str:
    """'“Hello world!” is published on Test Herald. Moving it to the Trash does not take it off
    the site.' One sentence per article, naming each site and what readers see there; `doing`
    says what does not take it off ('Deleting {it} here')."""
    by_article: dict[int, list[LiveCopy]] = {}
    for copy in copies:
        by_article.setdefault(copy.article_id, []).append(copy)
    lines = []
    for article_copies in by_article.values():
        published = [c.site for c in article_copies if c.status is RemoteStatus.PUBLISH]
        scheduled = [c.site for c in article_copies if c.status is RemoteStatus.FUTURE]
        where = []
        if published:
            where.append(translate("TrashCommands", "published on {sites}").format(sites=_sites(published)))
        if scheduled:
            where.append(translate("TrashCommands", "scheduled on {sites}").format(sites=_sites(scheduled)))
        lines.append(
            translate("TrashCommands", "{quoted} is {join}.").format(
                quoted=quoted(article_copies[0].headline), join=" and ".join(where)
            )
        )
    it = "it" if len(by_article) == 1 else "them"
    site = (
        translate("TrashCommands", "the site")
        if len({c.destination_id for c in copies}) == 1
        else translate("TrashCommands", "the sites")
    )
    return "\n".join(lines) + translate("TrashCommands", " {format} does not take {it} off {site}.").format(
        format=doing.format(it=it), it=it, site=site
    )


def _what(headlines: Sequence[str]) -> str:
    """'“Hello world!”' for one article, '3 articles' for more."""
    return quoted(headlines[0]) if len(headlines) == 1 else f"{len(headlines)} articles"


def _sites(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


class TrashCommands(QObject):
    def __init__(self, parts: WindowParts, workspace: Workspace, area: EditingArea) -> None:
        super().__init__(parts.window)
        self._parts = parts
        self._workspace = workspace
        self._area = area
        self.undo_offer = UndoOffer(
            "trash", translate("TrashCommands", "Move to Trash"), UNDO_OFFER_MS, link=True
        )
        parts.window.statusBar().addPermanentWidget(self.undo_offer)
        self.menu: QMenu | None = None  # the list's context menu while it is open (tests use it)
        self._trashed: list[int] = []  # the last Move to Trash, while it can be undone
        self._trashed_what = ""  # its articles in words: '“Hello world!”', '3 articles'
        self.open_action = QAction(translate("TrashCommands", "&Open"), parts.window)
        self.open_action.setObjectName("openArticleAction")
        a = parts.actions
        a.trash.triggered.connect(self.trash_selected)
        a.restore.triggered.connect(self.restore_selected)
        a.delete_permanently.triggered.connect(self.delete_selected)
        self.open_action.triggered.connect(self.open_selected)
        self.undo_offer.undo_requested.connect(self.undo_trash)
        area.trash_banner.restore_requested.connect(self.restore_open)
        pane = parts.list_pane
        pane.trash_header.restore_requested.connect(a.restore.trigger)
        pane.trash_header.delete_requested.connect(a.delete_permanently.trigger)
        pane.context_menu_requested.connect(self.show_list_menu)

    def _guard(self, work: Callable[[], T]) -> T | None:
        return guarded(self._parts.window, work)

    def _ran(self, work: Callable[[], object]) -> bool:
        """Run a service call that answers nothing; False (after a message) when it failed."""

        def run() -> bool:
            work()
            return True

        return self._guard(run) is True

    def _in_trash_view(self) -> bool:
        return self._parts.list_pane.model.query.trashed

    def _headlines(self, ids: Sequence[int]) -> list[str]:
        model = self._parts.list_pane.model
        summaries = [model.summary(model.row_of(article_id)) for article_id in ids]
        return [summary.headline if summary is not None else "" for summary in summaries]

    def _changed(self, ids: list[int]) -> None:
        if self._area.current_article_id() in ids:
            self._area.show_article(None)
        self._parts.signals.articles_changed.emit(ids)

    def _forget_undo(self, ids: Sequence[int] = ()) -> None:
        """The last Move to Trash cannot be undone once those articles were restored or deleted."""
        if self._trashed and (not ids or set(ids) & set(self._trashed)):
            self._trashed = []
            self.undo_offer.hide()
            self._area.edit_undo.withdraw()

    # -- Move to Trash, and its undo ---------------------------------------------------------

    def trash_selected(self) -> None:
        ids = self._parts.list_pane.selected_ids()
        if not ids or self._in_trash_view() or not self._area.flush_edits():
            return
        headlines = self._headlines(ids)
        trash = self._workspace.trash
        copies = self._guard(lambda: trash.live_copies(ids))
        if copies is None:
            return
        unpublish = False
        if copies:
            choice = alerts.choose(
                self._parts.window,
                translate("TrashCommands", "Still on the site"),
                live_warning(copies),
                [translate("TrashCommands", UNPUBLISH_AND_TRASH), translate("TrashCommands", TRASH_ONLY)],
            )
            if choice is None:
                return
            unpublish = choice == translate("TrashCommands", UNPUBLISH_AND_TRASH)
        jobs = self._guard(lambda: trash.move_to_trash(ids, unpublish=unpublish))
        if jobs is None:
            return
        self._area.publishing.jobs_queued(jobs)
        self._changed(ids)
        self._offer_undo(ids, headlines, jobs)

    def _offer_undo(self, ids: list[int], headlines: list[str], jobs: list[OutboxJob]) -> None:
        self._trashed = ids
        self._trashed_what = what = _what(headlines)
        unpublished = (
            translate("TrashCommands", " and unpublished it")
            if jobs and len(ids) == 1
            else translate("TrashCommands", " and unpublished")
            if jobs
            else ""
        )
        self.undo_offer.offer(
            translate("TrashCommands", "Moved {what} to the Trash{unpublished} ·").format(
                what=what, unpublished=unpublished
            )
        )
        self._parts.window.statusBar().clearMessage()  # the offer says it
        self._area.edit_undo.offer(translate("TrashCommands", "Move to Trash"), self.undo_trash)

    def undo_trash(self) -> None:
        """Bring back the articles of the last Move to Trash (a queued unpublish is not undone:
        Publish… puts the article back on the site)."""
        ids, what = self._trashed, self._trashed_what
        if not ids:
            return
        self._forget_undo()
        if not self._ran(lambda: self._workspace.trash.restore(ids)):
            return
        self._parts.signals.articles_changed.emit(ids)
        pane = self._parts.list_pane
        if not self._in_trash_view() and pane.select_article(ids[0]):
            pane.table.setFocus()
        self._area.show_status(
            translate("TrashCommands", "Restored {what} from the Trash.").format(what=what), 6000
        )

    # -- in the Trash ------------------------------------------------------------------------

    def restore_selected(self) -> None:
        ids = self._parts.list_pane.selected_ids()
        if not ids or not self._in_trash_view():
            return
        headlines = self._headlines(ids)
        if not self._ran(lambda: self._workspace.trash.restore(ids)):
            return
        self._forget_undo(ids)
        self._changed(ids)
        self._area.show_status(
            translate("TrashCommands", "Restored {what}.").format(what=_what(headlines)), 6000
        )

    def delete_selected(self) -> None:
        ids = self._parts.list_pane.selected_ids()
        if not ids or not self._in_trash_view():
            return
        headlines = self._headlines(ids)
        trash = self._workspace.trash
        copies = self._guard(lambda: trash.live_copies(ids))
        if copies is None:
            return
        title = (
            translate("TrashCommands", "Delete permanently?")
            if len(ids) == 1
            else translate("TrashCommands", "Delete {len} articles permanently?").format(len=len(ids))
        )
        message = translate(
            "TrashCommands", "{named} will be deleted with {value} history. This cannot be undone."
        ).format(named=named(headlines), value="its" if len(ids) == 1 else "their")
        if copies:
            still = live_warning(copies, translate("TrashCommands", "Deleting {it} here"))
            message += translate(
                "TrashCommands",
                "\n\n{still} Unpublish first (Publish › Unpublish) if readers should no longer see it.",
            ).format(still=still)
        if not alerts.confirm(
            self._parts.window, title, message, translate("TrashCommands", "Delete permanently")
        ):
            return
        if not self._ran(lambda: self._workspace.trash.delete(ids)):
            return
        self._forget_undo(ids)
        self._changed(ids)
        self._area.show_status(
            translate("TrashCommands", "Deleted {what} permanently.").format(what=_what(headlines)), 6000
        )

    def restore_open(self) -> None:
        """The banner's Restore: the open article comes out of the Trash and can be edited at
        once (the list leaves the Trash to show it among the others)."""
        article_id = self._area.current_article_id()
        if article_id is None:
            return
        if not self._ran(lambda: self._workspace.trash.restore([article_id])):
            return
        self._forget_undo([article_id])
        pane = self._parts.list_pane
        pane.trash_toggle.setChecked(False)
        self._parts.signals.articles_changed.emit([article_id])
        pane.select_article(article_id, quiet=True)
        self._area.show_article(article_id)
        editor = self._area.editor
        editor.headline_edit.setFocus()
        self._area.show_status(
            translate("TrashCommands", "Restored {quoted}: it can be edited again.").format(
                quoted=quoted(editor.headline_edit.text())
            ),
            6000,
        )

    # -- the list's context menu -------------------------------------------------------------

    def open_selected(self) -> None:
        """The menu's Open: the article chosen in the list, its headline ready for typing."""
        pane = self._parts.list_pane
        article_id = pane.current_article_id()
        if article_id is None:
            return
        if self._area.current_article_id() != article_id:
            self._area.show_article(article_id)
        self._area.editor.headline_edit.setFocus()

    def list_menu(self) -> QMenu:
        """Open, Duplicate, Move to Trash… for articles; Restore, Delete permanently in the Trash."""
        a = self._parts.actions
        menu = QMenu(self._parts.list_pane)
        menu.setObjectName("articleListMenu")
        menu.setAccessibleName(translate("TrashCommands", "Article commands"))
        if self._in_trash_view():
            actions = [a.restore, a.delete_permanently]
        else:
            actions = [self.open_action, a.duplicate, a.trash]
        menu.addActions(actions)
        return menu

    def show_list_menu(self, position: QPoint) -> None:
        if self.menu is not None:
            self.menu.close()
        menu = self.list_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.aboutToHide.connect(lambda: self._forget_menu(menu))
        self.menu = menu
        menu.popup(position)

    def _forget_menu(self, menu: QMenu) -> None:
        if self.menu is menu:
            self.menu = None
