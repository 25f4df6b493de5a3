"""The only module that talks to the database (DuckDB through SQLAlchemy 2).

Functions are named for intent, take a connection (or an engine where they
manage their own transaction) and return dataclasses or plain rows.

DuckDB allows one writing process per file. Engines use ``NullPool`` so a
connection — and the file lock — is held only for the duration of one unit of
work (one transaction, or one batch of articles in :func:`save_articles`);
:func:`connect` waits for a busy file with backoff for a bounded time, then
raises :class:`DatabaseLockedError` naming the file and the lock holder.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from claims.errors import DatabaseLockedError, QueryError, StoreError
from claims.model import Article, Claim, Forecast, Outcome, stable_id, utcnow

_LOCK_PATTERNS = ("could not set lock", "conflicting lock", "database is locked")


# --------------------------------------------------------------------------- engine


@dataclass(frozen=True, slots=True)
class Database:
    """Where the database lives and how patiently to wait for its lock."""

    path: str
    lock_timeout: float = 30.0
    read_only: bool = False

    @property
    def url(self) -> str:
        return f"duckdb:///{self.path}"


def _is_lock_error(exc: BaseException) -> bool:
    message = str(exc).lower()
    return any(pattern in message for pattern in _LOCK_PATTERNS)


def _lock_holder(exc: BaseException) -> str:
    match = re.search(r"Conflicting lock is held in (.+?)(?:\. See|$)", str(exc), re.S)
    return match.group(1).strip() if match else "another process"


def make_engine(db: Database) -> Engine:
    """An engine for ``db`` whose connections each open and close the file."""
    if db.path != ":memory:":
        Path(db.path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        db.url,
        poolclass=NullPool,
        connect_args={"read_only": db.read_only},
    )
    return engine


@contextmanager
def connect(
    engine: Engine,
    db: Database,
    *,
    begin: bool = True,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[Connection]:
    """Open a connection (in a transaction when ``begin``), waiting for the file lock.

    Retries with exponential backoff up to ``db.lock_timeout`` seconds. Errors
    from the database are wrapped into :class:`StoreError`.
    """
    deadline = clock() + db.lock_timeout
    delay = 0.05
    while True:
        try:
            conn = engine.connect()
            break
        except DBAPIError as exc:
            if not _is_lock_error(exc):
                raise StoreError(db.path, f"cannot be opened: {_first_line(exc)}") from exc
            if clock() + delay > deadline:
                raise DatabaseLockedError(
                    db.path,
                    f"is locked by {_lock_holder(exc)}; waited {db.lock_timeout:g}s. "
                    "Wait for that process to finish or raise CLAIMS_LOCK_TIMEOUT",
                ) from exc
            sleep(delay)
            delay = min(delay * 2, 1.0)
    try:
        if begin:
            with conn.begin():
                yield conn
        else:
            yield conn
    except (DBAPIError, duckdb.Error) as exc:
        raise StoreError(db.path, _first_line(exc)) from exc
    finally:
        conn.close()


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


# --------------------------------------------------------------------------- migrations


def _alembic_config(conn: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("db").joinpath("migrations")))
    cfg.attributes["connection"] = conn
    return cfg


def _known_revisions(conn: Connection) -> tuple[str, set[str]]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(conn))
    head = script.get_current_head()
    assert head is not None
    return head, {rev.revision for rev in script.walk_revisions()}


def _current_revision(conn: Connection) -> str | None:
    exists = conn.execute(
        text("SELECT count(*) FROM information_schema.tables WHERE table_name = 'alembic_version'")
    ).scalar_one()
    if not exists:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, db: Database) -> str:
    """Upgrade the file to the newest schema; refuse a file from a newer version.

    Returns the schema revision the file is at afterwards.
    """
    with connect(engine, db, begin=False) as conn:
        current = _current_revision(conn)
        head, known = _known_revisions(conn)
        if current == head:
            return head
        if current is not None and current not in known:
            raise StoreError(
                db.path,
                f"has schema revision {current}, which is newer than this version of claims "
                f"knows (newest {head}); upgrade claims to open it",
            )
        if db.read_only:
            raise StoreError(db.path, f"is at schema revision {current or 'none'}; open it once for writing to migrate it")
        from alembic import command

        with as_file(files("db").joinpath("migrations")):
            command.upgrade(_alembic_config(conn), "head")
        conn.commit()
        return head


def open_database(path: str, *, lock_timeout: float = 30.0, read_only: bool = False) -> tuple[Engine, Database]:
    """Engine plus settings for ``path``, migrated to the newest schema."""
    db = Database(path=path, lock_timeout=lock_timeout, read_only=read_only)
    if read_only and not Path(path).exists():
        raise StoreError(path, "does not exist; ingest something first (claims ingest PATH)")
    engine = make_engine(db)
    if read_only:
        # A read-only file cannot be migrated here; check it with a writable peek only if needed.
        with connect(engine, db, begin=False) as conn:
            current = _current_revision(conn)
            head, known = _known_revisions(conn)
        if current is not None and current not in known:
            raise StoreError(path, f"has schema revision {current}, newer than this claims knows (newest {head}); upgrade claims")
        if current != head:
            writer = Database(path=path, lock_timeout=lock_timeout)
            wengine = make_engine(writer)
            migrate(wengine, writer)
            wengine.dispose()
        return engine, db
    migrate(engine, db)
    return engine, db


# --------------------------------------------------------------------------- articles and claims


ARTICLE_COLUMNS = ("article_id", "content_sha256", "source_uri", "title", "outlet", "published_at", "ingested_at", "text")
CLAIM_COLUMNS = (
    "claim_id", "article_id", "position", "text", "claim_type", "confidence", "p_fact", "p_assessment",
    "p_forecast", "attributed_to", "sentence", "char_start", "char_end", "model_version",
    "extractor_version", "created_at",
)  # fmt: skip
FORECAST_COLUMNS = (
    "claim_id", "resolve_by", "horizon_text", "horizon_explicit", "resolution_criteria",
    "implied_probability", "status", "next_review_at",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SaveResult:
    article_id: str
    stored: bool  # False when the same text was already stored
    claims: int
    by_type: tuple[tuple[str, int], ...]


def known_hashes(conn: Connection, hashes: Sequence[str]) -> set[str]:
    """Which of ``hashes`` (content SHA-256) are already stored."""
    if not hashes:
        return set()
    rows = conn.execute(
        text("SELECT content_sha256 FROM articles WHERE list_contains(:hashes, content_sha256)"),
        {"hashes": list(hashes)},
    )
    return {row[0] for row in rows}


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "article_id": article.article_id,
        "content_sha256": article.content_sha256,
        "source_uri": article.source_uri,
        "title": article.title,
        "outlet": article.outlet,
        "published_at": article.published_at,
        "ingested_at": article.ingested_at,
        "text": article.text,
    }


def _claim_row(claim: Claim, created_at: datetime) -> dict[str, Any]:
    if claim.claim_type is None or claim.scores is None or claim.model_version is None:
        raise ValueError(f"claim {claim.claim_id} is not classified; classify before storing")
    p_fact, p_assessment, p_forecast = claim.scores
    return {
        "claim_id": claim.claim_id,
        "article_id": claim.article_id,
        "position": claim.position,
        "text": claim.text,
        "claim_type": str(claim.claim_type),
        "confidence": max(claim.scores),
        "p_fact": p_fact,
        "p_assessment": p_assessment,
        "p_forecast": p_forecast,
        "attributed_to": claim.attributed_to,
        "sentence": claim.sentence,
        "char_start": claim.char_start,
        "char_end": claim.char_end,
        "model_version": claim.model_version,
        "extractor_version": claim.extractor_version or "",
        "created_at": created_at,
    }


def _forecast_row(forecast: Forecast) -> dict[str, Any]:
    return {
        "claim_id": forecast.claim_id,
        "resolve_by": forecast.resolve_by,
        "horizon_text": forecast.horizon_text,
        "horizon_explicit": forecast.horizon_explicit,
        "resolution_criteria": forecast.resolution_criteria,
        "implied_probability": forecast.implied_probability,
        "status": str(forecast.status),
        "next_review_at": forecast.next_review_at,
    }


_ARROW_TYPES: Mapping[str, pa.DataType] = {
    "position": pa.int32(),
    "char_start": pa.int32(),
    "char_end": pa.int32(),
    "confidence": pa.float64(),
    "p_fact": pa.float64(),
    "p_assessment": pa.float64(),
    "p_forecast": pa.float64(),
    "implied_probability": pa.float64(),
    "horizon_explicit": pa.bool_(),
    "resolve_by": pa.date32(),
    "next_review_at": pa.date32(),
    "created_at": pa.timestamp("us", tz="UTC"),
    "published_at": pa.timestamp("us", tz="UTC"),
    "ingested_at": pa.timestamp("us", tz="UTC"),
}


def bulk_insert(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert ``rows`` with one statement, through an Arrow table DuckDB scans directly."""
    if not rows:
        return 0
    batch = pa.table({c: pa.array([r[c] for r in rows], type=_ARROW_TYPES.get(c, pa.string())) for c in columns})
    raw = conn.connection.dbapi_connection
    assert raw is not None
    view = f"_bulk_{table}"
    raw.register(view, batch)
    names = ", ".join(columns)
    try:
        conn.execute(text(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}"))  # noqa: S608 - fixed names
    except BaseException:
        # In the aborted transaction the unregister fails too; the rollback drops the view,
        # and the insert's own error is the one worth reporting.
        with suppress(duckdb.Error):
            raw.unregister(view)
        raise
    raw.unregister(view)
    return len(rows)


def save_article(
    conn: Connection,
    article: Article,
    claims: Sequence[Claim],
    forecasts: Sequence[Forecast] = (),
    *,
    replace: bool = False,
) -> SaveResult:
    """Store an article with its claims and forecasts; the caller's transaction makes it atomic.

    The same text stored before is skipped (``stored=False``) unless ``replace``,
    which swaps the article's claims and forecasts for the new ones (claim IDs are
    deterministic, so outcomes recorded against unchanged claims still apply).
    """
    counts: dict[str, int] = {}
    for claim in claims:
        counts[str(claim.claim_type)] = counts.get(str(claim.claim_type), 0) + 1
    by_type = tuple(sorted(counts.items()))
    exists = conn.execute(
        text("SELECT article_id FROM articles WHERE content_sha256 = :sha"), {"sha": article.content_sha256}
    ).scalar()
    if exists is not None and not replace:
        return SaveResult(article.article_id, stored=False, claims=0, by_type=())
    if exists is not None:
        delete_article_claims(conn, article.article_id)
        conn.execute(text("DELETE FROM articles WHERE article_id = :id"), {"id": article.article_id})
    now = utcnow()
    bulk_insert(conn, "articles", ARTICLE_COLUMNS, [_article_row(article)])
    bulk_insert(conn, "claims", CLAIM_COLUMNS, [_claim_row(c, now) for c in claims])
    bulk_insert(conn, "forecasts", FORECAST_COLUMNS, [_forecast_row(f) for f in forecasts])
    return SaveResult(article.article_id, stored=True, claims=len(claims), by_type=by_type)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """A feed entry to mark seen in the same transaction as its article."""

    entry_key: str
    feed_url: str


@dataclass(frozen=True, slots=True)
class ArticleWrite:
    """One article's rows for :func:`save_articles`."""

    article: Article
    claims: Sequence[Claim]
    forecasts: Sequence[Forecast] = ()
    feed_entry: FeedEntry | None = None


def save_articles(
    engine: Engine,
    db: Database,
    writes: Sequence[ArticleWrite],
    *,
    replace: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> list[SaveResult | StoreError]:
    """Store a batch of articles over one connection, each article in its own transaction.

    The file is opened once for the batch (waiting for its lock like :func:`connect`;
    :class:`DatabaseLockedError` stops the whole batch before anything is written)
    and closed after it, so other processes can write between batches. An article
    the database refuses is rolled back alone and its :class:`StoreError` takes its
    place in the result; the rest of the batch goes on. A feed entry is marked in
    its article's transaction. Running a batch again is safe: stored texts are
    skipped by content hash (``stored=False``) unless ``replace``.
    """
    results: list[SaveResult | StoreError] = []
    with connect(engine, db, begin=False, sleep=sleep, clock=clock) as conn:
        for write in writes:
            try:
                with conn.begin():
                    result = save_article(conn, write.article, write.claims, write.forecasts, replace=replace)
                    if write.feed_entry is not None:
                        mark_feed_entry(conn, write.feed_entry.entry_key, write.feed_entry.feed_url, result.article_id)
            except (DBAPIError, duckdb.Error) as exc:
                results.append(StoreError(db.path, f"{write.article.source_uri} was not stored: {_first_line(exc)}"))
            else:
                results.append(result)
    return results


def delete_article_claims(conn: Connection, article_id: str) -> None:
    params = {"id": article_id}
    conn.execute(
        text("DELETE FROM forecasts WHERE claim_id IN (SELECT claim_id FROM claims WHERE article_id = :id)"), params
    )
    conn.execute(text("DELETE FROM claims WHERE article_id = :id"), params)


def count_rows(conn: Connection, table: str) -> int:
    if table not in {"articles", "claims", "forecasts", "outcomes", "relabels", "forecast_changes", "feed_entries"}:
        raise ValueError(f"unknown table {table}")
    return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())  # noqa: S608 - checked name


# --------------------------------------------------------------------------- feeds


def seen_feed_entries(conn: Connection, keys: Sequence[str]) -> set[str]:
    if not keys:
        return set()
    rows = conn.execute(
        text("SELECT entry_key FROM feed_entries WHERE list_contains(:keys, entry_key)"), {"keys": list(keys)}
    )
    return {row[0] for row in rows}


def mark_feed_entry(conn: Connection, entry_key: str, feed_url: str, article_id: str | None) -> None:
    conn.execute(
        text(
            "INSERT INTO feed_entries (entry_key, feed_url, seen_at, article_id) "
            "VALUES (:key, :feed, :now, :article) ON CONFLICT DO NOTHING"
        ),
        {"key": entry_key, "feed": feed_url, "now": utcnow(), "article": article_id},
    )


# --------------------------------------------------------------------------- outcomes


def record_outcome(conn: Connection, outcome: Outcome) -> str:
    """Append a verdict (never updates in place); returns its outcome_id."""
    conn.execute(
        text(
            "INSERT INTO outcomes (outcome_id, claim_id, recorded_at, verdict, evidence_url, note, reviewer) "
            "VALUES (:outcome_id, :claim_id, :recorded_at, :verdict, :evidence_url, :note, :reviewer)"
        ),
        {
            "outcome_id": outcome.outcome_id,
            "claim_id": outcome.claim_id,
            "recorded_at": outcome.recorded_at,
            "verdict": str(outcome.verdict),
            "evidence_url": outcome.evidence_url,
            "note": outcome.note,
            "reviewer": outcome.reviewer,
        },
    )
    return outcome.outcome_id


# --------------------------------------------------------------------------- user SQL


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: Iterator[tuple[Any, ...]]


def run_query(conn: Connection, db: Database, sql: str, params: Mapping[str, Any] | None = None) -> QueryResult:
    """Run a user's SQL with named ``:params``; rows stream from the cursor."""
    try:
        result = conn.execute(text(sql), dict(params)) if params else conn.exec_driver_sql(sql)
    except (DBAPIError, SQLAlchemyError, duckdb.Error) as exc:
        problem = _first_line(exc)
        if db.read_only and "read-only" in problem:
            problem = "the query changes data but the database is opened read-only; pass --write to allow it"
        raise QueryError(db.path, problem) from exc
    if not result.returns_rows:
        return QueryResult(columns=(), rows=iter(()))
    return QueryResult(columns=tuple(result.keys()), rows=(tuple(r) for r in result))


def to_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


# --------------------------------------------------------------------------- review


@dataclass(frozen=True, slots=True)
class ReviewTarget:
    """What a review action needs to know about one claim."""

    claim_id: str
    text: str
    claim_type: str  # effective type: the latest relabel, else the classifier's
    forecast_status: str | None  # None when the claim has no forecasts row
    next_review_at: date | None
    implied_probability: float | None
    resolution_criteria: str | None


@dataclass(frozen=True, slots=True)
class DueForecast:
    """An open forecast due for review, with a little of the article around it."""

    claim_id: str
    text: str
    sentence: str
    context_before: str
    context_after: str
    attributed_to: str | None
    title: str | None
    outlet: str | None
    source_uri: str
    published_at: datetime | None
    horizon_text: str | None
    horizon_explicit: bool
    resolve_by: date
    next_review_at: date
    implied_probability: float | None
    resolution_criteria: str
    looked_at: bool  # has any outcome or forecast change


@dataclass(frozen=True, slots=True)
class ForecastChange:
    """One edit of a forecasts column, kept in ``forecast_changes``."""

    claim_id: str
    field: str
    old_value: str | None
    new_value: str | None
    recorded_at: datetime
    reviewer: str | None = None
    note: str | None = None

    @property
    def change_id(self) -> str:
        return stable_id(self.claim_id, self.recorded_at.isoformat(), self.field, self.new_value)


@dataclass(frozen=True, slots=True)
class Relabel:
    """A reviewer's correction of a claim's type, kept in ``relabels``."""

    claim_id: str
    old_type: str
    new_type: str
    recorded_at: datetime
    reviewer: str | None = None
    note: str | None = None

    @property
    def relabel_id(self) -> str:
        return stable_id(self.claim_id, self.recorded_at.isoformat(), self.new_type)


@dataclass(frozen=True, slots=True)
class ForecastRecord:
    """A forecast with its latest verdict, for track records."""

    claim_id: str
    text: str
    attributed_to: str | None
    outlet: str | None
    title: str | None
    resolve_by: date
    next_review_at: date
    implied_probability: float | None
    status: str
    verdict: str | None  # latest outcome, None when never judged
    looked_at: bool


_EFFECTIVE_TYPE = (
    "coalesce((SELECT r.new_type FROM relabels r WHERE r.claim_id = c.claim_id "
    "ORDER BY r.recorded_at DESC, r.relabel_id DESC LIMIT 1), c.claim_type)"
)
_LOOKED_AT = (
    "(EXISTS (SELECT 1 FROM outcomes o WHERE o.claim_id = f.claim_id) "
    "OR EXISTS (SELECT 1 FROM forecast_changes x WHERE x.claim_id = f.claim_id))"
)
_FORECAST_FIELDS = frozenset({"status", "next_review_at", "implied_probability", "resolution_criteria"})


def review_target(conn: Connection, claim_id: str) -> ReviewTarget | None:
    """The claim ``claim_id`` with its effective type and forecast, or ``None`` if unknown."""
    row = conn.execute(
        text(
            f"SELECT c.claim_id, c.text, {_EFFECTIVE_TYPE}, f.status, f.next_review_at, "  # noqa: S608 - fixed SQL
            "f.implied_probability, f.resolution_criteria "
            "FROM claims c LEFT JOIN forecasts f USING (claim_id) WHERE c.claim_id = :id"
        ),
        {"id": claim_id},
    ).one_or_none()
    return ReviewTarget(*row) if row is not None else None


def due_forecasts(conn: Connection, today: date, *, context_chars: int = 160) -> list[DueForecast]:
    """Open forecasts whose ``next_review_at`` is on or before ``today``, oldest first."""
    rows = conn.execute(
        text(
            "SELECT f.claim_id, c.text, c.sentence, "
            "substr(a.text, greatest(c.char_start - :w, 0) + 1, c.char_start - greatest(c.char_start - :w, 0)), "
            "substr(a.text, c.char_end + 1, :w), c.attributed_to, a.title, a.outlet, a.source_uri, a.published_at, "
            "f.horizon_text, f.horizon_explicit, f.resolve_by, f.next_review_at, f.implied_probability, "
            f"f.resolution_criteria, {_LOOKED_AT} "  # noqa: S608 - fixed SQL
            "FROM forecasts f JOIN claims c USING (claim_id) JOIN articles a USING (article_id) "
            "WHERE f.status = 'open' AND f.next_review_at <= :today "
            "ORDER BY f.next_review_at, f.claim_id"
        ),
        {"today": today, "w": context_chars},
    )
    return [DueForecast(*row) for row in rows]


def change_forecast(conn: Connection, change: ForecastChange, value: Any) -> None:
    """Set one forecasts column to ``value`` and keep the change in ``forecast_changes``."""
    if change.field not in _FORECAST_FIELDS:
        raise ValueError(f"forecasts.{change.field} cannot be changed by review")
    conn.execute(
        text(f"UPDATE forecasts SET {change.field} = :value WHERE claim_id = :id"),  # noqa: S608 - checked name
        {"value": value, "id": change.claim_id},
    )
    conn.execute(
        text(
            "INSERT INTO forecast_changes (change_id, claim_id, recorded_at, field, old_value, new_value, reviewer, note) "
            "VALUES (:change_id, :claim_id, :recorded_at, :field, :old_value, :new_value, :reviewer, :note)"
        ),
        {
            "change_id": change.change_id,
            "claim_id": change.claim_id,
            "recorded_at": change.recorded_at,
            "field": change.field,
            "old_value": change.old_value,
            "new_value": change.new_value,
            "reviewer": change.reviewer,
            "note": change.note,
        },
    )


def forecast_changes(conn: Connection, claim_id: str) -> list[ForecastChange]:
    """The change history of one forecast, oldest first."""
    rows = conn.execute(
        text(
            "SELECT claim_id, field, old_value, new_value, recorded_at, reviewer, note FROM forecast_changes "
            "WHERE claim_id = :id ORDER BY recorded_at, change_id"
        ),
        {"id": claim_id},
    )
    return [ForecastChange(*row) for row in rows]


def record_relabel(conn: Connection, relabel: Relabel) -> str:
    """Append a type correction; returns its relabel_id."""
    conn.execute(
        text(
            "INSERT INTO relabels (relabel_id, claim_id, recorded_at, old_type, new_type, reviewer, note) "
            "VALUES (:relabel_id, :claim_id, :recorded_at, :old_type, :new_type, :reviewer, :note)"
        ),
        {
            "relabel_id": relabel.relabel_id,
            "claim_id": relabel.claim_id,
            "recorded_at": relabel.recorded_at,
            "old_type": relabel.old_type,
            "new_type": relabel.new_type,
            "reviewer": relabel.reviewer,
            "note": relabel.note,
        },
    )
    return relabel.relabel_id


def relabelled_claims(conn: Connection) -> list[tuple[str, str, str]]:
    """(claim_id, claim text, latest new_type) for every relabelled claim, by claim_id."""
    rows = conn.execute(
        text(
            "SELECT claim_id, text, new_type FROM ("
            "  SELECT r.claim_id, c.text, r.new_type, row_number() OVER ("
            "    PARTITION BY r.claim_id ORDER BY r.recorded_at DESC, r.relabel_id DESC) AS rn"
            "  FROM relabels r JOIN claims c USING (claim_id)"
            ") WHERE rn = 1 ORDER BY claim_id"
        )
    )
    return [(row[0], row[1], row[2]) for row in rows]


def forecast_records(conn: Connection) -> list[ForecastRecord]:
    """Every forecast with its source, outlet and latest verdict, by resolve_by."""
    rows = conn.execute(
        text(
            "SELECT f.claim_id, c.text, c.attributed_to, a.outlet, a.title, f.resolve_by, f.next_review_at, "
            f"f.implied_probability, f.status, lo.verdict, {_LOOKED_AT} "  # noqa: S608 - fixed SQL
            "FROM forecasts f JOIN claims c USING (claim_id) JOIN articles a USING (article_id) "
            "LEFT JOIN latest_outcomes lo ON lo.claim_id = f.claim_id "
            "ORDER BY f.resolve_by, f.claim_id"
        )
    )
    return [ForecastRecord(*row) for row in rows]


def claim_counts_by_month(conn: Connection) -> list[tuple[str, str, int]]:
    """(YYYY-MM of publication, else ingestion, in UTC; claim_type; claims), in month order."""
    rows = conn.execute(
        text(
            "SELECT strftime(timezone('UTC', coalesce(a.published_at, a.ingested_at)), '%Y-%m') AS month, "
            "c.claim_type, count(*) FROM claims c JOIN articles a USING (article_id) "
            "GROUP BY ALL ORDER BY month, c.claim_type"
        )
    )
    return [(row[0], row[1], int(row[2])) for row in rows]
