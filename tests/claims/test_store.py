"""The store against real DuckDB files: migrations, idempotency, atomicity, locks."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from claims.errors import DatabaseLockedError, StoreError
from claims.model import Article, Claim, ClaimType, Forecast
from claims.store import (
    ArticleWrite,
    Database,
    FeedEntry,
    SaveResult,
    connect,
    count_rows,
    make_engine,
    open_database,
    run_query,
    save_article,
    save_articles,
)

VIEWS = ("latest_outcomes", "claims_by_type_per_article", "claims_with_articles", "forecasts_due")
PUBLISHED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _article(body: str = "The council voted on Monday. The ban will start in 2027.") -> Article:
    return Article(text=body, source_uri="mem://a", title="T", outlet="Gazette", published_at=PUBLISHED)


def _claims(article: Article) -> list[Claim]:
    return [
        Claim(
            article_id=article.article_id,
            position=0,
            text="The council voted on Monday.",
            sentence="The council voted on Monday.",
            char_start=0,
            char_end=28,
            claim_type=ClaimType.FACT,
            scores=(0.9, 0.05, 0.05),
            model_version="test-model",
            extractor_version="test-extractor",
        ),
        Claim(
            article_id=article.article_id,
            position=1,
            text="The ban will start in 2027.",
            sentence="The ban will start in 2027.",
            char_start=29,
            char_end=56,
            attributed_to="the council",
            claim_type=ClaimType.FORECAST,
            scores=(0.1, 0.1, 0.8),
            model_version="test-model",
            extractor_version="test-extractor",
        ),
    ]


def _forecast(claim: Claim) -> Forecast:
    return Forecast(
        claim_id=claim.claim_id,
        resolve_by=date(2027, 12, 31),
        horizon_text="in 2027",
        horizon_explicit=True,
        resolution_criteria="True if the ban starts by 2027-12-31.",
        implied_probability=0.95,
        next_review_at=date(2027, 12, 31),
    )


@pytest.fixture()
def database(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine, db = open_database(str(tmp_path / "claims.duckdb"), lock_timeout=2)
    yield engine, db
    engine.dispose()


def _head() -> str:
    versions = Path(__file__).parents[2] / "db" / "migrations" / "versions"
    return max(p.name.split("_")[0] for p in versions.glob("[0-9]*.py"))


def test_empty_file_upgrades_to_head_and_every_view_selects(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    with connect(engine, db) as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == _head()
        views = {r[0] for r in conn.execute(text("SELECT view_name FROM duckdb_views() WHERE NOT internal"))}
        assert set(VIEWS) <= views
        for view in sorted(views):
            conn.execute(text(f"SELECT * FROM {view}")).fetchall()


def test_older_file_is_migrated_on_open(tmp_path: Path) -> None:
    from alembic import command

    from claims.store import _alembic_config

    path = str(tmp_path / "old.duckdb")
    db = Database(path)
    engine = make_engine(db)
    with connect(engine, db, begin=False) as conn:
        command.upgrade(_alembic_config(conn), "0001")
        conn.commit()
    engine.dispose()
    engine, db = open_database(path)
    with connect(engine, db) as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == _head()
        assert conn.execute(text("SELECT count(*) FROM claims_by_type_per_article")).scalar() == 0


def test_newer_file_is_refused_with_a_clear_message(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    with connect(engine, db) as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError) as info:
        open_database(db.path)
    assert str(info.value) == (
        f"{db.path}: has schema revision 9999, which is newer than this version of claims knows "
        f"(newest {_head()}); upgrade claims to open it"
    )


def test_same_text_is_stored_once(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    article = _article()
    claims = _claims(article)
    with connect(engine, db) as conn:
        first = save_article(conn, article, claims, [_forecast(claims[1])])
    with connect(engine, db) as conn:
        second = save_article(conn, article, claims, [_forecast(claims[1])])
        assert (count_rows(conn, "articles"), count_rows(conn, "claims"), count_rows(conn, "forecasts")) == (1, 2, 1)
    assert (first.stored, first.claims, first.by_type) == (True, 2, (("fact", 1), ("forecast", 1)))
    assert (second.stored, second.claims) == (False, 0)


def test_replace_swaps_the_claims_of_an_article(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    article = _article()
    claims = _claims(article)
    with connect(engine, db) as conn:
        save_article(conn, article, claims, [_forecast(claims[1])])
    with connect(engine, db) as conn:
        result = save_article(conn, article, claims[:1], [], replace=True)
        rows = conn.execute(text("SELECT text FROM claims")).fetchall()
        assert count_rows(conn, "forecasts") == 0
    assert result.stored and rows == [("The council voted on Monday.",)]


def test_a_failing_article_leaves_nothing_half_written(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    good = _article()
    with connect(engine, db) as conn:
        save_article(conn, good, _claims(good))
    bad = _article("Another text entirely. It will rain.")
    unclassified = Claim(
        article_id=bad.article_id, position=0, text="x", sentence="x", char_start=0, char_end=1
    )
    with pytest.raises(ValueError, match="is not classified"):
        with connect(engine, db) as conn:
            save_article(conn, bad, [unclassified])
    with connect(engine, db) as conn:
        assert conn.execute(text("SELECT source_uri, title FROM articles")).fetchall() == [("mem://a", "T")]
        assert count_rows(conn, "claims") == 2


def test_bulk_insert_of_many_claims_in_one_article(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    article = _article("x" * 20_000)
    claims = [
        Claim(
            article_id=article.article_id, position=i, text=f"Claim number {i}.", sentence="s",
            char_start=i, char_end=i + 1, claim_type=ClaimType.ASSESSMENT, scores=(0.2, 0.6, 0.2),
            model_version="m", extractor_version="e",
        )
        for i in range(5_000)
    ]  # fmt: skip
    with connect(engine, db) as conn:
        result = save_article(conn, article, claims)
    with connect(engine, db) as conn:
        n, total_conf = conn.execute(text("SELECT count(*), sum(confidence) FROM claims")).one()
    assert (result.claims, n, round(total_conf, 6)) == (5_000, 5_000, 3_000.0)


def test_user_sql_takes_named_parameters(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    article = _article()
    with connect(engine, db) as conn:
        save_article(conn, article, _claims(article))
    with connect(engine, db) as conn:
        result = run_query(conn, db, "SELECT text FROM claims WHERE claim_type = :t", {"t": "forecast"})
        assert (result.columns, list(result.rows)) == (("text",), [("The ban will start in 2027.",)])


_HOLDER = textwrap.dedent(
    """
    import sys, duckdb
    con = duckdb.connect(sys.argv[1])
    con.execute("CREATE TABLE IF NOT EXISTS hold (x INT)")
    print("locked", flush=True)
    sys.stdin.read()
    """
)


def _hold_lock(path: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, path], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def test_a_busy_file_is_waited_for_then_written(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    holder = _hold_lock(db.path)
    waits: list[float] = []

    def release_on_first_wait(seconds: float) -> None:
        waits.append(seconds)
        if holder.poll() is None:
            holder.communicate("")  # the other writer finishes and lets go

    article = _article()
    with connect(engine, db, sleep=release_on_first_wait) as conn:
        save_article(conn, article, _claims(article))
    with connect(engine, db) as conn:
        assert count_rows(conn, "claims") == 2
    assert waits == [0.05]


class _FakeClock:
    """Time that passes only when the code under test sleeps (no real waiting in tests)."""

    def __init__(self) -> None:
        self.now = 0.0

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def __call__(self) -> float:
        return self.now


def test_a_file_locked_for_too_long_fails_naming_file_and_holder(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    holder = _hold_lock(db.path)
    clock = _FakeClock()
    try:
        with pytest.raises(DatabaseLockedError) as info:
            with connect(engine, db, sleep=clock.sleep, clock=clock):
                pass
    finally:
        holder.communicate("")
    message = str(info.value)
    assert message.startswith(f"{db.path}: is locked by ")
    assert f"(PID {holder.pid})" in message
    assert message.endswith("waited 2s. Wait for that process to finish or raise CLAIMS_LOCK_TIMEOUT")


# --------------------------------------------------------------------------- batches


def _write(uri: str, body: str, *, twice: bool = False, entry: str | None = None) -> ArticleWrite:
    """An article with two claims; ``twice`` repeats the first claim, which the database refuses (same claim_id)."""
    article = Article(text=body, source_uri=uri, title="T", outlet="Gazette", published_at=PUBLISHED)
    claims = _claims(article)
    feed = FeedEntry(entry, "http://wire/feed.xml") if entry else None
    return ArticleWrite(article, [claims[0], claims[0]] if twice else claims, [_forecast(claims[1])], feed)


def _batch() -> list[ArticleWrite]:
    return [
        _write("mem://a", "The council voted on Monday. The ban will start in 2027.", entry="a"),
        _write("mem://b", "The council voted on Monday. The ban will start in 2027. B.", twice=True, entry="b"),
        _write("mem://c", "The council voted on Monday. The ban will start in 2027. C.", entry="c"),
    ]


def _contents(engine, db) -> tuple[list[tuple[object, ...]], ...]:  # type: ignore[no-untyped-def]
    with connect(engine, db, begin=False) as conn:
        return tuple(
            [tuple(r) for r in conn.execute(text(sql))]
            for sql in (
                "SELECT source_uri FROM articles ORDER BY 1",
                "SELECT a.source_uri, count(*) FROM claims c JOIN articles a USING (article_id) GROUP BY 1 ORDER BY 1",
                "SELECT count(*) FROM forecasts",
                "SELECT entry_key, article_id IS NOT NULL FROM feed_entries ORDER BY 1",
            )
        )


def test_a_batch_refused_in_the_middle_stores_the_others_and_nothing_of_the_bad_one(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    writes = _batch()
    results = save_articles(engine, db, writes)
    by_type = (("fact", 1), ("forecast", 1))
    assert results[0] == SaveResult(writes[0].article.article_id, stored=True, claims=2, by_type=by_type)
    assert results[2] == SaveResult(writes[2].article.article_id, stored=True, claims=2, by_type=by_type)
    assert isinstance(results[1], StoreError)
    assert str(results[1]) == (
        f"{db.path}: mem://b was not stored: Constraint Error: PRIMARY KEY or UNIQUE constraint violation: "
        f'duplicate key "{writes[1].claims[0].claim_id}"'
    )
    # The refused article left no article row, claim, forecast or feed mark behind.
    assert _contents(engine, db) == (
        [("mem://a",), ("mem://c",)],
        [("mem://a", 2), ("mem://c", 2)],
        [(2,)],
        [("a", True), ("c", True)],
    )


def test_running_a_batch_again_changes_nothing(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    writes = [w for w in _batch() if w.article.source_uri != "mem://b"]
    first = save_articles(engine, db, writes)
    after_first = _contents(engine, db)
    again = save_articles(engine, db, writes)
    assert [r.stored for r in first if isinstance(r, SaveResult)] == [True, True]
    assert again == [SaveResult(w.article.article_id, stored=False, claims=0, by_type=()) for w in writes]
    assert _contents(engine, db) == after_first


def test_the_file_is_unlocked_between_batches(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    save_articles(engine, db, _batch()[:1])
    holder = _hold_lock(db.path)  # another process takes the file while our engine is still alive
    holder.communicate("")
    assert holder.returncode == 0


def test_a_locked_file_stops_the_batch_before_anything_is_written(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    holder = _hold_lock(db.path)
    clock = _FakeClock()
    try:
        with pytest.raises(DatabaseLockedError) as info:
            save_articles(engine, db, _batch(), sleep=clock.sleep, clock=clock)
    finally:
        holder.communicate("")
    assert f"(PID {holder.pid})" in str(info.value)
    assert _contents(engine, db) == ([], [], [(0,)], [])
