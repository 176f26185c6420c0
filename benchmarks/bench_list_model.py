"""The list's first screen: ArticleListModel over the store until the first rows are readable."""

from __future__ import annotations

import sqlite3

from benchmarks.common import Check, Result, Settings, fmt_p, p50_p95, time_ms
from workstation.services.articles import ArticleService
from workstation.store.database import open_database

NAME = "list_model"
RUNS = 30
FIRST_SCREEN_ROWS = 40
BUDGET_P95_MS = 50.0

# ArticleRepository.summaries for the default query (no search: updated, newest first), by hand.
RAW_SQL = (
    "SELECT a.id, a.headline, s.name, a.status, a.byline, a.updated_at, a.word_count, a.trashed_at "
    "FROM articles AS a LEFT OUTER JOIN sections AS s ON s.id = a.section_id "
    "WHERE a.trashed_at IS NULL ORDER BY a.updated_at DESC, a.id DESC LIMIT 200"
)


def run(settings: Settings) -> Result:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from workstation.ui.articles.list_model import ArticleListModel

    _app = QApplication.instance() or QApplication([])
    display = Qt.ItemDataRole.DisplayRole
    db = open_database(settings.store.data_dir)
    raw = sqlite3.connect(settings.store.db_path)
    try:
        service = ArticleService(db)

        def first_screen() -> None:
            model = ArticleListModel(service)
            model.reload()
            if model.rowCount() <= 0:
                raise RuntimeError("the list model shows no rows")
            columns = model.columnCount()
            for row in range(min(FIRST_SCREEN_ROWS, model.rowCount())):
                for column in range(columns):
                    model.data(model.index(row, column), display)

        def plain() -> None:
            raw.execute(RAW_SQL).fetchall()

        first_screen()  # warm up
        plain()
        app_ms: list[float] = []
        raw_ms: list[float] = []
        for _ in range(RUNS):
            app_ms.append(time_ms(first_screen))
            raw_ms.append(time_ms(plain))
    finally:
        raw.close()
        db.close()
    _, p95 = p50_p95(app_ms)
    _, raw_p95 = p50_p95(raw_ms)
    return Result(
        name=NAME,
        measured=f"model {fmt_p(app_ms)}",
        baseline=f"raw {fmt_p(raw_ms)}",
        ratio=p95 / raw_p95,
        checks=[Check(f"p95 <= {BUDGET_P95_MS:.0f} ms", p95, BUDGET_P95_MS)],
        notes=[
            f"{RUNS} runs: construct + reload (200 rows) + DisplayRole of {FIRST_SCREEN_ROWS} rows x "
            "all columns; baseline: the first 200 summary rows through plain sqlite3 "
            "(ratio informational)"
        ],
    )
