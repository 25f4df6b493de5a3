"""The no-Prefect loop and its batch store, against a real DuckDB file (fake extractor, keyword classifier)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from claims.classify import load_classifier
from claims.errors import SourceError, StoreError
from claims.model import Article, Claim
from claims.pipeline import Analysed, Failure, analyse, ingest, store_batch
from claims.store import FeedEntry, SaveResult, connect, open_database

PUBLISHED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TEXTS = {
    "mem://a": "Exports rose in March. The port will open in 2027.",
    "mem://bad": "Prices fell in May. The mine will close in 2028.",
    "mem://c": "Sales rose in June. Critics call the plan reckless.",
}


class SentenceExtractor:
    """One claim per '. '-separated sentence; the article at ``mem://bad`` gets its first claim twice,
    which the database refuses (two rows with one claim_id)."""

    name = "sentences"
    version = "test"

    def extract(self, article: Article) -> list[Claim]:
        claims: list[Claim] = []
        start = 0
        for position, sentence in enumerate(article.text.split(". ")):
            end = start + len(sentence)
            claims.append(Claim(article_id=article.article_id, position=position, text=sentence, sentence=sentence,
                                char_start=start, char_end=end, extractor_version=self.version))  # fmt: skip
            start = end + 2
        return claims + claims[:1] if article.source_uri == "mem://bad" else claims

    def extract_many(self, articles: Sequence[Article]) -> list[list[Claim]]:
        return [self.extract(a) for a in articles]


def _articles() -> list[Article]:
    return [Article(text=t, source_uri=uri, title=None, outlet="Wire", published_at=PUBLISHED) for uri, t in TEXTS.items()]


@pytest.fixture()
def database(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine, db = open_database(str(tmp_path / "claims.duckdb"), lock_timeout=2)
    yield engine, db
    engine.dispose()


def _stored(engine, db) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    with connect(engine, db, begin=False) as conn:
        sql = ("SELECT a.source_uri, count(c.claim_id), (SELECT count(*) FROM feed_entries f WHERE f.article_id = a.article_id) "
               "FROM articles a LEFT JOIN claims c USING (article_id) GROUP BY ALL ORDER BY 1")  # fmt: skip
        return [tuple(r) for r in conn.execute(text(sql))]


def test_store_batch_returns_one_result_per_article_and_marks_feed_entries_with_them(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    analysed = analyse(_articles(), SentenceExtractor(), load_classifier("keywords"))
    entries = [FeedEntry("a", "http://wire/feed"), FeedEntry("bad", "http://wire/feed"), None]
    results = store_batch(engine, db, analysed, feed_entries=entries)
    assert [type(r) for r in results] == [SaveResult, StoreError, SaveResult]
    assert _stored(engine, db) == [("mem://a", 2, 1), ("mem://c", 2, 0)]
    again = store_batch(engine, db, [analysed[0], analysed[2]])
    assert [(r.stored, r.claims) for r in again if isinstance(r, SaveResult)] == [(False, 0), (False, 0)]
    assert _stored(engine, db) == [("mem://a", 2, 1), ("mem://c", 2, 0)]


def test_store_batch_wants_one_feed_entry_per_article_or_none(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    analysed = [Analysed(a, (), ()) for a in _articles()]
    with pytest.raises(ValueError) as info:
        store_batch(engine, db, analysed, feed_entries=[None])
    assert str(info.value) == "1 feed entries for 3 articles; pass one per article or none"


def test_the_loop_reports_a_refused_article_and_stores_the_rest_of_its_batch(database) -> None:  # type: ignore[no-untyped-def]
    engine, db = database
    settled: list[str] = []
    documents: list[Article | SourceError] = [*_articles(), SourceError("mem://gone", "does not exist; check the path")]
    summary = ingest(documents, SentenceExtractor(), load_classifier("keywords"), engine, db, batch_size=4,
                     on_article=settled.append)  # fmt: skip
    assert (summary.stored, summary.duplicates, summary.claims) == (2, 0, 4)
    claim_id = SentenceExtractor().extract(_articles()[1])[0].claim_id
    assert summary.failures == (
        Failure("mem://gone", "mem://gone: does not exist; check the path"),
        Failure("mem://bad", f"{db.path}: mem://bad was not stored: Constraint Error: PRIMARY KEY or UNIQUE "
                             f'constraint violation: duplicate key "{claim_id}"'),
    )  # fmt: skip
    assert _stored(engine, db) == [("mem://a", 2, 0), ("mem://c", 2, 0)]
    assert settled == ["mem://gone", "mem://a", "mem://bad", "mem://c"]
