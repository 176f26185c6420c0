"""Help › Report a Problem…: the editor chooses where the zip goes; the report itself is
services/diagnostics/problem_report.py (Qt-free, shared with `workstation report-problem`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QDir, qVersion

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.services.diagnostics.problem_report import (
    ProblemReport,
    suggested_name,
    write_problem_report,
)
from workstation.ui.common import alerts

if TYPE_CHECKING:
    from workstation.ui.window.main_window import MainWindow


def ask_and_write_report(window: MainWindow) -> None:
    chosen = alerts.ask_save_file(
        window,
        translate("ReportProblem", "Save a Problem Report"),
        str(Path(QDir.homePath()) / suggested_name()),
        translate("ReportProblem", "Zip archives (*.zip)"),
    )
    if not chosen:
        return
    out = Path(chosen)
    if out.suffix.lower() != ".zip":
        out = out.with_name(out.name + ".zip")
    window.settings.sync()  # the report reads settings.ini as it is now
    data_dir, managed = window.data_dir, window.managed
    versions = [("Qt", qVersion()), ("PySide6", pyside_version)]
    window.tasks.run(
        lambda: write_problem_report(out, data_dir, managed, versions),
        lambda report: _show_written(window, report),
        lambda error: _show_failed(window, error),
    )


def _show_written(window: MainWindow, report: ProblemReport) -> None:
    alerts.show_info(
        window,
        translate("ReportProblem", "Problem Report Saved"),
        translate(
            "ReportProblem",
            "The problem report is saved as {path}. Attach it to your message to support: it holds "
            "the log, the versions and the settings, never the text of an article or a password.",
        ).format(path=report.path),
    )


def _show_failed(window: MainWindow, error: BaseException) -> None:
    if not isinstance(error, WorkstationError):
        raise error
    alerts.show_error(window, translate("ReportProblem", "Problem report not saved"), str(error))
