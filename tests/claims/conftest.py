"""Fixtures for review, report and the review CLI: a small real DuckDB file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from claims.forecast import build_forecast
from claims.model import Article, Claim, ClaimType
from claims.store import Database, connect, open_database, save_article

GAZETTE_TEXT = (
    "The council voted 7-2 on Monday to ban diesel buses. The ban will start in 2027. "
    "Analysts say bus ridership may rise. Critics call the ban a historic mistake."
)
COURIER_TEXT = "Fares went up in January. Fares will rise again next week, the operator said."


@dataclass
class ReviewDb:
    path: str
    engine: Any
    db: Database
    ids: dict[str, str]

    def conn(self) -> Any:
        return connect(self.engine, self.db)


def _claim(article: Article, position: int, text: str, claim_type: ClaimType, attributed_to: str | None = None) -> Claim:
    start = article.text.index(text)
    return Claim(
        article_id=article.article_id,
        position=position,
        text=text,
        sentence=text,
        char_start=start,
        char_end=start + len(text),
        attributed_to=attributed_to,
        claim_type=claim_type,
        scores={
            ClaimType.FACT: (0.8, 0.1, 0.1),
            ClaimType.ASSESSMENT: (0.1, 0.8, 0.1),
            ClaimType.FORECAST: (0.1, 0.1, 0.8),
        }[claim_type],
        model_version="test-model",
        extractor_version="test-extractor",
    )


def populate(path: str) -> ReviewDb:
    """Two articles: Gazette (2026-01-05) with a fact, two forecasts, an assessment; Courier (2026-02-02)."""
    gazette = Article(
        text=GAZETTE_TEXT,
        source_uri="mem://gazette",
        title="Council bans diesel buses",
        outlet="Gazette",
        published_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
    )
    courier = Article(
        text=COURIER_TEXT,
        source_uri="mem://courier",
        title="Fares up again",
        outlet="Courier",
        published_at=datetime(2026, 2, 2, 9, 0, tzinfo=UTC),
    )
    g_claims = [
        _claim(gazette, 0, "The council voted 7-2 on Monday to ban diesel buses.", ClaimType.FACT),
        _claim(gazette, 1, "The ban will start in 2027.", ClaimType.FORECAST),
        _claim(gazette, 2, "bus ridership may rise.", ClaimType.FORECAST, "Analysts"),
        _claim(gazette, 3, "the ban a historic mistake.", ClaimType.ASSESSMENT, "Critics"),
    ]
    c_claims = [
        _claim(courier, 0, "Fares went up in January.", ClaimType.FACT),
        _claim(courier, 1, "Fares will rise again next week", ClaimType.FORECAST, "the operator"),
    ]
    engine, db = open_database(path, lock_timeout=2.0)
    with connect(engine, db) as conn:
        for article, claims in ((gazette, g_claims), (courier, c_claims)):
            forecasts = [
                build_forecast(c, article.reference_time) for c in claims if c.claim_type == ClaimType.FORECAST
            ]
            save_article(conn, article, claims, forecasts)
    ids = {
        "fact": g_claims[0].claim_id,
        "ban": g_claims[1].claim_id,  # resolve_by 2027-12-31, p 0.95
        "ridership": g_claims[2].claim_id,  # implicit: 2026-07-06, p 0.45
        "assessment": g_claims[3].claim_id,
        "courier_fact": c_claims[0].claim_id,
        "fares": c_claims[1].claim_id,  # next week: 2026-02-15, p 0.95
    }
    return ReviewDb(path=path, engine=engine, db=db, ids=ids)


@pytest.fixture
def review_db(tmp_path: Path) -> Iterator[ReviewDb]:
    handle = populate(str(tmp_path / "claims.duckdb"))
    yield handle
    handle.engine.dispose()
