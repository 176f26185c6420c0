"""A synthetic store of N articles that the app opens normally, built fast and cached.

The schema comes from the app itself (open_database runs the migrations); the rows go in with
executemany on a plain sqlite3 connection in one transaction, in the formats the store uses
(UtcDateTime text, the FTS5 row of search_index.index_article, word_count from count_words).

Text is drawn from a Zipf-like vocabulary of pseudo-words with real words placed at chosen ranks,
plus topical terms injected into a chosen share of articles, so that full-text queries range from
"matches most articles" to "matches a handful".
"""

from __future__ import annotations

import itertools
import json
import math
import os
import random
import shutil
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workstation.domain.text import count_words, name_key, slugify
from workstation.store.database import DB_FILENAME, HEAD_REVISION, open_database
from workstation.store.search_index import FTS_TABLE

# Bump when the generated content or its layout changes: cached stores are rebuilt.
FORMAT_VERSION = 1
SEED = 20261125
VOCABULARY_SIZE = 6000
TAG_COUNT = 2000
# Trashed articles come on top of the N live ones, so ArticleService.count() == N.
TRASHED_SHARE = 0.02
# The newest updated_at; times spread over the two years before it.
END = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
SPAN = timedelta(days=730)
CHUNK = 2000
_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # workstation.store.models.UtcDateTime


def _split(words: str) -> list[str]:
    return words.split()


# Real words at Zipf ranks (1 = most frequent). With ~800 words an article, rank r appears in
# about 1 - exp(-86 / r) of the articles: rank 100 in ~58 %, 700 in ~12 %, 2000 in ~4 %.
_FUNCTION_WORDS = _split(
    "the of and to a in that is for on it with said was he as at by from has have will but are be "
    "an not they this his we after about more who were been their would new also its had which "
    "year or than one two last over"
)
REAL_WORDS: dict[str, int] = {
    "people": 60,
    "government": 100,
    "country": 300,
    "city": 350,
    "police": 400,
    "president": 500,
    "company": 600,
    "minister": 700,
    "party": 800,
    "market": 900,
    "prime": 1000,
    "health": 1050,
    "court": 1100,
    "prices": 1200,
    "attack": 1300,
    "military": 1400,
    "energy": 1500,
    "school": 1600,
    "results": 1700,
    "budget": 1800,
    "interest": 1900,
    "election": 2000,
    "rates": 2100,
    "weapons": 2200,
    "workers": 2300,
    "opposition": 2400,
    "ministry": 2500,
    "climate": 2600,
    "union": 2700,
    "hospital": 2800,
    "football": 3000,
    "strike": 3200,
    "housing": 3300,
    "research": 3400,
    "electricity": 3500,
    "weather": 3600,
    "storm": 3800,
    "university": 3900,
    "electoral": 4500,
    "korea": 5000,
    "north": 250,
}

# Topical terms put into a share of the articles (1-6 times in the body, sometimes in the
# headline and standfirst), with the tag that usually goes with them.
TOPICS: tuple[tuple[str, float, str | None], ...] = (
    ("Stockholm", 0.02, "Stockholm"),
    ("drone", 0.015, "Drones"),
    ("drones", 0.008, "Drones"),
    ("vaccine", 0.005, "Vaccines"),
    ("Zelensky", 0.004, "Ukraine"),
    ("Riksbank", 0.003, "Riksbank"),
    ("Pyongyang", 0.002, "North Korea"),
    ("Kim Jong-Un", 0.001, "North Korea"),
    ("hovercraft", 0.0003, None),
    ("xylophone", 0.00005, None),
)

REAL_TAGS = (
    "Drones",
    "North Korea",
    "Ukraine",
    "Stockholm",
    "Vaccines",
    "Riksbank",
    "Elections",
    "Climate",
    "Football",
    "Ice hockey",
    "Housing",
    "Energy",
    "Interest rates",
    "Health care",
    "Schools",
    "Police",
    "Weather",
    "Defence",
    "Courts",
    "Strikes",
)

# (name, slug, parent index or None, share of articles). The rest have no section.
SECTIONS: tuple[tuple[str, str, int | None, float], ...] = (
    ("Sweden", "sweden", None, 0.25),
    ("World", "world", None, 0.25),
    ("Business", "business", None, 0.15),
    ("Sports", "sports", None, 0.09),
    ("Entertainment", "entertainment", None, 0.10),
    ("Soccer", "sports-soccer", 3, 0.08),
    ("Ice hockey", "sports-ice-hockey", 3, 0.05),
)
# As a newsroom's archive reads: most published. Published and scheduled are a site's, and this
# store has no sites: those articles are ready, published elsewhere (as migration 0008 keeps them).
STATUSES = (("published", 0.74), ("draft", 0.12), ("ready", 0.06), ("scheduled", 0.03), ("withdrawn", 0.05))
SITE_STATUSES = ("published", "scheduled")
_FIRST_NAMES = _split(
    "Anna Erik Maria Lars Karin Johan Sara Anders Emma Per Elin Mikael Linnea Jonas Ida Fredrik "
    "Sofia Magnus Hanna Oskar"
)
_LAST_NAMES = _split(
    "Lindqvist Andersson Berg Nyström Holm Ek Sandberg Dahl Wikström Forsberg Lund Strand Björk "
    "Engström Hedlund Sjöberg Falk Åberg Nord Malmgren"
)
AGENCY_BYLINES = ("TT", "AP", "Reuters", "AFP", "TT-AFP")
SOURCE_NOTE = "This article has been altered and translated by Sweden Herald"

_ONSETS = _split("b d f g k l m n p r s t v z br dr gr kl st tr sk pl fr j h sn")
_VOWELS = _split("a e i o u a e i o ai ei ou y")
_CODAS = ["", "", "", "n", "r", "s", "l", "k", "t", "m", "nd", "rt"]


@dataclass(frozen=True)
class StoreInfo:
    data_dir: Path
    articles: int  # live (listed) articles
    trashed: int
    build_seconds: float
    size_bytes: int
    built_now: bool
    vocabulary: tuple[str, ...]  # by Zipf rank, most frequent first
    bylines: tuple[str, ...]

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME


# -- vocabulary ---------------------------------------------------------------------------------


def _pseudo_words(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    words: list[str] = []
    seen = set(taken)
    while len(words) < count:
        syllables = rng.choices((1, 2, 3, 4), weights=(3, 5, 3, 1))[0]
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables))
        word += rng.choice(_CODAS)
        if len(word) >= 2 and word not in seen:
            seen.add(word)
            words.append(word)
    # Shorter words are the more frequent ones, as in real text.
    words.sort(key=lambda w: (len(w), rng.random()))
    return words


def build_vocabulary(rng: random.Random) -> list[str]:
    """VOCABULARY_SIZE words by rank: function words first, real words at their ranks."""
    fixed = {rank: word for word, rank in REAL_WORDS.items()}
    taken = set(_FUNCTION_WORDS) | set(REAL_WORDS)
    filler = iter(_pseudo_words(rng, VOCABULARY_SIZE, taken))
    vocabulary: list[str] = list(_FUNCTION_WORDS)
    for rank in range(len(vocabulary) + 1, VOCABULARY_SIZE + 1):
        vocabulary.append(fixed.get(rank) or next(filler))
    return vocabulary


def _zipf_cum_weights(count: int, exponent: float = 1.0) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank**exponent) for rank in range(1, count + 1)))


# -- text ---------------------------------------------------------------------------------------


class TextMaker:
    def __init__(self, rng: random.Random, vocabulary: Sequence[str]) -> None:
        self.rng = rng
        self.vocabulary = list(vocabulary)
        self.cum = _zipf_cum_weights(len(vocabulary))
        # Headlines skip function words.
        skip = len(_FUNCTION_WORDS)
        self.content_words = self.vocabulary[skip:]
        self.content_cum = _zipf_cum_weights(len(self.content_words), 0.9)

    def words(self, count: int) -> list[str]:
        return self.rng.choices(self.vocabulary, cum_weights=self.cum, k=count)

    def content(self, count: int) -> list[str]:
        return self.rng.choices(self.content_words, cum_weights=self.content_cum, k=count)

    def sentences(self, words: list[str], low: int = 8, high: int = 24) -> list[str]:
        out: list[str] = []
        at = 0
        randint = self.rng.randint
        while at < len(words):
            size = randint(low, high)
            if len(words) - at - size < low:  # no short fragment at the end
                size = len(words) - at
            chunk = words[at : at + size]
            at += size
            first = chunk[0]
            chunk[0] = first[:1].upper() + first[1:]
            out.append(" ".join(chunk) + ("." if randint(0, 9) else ","))
        if out:
            out[-1] = out[-1][:-1] + "."
        return out

    def body(self, words: list[str], byline_names: Sequence[str]) -> str:
        rng = self.rng
        sentences = self.sentences(words)
        paragraphs: list[str] = []
        at = 0
        while at < len(sentences):
            size = rng.randint(1, 4)
            paragraph = " ".join(sentences[at : at + size])
            at += size
            roll = rng.random()
            if roll < 0.08:
                paragraph = f'"{paragraph}" says {rng.choice(byline_names)}.'
            elif roll < 0.10:
                paragraph = f"## {paragraph.split('.')[0][:60].strip()}\n\n{paragraph}"
            elif roll < 0.12:
                target = rng.choice(self.content_words)
                paragraph += f" [Read more](https://example.com/news/{target})"
            paragraphs.append(paragraph)
        return "\n\n".join(paragraphs)


def _insert_term(rng: random.Random, words: list[str], term: str, times: int) -> None:
    for _ in range(times):
        words.insert(rng.randrange(len(words) + 1), term)


# -- rows ---------------------------------------------------------------------------------------


def _fmt(moment: datetime) -> str:
    return moment.strftime(_DATETIME_FORMAT)


def _make_tags(rng: random.Random) -> list[str]:
    tags: list[str] = list(REAL_TAGS)
    keys = {name_key(tag) for tag in tags}
    words = _pseudo_words(rng, TAG_COUNT * 3, set())
    pool = iter(words)
    while len(tags) < TAG_COUNT:
        size = rng.choices((1, 2, 3), weights=(6, 3, 1))[0]
        name = " ".join(next(pool) for _ in range(size)).capitalize()
        if name_key(name) not in keys:
            keys.add(name_key(name))
            tags.append(name)
    rng.shuffle(tags)
    return tags


def _make_bylines(rng: random.Random) -> list[str]:
    names = {f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}" for _ in range(200)}
    people = sorted(names)
    rng.shuffle(people)
    return list(AGENCY_BYLINES) + people[: 50 - len(AGENCY_BYLINES)]


def _body_length(rng: random.Random) -> int:
    # Log-normal, median ~650 words, clipped to 300-2000: most news is short, some is long.
    return min(2000, max(300, round(rng.lognormvariate(math.log(650), 0.45))))


@dataclass
class _Article:
    row: tuple[object, ...]
    tag_ids: list[int]
    fts: tuple[object, ...]


def _articles(
    rng: random.Random,
    maker: TextMaker,
    total: int,
    *,
    trashed_ids: set[int],
    tags: list[str],
    tag_ids: dict[str, int],
    bylines: list[str],
) -> Iterator[_Article]:
    # Creation times in id order (ids grow with time), edits after creation.
    starts = sorted(rng.random() for _ in range(total))
    tag_cum = _zipf_cum_weights(len(tags))
    byline_cum = _zipf_cum_weights(len(bylines), 0.8)
    section_ids: list[int | None] = [*range(1, len(SECTIONS) + 1), None]
    section_weights = [*(share for *_, share in SECTIONS), 1 - sum(share for *_, share in SECTIONS)]
    statuses = [name for name, _ in STATUSES]
    status_weights = [share for _, share in STATUSES]
    people = [b for b in bylines if " " in b]
    for article_id, start in enumerate(starts, start=1):
        created = END - SPAN + SPAN * start
        updated = min(END, created + timedelta(hours=rng.expovariate(1 / 20)))
        status = rng.choices(statuses, weights=status_weights)[0]
        first_published = None
        if status in ("published", "withdrawn"):
            first_published = created + (updated - created) * rng.random()
        trashed = None
        if article_id in trashed_ids:
            trashed = min(END, updated + timedelta(days=rng.uniform(0, 30)))

        headline = maker.content(rng.randint(6, 14))
        standfirst = maker.words(rng.randint(20, 40))
        body = maker.words(_body_length(rng))
        article_tags = rng.choices(tags, cum_weights=tag_cum, k=rng.randint(2, 6))
        for term, share, tag in TOPICS:
            if rng.random() < share:
                _insert_term(rng, body, term, rng.randint(1, 6))
                if rng.random() < 0.3:
                    _insert_term(rng, headline, term, 1)
                if rng.random() < 0.4:
                    _insert_term(rng, standfirst, term, 1)
                if tag and rng.random() < 0.7:
                    article_tags.insert(0, tag)
        article_tags = list(dict.fromkeys(article_tags))[:6]

        headline_text = " ".join(headline)
        headline_text = headline_text[:1].upper() + headline_text[1:]
        standfirst_text = " ".join(maker.sentences(standfirst, 10, 25))
        body_text = maker.body(body, people)
        byline = rng.choices(bylines, cum_weights=byline_cum)[0]
        section_id = rng.choices(section_ids, weights=section_weights)[0]
        source_note = SOURCE_NOTE if byline in AGENCY_BYLINES and rng.random() < 0.5 else ""
        language = "sv" if rng.random() < 0.1 else "en"
        words = count_words(headline_text, standfirst_text, body_text)
        row = (
            article_id,
            headline_text,
            standfirst_text,
            body_text,
            byline,
            source_note,
            section_id,
            language,
            "ready" if status in SITE_STATUSES else status,
            status if status in SITE_STATUSES else "",
            words,
            _fmt(created),
            _fmt(updated),
            _fmt(first_published) if first_published else None,
            _fmt(trashed) if trashed else None,
        )
        fts = (article_id, headline_text, standfirst_text, body_text, byline, " ".join(article_tags))
        yield _Article(row, [tag_ids[name] for name in article_tags], fts)


def _populate(path: Path, live: int, trashed: int, progress: bool) -> tuple[list[str], list[str]]:
    rng = random.Random(SEED)
    vocabulary = build_vocabulary(rng)
    maker = TextMaker(rng, vocabulary)
    tags = _make_tags(rng)
    bylines = _make_bylines(rng)
    total = live + trashed
    trashed_ids = set(rng.sample(range(1, total + 1), trashed))

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # A throw-away build (it is renamed into place only when complete): no journal, no fsync.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO sections(id, name, slug, parent_id, position) VALUES (?, ?, ?, ?, ?)",
            [
                (i, name, slug, None if parent is None else parent + 1, i)
                for i, (name, slug, parent, _share) in enumerate(SECTIONS, start=1)
            ],
        )
        tag_ids = {name: i for i, name in enumerate(tags, start=1)}
        conn.executemany(
            "INSERT INTO tags(id, name, name_key, slug) VALUES (?, ?, ?, ?)",
            [(i, name, name_key(name), slugify(name) or name_key(name)) for name, i in tag_ids.items()],
        )
        started = time.perf_counter()
        made = _articles(
            rng, maker, total, trashed_ids=trashed_ids, tags=tags, tag_ids=tag_ids, bylines=bylines
        )
        done = 0
        while chunk := list(itertools.islice(made, CHUNK)):
            conn.executemany(
                "INSERT INTO articles(id, headline, standfirst, body, byline, source_note, section_id,"
                " language, status, published_elsewhere, word_count, created_at, updated_at,"
                " first_published_at, trashed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [a.row for a in chunk],
            )
            conn.executemany(
                "INSERT INTO article_tags(article_id, tag_id, position) VALUES (?, ?, ?)",
                [(a.row[0], tag_id, pos) for a in chunk for pos, tag_id in enumerate(a.tag_ids)],
            )
            conn.executemany(
                f"INSERT INTO {FTS_TABLE}(rowid, headline, standfirst, body, byline, tags)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [a.fts for a in chunk],
            )
            done += len(chunk)
            if progress and (done % 10000 == 0 or done == total):
                elapsed = time.perf_counter() - started
                print(f"  {done:,}/{total:,} articles ({elapsed:.0f} s)", flush=True)
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")  # as the app keeps it
    finally:
        conn.close()
    return vocabulary, bylines


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())


def _remove_stale_partials(cache_dir: Path, name: str) -> None:
    """Partial builds left by runs that died (their process is gone)."""
    if not cache_dir.is_dir():
        return
    for path in cache_dir.glob(f"{name}.partial*"):
        pid = path.name.rpartition("-")[2]
        if pid.isdigit() and _alive(int(pid)):
            continue
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def ensure_store(
    cache_dir: Path, articles: int, *, rebuild: bool = False, progress: bool = True
) -> StoreInfo:
    """The cached store of `articles` live articles, built first if missing (or if rebuild)."""
    trashed = round(articles * TRASHED_SHARE)
    name = f"store-n{articles}-v{FORMAT_VERSION}-db{HEAD_REVISION}"
    final = cache_dir / name
    meta_path = final / "benchmark-store.json"
    built_now = False
    if rebuild and final.exists():
        shutil.rmtree(final)
    if not meta_path.exists():
        # One partial directory per process: two runs building at once must not delete each
        # other's work (the first to finish wins; a later one throws its copy away).
        _remove_stale_partials(cache_dir, name)
        partial = cache_dir / f"{name}.partial-{os.getpid()}"
        if partial.exists():
            shutil.rmtree(partial)
        partial.mkdir(parents=True)
        if progress:
            print(f"Building a synthetic store of {articles:,} articles (+{trashed:,} trashed) in {final}")
        started = time.perf_counter()
        db = open_database(partial)  # creates the schema through the app's migrations
        db.close()
        _populate(partial / DB_FILENAME, articles, trashed, progress)
        seconds = time.perf_counter() - started
        meta = {"articles": articles, "trashed": trashed, "seed": SEED, "build_seconds": round(seconds, 1)}
        (partial / "benchmark-store.json").write_text(json.dumps(meta, indent=2) + "\n")
        if meta_path.exists():  # another run finished the same store first
            shutil.rmtree(partial)
        else:
            if final.exists():
                shutil.rmtree(final)
            partial.rename(final)
        _verify(final, articles, trashed)
        built_now = True
        if progress:
            print(f"Built in {seconds:.0f} s, {_dir_size(final) / 2**20:,.0f} MiB on disk", flush=True)
    meta = json.loads(meta_path.read_text())
    rng = random.Random(SEED)
    vocabulary = build_vocabulary(rng)
    _make_tags(rng)
    bylines = _make_bylines(rng)
    return StoreInfo(
        data_dir=final,
        articles=articles,
        trashed=trashed,
        build_seconds=float(meta["build_seconds"]),
        size_bytes=_dir_size(final),
        built_now=built_now,
        vocabulary=tuple(vocabulary),
        bylines=tuple(bylines),
    )


def _verify(data_dir: Path, live: int, trashed: int) -> None:
    from workstation.domain.query import ArticleQuery
    from workstation.services.articles import ArticleService

    db = open_database(data_dir)
    try:
        service = ArticleService(db)
        listed = service.count()
        in_trash = service.count(ArticleQuery(trashed=True))
        if listed != live or in_trash != trashed:
            raise RuntimeError(
                f"synthetic store check failed: {listed} listed (want {live}), "
                f"{in_trash} trashed (want {trashed})"
            )
        first = service.list(ArticleQuery(), 0, 1)
        service.get(first[0].id)
    finally:
        db.close()
