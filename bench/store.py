"""Store speed: bulk claim inserts vs row-by-row ORM inserts, and query latency at scale.

Prints, for one run on this machine:
- claims/s of ``claims.store.bulk_insert`` (one Arrow-backed statement per table)
  against SQLAlchemy ORM inserts flushed one row at a time (the naive baseline),
  and their ratio (target: bulk >= 200,000 claims/s);
- median latency of the review queries at 1,000,000 claims (target < 100 ms each).

Usage: python bench/store.py [--claims 1000000] [--bulk 200000] [--orm 2000]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Column, DateTime, Float, Integer, String, text
from sqlalchemy.orm import Session, declarative_base

from claims.store import CLAIM_COLUMNS, bulk_insert, connect, open_database

Base = declarative_base()


class OrmClaim(Base):  # type: ignore[misc, valid-type]
    __tablename__ = "claims"
    claim_id = Column(String, primary_key=True)
    article_id = Column(String)
    position = Column(Integer)
    text = Column(String)
    claim_type = Column(String)
    confidence = Column(Float)
    p_fact = Column(Float)
    p_assessment = Column(Float)
    p_forecast = Column(Float)
    attributed_to = Column(String)
    sentence = Column(String)
    char_start = Column(Integer)
    char_end = Column(Integer)
    model_version = Column(String)
    extractor_version = Column(String)
    created_at = Column(DateTime(timezone=True))


TYPES = ("fact", "assessment", "forecast")
WORDS = "sanctions growth election court vaccine tariff rainfall striker merger satellite".split()


def _row(i: int, now: datetime) -> dict[str, object]:
    t = TYPES[i % 3]
    return {
        "claim_id": f"c{i:012d}", "article_id": f"a{i // 40:08d}", "position": i % 40,
        "text": f"Claim {i} about {WORDS[i % len(WORDS)]} and {WORDS[(i * 7) % len(WORDS)]}.",
        "claim_type": t, "confidence": 0.8, "p_fact": 0.8 if t == "fact" else 0.1,
        "p_assessment": 0.8 if t == "assessment" else 0.1, "p_forecast": 0.8 if t == "forecast" else 0.1,
        "attributed_to": None if i % 4 else "analysts", "sentence": f"Sentence {i}.", "char_start": 0,
        "char_end": 10, "model_version": "bench", "extractor_version": "bench", "created_at": now,
    }  # fmt: skip


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_inserts(path: str, n_bulk: int, n_orm: int) -> tuple[float, float]:
    engine, db = open_database(path)
    now = datetime.now(UTC)
    rows = [_row(i, now) for i in range(n_bulk)]

    def bulk() -> None:
        with connect(engine, db) as conn:
            bulk_insert(conn, "claims", CLAIM_COLUMNS, rows)

    bulk_s = _timed(bulk)
    orm_rows = [_row(n_bulk + i, now) for i in range(n_orm)]

    def orm() -> None:
        with Session(engine) as session:
            for r in orm_rows:
                session.add(OrmClaim(**r))
                session.flush()
            session.commit()

    orm_s = _timed(orm)
    engine.dispose()
    return n_bulk / bulk_s, n_orm / orm_s


QUERIES = {
    "forecasts due (view)": "SELECT count(*) FROM forecasts_due",
    "due, with :today": (
        "SELECT f.claim_id, c.text FROM forecasts f JOIN claims c USING (claim_id) "
        "WHERE f.status = 'open' AND f.next_review_at <= DATE '2026-06-01' ORDER BY f.next_review_at LIMIT 50"
    ),
    "claims by type per outlet": (
        "SELECT a.outlet, c.claim_type, count(*) FROM claims c JOIN articles a USING (article_id) GROUP BY ALL"
    ),
    "text search (ILIKE)": "SELECT claim_id, text FROM claims WHERE text ILIKE '%tariff and rainfall%' LIMIT 100",
    "text search (regexp)": "SELECT count(*) FROM claims WHERE regexp_matches(text, '\\bmerger\\b.*\\bcourt\\b')",
}


def fill(path: str, n_claims: int) -> None:
    """Top the file up to ``n_claims`` claims (40 per article, a third forecasts) with set-based SQL."""
    engine, db = open_database(path)
    with connect(engine, db) as conn:
        have = conn.execute(text("SELECT count(*) FROM claims")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO claims SELECT 'g' || i, 'a' || lpad((i // 40)::VARCHAR, 8, '0'), i % 40, "
                "'Claim ' || i || ' about ' || (['sanctions','growth','election','court','tariff','rainfall'])[i % 6 + 1] "
                "|| ' and ' || (['merger','vaccine','striker','court','tariff','satellite'])[i % 6 + 1] || '.', "
                "(['fact','assessment','forecast'])[i % 3 + 1], 0.8, 0.1, 0.1, 0.8, NULL, 'Sentence.', 0, 9, "
                "'bench', 'bench', now() FROM range(:have, :n) t(i)"
            ),
            {"have": have, "n": n_claims},
        )
        conn.execute(
            text(
                "INSERT INTO articles SELECT DISTINCT article_id, article_id, 'bench://' || article_id, NULL, "
                "'Outlet ' || (hash(article_id) % 100), now() - INTERVAL 400 DAY, now(), '' FROM claims "
                "ON CONFLICT DO NOTHING"
            )
        )
        conn.execute(
            text(
                "INSERT INTO forecasts SELECT claim_id, DATE '2025-01-01' + (hash(claim_id) % 1000)::INT, NULL, false, "
                "'True if it happens.', 0.7, 'open', DATE '2025-01-01' + (hash(claim_id) % 1000)::INT "
                "FROM claims WHERE claim_type = 'forecast' ON CONFLICT DO NOTHING"
            )
        )
    engine.dispose()


def bench_queries(path: str, repeats: int = 5) -> dict[str, float]:
    engine, db = open_database(path, read_only=True)
    out: dict[str, float] = {}
    with connect(engine, db, begin=False) as conn:
        for name, sql in QUERIES.items():
            conn.execute(text(sql)).fetchall()  # warm the cache once
            times = [_timed(lambda s=sql: conn.execute(text(s)).fetchall()) for _ in range(repeats)]
            out[name] = statistics.median(times) * 1000
        n = conn.execute(text("SELECT count(*) FROM claims")).scalar_one()
    engine.dispose()
    print(f"query latency at {n:,} claims (median of {repeats}):")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--bulk", type=int, default=200_000)
    parser.add_argument("--orm", type=int, default=2_000)
    args = parser.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.duckdb")
        bulk_rate, orm_rate = bench_inserts(path, args.bulk, args.orm)
        print(f"{'insert path':<34}{'claims/s':>12}")
        print(f"{'bulk (Arrow, one statement)':<34}{bulk_rate:>12,.0f}")
        print(f"{'ORM, one row per flush':<34}{orm_rate:>12,.0f}")
        print(f"ratio bulk / ORM: {bulk_rate / orm_rate:,.0f}x   target bulk >= 200,000/s: "
              f"{'met' if bulk_rate >= 200_000 else 'NOT met'}")  # fmt: skip
        fill(path, args.claims)
        latencies = bench_queries(path)
        for name, ms in latencies.items():
            print(f"  {name:<32}{ms:>8.1f} ms  {'ok' if ms < 100 else 'over 100 ms'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
