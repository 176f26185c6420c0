"""Full-text search through the app's path versus the same FTS5 query on plain sqlite3."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from benchmarks.common import Check, Result, Settings, fmt_p, p50_p95, time_ms
from benchmarks.synthetic import StoreInfo
from workstation.domain.query import ArticleQuery
from workstation.services.articles import ArticleService
from workstation.store.database import open_database
from workstation.store.search_index import BM25, FTS_TABLE, RELEVANCE_WINDOW, match_expression

NAME = "search"
PAGE = 200
REPETITIONS = 10
BUDGET_P95_MS = 30.0
BUDGET_RATIO = 2.0

# The app's query (ArticleRepository.summaries with a search, relevance order) written by hand.
RAW_SQL = (
    "SELECT a.id, a.headline, s.name, a.status, a.byline, a.updated_at, a.word_count, a.trashed_at "
    "FROM articles AS a LEFT OUTER JOIN sections AS s ON s.id = a.section_id "
    f"JOIN {FTS_TABLE} ON {FTS_TABLE}.rowid = a.id "
    f"WHERE a.trashed_at IS NULL AND {FTS_TABLE} MATCH ? "
    f"ORDER BY {BM25}, a.id DESC LIMIT {PAGE}"
)
# The app ranks a broad query among its newest RELEVANCE_WINDOW matches (see search_index):
# the same three statements by hand.
CUTOFF_SQL = (
    f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET "
    f"{RELEVANCE_WINDOW - 1}"
)
WINDOW_COUNT_SQL = (
    f"SELECT count(*) FROM articles AS a JOIN {FTS_TABLE} ON {FTS_TABLE}.rowid = a.id "
    f"WHERE a.trashed_at IS NULL AND {FTS_TABLE} MATCH ? AND {FTS_TABLE}.rowid >= ?"
)
WINDOW_SQL = (
    "SELECT a.id, a.headline, s.name, a.status, a.byline, a.updated_at, a.word_count, a.trashed_at "
    "FROM articles AS a LEFT OUTER JOIN sections AS s ON s.id = a.section_id "
    f"JOIN {FTS_TABLE} ON {FTS_TABLE}.rowid = a.id "
    f"WHERE a.trashed_at IS NULL AND {FTS_TABLE} MATCH ? AND {FTS_TABLE}.rowid >= ? "
    f"ORDER BY {BM25}, a.id DESC LIMIT ?"
)
OLDER_SQL = (
    "SELECT a.id, a.headline, s.name, a.status, a.byline, a.updated_at, a.word_count, a.trashed_at "
    "FROM articles AS a LEFT OUTER JOIN sections AS s ON s.id = a.section_id "
    f"JOIN {FTS_TABLE} ON {FTS_TABLE}.rowid = a.id "
    f"WHERE a.trashed_at IS NULL AND {FTS_TABLE} MATCH ? AND {FTS_TABLE}.rowid < ? "
    "ORDER BY a.id DESC LIMIT ?"
)
COUNT_SQL = (
    f"SELECT count(*) FROM articles AS a JOIN {FTS_TABLE} ON {FTS_TABLE}.rowid = a.id "
    f"WHERE a.trashed_at IS NULL AND {FTS_TABLE} MATCH ?"
)


def queries(store: StoreInfo) -> list[str]:
    """~30 queries as editors type them: common and rare words, 2-3 words, names, partial words."""
    vocabulary = store.vocabulary
    surname = next(b for b in store.bylines if " " in b).split()[-1]
    return [
        # one common word (matches about half the store)
        "government",
        "people",
        vocabulary[299],  # a pseudo-word of rank 300: about a quarter
        # medium
        "minister",
        "police",
        "president",
        "market",
        vocabulary[1499],  # rank 1500: about 5 %
        "election",
        "climate",
        "budget",
        "football",
        # rare
        "drone",
        "Stockholm",
        "vaccine",
        "Riksbank",
        "Pyongyang",
        "hovercraft",
        "xylophone",
        # several words (all must match)
        "prime minister",
        "election results",
        "drone attack",
        "interest rates",
        "police strike Stockholm",
        "climate energy prices",
        "Kim Jong",
        "north korea",
        surname,  # a byline
        # typed partially (the last word is a prefix)
        "elec",
        "minis",
        "dro",
        "prime minis",
    ]


def run(settings: Settings) -> Result:
    store = settings.store
    qs = queries(store)
    db = open_database(store.data_dir)
    raw = sqlite3.connect(store.db_path)
    try:
        service = ArticleService(db)

        def app(q: str) -> object:
            return service.list(ArticleQuery(search=q), 0, PAGE)

        def plain(q: str) -> object:
            expression = match_expression(q)
            cutoff = raw.execute(CUTOFF_SQL, (expression,)).fetchone()
            if cutoff is None:
                return raw.execute(RAW_SQL, (expression,)).fetchall()
            ranked = raw.execute(WINDOW_COUNT_SQL, (expression, cutoff[0])).fetchone()[0]
            rows = raw.execute(WINDOW_SQL, (expression, cutoff[0], min(PAGE, ranked))).fetchall()
            if len(rows) < PAGE:
                rows += raw.execute(OLDER_SQL, (expression, cutoff[0], PAGE - len(rows))).fetchall()
            return rows

        matches = {q: raw.execute(COUNT_SQL, (match_expression(q),)).fetchone()[0] for q in qs}
        for q in qs:  # warm up: page cache, SQLAlchemy's statement cache
            app(q)
            plain(q)
            if len(app(q)) != len(plain(q)):  # type: ignore[arg-type]
                raise RuntimeError(f"app and raw disagree on {q!r}")

        app_ms: list[float] = []
        raw_ms: list[float] = []
        per_query: dict[str, list[float]] = defaultdict(list)
        per_query_raw: dict[str, list[float]] = defaultdict(list)
        for rep in range(REPETITIONS):
            for q in qs:
                # Alternate which goes first, so neither always runs on a warmer cache.
                if rep % 2:
                    r = time_ms(lambda q=q: plain(q))
                    a = time_ms(lambda q=q: app(q))
                else:
                    a = time_ms(lambda q=q: app(q))
                    r = time_ms(lambda q=q: plain(q))
                app_ms.append(a)
                raw_ms.append(r)
                per_query[q].append(a)
                per_query_raw[q].append(r)
    finally:
        raw.close()
        db.close()

    _, app_p95 = p50_p95(app_ms)
    _, raw_p95 = p50_p95(raw_ms)
    ratio = app_p95 / raw_p95
    notes = [
        f"{len(qs)} queries x {REPETITIONS} repetitions over {store.articles:,} articles; "
        "slowest queries (app p50 / raw p50, matching articles):"
    ]
    slowest = sorted(qs, key=lambda q: -p50_p95(per_query[q])[0])
    for q in slowest[:8]:
        a50 = p50_p95(per_query[q])[0]
        r50 = p50_p95(per_query_raw[q])[0]
        notes.append(f"  {q!r:26} {a50:7.1f} / {r50:7.1f} ms  {matches[q]:>7,} matches")
    fastest = slowest[-1]
    notes.append(
        f"  fastest: {fastest!r} {p50_p95(per_query[fastest])[0]:.1f} ms ({matches[fastest]:,} matches)"
    )
    return Result(
        name=NAME,
        measured=f"app {fmt_p(app_ms)}",
        baseline=f"raw {fmt_p(raw_ms)}",
        ratio=ratio,
        checks=[
            Check(f"p95 <= {BUDGET_P95_MS:.0f} ms", app_p95, BUDGET_P95_MS),
            Check(f"ratio <= {BUDGET_RATIO:.1f}", ratio, BUDGET_RATIO),
        ],
        notes=notes,
    )
