"""What the window shows instead of the articles when the store is damaged: the one line that
says what is wrong, the store's backups to restore one, salvage of every readable article into a
fresh store, opening it read-only when it can still be read, and Quit. The same as
`workstation backup` and `workstation salvage` on the command line (services.recovery)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import format_number, translate
from workstation.ui.common import alerts
from workstation.ui.common.factory import push_button
from workstation.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from workstation.services.recovery import SalvageReport

_BACKUP_ID = Qt.ItemDataRole.UserRole


class RecoveryScreen(QWidget):
    restored = Signal()  # a backup is the store now: open it again
    open_read_only_requested = Signal()
    quit_requested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryScreen")
        self._data_dir = data_dir
        self._tasks = TaskRunner(self)
        # Closes the store this process holds open (a restore needs it closed); set by its owner.
        self.before_restore: Callable[[], None] | None = None
        title = QLabel(translate("RecoveryScreen", "The store is damaged"))
        title.setObjectName("recoveryTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("recoveryProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        advice = QLabel(
            translate(
                "RecoveryScreen",
                "Nothing is written to a damaged store. Restore one of its backups, or salvage every "
                "article that can still be read: they are exported as Markdown with their photos, "
                "and a fresh store is built from them in a folder you choose.",
            )
        )
        advice.setObjectName("recoveryAdvice")
        advice.setWordWrap(True)
        backups_title = QLabel(translate("RecoveryScreen", "Backups of this store, newest first:"))
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        self.backup_list.setAccessibleName(translate("RecoveryScreen", "Backups"))
        backups_title.setBuddy(self.backup_list)
        self.status_label = QLabel()
        self.status_label.setObjectName("recoveryStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        make_button = partial(push_button, min_height=34)
        self.restore_button = make_button(
            translate("RecoveryScreen", "Restore this backup"), "restoreBackupButton", on_click=self._restore
        )
        self.salvage_button = make_button(
            translate("RecoveryScreen", "Salvage articles…"), "salvageButton", on_click=self._salvage
        )
        self.read_only_button = make_button(
            translate("RecoveryScreen", "Open read-only"),
            "openReadOnlyButton",
            on_click=self.open_read_only_requested.emit,
        )
        self.quit_button = make_button(
            translate("RecoveryScreen", "Quit"), "quitRecoveryButton", on_click=self.quit_requested.emit
        )
        self.backup_list.currentItemChanged.connect(lambda *_: self._update_buttons())

        buttons = QHBoxLayout()
        for button in (self.restore_button, self.salvage_button, self.read_only_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(self.problem_label)
        column.addWidget(advice)
        column.addSpacing(8)
        column.addWidget(backups_title)
        column.addWidget(self.backup_list, 1)
        column.addLayout(buttons)
        column.addWidget(self.status_label)
        frame = QWidget()
        frame.setMaximumWidth(900)
        frame.setLayout(column)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(frame, 6)
        outer.addStretch(1)

    def show_problem(self, message: str, *, readable: bool) -> None:
        """The problem line, and the backups there are; `readable`: it can be opened read-only."""
        self.problem_label.setText(message)
        self.read_only_button.setVisible(readable)
        self.status_label.clear()
        self.backup_list.clear()
        from workstation.services import recovery  # the store's modules: only when needed

        for backup in recovery.list_backups(self._data_dir):  # a folder listing: no store read
            size = translate("RecoveryScreen", "{kb} KB").format(
                kb=format_number(max(1, backup.size // 1024))
            )
            text = f"{backup.created_at.astimezone():%Y-%m-%d %H:%M}   {self._reason(backup.reason)}   {size}"
            item = QListWidgetItem(text)
            item.setData(_BACKUP_ID, backup.id)
            self.backup_list.addItem(item)
        if self.backup_list.count():
            self.backup_list.setCurrentRow(0)
        else:
            self.backup_list.addItem(translate("RecoveryScreen", "No backups yet."))
            self.backup_list.setEnabled(False)
        self._update_buttons()

    @staticmethod
    def _reason(reason: str) -> str:
        names = {
            "daily": translate("RecoveryScreen", "daily"),
            "migration": translate("RecoveryScreen", "before an upgrade"),
            "manual": translate("RecoveryScreen", "made by hand"),
        }
        return names.get(reason, reason)

    def _selected_backup(self) -> str | None:
        item = self.backup_list.currentItem()
        value = item.data(_BACKUP_ID) if item is not None else None
        return value if isinstance(value, str) else None

    def _update_buttons(self, *, busy: bool = False) -> None:
        self.restore_button.setEnabled(not busy and self._selected_backup() is not None)
        self.salvage_button.setEnabled(not busy)
        self.read_only_button.setEnabled(not busy)

    def _restore(self) -> None:
        backup_id = self._selected_backup()
        if backup_id is None:
            return
        message = translate(
            "RecoveryScreen",
            "The backup becomes the store; the damaged store is kept beside it, renamed. "
            "Changes made after the backup are not in it.",
        )
        title = translate("RecoveryScreen", "Restore this backup?")
        if not alerts.confirm(self, title, message, translate("RecoveryScreen", "Restore")):
            return
        self._busy(translate("RecoveryScreen", "Restoring the backup…"))
        if self.before_restore is not None:
            self.before_restore()
        from workstation.services.recovery import restore_backup

        data_dir = self._data_dir
        self._tasks.run(lambda: restore_backup(data_dir, backup_id), self._on_restored, self._on_failed)

    def _on_restored(self, _aside: object) -> None:
        self.status_label.setText(translate("RecoveryScreen", "Backup restored. Opening the store…"))
        self.restored.emit()

    def _salvage(self) -> None:
        folder = alerts.ask_directory(
            self, translate("RecoveryScreen", "Salvage the articles into an empty folder")
        )
        if not folder:
            return
        self._busy(translate("RecoveryScreen", "Salvaging the articles…"))
        from workstation.services.recovery import salvage

        data_dir = self._data_dir
        self._tasks.run(lambda: salvage(data_dir, Path(folder)), self._on_salvaged, self._on_failed)

    def _on_salvaged(self, report: SalvageReport) -> None:
        self._update_buttons()
        text = translate(
            "RecoveryScreen",
            "Salvaged {saved} articles as Markdown into {folder} ({lost} could not be read). "
            "A fresh store of {imported} articles is in {store}: "
            "start the app with --data-dir {out} to use it.",
        ).format(
            saved=format_number(len(report.exported)),
            folder=report.markdown_dir,
            lost=format_number(len(report.unreadable)),
            imported=format_number(report.imported),
            store=report.store,
            out=report.out_dir,
        )
        self.status_label.setText(text)

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, WorkstationError):
            raise error
        self._update_buttons()
        self.status_label.setText(str(error))

    def _busy(self, text: str) -> None:
        self.status_label.setText(text)
        self._update_buttons(busy=True)
